"""One dictated character at a time (spell mode): letter names, digits, articles, hyphenated names."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import (
    extract_char,
    new_accumulator,
)

CA = {"pattern": r"\d[A-Z]{3}\d{3}"}


MX_FED = {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}


def test_spelled_digits_are_characters():
    assert extract_char("seven", "en-US") == "7"
    assert extract_char("siete", "es-MX") == "7"
    assert extract_char("number seven", "en-US") == "7"
    # a lone "seven" opens a digit-first plate ...
    assert new_accumulator("plate", "en-US", CA).feed("seven").status == "partial"
    assert new_accumulator("plate", "es-MX", MX_FED).feed("siete").status == "partial"
    # ... but cannot open a default-pattern plate (letters first)
    assert new_accumulator("plate", "en-US").feed("seven").status == "nothing"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [("double-u", "en-US", "W"), ("double-you", "en-US", "W"), ("doble-ve", "es-MX", "W"), ("doble-u", "es-MX", "W")],
)
def test_hyphenated_letter_names(text, locale, expected):
    assert extract_char(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("un ocho", "8"), ("una ele", "L"), ("un cero", "0"), ("un millón", None)]
)
def test_an_article_before_a_dictated_character(text, expected):
    assert extract_char(text, "es-MX") == expected
