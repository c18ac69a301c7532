"""The phone in a real AgentSession through the LiveKit adapter: keypad digits from the room's DTMF
events, an outbound call where the callee speaks first, a voicemail greeting, a transfer that fails."""

from __future__ import annotations

from livekit import rtc
from voice_call import VoiceCall

from daisy_engine.compiler import CompiledFlow
from daisy_engine.store import MemoryStore
from daisy_engine.transports.livekit.phone import DTMF_EVENT, listen_for_keys, outbound_plan
from daisy_engine.transports.livekit.sip import TransferFailed

OUTBOUND = {"direction": "outbound", "phone": "+5215512345678"}


def press(room: rtc.EventEmitter, keys: str) -> None:
    for code, key in enumerate(keys):
        room.emit(DTMF_EVENT, rtc.SipDTMF(code=code, digit=key, participant=None))


async def test_keyed_digits_in_the_room_reach_the_flow_as_the_value(daisy: CompiledFlow) -> None:
    call = VoiceCall(daisy, locale="es-MX", store=MemoryStore())
    room: rtc.EventEmitter = rtc.EventEmitter()
    listen_for_keys(room, call.adapter)
    await call.start()
    await call.says("sí")
    await call.says("me llamo Juan Pérez García")
    assert "número económico" in await call.says("sí")
    mark = len(call.tts.spoken)
    press(room, "45")
    await call.settled()
    assert call.conversation.step.name == "registration.tractor_number.ask"  # no # yet: still keying
    press(room, "12#")
    await call.settled(lambda: call.conversation.pending is not None)
    assert "Tractor número 4512" in call.heard_since(mark)
    await call.says("sí")
    assert call.conversation.slots["tractor_number"] == "4512"
    await call.close()


async def test_keys_without_pound_count_once_the_caller_stops_keying(daisy: CompiledFlow) -> None:
    call = VoiceCall(daisy, locale="en-US", store=MemoryStore())
    room: rtc.EventEmitter = rtc.EventEmitter()
    listen_for_keys(room, call.adapter)
    await call.start()
    await call.says("yes")
    await call.says("John Smith")
    await call.says("yes")
    mark = len(call.tts.spoken)
    press(room, "77")
    await call.adapter.silence()  # the silence timer ran out after the last key
    await call.settled(lambda: call.conversation.pending is not None)
    assert "Tractor number 77" in call.heard_since(mark)
    assert not any(e["kind"] == "silence_reprompt" for e in call.conversation.log.events)
    await call.close()


async def outbound_call(daisy: CompiledFlow, *, wait: float, locale: str = "es-MX") -> VoiceCall:
    call = VoiceCall(daisy, locale=locale, context=OUTBOUND, store=MemoryStore())
    await call.adapter.prepare(wait_for_callee=wait)
    await call.session.start(call.adapter.agent)
    await call.settled()
    return call


async def test_on_an_outbound_call_daisy_lets_the_callee_speak_first(daisy: CompiledFlow) -> None:
    call = await outbound_call(daisy, wait=60)
    assert call.tts.spoken == []  # nothing said into the ringing silence
    reply = await call.says("¿Bueno?")
    assert "Le habla Daisy" in reply
    await call.says("sí, dígame")
    assert call.conversation.step.name == "registration.full_name.ask"
    await call.close()


async def test_a_silent_callee_is_greeted_after_the_wait(daisy: CompiledFlow) -> None:
    call = await outbound_call(daisy, wait=0.05, locale="en-US")
    await call.settled(lambda: bool(call.tts.spoken))
    assert "this is Daisy" in call.tts.heard()
    await call.close()


async def test_a_voicemail_greeting_gets_a_short_message_and_a_callback(daisy: CompiledFlow) -> None:
    call = await outbound_call(daisy, wait=60)
    reply = await call.says("Hola, no estoy disponible, deje su mensaje después del tono")
    assert "Le vuelvo a llamar en 15 minutos" in reply and "Tiene un par de minutos" not in reply
    await call.adapter.finished.wait()
    assert call.conversation.outcome == "rescheduled"
    record = await call.store.get(call.conversation.record_id)
    assert record is not None and record.status == "rescheduled" and record.callback_at


class Unreachable:
    """A room whose SIP transfer fails, as when the dispatcher's line is busy."""

    def __init__(self) -> None:
        self.transfers: list[str] = []
        self.hung_up = False

    async def hang_up(self) -> None:
        self.hung_up = True

    async def transfer(self, to: str) -> None:
        self.transfers.append(to)
        raise TransferFailed("486 Busy Here")


async def test_a_failed_transfer_falls_back_instead_of_leaving_silence(daisy: CompiledFlow) -> None:
    call = VoiceCall(daisy, locale="es-MX", context={"human_number": "+5215599999999"}, store=MemoryStore())
    room = Unreachable()
    call.adapter.room = room
    await call.start()
    mark = len(call.tts.spoken)
    await call.says("quiero hablar con una persona")
    await call.adapter.finished.wait()
    assert room.transfers == ["+5215599999999"] and room.hung_up
    heard = call.heard_since(mark)
    assert "no hay nadie disponible" in heard, heard  # the flow's fallback (no_human) was spoken
    assert call.conversation.outcome == "rescheduled"


def test_outbound_metadata_says_who_to_wait_for_and_who_dials() -> None:
    by_cli = outbound_plan('{"direction": "outbound", "phone": "+5215512345678", "participant_identity": "sip-x"}')
    assert by_cli is not None and by_cli.identity == "sip-x" and not by_cli.agent_dials
    by_agent = outbound_plan('{"direction": "outbound", "phone": "+5215512345678", "sip_trunk_id": "ST_1"}')
    assert by_agent is not None and by_agent.agent_dials and by_agent.identity == "sip-5215512345678"
    assert outbound_plan('{"phone": "+5215512345678"}') is None and outbound_plan("not json") is None
