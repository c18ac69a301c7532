"""A rough figure narrowed down in the same turn ("ocho mil y pico... ocho mil cien, pues", "two hundred
something... two hundred forty") is the exact figure said after it. A rough figure with nothing exact after
it stays no value, whatever words follow it ("ocho mil y pico, pues").
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Quinientos y pico... quinientos treinta, creo.", "es-MX", "530"),
        ("Tres mil y feria, tres mil doscientos.", "es-MX", "3200"),
        ("Two hundred something... two hundred forty.", "en-US", "240"),
    ],
)
def test_rough_amount_narrowed_down(said: str, locale: str, expected: str) -> None:
    assert extract("amount", said, locale) == expected


def test_rough_count_narrowed_down() -> None:
    assert extract("integer", "Cuarenta y tantos... cuarenta y siete.", "es-MX") == "47"


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Mil y pico, pues.", "es-MX"),
        ("Two hundred something, I think.", "en-US"),
        ("Seiscientos y tantos, joven, no me acuerdo.", "es-MX"),
    ],
)
def test_rough_figure_alone_is_no_value(said: str, locale: str) -> None:
    assert extract("amount", said, locale) is None
    assert extract("integer", said, locale) is None
