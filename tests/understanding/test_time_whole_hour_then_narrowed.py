"""An hour said whole and then, after a pause, the same hour with its minutes narrows the time down: "Pasado
de las cuatro, como cuatro y veinte", "around six, six fifteen". A part of the day said with the whole hour
still counts; a later time of another hour, or no minutes after, changes nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "10:40"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Pasado de las cuatro, como cuatro y veinte.", "es-MX", "16:20"),
        ("A las ocho de la noche, ocho y media más o menos.", "es-MX", "20:30"),
        ("Por ahí de las tres... tres y cuarto.", "es-MX", "15:15"),
        ("Around six, six fifteen.", "en-US", "18:15"),
        ("Eleven, eleven thirty tops.", "en-US", "11:30"),
    ],
)
def test_the_same_hour_with_minutes_narrows_a_whole_hour(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("A las cuatro, si no hay tráfico.", "es-MX", "16:00"),
        ("A las cuatro y media, cuatro y media.", "es-MX", "16:30"),
        ("At six, six o'clock sharp.", "en-US", "18:00"),
    ],
)
def test_no_minutes_after_a_whole_hour_keep_it(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected
