"""A unit number or a plate's number said whole and then in digits after a pause ("noventa, nueve cero"), or in
digits and then whole with a restating word ("nueve cero, o sea noventa"), is one number said twice (90), never
9090 or 990 - as in an e-mail. Two different numbers, or the same whole number twice, are still dictated."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("nueve cero, o sea noventa", "es-MX", "90"),
        ("Noventa, nueve cero.", "es-MX", "90"),
        ("Es el ciento doce. Uno, uno, dos.", "es-MX", "112"),
        ("ninety, nine zero", "en-US", "90"),
        ("Cuarenta y cuatro, setenta y ocho.", "es-MX", "4478"),  # two numbers
        ("noventa, noventa", "es-MX", "9090"),  # the same whole number twice: in pairs
    ],
)
def test_integer_said_whole_and_in_digits_is_one_number(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ["ABC noventa, nueve cero"], "ABC-90"),
        ("es-MX", ["A be ce.", "Noventa. Nueve, cero."], "ABC-90"),
        ("es-MX", ["Ka ele eme.", "Trescientos doce, o sea tres uno dos."], "KLM-312"),
        ("en-US", ["ABC ninety, nine zero"], "ABC-90"),
        ("es-MX", ["A be ce.", "Cuarenta y cuatro, setenta y ocho."], "ABC-4478"),
    ],
)
def test_plate_number_said_whole_and_in_digits_is_said_once(locale: str, turns: list[str], value: str) -> None:
    assert plate_fed(locale, *turns).value == value
