"""Small helpers shared by the runtime tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import Action, Say
from daisy_engine.runtime.listening import Heard, hear_char, hear_confirmation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.types.plate import PlateAccumulator


def said(actions: list[Action]) -> str:
    """What the agent said in one turn."""
    return " ".join(action.text for action in actions if isinstance(action, Say))


def at_noon() -> datetime:
    """A fixed clock for calls whose answers depend on the time of day: 2030-01-01 12:00 UTC."""
    return datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


async def call(daisy: CompiledFlow, locale: str, turns: list[str]) -> Conversation:
    """A Daisy call at noon, in `locale`, after the caller's `turns`."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv


def at_three_utc() -> datetime:
    """A fixed clock: 2030-01-01 15:00 UTC, 09:00 in Mexico City (Daisy's time zone), the morning of the call."""
    return datetime(2030, 1, 1, 15, 0, tzinfo=UTC)


async def call_with_store(daisy: CompiledFlow, locale: str, turns: list[str],
                          clock: Callable[[], datetime] = at_noon) -> tuple[Conversation, MemoryStore]:
    """A Daisy call in `locale` on `clock`, after the caller's `turns`, and the store that holds its record."""
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=clock)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv, store


async def complaints(conv: Conversation, store: MemoryStore) -> int:
    """How many complaints the call's record holds."""
    record = await store.get(conv.record_id or 0)
    return len(record.complaints) if record is not None else 0


def answer(type_name: str, said: str, reply: str, locale: str = "es-MX", **options: Any) -> Heard:
    """The read-back answer `reply` to the value heard from `said`."""
    slot_type = slot_types.get(type_name)
    assert slot_type is not None

    def fresh() -> Any:
        return slot_type.start(locale, options)

    value = slot_types.feed(fresh(), said).state
    assert value.complete, said
    return hear_confirmation(reply, locale, value.value, value, fresh)


def heard_plate(locale: str, *turns: str) -> tuple[list[Heard], PlateAccumulator]:
    """What the runtime hears in each turn of a plate's dictation, and the plate so far."""
    acc = PlateAccumulator("plate", locale, {})
    out: list[Heard] = []
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        out.append(heard)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return out, acc


# A Spanish caller of Daisy up to the e-mail question, every value given at once and confirmed.
TO_EMAIL = ("sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
            "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí")


async def at_email(daisy: CompiledFlow) -> Conversation:
    """A Spanish Daisy call at its e-mail question."""
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    return conv


# A cooperative Spanish caller of Daisy, from the greeting to the summary question (the README's call).
DAISY_ES_TO_SUMMARY = (
    "sí, dígame",
    "Juan Pérez López",
    "sí",
    "cuatro cinco dos",
    "sí",
    "a b c uno dos tres cuatro",
    "sí",
    "mil doscientos",
    "sí",
    "x y z nueve ocho siete seis",
    "sí",
    "a las dos y media de la tarde",
    "sí",
    "juan punto perez arroba gmail punto com",
    "sí",
)


def written_flow(folder: Path, name: str, flow: str, prompts: dict[str, dict[str, str]]) -> CompiledFlow:
    """A flow written for a test as files (`<name>.yaml` and `prompts/<name>/<locale>/*.j2` in `folder`), loaded
    and compiled as a user's flow would be."""
    for locale, templates in prompts.items():
        where = folder / "prompts" / name / locale
        where.mkdir(parents=True)
        for template, text in templates.items():
            (where / f"{template}.j2").write_text(text, "utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(flow, "utf-8")
    return compile_flow(load_flow(path))
