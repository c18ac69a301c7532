"""An arrival time said together with the time it is now ("si ahorita son las dos, como a las cuatro"):
the arrival is the answer; the current time only places it. Said alone, the time is the answer."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

AFTERNOON = {"now": "14:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Pues si ahorita son las dos, como a las cuatro.", "es-MX", "16:00"),
        ("Ahorita son las tres y media, llego como a las seis.", "es-MX", "18:00"),
        ("Ya son las dos, yo creo que a las cinco y cuarto.", "es-MX", "17:15"),
        ("Si ahorita son las dos, en dos horas.", "es-MX", "16:00"),
        ("It's 2 now, so around 4.", "en-US", "16:00"),
        ("Right now it's two fifteen, I'll be there by six.", "en-US", "18:00"),
        ("Right now it's ten thirty, I'll be there at noon.", "en-US", "12:00"),
    ],
)
def test_the_arrival_not_the_current_time(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, AFTERNOON) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # nothing but the current time: that may be the answer ("llego ya, son las dos")
        ("Ahorita son las dos.", "es-MX", "14:00"),
        # a time after "son las" that is not about now is the answer
        ("Llego a las cinco.", "es-MX", "17:00"),
        ("Son las cuatro cuando llego.", "es-MX", "16:00"),
    ],
)
def test_a_time_said_alone_is_the_answer(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, AFTERNOON) == expected
