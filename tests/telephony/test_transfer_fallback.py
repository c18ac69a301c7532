"""A transfer to a person that cannot happen never leaves the caller in silence."""

from __future__ import annotations

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import Action, EndCall, Say, ScheduleCallback, Transfer
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.store import MemoryStore


def said(actions: list[Action]) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


async def test_a_failed_sip_transfer_runs_the_flows_fallback(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale="es-MX", context={"human_number": "+5215599999999"}, store=store)
    await conv.start()
    out = await conv.user_turn("quiero hablar con una persona")
    assert [a.to for a in out if isinstance(a, Transfer)] == ["+5215599999999"]
    assert conv.ended and conv.outcome == "transferred"
    out = await conv.transfer_failed("486 Busy Here")
    assert any(isinstance(a, ScheduleCallback) for a in out) and said(out)
    assert [a.outcome for a in out if isinstance(a, EndCall)] == ["rescheduled"]
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "rescheduled"
    assert any(e["kind"] == "transfer_failed" for e in record.events)


async def test_a_transfer_with_no_number_takes_the_fallback_at_once(daisy: CompiledFlow, tmp_path) -> None:
    # Daisy's own `handoff` already checks human_number; a flow that does not gets the same fallback.
    flow_dir = tmp_path
    (flow_dir / "prompts" / "t" / "en-US").mkdir(parents=True)
    for name, text in {"hi": "Hi.", "sorry": "Nobody can take the call; we will call you back."}.items():
        (flow_dir / "prompts" / "t" / "en-US" / f"{name}.j2").write_text(text)
    (flow_dir / "t.yaml").write_text(
        "version: 1\nname: t\nlocales: [en-US]\ncontext: {desk: {type: text, default: ''}}\n"
        "states:\n"
        "  start: {say: hi, on: [{on: done, to: transfer}]}\n"
        "  transfer:\n    on_enter: [{save: transferred}, {transfer: '{{ desk }}'}]\n"
        "    on: [{on: transfer_failed, to: sorry}]\n    final: true\n"
        "  sorry: {say: sorry, on_enter: [{end_call: partial}], final: true}\n"
    )
    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import load_flow

    store = MemoryStore()
    conv = Conversation(compile_flow(load_flow(flow_dir / "t.yaml")), store=store)
    out = await conv.start()
    assert not any(isinstance(a, Transfer) for a in out)
    assert "call you back" in said(out) and conv.outcome == "partial"
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "partial"


async def test_without_a_fallback_the_call_ends_instead_of_going_silent(tmp_path) -> None:
    (tmp_path / "prompts" / "t" / "en-US").mkdir(parents=True)
    (tmp_path / "prompts" / "t" / "en-US" / "hi.j2").write_text("Hi.")
    (tmp_path / "t.yaml").write_text(
        "version: 1\nname: t\nlocales: [en-US]\n"
        "states:\n  start:\n    say: hi\n    on_enter: [{transfer: '+15550001111'}]\n    final: true\n"
    )
    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import load_flow

    conv = Conversation(compile_flow(load_flow(tmp_path / "t.yaml")), store=MemoryStore())
    await conv.start()
    assert conv.outcome == "transferred"
    out = await conv.transfer_failed("no answer")
    # The flow has no slots, so what it collected is all it asks for; the record is not `transferred`.
    assert [a.outcome for a in out if isinstance(a, EndCall)] == ["complete"]
    assert await conv.transfer_failed("again") == []
