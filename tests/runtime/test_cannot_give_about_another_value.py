"""A "no lo traigo" that names another value of the collect ("es una caja rentada, no traigo los papeles"
at the arrival time, "voy sin caja" at the tractor number) is about that value: the one asked is not
skipped, and its answer in the next turn is taken. One that names the value asked is still a skip."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_TRAILER_PLATES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil",
                     "sí"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def _at(daisy: CompiledFlow, turns: list[str]) -> Conversation:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv


async def test_an_explanation_about_the_trailer_at_the_arrival_question_skips_nothing(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, [*TO_TRAILER_PLATES, "Ésas no me las sé."])
    assert conv.step.slot == "eta"
    await conv.user_turn("La caja es prestada, no traigo la tarjeta aquí.")
    assert conv.step.slot == "eta"
    await conv.user_turn("A las cinco de la tarde.")
    await conv.user_turn("sí")
    assert conv.slots.get("eta") == "17:00"


async def test_trap_not_knowing_the_time_itself_still_skips_it(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, [*TO_TRAILER_PLATES, "Ésas no me las sé."])
    assert conv.step.slot == "eta"
    await conv.user_turn("La hora no la sé todavía.")
    assert conv.step.slot != "eta" and "eta" not in conv.slots


async def test_trap_no_trailer_said_with_the_tractor_named_still_skips_the_trailer(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"])
    assert conv.step.slot == "trailer_number"
    await conv.user_turn("No traigo caja, voy nomás con el tractor.")
    assert conv.step.slot != "trailer_number" and "trailer_number" not in conv.slots


@pytest.mark.parametrize(
    ("locale", "opening", "turn"),
    [
        ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
         "No creo, no traigo caja."),
        ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
         "No mire, voy sin caja."),
        ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
         "No hombre, voy sin remolque."),
        ("en-US", ["yes", "Tom Baker", "yes", "four five two", "yes", "a b c one two three four", "yes"],
         "No sorry, I don't have a trailer."),
        # the thing named after a bare "no", with nothing else to say it
        ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
         "No, sin caja."),
        ("en-US", ["yes", "Tom Baker", "yes", "four five two", "yes", "a b c one two three four", "yes"],
         "No trailer today."),
    ],
)
async def test_no_trailer_said_after_a_no_of_talk_still_skips_the_trailer(
        daisy: CompiledFlow, locale: str, opening: list[str], turn: str) -> None:
    """A "no" before another word ("no creo", "no mire", "no sorry") is talk: the thing said absent further on
    in the turn is still absent, its plates are not asked."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for said in opening:
        await conv.user_turn(said)
    assert conv.step.slot == "trailer_number"
    await conv.user_turn(turn)
    assert conv.step.slot == "eta"
