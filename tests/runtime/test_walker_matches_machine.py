"""The runtime's table walker and the `transitions` machine built from the same table agree.

Random event sequences (with random values for the variables `when:` conditions read) go through the
walker the Conversation uses and through the machine; after every event both are in the same state.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.compiler.machine import MachineModel, build_machine
from daisy_engine.flow import load_flow
from daisy_engine.flow.model import RETURN
from daisy_engine.flow.prompts import make_environment, referenced_names
from daisy_engine.runtime.walker import destination, select_edge

ROOT = Path(__file__).resolve().parents[2]
FLOW_FILES = [
    ROOT / "tests/runtime/flows/mini/mini.yaml",
    ROOT / "tests/runtime/flows/desk/desk.yaml",
    ROOT / "flows/daisy.yaml",
    ROOT / "examples/clinic/clinic.yaml",
]
_compiled: dict[Path, CompiledFlow] = {}
# The machine warns about every event a state has no transition for; random events are mostly that.
logging.getLogger("transitions").setLevel(logging.ERROR)


def compiled_flow(path: Path) -> CompiledFlow:
    if path not in _compiled:
        _compiled[path] = compile_flow(load_flow(path))
    return _compiled[path]


def condition_names(compiled: CompiledFlow) -> set[str]:
    env = make_environment()
    names: set[str] = set()
    for _, edge in compiled.all_edges():
        if edge.when:
            names |= referenced_names(env, "{{ " + edge.when + " }}")[0]
    return names


def variables_strategy(compiled: CompiledFlow) -> st.SearchStrategy[dict[str, Any]]:
    """Values that make every condition of the flow evaluable, true or false."""
    flow = compiled.flow
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for name in condition_names(compiled):
        slot = flow.slots.get(name)
        if name == "results":
            # Any field a condition reads from a tool result is there: `found` true or false, the rest 0-5.
            result = st.builds(lambda found, number: defaultdict(lambda: number, found=found),
                               st.booleans(), st.integers(0, 5))
            fields[name] = st.fixed_dictionaries({tool: result for tool in flow.tools})
        elif slot is not None and slot.choices:
            fields[name] = st.sampled_from([None, *slot.choices])
        else:
            fields[name] = st.integers(0, 5)  # comparable with numbers and truthy or not
    return st.fixed_dictionaries(fields)


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
@settings(
    max_examples=settings.default.max_examples * 3 // 5, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_walker_and_machine_reach_the_same_states(path: Path, data: st.DataObject) -> None:
    compiled = compiled_flow(path)
    env = make_environment()
    model = MachineModel()
    machine = build_machine(compiled, model)
    events = sorted({event for step in compiled.steps.values() for event in step.edges} | {"not_an_event"})
    variables = variables_strategy(compiled)
    # Start anywhere: final steps absorb a walk from the initial step long before it has seen them all.
    step = data.draw(st.sampled_from(sorted(compiled.steps)), label="start")
    machine.set_state(step, model=model)
    stack: list[str] = []
    for _ in range(40):
        event = data.draw(st.sampled_from(events), label="event")
        model.variables = data.draw(variables, label="variables")

        def holds(expression: str) -> bool:
            return bool(env.compile_expression(expression)(**model.variables))

        edge = select_edge(compiled.steps[step], event, holds)
        if edge is not None and edge.dest == RETURN:
            # Where `return` goes is known only at run time: the machine leaves those edges out.
            target = destination(edge, step, stack)
            if target is not None:
                step = target
                machine.set_state(step, model=model)
            continue
        model.trigger(event)
        expected = destination(edge, step, stack) if edge is not None else step
        assert model.state == expected, f"{event} from {step}"
        step = expected
