"""In a call, a zero ruled out at the plates' read-back with talk after it ("no, el cero no, ése no es", "el cero
no, ese sobra") says no character goes instead: the demonstrative "ese" (that one) pointing at the zero is no
letter S, so Daisy never says "La S no cabe ahí"; the S said as a letter ("el cero no, es la ese", "ese de sapo")
still is one."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"]


@pytest.mark.parametrize("reply", ["no, el cero no, ése no es", "el cero no, ese sobra", "no, cero no, ese no va",
                                   "no, el cero no, ese está mal", "no el cero no ese no va ahí",
                                   "no, el cero no, ése no"])
async def test_talk_pointing_at_a_zero_ruled_out_is_no_letter(daisy: CompiledFlow, reply: str) -> None:
    conv = await call(daisy, "es-MX", TO_PLATE)
    assert "1, 0, 3" in said(await conv.user_turn("a b c ciento tres"))
    out = said(await conv.user_turn(reply))
    assert "no cabe" not in out
    assert conv.step.name == "registration.tractor_plate.confirm"


@pytest.mark.parametrize("reply", ["no, el cero no, es la ese", "el cero no, ese de sapo"])
async def test_an_s_said_as_a_letter_in_place_of_a_zero_still_has_no_room(daisy: CompiledFlow, reply: str) -> None:
    conv = await call(daisy, "es-MX", TO_PLATE)
    await conv.user_turn("a b c ciento tres")
    assert "La S no cabe ahí en las placas." in said(await conv.user_turn(reply))
