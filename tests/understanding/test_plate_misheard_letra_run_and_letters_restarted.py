"""Plates: a weak letter name after a misheard "letra" ("le trae de") is the letter when the next letter is named the
same way ("Le trae ere... le trae de... y le trae eme" = R D M); letters said again from their first after a "no"
("Es efe, ene... no, perdón, efe, eme, ce") replace the whole run, the frame's "es" being no letter of it - alone
and in a call, at the question and at a read-back. "Me trae de comer" stays the verb."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate

from .call_helpers import at_question, heard_at_question, heard_at_read_back
from .plate_helpers import DAISY_PLATE


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Le trae ere... le trae de... y le trae eme. Seis ochenta.", "es-MX", "RDM-680"),
        ("le trae te, le trae ere, le trae ese, cuatro cuatro cinco", "es-MX", "TRS-445"),
        ("le trae a, letra be, letra ce, uno dos tres", "es-MX", "ABC-123"),
        ("Es efe, ene... no, perdón, efe, eme, ce, noventa y dos once.", "es-MX", "FMC-9211"),
        ("Es ele, eme... espérame, ele, ene, ge, cuatro cuatro uno", "es-MX", "LNG-441"),
        ("Son ere, te... no, ere, de, ese, cinco cinco cinco", "es-MX", "RDS-555"),
        ("Es efe, ene... no, eme, ce, noventa y dos once.", "es-MX", "FMC-9211"),  # one for one
        ("Its, uh, B, D... no sorry, B, P, R, 5 5 2 1", "en-US", "BPR-5521"),
    ],
)
def test_the_plate_is_read(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale, DAISY_PLATE) == expected


def test_the_verb_trae_is_no_letter() -> None:
    assert extract_plate("me trae de comer y le trae ese", "es-MX", DAISY_PLATE) is None


async def test_the_restarted_letters_are_read_back_in_a_call() -> None:
    turn = "Es efe, ene... no, perdón, efe, eme, ce, noventa y dos once."
    assert await heard_at_question("tractor_plate", "es-MX", turn) == "FMC-9211"
    assert await heard_at_read_back("tractor_plate", "es-MX", "efe eme ene nueve dos uno uno", f"No, {turn}") \
        == "FMC-9211"


async def test_the_misheard_letras_are_read_back_in_a_call() -> None:
    turn = "Le trae ere... le trae de... y le trae eme. Seis ochenta."
    assert await heard_at_read_back("tractor_plate", "es-MX", "ere de eme seis ochenta y uno", f"No, {turn}") \
        == "RDM-680"
    # at the question the plate ends on a round "ochenta": the agent waits for more, and reads back RDM-680 when the
    # caller says that is it
    conv = await at_question("tractor_plate", "es-MX")
    await conv.user_turn(turn)
    await conv.user_turn("sí")
    assert conv.pending == "RDM-680"
