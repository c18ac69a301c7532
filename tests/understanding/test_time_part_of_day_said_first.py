"""The part of the day said before the hour, in other words than "de la noche": "ya entrada la noche,
como a las diez" is 22:00; "buenas noches" is a greeting and changes nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("text", "locale", "time"),
    [
        ("Ya entrada la noche, a eso de las diez.", "es-MX", "22:00"),
        ("Ya de noche, como a las ocho y media.", "es-MX", "20:30"),
        ("Entrada la tarde, tipo a las cuatro.", "es-MX", "16:00"),
        ("De tarde, a las tres.", "es-MX", "15:00"),
        ("Late evening, around eight.", "en-US", "20:00"),
        ("After dark, about nine thirty.", "en-US", "21:30"),
        # traps
        ("Buenas noches, llego a las siete y media.", "es-MX", "07:30"),
        ("Como a las nueve de la mañana.", "es-MX", "09:00"),
    ],
)
def test_part_of_day_before_the_hour(text: str, locale: str, time: str) -> None:
    assert extract_time(text, locale) == time
