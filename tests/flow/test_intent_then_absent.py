"""`then: absent` on an intent handler ("yo todo por WhatsApp" at the e-mail question: there is no e-mail), and a
collect item's own `intents:`: where they may be written, what `validate` says where they cannot apply, what the
compiler makes of them. The call's behaviour is in tests/runtime/test_an_intent_says_the_value_is_absent.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.compiler.table import STAY
from daisy_engine.flow import load_flow, validate_file


def _write(mini_flow: Path, old: str, new: str) -> Path:
    text = mini_flow.read_text("utf-8")
    assert old in text
    mini_flow.write_text(text.replace(old, new), "utf-8")
    return mini_flow


def _errors(path: Path) -> list[tuple[str, int, int, str]]:
    return [(e.code, e.mark.line, e.mark.column, e.message) for e in validate_file(path).report.errors]


@pytest.mark.parametrize("collect", [
    # the plate may be left missing: a caller who has none of it is settled
    "collect: [full_name, {slot: plate, on_exhausted: skip, intents: {repeat: {then: absent}}}]",
    "collect:\n      - full_name\n      - slot: plate\n        on_exhausted: skip\n        intents:\n"
    "          repeat: {then: absent}",
])
def test_an_item_that_may_be_left_missing_takes_then_absent(mini_flow: Path, collect: str) -> None:
    path = _write(mini_flow, "collect: [full_name, plate]", collect)
    assert _errors(path) == []
    compiled = compile_flow(load_flow(path))
    for kind in ("ask", "spell", "confirm"):
        (edge,) = compiled.steps[f"collect.plate.{kind}"].candidates("repeat")
        assert edge.absent and edge.dest == STAY and not edge.resume
    # the other item keeps the flow's handler: asked again
    (edge,) = compiled.steps["collect.full_name.ask"].candidates("repeat")
    assert edge.resume and not edge.absent


def test_an_optional_value_takes_then_absent_without_skip(mini_flow: Path) -> None:
    path = _write(mini_flow, "plate: {type: plate, spell_back: true}",
                  "plate: {type: plate, spell_back: true, required: false}")
    path = _write(path, "collect: [full_name, plate]", "collect: [full_name, {slot: plate, intents: {repeat: "
                  "{then: absent}}}]")
    assert _errors(path) == []


def test_then_absent_at_a_required_value_with_no_skip_is_a_located_error(mini_flow: Path) -> None:
    path = _write(mini_flow, "collect: [full_name, plate]",
                  "collect: [full_name, {slot: plate, intents: {repeat: {then: absent}}}]")
    ((code, line, column, message),) = _errors(path)
    assert (code, line) == ("E238", 19) and column == mini_flow.read_text("utf-8").splitlines()[18].index("absent") + 1
    assert "'plate'" in message and "required" in message


def test_a_collect_states_then_absent_needs_every_item_to_allow_it(mini_flow: Path) -> None:
    path = _write(mini_flow, "    collect: [full_name, plate]\n",
                  "    collect: [full_name, {slot: plate, on_exhausted: skip}]\n"
                  "    intents:\n      repeat: {then: absent}\n")
    ((code, line, _, message),) = _errors(path)
    assert (code, line) == ("E238", 21) and "'full_name'" in message
    # every value may be left missing: no error, and each question settles its own value
    path = _write(path, "collect: [full_name, ", "collect: [{slot: full_name, on_exhausted: skip}, ")
    assert _errors(path) == []
    compiled = compile_flow(load_flow(path))
    assert all(step.candidates("repeat")[0].absent for step in compiled.steps.values() if step.origin == "collect")


def test_then_absent_in_a_state_that_asks_no_value_is_a_located_error(mini_flow: Path) -> None:
    path = _write(mini_flow, "  greeting:\n    say: greeting\n",
                  "  greeting:\n    say: greeting\n    intents:\n      repeat: {then: absent}\n")
    ((code, line, column, message),) = _errors(path)
    assert (code, line, column) == ("E238", 16, 22) and "asks no value" in message


def test_then_absent_as_a_flow_level_handler_is_a_located_error(mini_flow: Path) -> None:
    path = _write(mini_flow, "  repeat: {then: return}", "  repeat: {then: absent}")
    ((code, line, column, message),) = _errors(path)
    assert (code, line, column) == ("E238", 10, 18) and "flow-level" in message


def test_then_is_return_stay_or_absent(mini_flow: Path) -> None:
    path = _write(mini_flow, "  repeat: {then: return}", "  repeat: {then: skip}")
    codes = [code for code, *_ in _errors(path)]
    assert codes == ["E104"]


def test_a_collect_items_intents_are_checked_as_a_states(mini_flow: Path) -> None:
    path = _write(mini_flow, "collect: [full_name, plate]",
                  "collect: [full_name, {slot: plate, intents: {repet: {then: return}, reschedule: {to: nowhere}}}]")
    found = {(code, line) for code, line, *_ in _errors(path)}
    assert found == {("E204", 19), ("E201", 19)}


def test_a_collect_item_may_turn_an_intent_off_at_its_question(mini_flow: Path) -> None:
    path = _write(mini_flow, "collect: [full_name, plate]", "collect: [full_name, {slot: plate, intents: "
                  "{reschedule: false}}]")
    assert _errors(path) == []
    compiled = compile_flow(load_flow(path))
    assert compiled.steps["collect.plate.ask"].candidates("reschedule") == ()
    assert compiled.steps["collect.full_name.ask"].candidates("reschedule") != ()
