"""`livekit-plugins-openai`'s Realtime model for real, against a stand-in of the Realtime server on
127.0.0.1: the engine hears every caller turn (the final input transcription) before anything answers
it, and a whole Daisy call completes over the websocket."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from realtime_standin import RealtimeStandIn, wait_for
from test_livekit_adapter_calls import ES_CALL
from voice_call import DAISY, VoiceCall

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.store import MemoryStore
from daisy_engine.transports.livekit.entrypoint import _typed_turn


@pytest.fixture
async def standin() -> AsyncIterator[RealtimeStandIn]:
    server = await RealtimeStandIn().start()
    yield server
    await server.close()


async def test_realtime_whole_daisy_call_over_the_realtime_protocol(
    daisy: CompiledFlow, standin: RealtimeStandIn
) -> None:
    store = MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", store=store, realtime=standin)
    assert "Le habla Daisy" in await call.start()
    # The session the client asked for: text out (lines are spoken by the voice), the server detects
    # turns but never answers them by itself, and transcribes Spanish.
    await wait_for(lambda: "audio" in standin.session)
    audio_in = standin.session["audio"]["input"]
    assert audio_in["turn_detection"]["create_response"] is False
    assert audio_in["transcription"]["language"] == "es"
    assert standin.session["output_modalities"] == ["text"]
    assert "asistente telefónica" in standin.session.get("instructions", "")
    for turn, expected in ES_CALL:
        reply = await call.says(turn)
        if expected:
            assert expected in reply, (turn, reply)
        if call.conversation.step.name == "registration.email.ask":
            await wait_for(
                lambda: {t["name"] for t in standin.session.get("tools", [])} == {"record_email", "not_understood"}
            )
    await call.says("sí, todo correcto")
    await call.adapter.finished.wait()
    record = await store.get(call.conversation.record_id)
    assert record.status == "complete" and record.slots["email"] == "juan.perez@gmail.com"
    # Nothing answered a caller turn but the engine: the model was never asked for a response.
    assert standin.sent("response.create") == []
    await call.close()
    assert call.tts.heard() == " ".join(
        " ".join(line["text"] for line in call.conversation.log.transcript if line["role"] == "agent").split()
    )


async def test_realtime_unread_turn_gets_a_tool_only_look_and_the_value_is_revalidated(
    daisy: CompiledFlow, standin: RealtimeStandIn
) -> None:
    def policy(response: dict[str, Any], session: dict[str, Any]) -> Any:
        return [("record_full_name", {"value": "María Fernanda Ruiz"})]

    standin.policy = policy
    call = VoiceCall(daisy, locale="es-MX", realtime=standin)
    await call.start()
    await call.says("sí")
    reply = await call.says("trapa lo la")  # nothing the name extractor can use
    assert "María Fernanda Ruiz" in reply
    assert call.conversation.pending == "María Fernanda Ruiz"
    [look] = standin.sent("response.create")
    assert look["response"]["tool_choice"] == "required"
    assert {tool["name"] for tool in look["response"]["tools"]} == {"record_full_name", "not_understood"}
    await call.close()


async def test_realtime_caller_cutting_a_readback_before_the_value_is_not_a_confirmation(
    daisy: CompiledFlow, standin: RealtimeStandIn
) -> None:
    call = VoiceCall(daisy, locale="es-MX", realtime=standin)
    await call.start()
    await call.says("sí")
    await call.says_and_is_cut_off("me llamo Juan Pérez García", played=0.1)
    reply = await call.says("sí")  # the server hears speech start (the line is cut), then the words
    assert call.conversation.slots == {} and "Anoto Juan Pérez García" in reply
    await call.says("sí")
    assert call.conversation.slots == {"full_name": "Juan Pérez García"}
    await call.close()


async def test_realtime_silence_on_the_line_runs_the_ladder(standin: RealtimeStandIn, tmp_path: Path) -> None:
    text = DAISY.read_text(encoding="utf-8").replace("    timeout: 8\n", "    timeout: 0.3\n", 1)
    text = text.replace("version: 1\n", f"version: 1\nprompts: {DAISY.parent.parent / 'prompts' / 'daisy'}\n", 1)
    (tmp_path / "daisy.yaml").write_text(text, encoding="utf-8")
    quick = compile_flow(load_flow(tmp_path / "daisy.yaml"))
    call = VoiceCall(quick, locale="es-MX", realtime=standin)
    await call.start()
    # nobody speaks from the greeting on: still_there, still_there_again, no_answer (a caller turn here
    # would race the 0.3 s timer on a loaded machine)
    await call.adapter.finished.wait()
    reprompts = [e["rung"] for e in call.conversation.log.events if e["kind"] == "silence_reprompt"]
    assert reprompts == [1, 2] and call.conversation.outcome == "partial"
    await call.close()


async def test_realtime_typed_chat_text_is_a_turn_for_the_engine(daisy: CompiledFlow, standin: RealtimeStandIn) -> None:
    call = VoiceCall(daisy, locale="es-MX", realtime=standin)
    await call.start()
    on_text = _typed_turn(call.adapter)  # what the room's chat input calls
    await on_text(call.session, type("TextInputEvent", (), {"text": "sí, claro"})())
    await call.settled()
    assert call.conversation.step.name == "registration.full_name.ask"
    assert "nombre completo" in call.tts.heard()
    assert standin.sent("response.create") == []
    await call.close()


async def test_realtime_call_follows_a_caller_who_answers_in_english(
    daisy: CompiledFlow, standin: RealtimeStandIn
) -> None:
    store = MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", store=store, realtime=standin)
    await call.start()
    await wait_for(lambda: "audio" in standin.session)
    assert standin.session["audio"]["input"]["transcription"]["language"] == "es"
    # Spoken in English, the answer is heard in English: the call goes on in en-US
    reply = await call.says("Yes, I have a couple of minutes.")
    assert "full name" in reply and call.conversation.locale == "en-US"
    # the Realtime session now transcribes English and the model's instructions are the English persona
    await wait_for(lambda: standin.session["audio"]["input"]["transcription"].get("language") == "en")
    await wait_for(lambda: "American English" in standin.session.get("instructions", ""))
    assert standin.session["audio"]["input"]["turn_detection"]["create_response"] is False
    assert "I have Dwayne Hollis" in await call.says("It's Dwayne Hollis.")
    await call.says("Yes, that is right.")
    assert call.conversation.slots["full_name"] == "Dwayne Hollis"
    assert standin.sent("response.create") == []
    await call.close()
    record = await store.get(call.conversation.record_id)
    assert record.locale == "en-US"
    assert [e for e in record.events if e["kind"] == "locale"][0]["to"] == "en-US"
