"""A caller may give the arrival as how far away they are in time, the way drivers do: "ando a hora y
media del destino", "estoy como a dos horas de la entrega", "we're two hours from the drop". That is a
time from now, counted from the call's clock - never an hour of the clock ("a dos horas" is not 02:00).
Time already spent somewhere stays no arrival time."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("text", "locale", "now", "expected"),
    [
        ("Ya ando a hora y media de la descarga, más o menos.", "es-MX", "08:15", "09:45"),
        ("Estoy como a dos horas de la entrega.", "es-MX", "13:00", "15:00"),
        ("Me encuentro a tres horas de ahí.", "es-MX", "06:30", "09:30"),
        ("Estamos a media hora del cliente.", "es-MX", "17:10", "17:40"),
        ("Andamos a unos cuarenta minutos de la bodega.", "es-MX", "10:00", "10:40"),
        ("Voy a dos horas de llegar.", "es-MX", "11:20", "13:20"),
        ("Estoy a dos horas.", "es-MX", "09:05", "11:05"),
        ("We're two hours from the drop.", "en-US", "12:00", "14:00"),
        ("I'm forty minutes from the warehouse.", "en-US", "07:00", "07:40"),
        ("Probably about an hour and a half from the destination.", "en-US", "15:30", "17:00"),
    ],
)
def test_how_far_away_in_time_is_a_time_from_now(text: str, locale: str, now: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now}) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Llevo dos horas de camino desde la bodega.", "es-MX"),
        ("Salí hace hora y media del patio.", "es-MX"),
        ("I left the yard two hours ago.", "en-US"),
    ],
)
def test_time_already_driven_is_no_arrival(text: str, locale: str) -> None:
    assert extract_time(text, locale, {"now": "09:00"}) is None
