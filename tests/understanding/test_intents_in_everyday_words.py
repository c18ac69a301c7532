"""Intents said in everyday words: a question not caught ("no le caché", "¿qué me preguntó?"), a goodbye
between drivers ("I'll let you go, drive safe"), no more calls asked with an infinitive ("favor de ya no
llamarme"), mistreatment in Mexican words ("nos tratan como perros"), where the agent calls from ("¿de qué
estado me hablas?"), and a callback for when the caller is done ("call me once I'm done loading"), which is
no goodbye. Traps: "let you know", "why did you ask me", "I'm done, bye", "call me Tony" keep their meaning.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("Perdón, no le caché, ¿cómo?", "es-MX", "repeat"),
        ("No te capté bien, amigo.", "es-MX", "repeat"),
        ("¿Qué me preguntó, señorita?", "es-MX", "repeat"),
        ("Ahorita no, pero ya no llamarme a este número, por favor, se lo pido.", "es-MX", "end_call"),
        ("Les pido el favor de no volver a marcarme.", "es-MX", "end_call"),
        ("Okay, I'll let you go then. Safe travels.", "en-US", "end_call"),
        ("Drive safe, ma'am.", "en-US", "end_call"),
        ("En la caseta nos tratan como perros, eso hay que reportarlo.", "es-MX", "complaint"),
        ("El de la báscula me insultó feo.", "es-MX", "complaint"),
        ("The dock guy yelled at me for nothing.", "en-US", "complaint"),
        ("¿De qué estado me hablas, señorita?", "es-MX", "off_topic"),
        ("Which state are you calling from?", "en-US", "off_topic"),
        ("Call me once I'm done loading, maybe around four.", "en-US", "reschedule"),
        ("Give me a call back when I'm finished, like in an hour.", "en-US", "reschedule"),
    ],
)
def test_intent_in_everyday_words(text: str, locale: str, intent: str) -> None:
    assert name_of(text, locale) == intent


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("I'll let you know when I get there.", "en-US", None),
        ("¿Por qué me preguntaste eso?", "es-MX", "off_topic"),
        ("I'm done, bye.", "en-US", "end_call"),
        ("Call me Tony.", "en-US", None),
        ("Estoy en la ciudad de Monterrey.", "es-MX", None),
    ],
)
def test_traps_keep_their_meaning(text: str, locale: str, intent: str | None) -> None:
    assert name_of(text, locale) == intent
