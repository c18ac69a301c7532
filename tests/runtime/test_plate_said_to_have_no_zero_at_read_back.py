"""At a plate's read-back, "No zero.", "no zeros", "no hay cero", "no tiene cero", "sin el cero", "it doesn't have a
zero" say the plate has no zero: one it has goes (the old agent's TR-0337 becomes TR-337), and a plate without one
is read back again unchanged - the caller answered another read-back. Never a zero added. "No, zero." (a pause
after the "no") still says a zero, and so does the Spanish "No cero." ("no zero" is "sin cero" in Spanish)."""

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
        # the plate said to have none in other words, or the zero taken out
        ("te erre tres cero siete", "No tiene cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "No, no trae el cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "Sin cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "Sin el cero.", "es-MX", "TR-37"),
        ("T R three zero seven", "It doesn't have a zero.", "en-US", "TR-37"),
        ("T R three zero seven", "There isn't a zero.", "en-US", "TR-37"),
        ("T R three zero seven", "no zero", "en-US", "TR-37"),
    ],
)
def test_a_plate_said_to_have_no_zero_is_read_back_without_one(dictated: str, reply: str, locale: str,
                                                               value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("dictated", "reply", "locale"),
    [
        ("T R three three seven", "No, zero.", "en-US"),
        ("te erre tres cero siete", "No, cero.", "es-MX"),
        # "no cero" is no Spanish for "no zero" ("sin cero", "no hay cero"): the "no" answers the read-back
        ("te erre tres cero siete", "No cero.", "es-MX"),
    ],
)
def test_a_zero_said_after_a_no_is_still_a_zero(dictated: str, reply: str, locale: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert heard.value is None or "0" in str(heard.value)
