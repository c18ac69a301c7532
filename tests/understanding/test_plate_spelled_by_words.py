"""Plates whose letters are given only as words ("gato, elefante, oso"; "Sam, Ida, Nora"): each word
between pauses stands for its first letter. Places and a single word are not such a spelling."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Zapato, iguana, perro, doscientos ochenta.", "es-MX", "ZIP-280"),
        ("Las placas son: gato, elefante, oso... ciento diecisiete.", "es-MX", "GEO-117"),
        ("Casa, uva, rosa, 4 4 0 1.", "es-MX", "CUR-4401"),
        ("Burro, oso, 552.", "es-MX", "BO-552"),
        ("Sam, Ida, Nora, 2 4 6.", "en-US", "SIN-246"),
        ("Frank, Robert, Tom, 5702.", "en-US", "FRT-5702"),
        ("Lima Oscar Whiskey, three thirty-three.", "en-US", "LOW-333"),
    ],
)
def test_words_stand_for_their_first_letters(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Dallas, Texas, 123.", "en-US", None),  # two place names are not a spelling
        ("Gato, perro.", "es-MX", None),  # no digits: not a plate
        ("Mmm, tango, alfa, 4 4 1.", "es-MX", "TA-441"),  # a filler is no word of the spelling
    ],
)
def test_not_a_spelling_by_words(text: str, locale: str, plate: str | None) -> None:
    assert extract_plate(text, locale) == plate
