"""Two ways a unit number is said that the recogniser or the caller splits:

- a Spanish hundreds word with the rest written in digits ("ciento 6", "trescientos 80"): one number
  (106, 380), as "mil 20" is 1020 and "one hundred 6" is 106;
- a tens word, a pause, and the number spelled digit by digit opening with that tens digit ("No, setenta.
  Siete, tres."): the spelling makes the tens word clear (73), it is not more of the number.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.integers import extract_integer


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es la unidad ciento 9.", "es-MX", "109"),
        ("Trescientos 80.", "es-MX", "380"),
        ("El novecientos 15.", "es-MX", "915"),
        ("Doscientos cinco.", "es-MX", "205"),
        ("One hundred 7.", "en-US", "107"),
    ],
)
def test_a_hundreds_word_and_digits_are_one_number(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("No, cuarenta. Cuatro, dos.", "es-MX", "42"),
        ("Noventa... nueve, uno.", "es-MX", "91"),
        ("No, sixty. Six, eight.", "en-US", "68"),
    ],
)
def test_a_tens_word_made_clear_by_its_digits_is_that_number(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Cuarenta, cinco, dos.", "es-MX", "452"),  # other digits: "cuarenta (y) cinco", dos
        ("Cuarenta y dos. Cuatro, dos.", "es-MX", "42"),
        ("Cuarenta. Cuatro, dos, uno.", "es-MX", "4421"),  # more digits than the tens word has
    ],
)
def test_digits_that_do_not_spell_the_tens_word_stay_more_of_the_number(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected
