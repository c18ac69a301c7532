"""What the caller actually heard, silence on the line, and the caller hanging up — through the adapter
in a real AgentSession."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from voice_call import DAISY, VoiceCall

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.store import MemoryStore


async def at_name_readback(daisy: CompiledFlow, *, played: float) -> VoiceCall:
    call = VoiceCall(daisy, locale="es-MX")
    await call.start()
    await call.says("sí")
    await call.says_and_is_cut_off("me llamo Juan Pérez García", played=played)
    return call


async def test_livekit_yes_after_a_readback_cut_before_the_value_does_not_confirm(daisy: CompiledFlow) -> None:
    call = await at_name_readback(daisy, played=0.15)  # "Anoto Ju..." — the name was not heard
    reply = await call.says("sí")
    assert call.conversation.slots == {}
    assert call.conversation.step.name == "registration.full_name.confirm"
    assert "Anoto Juan Pérez García" in reply  # read back again, in full
    cut = [e for e in call.conversation.log.events if e["kind"] == "interrupted"]
    assert len(cut) == 1 and cut[0]["value_heard"] is False
    await call.says("sí")  # heard this time
    assert call.conversation.slots == {"full_name": "Juan Pérez García"}
    await call.close()


async def test_livekit_yes_after_the_value_was_heard_confirms_even_if_cut(daisy: CompiledFlow) -> None:
    call = await at_name_readback(daisy, played=0.9)  # cut during "¿Es correcto?"
    await call.says("sí")
    assert call.conversation.slots == {"full_name": "Juan Pérez García"}
    cut = [e for e in call.conversation.log.events if e["kind"] == "interrupted"]
    assert len(cut) == 1 and cut[0]["value_heard"] is True
    await call.close()


@pytest.fixture(scope="module")
def quick_daisy(tmp_path_factory: pytest.TempPathFactory) -> CompiledFlow:
    """Daisy with a 0.3 s silence timeout (8 s on real calls)."""
    text = DAISY.read_text(encoding="utf-8").replace("    timeout: 8\n", "    timeout: 0.3\n", 1)
    text = text.replace("version: 1\n", f"version: 1\nprompts: {DAISY.parent.parent / 'prompts' / 'daisy'}\n", 1)
    path = Path(tmp_path_factory.mktemp("quick")) / "daisy.yaml"
    path.write_text(text, encoding="utf-8")
    return compile_flow(load_flow(path))


async def test_livekit_silence_after_the_agent_spoke_reprompts_then_ends_the_call(quick_daisy: CompiledFlow) -> None:
    store = MemoryStore()
    call = VoiceCall(quick_daisy, locale="es-MX", store=store)
    await call.start()
    # Nobody speaks after the greeting: the ladder (still_there, still_there_again), then no_answer, saved
    # as partial. (No caller turn first: on a loaded machine it would race the 0.3 s timer.)
    await call.adapter.finished.wait()
    reprompts = [e for e in call.conversation.log.events if e["kind"] == "silence_reprompt"]
    assert [e["rung"] for e in reprompts] == [1, 2]
    assert call.conversation.outcome == "partial"
    record = await store.get(call.conversation.record_id)
    assert record.status == "partial"
    assert any("silence" in str(e) for e in record.events)


async def test_livekit_caller_speaking_keeps_the_silence_timer_off(quick_daisy: CompiledFlow) -> None:
    call = VoiceCall(quick_daisy, locale="es-MX")
    await call.start()
    call.stt.start_speaking()  # the caller is talking (a long answer): no silence while they do
    await call.until(lambda: call.session.user_state == "speaking")
    # counted from when the caller began: a loaded machine may take the timeout to get them talking
    before = _reprompts(call)
    await asyncio.sleep(0.6)  # twice the timeout
    assert _reprompts(call) == before
    call.stt.finish_speaking("sí")
    await call.settled(lambda: call.conversation.step.name == "registration.full_name.ask")
    await call.close()


async def test_livekit_hang_up_mid_call_saves_what_was_confirmed(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", context={"phone": "+5215500001111"}, store=store)
    await call.start()
    await call.says("sí")
    await call.says("me llamo Ana López")
    await call.says("sí")
    await call.close()  # the session closes: the caller is gone
    assert call.conversation.ended
    record = await store.get(call.conversation.record_id)
    assert record.status == "partial" and record.slots == {"full_name": "Ana López"}
    assert any(e["kind"] == "disconnected" for e in record.events)
    # The same number calls again: the registration resumes after the name.
    again = VoiceCall(daisy, locale="es-MX", context={"phone": "+5215500001111"}, store=store)
    await again.start()
    assert again.conversation.resumed
    assert again.conversation.record_id == call.conversation.record_id
    await again.close()


def _reprompts(call: VoiceCall) -> int:
    return sum(1 for e in call.conversation.log.events if e["kind"] == "silence_reprompt")
