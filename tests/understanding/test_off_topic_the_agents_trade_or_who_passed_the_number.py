"""Questions about the agent that ask for nothing: whether she drives too ("¿tú también manejas tráiler o nomás
hablas?", "do you drive a truck too or do you just talk?") and who passed her the caller's number ("¿quién te
pasó este número, oye?" - its "este" is also a filler, and gone). Traps: the caller's own trade, who handles a
route, the caller told he is the operator."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Tú también manejas tráiler o nomás hablas?", "es-MX"),
        ("¿Y usted también es operadora?", "es-MX"),
        ("¿Usted alguna vez ha manejado un tráiler?", "es-MX"),
        ("¿Quién te pasó este número, oye?", "es-MX"),
        ("¿Quién le pasó el número?", "es-MX"),
        ("Do you drive a truck too or do you just talk?", "en-US"),
        ("You ever drive a rig?", "en-US"),
        ("Are you a trucker too?", "en-US"),
    ],
)
def test_the_agents_trade_or_who_passed_the_number_is_off_the_subject(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic", (text, match)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Tú manejas mi ruta.", "es-MX"),
        ("Yo manejo tráiler.", "es-MX"),
        ("Usted es operador de la unidad, ¿verdad?", "es-MX"),
        ("I drive a truck.", "en-US"),
    ],
)
def test_the_callers_own_trade_is_not(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "off_topic", (text, match)
