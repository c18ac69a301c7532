"""Two number phrasings a listener tells by their shape.

A "no" said straight into the next number ("es el 612, no el 621"; "novecientos, no novecientos nueve")
contrasts the number with one it is not: that one is ruled out. A "no" followed by a pause ("el 27, no, el
72") or said in one breath with no article ("treinta y uno no treinta y dos") takes the first back.
A number said "N times" ("sesenta y uno dos veces", "forty-two twice") is that number repeated; "dos
veces" after no number counts times and is no digit.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Es la caja seiscientos doce, no la seiscientos veintiuno.", "612"),
        ("es el trescientos quince y no el trescientos cincuenta y uno", "315"),
        ("Es novecientos, no novecientos nueve.", "900"),
        ("Oiga, me equivoqué: es el 74, no el 47.", "74"),
    ],
)
def test_number_contrasted_with_the_one_it_is_not(said: str, expected: str) -> None:
    assert extract("integer", said, "es-MX") == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("el veintisiete, no, el setenta y dos", "es-MX", "72"),
        ("treinta y uno no treinta y dos", "es-MX", "32"),
        ("el 27, no perdón, el 72", "es-MX", "72"),
        ("sixty-one, no, sixty-two", "en-US", "62"),
        ("sixty-one, no sixty-two", "en-US", "62"),
        ("sixty-one, not sixty-two", "en-US", "61"),
    ],
)
def test_number_taken_back_stays_taken_back(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es el sesenta y uno dos veces.", "es-MX", "6161"),
        ("siete tres veces", "es-MX", "777"),
        ("It's forty-two twice.", "en-US", "4242"),
        ("nineteen two times", "en-US", "1919"),
        # "dos veces" after no number: how often, not a digit
        ("Ya se lo dije dos veces, es el trescientos dieciocho.", "es-MX", "318"),
        ("I said it twice, three eighteen.", "en-US", "318"),
    ],
)
def test_number_said_some_times(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


def test_times_alone_is_no_number() -> None:
    assert extract("integer", "dos veces", "es-MX") is None
