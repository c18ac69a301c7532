"""An arrival given as a range ("entre cinco y cinco y media"): the later end, the time the caller can
promise; never the two ends read as one time (5:05)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

AFTERNOON = {"now": "14:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Entre cinco y cinco y media.", "es-MX", "17:30"),
        ("Llego entre las cinco y las seis.", "es-MX", "18:00"),
        ("Entre cinco y media y seis.", "es-MX", "18:00"),
        ("Entre cuatro y cinco de la tarde.", "es-MX", "17:00"),
        ("Between five and five thirty.", "en-US", "17:30"),
        ("Somewhere between 2 and 3 pm.", "en-US", "15:00"),
    ],
)
def test_a_range_gives_its_later_end(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, AFTERNOON) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("A las cinco y diez.", "es-MX", "17:10"),  # "y" inside one time
        ("Five and a half hours from now is too late, I'll be there at six.", "en-US", "18:00"),
        ("Entre semana llego a las cuatro.", "es-MX", "16:00"),  # "entre" that starts no range
    ],
)
def test_not_a_range(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, AFTERNOON) == expected
