"""Judged readings, pinned. "la placa es de Sinaloa" alone (the plate named, then "es" the verb) says where the plate
is from: no letter is held and the caller is asked for it one character at a time; "Es de Sinaloa." with no plate
named is "ese de Sinaloa" heard short (S), as on the labelled call (SRT-101), and so is the first of letters that
follow in the same breath. A letter said, a pause, then the dictation from its start ("B… B B 1 2 3") is the
false start begun again: BB, never BBB (a pattern allowing a third letter would read a stutter as a letter)."""

from __future__ import annotations

import pytest

from .call_helpers import at_question


@pytest.mark.parametrize("said", ["la placa es de Sinaloa", "las placas son de Jalisco", "mi placa es de Sonora"])
async def test_where_the_plate_is_from_holds_no_letter(said: str) -> None:
    conv = await at_question("tractor_plate", "es-MX")
    await conv.user_turn(said)
    assert conv.pending is None
    await conv.user_turn("erre te uno cero uno")
    assert conv.pending == "RT-101"


@pytest.mark.parametrize("first", ["Es de Sinaloa.", "Ese de Sinaloa."])
async def test_es_de_a_place_alone_is_the_letter(first: str) -> None:
    conv = await at_question("tractor_plate", "es-MX")
    for turn in (first, "Erre.", "Te de Tamaulipas.", "Ciento uno."):
        await conv.user_turn(turn)
    assert conv.pending == "SRT-101"


@pytest.mark.parametrize(("locale", "said", "more"), [
    ("es-MX", "B… B B 1 2 3", "cuatro"),
    ("es-MX", "Be… be be uno dos tres", "cuatro"),
    ("en-US", "B… B B one two three", "four"),
    ("en-US", "Bee… bee bee one two three", "four"),
])
async def test_a_letter_begun_again_after_a_pause_is_one(locale: str, said: str, more: str) -> None:
    conv = await at_question("tractor_plate", locale)
    await conv.user_turn(said)
    await conv.user_turn(more)
    assert conv.pending == "BB-1234"
