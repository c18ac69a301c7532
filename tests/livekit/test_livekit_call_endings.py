"""How a call ends on LiveKit: the room is hung up (or the caller transferred) only once the last line
has finished playing; a callback is kept on the record for the scheduler."""

from __future__ import annotations

from voice_call import VoiceCall

from daisy_engine import understanding
from daisy_engine.compiler import CompiledFlow
from daisy_engine.store import MemoryStore


class RoomRecorder:
    """Stands in for the job's room: notes what the adapter did, and what had been heard by then."""

    def __init__(self) -> None:
        self.done: list[tuple[str, str, str]] = []
        self.call: VoiceCall | None = None

    def _heard(self) -> str:
        assert self.call is not None
        return "" if self.call.speaker.held or self.call.speaker._pushed else self.call.tts.heard()

    async def hang_up(self) -> None:
        self.done.append(("hang_up", "", self._heard()))

    async def transfer(self, to: str) -> None:
        self.done.append(("transfer", to, self._heard()))


async def test_livekit_refusal_hangs_up_after_the_goodbye_played(daisy: CompiledFlow) -> None:
    room, store = RoomRecorder(), MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", room=room, store=store)
    room.call = call
    await call.start()
    offer = await call.says("no")
    assert offer
    goodbye = await call.says("no, gracias")
    await call.adapter.finished.wait()
    [(what, _, heard)] = room.done
    assert what == "hang_up" and goodbye and heard.endswith(goodbye)
    record = await store.get(call.conversation.record_id)
    assert record.status == "refused"


async def test_livekit_asking_for_a_person_transfers_after_the_line_played(daisy: CompiledFlow) -> None:
    room, store = RoomRecorder(), MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", room=room, store=store, context={"human_number": "+5215500000000"})
    room.call = call
    await call.start()
    line = await call.says("quiero hablar con una persona")
    await call.adapter.finished.wait()
    assert "le comunico con un compañero" in line
    [(what, to, heard)] = room.done
    assert (what, to) == ("transfer", "+5215500000000") and heard.endswith(line)
    record = await store.get(call.conversation.record_id)
    assert record.status == "transferred"


async def test_livekit_callback_request_is_stored_for_the_scheduler(daisy: CompiledFlow) -> None:
    room, store = RoomRecorder(), MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", room=room, store=store, context={"phone": "+5215512340000"})
    room.call = call
    await call.start()
    await call.says("llámeme en veinte minutos")
    await call.adapter.finished.wait()
    record = await store.get(call.conversation.record_id)
    assert record.status == "rescheduled" and record.callback_at
    assert [what for what, _, _ in room.done] == ["hang_up"]


async def test_livekit_call_whose_session_closes_leaves_none_of_the_callers_words_cached(
        daisy: CompiledFlow) -> None:
    call = VoiceCall(daisy, locale="en-US", store=MemoryStore())
    await call.start()
    await call.says("yes")
    await call.says("my name is Mary Johnson")
    assert sum(cache.cache_info().currsize for cache in understanding.turn_caches()) > 0
    await call.close()  # the caller hangs up: the session closes
    assert call.conversation.ended
    assert sum(cache.cache_info().currsize for cache in understanding.turn_caches()) == 0
