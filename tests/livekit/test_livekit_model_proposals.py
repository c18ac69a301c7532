"""The model's only lever is the step's tools: when the extractors cannot read a turn, the model gets one
tool-only look at it, and what it proposes through `record_<slot>` is re-validated by the engine."""

from __future__ import annotations

from livekit_doubles import ModelRequest, Reply
from voice_call import VoiceCall

from daisy_engine.compiler import CompiledFlow

TO_ETA = [
    ("sí", None),
    ("me llamo Juan Pérez García", None),
    ("sí", None),
    ("cero cuarenta y dos", None),
    ("sí", None),
    ("A B C ciento veintitrés", None),
    ("sí", None),
    ("quinientos doce", None),
    ("sí", None),
    ("equis ye zeta cuatrocientos cincuenta y seis", None),
    ("sí", "¿A qué hora calcula llegar?"),
]
UNREADABLE = "pues ya sabe, cuando acabe de comer"


async def at_eta(daisy: CompiledFlow, answer: Reply) -> VoiceCall:
    def policy(request: ModelRequest) -> Reply:
        return answer if request.tool_choice == "required" else "(the model spoke on its own)"

    call = VoiceCall(daisy, locale="es-MX", policy=policy)
    await call.start()
    for turn, expected in TO_ETA:
        reply = await call.says(turn)
        assert expected is None or expected in reply, (turn, reply)
    assert call.conversation.step.name == "registration.eta.ask"
    assert call.tools() == ["not_understood", "record_eta"]
    assert call.model.requests == []  # every turn so far was read by the extractors
    return call


async def test_livekit_model_value_for_an_unread_turn_is_validated_and_read_back(daisy: CompiledFlow) -> None:
    call = await at_eta(daisy, [("record_eta", {"value": "a las tres de la tarde"})])
    reply = await call.says(UNREADABLE)
    assert "Llegada a las 3 de la tarde" in reply or "Llegada a las 3:00 de la tarde" in reply, reply
    assert call.conversation.pending == "15:00" and call.conversation.step.name == "registration.eta.confirm"
    request = call.model.requests[-1]
    assert sorted(request.tools) == ["not_understood", "record_eta"] and request.tool_choice == "required"
    assert any(UNREADABLE in str(item.get("content")) for item in request.messages)
    assert "(the model spoke on its own)" not in call.tts.heard()
    await call.says("sí")
    assert call.conversation.slots["eta"] == "15:00"
    await call.close()


async def test_livekit_invalid_model_value_is_refused_and_the_engine_asks_again(daisy: CompiledFlow) -> None:
    call = await at_eta(daisy, [("record_eta", {"value": "banana"})])
    reply = await call.says(UNREADABLE)
    assert call.conversation.pending is None and call.conversation.step.name == "registration.eta.ask"
    refused = [e for e in call.conversation.log.events if e["kind"] == "model_value"]
    assert refused and refused[-1]["accepted"] is False
    assert reply and "banana" not in reply and "(the model" not in reply  # the engine's reprompt, only
    await call.close()


async def test_livekit_model_not_understanding_leaves_the_engine_reprompt(daisy: CompiledFlow) -> None:
    call = await at_eta(daisy, [("not_understood", {})])
    reply = await call.says(UNREADABLE)
    assert reply and call.conversation.step.name == "registration.eta.ask"
    assert call.conversation.attempts() == 1
    assert "(the model" not in call.tts.heard()
    await call.close()


async def test_livekit_openai_chat_plugin_proposal_over_sse_is_revalidated(daisy: CompiledFlow) -> None:
    """`openai.LLM` for real, against a chat-completions stand-in: the model's look at an unread turn
    arrives as a streamed tool call, and the engine checks the value before reading it back."""
    from chat_standin import ChatStandIn

    standin = await ChatStandIn(lambda request: [("record_eta", {"value": "a las cinco de la tarde"})]).start()
    try:
        call = VoiceCall(daisy, locale="es-MX", chat_url=standin.url)
        await call.start()
        for turn, _ in TO_ETA:
            await call.says(turn)
        assert standin.requests == []  # the extractors read every turn so far; the model was not asked
        reply = await call.says(UNREADABLE)
        assert "Llegada a las 5" in reply and call.conversation.pending == "17:00"
        [request] = standin.requests
        assert request["tool_choice"] == "required"
        assert sorted(tool["function"]["name"] for tool in request["tools"]) == ["not_understood", "record_eta"]
        assert {"role": "user", "content": UNREADABLE} in request["messages"]
        await call.close()
    finally:
        await standin.close()


async def test_livekit_step_without_a_say_is_phrased_by_the_model_under_its_instructions() -> None:
    from pathlib import Path

    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import load_flow

    chat = compile_flow(load_flow(Path(__file__).parent / "flows" / "chat" / "chat.yaml"))
    call = VoiceCall(chat, locale="es-MX", policy=lambda request: "¿De qué ciudad nos llama?")
    assert await call.start() == "¿De qué ciudad nos llama?"  # the model's words, spoken by the voice
    [request] = call.model.requests
    system = " ".join(str(item.get("content")) for item in request.messages if item.get("role") == "system")
    assert "de qué ciudad llama" in system and "asistente telefónica" in system
    assert await call.says("de Monterrey") == "Gracias, de Monterrey anotado. Hasta luego."  # the engine's line
    await call.adapter.finished.wait()
    assert call.conversation.outcome == "complete" and len(call.model.requests) == 1
