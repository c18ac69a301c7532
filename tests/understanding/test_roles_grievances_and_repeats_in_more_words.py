"""More shapes of the other intents: a person of a department asked for, said first ("con el señor de
pagos necesito hablar"); a plea to stop calling; pay short and nobody paying; being told to wait
again and again, and kept parked for hours; what the agent said asked about; a line where nothing is
heard; the agent's accent and the company asked about. Traps stay: an answer holding "repite" or
"persona", a person the caller already spoke to, money moved to a card, news of calls."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a person of a department, said first
        ("Con el señor de pagos necesito hablar, no contigo.", "es-MX", "human"),
        ("Con la muchacha de nóminas quisiera platicar.", "es-MX", "human"),
        ("Get my supervisor on the phone.", "en-US", "human"),
        # a plea to stop calling ends the call; the bare exasperation stays a complaint
        ("Ya no me sigan llamando, se los pido.", "es-MX", "end_call"),
        ("ya no me estén llamando", "es-MX", "complaint"),
        # pay short, nobody paying
        ("El depósito vino incompleto otra vez.", "es-MX", "complaint"),
        ("Me descontaron los viáticos sin avisar.", "es-MX", "complaint"),
        ("Nadie me ha pagado lo de la semana pasada.", "es-MX", "complaint"),
        ("My settlement came up short again.", "en-US", "complaint"),
        ("No one ever reimbursed me for the tolls.", "en-US", "complaint"),
        # told to wait again and again, kept parked for hours
        ("Nada más me dicen que me espere, y así toda la mañana.", "es-MX", "complaint"),
        ("Aquí ando, espera y espera en el patio.", "es-MX", "complaint"),
        ("You guys kept me parked at the yard for five hours.", "en-US", "complaint"),
        # what the agent said, asked about
        ("Disculpa, ¿qué era lo que me decías?", "es-MX", "repeat"),
        ("Sorry, what was it you asked me?", "en-US", "repeat"),
        # nothing heard at all
        ("¿Hola? No se escucha nada.", "es-MX", "repeat"),
        # the agent's voice and the company
        ("Tienes una voz bien chistosa, ¿eh?", "es-MX", "off_topic"),
        ("¿De qué compañía dijiste que eras?", "es-MX", "off_topic"),
        ("Which company did you say you're with?", "en-US", "off_topic"),
        ("Hold on, are you a robot right now?", "en-US", "off_topic"),
    ],
)
def test_other_shapes_of_the_intents(text: str, locale: str, expected: str) -> None:
    assert name_of(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # answers and news, not requests
        ("Lo que me preguntabas, mi nombre: es Pedro Ramos.", "es-MX"),
        ("Ya hablé con la señorita de liquidaciones.", "es-MX"),
        ("I already talked to my dispatcher.", "en-US"),
        # short of time, not of pay
        ("Me falta la semana que entra para descansar.", "es-MX"),
        # money moved to a card is no person asked for
        ("Deposítame lo de las maniobras a mi tarjeta.", "es-MX"),
        # a number or a time after the small talk answers the question
        ("Tienes una voz bien chistosa; llego en una hora.", "es-MX"),
        # "no se oye" about something in particular
        ("No se oye si es la be o la ve, pero es la be.", "es-MX"),
    ],
)
def test_what_only_looks_like_those_intents_is_not_them(text: str, locale: str) -> None:
    assert name_of(text, locale) not in ("human", "repeat", "off_topic", "complaint", "end_call")
