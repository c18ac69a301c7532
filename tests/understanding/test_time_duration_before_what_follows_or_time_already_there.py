"""Hours said before what the caller will be or do once they have gone by ("dos horas y estoy libre", "tres
horas y termino", "two hours and I'm free") are a span of time, no arrival unless the arrival is what follows
("tres horas y llego"): never the hour of the clock the count names said alone ("dos horas" alone is 2:00 on
the 24-hour dial, "diecisiete horas y llego" 17:00). The time the caller has already been there ("ya tengo
media hora y estoy en el patio") is no time still to come. A time read back at one o'clock says "a la 1",
every other hour "a las"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.normalize import lang_of
from daisy_engine.understanding.readback import time_at, time_readback
from daisy_engine.understanding.times import extract_time

NOW = {"now": "10:00"}


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Tres horas y estoy libre."),
        ("es-MX", "cuatro horas y termino"),
        ("es-MX", "dos horas y media y ya salgo"),
        ("es-MX", "Cinco horas y me desocupo"),
        ("en-US", "Three hours and I'm free."),
        ("en-US", "four hours and I'll be done"),
        ("es-MX", "tres horas y le marco"),  # a call to someone is no arrival
        ("es-MX", "tres horas y le entro a descargar"),
    ],
)
def test_hours_before_what_the_caller_does_then_are_no_hour_of_the_clock(locale: str, text: str) -> None:
    # a span of time, not the arrival (what the caller does then is no arrival), and never 3:00 or 4:00
    assert extract_time(text, locale, NOW) is None


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("es-MX", "Tres horas y llego.", "13:00"),
        ("es-MX", "tres horas y estoy libre, y a las cinco de la tarde llego", "17:00"),
        ("en-US", "three hours and I'll be there", "13:00"),
        # the arrival said with whom it reaches ("le llego", "te caigo") or as going on ("I'm arriving")
        ("es-MX", "Tres horas y le llego.", "13:00"),
        ("es-MX", "unas tres horas y ya te caigo", "13:00"),
        ("en-US", "three hours and I'm arriving", "13:00"),
    ],
)
def test_hours_before_the_arrival_or_beside_a_clock_time_are_read_as_before(locale: str, text: str,
                                                                              expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("es-MX", "tres horas", "03:00"),  # said alone: the hour on the 24-hour dial
        ("es-MX", "diecisiete horas y llego", "17:00"),
        ("es-MX", "a las tres y media y estoy libre", "15:30"),  # a clock time, with its minutes
        ("en-US", "seventeen hours and I'm there", "17:00"),
    ],
)
def test_hours_said_alone_or_past_the_dial_stay_the_hour(locale: str, text: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    "text",
    ["Ya tengo una hora y estoy en el patio.", "ya tengo como media hora aquí", "Ya traigo cuarenta minutos aquí."],
)
def test_time_already_spent_there_is_no_time_to_come(text: str) -> None:
    assert extract_time(text, "es-MX", NOW) is None


def test_time_still_to_come_said_with_ya_tengo_is_a_time() -> None:
    assert extract_time("ya nomás tengo una hora para llegar", "es-MX", NOW) == "11:00"


@pytest.mark.parametrize(
    ("locale", "value", "said"),
    [
        ("es-MX", "13:00", "a la 1 de la tarde"),
        ("es-MX", "01:30", "a la 1:30 de la madrugada"),
        ("es-MX", "17:00", "a las 5 de la tarde"),
        ("es-MX", "11:15", "a las 11:15 de la mañana"),
        ("en-US", "13:00", "at 1 PM"),
    ],
)
def test_a_time_read_back_says_at_what_time_with_its_article(locale: str, value: str, said: str) -> None:
    assert time_at(time_readback(value, lang_of(locale)), lang_of(locale)) == said


def test_the_24_hour_read_back_keeps_las_for_thirteen() -> None:
    assert time_at(time_readback("13:00", "es", clock24=True), "es") == "a las 13:00"
