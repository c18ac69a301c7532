"""A letter said and at once named again with its article ("Ca, la ca", "ele, la ele de Laredo", "K, the
K") is that letter made clear, said once - in one turn or amid a dictation over many turns. Two of a
letter are still said as two: "ka, otra ka", "doble ka", or the bare name twice ("ka, ka").
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Ene, ca, la ca, be, seis dos cero nueve", "es-MX", "NKB-6209"),
        ("Ele, la ele de Laredo, eme, ge, tres tres ocho cero", "es-MX", "LMG-3380"),
        ("Jota de jamón, la jota, erre, te, cuatro uno uno", "es-MX", "JRT-411"),
        ("a, la a, be, ce, uno dos tres", "es-MX", "ABC-123"),
        ("N, K, the K, B, six two oh nine", "en-US", "NKB-6209"),
    ],
)
def test_a_letter_named_again_with_its_article_is_one(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


def test_over_many_turns_the_next_letter_is_kept() -> None:
    acc = plate_fed("es-MX", "Ene de Nogales.", "Ca, la ca.", "Be de barco.", "Sesenta y dos cero nueve.")
    assert acc.value == "NKB-6209"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Ene, ka, otra ka, uno dos tres", "NKK-123"),
        ("Ene, doble ka, uno dos tres", "NKK-123"),
        ("Ka y la ka y la be, uno dos tres", "KKB-123"),
    ],
)
def test_two_of_a_letter_are_still_two(text: str, plate: str) -> None:
    assert extract_plate(text, "es-MX") == plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        # the article said before every letter is how the caller says each one, not a letter made clear
        ("La ese, la ese, la te, uno dos tres", "es-MX", "SST-123"),
        ("Es la a, la a, la be, uno uno uno", "es-MX", "AAB-111"),
        ("La eme, la eme, la ge, tres tres ocho", "es-MX", "MMG-338"),
        ("The A, the A, the B, one two three", "en-US", "AAB-123"),
    ],
)
def test_a_letter_said_with_its_article_each_time_is_said_anew(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate
