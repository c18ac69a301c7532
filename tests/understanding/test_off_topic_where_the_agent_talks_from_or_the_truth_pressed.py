"""Questions about the agent in more shapes: where she talks from in the plain present ("¿y tú de dónde hablas?",
"¿desde dónde me marcan?", "where are you talking from?"), her accent praised with how it sounds first ("se te oye
bonito el acento", "your accent's real pretty"), and whether she is a machine with the truth pressed for after it
("¿Eres robot o eres persona? Dime la verdad.", "be honest, is this a recording?"): "dime" there is no go-ahead.
Where the caller is to call ("¿a dónde le hablo?") and the line alone ("se te oye bonito") are none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Y tú de dónde hablas, oye? Se te oye bonito el acento.", "es-MX"),
        ("¿Desde dónde me marcan?", "es-MX"),
        ("Qué bonito acento tienes, ¿de dónde me llamas?", "es-MX"),
        ("Where are you talking from? Your accent's real pretty.", "en-US"),
        ("That accent of yours is cute.", "en-US"),
    ],
)
def test_where_the_agent_talks_from_or_her_accent_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Eres robot o eres persona? Dime la verdad.", "es-MX"),
        ("¿Es una grabación? Neta, dime.", "es-MX"),
        ("Dime la verdad, ¿eres una máquina?", "es-MX"),
        ("Are you a robot? Tell me the truth.", "en-US"),
        ("Be honest, is this a recording?", "en-US"),
    ],
)
def test_a_machine_asked_with_the_truth_pressed_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿A dónde le hablo para reportar?", "es-MX"),
        ("Se te oye bonito.", "es-MX"),
    ],
)
def test_where_to_call_or_the_line_alone_is_not_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) is None
