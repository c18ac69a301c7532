"""A round ten, a hesitation ("...") and the same ten going on into a number is a false start: "la
setenta... setenta y ocho" is 78, "forty... forty-two" is 42. After a comma the same words stay a number
dictated in chunks ("twenty, twenty-five" is 2025), and another ten after the pause is more of the number.
"is" contracted onto an English number ("Four twenty-two's my tractor") leaves the number whole.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es la noventa... noventa y uno.", "es-MX", "91"),
        ("El treinta… treinta y cuatro, joven.", "es-MX", "34"),
        ("It's fifty... fifty-three.", "en-US", "53"),
        ("Eighty… eighty-six, that's the truck.", "en-US", "86"),
    ],
)
def test_a_ten_started_over_after_a_hesitation(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("twenty, twenty-five", "en-US", "2025"),
        ("Es la cuarenta, cuarenta y dos.", "es-MX", "4042"),
        ("treinta... cuarenta y dos", "es-MX", "3042"),
        ("noventa... noventa", "es-MX", "90"),
    ],
)
def test_chunks_and_other_tens_stay_the_number(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Six thirty-one's my trailer.", "631"),
        ("Seventy-five’s the tractor, yeah.", "75"),
        ("I think 418's the one.", "418"),
        ("Nineteen's mine.", "19"),
    ],
)
def test_is_contracted_onto_a_number(said: str, expected: str) -> None:
    assert extract("integer", said, "en-US") == expected
