"""A call through the desk flow, as a caller and an operator would notice it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import CallTool, EndCall, Instruct, ScheduleCallback, SetTools, Transfer
from daisy_engine.runtime.tools import ToolRegistry, mocked
from daisy_engine.store import MemoryStore, NewRecord

NOON = datetime(2030, 1, 7, 12, 0, tzinfo=UTC)


def make(desk: CompiledFlow, store: MemoryStore | None = None, **kwargs: Any) -> Conversation:
    tools = ToolRegistry(desk.flow, overrides={"notify": mocked({"ok": True})})
    kwargs.setdefault("context", {"phone": "+5215512345678"})
    return Conversation(desk, store=store or MemoryStore(), tools=tools, clock=lambda: NOON, **kwargs)


async def to_color(conv: Conversation) -> None:
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("AB12")
    await conv.user_turn("sí")


async def test_happy_path_saves_every_value_and_ends_complete(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    assert said(await conv.start()) == "Hola, habla Desk de Acme. ¿Tiene un minuto?"
    assert said(await conv.user_turn("sí")) == "¿Cuál es su código?"
    assert said(await conv.user_turn("es el AB12")) == "El código es AB12, ¿correcto?"
    assert said(await conv.user_turn("sí")) == "¿De qué color es?"
    assert said(await conv.user_turn("rojo")) == "Color red, ¿correcto?"
    assert said(await conv.user_turn("sí")) == "¿Qué talla?"
    assert said(await conv.user_turn("42")) == "Talla 42, ¿correcto?"
    assert said(await conv.user_turn("sí")) == "Del 1 al 5, ¿cómo le atendimos?"
    last = await conv.user_turn("5")
    assert said(last) == "Gracias, cliente distinguido. Hasta luego."
    assert last[-1] == EndCall("complete")
    assert [a.name for a in last if isinstance(a, CallTool)] == ["notify", "save_record"]
    record = await store.get(conv.record_id or 0)
    assert record is not None
    assert record.status == "complete" and record.outcome == "complete"
    assert record.slots == {"code": "AB12", "color": "red", "size": 42, "rating": 5}
    assert [line["role"] for line in record.transcript[:2]] == ["agent", "caller"]
    assert any(entry["kind"] == "transition" for entry in record.events)


async def test_each_value_is_in_the_store_as_soon_as_it_is_confirmed(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("AB12")
    assert (await store.get(conv.record_id or 0)).slots == {}  # type: ignore[union-attr]
    await conv.user_turn("sí")
    assert (await store.get(conv.record_id or 0)).slots == {"code": "AB12"}  # type: ignore[union-attr]


async def test_the_model_is_told_what_each_step_is_about(desk: CompiledFlow) -> None:
    conv = make(desk)
    start = await conv.start()
    assert Instruct("Eres Desk, de Acme.\n\nSaluda y pregunta si puede hablar.") in start
    assert SetTools(("lookup",)) in start
    asked = await conv.user_turn("sí")
    assert Instruct("Eres Desk, de Acme.\n\nPide code.") in asked
    assert SetTools(("record_code",)) in asked
    # Same step kind, same tools: nothing new to tell.
    assert not [a for a in await conv.user_turn("nada") if isinstance(a, Instruct | SetTools)]


async def test_the_model_gets_the_schemas_of_the_tools_it_may_call(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    assert [schema["name"] for schema in conv.tool_schemas()] == ["lookup"]
    assert conv.tool_schemas()[0]["parameters"]["required"] == ["code"]
    await conv.user_turn("sí")
    (record_code,) = conv.tool_schemas()
    assert record_code["name"] == "record_code" and record_code["parameters"]["required"] == ["value"]


async def test_a_denied_value_is_asked_again_and_counts_as_an_attempt(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("AB12")
    assert said(await conv.user_turn("no")) == "Intento 2. ¿Cuál es su código?"
    assert conv.pending is None
    assert conv.step.name == "form.code.ask"


@pytest.mark.parametrize("answer", ["no, es CD34", "CD34"])
async def test_a_correction_replaces_the_value_and_reads_it_back(desk: CompiledFlow, answer: str) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("AB12")
    assert said(await conv.user_turn(answer)) == "El código es CD34, ¿correcto?"
    assert conv.pending == "CD34"
    await conv.user_turn("sí")
    assert conv.slots == {"code": "CD34"}


async def test_saying_the_same_value_again_confirms_it(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("AB12")
    assert said(await conv.user_turn("AB12")) == "¿De qué color es?"
    assert conv.slots == {"code": "AB12"}


async def test_no_match_climbs_the_reprompt_ladder_then_runs_out(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    assert said(await conv.user_turn("trapa lo")) == "No le entendí."
    assert said(await conv.user_turn("pa tra ke lo")) == "Sigo sin entenderle."
    assert conv.attempts() == 2
    # Third failure: attempts exhausted, the policy sends the call to a human.
    assert said(await conv.user_turn("ya casi es viernes")) == "¿Quiere que le pase con una persona?"
    assert conv.step.name == "human"


async def test_exhausted_handoff_can_transfer(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await conv.start()
    await conv.user_turn("sí")
    for _ in range(3):
        await conv.user_turn("trapa lo")
    actions = await conv.user_turn("sí")
    assert said(actions) == "Le transfiero."
    assert Transfer("+15550001111") in actions
    assert not [a for a in actions if isinstance(a, EndCall)]
    assert conv.ended and conv.outcome == "transferred"
    assert (await store.get(conv.record_id or 0)).status == "transferred"  # type: ignore[union-attr]


async def test_return_with_nothing_to_return_to_stays_and_is_logged(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    for _ in range(3):
        await conv.user_turn("trapa lo")
    await conv.user_turn("no")
    assert conv.step.name == "human"
    assert any(e["kind"] == "error" and e["where"] == "return" for e in conv.log.events)


async def test_silence_ladder_then_the_silence_target(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await conv.start()
    assert conv.silence_timeout == 5
    assert said(await conv.silence()) == "¿Sigue ahí?"
    actions = await conv.silence()
    assert said(actions) == "No le escucho, le llamo después."
    assert actions[-1] == EndCall("partial")
    assert (await store.get(conv.record_id or 0)).status == "partial"  # type: ignore[union-attr]


async def test_a_caller_turn_resets_the_silence_ladder(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.silence()
    await conv.user_turn("mmm")
    assert said(await conv.silence()) == "¿Sigue ahí?"


async def test_a_declared_silence_edge_wins_over_the_ladder(desk: CompiledFlow) -> None:
    conv = make(desk)
    await to_color(conv)
    await conv.user_turn("azul")
    await conv.user_turn("sí")
    await conv.user_turn("40")
    await conv.user_turn("sí")
    assert conv.step.name == "rate"
    assert conv.silence_timeout == 3
    actions = await conv.silence()
    assert said(actions) == "Gracias. Hasta luego."
    assert conv.outcome == "complete"


async def test_empty_text_is_silence(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    assert said(await conv.user_turn("   ")) == "¿Sigue ahí?"


async def test_repeat_says_the_last_agent_turn_again(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("AB12")
    assert said(await conv.user_turn("¿me lo repite, por favor?")) == "El código es AB12, ¿correcto?"
    assert conv.step.name == "form.code.confirm"
    assert conv.pending == "AB12"


async def test_off_topic_is_answered_then_the_question_comes_back(desk: CompiledFlow) -> None:
    conv = make(desk)
    await to_color(conv)
    reply = said(await conv.user_turn("¿va a llover hoy? ¿cómo está el clima?"))
    assert reply == "Eso no lo sé. ¿De qué color es?"
    assert conv.step.name == "form.color.ask"


async def test_a_complaint_is_logged_on_the_record(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await to_color(conv)
    actions = await conv.user_turn("quiero poner una queja, el chofer anterior fue grosero")
    assert said(actions) == "Anoto su queja. ¿De qué color es?"
    record = await store.get(conv.record_id or 0)
    assert record is not None and len(record.complaints) == 1
    assert "grosero" in record.complaints[0]["text"]


async def test_call_me_back_in_ten_minutes_keeps_confirmed_values(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await to_color(conv)
    actions = await conv.user_turn("ahorita no puedo, llámame en 10 minutos")
    assert said(actions) == "Le llamo en 10 minutos."
    assert ScheduleCallback(10.0, "2030-01-07T12:10:00+00:00") in actions
    assert actions[-1] == EndCall("rescheduled")
    record = await store.get(conv.record_id or 0)
    assert record is not None
    assert (record.status, record.callback_at) == ("rescheduled", "2030-01-07T12:10:00+00:00")
    assert record.slots == {"code": "AB12"}


async def test_call_me_back_without_minutes_uses_the_default(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    assert said(await conv.user_turn("no")) == "Le llamo en 15 minutos."


async def test_a_callback_resumes_at_the_first_missing_value(desk: CompiledFlow) -> None:
    store = MemoryStore()
    first = make(desk, store)
    await to_color(first)
    await first.hangup()
    assert (await store.get(first.record_id or 0)).status == "partial"  # type: ignore[union-attr]

    again = make(desk, store)
    assert said(await again.start()) == "Hola otra vez, seguimos donde nos quedamos. ¿Tiene un minuto?"
    assert again.resumed and again.record_id == first.record_id
    assert said(await again.user_turn("sí")) == "¿De qué color es?"
    record = await store.get(again.record_id or 0)
    assert record is not None and [line["text"] for line in record.transcript][:1] == [
        "Hola, habla Desk de Acme. ¿Tiene un minuto?"]


async def test_a_complete_record_is_not_resumed(desk: CompiledFlow) -> None:
    store = MemoryStore()
    await store.create(NewRecord(flow="desk", phone="+5215512345678", status="complete", slots={"code": "AB12"}))
    conv = make(desk, store)
    await conv.start()
    assert not conv.resumed and conv.slots == {}


async def test_hangup_takes_the_declared_edge_and_saves_partial(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await to_color(conv)
    assert await conv.hangup() == []
    assert conv.ended and conv.step.name == "hung_up"
    record = await store.get(conv.record_id or 0)
    assert record is not None and (record.status, record.slots) == ("partial", {"code": "AB12"})
    assert await conv.user_turn("hola") == []


async def test_a_failing_tool_raises_its_error_event(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    for answer in ("ZZ99", "sí", "verde", "sí", "3"):
        actions = await conv.user_turn(answer)
    actions = await conv.user_turn("sí")
    failed = [a for a in actions if isinstance(a, CallTool) and a.name == "lookup"]
    assert failed and "the ticket system is down" in (failed[0].error or "")
    assert said(actions).startswith("No pude consultar el sistema: lookup: RuntimeError: the ticket system is down.")
    assert conv.ended and conv.outcome == "complete"


@pytest.mark.parametrize(("code", "error"), [("SL00", "no result within 0.5 s"), ("GB00", "not plain JSON")])
async def test_slow_or_garbage_tools_fail_without_killing_the_call(desk: CompiledFlow, code: str,
                                                                   error: str) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    for answer in (code, "sí", "verde", "sí", "3"):
        await conv.user_turn(answer)
    actions = await conv.user_turn("sí")
    failed = [a for a in actions if isinstance(a, CallTool) and a.name == "lookup"]
    assert error in (failed[0].error or "")
    assert conv.ended


async def test_a_tool_failure_without_an_edge_is_logged_and_the_call_goes_on(desk: CompiledFlow) -> None:
    store = MemoryStore()
    tools = ToolRegistry(desk.flow, overrides={"notify": mocked({"error": "crm down"})})
    conv = Conversation(desk, store=store, tools=tools, context={"phone": "+1"})
    await to_color(conv)
    for answer in ("verde", "sí", "3", "sí", "2"):
        actions = await conv.user_turn(answer)
    assert said(actions) == "Gracias. Hasta luego."
    assert (await store.get(conv.record_id or 0)).status == "complete"  # type: ignore[union-attr]
    assert any(e["kind"] == "unhandled" and e["event"] == "tool_error" for e in conv.log.events)


async def test_set_clears_a_slot_and_the_store_forgets_it(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await conv.start()
    await conv.user_turn("sí")
    for answer in ("CD12", "sí", "verde", "sí", "3"):
        await conv.user_turn(answer)
    assert said(await conv.user_turn("sí")) == "No encontré el código CD12. ¿Lo intentamos otra vez?"
    # "yes": set code to null and collect again; the other values are kept and skipped.
    assert said(await conv.user_turn("sí")) == "¿Cuál es su código?"
    assert conv.slots == {"color": "green", "size": 3}
    assert (await store.get(conv.record_id or 0)).slots == {"color": "green", "size": 3}  # type: ignore[union-attr]
    await conv.user_turn("AB34")
    assert said(await conv.user_turn("sí")) == "Del 1 al 5, ¿cómo le atendimos?"


async def test_an_intent_the_state_handles_in_place(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    assert said(await conv.user_turn("no sé cuál es el código")) == "El código tiene dos letras y dos números."
    assert conv.step.name == "greeting"


async def test_human_intent_and_back_with_return(desk: CompiledFlow) -> None:
    conv = make(desk)
    await to_color(conv)
    assert said(await conv.user_turn("quiero hablar con una persona")) == "¿Quiere que le pase con una persona?"
    assert said(await conv.user_turn("no")) == "¿De qué color es?"
    assert conv.step.name == "form.color.ask"


async def test_the_model_fallback_value_is_validated_by_the_engine(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    await conv.user_turn("sí")
    rejected = await conv.model_tool_call("record_code", {"value": "not a code"})
    assert rejected[0].error and conv.step.name == "form.code.ask"  # type: ignore[union-attr]
    accepted = await conv.model_tool_call("record_code", {"value": "ef56"})
    assert said(accepted) == "El código es EF56, ¿correcto?"
    corrected = await conv.model_tool_call("record_code", {"value": "GH78"})
    assert said(corrected) == "El código es GH78, ¿correcto?"


async def test_the_model_may_only_call_the_tools_of_the_step(desk: CompiledFlow) -> None:
    conv = make(desk)
    await conv.start()
    result = await conv.model_tool_call("lookup", {"code": "AB12"})
    assert result == [CallTool("lookup", {"code": "AB12"}, {"found": True, "owner": "Ana"}, None, result[0].ms)]
    assert (await conv.model_tool_call("lookup", {}))[0].error  # type: ignore[union-attr]
    assert (await conv.model_tool_call("save_record", {}))[0].error  # type: ignore[union-attr]
    assert (await conv.model_tool_call("record_code", {"value": "AB12"}))[0].error  # type: ignore[union-attr]


async def test_the_callers_words_are_never_template_source(desk: CompiledFlow) -> None:
    store = MemoryStore()
    conv = make(desk, store)
    await to_color(conv)
    await conv.user_turn("tengo una queja: {{ 7*7 }} {% raw %}")
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.complaints[0]["text"].endswith("{{ 7*7 }} {% raw %}")


async def test_a_broken_template_is_logged_and_the_call_goes_on(desk: CompiledFlow, tmp_path: Any) -> None:
    conv = make(desk)
    await conv.start()
    conv._say("no_such_template")
    assert any(e["kind"] == "error" and "no_such_template" in e["message"] for e in conv.log.events)
    assert said(await conv.user_turn("sí")) == "¿Cuál es su código?"


async def test_a_custom_slot_type_that_raises_is_not_understood(desk: CompiledFlow) -> None:
    conv = make(desk)
    await to_color(conv)
    assert said(await conv.user_turn("explota")) == "No le entendí."
    assert said(await conv.user_turn("verde")) == "Color green, ¿correcto?"


async def test_context_values_are_typed_as_declared(desk: CompiledFlow) -> None:
    conv = make(desk, context={"phone": "+1", "wait_minutes": "25", "company": "Globex"})
    assert said(await conv.start()) == "Hola, habla Desk de Acme. ¿Tiene un minuto?".replace("Acme", "Globex")
    assert said(await conv.user_turn("no")) == "Le llamo en 25 minutos."


def test_a_locale_the_flow_does_not_speak_is_refused(desk: CompiledFlow) -> None:
    with pytest.raises(ValueError, match="does not speak en-US"):
        Conversation(desk, locale="en-US")
