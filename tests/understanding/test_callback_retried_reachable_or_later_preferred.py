"""A callback asked for in more shapes: the call to be retried ("¿y si me reintentas en dos horas?",
"retry me in forty minutes"), a while named before the verb ("otro rato me hablas"), the later time said
before "mejor" with today refused ("el jueves mejor, hoy ya no puedo"), the "is" of a time contracted onto
it ("Friday's better for me"), and the caller reachable then ("después de la descarga me agarras", "you
can catch me after lunch"). Traps: arriving, a comparison, an address to be reached at, a time that only
answers."""

from __future__ import annotations

import datetime as dt

import pytest

from daisy_engine.understanding import detect_intent

NOW = dt.datetime(2026, 3, 4, 10, 0)  # a Wednesday morning


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("¿Y si me reintentas en dos horas? Ando cruzando la sierra.", "es-MX", 120),
        ("Reinténtame en cuarenta minutos, porfa.", "es-MX", 40),
        ("¿Me puedes reintentar en una hora?", "es-MX", 60),
        ("Could you retry me in forty minutes? I'm fueling.", "en-US", 40),
        ("Retry in an hour, I'm at the scale.", "en-US", 60),
    ],
)
def test_a_call_to_be_retried_is_a_callback_with_its_delay(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Otro rato me hablas, ando en el andén.", "es-MX"),
        ("En un ratito me llamas, estoy firmando.", "es-MX"),
        ("En otro momento me marcas, voy entrando a la aduana.", "es-MX"),
        ("El jueves mejor, hoy ya no puedo con tanto.", "es-MX"),
        ("Mañana mejor, que hoy ya no doy una.", "es-MX"),
        ("En la noche mejor, ya no aguanto ahorita.", "es-MX"),
        ("Friday's better for me, today's packed.", "en-US"),
        ("Tomorrow afternoon's better if that works.", "en-US"),
        ("Después de la descarga ya me agarras.", "es-MX"),
        ("En la tarde me encuentras, ahorita voy manejando.", "es-MX"),
        ("You can catch me after lunch.", "en-US"),
        ("Once I'm parked tonight you'll reach me.", "en-US"),
    ],
)
def test_a_later_time_asked_for_in_other_shapes_is_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale, now=NOW)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mañana mejor llego, voy tarde.", "es-MX"),  # the arrival, no call
        ("Mañana mejor te digo la placa del remolque.", "es-MX"),
        ("Tomorrow's better than today for the delivery.", "en-US"),  # a comparison
        ("Me encuentras en la fila de la báscula.", "es-MX"),  # where he is, no later time
        ("Pasado mañana.", "es-MX"),  # only a time, answering
    ],
)
def test_a_later_time_said_without_asking_a_call_is_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale, now=NOW)
    assert match is None or match.name != "reschedule"
