"""Callbacks in more shapes: time given to the caller, then the talk ("dame chance de un cuarto de hora y
ya hablamos", "give me three quarters of an hour and we can talk"), being looked for again ("ya me
puedes volver a buscar"), the call tried again, asked ("¿podrías intentar de nuevo en media hora?"), a
later time with when the caller is free ("mañana mejor, ya que descargue", "tomorrow's better, once I'm
parked"), the time said first and the call asked for then ("in forty minutes I'm off, ring me then");
the delay said with the call outranks a span said of something else. Traps: being free named without a
time asked, a callback of someone else."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Dame chance de un cuarto de hora y ya hablamos.", "es-MX", 15),
        ("Hora y media, más o menos, y ya me puedes volver a buscar.", "es-MX", 90),
        ("¿Podrías intentar de nuevo en media hora? Ando cargando diésel.", "es-MX", 30),
        ("Búscame en dos horas.", "es-MX", 120),
        ("Mi comida de una hora empieza ahorita, así que márcame en dos horas.", "es-MX", 120),
        ("Give me three quarters of an hour and we can talk.", "en-US", 45),
        ("In forty minutes I'm off the dock, ring me then.", "en-US", 40),
        ("My ten-minute inspection is next, so call me in an hour.", "en-US", 60),
    ],
)
def test_the_callback_and_its_delay(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mañana mejor, ya que descargue.", "es-MX"),
        ("En la tarde mejor, cuando llegue al patio.", "es-MX"),
        ("Tomorrow's better, once I'm parked.", "en-US"),
    ],
)
def test_a_later_time_with_when_the_caller_is_free_asks_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya que llegue al patio te digo la placa, es la ABC 123.", "es-MX"),
        ("Cuando llegue le marco al despachador.", "es-MX"),
        ("When I'm parked I'll read you the plate.", "en-US"),
        ("Mi compañero me busca en una hora.", "es-MX"),
    ],
)
def test_free_later_without_a_call_asked_is_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(
    "text",
    ["I'll call then.", "Okay, I'll try then.", "Can I call then?", "Yes, I'll call then."],
)
def test_the_caller_calling_then_himself_asks_no_callback(text: str) -> None:
    match = detect_intent(text, "en-US")
    assert match is None or match.name != "reschedule"
