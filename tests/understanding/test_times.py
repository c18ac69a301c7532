import datetime as dt

import pytest

from daisy_engine.understanding import (
    extract,
    readback,
    validate_value,
)
from daisy_engine.understanding.times import moved_to_day_part


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("catorce treinta", "es-MX", "14:30"),
        ("a las dos y media de la tarde", "es-MX", "14:30"),
        ("tres y cuarto", "es-MX", "03:15"),
        ("a las tres y tres cuartos", "es-MX", "03:45"),  # minute 45, never 3:03
        ("como a las ocho y tres cuartos de la noche", "es-MX", "20:45"),
        ("las dos con tres cuartos", "es-MX", "02:45"),
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


@pytest.mark.parametrize(
    ("now", "text", "locale", "expected"),
    [
        ("08:17", "4:15", "en-US", "16:15"),
        ("08:17", "around five", "en-US", "17:00"),
        ("08:17", "quarter to six", "en-US", "17:45"),
        ("08:17", "like 1", "en-US", "13:00"),
        ("08:17", "10", "en-US", "10:00"),
        ("08:17", "a las cuatro y cuarto", "es-MX", "16:15"),
        ("08:17", "como a las 9", "es-MX", "09:00"),
        ("15:00", "4", "en-US", "16:00"),
        ("15:00", "2", "en-US", "02:00"),  # 14:00 has passed: the next 2 o'clock is after midnight
        ("15:00", "at 10", "en-US", "22:00"),
        ("23:30", "at 4:15", "en-US", "04:15"),
        ("10:00", "10", "en-US", "10:00"),  # now itself counts
        # never shifted: 24-hour forms, zero padding, 12, explicit markers, another day
        ("08:17", "16:15", "en-US", "16:15"),
        ("08:17", "dieciséis quince", "es-MX", "16:15"),
        ("15:00", "04:15", "en-US", "04:15"),
        ("15:00", "diez horas", "es-MX", "10:00"),
        ("15:00", "12:30", "en-US", "12:30"),
        ("15:00", "at 5 am", "en-US", "05:00"),
        ("15:00", "a las 5 de la mañana", "es-MX", "05:00"),
        ("08:17", "at 5 pm", "en-US", "17:00"),
        ("15:00", "mañana a las 5", "es-MX", "05:00"),
        ("15:00", "tomorrow at 10", "en-US", "10:00"),
        ("15:00", "at noon", "en-US", "12:00"),
        ("08:17", "in two hours", "en-US", "10:17"),
    ],
)
def test_bare_times_are_the_next_occurrence(now, text, locale, expected):
    assert extract("time", text, locale, {"now": now}) == expected


def test_bare_times_without_a_clock_are_as_said():
    assert extract("time", "4:15", "en-US") == "04:15"
    assert extract("time", "around five", "en-US") == "05:00"
    assert extract("time", "a las cuatro y cuarto", "es-MX") == "04:15"


def test_next_occurrence_accepts_datetime_now_and_validate_is_idempotent():
    now = dt.datetime(2024, 5, 1, 15, 0)
    assert extract("time", "4", "en-US", {"now": now}) == "16:00"
    assert extract("time", "4", "en-US", {"now": dt.time(15, 0)}) == "16:00"
    for value in ("16:00", "02:00", "04:15"):  # a normal form never moves again
        assert validate_value("time", value, "en-US", {"now": now}) == value


NOW = {"now": "10:00"}


DURATIONS = [
    ("pues en unas dos horas y media", "es-MX", "12:30"),
    ("en una hora y cuarto", "es-MX", "11:15"),
    ("como en tres horas y cuarto", "es-MX", "13:15"),
    ("dentro de hora y media", "es-MX", "11:30"),
    ("me faltan unas dos horas", "es-MX", "12:00"),
    ("unos veinte minutitos", "es-MX", "10:20"),
    ("en tres cuartos de hora", "es-MX", "10:45"),
    ("en un par de horas", "es-MX", "12:00"),
    ("in about two hours", "en-US", "12:00"),
    ("in two and a half hours", "en-US", "12:30"),
    ("in an hour and a quarter", "en-US", "11:15"),
    ("about three hours and a half", "en-US", "13:30"),
    ("i'm two hours out", "en-US", "12:00"),
]


_NEXT_AT_TEN = {
    "a las dos y media": "14:30",
    "at two thirty": "14:30",
    "a las cinco, en unas dos horas": "17:00",
    "a las 5": "17:00",
    "at 5": "17:00",
}


@pytest.mark.parametrize(("text", "locale", "with_now"), DURATIONS)
def test_durations_need_a_clock(text, locale, with_now):
    assert extract("time", text, locale) is None
    assert extract("time", text, locale, NOW) == with_now


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # look-alikes: clock times with "horas"/"y media" that must stay clock times
        ("a las dos y media", "es-MX", "02:30"),
        ("a las dos y media de la tarde", "es-MX", "14:30"),
        ("diecisiete horas", "es-MX", "17:00"),
        ("a las veintiún horas", "es-MX", "21:00"),
        ("at two thirty", "en-US", "02:30"),
        # a clock time said with a duration: the clock time wins
        ("a las cinco, en unas dos horas", "es-MX", "05:00"),
        # the part of day
        ("at 5 tonight", "en-US", "17:00"),
        ("tonight at 7", "en-US", "19:00"),
        ("esta noche a las 9", "es-MX", "21:00"),
        ("a las 5 de la noche", "es-MX", "17:00"),
        ("hoy en la tarde a las 4", "es-MX", "16:00"),
        ("a las 5 de la madrugada", "es-MX", "05:00"),
        ("a las 5", "es-MX", "05:00"),  # bare: as said; the flow asks am/pm
        ("at 5", "en-US", "05:00"),
        ("a las 2 de la noche", "es-MX", "02:00"),
        ("at midnight", "en-US", "00:00"),
    ],
)
def test_clock_times_and_day_parts(text, locale, expected):
    assert extract("time", text, locale) == expected
    # With a clock, a bare 12-hour time is its next occurrence (at 10:00, "a las 5" is 17:00)
    assert extract("time", text, locale, NOW) == _NEXT_AT_TEN.get(text, expected)


def test_time_readback_is_twelve_hour_as_callers_say_it():
    assert readback("time", "17:45", "en-US") == "5:45 PM"
    assert readback("time", "17:00", "en-US") == "5 PM"
    assert readback("time", "00:30", "en-US") == "12:30 AM"
    assert readback("time", "12:00", "en-US") == "12 PM"
    assert readback("time", "17:45", "es-MX") == "5:45 de la tarde"
    assert readback("time", "05:00", "es-MX") == "5 de la madrugada"
    assert readback("time", "07:15", "es-MX") == "7:15 de la mañana"
    assert readback("time", "21:30", "es-MX") == "9:30 de la noche"
    assert readback("time", "not a time", "es-MX") == "not a time"


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
@pytest.mark.parametrize("hour", range(24))
def test_time_readback_round_trips(locale, hour):
    for minute in (0, 5, 45):
        value = f"{hour:02d}:{minute:02d}"
        assert extract("time", readback("time", value, locale), locale) == value


def test_now_option_types_still_work():
    assert extract("time", "en unas dos horas y media", "es-MX", {"now": dt.time(22, 0)}) == "00:30"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("mañana a las 8", "es-MX", "08:00"),  # another day: as said
        ("mañana ya llego como a las ocho", "es-MX", "08:00"),
        ("a las 8 mañana", "es-MX", "08:00"),
        ("tomorrow at 8", "en-US", "08:00"),
        ("tomorrow, probably around 8", "en-US", "08:00"),
        # "mañana" about something else in the turn: the arrival is today's next 4 o'clock
        ("llego a las 4, y mañana descargo", "es-MX", "16:00"),
        ("a las cuatro llego, pero mañana salgo temprano", "es-MX", "16:00"),
        ("I'll be there at 4 and tomorrow I unload", "en-US", "16:00"),
        # "mañana temprano", "tempranito", "early morning": the morning, even with "y cuarto" between
        ("a las seis y cuarto, mañana temprano", "es-MX", "06:15"),
        ("mañana muy temprano, a eso de las seis y media", "es-MX", "06:30"),
        ("llego tempranito, como a las siete y media", "es-MX", "07:30"),
        ("six fifteen, early morning", "en-US", "06:15"),
        # "más temprano" is earlier than another time, no half of the day
        ("a las seis y media o más temprano", "es-MX", "18:30"),
        # twelve said early in the day is noon, never midnight (tonight is no "mañana temprano")
        ("mañana temprano, a las doce", "es-MX", "12:00"),
        ("tempranito, como a las doce y media", "es-MX", "12:30"),
        ("tomorrow morning, around 12", "en-US", "12:00"),
        ("early morning at twelve thirty", "en-US", "12:30"),
    ],
)
def test_tomorrow_keeps_a_time_as_said_only_when_it_goes_with_the_time(text, locale, expected):
    assert extract("time", text, locale, {"now": "14:00"}) == expected


@pytest.mark.parametrize(
    ("value", "text", "locale", "expected"),
    [
        ("07:00", "no, de la noche", "es-MX", "19:00"),
        ("19:30", "de la mañana", "es-MX", "07:30"),
        ("05:15", "es por la tarde", "es-MX", "17:15"),
        ("12:30", "de la noche", "es-MX", "00:30"),
        ("07:00", "in the evening", "en-US", "19:00"),
        ("20:00", "no, a.m.", "en-US", "08:00"),
        # traps: a time of its own, or no half of the day named
        ("07:00", "no, a las ocho de la noche", "es-MX", None),
        ("07:00", "no", "es-MX", None),
        ("07:00", "mañana temprano", "es-MX", None),
        ("07:00", "seven at night", "en-US", None),
    ],
)
def test_half_of_the_day_corrected_without_the_hour(value: str, text: str, locale: str, expected: str | None) -> None:
    assert moved_to_day_part(value, text, locale) == expected
