"""A one-digit unit number named again after a pause with the words that introduce it ("el siete, la unidad
siete", "number seven, unit seven") is one number said twice, not two digits; said bare twice ("siete,
siete", "seven seven") or in one breath ("el siete siete") it is still a number dictated digit by digit."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("El siete, la unidad siete.", "es-MX", "7"),
        ("Es el cuatro, el número cuatro.", "es-MX", "4"),
        ("Tres. La tres.", "es-MX", "3"),
        ("El nueve, el tractor nueve.", "es-MX", "9"),
        ("Number seven, unit seven.", "en-US", "7"),
        ("It's the five, truck five.", "en-US", "5"),
    ],
)
def test_one_digit_named_again_is_one_number(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("Siete, siete.", "es-MX", "77"),
        ("El siete siete.", "es-MX", "77"),
        ("Es el siete, ocho.", "es-MX", "78"),
        ("seven seven", "en-US", "77"),
        ("The seven, eight.", "en-US", "78"),
    ],
)
def test_digits_said_bare_are_still_dictated(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("Número nueve, número nueve.", "es-MX", "99"),  # as a caller dictated the 99 of an address
        ("Número siete, número siete.", "es-MX", "77"),
        ("Número dos. Número dos.", "es-MX", "22"),
        ("Number seven, number seven.", "en-US", "77"),
    ],
)
def test_each_digit_called_numero_is_a_dictation(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number
