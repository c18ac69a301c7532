"""A number word cut off and said whole ("tres ciento... trescientos dieciocho": the recogniser writes the cut
"trescientos" as two words; "three hund... three hundred eighteen"), and an amount's round figure said again
with more ("como ochocientos, ¿bueno?, ochocientos veinte"): the caller starting over, one number. Numbers
dictated in chunks stay chunks."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.amounts import extract_amount
from daisy_engine.understanding.integers import extract_integer
from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ka, ye griega, equis, tres ciento... trescientos dieciocho.", "es-MX", "KYX-318"),
        ("A, be, ce, cuatro cien... cuatrocientos doce.", "es-MX", "ABC-412"),
        ("A be ce, seis cien, seiscientos uno.", "es-MX", "ABC-601"),
        ("A B C, three hund... three hundred eighteen.", "en-US", "ABC-318"),
        ("ABC, four thou... four thousand twelve.", "en-US", "ABC-4012"),
        ("A be ce, tres tres tres.", "es-MX", "ABC-333"),
    ],
)
def test_a_plate_number_cut_off_and_said_whole_is_said_once(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


def test_a_unit_number_cut_off_and_said_whole_is_said_once() -> None:
    assert extract_integer("La tres ciento... trescientos dieciocho.", "es-MX") == "318"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Como ochocientos, ¿bueno?, ochocientos veinte.", "es-MX", "820"),
        ("Ochocientos, ochocientos veinte.", "es-MX", "820"),
        ("Mil, mil doscientos pesos.", "es-MX", "1200"),
        ("Ocho ciento... ochocientos veinte.", "es-MX", "820"),
        ("Like eight hundred... eight hundred twenty.", "en-US", "820"),
        ("Seven hundred, seven hundred five dollars.", "en-US", "705"),
        ("Doce cincuenta.", "es-MX", "12.50"),
        ("Three eighty-five.", "en-US", "385"),
    ],
)
def test_an_amount_said_round_then_with_more_is_the_second(text: str, locale: str, expected: str) -> None:
    assert extract_amount(text, locale) == expected
