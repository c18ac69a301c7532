"""Asked when they will arrive, a caller who answers with a duration alone means from now.

"Forty-five minutes, give or take", "Dos horas, más o menos", "Una hora y media": the whole answer is how
long, with at most a hedge around it. A duration inside a sentence that says something else ("llevo dos
horas manejando") is not an arrival time, and "diecisiete horas" said alone is the hour on the 24-hour dial.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "10:20"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Forty-five minutes, give or take.", "en-US", "11:05"),
        ("Thirty minutes.", "en-US", "10:50"),
        ("Uh, two hours, more or less.", "en-US", "12:20"),
        ("An hour and a half, maybe.", "en-US", "11:50"),
        ("Veinte minutos.", "es-MX", "10:40"),
        ("Pues, dos horas más o menos.", "es-MX", "12:20"),
        ("Hora y media, aproximadamente.", "es-MX", "11:50"),
        ("Unos cuarenta minutos, si no hay tráfico.", "es-MX", "11:00"),
    ],
)
def test_a_duration_that_is_the_whole_answer_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Diecisiete horas.", "es-MX", "17:00"),  # the 24-hour dial, not a day's drive
        ("Catorce horas", "es-MX", "14:00"),
        ("Twenty minutes ago.", "en-US", None),  # the past is no arrival
        ("Hace media hora.", "es-MX", None),
        ("A las cinco y cuarto de la tarde.", "es-MX", "17:15"),
    ],
)
def test_what_is_not_a_duration_from_now_stays_as_it_was(text: str, locale: str, expected: str | None) -> None:
    assert extract_time(text, locale, NOW) == expected
