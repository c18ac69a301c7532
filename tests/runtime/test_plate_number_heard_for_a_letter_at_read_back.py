"""A plate read back with a number where the caller said a letter ("le trece" heard as 13 for "letra ce"):
"no es trece, es letra ce, ce de casa" puts the letter in the number's place - the plate then has fewer
digits, and the dictation goes on from what it holds; a value that already has the letter and no such
number (the caller answered another read-back) is read back again unchanged. A number said for another
number ("no es trece, es catorce") is still that number."""

from __future__ import annotations

import pytest
from runtime_helpers import answer

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "so_far"),
    [
        ("be o trece", "No, no es trece, es letra ce, ce de casa.", "es-MX", "B O C"),
        ("be o trece", "no es el trece, es la ce", "es-MX", "B O C"),
        ("be o trece", "No es un trece, es una ce de casa.", "es-MX", "B O C"),
        ("efe ge once", "no, no es once, es la letra o", "es-MX", "F G O"),
        ("B as in boy, O as in Oscar, thirteen", "No, it's not thirteen, it's the letter C.", "en-US", "B O C"),
        ("B as in boy, O as in Oscar, thirteen", "not thirteen, it's C as in Charlie", "en-US", "B O C"),
    ],
)
def test_the_letter_takes_the_numbers_place_and_the_dictation_goes_on(dictated: str, reply: str, locale: str,
                                                                       so_far: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == so_far


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        ("be o ce setenta y cuatro diez", "No, no es trece, es letra ce, ce de casa.", "es-MX", "BOC-7410"),
        ("be o ce setenta y cuatro diez", "no es trece, es ce", "es-MX", "BOC-7410"),
        ("B O C seventy four ten", "No, it's not thirteen, it's the letter C.", "en-US", "BOC-7410"),
    ],
)
def test_a_value_with_the_letter_and_without_the_number_is_read_back_unchanged(dictated: str, reply: str,
                                                                              locale: str, value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        ("be o trece", "no es trece, es catorce", "es-MX", "BO-14"),
        ("be o ce setenta y cuatro diez", "No, no es setenta y cuatro, es setenta y tres.", "es-MX", "BOC-7310"),
        ("B O C seventy four ten", "not seventy four, it's seventy three", "en-US", "BOC-7310"),
    ],
)
def test_a_number_said_for_another_is_that_number(dictated: str, reply: str, locale: str, value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)
