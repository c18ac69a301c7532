"""Barge-in: a "yes" after a read-back the caller cut off before its value does not confirm the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime.actions import Say
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).parents[2] / "flows" / "daisy.yaml"


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def at_name_confirmation(daisy: CompiledFlow, locale: str = "es-MX") -> tuple[Conversation, str]:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    actions = await conv.user_turn("me llamo Juan Pérez García" if locale == "es-MX" else "my name is John Smith")
    readback = " ".join(a.text for a in actions if isinstance(a, Say))
    assert conv.step.name == "registration.full_name.confirm"
    return conv, readback


async def test_a_yes_after_a_readback_cut_before_the_value_reads_it_again(daisy: CompiledFlow) -> None:
    conv, readback = await at_name_confirmation(daisy)
    assert "Juan Pérez García" in readback
    await conv.speech_interrupted(readback, readback[: readback.index("Juan") + 3])  # "Anoto Jua"
    again = await conv.user_turn("sí")
    assert conv.slots == {} and conv.pending == "Juan Pérez García"
    assert conv.step.name == "registration.full_name.confirm"
    assert "Juan Pérez García" in " ".join(a.text for a in again if isinstance(a, Say))
    assert conv.attempts() == 0
    # Heard in full this time: the next yes confirms.
    await conv.user_turn("sí")
    assert conv.slots == {"full_name": "Juan Pérez García"}


async def test_a_cut_after_the_value_was_spoken_lets_the_yes_confirm(daisy: CompiledFlow) -> None:
    conv, readback = await at_name_confirmation(daisy, "en-US")
    cut = readback.index("John Smith") + len("John Smith")
    await conv.speech_interrupted(readback, readback[:cut])  # "I have John Smith" — the question was cut
    await conv.user_turn("yes")
    assert conv.slots == {"full_name": "John Smith"}


async def test_a_no_or_a_correction_after_a_cut_readback_is_taken_as_usual(daisy: CompiledFlow) -> None:
    conv, readback = await at_name_confirmation(daisy)
    await conv.speech_interrupted(readback, "")
    await conv.user_turn("no, me llamo Pedro Ramírez")
    assert conv.pending == "Pedro Ramírez" and conv.slots == {}


async def test_the_interruption_only_concerns_the_next_turn(daisy: CompiledFlow) -> None:
    conv, readback = await at_name_confirmation(daisy)
    await conv.speech_interrupted(readback, "Anoto")
    again = await conv.user_turn("sí")  # not confirmed: read back again, this time played in full
    assert conv.slots == {} and again
    await conv.user_turn("sí")
    assert conv.slots == {"full_name": "Juan Pérez García"}
    cut = [e for e in conv.log.events if e["kind"] == "interrupted"]
    assert len(cut) == 1 and cut[0]["value_heard"] is False and cut[0]["played"] == len("Anoto")


async def test_an_interruption_outside_a_confirmation_changes_nothing(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    greeting = " ".join(a.text for a in await conv.start() if isinstance(a, Say))
    await conv.speech_interrupted(greeting, greeting[:5])
    await conv.user_turn("sí")
    assert conv.step.name == "registration.full_name.ask"


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_a_readback_cut_before_its_value_is_said_again_whole_not_shorter(daisy: CompiledFlow,
                                                                              locale: str) -> None:
    """The caller never heard the value: the read-back said again is the whole one, not the shorter yes/no a
    question said again unchanged gets (`asked_before`)."""
    conv, readback = await at_name_confirmation(daisy, locale)
    await conv.speech_interrupted(readback, readback[:3])
    again = " ".join(a.text for a in await conv.user_turn("sí" if locale == "es-MX" else "yes") if isinstance(a, Say))
    assert again == readback
