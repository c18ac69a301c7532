"""A flow's own `module:TYPE` is a full slot type, through the same interface as a built-in one: the
checks read its options and what it requires, the compiler gives it a spell step because it says it can
be spelled, and a call builds it over several turns with its own accumulator and reads it back."""

from __future__ import annotations

import uuid
from pathlib import Path

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.flow.loader import validate_file
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import Say
from daisy_engine.store import MemoryStore

FLOW = """\
version: 1
name: {name}
locales: [es-MX]
defaults:
  policy: {{on_exhausted: bye, spell_after: 1}}
slots:
  badge:
    type: "{module}:TYPE"
{options}states:
  ask:
    collect: [badge]
    on:
      - {{on: done, to: bye}}
  bye:
    say: bye
    on_enter: [{{end_call: complete}}]
    final: true
"""
TEMPLATES = {
    "ask_badge": "¿Cuál es su gafete?",
    "spell_badge": "Letra por letra, por favor. Llevo: {{ so_far }}.",
    "confirm_badge": "Tengo {{ readback }}. ¿Es correcto?",
    "bye": "Gracias.",
}


def write_flow(folder: Path, options: str = "    pattern: '[A-Z][0-9]{2}'\n",
               templates: dict[str, str] = TEMPLATES) -> Path:
    """A flow with one badge slot, its templates, and the type's module copied into its folder."""
    name = f"badges_{uuid.uuid4().hex[:8]}"
    module = f"badge_types_{uuid.uuid4().hex[:8]}"
    (folder / f"{module}.py").write_text(Path(__file__).with_name("badge_type.py").read_text("utf-8"), "utf-8")
    prompts = folder / "prompts" / name / "es-MX"
    prompts.mkdir(parents=True)
    for template, text in templates.items():
        (prompts / f"{template}.j2").write_text(text, "utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(FLOW.format(name=name, module=module, options=options), "utf-8")
    return path


def said(actions: list) -> str:
    return " ".join(action.text for action in actions if isinstance(action, Say))


def test_a_spellable_module_type_validates_and_compiles_a_spell_step(tmp_path: Path) -> None:
    path = write_flow(tmp_path)
    result = validate_file(path)
    assert result.ok, [d.render() for d in result.report.diagnostics]
    assert "ask.badge.spell" in compile_flow(load_flow(path)).steps


def test_its_spell_step_needs_its_template(tmp_path: Path) -> None:
    """The template check reads the same type: a spellable type's spell prompt must exist."""
    without = {name: text for name, text in TEMPLATES.items() if name != "spell_badge"}
    result = validate_file(write_flow(tmp_path, templates=without))
    assert any("spell_badge" in d.message for d in result.report.errors), result.report.errors


async def test_a_call_dictates_it_over_turns_and_reads_it_back(tmp_path: Path) -> None:
    conv = Conversation(compile_flow(load_flow(write_flow(tmp_path))), locale="es-MX", store=MemoryStore())
    assert said(await conv.start()) == "¿Cuál es su gafete?"
    await conv.user_turn("B de burro")
    assert conv.snapshot()["so_far"] == "B"
    await conv.user_turn("siete")
    assert said(await conv.user_turn("ocho")) == "Tengo B, 7, 8. ¿Es correcto?"
    assert said(await conv.user_turn("sí")) == "Gracias."
    assert conv.slots == {"badge": "B78"} and conv.outcome == "complete"


async def test_a_turn_that_adds_nothing_after_a_valid_code_closes_it(tmp_path: Path) -> None:
    """The type's feed says the caller has finished (`Fed.closing`), as for a plate."""
    conv = Conversation(compile_flow(load_flow(write_flow(tmp_path, options="    pattern: '[A-Z][0-9]{2,4}'\n"))),
                        locale="es-MX", store=MemoryStore())
    await conv.start()
    await conv.user_turn("B de burro, siete, ocho")  # already valid, and it may go on
    assert said(await conv.user_turn("es todo")) == "Tengo B, 7, 8. ¿Es correcto?"


def test_an_option_it_does_not_accept_is_a_located_error(tmp_path: Path) -> None:
    path = write_flow(tmp_path, options="    pattern: '[A-Z][0-9]{2}'\n    min: 3\n")
    errors = validate_file(path).report.errors
    assert [d.code for d in errors] == ["E228"]
    assert "apply to integer, amount and date slots, not " in errors[0].message
    assert f"{path.name}:7:3:" in errors[0].format_text()  # file:line:col of the slot, `badge:`


def test_an_option_it_requires_is_a_located_error_when_missing(tmp_path: Path) -> None:
    path = write_flow(tmp_path, options="    spell_back: true\n")
    errors = validate_file(path).report.errors
    assert [d.code for d in errors] == ["E229"]
    assert "needs `pattern`" in errors[0].message and f"{path.name}:7:3:" in errors[0].format_text()


def test_a_type_that_declares_an_option_no_slot_has_is_a_located_error(tmp_path: Path) -> None:
    path = write_flow(tmp_path)
    module = next(tmp_path.glob("badge_types_*.py"))
    module.write_text(module.read_text("utf-8").replace('options=frozenset({"pattern"})',
                                                        'options=frozenset({"pattern", "colour"})'), "utf-8")
    errors = validate_file(path).report.errors
    assert [d.code for d in errors] == ["E215"]
    assert "unknown options ['colour']" in errors[0].message and f"{path.name}:8:" in errors[0].format_text()
