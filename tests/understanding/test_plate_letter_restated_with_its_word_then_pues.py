"""A letter named with a word, said again at once with the same word and then "pues" / "o sea" ("Se de casa...
ce de casa, pues, efe de foco", "C as in cat... C as in cat, I mean, F as in Frank") is one letter said again to
make it clear, alone and turn by turn in a call. The same said twice with nothing after it ("ere de Roma, ere de
Roma", "C as in cat, C as in cat") stays a double letter."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate

from .plate_helpers import DAISY_PLATE, plate_fed


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Se de casa... ce de casa, pues, efe de foco, u de uva, 47 03.", "es-MX", "CFU-4703"),
        ("Pe de papá... pe de papá, pues, efe de foco, u de uva, 47 03.", "es-MX", "PFU-4703"),
        ("Be de burro... be de burro, o sea, a, te, 1 2 3 4", "es-MX", "BAT-1234"),
        ("C as in cat... C as in cat, I mean, F as in Frank, U, 4 7 0 3", "en-US", "CFU-4703"),
    ],
)
def test_a_letter_restated_with_its_word_then_pues_is_one_letter(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale, DAISY_PLATE) == expected
    assert plate_fed(locale, text).value == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("ere de Roma, ere de Roma, a, 1 2 3 4", "es-MX", "RRA-1234"),
        ("ce de casa, ce de casa, efe, 1 2 3 4", "es-MX", "CCF-1234"),
        ("C as in cat, C as in cat, F, 4 7 0 3", "en-US", "CCF-4703"),
    ],
)
def test_the_same_letter_twice_with_nothing_after_stays_double(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale, DAISY_PLATE) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("ere de Roma, ere de Roma, pues, a, 1 2 3 4", "es-MX", "RRA-1234"),
        ("o de oso, o de oso, pues, a, 1 2 3 4", "es-MX", "OOA-1234"),
        ("jota de jamón, jota de jamón pues, a, 5 5 5 5", "es-MX", "JJA-5555"),
        ("ese de sapo, ese de sapo, o sea, a, 1 2 3 4", "es-MX", "SSA-1234"),
        ("R as in Robert, R as in Robert, that is, A, 1 2 3 4", "en-US", "RRA-1234"),
    ],
)
def test_the_same_letter_twice_without_a_pause_then_pues_stays_double(text: str, locale: str,
                                                                       expected: str) -> None:
    # "pues" is also the filler that goes on with the plate: without a pause the caller said the letter twice
    assert extract_plate(text, locale, DAISY_PLATE) == expected
    assert plate_fed(locale, text).value == expected
