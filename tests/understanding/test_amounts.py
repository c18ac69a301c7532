"""The `amount` slot: sums of money said in words or digits, Spanish and English."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator, readback, validate_value
from daisy_engine.understanding.amounts import extract_amount


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("half a million", "en-US", "500000"),
        ("medio millón de pesos", "es-MX", "500000"),
        ("a quarter million dollars", "en-US", "250000"),
        ("tres cuartos de millón", "es-MX", "750000"),
        ("un millón y medio", "es-MX", "1500000"),
        ("two and a half million", "en-US", "2500000"),
        ("fifty dollars and twenty five cents", "en-US", "50.25"),
        ("cincuenta pesos con veinticinco centavos", "es-MX", "50.25"),
        ("ochocientos setenta y cinco pesos con noventa", "es-MX", "875.90"),
        ("veinticinco centavos", "es-MX", "0.25"),
        ("50.25", "en-US", "50.25"),
        ("$1,500.75", "en-US", "1500.75"),
        ("1.500.000", "es-MX", "1500000"),
        ("50,25", "es-MX", "50.25"),
        ("cincuenta punto veinticinco", "es-MX", "50.25"),
        ("two point five million", "en-US", "2500000"),
        ("twelve fifty", "en-US", "12.50"),
        ("twenty grand", "en-US", "20000"),
        ("20k", "en-US", "20000"),
        ("cinco lucas", "es-MX", "5000"),
        ("me pagaron dos mil trescientos cincuenta", "es-MX", "2350"),
        ("cuarenta, no perdón, cuarenta y cinco pesos", "es-MX", "45"),
    ],
)
def test_amounts_in_words_and_digits(text: str, locale: str, value: str) -> None:
    assert extract("amount", text, locale) == value


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("quinientos y pico", "es-MX"),  # an unknown remainder
        ("two hundred something", "en-US"),
        ("no sé cuánto es", "es-MX"),
        ("son 2 de 500", "es-MX"),  # two unrelated numbers
        ("-50", "en-US"),
        ("50.255", "en-US"),  # more than cents
    ],
)
def test_what_is_not_one_amount_is_nothing(text: str, locale: str) -> None:
    assert extract("amount", text, locale) is None


def test_bounds_apply_to_amounts() -> None:
    options = {"min": 100, "max": 5000}
    assert extract("amount", "cincuenta pesos", "es-MX", options) is None
    assert extract("amount", "diez mil pesos", "es-MX", options) is None
    assert extract("amount", "mil quinientos pesos", "es-MX", options) == "1500"


@pytest.mark.parametrize(
    ("proposed", "value"),
    [(42, "42"), (50.25, "50.25"), ("$1,234.50", "1234.50"), ("cincuenta pesos", "50"), (True, None), (-3, None)],
)
def test_a_value_from_the_model_is_normalised_or_refused(proposed: object, value: str | None) -> None:
    assert validate_value("amount", proposed, "es-MX") == value


def test_amounts_are_read_back_as_money() -> None:
    assert readback("amount", "1500.50", "es-MX") == "$1,500.50"
    assert readback("amount", "500000", "en-US") == "$500,000"


def test_an_amount_slot_fills_in_one_turn() -> None:
    acc = new_accumulator("amount", "en-US")
    fed = acc.feed("it was fifty dollars and twenty five cents")
    assert fed.status == "complete" and acc.value == "50.25"


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("a buck fifty", "en-US", "1.50"),
        ("veinte pesos y medio", "es-MX", "20.50"),
        ("cincuenta pesos con cinco centavos", "es-MX", "50.05"),
        ("$3.5M", "en-US", "3500000"),
        ("USD 1,200", "en-US", "1200"),
    ],
)
def test_money_shorthand(text: str, locale: str, value: str) -> None:
    assert extract("amount", text, locale) == value


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("cinco cero cero", "es-MX", "500"),
        ("Son cinco cero cero pesos.", "es-MX", "500"),
        ("uno cero cero cero", "es-MX", "1000"),
        ("dos cinco cero cero", "es-MX", "2500"),
        ("five zero zero", "en-US", "500"),
        ("one five zero zero dollars", "en-US", "1500"),
        ("five double zero", "en-US", "500"),
        ("cinco cero", "es-MX", "50"),  # one zero is one zero
        ("5 0 0", "es-MX", "500"),
    ],
)
def test_an_amount_said_digit_by_digit_keeps_every_zero(text: str, locale: str, value: str) -> None:
    assert extract_amount(text, locale) == value


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("cincuenta cero cero", "es-MX"),  # a tens word then zeros is no digit-by-digit amount
        ("doscientos cero cero", "es-MX"),
    ],
)
def test_a_number_word_then_zeros_is_no_amount(text: str, locale: str) -> None:
    assert extract_amount(text, locale) is None
