"""A person asked to be put on by the pronoun before the verb, asked at the turn's end ("prefiero darle los datos a mi
despachadora, ¿me la pasas?", "¿Está el supervisor? ¿Me lo pasas?"), and a flesh-and-blood person asked for ("Any
flesh-and-blood person working that phone today?") are the human intent. What a person does for the caller ("mi
despachador me lo pasa", "la ruta me la pasa mi despachador") or a thing sent ("¿me la pasas por WhatsApp?") is not.
In a call the agent hands over (nobody free: a callback)."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí soy yo, pero prefiero darle los datos a mi despachadora, ¿me la pasas?", "es-MX"),
    ("¿Está el supervisor? ¿Me lo pasas?", "es-MX"),
    ("I'd rather give this to my dispatcher, can you put her on?", "en-US"),
    ("Any flesh-and-blood person working that phone today?", "en-US"),
    ("Is there a flesh and blood human I can talk to?", "en-US"),
])
def test_a_person_is_asked_for(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("La ruta me la pasa mi despachador.", "es-MX"),
    ("Mi despachador me lo pasa.", "es-MX"),
    ("La placa, ¿me la pasas?", "es-MX"),
    ("Mi despachador me pasó la ruta, ¿me la pasas por WhatsApp?", "es-MX"),
])
def test_what_someone_does_or_a_thing_sent_asks_for_nobody(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí soy yo, pero prefiero darle los datos a mi despachadora, ¿me la pasas?", "es-MX"),
    ("Any flesh-and-blood person working that phone today?", "en-US"),
])
async def test_the_agent_hands_over_in_a_call(text: str, locale: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    assert conv.ended and [a for a in actions if isinstance(a, ScheduleCallback)]
