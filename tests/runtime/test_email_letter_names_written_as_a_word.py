"""Letters of an e-mail said by their names ("ele eme") that the recogniser wrote as a word of the address
("pepeeleeme"): when the caller, at the read-back, spells those letters again ("No, ele, eme. Son letras.")
that word becomes the letters ("pepelm"). A correction spelling letters whose names are not in the address
is no such fix: the address is not taken apart."""

from __future__ import annotations

import pytest
from runtime_helpers import at_email

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation


async def _read_back(daisy: CompiledFlow, address: str) -> Conversation:
    conv = await at_email(daisy)
    await conv.user_turn(address)
    assert conv.step.name.endswith("email.confirm")
    return conv


@pytest.mark.parametrize(
    ("address", "fix", "expected"),
    [
        ("Pepe eleeme arroba gmail punto com.", "No, ele, eme. Son letras, no una palabra.", "pepelm@gmail.com"),
        ("Rosa jotaefe arroba hotmail punto com.", "No. Jota y efe, las dos letras.", "rosajf@hotmail.com"),
    ],
)
async def test_the_names_become_the_letters(daisy: CompiledFlow, address: str, fix: str, expected: str) -> None:
    conv = await _read_back(daisy, address)
    await conv.user_turn(fix)
    assert conv.pending == expected
    await conv.user_turn("Sí, así.")
    assert conv.slots["email"] == expected


async def test_letters_not_written_in_the_address_change_nothing_there(daisy: CompiledFlow) -> None:
    conv = await _read_back(daisy, "Pepe lomas arroba gmail punto com.")
    await conv.user_turn("No, ele, eme.")
    # no word of the address is taken apart: the caller is heard beginning the address anew
    assert conv.pending is None
    assert conv.step.name.endswith("email.spell")


async def test_a_letter_name_between_digits_spelled_one_a_turn_is_read_back_as_the_letter(
        daisy: CompiledFlow) -> None:
    # "Número cuatro" / "Ve" / "Número cero": the caller spells one character a turn; "ve" is the letter V
    conv = await at_email(daisy)
    for turn in ("Letra ere minúscula", "Número cuatro", "Ve", "Número cero", "Be", "arroba gmail punto com"):
        await conv.user_turn(turn)
    assert conv.pending == "r4v0b@gmail.com"
    await conv.user_turn("Sí.")
    assert conv.slots["email"] == "r4v0b@gmail.com"
