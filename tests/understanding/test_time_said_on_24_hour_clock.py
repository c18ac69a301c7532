"""A time said on the 24-hour dial is read back on it; one said on the 12-hour dial, or with its part of
the day, is read back as a time of day. The stored value is always HH:MM on 24 hours."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import readback
from daisy_engine.understanding.times import said_on_24_hour_clock


@pytest.mark.parametrize("said", [
    "diecisiete cuarenta y cinco",
    "Dieciséis cuarenta y cinco.",
    "17:45",
    "a las 23:30",
    "veintitrés treinta",
    "llego como a las dieciocho horas",
    "No, diecisiete cuarenta y cinco.",          # a correction: the time after the "no" counts
    "cero horas con quince",
])
def test_a_24_hour_time_is_recognised_as_said_so(said: str) -> None:
    assert said_on_24_hour_clock(said, "es-MX")


@pytest.mark.parametrize("said", [
    "siete cuarenta y cinco",
    "a las cinco cuarenta y cinco de la tarde",
    "5:45 pm",
    "como a las tres y media",
    "llego en dos horas",
    "no sé",
    "",
])
def test_a_12_hour_time_or_no_time_is_not(said: str) -> None:
    assert not said_on_24_hour_clock(said, "es-MX")


@pytest.mark.parametrize(("locale", "said", "expected"), [
    ("es-MX", "diecisiete cuarenta y cinco", "17:45"),
    ("es-MX", "a las cinco cuarenta y cinco de la tarde", "5:45 de la tarde"),
    ("es-MX", None, "5:45 de la tarde"),            # nothing known about how it was said
    ("en-US", "17:45", "17:45"),
    ("en-US", "quarter to six pm", "5:45 PM"),
])
def test_the_readback_follows_how_the_time_was_said(locale: str, said: str | None, expected: str) -> None:
    assert readback("time", "17:45", locale, said=said) == expected


def test_a_whole_24_hour_time_keeps_its_minutes() -> None:
    assert readback("time", "20:00", "es-MX", said="a las veinte horas") == "20:00"
