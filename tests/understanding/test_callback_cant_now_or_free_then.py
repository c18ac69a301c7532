"""Callbacks in shapes the phrase lists miss: the impersonal "ahorita no se puede", a later day with
the reason it suits ("mejor el viernes, que ando de descanso"); and what only sounds like one: someone
else who calls the caller at a time."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ahorita no se va a poder, ando en la sierra sin señal.", "es-MX"),
        ("No se puede ahorita, estoy en la báscula.", "es-MX"),
        ("Mejor el viernes, que me toca descanso.", "es-MX"),
        ("Mejor mañana, ya voy a estar en mi casa.", "es-MX"),
        ("Can't do it right now, the signal keeps dropping.", "en-US"),
        ("Rather Saturday, it's my day off.", "en-US"),
    ],
)
def test_callback_asked_for(text: str, locale: str) -> None:
    assert intent(text, locale) == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("El supervisor me llama en una hora para decirme la rampa.", "es-MX"),
        ("Mi esposa me habla en media hora.", "es-MX"),
        ("No se puede leer bien la tarjeta.", "es-MX"),
        ("My dispatcher calls me in an hour with the load.", "en-US"),
    ],
)
def test_what_only_sounds_like_a_callback(text: str, locale: str) -> None:
    assert intent(text, locale) is None
