"""What a caller says and what a model sends are data: a custom slot type that raises never logs the
caller's words, and tool calls with arguments that are not an object are refused, not crashed on."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import CallTool
from daisy_engine.store import MemoryStore

FLOW = """\
version: 1
name: {name}
locales: [en-US]
defaults:
  policy: {{max_attempts: 3, on_exhausted: bye}}
slots:
  code: {{type: "{name}:code"}}
states:
  ask:
    collect: [code]
    on:
      - {{on: done, to: bye}}
  bye:
    say: bye
    on_enter: [{{end_call: complete}}]
    final: true
"""
TYPES = """\
def code(text, locale, options):
    if "boom" in text:
        raise ValueError(f"cannot read {text!r} as a code")
    return int(text)
"""
SECRET = "boom, I am Juan Pérez, juan.perez@example.com, +52 155 1234 5678"


@pytest.fixture
def coded(tmp_path: Path) -> CompiledFlow:
    name = f"types_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{name}.py").write_text(TYPES, "utf-8")
    prompts = tmp_path / "prompts" / name / "en-US"
    prompts.mkdir(parents=True)
    for template in ("ask_code", "confirm_code", "bye"):
        (prompts / f"{template}.j2").write_text(f"{template} line", "utf-8")
    path = tmp_path / f"{name}.yaml"
    path.write_text(FLOW.format(name=name), "utf-8")
    return compile_flow(load_flow(path))


@pytest.mark.parametrize("words", [SECRET, "Juan Pérez López"])
async def test_a_custom_slot_type_that_raises_does_not_log_the_callers_words(
    coded: CompiledFlow, caplog: pytest.LogCaptureFixture, words: str
) -> None:
    conv = Conversation(coded, store=MemoryStore())
    await conv.start()
    with caplog.at_level(logging.INFO, logger="daisy_engine"):
        await conv.user_turn(words)
    assert not conv.ended and conv.attempts() == 1  # not understood: asked again
    logged = "\n".join(f"{record.getMessage()}\n{record.exc_text or ''}" for record in caplog.records)
    for part in ("Juan", "Pérez", "juan.perez", "1234"):
        assert part not in logged
    assert any("failed with" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("args", [["a"], "not json", 5, None, '["a"]', b"\xff"])
async def test_a_model_tool_call_with_arguments_that_are_not_an_object_is_refused(
    coded: CompiledFlow, args: object
) -> None:
    conv = Conversation(coded, store=MemoryStore())
    await conv.start()
    out = await conv.model_tool_call("record_code", args)  # type: ignore[arg-type]
    assert len(out) == 1 and isinstance(out[0], CallTool) and out[0].error
    assert "JSON object" in out[0].error
    assert conv.step.name == "ask.code.ask" and not conv.ended


async def test_a_model_tool_call_with_a_json_object_text_is_read(coded: CompiledFlow) -> None:
    conv = Conversation(coded, store=MemoryStore())
    await conv.start()
    out = await conv.model_tool_call("record_code", '{"value": "42"}')  # type: ignore[arg-type]
    assert [action.result for action in out if isinstance(action, CallTool)] == [{"accepted": 42}]
    assert conv.pending == 42


async def test_a_model_calling_tools_in_a_loop_is_stopped(coded: CompiledFlow) -> None:
    conv = Conversation(coded, store=MemoryStore())
    await conv.start()
    limit = coded.flow.limits.turns
    answers = [await conv.model_tool_call("record_code", {"value": "not a code"}) for _ in range(limit + 5)]
    assert all("not a valid" in (out[0].error or "") for out in answers[:limit])
    assert all("too many tool calls" in (out[0].error or "") for out in answers[limit:])
    await conv.user_turn("what?")  # the caller speaks: the model may call tools again
    again = await conv.model_tool_call("record_code", {"value": "42"})
    assert [action.result for action in again if isinstance(action, CallTool)] == [{"accepted": 42}]
