"""Two ETA shapes: noon gone by said beside the hour ("Llego a las. Tres. Pasado el mediodía, a las tres.",
"después del mediodía, como a las dos y media", "around three, after noon") is the afternoon, never 3 a.m. - while
"antes del mediodía" keeps the morning; and a duration with being there said after it ("Calculo cuarenta minutos
para estar allá", "figure forty minutes to be there") is the time left."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("text", "locale", "time"),
    [
        ("Llego a las. Tres. Pasado el mediodía, a las tres.", "es-MX", "15:00"),
        ("A las tres, pasado el mediodía.", "es-MX", "15:00"),
        ("Después del mediodía, como a las dos y media.", "es-MX", "14:30"),
        ("Around three, after noon.", "en-US", "15:00"),
        ("A little past noon, like two.", "en-US", "14:00"),
        # trap: before noon is the morning
        ("Antes del mediodía, a las once.", "es-MX", "11:00"),
    ],
)
def test_noon_gone_by_makes_the_hour_the_afternoon(text: str, locale: str, time: str) -> None:
    assert extract_time(text, locale, NOW) == time


@pytest.mark.parametrize(
    ("text", "locale", "time"),
    [
        ("Calculo cuarenta minutos para estar allá.", "es-MX", "09:40"),
        ("Como hora y media pa estar con ustedes.", "es-MX", "10:30"),
        ("Figure forty minutes to be there.", "en-US", "09:40"),
    ],
)
def test_a_duration_to_be_there_is_the_time_left(text: str, locale: str, time: str) -> None:
    assert extract_time(text, locale, NOW) == time


@pytest.mark.parametrize(
    ("text", "locale", "time"),
    [
        # noon gone by said of something else after a morning hour: the morning hour stands
        ("A las nueve, después del mediodía descargo.", "es-MX", "09:00"),
        ("Ocho y media, luego del mediodía paso a comer.", "es-MX", "08:30"),
        ("Llego a las diez y ya pasado el mediodía me voy.", "es-MX", "10:00"),
        ("At nine, then after noon I unload.", "en-US", "09:00"),
        ("Around ten thirty, after noon I'm heading out.", "en-US", "10:30"),
        # ... and an hour that can follow noon still takes it
        ("A la una y media, pasado el mediodía.", "es-MX", "13:30"),
        ("Like four, after noon.", "en-US", "16:00"),
    ],
)
def test_noon_gone_by_moves_only_an_hour_that_can_follow_noon(text: str, locale: str, time: str) -> None:
    assert extract_time(text, locale, NOW) == time
