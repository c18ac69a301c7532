"""A duration followed by the arrival it ends in ("cuarenta minutos y estoy en el patio", "media hora y
llego", "forty minutes and I'm in the yard") or asked for ("dame una hora", "give me forty minutes") is the
time left: the arrival is that long from now. Time already gone by ("llevo cuarenta minutos y estoy en el
patio"), a moment asked for ("dame cinco minutos", "give me a minute") and hours on the 24-hour dial
("diecisiete horas y llego") are not.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Cuarenta minutos y estoy en el patio.", "es-MX", "09:40"),
        ("Media hora y llego.", "es-MX", "09:30"),
        ("Veinte minutitos y ya llego.", "es-MX", "09:20"),
        ("Dos horas y estamos allá.", "es-MX", "11:00"),
        ("Una hora y me reporto en caseta.", "es-MX", "10:00"),
        ("Dame cuarenta minutos.", "es-MX", "09:40"),
        ("Deme una hora y llego.", "es-MX", "10:00"),
        ("Forty minutes and I'm in the yard.", "en-US", "09:40"),
        ("Half an hour and I'll be there.", "en-US", "09:30"),
        ("Two hours and we're at the dock.", "en-US", "11:00"),
        ("Give me forty minutes and I'm there.", "en-US", "09:40"),
    ],
)
def test_a_duration_then_the_arrival_is_the_time_left(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, NOW) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Llevo cuarenta minutos y estoy en el patio.", "es-MX"),
        ("Hace cuarenta minutos y ya estoy en el patio.", "es-MX"),
        ("Tengo cuarenta minutos esperando y estoy en el patio.", "es-MX"),
        ("Dame cinco minutos.", "es-MX"),
        ("Dame un minuto.", "es-MX"),
        ("I've been driving forty minutes and I'm tired.", "en-US"),
        ("Give me a minute.", "en-US"),
        ("Forty minutes ago and I'm still here.", "en-US"),
    ],
)
def test_time_gone_by_or_a_moment_asked_for_is_no_arrival(said: str, locale: str) -> None:
    assert extract_time(said, locale, NOW) is None


def test_hours_on_the_dial_stay_the_hour() -> None:
    assert extract_time("Diecisiete horas y llego.", "es-MX", NOW) == "17:00"


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        # what the caller does then, or a stop on the way, is no arrival
        ("Una hora y paso a cargar diésel.", "es-MX"),
        ("Media hora y estoy comiendo.", "es-MX"),
        ("Cuarenta minutos y estoy en la gasolinera.", "es-MX"),
        ("Twenty minutes and I'll be at the fuel stop.", "en-US"),
        ("An hour and I'm taking my break.", "en-US"),
        ("Thirty minutes and I'll call you back.", "en-US"),
        ("I waited an hour and I'm at the dock now.", "en-US"),
        # time asked for something else than arriving: a wait
        ("Dame cuarenta minutos y te marco.", "es-MX"),
        ("Dame cuarenta minutos para descargar.", "es-MX"),
        ("Dame media hora, ahorita estoy comiendo.", "es-MX"),
        ("Give me twenty minutes and I'll call you back.", "en-US"),
        ("Give me forty minutes to unload.", "en-US"),
        ("Give me forty minutes for the unload.", "en-US"),
        ("Dame una hora por lo de la descarga.", "es-MX"),
        ("Give me fifteen minutes, I'm driving.", "en-US"),
    ],
)
def test_a_duration_then_something_else_is_no_arrival(said: str, locale: str) -> None:
    assert extract_time(said, locale, NOW) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Cuarenta minutos y estoy descargando.", "es-MX", "09:40"),
        ("Media hora y paso.", "es-MX", "09:30"),
        ("Dame como cuarenta minutos, más o menos.", "es-MX", "09:40"),
        ("Dame una hora por ahí.", "es-MX", "10:00"),
        ("Forty minutes and I'm rolling through the gate.", "en-US", "09:40"),
        ("An hour and I'll be in the yard.", "en-US", "10:00"),
        ("Give me an hour or so.", "en-US", "10:00"),
    ],
)
def test_the_arrival_in_other_words_still_ends_the_duration(said: str, locale: str, expected: str) -> None:
    assert extract_time(said, locale, NOW) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("A las cinco y cuarenta minutos y llego.", "es-MX"),
        ("Llego a las cinco, cuarenta minutos y estoy en el patio.", "es-MX"),
        ("At 5, forty minutes and I'm there.", "en-US"),
    ],
)
def test_minutes_said_after_an_hour_are_its_minutes(said: str, locale: str) -> None:
    # the minutes of a time of day said in words, never a duration from now
    assert extract_time(said, locale, NOW) == "17:40"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Ya tengo media hora y llego.", "09:30"),
        ("Ya tengo como una hora y le llego.", "10:00"),
        ("Ya tengo unos veinte minutos y entro.", "09:20"),
    ],
)
def test_ya_tengo_then_arriving_is_the_time_left(said: str, expected: str) -> None:
    # "ya tengo media hora y llego": the arrival once it has gone by, not time the caller has already been there
    assert extract_time(said, "es-MX", NOW) == expected


@pytest.mark.parametrize("said", ["Ya tengo media hora y estoy en el patio.", "Ya tengo media hora esperando.",
                                  "Ya tengo una hora aquí."])
def test_ya_tengo_where_the_caller_already_is_is_no_arrival(said: str) -> None:
    assert extract_time(said, "es-MX", NOW) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Ya tengo como una hora y llego en veinte minutos.", "09:20"),
        ("Ya tengo dos horas manejando y llego en media hora.", "09:30"),
        ("Ya tengo una hora aquí y entro dentro de diez minutos.", "09:10"),
        ("Ya tengo media hora en la fila y entro como en cuarenta minutos.", "09:40"),
    ],
)
def test_ya_tengo_then_an_arrival_with_its_own_when_is_that_when(said: str, expected: str) -> None:
    # the span said first is the time gone by: the arrival is the one the caller times
    assert extract_time(said, "es-MX", NOW) == expected


@pytest.mark.parametrize("said", ["Ya tengo media hora y entro en cuanto me llamen.",
                                  "Ya tengo una hora y entro cuando me den rampa."])
def test_ya_tengo_then_going_in_when_called_is_no_arrival_time(said: str) -> None:
    assert extract_time(said, "es-MX", NOW) is None
