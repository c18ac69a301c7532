"""A slot type is one object: registered from a module of its own, it is valid in a flow file, compiled,
heard and read back in a call, and measured by `eval`, with no change anywhere else.

And every layer reads the same registry: the shipped JSON schema lists the built-in types, the option
checks follow what each type accepts, and a flow can name a `SlotType` directly as `module:TYPE`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from postcode_type import TYPE as POSTCODE

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.flow.loader import validate_file
from daisy_engine.flow.schema import flow_schema, slot_type_enum
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import Say
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import types
from daisy_engine.understanding.evaluation import run_eval

FLOW = """\
version: 1
name: {name}
locales: [es-MX]
defaults:
  policy: {{on_exhausted: bye}}
slots:
  zip: {{type: {slot_type}{extra}}}
states:
  ask:
    collect: [zip]
    on:
      - {{on: done, to: bye}}
  bye:
    say: bye
    on_enter: [{{end_call: complete}}]
    final: true
"""
TEMPLATES = {"ask_zip": "¿Cuál es su código postal?", "confirm_zip": "Tengo {{ readback }}. ¿Es correcto?",
             "bye": "Gracias."}


def write_flow(folder: Path, slot_type: str, extra: str = "") -> Path:
    name = f"zips_{uuid.uuid4().hex[:8]}"
    prompts = folder / "prompts" / name / "es-MX"
    prompts.mkdir(parents=True)
    for template, text in TEMPLATES.items():
        (prompts / f"{template}.j2").write_text(text, "utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(FLOW.format(name=name, slot_type=slot_type, extra=extra), "utf-8")
    return path


@pytest.fixture
def postcode() -> Iterator[types.SlotType]:
    types.register(POSTCODE)
    yield POSTCODE
    types.unregister(POSTCODE.name)


def said(actions: list) -> str:
    return " ".join(action.text for action in actions if isinstance(action, Say))


def test_an_unregistered_type_is_an_unknown_slot_type(tmp_path: Path) -> None:
    result = validate_file(write_flow(tmp_path, "postcode"))
    assert [d.code for d in result.report.errors] == ["E104"]
    assert "unknown slot type" in result.report.errors[0].message


def test_a_registered_type_is_valid_in_a_flow_and_its_options_are_checked(
    tmp_path: Path, postcode: types.SlotType
) -> None:
    assert validate_file(write_flow(tmp_path, "postcode")).ok
    bounded = validate_file(write_flow(tmp_path, "postcode", ", min: 1000"))
    assert [d.code for d in bounded.report.errors] == ["E228"]
    assert "apply to integer, amount and date slots, not postcode" in bounded.report.errors[0].message


async def test_a_registered_type_is_heard_read_back_and_saved_in_a_call(
    tmp_path: Path, postcode: types.SlotType
) -> None:
    compiled = compile_flow(load_flow(write_flow(tmp_path, "postcode")))
    assert "ask.zip.confirm" in compiled.steps
    conv = Conversation(compiled, locale="es-MX", store=MemoryStore())
    assert said(await conv.start()) == "¿Cuál es su código postal?"
    assert said(await conv.user_turn("no sé, creo que es el cuatro")) != "Gracias."  # not five digits
    assert said(await conv.user_turn("cero seis seis cero cero")) == "Tengo C.P. 0, 6, 6, 0, 0. ¿Es correcto?"
    assert said(await conv.user_turn("sí")) == "Gracias."
    assert conv.slots == {"zip": "06600"} and conv.outcome == "complete"


def test_a_registered_type_is_measured_by_eval(tmp_path: Path, postcode: types.SlotType) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"id": "cp-1", "kind": "postcode", "locale": "es-MX", "text": "cero seis seis cero cero", "expected": "06600"},
        {"id": "cp-2", "kind": "postcode", "locale": "es-MX", "text": "es el cuatro", "expected": None},
        {"id": "cp-3", "kind": "postcode", "locale": "es-MX", "text": "uno dos", "expected": "12000"},
    ]
    cases.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8")
    output, code = run_eval(cases, "json")
    assert code == 0
    report = json.loads(output)
    assert [(g["kind"], g["correct"], g["total"]) for g in report["groups"]] == [("postcode", 2, 3)]
    assert [f["id"] for f in report["failures"]] == ["cp-3"]


async def test_a_flow_can_name_a_slot_type_object_as_module_and_attribute(tmp_path: Path) -> None:
    module = f"zip_types_{uuid.uuid4().hex[:8]}"
    source = Path(__file__).with_name("postcode_type.py").read_text("utf-8")
    (tmp_path / f"{module}.py").write_text(source, "utf-8")
    path = write_flow(tmp_path, f'"{module}:TYPE"')
    assert validate_file(path).ok
    conv = Conversation(compile_flow(load_flow(path)), locale="es-MX", store=MemoryStore())
    await conv.start()
    assert said(await conv.user_turn("cero seis seis cero cero")) == "Tengo C.P. 0, 6, 6, 0, 0. ¿Es correcto?"
    await conv.user_turn("sí")
    assert conv.slots == {"zip": "06600"}


def test_the_shipped_schema_lists_the_built_in_types_in_order() -> None:
    assert slot_type_enum(flow_schema()) == list(types.load_builtins())
    assert list(types.load_builtins()) == [
        "text", "name", "integer", "amount", "plate", "time", "date", "email", "yes_no", "choice"]


def test_each_built_in_type_accepts_the_options_the_language_documents() -> None:
    accepting = {key: [t.name for t in types.all_types() if key in t.options] for key in types.OPTION_KEYS}
    assert accepting == {
        "pattern": ["text", "name", "integer", "plate", "time", "email"],
        "min": ["integer", "amount", "date"],
        "max": ["integer", "amount", "date"],
        "choices": ["choice"],
        "leading_zeros": ["integer"],
        "dtmf": ["integer"],
        "hours": ["time"],
        "future_only": ["date"],
        "with_time": ["date"],
    }
    assert [t.name for t in types.all_types() if t.spellable] == ["plate", "email"]
    assert [t.name for t in types.all_types() if t.needs_clock] == ["time"]
    assert [t.name for t in types.all_types() if t.needs_today] == ["date"]  # days from the call's, no time of day


def test_a_type_with_an_option_the_language_does_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown options"):
        types.register(types.SlotType(name="odd", extract_fn=lambda text, locale, options: None,
                                      options=frozenset({"size"})))


def test_a_failing_decline_hook_is_logged_and_read_as_no_decline(caplog: pytest.LogCaptureFixture) -> None:
    """A project's `none_fn` that raises never ends the call: the turn is no decline, and whoever runs the agent
    reads which hook failed (never the caller's words)."""
    def broken(text: str, locale: str) -> bool:
        raise ValueError("bad table")

    kind = types.SlotType(name="note_x", extract_fn=lambda text, locale, options: text, none_fn=broken)
    with caplog.at_level("ERROR"):
        assert kind.says_none("no, ninguno", "es-MX") is False
    assert "none_fn note_x failed with ValueError" in caplog.text and "ninguno" not in caplog.text
    declining = types.SlotType(name="note_y", extract_fn=lambda text, locale, options: text,
                               none_fn=lambda text, locale: text.startswith("no"))
    assert declining.says_none("no, ninguno", "es-MX") and not declining.says_none("que lleve su inhalador", "es-MX")
