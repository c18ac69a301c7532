"""An O said after a letter (or first in a turn that goes on a dictation) and before a whole number ("B O
thirteen", "K B O 13") is one more letter: nobody reads a zero and then a two-digit number. Before a digit said
one by one ("K B O five") it stays the zero of digit dictation. And letters held that the turn completes into a
whole plate ("K" - "B O thirteen") are the dictation going on, not a plate said anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

from .plate_helpers import plate_fed

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("en-US", ["K B O thirteen"], "KBO-13"),
        ("en-US", ["K B oh 13"], "KBO-13"),
        ("en-US", ["K B", "O thirteen"], "KBO-13"),
        ("en-US", ["K", "B O twenty-one"], "KBO-21"),
        ("es-MX", ["ka", "be o trece"], "KBO-13"),
        ("es-MX", ["equis", "ele o cuarenta y dos"], "XLO-42"),
    ],
)
def test_o_before_a_whole_number_is_the_letter(locale: str, turns: list[str], value: str) -> None:
    acc = plate_fed(locale, *turns)
    assert acc.complete and acc.value == value


def test_o_before_a_digit_said_alone_is_still_zero() -> None:
    assert plate_fed("en-US", "K B O five").so_far() == "K B 0 5"


@pytest.mark.parametrize("locale", ["en-US", "es-MX"])
async def test_the_read_back_holds_every_letter(locale: str) -> None:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale=locale, store=MemoryStore())
    await conv.start()
    to_plate = ["yes", "Ana Lopez", "yes", "four five two", "yes", "K", "B O thirteen"] if locale == "en-US" \
        else ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "ka", "be o trece"]
    for turn in to_plate:
        await conv.user_turn(turn)
    assert conv.pending == "KBO-13"


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ["ka", "no, es equis ye uno dos tres"], "X Y 1 2 3"),
        ("es-MX", ["ka", "Perdón, equis ye ciento veintitrés."], "X Y 1 2 3"),
        ("en-US", ["K", "no, it's X Y 1 2 3"], "X Y 1 2 3"),
        ("en-US", ["K", "Actually it's B C forty five."], "B C 4 5"),
    ],
)
def test_a_whole_plate_said_as_a_correction_replaces_the_letter_held(locale: str, turns: list[str],
                                                                      so_far: str) -> None:
    # "no, ..." / "actually ...": the caller puts the letter held right - the plate is said anew, not after it
    assert plate_fed(locale, *turns).so_far() == so_far
