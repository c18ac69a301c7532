"""Build a `transitions` machine from the compiled table.

The machine draws diagrams and is the oracle the tests compare the runtime's table against. It is built
once per flow (never per call) with `auto_transitions=False`, as the flow declares every transition.
`return` edges go back to a state known only at run time, so the machine keeps them as internal
transitions (`dest=None`: taken when their condition holds, so later candidates are not, but the state
is left to the runtime); conditions are evaluated against the model's `variables`.
"""

from __future__ import annotations

from typing import Any

from transitions import Machine

from daisy_engine.compiler.table import STAY, CompiledFlow
from daisy_engine.flow.model import RETURN
from daisy_engine.flow.prompts import make_environment


class MachineModel:
    """A model for the oracle machine: holds the state and the variables conditions read."""

    def __init__(self, variables: dict[str, Any] | None = None) -> None:
        self.variables = variables or {}


def machine_transitions(compiled: CompiledFlow) -> list[dict[str, Any]]:
    """The compiled edges as `transitions` definitions (trigger, source, dest, conditions)."""
    env = make_environment()
    definitions: list[dict[str, Any]] = []
    for source, edge in compiled.all_edges():
        definition: dict[str, Any] = {
            "trigger": edge.event,
            "source": source,
            "dest": None if edge.dest == RETURN else source if edge.dest == STAY else edge.dest,
        }
        if edge.when:
            expression = env.compile_expression(edge.when)
            definition["conditions"] = [lambda model, _e=expression: bool(_e(**model.variables))]
        definitions.append(definition)
    return definitions


def build_machine(compiled: CompiledFlow, model: Any = None) -> Machine:
    """A `transitions.Machine` with one state per step and one transition per edge."""
    definitions = machine_transitions(compiled)
    # Without a model the machine is its own model (it is only known once built).
    models: list[Any] = [model] if model is not None else []
    for definition in definitions:
        if "conditions" in definition:
            # transitions passes event data, not the model; bind the model in.
            definition["conditions"] = [(lambda _c=c: _c(models[0])) for c in definition["conditions"]]
    machine = Machine(
        model=model if model is not None else Machine.self_literal,
        states=list(compiled.steps),
        transitions=definitions,
        initial=compiled.initial,
        auto_transitions=False,
        ignore_invalid_triggers=True,
    )
    if model is None:
        machine.variables = {}  # what conditions read; set it before triggering conditional events
        models.append(machine)
    return machine
