"""A callback said as a span of time and then the call ("Twenty minutes, then call me", "media hora y me
marcas"), or as when the caller will be free, with the time in number words ("en unos cuarenta minutos
quedo libre"). The turns that only sound like one stay what they are: an arrival time with a call offered
in case of need, a span that is how far away the caller is, free right now."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Estoy cargando diésel. Media hora y me marcas.", "es-MX", 30),
        ("Ahorita no, veinticinco minutos y ya me hablas, ¿va?", "es-MX", 25),
        ("Cuarenta minutos, luego me llamas, ando en la báscula.", "es-MX", 40),
        ("Una hora y me buscas, estoy descargando.", "es-MX", 60),
        ("Thirty minutes, then ring me back.", "en-US", 30),
        ("I'm fueling up. Forty-five minutes and then call me.", "en-US", 45),
        ("An hour from now, try me again.", "en-US", 60),
        ("Ten minutes, then reach out, I'm parking this thing.", "en-US", 10),
    ],
)
def test_a_span_then_the_call_is_a_callback_with_its_minutes(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Estoy en la fila del comedor, en unos cuarenta minutos quedo libre.", "es-MX", 40),
        ("Como en veinte minutos ya ando desocupado, ahorita no.", "es-MX", 20),
        ("Dentro de unos treinta minutos estoy libre.", "es-MX", 30),
        ("Ando cenando, en una horita ya puedo.", "es-MX", 60),
        ("I'm free in like fifteen minutes.", "en-US", 15),
        ("I'll be available in about twenty minutes, I'm at the scale.", "en-US", 20),
    ],
)
def test_free_later_with_the_time_in_number_words_is_a_callback(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # an arrival time, the call offered only in case of need
        ("Llego en veinte minutos, cualquier cosa me marcas.", "es-MX"),
        ("Llego como en una hora, me hablas si necesitas algo.", "es-MX"),
        ("I'll be there in thirty minutes, call me if you need anything.", "en-US"),
        ("Should pull in around six, call me in case something changes.", "en-US"),
        # the span is how far away the caller is
        ("I'm twenty minutes out, then call me.", "en-US"),
        ("Twenty minutes and I'll be there, call me.", "en-US"),
        ("Estoy a veinte minutos, y me marcas.", "es-MX"),
        # free now, or not free at all
        ("Ya estoy libre, dime.", "es-MX"),
        ("I'm free now, go ahead.", "en-US"),
        # someone else is reached out to
        ("Reach out to dispatch in an hour, they have the load number.", "en-US"),
    ],
)
def test_an_arrival_a_distance_or_a_call_in_case_of_need_is_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Oiga, ando en la báscula, ¿me puede marcar en un ratito?", "es-MX", "reschedule"),
        ("Estoy en la rampa, ¿me podría llamar en media hora?", "es-MX", "reschedule"),
        ("Mi esposa me puede marcar en la noche, ella sabe.", "es-MX", None),  # someone else calls
    ],
)
def test_the_place_the_caller_is_at_is_not_who_calls(text: str, locale: str, name: str | None) -> None:
    match = detect_intent(text, locale)
    assert (match.name if match else None) == name

