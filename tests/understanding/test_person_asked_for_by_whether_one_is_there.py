"""A person in charge asked for by asking whether one is there ("¿hay algún supervisor por ahí?", "is your
manager around?") or by saying the matter is settled with them ("con él me arreglo"), or asked to call
("have my fleet manager give me a call"). Whether a person or a machine is on the line is a question about
the agent (off-topic), never a request for a person, unless the turn also asks for one."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Hay algún encargado por ahí?", "es-MX"),
        ("¿Está el despachador? Con él lo arreglo.", "es-MX"),
        ("¿No se encuentra la licenciada de nóminas?", "es-MX"),
        ("Busco al jefe de patio, con él me entiendo.", "es-MX"),
        ("Is your dispatcher around? I'll sort it out with him.", "en-US"),
        ("Is the manager in?", "en-US"),
        ("Have my driver manager call me back.", "en-US"),
        ("Ask our dispatcher to give me a ring.", "en-US"),
    ],
)
def test_a_person_in_charge_asked_for_in_other_words(text: str, locale: str) -> None:
    assert intent(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Hay alguien ahí?", "es-MX"),  # the line checked
        ("Estaba el supervisor y me dijo que me estacionara aquí.", "es-MX"),  # news
        ("Con ella me arreglo después, ahorita no.", "es-MX"),  # another time
        ("My dispatcher told me to park here.", "en-US"),
        ("Is anybody there?", "en-US"),
    ],
)
def test_the_line_checked_or_news_of_a_person_asks_for_nobody(text: str, locale: str) -> None:
    assert intent(text, locale) != "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Am I talking to a real human or what?", "en-US"),
        ("Wait, is this a computer talking?", "en-US"),
        ("Is there a real person on the line?", "en-US"),
        ("¿Hay alguien de verdad escuchando o es una grabación?", "es-MX"),
        ("¿Es una persona real la que me habla?", "es-MX"),
    ],
)
def test_whether_a_person_or_a_machine_is_on_the_line_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Is there a human I can talk to?", "en-US"),
        ("Are you a bot? I want a real person.", "en-US"),
        ("¿Eres una máquina? Pásame con una persona.", "es-MX"),
    ],
)
def test_a_person_asked_for_beside_that_question_is_a_request(text: str, locale: str) -> None:
    assert intent(text, locale) == "human"


def test_a_person_needed_for_something_else_is_no_request() -> None:
    assert intent("I need a person to sign the papers at the gate.", "en-US") != "human"


def test_something_automated_told_as_news_asks_nothing_of_the_agent() -> None:
    assert intent("It's automated at the gate, I just scan in.", "en-US") is None
