"""After a yes, a part of the value said to be something else ("sí, nada más la última letra es una
erre", "yes, only the first digit is a four", "sí, es un ocho, no un seis") corrects the read-back: no
confirmation. A yes with an everyday "no" after it still confirms."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, nada más la última letra es una erre.", "es-MX"),
        ("Sí, solo el primer número es un cuatro.", "es-MX"),
        ("Sí, es un ocho, no un seis.", "es-MX"),
        ("Sí, la eme, no la ene.", "es-MX"),
        ("Yes, only the first digit is a four.", "en-US"),
        ("Yeah, just the middle letter should be a P.", "en-US"),
        ("Yes, it's an eight, not a six.", "en-US"),
    ],
)
def test_a_part_restated_after_yes_is_no_confirmation(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, así es, no se preocupe.", "es-MX"),
        ("Sí, está bien, no hay bronca.", "es-MX"),
        ("Sí, es todo, no hay más.", "es-MX"),
        ("Yes, that's it, no worries.", "en-US"),
    ],
)
def test_a_yes_with_an_everyday_no_confirms(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"
