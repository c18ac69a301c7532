"""A caller who says what time it is for them before a time counted from now ("ahorita son las cuatro,
llego en unas tres horas") is counted from their own clock, not from the call's: they reckoned the
arrival from the time they just said. Without such a statement the call's clock is used."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("text", "locale", "now", "expected"),
    [
        # the caller rounds their clock; the arrival is reckoned from it
        ("Orita son las cuatro, ¿no? Entonces llego en unas tres horas.", "es-MX", "15:52", "19:00"),
        ("Ya son las once y media, me faltan como cuarenta minutos.", "es-MX", "11:26", "12:10"),
        ("Aquí son las dos, llego en una hora y media.", "es-MX", "13:03", "15:30"),
        # their clock on the other half of the day only when they say so
        ("Ahorita son las nueve de la noche, llego en dos horas.", "es-MX", "20:40", "23:00"),
        ("It's four fifteen right now, I'll be there in about an hour.", "en-US", "16:09", "17:15"),
        ("Right now it's 10, so figure two hours.", "en-US", "09:57", "12:00"),
        # the clock stated with no "now" word, at the start of the turn
        ("Es la una, ¿verdad? Llego en dos horas.", "es-MX", "12:58", "15:00"),
        ("It's three, so I'll be there in two hours.", "en-US", "14:52", "17:00"),
    ],
)
def test_a_time_from_now_counts_from_the_callers_clock(text: str, locale: str, now: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now}) == expected


@pytest.mark.parametrize(
    ("text", "locale", "now", "expected"),
    [
        # no clock of their own: the call's
        ("Llego en unas tres horas.", "es-MX", "15:52", "18:52"),
        ("I'll be there in about an hour.", "en-US", "16:09", "17:09"),
        # the time it is, said alone, is still the answer (the caller may be arriving now)
        ("Ahorita son las cuatro.", "es-MX", "15:52", "16:00"),
        # an arrival said as a clock time is the answer whatever time it is now
        ("Ahorita son las cuatro, llego a las seis y cuarto.", "es-MX", "15:52", "18:15"),
        ("Son las cinco cuando salgo de aquí.", "es-MX", "15:52", "17:00"),
    ],
)
def test_without_a_clock_of_their_own_nothing_changes(text: str, locale: str, now: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now}) == expected
