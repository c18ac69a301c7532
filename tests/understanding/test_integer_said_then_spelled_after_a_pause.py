"""A number said whole and then, after a full stop, spelled digit by digit ("No, dos sesenta. Dos, seis,
cero."): the caller says one number twice, the way people make a misheard number clear. The tens word
before the stop and the digit after it are no compound ("sesenta. Dos" is not 62), so the number is 260,
never 26260. Without the stop, or said in pairs with no pause, the words stay what they were."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("No, dos sesenta. Dos, seis, cero.", "es-MX", "260"),
        ("No, es el cuatro cuarenta. Cuatro, cuatro, cero.", "es-MX", "440"),
        ("Tres noventa. Tres, nueve, cero.", "es-MX", "390"),
        ("No, el siete treinta. Siete, tres, cero.", "es-MX", "730"),
        ("No, nine forty. Nine, four, zero.", "en-US", "940"),
    ],
)
def test_number_said_then_spelled_is_the_number_once(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("sesenta dos", "62"),  # the "y" of a compound left out, no pause: still 62
        ("Es el sesenta y dos.", "62"),
        ("Cuarenta y cuatro, doce.", "4412"),  # pairs with a comma: a dictation in chunks
        ("Noventa, noventa.", "9090"),  # a bare number said twice with a comma is dictated in pairs
    ],
)
def test_trap_compounds_and_pairs_stay_as_said(said: str, expected: str) -> None:
    assert extract("integer", said, "es-MX") == expected
