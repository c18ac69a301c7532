"""A duration that is the whole answer may be hedged by what the estimate hangs on - a stop, the traffic -
and still counts from now: "Two hours, give or take a break", "Dos horas, depende del tráfico". A duration
that says something else ("I've been driving two hours, give or take a stop") stays no arrival time."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "08:30"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Two hours, give or take a break.", "en-US", "10:30"),
        ("About an hour, depending on traffic.", "en-US", "09:30"),
        ("Forty minutes, plus or minus.", "en-US", "09:10"),
        ("Four hours with a stop.", "en-US", "12:30"),
        ("Unas dos horas, depende del tráfico.", "es-MX", "10:30"),
        ("Hora y media, con todo y paradas.", "es-MX", "10:00"),
        ("Como tres horas si no me paro.", "es-MX", "11:30"),
    ],
)
def test_a_duration_hedged_by_stops_or_traffic_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "from_now"),
    [
        ("I've been driving two hours, give or take a stop.", "en-US", "10:30"),
        ("Llevo tres horas manejando, depende del tráfico.", "es-MX", "11:30"),
    ],
)
def test_a_duration_that_says_something_else_is_not_counted_from_now(text: str, locale: str, from_now: str) -> None:
    assert extract_time(text, locale, NOW) != from_now


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Cuarenta y cinco minutos, si bien me va.", "es-MX", "09:15"),
        ("Hora y media si todo sale bien.", "es-MX", "10:00"),
        ("Como veinte minutos, con suerte.", "es-MX", "08:50"),
        ("Twenty minutes if all goes well.", "en-US", "08:50"),
        ("About an hour, with any luck.", "en-US", "09:30"),
    ],
)
def test_a_duration_hedged_by_luck_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Llevo cincuenta minutos manejando, si bien me va.", "es-MX"),
        ("I've been driving forty minutes, with any luck.", "en-US"),
    ],
)
def test_time_already_driven_hedged_by_luck_stays_no_arrival(text: str, locale: str) -> None:
    assert extract_time(text, locale, NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "con" before a count of stops: the stops are no minutes of the drive
        ("Llego en dos horas con dos paradas.", "10:30"),
        ("En tres horas con una parada.", "11:30"),
        # "con" before minutes, with their unit or alone at the end: hours and minutes
        ("En dos horas con veinte.", "10:50"),
        ("En dos horas con quince minutos.", "10:45"),
        ("En una hora con diez.", "09:40"),
    ],
)
def test_con_joins_minutes_to_the_hours_never_a_count_of_stops(text: str, expected: str) -> None:
    assert extract_time(text, "es-MX", NOW) == expected
