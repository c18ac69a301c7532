"""How many of a letter a name or an address has ("Villa, con dos eles", "Guerra con dos erres", "Matthew with two
Ts") is said of its spelling, never a number: a unit number hears no digit in it, and a number said beside it is
the number alone ("cincuenta y ocho, Villa con dos eles" is 58, never 582). A count said of anything else ("dos",
"two is the one") is still a number."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

_UNIT = {"leading_zeros": True, "min": 0, "max": 999999}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Con dos eles, Villa.", "es-MX"),
        ("Guerra, con dos erres.", "es-MX"),
        ("Lleva dos tes, Mattei.", "es-MX"),
        ("Son tres eses, eh.", "es-MX"),
        ("Villa with two L's.", "en-US"),
        ("Matthew, with two Ts.", "en-US"),
        ("Bennett has two tees.", "en-US"),
    ],
)
def test_a_letter_counted_is_no_unit_number(text: str, locale: str) -> None:
    assert extract("integer", text, locale, _UNIT) is None


@pytest.mark.parametrize(
    ("text", "locale", "number"),
    [
        ("Cincuenta y ocho, Villa con dos eles.", "es-MX", "58"),
        ("El ciento doce, Guerra con dos erres.", "es-MX", "112"),
        ("Fifty eight, Villa with two L's.", "en-US", "58"),
        # a count said of no letter is the number
        ("Dos.", "es-MX", "2"),
        ("Dos, el dos.", "es-MX", "2"),
        ("Two is my truck.", "en-US", "2"),
        ("Number two as well.", "en-US", "2"),
        # "¿ves?" is "you see", no count of Vs; the end of a bigger number is that number's, never a count
        ("El doce, ¿ves?", "es-MX", "12"),
        ("Es el dos, ¿ves?", "es-MX", "2"),
        ("Cincuenta y dos, ¿ves?", "es-MX", "52"),
        ("Ochenta y tres, tes.", "es-MX", "83"),
        ("Seventy two, tees.", "en-US", "72"),
        ("It's forty three, Ls.", "en-US", "43"),
    ],
)
def test_a_number_beside_a_letter_count_is_that_number(text: str, locale: str, number: str) -> None:
    assert extract("integer", text, locale, _UNIT) == number
