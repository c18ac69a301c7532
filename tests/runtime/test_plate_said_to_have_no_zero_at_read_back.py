"""At a plate's read-back, "No zero.", "no zeros", "no hay cero" say the plate has no zero: one it has goes (the
old agent's TR-0337 becomes TR-337), and a plate without one is read back again unchanged - the caller answered
another read-back. Never a zero added. "No, zero." (a pause after the "no") still says a zero."""

from __future__ import annotations

import pytest
from runtime_helpers import answer

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        ("T R three three seven", "No zero.", "en-US", "TR-337"),
        ("T R three three seven", "No zeros.", "en-US", "TR-337"),
        ("T R three three seven", "No, no zero.", "en-US", "TR-337"),
        ("T R zero three three seven", "No zero.", "en-US", "TR-337"),
        ("T R zero three three seven", "No, no zero, just 337.", "en-US", "TR-337"),
        ("te erre tres tres siete", "No hay cero.", "es-MX", "TR-337"),
        ("te erre cero tres tres siete", "No hay ningún cero.", "es-MX", "TR-337"),
        ("te erre cero tres tres siete", "No, no hay cero.", "es-MX", "TR-337"),
    ],
)
def test_a_plate_said_to_have_no_zero_is_read_back_without_one(dictated: str, reply: str, locale: str,
                                                               value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


def test_a_zero_said_after_a_pause_is_still_a_zero() -> None:
    heard = answer("plate", "T R three three seven", "No, zero.", "en-US", **PLATE)
    assert heard.value != "TR-337"
