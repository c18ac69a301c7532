"""A driver who says he is busy as the reason for something else he asks: "Repítemelo despacito que voy
manejando" asks the question again (the activity is why he missed it), "Ya le cuelgo, jefa, que voy en
carretera. Bye." takes leave (the activity is why he goes). Neither asks for a callback. A callback asked for in so
many words beside them still counts, and the activity said alone stays the `busy` hint."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Repítemelo despacito que voy manejando.", "es-MX"),
        ("Otra vez, porfa, que vengo en la carretera.", "es-MX"),
        ("¿Me lo repites? Es que voy manejando.", "es-MX"),
        ("¿Mande? Ando descargando.", "es-MX"),
        ("¿Qué? Voy manejando.", "es-MX"),
        ("Estoy en la autopista, ¿me repites la pregunta?", "es-MX"),
        ("Voy manejando, ¿me lo puedes decir de nuevo?", "es-MX"),
        ("One more time, I'm driving.", "en-US"),
        ("What? Sorry, I'm on the highway.", "en-US"),
        ("I'm backing in, can you ask me that again?", "en-US"),
    ],
)
def test_a_repeat_asked_with_being_busy_as_the_reason_is_a_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya le cuelgo, jefa, que voy en carretera. Bye.", "es-MX"),
        ("Te dejo porque voy manejando.", "es-MX"),
        ("Voy manejando, ahí nos vemos.", "es-MX"),
        ("Ando cargando, ya me voy, adiós.", "es-MX"),
        ("Le tengo que colgar, estoy descargando.", "es-MX"),
        ("I'm hanging up, I'm driving. Bye.", "en-US"),
        ("I'm driving, gotta go, bye.", "en-US"),
        ("We're loading, I'll let you go.", "en-US"),
    ],
)
def test_a_goodbye_with_being_busy_as_the_reason_ends_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # the activity alone: the busy hint, as before
        ("Voy manejando.", "es-MX", "busy"),
        ("Es que voy manejando.", "es-MX", "busy"),
        ("Que voy manejando.", "es-MX", "busy"),
        ("I'm driving.", "en-US", "busy"),
        # a callback asked in so many words outranks the goodbye
        ("Voy manejando, márcame en una hora, bye.", "es-MX", "reschedule"),
        ("Voy manejando, luego te marco, bye.", "es-MX", "reschedule"),
        ("I'm driving, call me back in an hour, bye.", "en-US", "reschedule"),
        # busy but going on with the call
        ("Sí, rápido que voy manejando.", "es-MX", None),
        # a goodbye denied is none: a "no" with being busy stays a not-now
        ("No me voy, nomás voy manejando.", "es-MX", "reschedule"),
    ],
)
def test_being_busy_alone_or_with_a_callback_is_unchanged(text: str, locale: str, expected: str | None) -> None:
    assert intent(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # an again-word run into the activity tells of the activity ("driving again"), no request
        ("I'm driving again.", "en-US", "busy"),
        ("Otra vez voy manejando.", "es-MX", "busy"),
        ("De nuevo ando manejando.", "es-MX", "busy"),
        # ... set apart, it asks
        ("¿Otra vez? Voy manejando.", "es-MX", "repeat"),
        # going somewhere is no goodbye
        ("I'm driving, gotta go to the dock first.", "en-US", "busy"),
        ("I'm driving, gotta go.", "en-US", "end_call"),
    ],
)
def test_the_activity_told_again_or_a_place_to_go_is_no_repeat_or_goodbye(text: str, locale: str,
                                                                        expected: str) -> None:
    assert intent(text, locale) == expected


_FLOW_INTENTS = ["repeat", "off_topic", "complaint", "busy", "reschedule", "human", "end_call",
                 "prefers_whatsapp", "prefers_email", "voicemail", "wrong_person", "driver_away"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Voy manejando, repítamelo más tarde.", "es-MX"),
        ("Voy manejando, me lo repites al rato.", "es-MX"),
        ("Me lo repite al rato, que voy en carretera.", "es-MX"),
        ("Me la repites más tarde.", "es-MX"),
        ("I'm driving, say it again later.", "en-US"),
    ],
)
def test_a_repeat_asked_for_later_is_a_callback(text: str, locale: str) -> None:
    for enabled in (None, _FLOW_INTENTS):
        match = detect_intent(text, locale, enabled=enabled)
        assert match is not None and match.name == "reschedule", (text, enabled)


@pytest.mark.parametrize(
    "text", ["Repítemelo y luego te confirmo.", "¿Me lo repites? Luego luego te digo.", "Me lo repites, por favor."],
)
def test_a_repeat_now_is_still_a_repeat(text: str) -> None:
    assert intent(text, "es-MX") == "repeat"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a goodbye with a later moment or the caller's own call back puts the call off
        ("Voy manejando, nos vemos al rato.", "es-MX", "reschedule"),
        ("Voy manejando, te marco, adiós.", "es-MX", "reschedule"),
        ("I'm driving, I'll call you back, bye.", "en-US", "reschedule"),
        # "hasta luego" is only the goodbye
        ("Voy manejando, hasta luego.", "es-MX", "end_call"),
    ],
)
def test_a_goodbye_beside_being_busy_with_a_later_call_puts_it_off(text: str, locale: str, expected: str) -> None:
    assert intent(text, locale) == expected
