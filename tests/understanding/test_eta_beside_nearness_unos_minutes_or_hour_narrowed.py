"""Arrival times said with more around them: the time left beside how near the caller is ("quince minutos, ya veo
la planta", "five minutes, I'm real close"), minutes after the masculine "unos" that only minutes take ("unos
treinta, ya mero"), and a whole hour narrowed after a hesitation ("mmm... a las tres. tres y media"). A count of
something else and a clock time stay what they are."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.time import extract_time

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Quince minutos, ya veo la planta.", "es-MX", "09:15"),
        ("Media hora, ya ando bien cerca.", "es-MX", "09:30"),
        ("Five minutes, I'm real close.", "en-US", "09:05"),
        ("Twenty minutes, I can see the dock from here.", "en-US", "09:20"),
        ("Forty-five minutes, almost there.", "en-US", "09:45"),
        ("Unos treinta, ya mero.", "es-MX", "09:30"),
        ("Pues... unos. Veinte. Ya ando cerca.", "es-MX", "09:20"),
        ("Faltan unos quince.", "es-MX", "09:15"),
        ("Mmm... a las tres. Tres y media, mejor.", "es-MX", "15:30"),
        ("Uh... around four. Four fifteen.", "en-US", "16:15"),
    ],
)
def test_the_arrival_is_heard(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Unos veinte kilómetros y llego.", "es-MX"),
        ("Unos cuarenta carros adelante de mí.", "es-MX"),
        ("Ten minutes, I'm unloading first.", "en-US"),
    ],
)
def test_a_count_of_something_else_is_no_arrival(text: str, locale: str) -> None:
    assert extract_time(text, locale, NOW) is None


def test_a_clock_time_with_nearness_stays_the_clock_time() -> None:
    assert extract_time("Como a las cuatro, ya ando cerca.", "es-MX", NOW) == "16:00"
    assert extract_time("At two thirty, I'm close.", "en-US", NOW) == "14:30"
