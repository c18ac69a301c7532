import datetime as dt

import pytest

from daisy_engine.understanding import extract, validate_value


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("catorce treinta", "es-MX", "14:30"),
        ("a las dos y media de la tarde", "es-MX", "14:30"),
        ("tres y cuarto", "es-MX", "03:15"),
        ("quince para las cinco", "es-MX", "04:45"),
        ("las cinco menos cuarto", "es-MX", "04:45"),
        ("a las ocho de la noche", "es-MX", "20:00"),
        ("a las doce de la noche", "es-MX", "00:00"),
        ("a las 2 de la madrugada", "es-MX", "02:00"),
        ("mediodía", "es-MX", "12:00"),
        ("medianoche", "es-MX", "00:00"),
        ("a la una y media", "es-MX", "01:30"),
        ("diecisiete horas", "es-MX", "17:00"),
        ("5 pm", "en-US", "17:00"),
        ("five thirty p m", "en-US", "17:30"),
        ("half past three", "en-US", "03:30"),
        ("quarter to five", "en-US", "04:45"),
        ("noon", "en-US", "12:00"),
        ("twelve a m", "en-US", "00:00"),
        ("sixteen hundred", "en-US", "16:00"),
    ],
)
def test_spoken_times_become_24h(text, locale, expected):
    assert extract("time", text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [("25:70", "en-US"), ("a las veinticinco setenta", "es-MX"), ("no sé a qué hora", "es-MX"),
     ("mañana", "es-MX"), ("en dos horas", "es-MX"), ("in a couple hours", "en-US")],
)
def test_invalid_or_missing_times_are_rejected(text, locale):
    assert extract("time", text, locale) is None


def test_durations_become_times_only_with_a_clock():
    assert extract("time", "en dos horas", "es-MX", {"now": "10:15"}) == "12:15"
    assert extract("time", "in half an hour", "en-US", {"now": dt.time(23, 45)}) == "00:15"
    assert extract("time", "en dos horas", "es-MX", {"now": "not a time"}) is None


def test_llm_time_proposals_are_renormalised():
    assert validate_value("time", "14:30", "es-MX") == "14:30"
    assert validate_value("time", "2:30 PM", "en-US") == "14:30"
    assert validate_value("time", dt.time(7, 5), "es-MX") == "07:05"
    assert validate_value("time", "25:00", "es-MX") is None
