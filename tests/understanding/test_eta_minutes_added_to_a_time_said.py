"""Minutes added to a time already said are that time plus them, never a duration from the call's clock: at the
read-back of "A las tres" (15:00) "y cinco minutos más" is 15:05, "otros diez minutos" 15:10, "and five more
minutes" 3:05 PM; in the same breath "a las tres y cinco minutos más" is 15:05 too. A duration counted from now
("en veinte minutos", "in twenty minutes") is still the time from now, a delay ("con diez minutos de retraso")
or a few minutes with no number ("y unos minutos más") leaves the time read back as it was, and "y cinco minutos"
at 3:30 (3:35? 3:05?) is not added.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time
from daisy_engine.understanding.types.time import TYPE

NOW = {"now": "09:00"}


def _after(locale: str, *turns: str) -> str | None:
    acc = TYPE.start(locale, NOW)
    for turn in turns:
        acc.feed(turn)
    return acc.value


@pytest.mark.parametrize(
    ("first", "then", "locale", "expected"),
    [
        ("A las tres", "y cinco minutos más", "es-MX", "15:05"),
        ("A las tres", "cinco minutos más.", "es-MX", "15:05"),
        ("A las tres y media", "y diez minutos más", "es-MX", "15:40"),
        ("A las cuatro y media", "unos diez minutos más tarde", "es-MX", "16:40"),
        ("A las tres", "otros diez minutos", "es-MX", "15:10"),
        ("Como a las once", "y media hora más", "es-MX", "11:30"),
        ("A las siete de la noche", "una hora más", "es-MX", "20:00"),
        ("At three", "and five more minutes", "en-US", "15:05"),
        ("At three", "plus ten minutes", "en-US", "15:10"),
        ("At three", "maybe ten minutes later", "en-US", "15:10"),
        ("3:30", "and fifteen minutes more", "en-US", "15:45"),
        ("Around eleven", "another half hour", "en-US", "11:30"),
    ],
)
def test_minutes_more_at_a_time_read_back_are_added_to_it(first: str, then: str, locale: str,
                                                          expected: str) -> None:
    assert _after(locale, first, then) == expected


@pytest.mark.parametrize(
    ("first", "then", "locale", "expected"),
    [
        ("A las tres", "en veinte minutos", "es-MX", "09:20"),  # from now: a time of its own
        ("At three", "in twenty minutes", "en-US", "09:20"),
        ("A las tres", "con diez minutos de retraso", "es-MX", "15:00"),  # a delay: read back again
        ("A las tres", "y unos minutos más", "es-MX", "15:00"),  # no number: read back again
        ("At three", "and a few more minutes", "en-US", "15:00"),
        ("A las tres", "más o menos", "es-MX", "15:00"),
        ("A las tres y media", "y cinco minutos", "es-MX", "15:30"),  # 3:35 or 3:05? read back again
    ],
)
def test_no_clock_time_is_made_of_a_duration_at_a_time_read_back(first: str, then: str, locale: str,
                                                                 expected: str) -> None:
    assert _after(locale, first, then) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("A las tres y cinco minutos más.", "es-MX", "15:05"),
        ("A las tres, otros diez minutos.", "es-MX", "15:10"),
        ("A las cinco, ponle media hora más.", "es-MX", "17:30"),
        ("At three plus ten minutes.", "en-US", "15:10"),
        ("At 3, maybe ten minutes later.", "en-US", "15:10"),
        # not added: a range's hedge, the hour said as now, road still ahead
        ("A las cinco, diez minutos más o menos.", "es-MX", "17:00"),
        ("Faltan dos horas más.", "es-MX", "11:00"),
        ("Three more hours.", "en-US", "12:00"),
    ],
)
def test_a_time_with_minutes_added_in_the_same_breath_is_their_sum(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, NOW) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Llego a las cinco, o sea en dos horas más.", "es-MX", "17:00"),
        ("A las cinco, como en dos horas más.", "es-MX", "17:00"),
        ("A las cinco, dentro de una hora más.", "es-MX", "17:00"),
        ("A las cuatro, ya nomás me faltan dos horas más.", "es-MX", "16:00"),
        ("At five, that's two hours more.", "en-US", "17:00"),
        ("At five, so about two more hours.", "en-US", "17:00"),
        ("At five, I've got two more hours of driving.", "en-US", "17:00"),
    ],
)
def test_a_time_with_the_road_still_ahead_said_after_it_is_the_time_said(said: str, locale: str,
                                                                           expected: str) -> None:
    """The hours still to drive said after the arrival time are how long it takes to get there at that time,
    never hours on top of it (a dispatcher hears 5 p.m., not 7 p.m.)."""
    assert extract_time(said, locale, NOW) == expected
