"""A letter said to go before the numbers or after the letters ("Perdón, antes de los números va una ele", "you
missed an L before the numbers") goes at that edge of its run - in dictation and at the read-back. At W G 4 4 0
it had started a new plate "L"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.base import edit

from .call_helpers import at_question, heard_at_read_back
from .plate_helpers import plate_fed


@pytest.mark.parametrize(("locale", "said", "turn", "plate"), [
    ("es-MX", "W G 4 4 0", "Perdón, antes de los números va una ele.", "WGL-440"),
    ("es-MX", "W G 4 4 0", "falta una ele antes de los números", "WGL-440"),
    ("es-MX", "W G 4 4 0", "Después de las letras va la ele", "WGL-440"),
    ("es-MX", "W G L 4 4", "después de los números va un cero", "WGL-440"),
    ("en-US", "W G 4 4 0", "Before the numbers there's an L.", "WGL-440"),
    ("en-US", "W G 4 4 0", "You missed an L before the numbers.", "WGL-440"),
    ("en-US", "W G 4 4 0", "there's an L after the letters", "WGL-440"),
])
def test_a_letter_placed_by_the_run_goes_at_its_edge(locale: str, said: str, turn: str, plate: str) -> None:
    edited = edit(plate_fed(locale, said), turn)
    assert edited is not None and edited.value == plate


@pytest.mark.parametrize(("locale", "turns", "plate"), [
    ("es-MX", ["Uve doble.", "Ge de gato.", "Número cuatro cuatro cero.", "Perdón, antes de los números va una ele."],
     "WGL-440"),
    ("en-US", ["W", "G as in golf", "four four zero", "Sorry, before the numbers there's an L."], "WGL-440"),
])
async def test_the_call_reads_back_the_plate_with_the_letter_in_place(locale: str, turns: list[str],
                                                                      plate: str) -> None:
    conv = await at_question("trailer_plate", locale)
    for turn in turns:
        await conv.user_turn(turn)
    assert conv.pending == plate


async def test_at_the_read_back_too() -> None:
    assert await heard_at_read_back("tractor_plate", "es-MX", "doble u ge cuatrocientos cuarenta",
                                    "No, antes de los números va una ele") == "WGL-440"
