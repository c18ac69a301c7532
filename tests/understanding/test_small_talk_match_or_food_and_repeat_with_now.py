"""Small talk in more shapes: who will win a match ("¿quién va a ganar la final?", "¿quién crees que gane
el partido?") and where to eat ("¿conoces una taquería buena por aquí?", "any good burger place around
here?"); and a request to repeat with "now" after it for emphasis ("Huh? Come again now?", "¿Qué
dijiste ahora?"). Traps: food in an answer, "what now?" alone, "¿qué quieres ahora?"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Quién crees que gane el partido del sábado?", "es-MX"),
        ("Oye, ¿quién va a ganar la final, los Tigres o el América?", "es-MX"),
        ("¿Conoces una taquería buena por aquí?", "es-MX"),
        ("¿Dónde venden buena birria en Zapotlanejo?", "es-MX"),
        ("Any good burger place around here?", "en-US"),
        ("Where can I get decent coffee near the yard?", "en-US"),
    ],
)
def test_a_match_or_where_to_eat_asked_is_off_topic(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya comí unos tacos, llego a las cinco.", "es-MX"),
        ("Stopped for coffee, I'll be there at four.", "en-US"),
        ("¿La café? Cuatro cinco dos.", "es-MX"),  # "café" is the trailer's colour there
        ("¿La caja café? Es la mil doscientos.", "es-MX"),
    ],
)
def test_food_said_in_an_answer_is_no_small_talk(text: str, locale: str) -> None:
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Huh? Come again now?", "en-US"),
        ("What was that now?", "en-US"),
        ("Sorry? What did you say now?", "en-US"),
        ("¿Qué dijiste ahora?", "es-MX"),
        ("¿Mande? ¿Cómo dijiste ahora?", "es-MX"),
    ],
)
def test_a_repeat_request_with_now_after_it_asks_to_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("What now?", "en-US"), ("Huh? What now?", "en-US"), ("¿Qué quieres ahora?", "es-MX")],
)
def test_what_now_alone_is_no_repeat_request(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "repeat"
