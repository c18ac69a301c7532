"""An amount taken back with a bare "no" between pauses ("Pagué mil doscientos... no, mil trescientos pesos", "twelve
hundred, no, thirteen hundred"): the figure after the "no" is the one meant, as after "no perdón". A "no" asked
back ("mil doscientos, ¿no?") or one about something else ("mil doscientos, no, no traigo factura") takes nothing
back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.amounts import extract_amount


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Pagué mil doscientos... no, mil trescientos pesos.", "es-MX", "1300"),
        ("Fueron ochocientos, no, no, novecientos pesos.", "es-MX", "900"),
        ("Me cobraron quinientos. No. Quinientos cincuenta.", "es-MX", "550"),
        ("Dos mil cien… no, dos mil doscientos con todo.", "es-MX", "2200"),
        ("I paid twelve hundred... no, thirteen hundred dollars.", "en-US", "1300"),
        ("Forty bucks. Nope. Fifty.", "en-US", "50"),
        ("Three fifty, no, four hundred even.", "en-US", "400"),
    ],
)
def test_the_figure_after_a_bare_no_is_the_one_meant(text: str, locale: str, expected: str) -> None:
    assert extract_amount(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Mil doscientos, ¿no? Te lo confirmo.", "es-MX", "1200"),
        ("Mil doscientos, no, no traigo factura.", "es-MX", "1200"),
        ("No, fueron mil trescientos.", "es-MX", "1300"),
        ("Twelve hundred, no, I don't have the receipt.", "en-US", "1200"),
    ],
)
def test_a_no_that_takes_no_figure_back_leaves_the_figure(text: str, locale: str, expected: str | None) -> None:
    assert extract_amount(text, locale) == expected
