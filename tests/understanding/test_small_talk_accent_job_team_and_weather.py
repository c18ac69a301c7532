"""Small talk in more shapes: where the agent sounds from ("hablas como de Sonora, ¿a poco eres de
allá?"), her own job ("¿cuánto tiempo llevas trabajando ahí?", "how long have you been working there?"),
a team asked about ("¿cómo ves a los Tigres para la final?"), and a remark on the weather that ends on
how unbearable it is ("qué calor, no se aguanta": that "no" answers nothing)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Suenas como de Monterrey, ¿verdad?", "es-MX"),
        ("Tienes un acento como de Sinaloa.", "es-MX"),
        ("¿A poco eres de por allá?", "es-MX"),
        ("¿Hace cuánto que trabajas ahí?", "es-MX"),
        ("¿Te pagan bien ahí?", "es-MX"),
        ("¿Cómo ves al América este torneo?", "es-MX"),
        ("¿Le vas a los Rayados?", "es-MX"),
        ("¿Cómo van los Tigres?", "es-MX"),
        ("Qué frío está haciendo en Saltillo, no hay quien lo aguante.", "es-MX"),
        ("How long have you been working there?", "en-US"),
        ("It's so hot out here in Laredo, I can't stand it.", "en-US"),
    ],
)
def test_small_talk_in_more_shapes_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me hablas de la oficina de Monterrey, ¿verdad?", "es-MX"),
        ("¿Cómo ves, te doy primero el número del tractor?", "es-MX"),
        ("Se te oye de la patada.", "es-MX"),  # the line, not an accent
        ("Ya llevo tres años trabajando en la empresa.", "es-MX"),
        ("¿Cómo van a Monterrey, por la autopista?", "es-MX"),  # the way, not a team
    ],
)
def test_words_of_the_call_itself_are_not_small_talk(text: str, locale: str) -> None:
    assert intent(text, locale) != "off_topic"
