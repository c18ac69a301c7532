"""Whole Daisy calls through the adapter in a real AgentSession: caller turns enter on the speech path
(speech-to-text → end of turn → the adapter's user-turn hook), every line is spoken by the voice exactly
as the engine rendered it, and the model never answers a turn by itself."""

from __future__ import annotations

from voice_call import VoiceCall

from daisy_engine.compiler import CompiledFlow
from daisy_engine.store import MemoryStore

ES_CALL = [
    ("sí, claro", "nombre completo"),
    ("me llamo Juan Pérez García", "Anoto Juan Pérez García"),
    ("sí", "número económico"),
    ("cero cuarenta y dos", "Tractor número 042"),
    ("correcto", None),
    ("A B C ciento veintitrés", "A de árbol, B de burro, C de casa, 1, 2, 3"),
    ("así es", "número de la caja"),
    ("quinientos doce", "Caja número 512"),
    ("sí", None),
    ("equis ye zeta guion cuatrocientos cincuenta y seis", "X de xilófono, Y de yate, Z de zapato"),
    ("sí", "¿A qué hora calcula llegar?"),
    ("a las dos y media de la tarde", "Llegada a las 2:30 de la tarde"),
    ("sí", "correo electrónico"),
    ("juan punto perez arroba gmail punto com", "juan punto perez arroba gmail punto com"),
    ("sí", "Juan Pérez García"),
]

EN_CALL = [
    ("yes", "full name"),
    ("my name is John Smith", "I have John Smith"),
    ("yes", None),
    ("zero four two", "Tractor number 042"),
    ("yeah", None),
    ("alpha bravo charlie one hundred twenty three", "Alpha, Bravo, Charlie, 1, 2, 3"),
    ("that's right", None),
    ("five one two", "Trailer number 512"),
    ("yes", None),
    ("x-ray yankee zulu four hundred fifty six", "X-ray, Yankee, Zulu"),
    ("yes", None),
    ("around five thirty pm", "Arriving at 5:30 PM"),
    ("correct", None),
    ("john dot smith at gmail dot com", "john dot smith at gmail dot com"),
    ("yes", "John Smith"),
]


async def test_livekit_whole_daisy_call_in_spanish_is_registered(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    call = VoiceCall(daisy, locale="es-MX", context={"phone": "+5215512345678"}, store=store)
    assert "Le habla Daisy, de TransNorte" in await call.start()
    assert call.tools() == []  # the greeting offers the model nothing to call
    for turn, expected in ES_CALL:
        reply = await call.says(turn)
        if expected:
            assert expected in reply, (turn, reply)
        step = call.conversation.step
        # The model's tools are the step's: record_<slot> (and not_understood) while a value is asked
        # for, dictated or confirmed; the state's own tools otherwise.
        if step.slot and step.listen in ("slot", "char", "confirm"):
            assert call.tools() == sorted(["not_understood", f"record_{step.slot}", *step.tools]), step.name
        else:
            assert call.tools() == sorted(step.tools), step.name
        assert "asistente telefónica" in call.adapter.agent.instructions  # the persona, always
        if step.name == "registration.email.ask":
            assert "correo se dicta" in call.adapter.agent.instructions  # + the state's instruct
    assert call.conversation.step.name == "summary"
    goodbye = await call.says("sí, todo correcto")
    await call.adapter.finished.wait()
    assert call.conversation.outcome == "complete"
    record = await store.get(call.conversation.record_id)
    assert record.status == "complete"
    assert record.slots == {
        "full_name": "Juan Pérez García",
        "tractor_number": "042",
        "tractor_plate": "ABC-123",
        "trailer_number": "512",
        "trailer_plate": "XYZ-456",
        "eta": "14:30",
        "email": "juan.perez@gmail.com",
    }
    assert goodbye  # the goodbye was spoken before the call ended
    # Every agent line the caller heard is a rendered template, word for word: the model never spoke.
    agent_lines = " ".join(line["text"] for line in call.conversation.log.transcript if line["role"] == "agent")
    assert call.tts.heard() == " ".join(agent_lines.split())
    assert call.model.requests == []


async def test_livekit_whole_daisy_call_in_english_is_registered(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    call = VoiceCall(daisy, locale="en-US", context={"phone": "+15125550100"}, store=store)
    assert "this is Daisy from TransNorte" in await call.start()
    for turn, expected in EN_CALL:
        reply = await call.says(turn)
        if expected:
            assert expected in reply, (turn, reply)
    await call.says("yes, all correct")
    await call.adapter.finished.wait()
    record = await store.get(call.conversation.record_id)
    assert record.status == "complete" and record.slots["eta"] == "17:30"
    assert record.slots["trailer_plate"] == "XYZ-456" and record.slots["email"] == "john.smith@gmail.com"
    assert call.model.requests == []
