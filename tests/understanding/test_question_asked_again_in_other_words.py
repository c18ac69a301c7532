"""The question asked for again in other words ("¿me avientas la pregunta otra vez?", "can you ask me
that again?"), or a short "¿cómo dices?" followed by why it was missed, is a repeat. Telling that the
question was answered already is not."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Me avientas la pregunta otra vez? Se me atravesó un camión.", "es-MX"),
        ("¿Me vuelve a hacer la pregunta, por favor?", "es-MX"),
        ("Oiga, ¿cuál era la pregunta?", "es-MX"),
        ("Perdón, ¿qué me preguntaste?", "es-MX"),
        ("¿Puede volver a preguntar? Estaba hablando con el de la caseta.", "es-MX"),
        ("¿Qué dices? Es que venía pasando el tren.", "es-MX"),
        ("¿Cómo dices? No te oí por el ruido.", "es-MX"),
        ("Sorry, could you ask me that again? The reefer was loud.", "en-US"),
        ("Run that question by me one more time.", "en-US"),
        ("What was the question?", "en-US"),
        ("Can you repeat the question?", "en-US"),
    ],
)
def test_the_question_asked_again_is_a_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya te contesté lo que me preguntaste.", "es-MX"),
        ("Cómo dices que se llama tu empresa", "es-MX"),
        ("I already answered that question.", "en-US"),
    ],
)
def test_talk_about_the_question_is_no_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) is None
