"""Arrival times in three more shapes: a duration hanging on being let through a stop ("hora y media, si me
dejan pasar en el retén", "an hour and a half, if they let me through the checkpoint") counts from now; "una"
said with its minutes is the hour one with no article ("ya mejor ponle una y cuarto", "una menos cuarto"); and a
noon or midnight taken back in words ("at noon... no, make it one fifteen") does not set the half of the day of the
time said after it. "En una y media" (maybe an hour and a half) and "tengo una y media de retraso" are no hour."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Hora y media, si me dejan pasar en el retén.", "es-MX", "10:30"),
        ("Dos horas, si me dejan pasar en el retén.", "es-MX", "11:00"),
        ("En una hora, si me sueltan rápido en la aduana.", "es-MX", "10:00"),
        ("Tres horas si nos checan rápido.", "es-MX", "12:00"),
        ("An hour and a half, if they let me through the checkpoint.", "en-US", "10:30"),
        ("Two hours if customs waves us on.", "en-US", "11:00"),
        # a clock time with the condition stays that time
        ("Como a las cinco, si me dejan pasar en el retén.", "es-MX", "17:00"),
    ],
)
def test_a_duration_hanging_on_being_let_through_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eh, a las doce... no, no, ya mejor ponle una y cuarto.", "13:15"),
        ("Una y cuarto.", "13:15"),
        ("No, mejor una y media.", "13:30"),
        ("A las doce, no, una y diez.", "13:10"),
        ("Una menos cuarto.", "12:45"),
        ("Una y 20.", "13:20"),
    ],
)
def test_one_said_with_its_minutes_is_the_hour_one(text: str, expected: str) -> None:
    assert extract_time(text, "es-MX", NOW) == expected


@pytest.mark.parametrize("text", ["Llego en una y media.", "Tengo una y media de retraso.",
                                  # what is left of the drive, or hours of the road: no one o'clock
                                  "Me faltan una y media.", "Nos quedan una y cuarto, más o menos.",
                                  "Como una y media de camino.", "Son una y veinte de aquí.",
                                  "Una y media hora.", "Una y media manejando."])
def test_one_and_a_half_after_en_or_a_delay_is_no_hour(text: str) -> None:
    assert extract_time(text, "es-MX", NOW) is None


def test_one_and_a_half_saying_a_duration_again_leaves_the_duration() -> None:
    assert extract_time("Me faltan unas dos horas, una y media.", "es-MX", NOW) == "11:00"


def test_one_with_its_minutes_told_by_its_zone_is_the_hour_one() -> None:
    assert extract_time("Una y media, hora del centro.", "es-MX", NOW) == "13:30"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("At noon... no, no, make it one fifteen.", "en-US", "13:15"),
        ("Noon, no, one fifteen.", "en-US", "13:15"),
        ("Around noon, let's say one thirty.", "en-US", "13:30"),
        ("Al mediodía... no, mejor a la una y cuarto.", "es-MX", "13:15"),
        ("A mediodía, no, ponle una y media.", "es-MX", "13:30"),
    ],
)
def test_noon_taken_back_leaves_the_half_of_the_day_to_the_time_after(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("No, mejor hora y media.", "es-MX", "10:30"),
        ("No, hora y media.", "es-MX", "10:30"),
        ("Mejor dos horas.", "es-MX", "11:00"),
        ("No, mejor hora y media, si me dejan pasar en el retén.", "es-MX", "10:30"),
        ("No, an hour and a half.", "en-US", "10:30"),
        ("No, actually two hours.", "en-US", "11:00"),
        # a clock time after the "no" stays that time, and "diez horas" alone is the 24-hour dial
        ("No, at two.", "en-US", "14:00"),
        ("Diez horas.", "es-MX", "10:00"),
    ],
)
def test_a_duration_said_after_no_or_rather_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected
