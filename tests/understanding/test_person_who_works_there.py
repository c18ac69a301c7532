"""Someone who works there, asked for ("¿no me enlaza con un empleado de ahí? Con gente, pues", "connect me with an
employee"): a person, like any role. Someone who works there spoken of is news."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Oiga, ¿no me enlaza con un empleado de ahí? Con gente, pues.", "es-MX"),
        ("¿Me comunica con una empleada de la oficina?", "es-MX"),
        ("Pásame con un trabajador de ustedes, porfa.", "es-MX"),
        ("Quiero hablar con un empleado.", "es-MX"),
        ("Connect me with an employee, please.", "en-US"),
        ("Can I talk to a staff member?", "en-US"),
    ],
)
def test_someone_who_works_there_asked_for_is_a_person(text: str, locale: str) -> None:
    assert intent(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya hablé con un empleado de ustedes.", "es-MX"),
        ("El empleado de la caseta me dio el ticket.", "es-MX"),
        ("I talked to one of your employees yesterday.", "en-US"),
    ],
)
def test_someone_who_works_there_spoken_of_is_news(text: str, locale: str) -> None:
    assert intent(text, locale) != "human"
