"""Small talk in more shapes: how the game went, asked with "qué tal" ("¿Y qué tal quedó el clásico el domingo?
Yo no lo alcancé a ver."), and the agent told she sounds like the machine just named ("Are you a computer? You
kinda sound like one.")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Y qué tal quedó el clásico el domingo? Yo no lo alcancé a ver.", "es-MX"),
        ("¿Qué tal estuvo el partido?", "es-MX"),
        ("¿Y cómo quedó el partido ayer? No lo pude ver.", "es-MX"),
        ("Are you a computer? You kinda sound like one.", "en-US"),
        ("Is this a robot? You sure sound like one.", "en-US"),
        ("Are you a machine? You do sound like one.", "en-US"),
    ],
)
def test_small_talk_about_the_game_or_the_agents_voice_is_off_topic(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"
