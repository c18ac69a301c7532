"""The agent's hours asked ("¿y usted trabaja los domingos?", "do you work all night?"): a question about her,
off-topic. The caller's own hours, or someone else's, are no question to her."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Y usted trabaja los domingos también?", "es-MX"),
        ("Oiga, ¿tú chambeas toda la noche?", "es-MX"),
        ("¿Apoco tú estás trabajando a esta hora?", "es-MX"),
        ("Do you work weekends, or is it just weekdays?", "en-US"),
        ("You on all night, ma'am?", "en-US"),
        ("Do you ever get a day off?", "en-US"),
    ],
)
def test_her_hours_asked_are_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mi esposa trabaja todo el día, por eso no contesta.", "es-MX"),
        ("Yo trabajo los domingos.", "es-MX"),
        ("I work all night, call me in the day.", "en-US"),
    ],
)
def test_the_callers_own_hours_are_not_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) != "off_topic"
