"""An e-mail address begun again and again (unannounced repeats of its start, "el correo es ..." over and
over, turned down and re-spelled) always ends in bounded turns: starting over is progress for the
attempts, never for the turn bound of one dictation."""

from __future__ import annotations

import pytest
from runtime_helpers import at_email, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.listening import DICTATION_TURNS


@pytest.mark.parametrize(
    "cycle",
    [
        ["Letra eme.", "Número cuatro.", "Letra ka.", "Letra ge.", "Letra eme.", "Número cuatro.", "Letra ka."],
        ["Letra te.", "Letra o.", "El correo es tomas punto vega", "Letra erre.", "Mi correo es tomas punto vela"],
    ],
)
async def test_an_address_begun_again_forever_ends_in_bounded_turns(daisy: CompiledFlow, cycle: list[str]) -> None:
    conv = await at_email(daisy)
    turns = 0
    while not conv.ended and conv.step.slot == "email" and turns < 500:
        await conv.user_turn(cycle[turns % len(cycle)])
        turns += 1
    # one bounded dictation, its one more try at the end, and the read-backs between them
    assert turns <= 2 * DICTATION_TURNS + 4
    assert "email" not in conv.slots


async def test_a_turned_down_address_spelled_again_forever_ends_in_bounded_turns(daisy: CompiledFlow) -> None:
    conv = await at_email(daisy)
    cycle = ["Letra de.", "Número uno.", "arroba gmail punto com", "no", "Letra be.", "Número uno.", "/silence", "no"]
    turns = 0
    while not conv.ended and conv.step.slot == "email" and turns < 500:
        turn = cycle[turns % len(cycle)]
        said(await (conv.silence() if turn == "/silence" else conv.user_turn(turn)))
        turns += 1
    assert turns <= 2 * DICTATION_TURNS + 4
    assert "email" not in conv.slots
