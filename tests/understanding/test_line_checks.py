"""A line check ("¿Bueno?", "hola", "¿me escuchas?") or a request that the agent say who she is is not an
answer to the question: the question is asked again (repeat) or answered (off-topic), never counted as a
failed answer, so a caller who is only checking the line never loses the call to understanding."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import asks_again, checks_line, detect_intent


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
    ("es-MX", "¿Bueno?"), ("es-MX", "¿Bueno? ¿Me escuchas?"), ("es-MX", "bueno bueno bueno"), ("es-MX", "¿Me oye?"),
    ("es-MX", "¿Hola? ¿Sigue ahí?"), ("en-US", "Hello?"), ("en-US", "Hello? Hello? Can you hear me?"),
    ("en-US", "Are you there?"),
])
def test_asking_whether_anyone_is_there_is_a_line_check(locale: str, said: str) -> None:
    assert checks_line(said, locale) and not asks_again(said, locale), said


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "¿Mande?"), ("es-MX", "¿Qué?"), ("es-MX", "¿Cómo?"), ("es-MX", "¿Cómo dice?"), ("es-MX", "¿Mande? ¿Qué?"),
    ("es-MX", "¿Bueno? ¿Qué?"), ("es-MX", "Perdón, ¿qué?"), ("en-US", "What?"), ("en-US", "Sorry?"),
    ("en-US", "Hello? What?"), ("en-US", "Huh? Say what?"), ("en-US", "Pardon?"),
])
def test_asking_what_was_said_is_no_line_check(locale: str, said: str) -> None:
    """The caller heard the agent and did not understand: said again, never taken for a caller who hears nothing."""
    assert asks_again(said, locale) and not checks_line(said, locale), said


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "Juan Pérez"), ("es-MX", "¿Qué hora es?"), ("es-MX", "sí"), ("en-US", "what time is it"),
    ("en-US", "yes"),
])
def test_an_answer_or_a_question_is_neither_a_line_check_nor_asked_again(locale: str, said: str) -> None:
    assert not asks_again(said, locale) and not checks_line(said, locale), said


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
