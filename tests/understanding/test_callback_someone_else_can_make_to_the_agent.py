"""Someone else who can call the agent ("el despachador le puede llamar en una hora", "la de despacho te puede marcar
en un rato", "ella puede llamar en la noche") says who has the data, never asks the agent to call the caller back:
the call goes on. "¿Me puede llamar en una hora?", "¿me le puede marcar en un rato?" and "¿puede llamar en una hora?"
still ask for the callback."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question

_SOMEONE_ELSE = [
    "El despachador le puede llamar en una hora.",
    "La de despacho te puede llamar en una hora.",
    "Mi esposa le puede llamar en la noche, ella tiene los papeles.",
    "No sé, mi esposa tiene los papeles, ella le puede llamar en una hora.",
    "Mi compañero te puede marcar en un rato.",
    "El licenciado Ramos le puede llamar en la tarde.",
    "Ella puede llamar en la noche.",
    "¿Quién más puede llamar en la noche?",
]


@pytest.mark.parametrize("text", _SOMEONE_ELSE)
def test_someone_else_who_can_call_the_agent_asks_no_callback(text: str) -> None:
    match = detect_intent(text, "es-MX")
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(
    "text",
    ["¿Me puede llamar en una hora?", "¿Me le puede marcar en un ratito?", "¿Puede llamar en una hora?",
     "¿Usted puede llamar en veinte minutos?", "Oiga, ¿podría llamar en veinte minutos?"],
)
def test_the_agent_asked_to_call_still_is_a_callback(text: str) -> None:
    match = detect_intent(text, "es-MX")
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize("text", _SOMEONE_ELSE[:5])
@pytest.mark.parametrize("slot", ["full_name", "tractor_number"])
async def test_the_call_goes_on_when_someone_else_can_call(text: str, slot: str) -> None:
    conv = await at_question(slot, "es-MX")
    await conv.user_turn(text)
    assert not conv.ended and conv.step.slot == slot
