"""Slot declarations: options that fit the type, a custom type that imports, required slots something fills."""

from __future__ import annotations

import re
from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, warning
from daisy_engine.flow.model import Flow, Slot
from daisy_engine.flow.semantics import all_actions

PATTERN_TYPES = ("text", "name", "integer", "plate", "email", "time")
BOUNDED_TYPES = ("integer", "amount")  # slot types whose values `min`/`max` bound


def check(flow: Flow) -> Iterator[Diagnostic]:
    for slot in flow.slots.values():
        yield from _slot(flow, slot)


def _slot(flow: Flow, slot: Slot) -> Iterator[Diagnostic]:
    p = slot.path

    if slot.pattern is not None:
        try:
            re.compile(slot.pattern)
        except re.error as exc:
            yield error(
                flow,
                "E210",
                f"invalid regular expression: {exc.msg}",
                p + ("pattern",),
                "check brackets and escapes; in YAML prefer single quotes around patterns",
            )
        if not slot.is_custom and slot.type not in PATTERN_TYPES:
            yield error(
                flow, "E227", f"`pattern` does not apply to {slot.type} slots", p + ("pattern",), "remove it", key=True
            )
    if slot.minimum is not None and slot.maximum is not None and slot.minimum > slot.maximum:
        yield error(
            flow,
            "E214",
            f"min ({slot.minimum}) is greater than max ({slot.maximum})",
            p + ("min",),
            "swap them",
            key=True,
        )
    if (slot.minimum is not None or slot.maximum is not None) and slot.type not in BOUNDED_TYPES and not slot.is_custom:
        yield error(
            flow,
            "E228",
            f"`min`/`max` apply to integer and amount slots, not {slot.type}",
            p,
            "remove them or change the type",
            key=True,
        )
    if slot.type == "choice" and not slot.choices:
        yield error(flow, "E229", "a choice slot needs `choices`", p, "add `choices: [a, b]`", key=True)
    if slot.choices and slot.type != "choice":
        yield error(
            flow,
            "E230",
            f"`choices` apply to choice slots, not {slot.type}",
            p + ("choices",),
            "set `type: choice` or remove them",
            key=True,
        )
    if slot.leading_zeros and slot.type != "integer":
        yield warning(
            flow, "W214", "`leading_zeros` applies only to integer slots", p + ("leading_zeros",), "remove it", key=True
        )
    if slot.is_custom:
        from daisy_engine.flow.checks.tools import probed

        problem = probed(flow)[slot.type].problem
        if problem is not None:
            yield error(
                flow,
                "E215",
                f"custom slot type '{slot.type}': {problem}",
                p + ("type",),
                "the function must be in a module in the flow's folder and take (text, locale, options)",
            )


def unfilled_required(flow: Flow) -> Iterator[Diagnostic]:
    filled = _filled_somewhere(flow)
    for slot in flow.slots.values():
        if slot.required and slot.name not in filled:
            yield warning(
                flow,
                "W223",
                f"required slot '{slot.name}' is never collected, captured or set, so no record can be complete",
                slot.path,
                "collect it in a state, or mark it `required: false`",
                key=True,
            )


def _filled_somewhere(flow: Flow) -> set[str]:
    """Slots some state collects or captures, or some action sets."""
    filled = {item.slot for state in flow.states.values() for item in state.collect}
    filled |= {state.capture for state in flow.states.values() if state.capture}
    for action in all_actions(flow):
        if action.verb == "set" and isinstance(action.value, dict):
            filled |= set(action.value)
    return filled
