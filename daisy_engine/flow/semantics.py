"""What a flow means beyond what it says: derived once, read by the checks and by the compiler.

A designer writes `capture:`, `collect:`, `on: yes`, `confirm:` and `spell_after:` in several places
(slot, collect item, state policy, defaults). How a state listens, and which steps a collected slot
gets, follow from those; the checks (which templates are needed, which events can be raised, where a
state can go) and the compiler (which steps and edges exist) must agree on them, so both ask here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from daisy_engine.flow.imports import Probed, probe
from daisy_engine.flow.model import SKIP, Action, CollectItem, Flow, Slot, State
from daisy_engine.understanding import types as slot_types


def python_targets(flow: Flow) -> list[str]:
    """Every `module:function` the flow names (python tools and custom slot types): what `validate`
    imports, in a child process (see `daisy_engine.flow.imports`)."""
    targets = [tool.python for tool in flow.tools.values() if tool.python]
    targets += [slot.type for slot in flow.slots.values() if slot.is_custom]
    return sorted(set(targets))


def probed(flow: Flow) -> dict[str, Probed]:
    """What importing the flow's targets found (one child process per flow and state of its folder)."""
    derived = [tool.python for tool in flow.tools.values() if tool.python and tool.parameters is None]
    custom = [slot.type for slot in flow.slots.values() if slot.is_custom]
    return probe(python_targets(flow), flow.file.parent, derived, custom)


class TypeInfo(Protocol):
    """What the flow layer reads of a slot type: a registered `SlotType`, or a custom type's `TypeFacts`."""

    @property
    def name(self) -> str: ...
    @property
    def options(self) -> frozenset[str]: ...
    @property
    def requires(self) -> frozenset[str]: ...
    @property
    def spellable(self) -> bool: ...
    @property
    def holds(self) -> str: ...


_CUSTOM: dict[int, tuple[Flow, dict[str, Probed]]] = {}  # per flow object: its probe, taken once
_CUSTOM_KEPT = 16


def slot_type(flow: Flow, slot: Slot) -> TypeInfo | None:
    """The type of `slot`, the same for every reader: a built-in or registered type from the registry; a
    custom `module:function` / `module:TYPE` from importing it in a child process, where it is made into
    the `SlotType` the runtime uses (so a custom type is spellable, takes options and requires them as it
    says). None for an unknown type or one that cannot be imported (the checks report those)."""
    if not slot.is_custom:
        return slot_types.get(slot.type)
    kept = _CUSTOM.get(id(flow))
    if kept is None or kept[0] is not flow:
        if len(_CUSTOM) >= _CUSTOM_KEPT:
            _CUSTOM.pop(next(iter(_CUSTOM)))
        kept = _CUSTOM[id(flow)] = (flow, probed(flow))
    found = kept[1].get(slot.type)
    return found.slot_type if found is not None else None


def spellable(flow: Flow, slot: Slot) -> bool:
    """Whether values of the slot's type can be dictated one character at a time (its type says)."""
    found = slot_type(flow, slot)
    return found is not None and found.spellable


Listening = Literal["form", "slot", "yes_no", "none"]


def listening(state: State) -> Listening:
    """How a state listens to the caller.

    - "form": a `collect` state, asking, confirming (and maybe spelling) each slot;
    - "slot": a `capture` state, waiting for one value (raises `filled`);
    - "yes_no": a state with an `on: yes` or `on: no` transition, waiting for a yes or a no;
    - "none": a state that says something and moves on (or ends the call), expecting no answer.
    """
    if state.collect:
        return "form"
    if state.capture:
        return "slot"
    if any(transition.event in ("yes", "no") for transition in state.transitions):
        return "yes_no"
    return "none"


def waits_for_answer(state: State) -> bool:
    """Whether the state waits for an answer that can fail (so its policy's `on_exhausted` applies)."""
    return listening(state) != "none"


@dataclass(frozen=True)
class SlotSteps:
    """The steps a collected slot gets besides `ask`: a read-back to confirm, dictation to spell."""

    confirm: bool
    spell: bool


def slot_steps(flow: Flow, state: State, item: CollectItem, slot: Slot) -> SlotSteps:
    """`confirm` from the collect item, else the slot, else the state's policy (which has the defaults'
    value when the state sets none); `spell` for types that can be dictated when `spell_after` > 0."""
    confirm = item.confirm if item.confirm is not None else slot.confirm
    if confirm is None:
        confirm = state.policy.confirm
    return SlotSteps(confirm=confirm, spell=spellable(flow, slot) and state.policy.spell_after > 0)


def may_be_absent(flow: Flow, state: State, item: CollectItem) -> bool:
    """Whether the call may go on past `item`'s value with none given (an intent's `then: absent`): the slot is not
    required, or the collect leaves it missing when it cannot be taken (`on_exhausted: skip`, the item's or the
    state's policy's, as the compiler reads them). The compiler and the checks agree here."""
    slot = flow.slots.get(item.slot)
    if slot is not None and not slot.required:
        return True
    if item.on_exhausted is not None:
        return item.on_exhausted == SKIP
    declared = any(transition.event == "exhausted" for transition in state.transitions)
    return not declared and state.policy.on_exhausted == SKIP


def all_actions(flow: Flow) -> Iterator[Action]:
    """Every action the flow declares: on entering and leaving states, on transitions, in intent handlers."""
    for state in flow.states.values():
        yield from state.on_enter
        yield from state.on_exit
        for transition in state.transitions:
            yield from transition.actions
        for handler in state.handlers:
            yield from handler.actions
    for intent in flow.intents.values():
        yield from intent.handler.actions
