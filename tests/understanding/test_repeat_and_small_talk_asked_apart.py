"""A repeat request said on its own with a tag after it, or with the reason the caller missed it; small
talk about the weather and the road, questions about how the caller's number was found and about what
kind of thing the agent is. The turns that only look like them keep their meaning: an answer after a
"¿mande?", an insisted "¡que sí!", a remark about the weather that carries the answer, money moved to
a card."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("De nuevo, ¿sale?", "es-MX"),
        ("¿Cómo? Perdón, es que traigo la ventana abierta.", "es-MX"),
        ("¿Qué? Es que sonó el claxon de otro tráiler.", "es-MX"),
        ("¿Mande? No te escuché, venía pasando el tren.", "es-MX"),
        ("Again, please?", "en-US"),
        ("Pardon? Sorry, it's windy out here.", "en-US"),
    ],
)
def test_a_repeat_request_with_a_tag_or_a_reason_after_it(text: str, locale: str) -> None:
    assert name_of(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Mande? Sí, soy yo, Ramiro.", "es-MX"),  # an answer after it
        ("¡Que sí!", "es-MX"),  # insisting on a yes, not "¿qué?"
        ("¿Cómo? Es el tractor ciento doce.", "es-MX"),
    ],
)
def test_an_answer_after_the_request_is_not_a_repeat_request(text: str, locale: str) -> None:
    assert name_of(text, locale) != "repeat"


def test_an_insisted_yes_stays_a_yes() -> None:
    assert classify_yes_no("¡Que sí!", "es-MX").answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿De dónde sacaron mi celular?", "es-MX"),
        ("Oye, ¿quién te dio mi número?", "es-MX"),
        ("Who gave you guys my number?", "en-US"),
        ("Where'd you get my number from?", "en-US"),
        ("¡Qué frío hace en Ciudad Juárez, no manches!", "es-MX"),
        ("Está lloviendo durísimo aquí en Tampico.", "es-MX"),
        ("¿Oye, y habrá tráfico en el periférico a esta hora?", "es-MX"),
        ("It's freezing out here in Amarillo.", "en-US"),
        ("Is the traffic bad on the loop today?", "en-US"),
        ("¿Eres uno de esos robots que contestan?", "es-MX"),
        ("Are you some kind of computer program?", "en-US"),
    ],
)
def test_remarks_and_questions_off_the_subject_are_off_topic(text: str, locale: str) -> None:
    assert name_of(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the remark carries the answer: a time, a number
        ("Hace un calor tremendo, llego como a las cuatro.", "es-MX"),
        ("It's raining hard, I'll be there around six.", "en-US"),
        # money moved to the caller's card or account
        ("¿Puedes mandar lo de la gasolina a mi tarjeta?", "es-MX"),
        ("Can you put the fuel advance on my card?", "en-US"),
        # the traffic department is a person, not the road
        ("Quiero hablar con tráfico.", "es-MX"),
    ],
)
def test_answers_money_and_departments_are_not_off_topic(text: str, locale: str) -> None:
    assert name_of(text, locale) != "off_topic"
