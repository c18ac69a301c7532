"""A number taken back after a pause, the new one given with "es la" / "it's the" ("novecientos... ay, no, es la
quinientos cuarenta", "ochenta, no, es el ochenta y uno"): the "no" takes the first back, and "es la" only
frames the new one. Said in one breath ("no es el setenta y tres, es el setenta y ocho", "trescientos veinte,
no es el trescientos dos") it still rules the number after it out."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(("said", "locale", "number"), [
    ("Setecientos... uy, no, es la seiscientos doce.", "es-MX", "612"),
    ("Ochenta, no, es el ochenta y uno.", "es-MX", "81"),
    ("La cuarenta, no. Es la cuarenta y cuatro.", "es-MX", "44"),
    ("Seven hundred, no, it's the six twelve.", "en-US", "612"),
])
def test_the_number_after_the_pause_is_the_one(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(("said", "locale", "number"), [
    ("No es el setenta y tres, es el setenta y ocho.", "es-MX", "78"),
    ("Trescientos veinte, no es el trescientos dos.", "es-MX", "320"),
    ("Es el 815, no el 851.", "es-MX", "815"),
    ("Seventy-eight, not seventy-three.", "en-US", "78"),
])
def test_said_in_one_breath_it_rules_out(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number
