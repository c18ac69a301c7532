"""A letter named again right after it with "es la" / "that's" ("erre... es la erre", "K... that's K") is
that letter confirmed, said once; Spanish "es" there is not the letter S. A different letter after "es la"
is left as it was read, and "es" alone among letters is still S.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Ge de gato, ka... es la ka, sí. Doscientos diez.", "es-MX", "GK-210"),
        ("Pe, te de taco, es la te. Cuatro cuatro uno.", "es-MX", "PT-441"),
        ("Jota, ele... era la ele, trescientos tres.", "es-MX", "JL-303"),
        ("B, K... that's K, yeah. Two ten.", "en-US", "BK-210"),
        ("Delta, Mike, it's M. Three oh three.", "en-US", "DM-303"),
    ],
)
def test_a_letter_named_again_is_said_once(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


def test_es_among_letters_is_still_s() -> None:
    assert extract_plate("Ere, ese, te, uno dos tres", "es-MX") == "RST-123"
