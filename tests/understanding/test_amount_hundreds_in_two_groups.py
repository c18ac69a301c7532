"""English says an amount in the hundreds in two groups ("three eighty-five" for 385, "nine ninety-nine");
a price per unit said so is dollars and cents ("three eighty-five a gallon"). Spanish does not say
hundreds that way, and a price of two digits and cents stays one ("twelve fifty" -> 12.50)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.amounts import extract_amount


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Four sixty for the lumper.", "en-US", "460"),
        ("Paid seven twenty-five at the scale house.", "en-US", "725"),
        ("It came to two ninety-nine.", "en-US", "299"),
        ("One fifteen in tolls.", "en-US", "115"),
    ],
)
def test_english_hundreds_in_two_groups(text: str, locale: str, expected: str) -> None:
    assert extract_amount(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Diesel was four nineteen a gallon.", "en-US", "4.19"),
        ("They pay two sixty per mile.", "en-US", "2.60"),
        ("Eleven forty.", "en-US", "11.40"),  # two digits first: a price, as before
        ("Four dollars and sixty cents.", "en-US", "4.60"),
        ("Four hundred sixty.", "en-US", "460"),
        ("Tres ochenta.", "es-MX", None),  # Spanish says "trescientos ochenta"; asked again
        ("Doce cincuenta.", "es-MX", "12.50"),
    ],
)
def test_not_hundreds(text: str, locale: str, expected: str | None) -> None:
    assert extract_amount(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("The lumper was four sixty and twenty cents.", "en-US", "460.20"),
        ("Paid three eighty-five dollars and ten cents for fuel.", "en-US", "385.10"),
        ("Nine ninety and five cents.", "en-US", "990.05"),
        # a price per unit stays dollars and cents; two digits first are a price, and cents after it no amount
        ("Four sixty a gallon and ten cents.", "en-US", None),
        ("Twelve fifty and twenty cents.", "en-US", None),
    ],
)
def test_hundreds_in_two_groups_with_their_cents(text: str, locale: str, expected: str | None) -> None:
    assert extract_amount(text, locale) == expected
