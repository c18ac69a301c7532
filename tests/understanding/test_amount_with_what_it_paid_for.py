"""An amount said with what it paid for and how many ("twelve hundred even for the two steer tires", "mil
doscientos por las dos llantas"): the count of things is no second amount. A second number that is money
("for two hundred dollars"), or another amount after the things ("and 50 for labor"), still makes the turn
no one amount, and the flow asks again."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.amounts import extract_amount


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Twelve hundred even for the two steer tires.", "en-US", "1200"),
        ("Five hundred for the three pallets, thanks.", "en-US", "500"),
        ("Three hundred dollars for 2 nights.", "en-US", "300"),
        ("Mil doscientos por las dos llantas.", "es-MX", "1200"),
        ("Quinientos pesos por los tres días.", "es-MX", "500"),
        ("Fueron ochocientos cincuenta de las cuatro maniobras.", "es-MX", "850"),
    ],
)
def test_the_count_of_things_paid_for_is_no_amount(text: str, locale: str, expected: str) -> None:
    assert extract_amount(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Eight hundred for the 2 tires and 50 for labor.", "en-US"),
        ("Eight hundred for the 2 tires, and 50 for labor.", "en-US"),
        ("Three hundred for two hundred dollars.", "en-US"),
        ("Cien por dos mil pesos.", "es-MX"),
        ("Dos de quinientos.", "es-MX"),
    ],
)
def test_two_amounts_stay_no_one_amount(text: str, locale: str) -> None:
    assert extract_amount(text, locale) is None
