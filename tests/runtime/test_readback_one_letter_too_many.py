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
