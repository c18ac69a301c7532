""""Positivo" / "positive", the radio's yes beside "negativo", answers when it opens the turn ("positivo, jefa",
"positive, ma'am"); said inside a sentence it tells news ("salí positivo en el examen", "I tested positive")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.yes_no import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Positivo, jefa.", "es-MX"),
        ("Eh, positivo.", "es-MX"),
        ("Es positivo, así quedó.", "es-MX"),
        ("Positive, ma'am.", "en-US"),
        ("That's a positive.", "en-US"),
    ],
)
def test_positivo_opening_the_turn_is_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mi compa salió positivo en el examen médico.", "es-MX"),
        ("He tested positive for covid last week.", "en-US"),
    ],
)
def test_positivo_inside_news_is_no_answer(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None
