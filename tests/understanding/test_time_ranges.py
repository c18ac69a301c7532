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


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # "o"/"or", "de ... a", "from ... to": a range too, the later end
        ("Como a las cuatro o cuatro y media.", "es-MX", "16:30"),
        ("Seis o siete de la tarde.", "es-MX", "19:00"),
        ("A las tres o a las tres y cuarto.", "es-MX", "15:15"),
        ("Pues de siete a ocho.", "es-MX", "20:00"),
        ("Desde las cuatro hasta las cinco.", "es-MX", "17:00"),
        ("From six to six thirty.", "en-US", "18:30"),
        ("Three or four, depends on the dock.", "en-US", "16:00"),
        # a range of durations from now: the longer one
        ("En tres o cuatro horas.", "es-MX", "18:00"),
        ("In like twenty or thirty minutes.", "en-US", "14:30"),
    ],
)
def test_other_ranges_give_their_later_end(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, AFTERNOON) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ten to six.", "en-US", "17:50"),  # "to" without "from" is minutes before the hour
        ("A las seis de la tarde, más o menos.", "es-MX", "18:00"),  # "o" of "más o menos"
        # two times with no joining word: the first is the answer (a read-back lets the caller narrow it)
        ("Como a las tres y media, cuatro.", "es-MX", "15:30"),
        # "de" before a time is no range without "a" after it
        ("A las cinco de la tarde.", "es-MX", "17:00"),
        # a second time long after the first is no range of "o"
        ("A las cuatro o a las ocho.", "es-MX", "16:00"),
    ],
)
def test_words_that_look_like_a_range(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, AFTERNOON) == expected
