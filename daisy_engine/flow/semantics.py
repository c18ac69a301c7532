"""What a flow means beyond what it says: derived once, read by the checks and by the compiler.

A designer writes `capture:`, `collect:`, `on: yes`, `confirm:` and `spell_after:` in several places
(slot, collect item, state policy, defaults). How a state listens, and which steps a collected slot
gets, follow from those; the checks (which templates are needed, which events can be raised, where a
state can go) and the compiler (which steps and edges exist) must agree on them, so both ask here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from daisy_engine.flow.model import Action, CollectItem, Flow, Slot, State
from daisy_engine.understanding import types as slot_types


def spellable(slot_type: str) -> bool:
    """Whether values of `slot_type` can be dictated one character at a time (its `SlotType` says)."""
    found = slot_types.get(slot_type)
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


def slot_steps(state: State, item: CollectItem, slot: Slot) -> SlotSteps:
    """`confirm` from the collect item, else the slot, else the state's policy (which has the defaults'
    value when the state sets none); `spell` for types that can be dictated when `spell_after` > 0."""
    confirm = item.confirm if item.confirm is not None else slot.confirm
    if confirm is None:
        confirm = state.policy.confirm
    return SlotSteps(confirm=confirm, spell=spellable(slot.type) and state.policy.spell_after > 0)


def all_actions(flow: Flow) -> Iterator[Action]:
    """Every action the flow declares: on entering and leaving states, on transitions, in intent handlers."""
    for state in flow.states.values():
        yield from state.on_enter
        yield from state.on_exit
        for transition in state.transitions:
            yield from transition.actions
        for handler in state.intents.values():
            if handler is not None:
                yield from handler.actions
    for intent in flow.intents.values():
        yield from intent.handler.actions
