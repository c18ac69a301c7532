"""The compiled machine and its diagrams.

`daisy-engine graph` must draw exactly the `transitions` machine built from the compiled table, under
the drawing rule of `daisy_engine/compiler/diagram.py`: bookkeeping self-loops (no_match, partial,
corrected inside a collect) are left out; a global intent is drawn once, from `any_state`; `return`
edges go to `return_point`; final states go to `[*]`. The expected drawing is derived here from the
machine (`machine.events[...].transitions`) and the flow as written, not from the drawing code.
"""

from __future__ import annotations

import logging
import re
import shutil
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import meta
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.compiler import STAY, CompiledFlow, compile_flow
from daisy_engine.compiler.machine import MachineModel, build_machine
from daisy_engine.flow import validate_file
from daisy_engine.flow.model import RETURN
from daisy_engine.flow.prompts import make_environment

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
FEATURES = FIXTURES / "features.yaml"
FLOWS = {"daisy": REPO / "flows" / "daisy.yaml", "mini": FIXTURES / "mini.yaml", "features": FEATURES}
BOOKKEEPING = ("no_match", "partial", "corrected")
# The machine logs every event a state has no transition for; random event sequences are mostly that.
logging.getLogger("transitions").setLevel(logging.ERROR)

Drawn = tuple[str, str, str, bool]  # source, dest, event, has a condition


def compiled_flow(path: Path) -> CompiledFlow:
    result = validate_file(path)
    assert result.ok and result.flow is not None, [d.format_text() for d in result.report.diagnostics]
    return compile_flow(result.flow)


@pytest.fixture(scope="module")
def features() -> CompiledFlow:
    return compiled_flow(FEATURES)


# --- the drawing rule, applied to the machine ----------------------------------------------------------


def expected_drawing(compiled: CompiledFlow) -> tuple[set[Drawn], str, set[str]]:
    """(edges, initial state, final states) the diagram must show, from the machine and the flow."""
    flow = compiled.flow
    machine = build_machine(compiled)
    edges: set[Drawn] = set()
    for event, definition in machine.events.items():
        for source, transitions in definition.transitions.items():
            step = compiled.steps[source]
            state = flow.states[step.origin]
            declared_here = any(t.event == event for t in state.transitions)
            intent = flow.intents.get(event)
            is_global = (
                intent is not None
                and intent.is_global
                and state.intents.get(event, intent.handler) is intent.handler  # not disabled or overridden
                and not declared_here
            )
            for transition in transitions:
                # A `return` edge is an internal transition: where it goes is known at run time only.
                dest = "return_point" if transition.dest is None else transition.dest
                self_loop = dest == source
                if self_loop and is_global:
                    continue  # handled in place by a global intent: nothing to draw
                if self_loop and event in BOOKKEEPING and step.kind != "plain" and not declared_here:
                    continue
                edges.add(("any_state" if is_global else source, dest, event, bool(transition.conditions)))
    finals = {name for name, step in compiled.steps.items() if flow.states[step.origin].final}
    return edges, machine.initial, finals


def mermaid_ids(compiled: CompiledFlow) -> dict[str, str]:
    ids = {name.replace(".", "__"): name for name in compiled.steps}
    assert len(ids) == len(compiled.steps)
    return {**ids, "any_state": "any_state", "return_point": "return_point"}


def parse_mermaid(text: str, compiled: CompiledFlow) -> tuple[list[Drawn], str, set[str], list[str], set[str]]:
    """(edges, initial, finals, declared state ids, conditions) read back from Mermaid text."""
    edge_lines = [line for line in text.splitlines() if " --> " in line]
    assert len(edge_lines) == len(set(edge_lines)), "an edge is drawn twice"
    ids = mermaid_ids(compiled)
    lines = text.splitlines()
    assert lines[0] == "stateDiagram-v2"
    edges: list[Drawn] = []
    declared: list[str] = []
    finals: set[str] = set()
    conditions: set[str] = set()
    initial = ""
    for line in lines[1:]:
        if state := re.fullmatch(r'\s*state "[^"]*" as (\S+)(?: \{)?', line):
            declared.append(state[1])
        elif edge := re.fullmatch(r"\s*(\S+) --> (\S+)(?: : (\S+)(?: \[(.*)\])?)?", line):
            source, dest, event, condition = edge.groups()
            if source == "[*]":
                initial = ids[dest]
            elif dest == "[*]":
                finals.add(ids[source])
            else:
                edges.append((ids[source], ids[dest], event, condition is not None))
                if condition is not None:
                    conditions.add(condition)
        else:
            assert line.strip() == "}", f"unexpected Mermaid line {line!r}"
    return edges, initial, finals, declared, conditions


def mermaid_label(text: str) -> str:
    return text.replace("\n", " ").replace(";", ",").replace(":", " ")


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_graph_command_draws_exactly_the_machine(name: str) -> None:
    compiled = compiled_flow(FLOWS[name])
    result = CliRunner().invoke(app, ["graph", str(FLOWS[name])])
    assert result.exit_code == 0, result.output
    edges, initial, finals, declared, conditions = parse_mermaid(result.stdout, compiled)
    expected_edges, expected_initial, expected_finals = expected_drawing(compiled)
    assert set(edges) == expected_edges
    assert (initial, finals) == (expected_initial, expected_finals)
    # Every step is declared once, collect states as composite states around their steps, and the
    # any_state / return_point nodes when an edge uses them.
    steps = [i for i, name in mermaid_ids(compiled).items() if name in compiled.steps]
    extra = [node for node in ("any_state", "return_point") if any(node in edge[:2] for edge in expected_edges)]
    assert sorted(declared) == sorted([*steps, *compiled.groups, *extra])
    # Conditions are labelled with the `when:` the designer wrote.
    written = {mermaid_label(t.when) for s in compiled.flow.states.values() for t in s.transitions if t.when}
    assert conditions == written


def test_features_drawing_rules(features: CompiledFlow) -> None:
    """The rule's cases, spelled out for the features flow."""
    edges, _, finals, _, _ = parse_mermaid(CliRunner().invoke(app, ["graph", str(FEATURES)]).stdout, features)
    drawn = {(s, d, e) for s, d, e, _ in edges}
    # Global intents once from any_state; `then: return/stay` intents are not drawn at all.
    assert ("any_state", "handoff", "human") in drawn and ("any_state", "callback", "reschedule") in drawn
    assert not any(e in ("repeat", "complaint") for _, _, e in drawn)
    assert not any(s != "any_state" and e in ("human", "reschedule") and d in ("handoff", "callback")
                   for s, d, e in drawn)
    # An override is drawn from the states it applies to; a non-global intent where it is enabled.
    assert {(s, d) for s, d, e in drawn if e == "human" and s != "any_state"} == {
        ("plates_again.plate.ask", "bye"), ("plates_again.plate.confirm", "bye")}
    assert {(s, d) for s, d, e in drawn if e == "wrong_person"} == {("greeting", "bye")}
    # A declared self-transition is drawn; collect bookkeeping self-loops are not.
    assert ("big_party", "big_party", "filled") in drawn
    assert not any(e in BOOKKEEPING for _, _, e in drawn)
    assert ("handoff", "return_point", "done") in drawn
    assert finals == {"bye", "callback"}


# --- collect expansion, intents -------------------------------------------------------------------


def test_collect_expands_into_ask_spell_confirm_steps(features: CompiledFlow) -> None:
    steps = {name: (step.kind, step.slot) for name, step in features.steps.items() if step.origin == "details"}
    assert list(steps) == [
        "details.full_name.ask", "details.full_name.confirm",  # a name is never spelled
        "details.plate.ask", "details.plate.spell", "details.plate.confirm",  # spell_after: 1
        "details.email.ask", "details.email.spell",  # `confirm: false` on the collect item
        "details.guests.ask",  # `confirm: false` on the slot
    ]
    assert [n for n, s in features.steps.items() if s.origin == "plates_again"] == [
        "plates_again.plate.ask", "plates_again.plate.confirm"]  # spell_after is 0 there
    assert features.entries["details"] == "details.full_name.ask"
    assert features.groups == {"details": ("full_name", "plate", "email", "guests"), "plates_again": ("plate",)}


def test_collect_steps_lead_from_slot_to_slot_and_then_to_done(features: CompiledFlow) -> None:
    def dest(step: str, event: str) -> list[str]:
        return [e.dest for e in features.steps[step].candidates(event)]

    assert dest("details.full_name.ask", "filled") == ["details.full_name.confirm"]
    assert dest("details.full_name.confirm", "yes") == ["details.plate.ask"]
    assert dest("details.full_name.confirm", "no") == ["details.full_name.ask"]
    assert dest("details.plate.ask", "spell") == ["details.plate.spell"]
    assert dest("details.plate.spell", "filled") == ["details.plate.confirm"]
    assert dest("details.email.ask", "filled") == ["details.guests.ask"]  # no confirm: straight on
    assert dest("details.email.spell", "filled") == ["details.guests.ask"]
    assert dest("details.guests.ask", "filled") == ["route"]  # the last slot goes where `done` goes
    assert dest("details.full_name.ask", "no_match") == [STAY]
    assert dest("details.full_name.ask", "exhausted") == ["handoff"]  # defaults.policy.on_exhausted
    assert dest("details.full_name.ask", "spell") == []
    assert dest("plates_again.plate.ask", "spell") == []


def test_intent_overrides_in_the_machine(features: CompiledFlow) -> None:
    machine = build_machine(features)
    human = {source: [t.dest for t in ts] for source, ts in machine.events["human"].transitions.items() if ts}
    assert "route" not in human  # `human: false`
    assert human["plates_again.plate.ask"] == ["bye"] == human["plates_again.plate.confirm"]
    assert human["greeting"] == ["handoff"] and human["details.guests.ask"] == ["handoff"]
    assert not {"bye", "callback"} & set(human)  # nothing interrupts a final state
    wrong_person = {s for s, ts in machine.events["wrong_person"].transitions.items() if ts}
    assert wrong_person == {"greeting"}  # not global: only where a state enables it
    repeat = machine.events["repeat"].transitions
    assert all([t.dest for t in ts] == [s] for s, ts in repeat.items())  # handled in place
    assert set(repeat) == set(features.steps) - {"bye", "callback"}


# --- `when:` branching: the machine is the oracle of the table -----------------------------------------


def walk(compiled: CompiledFlow, step: str, event: str, variables: dict[str, object]) -> str | None:
    """The next step by the table: the first candidate whose `when` holds. None for a `return` edge."""
    env = make_environment()
    for edge in compiled.steps[step].candidates(event):
        if edge.when is None or env.compile_expression(edge.when, undefined_to_none=False)(**variables):
            if edge.dest == RETURN:
                return None
            return step if edge.dest == STAY else edge.dest
    return step


def condition_names(compiled: CompiledFlow) -> set[str]:
    env = make_environment()
    return {name for _, edge in compiled.all_edges() if edge.when
            for name in meta.find_undeclared_variables(env.parse("{{ " + edge.when + " }}"))}


VALUES = st.one_of(st.booleans(), st.integers(0, 8), st.sampled_from(
    ["", "+525512345678", "full_name", "tractor_number", "eta", "email", "nothing"]))


@pytest.mark.parametrize("name", ["features", "daisy"])
@settings(max_examples=settings.default.max_examples * 3 // 2)
@given(data=st.data())
def test_random_event_sequences_agree_between_machine_and_table(name: str, data: st.DataObject) -> None:
    compiled = ORACLE_FLOWS[name]
    names = sorted(condition_names(compiled))
    model = MachineModel()
    machine = build_machine(compiled, model)
    events = sorted(machine.events) + ["not_an_event"]
    start = data.draw(st.sampled_from(sorted(compiled.steps)), label="start")
    machine.set_state(start, model=model)
    step = start
    for _ in range(data.draw(st.integers(1, 25), label="length")):
        event = data.draw(st.sampled_from(events), label="event")
        variables = {n: data.draw(VALUES if n != "guests" else st.integers(0, 8), label=n) for n in names}
        model.variables = variables
        expected = walk(compiled, step, event, variables)
        model.trigger(event)
        if expected is None:  # `return`: the machine has no edge for it and stays
            assert model.state == step
            break
        assert model.state == expected, f"{event} from {step} with {variables}"
        step = expected


ORACLE_FLOWS = {name: compiled_flow(FLOWS[name]) for name in ("features", "daisy")}


def test_machine_without_a_model_evaluates_conditions_on_its_variables(features: CompiledFlow) -> None:
    machine = build_machine(features)
    machine.set_state("route")
    machine.variables = {"guests": 6, "vip": True}
    machine.trigger("done")
    assert machine.state == "vip_desk"
    machine.set_state("route")
    machine.variables = {"guests": 2, "vip": True}
    machine.trigger("done")
    assert machine.state == "plates_again.plate.ask"


# --- graph output files ------------------------------------------------------------------------------


def test_graph_to_markdown_writes_a_fenced_mermaid_block(tmp_path: Path) -> None:
    out = tmp_path / "diagram.md"
    result = CliRunner().invoke(app, ["graph", str(FEATURES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    mermaid = CliRunner().invoke(app, ["graph", str(FEATURES)]).stdout
    assert out.read_text("utf-8") == f"```mermaid\n{mermaid}```\n"
    assert f"wrote {out}" in result.stderr


@pytest.mark.parametrize(("suffix", "first_line"), [(".mmd", "stateDiagram-v2"), (".dot", 'digraph "features" {')])
def test_graph_to_mermaid_and_dot_files(tmp_path: Path, suffix: str, first_line: str, features: CompiledFlow) -> None:
    out = tmp_path / f"diagram{suffix}"
    result = CliRunner().invoke(app, ["graph", str(FEATURES), "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert text.splitlines()[0] == first_line
    if suffix == ".dot":  # the DOT drawing has the same edges as the Mermaid one
        found = {(s, d, label.split(" ")[0], "[" in label)
                 for s, d, label in re.findall(r'^  "([^"]+)" -> "([^"]+)" \[label="([^"]*)"\];$', text, re.M)}
        expected, _, _ = expected_drawing(features)
        assert found == expected


def _fake_dot(tmp_path: Path) -> str:
    """A stand-in `dot` for machines without Graphviz: writes the DOT it is given into an SVG."""
    script = tmp_path / "dot"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nout = sys.argv[sys.argv.index('-o') + 1]\n"
        "svg = '<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>' + sys.stdin.read() + '</desc></svg>'\n"
        "open(out, 'w').write(svg)\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_graph_to_svg_with_graphviz(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dot = shutil.which("dot") or _fake_dot(tmp_path)  # the real one when installed
    monkeypatch.setattr(shutil, "which", lambda name: dot if name == "dot" else None)
    out = tmp_path / "diagram.svg"
    result = CliRunner().invoke(app, ["graph", str(FEATURES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    svg = out.read_text("utf-8")
    assert "<svg" in svg and "vip_desk" in svg and "plate · spell" in svg


def test_graph_to_svg_without_graphviz_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    out = tmp_path / "diagram.svg"
    result = CliRunner().invoke(app, ["graph", str(FEATURES), "-o", str(out)])
    assert result.exit_code == 1
    assert "Graphviz is not installed" in result.stderr and "-o diagram.md" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_graph_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["graph", str(FEATURES), "-o", str(tmp_path / "diagram.txt")])
    assert result.exit_code == 2
    assert "unknown extension '.txt'" in result.stderr


def test_graph_of_a_broken_flow_reports_its_errors(tmp_path: Path) -> None:
    flow = Path(__file__).parent / "gallery" / "e201_unknown_state.yaml"
    result = CliRunner().invoke(app, ["graph", str(flow)])
    assert result.exit_code == 1
    assert "error[E201]: unknown state 'goodby'" in result.stderr
    assert "fix the errors above first" in result.stderr
    assert result.stdout == ""
