"""The parts a call is made of, each on its own: its state, the output of a turn, the action runner
and the record in the store."""

from __future__ import annotations

from daisy_engine.compiler import CompiledFlow
from daisy_engine.flow.model import Action
from daisy_engine.runtime import Conversation, ToolRegistry
from daisy_engine.runtime.action_runner import HANDLERS, ActionRunner
from daisy_engine.runtime.actions import Say, SetTools
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.events import CallLog
from daisy_engine.runtime.model_view import tool_schemas, view_at
from daisy_engine.runtime.output import Output
from daisy_engine.runtime.record import CallRecord
from daisy_engine.runtime.state import CallState
from daisy_engine.runtime.variables import EVENT_KEYS, call_variables
from daisy_engine.store import MemoryStore


def state_of(flow: CompiledFlow) -> CallState:
    return CallState(flow.flow, flow.steps[flow.initial], {"phone": "+5215550001"})


# -- the call's state -------------------------------------------------------------------------------------


def test_a_call_is_complete_only_when_every_required_slot_is_confirmed(form: CompiledFlow) -> None:
    state = state_of(form)
    assert state.computed_status() == "partial" and state.status is None
    state.slots = {name: "x" for name in form.flow.slots}
    assert state.computed_status() == "complete"
    state.set_status("refused")
    assert state.status == "refused"


def test_the_steps_of_one_slot_share_its_attempts(form: CompiledFlow) -> None:
    state = state_of(form)
    ask = next(step for step in form.steps.values() if step.kind == "ask")
    others = [s for s in form.steps.values() if s.slot == ask.slot and s is not ask]
    state.attempts[state.attempt_key(ask)] = 2
    assert all(state.attempts_at(step) == 2 for step in others)
    plain = next(step for step in form.steps.values() if step.kind == "plain")
    assert state.attempts_at(plain) == 0


def test_the_place_of_a_call_changes_with_what_was_collected(form: CompiledFlow) -> None:
    state = state_of(form)
    before = state.place()
    state.pending = "hola"
    assert state.place() != before
    state.forget_value()
    assert state.place() == before


# -- the output of a turn ---------------------------------------------------------------------------------


def test_what_the_agent_says_reaches_the_transport_the_transcript_and_the_log() -> None:
    log = CallLog()
    output = Output(log)
    output.say("Hola.", "greeting")
    output.say("", "empty")  # nothing to say: nothing sent
    assert output.actions == [Say("Hola.")] and output.said == ["Hola."]
    assert [line["text"] for line in log.transcript] == ["Hola."]
    assert [event["template"] for event in log.events if event["kind"] == "say"] == ["greeting"]


def test_unsaying_a_turn_drops_its_lines_and_keeps_its_other_actions() -> None:
    log = CallLog()
    output = Output(log)
    output.say("Antes.", "before")
    mark = output.mark()
    output.say("Esto no.", "dropped")
    output.add(SetTools(("lookup",)))
    assert output.unsay(mark) == 1
    assert output.actions == [Say("Antes."), SetTools(("lookup",))]
    assert [line["text"] for line in log.transcript] == ["Antes."]
    assert output.take() == [Say("Antes."), SetTools(("lookup",))] and output.actions == []


# -- the action runner ------------------------------------------------------------------------------------


async def test_actions_run_in_order_by_their_verbs_handlers(form: CompiledFlow) -> None:
    conv = Conversation(form, store=MemoryStore())
    ran: list[str] = []

    async def note(call: Conversation, action: Action) -> bool:
        ran.append(str(action.value))
        return action.value != "stop"

    async def broken(call: Conversation, action: Action) -> bool:
        raise ValueError("no")

    runner = ActionRunner({**HANDLERS, "say": note, "save": broken})
    actions = (Action("say", "a", ()), Action("save", None, ()), Action("say", "b", ()),
               Action("say", "stop", ()), Action("say", "never", ()))
    assert await runner.run(conv, actions) is False
    assert ran == ["a", "b", "stop"]  # a handler that fails is logged; one that says stop ends the run
    assert any(event["kind"] == "error" and event["where"] == "action" for event in conv.log.events)


def test_every_action_of_the_flow_language_has_a_handler() -> None:
    from daisy_engine.flow.model import ACTION_VERBS

    assert set(ACTION_VERBS) <= set(HANDLERS)


# -- the record -------------------------------------------------------------------------------------------


async def test_a_record_is_created_written_value_by_value_and_resumed_by_the_next_call(form: CompiledFlow) -> None:
    store = MemoryStore()
    state, log = state_of(form), CallLog()
    record = CallRecord(store, state, log, "call-1", "es-MX")
    await record.open()
    assert record.id is not None and not state.resumed
    await record.persist_slot("first", "uno")
    state.slots["first"] = "uno"
    state.set_status("partial")
    state.ended = True
    await record.save()
    saved = await store.get(record.id)
    assert saved is not None and saved.slots == {"first": "uno"} and saved.status == "partial"

    again = state_of(form)
    second = CallRecord(store, again, CallLog(), "call-2", "es-MX")
    await second.open()
    assert second.id == record.id and again.resumed and again.slots == {"first": "uno"}


async def test_a_call_that_does_not_resume_gets_a_record_of_its_own(form: CompiledFlow) -> None:
    store = MemoryStore()
    first = CallRecord(store, state_of(form), CallLog(), "call-1", "es-MX")
    await first.open()
    await first.persist_slot("first", "uno")
    state = state_of(form)
    fresh = CallRecord(store, state, CallLog(), "call-2", "es-MX", resume=False)
    await fresh.open()
    assert fresh.id != first.id and state.slots == {}


# -- what templates and conditions see --------------------------------------------------------------------


def test_the_template_variables_are_every_name_a_template_may_read(daisy: CompiledFlow) -> None:
    state = CallState(daisy.flow, daisy.steps[daisy.initial], {"phone": "+5215550001", "company": "Fletes"})
    variables = call_variables(state, FlowAssets.of(daisy), "es-MX", "call-1")
    assert {name for name in variables if not name.startswith("_")} == daisy.flow.template_variables()
    assert all(variables[name] is None for name in daisy.flow.slots)  # nothing confirmed yet
    assert (variables["phone"], variables["company"], variables["call_id"]) == ("+5215550001", "Fletes", "call-1")
    assert variables["event"] == dict.fromkeys(EVENT_KEYS) | {"name": "start"}
    assert (variables["value"], variables["readback"], variables["so_far"], variables["attempt"]) == (None, "", "", 0)


def test_the_value_being_confirmed_is_read_back_as_its_slot_says(daisy: CompiledFlow) -> None:
    state = CallState(daisy.flow, daisy.steps["registration.tractor_plate.confirm"], {})
    state.pending = "BV-451"
    state.attempts["tractor_plate"] = 1
    variables = call_variables(state, FlowAssets.of(daisy), "es-MX", "call-1")
    assert variables["readback"] == "B de burro, V de vaca, 4, 5, 1"  # spell_back: letter by letter
    assert (variables["value"], variables["slot"], variables["attempt"]) == ("BV-451", "tractor_plate", 1)
    state.slots["tractor_plate"] = "BV-451"
    assert call_variables(state, FlowAssets.of(daisy), "es-MX", "call-1")["tractor_plate"] == "BV-451"


# -- what the model is told -------------------------------------------------------------------------------


def test_the_model_is_given_the_persona_the_steps_instructions_and_its_tools(daisy: CompiledFlow) -> None:
    assert view_at(daisy.flow, daisy.steps["greeting"]) == (["persona", "greeting_instruct"], ())
    for kind in ("ask", "confirm"):  # where a value is collected the model may record it
        parts, tools = view_at(daisy.flow, daisy.steps[f"registration.tractor_plate.{kind}"])
        assert (parts, tools) == (["persona", "registration_instruct"], ("record_tractor_plate",))


def test_the_schemas_of_the_tools_the_model_may_call(desk: CompiledFlow) -> None:
    tools = ToolRegistry(desk.flow)
    lookup, record = tool_schemas(desk.flow, tools, ("lookup", "record_code"))
    assert lookup["name"] == "lookup" and lookup["parameters"]["required"] == ["code"]
    assert record["name"] == "record_code" and record["parameters"]["required"] == ["value"]
    assert "The system checks it." in record["description"]
