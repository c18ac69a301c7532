"""An arrival said as a range of durations, or a duration with a hedged second figure, is the later one.

"Entre dos y tres horas" is two durations, not the clock time 2:03; "in two hours, probably three" settles on
three hours from now, never on three o'clock. A hedge after a clock time ("a las cinco, tal vez seis") does
not replace it with a bare hour of another half of the day. Ranges already take the later end ("en dos o tres
horas"), so these do too.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "06:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("entre dos y tres horas", "es-MX", "09:00"),
        ("Llego entre dos y tres horas, más o menos.", "es-MX", "09:00"),
        ("entre veinte y treinta minutos", "es-MX", "06:30"),
        ("between two and three hours", "en-US", "09:00"),
        ("in two hours, probably three", "en-US", "09:00"),
        ("two hours, maybe three", "en-US", "09:00"),
        ("Como en dos horas, tal vez tres.", "es-MX", "09:00"),
        ("en dos horas, probablemente tres", "es-MX", "09:00"),
        ("twenty minutes, maybe thirty", "en-US", "06:30"),
        # traps: clock times stay clock times
        ("a las dos y tres", "es-MX", "14:03"),
        ("dos y diez", "es-MX", "14:10"),
        ("at five, probably six", "en-US", "17:00"),
        ("a las cinco, tal vez cinco y media", "es-MX", "17:30"),
        ("en dos o tres horas", "es-MX", "09:00"),
    ],
)
def test_range_or_hedged_second_figure_is_the_later_duration(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected
