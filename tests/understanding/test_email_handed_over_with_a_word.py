"""A word that hands the address over ("Anótale:", "Ándale:", "Apúntele:", "Órale, va:") is no part of it,
and "luego" / "después" / "and then" between two parts of the address only join them. A word joined to the
next part by a symbol ("andale.ruiz", "sale_lopez") is the address itself and stays.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract
from daisy_engine.understanding.emails import strip_lead_in


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Apúntele: marisol punto vega arroba hotmail punto com", "es-MX", "marisol.vega@hotmail.com"),
        ("Órale, va: beto setenta y siete arroba yahoo punto com", "es-MX", "beto77@yahoo.com"),
        ("Anótame ahí: lupita guion bajo ruiz arroba gmail punto com", "es-MX", "lupita_ruiz@gmail.com"),
        ("Escríbele: tomas punto leal arroba outlook punto com", "es-MX", "tomas.leal@outlook.com"),
    ],
)
def test_a_word_handing_the_address_over_is_dropped(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es pepe, pe e pe e, luego noventa y uno, arroba gmail punto com.", "es-MX", "pepe91@gmail.com"),
        ("nora punto díaz, después cuarenta, arroba hotmail punto com", "es-MX", "nora.diaz40@hotmail.com"),
        ("It's sam dot lee, then forty-two, at gmail dot com.", "en-US", "sam.lee42@gmail.com"),
    ],
)
def test_then_between_parts_joins_them(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("andale punto ruiz arroba gmail punto com", "andale.ruiz@gmail.com"),
        ("sale guion bajo lopez arroba gmail punto com", "sale_lopez@gmail.com"),
    ],
)
def test_such_a_word_joined_by_a_symbol_is_the_address(said: str, expected: str) -> None:
    assert extract("email", said, "es-MX") == expected



def test_a_correction_naming_a_symbol_keeps_the_symbol() -> None:
    # "No, es guion bajo ...": "no" and "es" open the correction even with a symbol right after them, while
    # a hand-over word joined by a symbol is the address
    assert strip_lead_in(["no", "es", "_", "n"], "es") == ["_", "n"]
    assert strip_lead_in(["andale", ".", "ruiz"], "es") == ["andale", ".", "ruiz"]
