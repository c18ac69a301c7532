"""A driver who confirms and urges the agent on ("Sí, rápido que ando manejando", "Yeah, I'm driving,
make it quick") is asked the next question, not called back later; one who says he cannot talk now is
still called back."""

from __future__ import annotations

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


async def _at(daisy: CompiledFlow, locale: str, turns: list[str]) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv


async def test_a_yes_urging_the_agent_on_goes_on_to_the_next_value(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "es-MX",
                     ["sí", "Rosa Ibarra", "sí", "ochenta y ocho", "Sí, ándale rápido que ando manejando."])
    assert conv.slots.get("tractor_number") == "88"
    assert conv.step.slot == "tractor_plate"
    assert not conv.ended


async def test_an_english_yes_urging_the_agent_on_goes_on(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "en-US",
                     ["yes", "Rosa Ibarra", "yes", "eighty eight", "Yeah, I'm driving, make it quick."])
    assert conv.slots.get("tractor_number") == "88"
    assert conv.step.slot == "tractor_plate"
    assert not conv.ended


async def test_trap_cannot_talk_while_driving_is_still_a_callback(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "es-MX", ["sí", "Rosa Ibarra", "sí", "ochenta y ocho", "Ahorita no puedo, voy manejando."])
    assert conv.outcome == "rescheduled"
