"""An arrival said as roughly an hour or more from now ("en unas cuatro horas", "in about three hours")
is written down as a listener would, to the nearest five minutes; an exact or short delay stays to the
minute."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(("text", "locale", "now", "expected"), [
    ("Pues en unas cuatro horas.", "es-MX", "09:22", "13:20"),
    ("Como en dos horas llego.", "es-MX", "11:48", "13:50"),
    ("Más o menos en tres horas y media.", "es-MX", "08:01", "11:30"),
    ("In about three hours.", "en-US", "14:58", "18:00"),
    ("Around two hours from now.", "en-US", "10:06", "12:05"),
])
def test_a_rough_delay_of_hours_is_rounded_to_five_minutes(text: str, locale: str, now: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now}) == expected


@pytest.mark.parametrize(("text", "locale", "now", "expected"), [
    ("En cuatro horas.", "es-MX", "09:22", "13:22"),
    ("En unos veinte minutos.", "es-MX", "09:22", "09:42"),
    ("In two hours.", "en-US", "10:06", "12:06"),
])
def test_trap_an_exact_or_short_delay_stays_to_the_minute(text: str, locale: str, now: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now}) == expected
