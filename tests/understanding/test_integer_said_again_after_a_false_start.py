"""A unit number started, left hanging and said again from the start ("noventa y... noventa y nueve"):
the listener writes down the number said in full, not the false start glued to it. Numbers dictated
in chunks ("noventa, noventa") stay chunks."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.integers import extract_integer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es la sesenta y... sesenta y ocho.", "68"),
        ("Cuarenta y, eh, cuarenta y tres.", "43"),
        ("El tracto es el ciento... ciento quince.", "115"),
        ("Trescientos setenta y... setenta y dos.", "372"),
    ],
)
def test_a_false_start_said_again_is_the_number_once(text: str, expected: str) -> None:
    assert extract_integer(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noventa, noventa.", "9090"),  # two chunks of a dictated number
        ("Treinta y dos, treinta y dos.", "3232"),
        ("Cuarenta y dos.", "42"),
        ("Cien, ciento uno.", "100101"),
    ],
)
def test_numbers_said_in_chunks_stay_as_said(text: str, expected: str) -> None:
    assert extract_integer(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es el cincuenta... cincuenta y cuatro.", "es-MX", "54"),
        ("El noventa… noventa y tres, señorita.", "es-MX", "93"),
        ("Ochocientos... ochocientos veinte.", "es-MX", "820"),
        ("It's forty... forty-six.", "en-US", "46"),
        ("Sixty -- sixty two.", "en-US", "62"),
    ],
)
def test_a_round_number_trailed_off_and_said_again_longer_is_the_longer_one(
        text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Cincuenta, cincuenta y cuatro.", "es-MX", "5054"),  # no pause: two chunks, as dictated
        ("Cinco... cinco cuatro.", "es-MX", "554"),  # digits one by one, not a round number
        ("Cincuenta... sesenta y uno.", "es-MX", "5061"),  # another number, not the same one grown
        ("Forty, forty-six.", "en-US", "4046"),
    ],
)
def test_chunks_and_other_numbers_after_a_pause_stay_as_said(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected
