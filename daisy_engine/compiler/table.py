"""The compiled form of a flow: an immutable table of steps and edges, built once per flow file.

Every call is a small object holding a step name and its slots; it looks its next step up here. The
`transitions` machine built from the same table (see `machine.py`) draws the diagrams and serves as the
test oracle, so the table and the machine cannot drift apart unnoticed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Literal

from daisy_engine.diagnostics import Mark
from daisy_engine.flow.model import Action, Flow, IntentHandler, Limits, Policy, Silence

StepKind = Literal["plain", "ask", "spell", "confirm"]
Listen = Literal["none", "yes_no", "slot", "char", "confirm"]

STAY = "="
"""Edge destination: remain in the same step (reflexive)."""

@dataclass(frozen=True)
class Edge:
    """One possible transition out of a step on an event."""

    event: str
    dest: str  # a step name, STAY, or "return"
    mark: Mark
    when: str | None = None
    actions: tuple[Action, ...] = ()
    say: str | None = None
    # What the runtime does to the slot being collected when the edge is taken.
    effect: Literal["accept", "reject", None] = None
    # Set for edges that come from an intent handler (for coverage and the diagram).
    intent: str | None = None
    # True when a designer wrote it (as opposed to collect expansion bookkeeping).
    declared: bool = True
    # For dest STAY on an intent: say the step's prompt again after the handler (`then: return`).
    resume: bool = False
    # The runtime remembers the step it leaves, so the target can go `to: return`.
    push_return: bool = False
    # `on_exhausted: skip`: the slot is left missing (and asked once more when the state's slots are done).
    skip: bool = False
    # An intent's `then: absent`: after its say and actions the value asked is settled as one the caller has none
    # of, and the collect goes on with its next value.
    absent: bool = False


@dataclass(frozen=True)
class Step:
    """A state of the compiled machine. Collect states expand into ask/spell/confirm steps per slot."""

    name: str
    kind: StepKind
    origin: str  # the flow state it came from
    mark: Mark
    listen: Listen = "none"
    slot: str | None = None
    say: str | None = None
    instruct: str | None = None
    tools: tuple[str, ...] = ()
    on_enter: tuple[Action, ...] = ()
    on_exit: tuple[Action, ...] = ()
    edges: dict[str, tuple[Edge, ...]] = field(default_factory=dict)
    intents: dict[str, IntentHandler] = field(default_factory=dict)
    policy: Policy = field(default_factory=Policy)
    reprompts: tuple[str, ...] = ()
    silence: Silence | None = None
    # The bounds that hold while the call is at this step (its state's `limits:` over the defaults).
    limits: Limits = field(default_factory=Limits)
    final: bool = False
    # True when the state has a `done` edge and no input to wait for: it moves on right after entering.
    immediate: bool = False

    def candidates(self, event: str) -> tuple[Edge, ...]:
        return self.edges.get(event, ())


@dataclass(frozen=True)
class CompiledFlow:
    flow: Flow
    steps: dict[str, Step]
    initial: str
    # Flow state name -> the step a transition `to: <state>` enters.
    entries: dict[str, str]
    # Collect state name -> its slots in order.
    groups: dict[str, tuple[str, ...]]

    @functools.cached_property
    def collected_slots(self) -> frozenset[str]:
        """The slots some collect state asks for: the call's values (not a preference a `set:` notes)."""
        return frozenset(slot for slots in self.groups.values() for slot in slots)

    @functools.cached_property
    def collected_slots_sorted(self) -> tuple[str, ...]:
        """`collected_slots` in name order, sorted once: the runtime lists the values collected every time a
        prompt is said, in this order."""
        return tuple(sorted(self.collected_slots))

    def all_edges(self) -> list[tuple[str, Edge]]:
        return [(step.name, edge) for step in self.steps.values() for edges in step.edges.values() for edge in edges]
