"""At a read-back, a doubled letter said to be one too many ("sobra una efe", "hay una efe de más", "there's
an extra f", "one f too many") is taken to one, in an e-mail ("rffuentes" -> "rfuentes") as in plates.
Trap: said of a letter that is not doubled, the value is read back again unchanged."""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("reply", "locale"),
    [
        ("No, sobra una efe.", "es-MX"),
        ("No, hay una efe de más.", "es-MX"),
        ("Tiene una efe de sobra.", "es-MX"),
        ("There's an extra f.", "en-US"),
        ("No, one f too many.", "en-US"),
    ],
)
def test_the_doubled_letter_of_an_address_is_taken_to_one(reply: str, locale: str) -> None:
    heard = answer("email", "rffuentes@gmail.com", reply, locale)
    assert (heard.event, heard.value) == ("corrected", "rfuentes@gmail.com")


def test_the_doubled_letter_of_a_plate_is_taken_to_one() -> None:
    heard = answer("plate", "ABB 1234", "No, sobra una be.")
    assert (heard.event, heard.value) == ("corrected", "AB-1234")


def test_trap_a_letter_that_is_not_doubled_stays() -> None:
    heard = answer("email", "rfuentes@gmail.com", "No, sobra una efe.")
    assert heard.value in (None, "rfuentes@gmail.com")


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("rffuentes@gmail.com", "Sí, lleva dos efes, no sobra una efe.", "es-MX"),
        ("mmartinez@gmail.com", "Sí, es con doble eme, no le sobra una eme.", "es-MX"),
        ("lluvia.lopez@gmail.com", "Sí, con dos eles, no hay una ele de más.", "es-MX"),
        ("jettrucking@yahoo.com", "No, there's no extra t, it's two t's.", "en-US"),
        ("jettrucking@yahoo.com", "Yes, two t's, not an extra t.", "en-US"),
        ("jettrucking@yahoo.com", "Yes, jett with an extra t.", "en-US"),
        ("aaron.lee@gmail.com", "No, there's no extra a, it's aaron.", "en-US"),
    ],
)
def test_trap_a_doubled_letter_said_not_to_be_too_many_stays(said: str, reply: str, locale: str) -> None:
    assert answer("email", said, reply, locale).value in (None, said)


def test_trap_a_plate_letter_said_not_to_be_too_many_stays() -> None:
    heard = answer("plate", "ABB 1234", "Sí, son dos bes, no sobra una be.")
    assert heard.value in (None, "ABB-1234")
