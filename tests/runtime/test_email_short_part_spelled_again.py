"""A short part of an address said as one chunk ("lety punto bm") and spelled again letter by letter in the next
turn to be clear ("B de burro, eme de mamá.", "be, eme", "B as in boy, M as in Mary") is that part once, never
twice ("lety.bmbm"). Letters said one a turn stay letters each ("b" - "b" is "bb")."""

from __future__ import annotations

import pytest
from runtime_helpers import at_email, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import new_accumulator


def _dictated(pieces: list[str], locale: str) -> str | None:
    state = new_accumulator("email", locale)
    for piece in pieces:
        state.feed(piece)
    return state.value


@pytest.mark.parametrize(
    ("pieces", "locale", "value"),
    [
        (["lety punto bm", "B de burro, eme de mamá.", "arroba hotmail punto com."], "es-MX", "lety.bm@hotmail.com"),
        (["juan punto rg", "Erre de ratón, ge de gato.", "arroba gmail punto com"], "es-MX", "juan.rg@gmail.com"),
        (["ana punto be eme", "Be de burro, eme de mamá.", "arroba yahoo punto com"], "es-MX", "ana.bm@yahoo.com"),
        (["lety dot bm", "B as in boy, M as in Mary.", "at hotmail dot com"], "en-US", "lety.bm@hotmail.com"),
        # one letter a turn: each one counts
        (["be", "be", "arroba hotmail punto com"], "es-MX", "bb@hotmail.com"),
    ],
)
def test_a_short_part_spelled_again_is_said_once(pieces: list[str], locale: str, value: str) -> None:
    assert _dictated(pieces, locale) == value


async def test_in_a_call_the_part_spelled_again_is_read_back_once(daisy: CompiledFlow) -> None:
    conv = await at_email(daisy)
    await conv.user_turn("lety punto bm")
    assert "bmbm" not in said(await conv.user_turn("B de burro, eme de mamá."))
    assert "lety punto bm arroba hotmail punto com" in said(await conv.user_turn("arroba hotmail punto com."))
    await conv.user_turn("Sí.")
    assert conv.slots["email"] == "lety.bm@hotmail.com"
