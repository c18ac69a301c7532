"""The answer to Daisy's summary, a question that reads every value back: "no, así está bien" keeps them
(the same words that decline a callback offered), and a plain no still asks what to fix."""

from __future__ import annotations

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


async def at_summary(daisy: CompiledFlow) -> Conversation:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in DAISY_ES_TO_SUMMARY[:-1]:
        await conv.user_turn(turn)
    assert "le confirmo" in said(await conv.user_turn(DAISY_ES_TO_SUMMARY[-1]))
    return conv


@pytest.mark.parametrize(
    "turn", ["No, así está bien.", "No le hace.", "No, déjalo así.", "Nel, así está bien, gracias."]
)
async def test_fine_as_it_is_at_the_summary_keeps_the_values(daisy: CompiledFlow, turn: str) -> None:
    conv = await at_summary(daisy)
    await conv.user_turn(turn)
    assert conv.state.step.name != "which_field"
    assert conv.state.slots.get("full_name") == "Juan Pérez López"


@pytest.mark.parametrize("turn", ["No.", "No, está mal el correo."])
async def test_a_no_at_the_summary_asks_what_to_fix(daisy: CompiledFlow, turn: str) -> None:
    conv = await at_summary(daisy)
    await conv.user_turn(turn)
    assert conv.state.step.name == "which_field" or conv.state.step.name.startswith("registration")
