"""A letter followed by how many times it goes ("a ele dos veces", "L twice", "ere tres veces") is that letter
that many times, in a plate and in an e-mail, as "doble ele" is. "Dos veces" after talk ("ya te lo dije dos
veces") counts times and adds nothing; after a number it is still the number repeated (see the integers)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .email_helpers import dictated
from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ["a ele dos veces"], "A L L"),
        ("es-MX", ["A, ele dos veces, cinco cuatro."], "A L L 5 4"),
        ("en-US", ["A, L twice, five four"], "A L L 5 4"),
        ("es-MX", ["Ka.", "Ya te lo dije dos veces."], "K"),
    ],
)
def test_plate_letter_said_a_number_of_times(locale: str, turns: list[str], so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far


@pytest.mark.parametrize(
    ("turns", "locale", "address"),
    [
        (["a ele dos veces", "arroba gmail punto com"], "es-MX", "all@gmail.com"),
        (["be e ere tres veces", "arroba gmail punto com"], "es-MX", "berrr@gmail.com"),
        (["a L twice", "at gmail dot com"], "en-US", "all@gmail.com"),
        (["Ana", "Ya te lo dije dos veces.", "arroba gmail punto com"], "es-MX", "ana@gmail.com"),
    ],
)
def test_email_letter_said_a_number_of_times(turns: list[str], locale: str, address: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == address


def test_a_number_said_twice_is_still_the_number_repeated() -> None:
    assert extract("integer", "Es el sesenta y uno dos veces.", "es-MX") == "6161"
