"""Arrival times a caller settles on with a word, and durations of road still ahead.

"Ponle siete", "calcúlale siete", "call it seven", "make it seven", "probably seven": a bare hour the
caller settles the estimate with is a clock time, the next one to come (at 10:47 that is 19:00), as "a las
siete" is; so is one hedged around it ("como siete", "siete más o menos", "seven-ish"). The same words
before a number of hours are a duration from now ("ponle dos horas", "call it two hours"), and a number
that counts something else ("tengo como siete cajas", "maybe seven trucks") is no time at all.

"Dos horas y media de camino todavía", "three more hours of driving", "twenty more minutes": the road
still ahead, counted from now; time already driven ("llevo dos horas de camino") is never the arrival.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Ponle siete.", "es-MX", "19:00"),
        ("Póngale las ocho.", "es-MX", "20:00"),
        ("Calcúlale seis.", "es-MX", "18:00"),
        ("Pues como siete.", "es-MX", "19:00"),
        ("Siete más o menos.", "es-MX", "19:00"),
        ("Échale cinco y media.", "es-MX", "17:30"),
        ("Call it seven.", "en-US", "19:00"),
        ("Make it six thirty.", "en-US", "18:30"),
        ("Probably eight.", "en-US", "20:00"),
        ("Seven-ish.", "en-US", "19:00"),
    ],
)
def test_an_hour_settled_on_with_a_word_is_the_next_one(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, {"now": "10:47"}) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Ponle dos horas.", "es-MX", "12:47"),
        ("Call it two hours.", "en-US", "12:47"),
    ],
)
def test_the_same_words_before_hours_are_a_duration(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, {"now": "10:47"}) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Tengo como siete cajas en el patio.", "es-MX"),
        ("Pon tres cajas.", "es-MX"),
        ("Maybe seven trucks ahead of me.", "en-US"),
    ],
)
def test_trap_a_count_of_things_is_no_time(said: str, locale: str) -> None:
    assert extract_time(said, locale, {"now": "10:47"}) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Dos horas y media de camino todavía.", "es-MX", "11:30"),
        ("Una hora de carretera, más o menos.", "es-MX", "10:00"),
        ("Me quedan dos horas de camino.", "es-MX", "11:00"),
        ("Three more hours of driving, give or take.", "en-US", "12:00"),
        ("Twenty more minutes.", "en-US", "09:20"),
        ("About an hour of driving left.", "en-US", "10:00"),
    ],
)
def test_road_still_ahead_counts_from_now(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, {"now": "09:00"}) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Llevo dos horas de camino, llego a las cinco.", "es-MX", "17:00"),
        ("I've been driving three hours, I'll get there at five.", "en-US", "17:00"),
    ],
)
def test_trap_road_already_driven_is_not_the_arrival(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, {"now": "09:00"}) == expected
