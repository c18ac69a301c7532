"""`on_exhausted: skip` in the flow language: where it may be written, what the compiler makes of it."""

from __future__ import annotations

from pathlib import Path

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow, validate_file


def _write(mini_flow: Path, old: str, new: str) -> Path:
    text = mini_flow.read_text("utf-8")
    assert old in text
    mini_flow.write_text(text.replace(old, new), "utf-8")
    return mini_flow


def test_a_collect_item_may_skip_its_slot(mini_flow: Path) -> None:
    path = _write(mini_flow, "collect: [full_name, plate]", "collect: [full_name, {slot: plate, on_exhausted: skip}]")
    result = validate_file(path)
    assert result.ok, [str(d.message) for d in result.report.diagnostics]
    compiled = compile_flow(load_flow(path))
    (edge,) = compiled.steps["collect.plate.spell"].candidates("exhausted")
    assert edge.skip and edge.effect == "reject" and edge.dest == "goodbye"  # the state's `done` target
    (name_edge,) = compiled.steps["collect.full_name.ask"].candidates("exhausted")
    assert not name_edge.skip and name_edge.dest == "goodbye"  # the other slot keeps the policy


def test_a_collect_item_may_name_its_own_state(mini_flow: Path) -> None:
    path = _write(
        mini_flow, "collect: [full_name, plate]", "collect: [{slot: full_name, on_exhausted: resched}, plate]"
    )
    compiled = compile_flow(load_flow(path))
    (edge,) = compiled.steps["collect.full_name.ask"].candidates("exhausted")
    assert edge.dest == "resched"


def test_an_unknown_state_on_a_collect_item_is_located(mini_flow: Path) -> None:
    path = _write(mini_flow, "collect: [full_name, plate]", "collect: [full_name, {slot: plate, on_exhausted: handof}]")
    errors = validate_file(path).report.errors
    assert [(e.code, e.mark.line) for e in errors] == [("E201", 19)]
    assert "handof" in errors[0].message


def test_skip_cannot_be_the_flow_wide_default(mini_flow: Path) -> None:
    path = _write(mini_flow, "on_exhausted: goodbye", "on_exhausted: skip")
    errors = validate_file(path).report.errors
    assert errors and errors[0].code == "E235" and errors[0].mark.line == 5
    assert "default" in errors[0].message and errors[0].hint


def test_skip_only_applies_to_a_collect_state(mini_flow: Path) -> None:
    path = _write(
        mini_flow,
        "  greeting:\n    say: greeting\n",
        "  greeting:\n    say: greeting\n    policy: {on_exhausted: skip}\n",
    )
    errors = validate_file(path).report.errors
    assert [e.code for e in errors] == ["E235"] and "collect state" in errors[0].message
