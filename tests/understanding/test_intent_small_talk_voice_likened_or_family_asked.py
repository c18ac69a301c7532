"""Small talk about the agent herself: her voice likened to someone in the caller's family ("tu voz se parece a
la de mi sobrina", "you sound just like my daughter"), her accent said small or big ("tienes un acentito de
regia"), her family asked about ("¿tienes hijos?", "you got kids?"). The line sounding bad, or the caller's
own family, is no such remark."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.evaluation import _SCORED_INTENTS
from daisy_engine.understanding.intents import detect_intent


def _intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale, enabled=_SCORED_INTENTS)
    return match.name if match else None


@pytest.mark.parametrize(("said", "locale"), [
    ("Oye, tu voz se parece mucho a la de mi hija.", "es-MX"),
    ("Suenas igualita a mi comadre Lupe.", "es-MX"),
    ("Te oyes como mi prima la de Saltillo, ¿eh?", "es-MX"),
    ("Se te oye un acentazo de norteña.", "es-MX"),
    ("Tienes un tonito como de chilanga, ¿verdad?", "es-MX"),
    ("Oiga, ¿y usted tiene hijos?", "es-MX"),
    ("¿Tienes familia, mija?", "es-MX"),
    ("Man, you sound exactly like my sister.", "en-US"),
    ("Your voice sounds a lot like my daughter's, no kidding.", "en-US"),
    ("You got any kids yourself?", "en-US"),
    ("Ya have children?", "en-US"),
])
def test_said_of_the_agent_it_is_small_talk(said: str, locale: str) -> None:
    assert _intent(said, locale) == "off_topic"


@pytest.mark.parametrize(("said", "locale"), [
    ("Tu voz se oye como que se corta.", "es-MX"),
    ("Mi hija tiene hijos ya grandes.", "es-MX"),
    ("Es que tengo hijos y voy por ellos.", "es-MX"),
    ("It sounds like my truck's engine.", "en-US"),
    ("I got kids at home.", "en-US"),
])
def test_the_line_or_the_callers_own_family_is_no_remark_on_her(said: str, locale: str) -> None:
    assert _intent(said, locale) != "off_topic"


@pytest.mark.parametrize("said", [
    "¿Le hablas a mi hijo? Él sabe el número.",
    "Mejor le hablas a mi esposa, ella tiene los datos.",
    "¿Por qué no le habla usted a mi hermano?",
])
def test_asking_her_to_call_someone_of_the_family_is_no_likening(said: str) -> None:
    assert _intent(said, "es-MX") != "off_topic"


@pytest.mark.parametrize("said", ["Hablas igualito a mi prima.", "Suena usted a mi suegra, fíjese."])
def test_likened_with_igual_or_sounding_is_still_small_talk(said: str) -> None:
    assert _intent(said, "es-MX") == "off_topic"
