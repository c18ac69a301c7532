"""What only sounds like a callback asked without "me" or of someone else, heard in a call. "¿Puede hablar en
español?", "¿puedes hablar en voz más alta?" ask how the agent speaks, never to be called: the call goes on at every
question and read-back (a span after "en" is still a callback: "¿puedes llamar en una hora?"). The caller's own call
to the agent's phone ("le marco en una hora a su celular", "te llamo al rato al número que me diste") is one Daisy
waits for, never an errand to someone else. "I'm at the dock, call back in an hour" names where the caller is, and
asks the agent to call: the callback is booked, as "my wife can call you back" stays another's call."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import Say

from .call_helpers import at_question

_SLOTS = ["full_name", "tractor_plate", "eta", "email"]


def _said(actions: list) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


@pytest.mark.parametrize("text", [
    "¿Puede hablar en español, por favor?",
    "¿puedes hablar en voz más alta?",
    "¿Puedes hablar en inglés? No le entiendo bien.",
    "¿quiere hablar en persona?",
    "oiga, ¿podría hablar en voz alta?",
])
@pytest.mark.parametrize("slot", _SLOTS)
@pytest.mark.parametrize("read_back", [False, True])
async def test_asking_how_the_agent_speaks_is_no_callback(text: str, slot: str, read_back: bool) -> None:
    conv = await at_question(slot, "es-MX")
    if read_back:
        await conv.user_turn({"full_name": "Ana López", "tractor_plate": "equis ye ca, uno dos tres cuatro",
                              "eta": "a las cinco de la tarde", "email": "ana arroba gmail punto com"}[slot])
    await conv.user_turn(text)
    assert not conv.ended and conv.outcome != "rescheduled"
    assert conv.step.slot == slot


@pytest.mark.parametrize(("text", "minutes"), [
    ("¿puedes llamar en una hora?", 60),
    ("¿podrías marcar en veinte minutos?", 20),
    ("¿puede llamar en unos treinta y cinco minutos?", 35),
    ("¿puedes hablar en media hora?", 30),
])
@pytest.mark.parametrize("slot", ["full_name", "eta"])
async def test_a_span_after_the_call_asked_without_me_still_books_it(text: str, minutes: int, slot: str) -> None:
    conv = await at_question(slot, "es-MX")
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert f"en {minutes} minutos" in _said(actions)


@pytest.mark.parametrize("text", [
    "le marco en una hora a su celular",
    "te llamo en una hora a tu número",
    "luego le marco a su celular",
    "yo le hablo al rato a su teléfono",
    "te marco al rato al celular",
])
@pytest.mark.parametrize("slot", ["full_name", "trailer_plate", "eta"])
async def test_the_callers_call_to_the_agents_phone_is_one_daisy_waits_for(text: str, slot: str) -> None:
    conv = await at_question(slot, "es-MX")
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert "quedo al pendiente de su llamada" in _said(actions)


@pytest.mark.parametrize(("text", "minutes"), [
    ("I'm at the dock, call back in an hour", 60),
    ("I'm in a meeting at the moment, call back in twenty minutes", 20),
    ("I'm on the road, call back in an hour", 60),
    ("busy with the customer, call back in thirty minutes", 30),
])
@pytest.mark.parametrize("slot", ["full_name", "tractor_plate", "eta"])
async def test_a_place_named_before_call_back_still_books_the_callback(text: str, minutes: int, slot: str) -> None:
    conv = await at_question(slot, "en-US")
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert f"in {minutes} minutes" in _said(actions)
