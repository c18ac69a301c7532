"""How a step hears a caller's turn: a whole value, a piece of it, a closing turn, or a failed attempt."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.listening import hear_slot
from daisy_engine.store import MemoryStore, Store

PHONE = "+15559"


def call(flow: CompiledFlow, store: Store, locale: str = "en-US", phone: str = PHONE) -> Conversation:
    return Conversation(flow, locale=locale, context={"phone": phone}, store=store, clock=at_noon)


class Closable:
    """An accumulator whose `finish()` settles a value that could still grow (the accumulator interface
    of `understanding.types`): "ocho seis" ... "eso es todo"."""

    def __init__(self, valid_on_close: bool) -> None:
        self.chars: list[str] = []
        self.value: str | None = None
        self.complete = False
        self.valid_on_close = valid_on_close

    def feed(self, text: str) -> SimpleNamespace:
        new = [word for word in text.split() if len(word) == 1]
        self.chars.extend(new)
        return SimpleNamespace(status="partial" if new else "nothing", value=None)

    def so_far(self) -> str:
        return " ".join(self.chars)

    def reset(self) -> None:
        self.chars, self.value, self.complete = [], None, False

    def finish(self) -> None:
        if self.valid_on_close and self.chars:
            self.value, self.complete = "".join(self.chars), True


def test_a_closing_turn_takes_a_value_that_is_valid_so_far() -> None:
    acc = Closable(valid_on_close=True)
    acc.feed("8 6 A K 3 D")
    heard = hear_slot(acc, "eso es todo")
    assert (heard.event, heard.value) == ("filled", "86AK3D")
    assert acc.so_far() == "8 6 A K 3 D" and not acc.complete  # decided on a copy


def test_a_closing_turn_before_the_value_is_valid_keeps_what_was_heard() -> None:
    acc = Closable(valid_on_close=False)
    acc.feed("X 9")
    heard = hear_slot(acc, "that's it")
    assert heard.event == "no_match" and acc.so_far() == "X 9"


async def test_a_partial_plate_closed_in_the_ask_step_carries_into_spell_mode(daisy: CompiledFlow) -> None:
    conv = call(daisy, MemoryStore(), locale="es-MX")
    await conv.start()
    for turn in ("sí", "Jorge Ramírez", "sí", "305", "sí"):
        await conv.user_turn(turn)
    assert said(await conv.user_turn("ocho seis a k tres d")) == "Llevo 8 6 A K 3 D. ¿Qué sigue?"
    assert said(await conv.user_turn("eso es todo")) == "Llevo 8 6 A K 3 D. ¿Qué sigue?"
    assert conv.step.name == "registration.tractor_plate.spell"
    assert conv.snapshot()["so_far"] == "8 6 A K 3 D" and conv.attempts() == 1


class Stuck:
    """An accumulator that calls every turn a piece and keeps what it had (a 7 against `max: 6`)."""

    value = None
    complete = False

    def feed(self, text: str) -> Any:
        return SimpleNamespace(status="partial", value=None)

    def so_far(self) -> str:
        return "7"

    def reset(self) -> None:
        pass


async def test_a_number_above_max_said_again_and_again_runs_out(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore())
    await conv.start()
    for attempt in (1, 2):
        assert said(await conv.user_turn("siete")).startswith("Perdón.")
        assert conv.attempts() == attempt and conv.snapshot()["so_far"] == ""
    assert said(await conv.user_turn("siete")) == "Adiós."
    assert conv.outcome == "partial"


def test_a_piece_that_adds_nothing_new_is_not_understood() -> None:
    assert hear_slot(Stuck(), "siete").event == "no_match"
