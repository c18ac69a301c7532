""""It's one of the new ones", "es uno de los nuevos": one of a group, no number - the caller has none to
give ("they haven't numbered it yet"). Said after what it numbers ("la caja uno de las nuevas", "number one
of the fleet") or inside a number ("ciento uno de los nuevos"), it stays the number."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("It's one of the new ones, they haven't numbered it yet.", "en-US"),
        ("One of those rentals, it's got no number.", "en-US"),
        ("Es uno de los nuevos, todavía no le ponen número.", "es-MX"),
        ("Es una de esas cajas rentadas, no trae número.", "es-MX"),
    ],
)
def test_one_of_a_group_is_no_number(said: str, locale: str) -> None:
    assert extract("integer", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es la caja uno de las nuevas.", "es-MX", "1"),
        ("Ciento uno de los nuevos.", "es-MX", "101"),
        ("Number one of the fleet.", "en-US", "1"),
        ("One of those, number forty-five.", "en-US", "45"),
    ],
)
def test_trap_a_number_said_with_what_it_numbers_stays(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected
