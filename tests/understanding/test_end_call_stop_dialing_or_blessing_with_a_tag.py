"""Goodbyes in more shapes: "ya no marquen" said with a wrong number ("¿Bueno? Aquí no vive ningún chofer, es
número equivocado, ya no marquen."), and the blessing after "that was all, right?" with the one thanked named
("Listo, era todo, ¿no? Gracias, bendiciones, jefa.", "That's everything, right? Thanks, God bless, ma'am")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Bueno? Aquí no vive ningún chofer, es número equivocado, ya no marquen.", "es-MX"),
        ("Ya no llamen, por favor.", "es-MX"),
        ("Ya no marquen aquí, gracias.", "es-MX"),
        ("Listo, era todo, ¿no? Gracias, bendiciones, jefa.", "es-MX"),
        ("Es todo, ¿verdad? Gracias, que Dios la bendiga.", "es-MX"),
        ("Gracias, bendiciones, joven.", "es-MX"),
        ("Alright, that's everything, right? Thanks, God bless.", "en-US"),
        ("That's all, right? Thanks, God bless you, ma'am.", "en-US"),
    ],
)
def test_no_more_calls_or_a_blessing_after_a_tag_ends_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya no marques, yo te marco.", "es-MX"),
        ("Ya no me llames en la noche.", "es-MX"),
        ("Sí, correcto, bendiciones.", "es-MX"),
        ("Yes, that's right, God bless.", "en-US"),
    ],
)
def test_a_limit_a_callback_of_his_own_or_an_answer_with_a_blessing_ends_nothing(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"
