"""Actions: exactly one verb each, tools and slots that exist, known outcomes."""

from __future__ import annotations

import math
from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, suggest
from daisy_engine.flow.model import ACTION_VERBS, OUTCOMES, Flow
from daisy_engine.flow.semantics import all_actions
from daisy_engine.flow.yaml_source import Path_


def check(flow: Flow) -> Iterator[Diagnostic]:
    settable = set(flow.slots) | set(flow.context)
    for action in all_actions(flow):
        raw = _raw(flow, action.path)
        verbs = [v for v in ACTION_VERBS if isinstance(raw, dict) and v in raw]
        if len(verbs) != 1:
            found = ", ".join(verbs) or "none"
            yield error(
                flow,
                "E207",
                f"an action needs exactly one of {', '.join(ACTION_VERBS)} (found: {found})",
                action.path,
                "split it into one list item per action",
            )
            continue
        if isinstance(raw, dict) and "args" in raw and action.verb != "call":
            yield error(flow, "E232", "`args` goes only with `call`", action.path + ("args",), "remove it", key=True)
        if action.verb == "call" and action.value not in flow.tools:
            yield error(
                flow,
                "E203",
                f"unknown tool '{action.value}'",
                action.path + ("call",),
                suggest(str(action.value), flow.tools, "tools"),
            )
        if action.verb == "set" and isinstance(action.value, dict):
            for name in action.value:
                if name not in settable:
                    yield error(
                        flow,
                        "E202",
                        f"cannot set '{name}': not a slot or context variable",
                        action.path + ("set", name),
                        suggest(name, settable, "slots and context"),
                        key=True,
                    )
        if action.verb in ("end_call", "save") and action.value is not None and action.value not in OUTCOMES:
            yield error(
                flow,
                "E104",
                f"unknown outcome '{action.value}'",
                action.path + (action.verb,),
                suggest(str(action.value), OUTCOMES, "outcomes"),
            )
        if action.verb == "reschedule" and not _minutes(action.value):
            yield error(
                flow,
                "E104",
                f"`reschedule` takes minutes (a positive number, or a template giving one), not {action.value!r}",
                action.path + ("reschedule",),
                'write the minutes, more than 0: `reschedule: 60`, or `reschedule: "{{ event.minutes or 60 }}"`',
            )


def _minutes(value: object) -> bool:
    """Whether a `reschedule` value can give minutes: a number, or text that is one or that Jinja renders
    (checked then, at the call). Plain words ("in an hour") would fail at every call that reaches it: the
    callback the caller was promised would never be scheduled."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str) and ("{{" in value or "{%" in value):
        return True
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return False
    if isinstance(value, int | float):
        # the call refuses what is not a positive, finite number of minutes (`Conversation.reschedule`):
        # "-5", "nan", "inf" and 0 would schedule nothing at every call that reaches the action
        return math.isfinite(value) and value > 0
    return value is None  # a missing value is the schema's to report


def _raw(flow: Flow, path: Path_) -> object:
    """The YAML data at a path (actions are checked on their raw form to see every verb given)."""
    data = flow.raw
    for part in path:
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return data
