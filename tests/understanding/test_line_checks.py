"""A line check ("¿Bueno?", "hola", "¿me escuchas?") or a request that the agent say who she is is not an
answer to the question: the question is asked again (repeat) or answered (off-topic), never counted as a
failed answer, so a caller who is only checking the line never loses the call to understanding."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize("said", [
    "¿Bueno?", "Bueno.", "¿Y bueno?", "bueno bueno", "Hola", "¿Hola?", "Hola, hola.", "¿Me escuchas?",
    "¿Me escuchaste?", "¿Sigue ahí?", "¿Está ahí?",
])
def test_a_line_check_asks_for_the_question_again(said: str) -> None:
    found = detect_intent(said, "es-MX")
    assert found is not None and found.name == "repeat", said


@pytest.mark.parametrize("said", ["Hello?", "hello hello", "Can you hear me?", "Are you there?"])
def test_an_english_line_check_asks_for_the_question_again(said: str) -> None:
    found = detect_intent(said, "en-US")
    assert found is not None and found.name == "repeat", said


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "¿Quién?"),
    ("es-MX", "Pero te tienes que presentar."),
    ("es-MX", "¿Por qué no te presentas?"),
    ("es-MX", "Preséntate primero"),
    ("en-US", "Who?"),
    ("en-US", "you didn't introduce yourself"),
])
def test_asking_the_agent_to_introduce_herself_is_off_topic(locale: str, said: str) -> None:
    found = detect_intent(said, locale)
    assert found is not None and found.name == "off_topic", said


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "Bueno, sí"),
    ("es-MX", "Hola, soy Juan Pérez"),
    ("es-MX", "hola, sí tengo tiempo"),
    ("es-MX", "bueno, es el treinta y dos"),
    ("es-MX", "quién sabe, como a las cinco"),
    ("en-US", "hello, this is Bart"),
])
def test_a_greeting_word_before_an_answer_leaves_the_answer(locale: str, said: str) -> None:
    found = detect_intent(said, locale)
    assert found is None or found.name not in ("repeat", "off_topic"), said
