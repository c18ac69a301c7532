"""A time from now whose unit goes unsaid ("should be there in forty-five", "llego en unos veinte") is
minutes, as people say them; so are hours and minutes said without "y"/"and" ("in an hour fifteen", "en
dos horas diez"). A number of hours is never left unsaid: "in two" stays unread, and so does a number
with no "in"/"en" before it."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

MORNING = {"now": "08:30"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("I'll roll in in thirty-five.", "en-US", "09:05"),
        ("Be there in like fifteen.", "en-US", "08:45"),
        ("Ahí llego en unos veinticinco.", "es-MX", "08:55"),
        ("Dentro de diez, ya voy entrando.", "es-MX", "08:40"),
        ("In an hour ten, maybe.", "en-US", "09:40"),
        ("In two hours twenty.", "en-US", "10:50"),
        ("Llego en una hora quince.", "es-MX", "09:45"),
        ("En tres horas cinco minutos.", "es-MX", "11:35"),
    ],
)
def test_minutes_left_unsaid(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, MORNING) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("In two.", "en-US", None),  # two what? hours or minutes: asked again
        ("En dos.", "es-MX", None),
        ("Forty-five.", "en-US", None),  # no "in": not a time from now
        ("At nine forty-five.", "en-US", "09:45"),  # a clock time stays one
        ("En la tarde, a las cinco veinte.", "es-MX", "17:20"),
        ("Like twenty minutes.", "en-US", "08:50"),
    ],
)
def test_not_minutes_from_now(text: str, locale: str, expected: str | None) -> None:
    assert extract_time(text, locale, MORNING) == expected
