"""A time the caller takes back in the same breath: the one said after the "no" is the one meant.

"A las cuatro, no, no, a las cinco" is five o'clock, not four; a "no" with no time after it ("a las
cinco, ¿no?") or before it ("no, a las seis") takes nothing back.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from daisy_engine.understanding import extract

MORNING = {"now": datetime(2030, 1, 7, 9, 0)}


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("A las tres, no, no, a las cuatro", "es-MX", "16:00"),
    ("llego como a las seis, no, como a las seis y media", "es-MX", "18:30"),
    ("No es a las dos, es a las tres de la tarde", "es-MX", "15:00"),
    ("no eran las cinco, sino las cinco y cuarto", "es-MX", "17:15"),
    ("at three, no, no, at four", "en-US", "16:00"),
    ("It's not six, it's six forty-five", "en-US", "18:45"),
])
def test_the_time_after_the_no_is_the_one_meant(text: str, locale: str, expected: str) -> None:
    assert extract("time", text, locale, MORNING) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("a las cuatro, ¿no?", "es-MX", "16:00"),
    ("No, a las seis", "es-MX", "18:00"),
    ("no, no, como a las siete y media", "es-MX", "19:30"),
    ("Sí, no hay problema, a las tres", "es-MX", "15:00"),
    ("at four, right? no problem", "en-US", "16:00"),
])
def test_a_no_without_a_time_on_both_sides_takes_nothing_back(text: str, locale: str, expected: str) -> None:
    assert extract("time", text, locale, MORNING) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("Llego en una hora, no, mejor en dos.", "es-MX", "11:00"),
    ("En una hora, no, en dos horas.", "es-MX", "11:00"),
    ("Como en veinte minutos, digo, en treinta.", "es-MX", "09:30"),
    ("En media hora, no, mejor en cuarenta.", "es-MX", "09:40"),
    ("Media hora, ponle cuarenta.", "es-MX", "09:40"),  # forty minutes: nobody drives forty hours so
    ("In an hour, no, two hours.", "en-US", "11:00"),
    ("In an hour, no, make it two.", "en-US", "11:00"),
    ("In twenty minutes, no, thirty.", "en-US", "09:30"),
])
def test_an_arrival_said_as_a_duration_and_taken_back_is_the_last_one(text: str, locale: str,
                                                                      expected: str) -> None:
    assert extract("time", text, locale, MORNING) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("Llego en una hora, no tengo dos cargas.", "es-MX", "10:00"),  # a count of something else: one hour
    ("En una hora, no, a las once.", "es-MX", "11:00"),  # a clock time after the no is read as it was
    ("In an hour, no sooner.", "en-US", "10:00"),
])
def test_a_no_that_says_no_duration_again_keeps_the_first(text: str, locale: str, expected: str) -> None:
    assert extract("time", text, locale, MORNING) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    # the first said with no unit, the second with more to it ("y media"): no count of minutes taken back
    ("Llego en 5, no, en 5 y media.", "es-MX", "17:30"),
    ("En cinco, no, en cinco y media.", "es-MX", "17:30"),
    # a whole amount said again after a bare first one is still minutes
    ("En diez, no, en veinte.", "es-MX", "09:20"),
    ("In ten, no, twenty.", "en-US", "09:20"),
])
def test_a_bare_first_amount_taken_back_counts_minutes_only_when_said_whole(text: str, locale: str,
                                                                              expected: str) -> None:
    assert extract("time", text, locale, MORNING) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Llego en una hora, no en media hora.", "10:00"),  # "not in half an hour": the hour stands
    ("Llego en una hora, no, en media hora.", "09:30"),  # a pause after the "no": taken back
])
def test_an_arrival_delay_ruled_out_with_no_en_is_no_take_back(text: str, expected: str) -> None:
    # the same reading as a callback's delay ("márcame en una hora, no en media hora" is in an hour)
    assert extract("time", text, "es-MX", MORNING) == expected
