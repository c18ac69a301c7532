"""What the agent asked "just now", asked back ("Wait, what'd you ask me just now?", "¿qué me acabas de
preguntar?", "¿qué me dijiste hace un momento?"): the question again."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Wait, what'd you ask me just now?", "en-US"),
        ("What'd you say just now?", "en-US"),
        ("Sorry, what did you ask me a second ago?", "en-US"),
        ("What did you want just now?", "en-US"),
        ("¿Qué me acabas de preguntar?", "es-MX"),
        ("Perdón, ¿qué me dijiste hace un momento?", "es-MX"),
        ("¿Qué acaba de decir?", "es-MX"),
        ("Espérame, ¿qué me preguntaste ahorita?", "es-MX"),
    ],
)
def test_what_was_asked_just_now_asks_the_question_again(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"
