"""Slot declarations: options that fit the type, a custom type that imports, required slots something fills."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, warning
from daisy_engine.flow.model import Flow, Slot
from daisy_engine.flow.semantics import all_actions, probed, slot_type
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.normalize import fold


def _accepts(flow: Flow, slot: Slot, key: str) -> bool:
    """Whether the slot's type takes option `key` (its `options` say, a custom type's too)."""
    found = slot_type(flow, slot)
    # an unknown type is the schema's error (a custom one that does not import, E215's), not this one
    return found is None or key in found.options


def _accepting(key: str) -> str:
    """The registered types that take option `key`, for a message: "integer and amount"."""
    names = [t.name for t in slot_types.all_types() if key in t.options]
    return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _given(slot: Slot, key: str) -> bool:
    value = {"pattern": slot.pattern, "min": slot.minimum, "max": slot.maximum, "choices": slot.choices,
             "leading_zeros": slot.leading_zeros, "dtmf": slot.dtmf, "hours": slot.hours,
             "future_only": slot.future_only, "with_time": slot.with_time}[key]
    return bool(value) if key in ("choices", "leading_zeros", "dtmf", "future_only", "with_time") \
        else value is not None


def _date_bounds(flow: Flow, slot: Slot) -> Iterator[Diagnostic]:
    """A date's `min` / `max` are whole days from the call's day; with `future_only` no bound may reach back."""
    for key, bound in (("min", slot.minimum), ("max", slot.maximum)):
        if bound is not None and math.isfinite(bound) and bound != int(bound):
            yield error(flow, "E241", f"`{key}` of a date slot counts whole days from the call's day, not {bound}",
                        slot.path + (key,), f"write a whole number of days, e.g. `{key}: {int(bound)}`")
    for key, bound in (("min", slot.minimum), ("max", slot.maximum)):
        if slot.future_only and bound is not None and bound < 0:
            yield error(flow, "E241", f"`{key}: {bound:g}` reaches back before the call's day, which `future_only` "
                        "forbids", slot.path + (key,),
                        f"remove `future_only` to allow past days, or make `{key}` 0 or more")


def _shared_choice_words(flow: Flow, slot: Slot) -> Iterator[Diagnostic]:
    """The same words under two choices of one slot ("mediana" under both `small` and `large`): the caller who says
    them names neither for sure, and the engine would pick one silently."""
    if not slot.choices:
        return
    raw = (flow.raw.get("slots") or {}).get(slot.name) or {}
    mapped = isinstance(raw, dict) and isinstance(raw.get("choices"), dict)
    owner: dict[str, str] = {}
    for key, words in slot.choices.items():
        said = [(str(key).replace("_", " "), None)] + [(str(word), i) for i, word in enumerate(words)]
        for word, index in said:
            folded = " ".join(fold(word).split())
            first = owner.setdefault(folded, str(key))
            if first == str(key):
                continue
            path = slot.path + ("choices",) + ((str(key),) + ((index,) if index is not None else ()) if mapped else ())
            yield error(flow, "E243", f"slot '{slot.name}': \"{word}\" is a word of two choices, '{first}' and "
                        f"'{key}', so a caller who says it names neither for sure", path,
                        f"keep \"{word}\" under one of them, or make it a choice of its own",
                        key=index is None and mapped)


def _with_time(flow: Flow, slot: Slot) -> Iterator[Diagnostic]:
    """`with_time` says whether a date takes its time of day: true (it must), optional, or false."""
    value = slot.with_time
    if value is False or value is None:
        return
    if not _accepts(flow, slot, "with_time"):
        yield error(flow, "E242", f"`with_time` applies to {_accepting('with_time')} slots, not {slot.type}",
                    slot.path + ("with_time",), "remove it, or make the slot a date (a time of day alone is "
                    "`type: time`)", key=True)
    elif value is not True and value != "optional":
        shown = f'"{value}"' if isinstance(value, str) else str(value)
        yield error(flow, "E242", f"`with_time` of a date slot is true, false or optional, not {shown}",
                    slot.path + ("with_time",), "write `with_time: true` (the day and its time, \"mañana a las "
                    "10\" -> 2026-12-02T10:00), `with_time: optional` (the time when said) or leave it out")


def check(flow: Flow) -> Iterator[Diagnostic]:
    for slot in flow.slots.values():
        yield from _slot(flow, slot)


def _slot(flow: Flow, slot: Slot) -> Iterator[Diagnostic]:
    p = slot.path

    if not slot.record and slot.required:
        # `required` is what the record's computed status counts. A value kept out of the record is one
        # that only steers the call (Daisy's field_to_fix: filled only when the caller fixes something, and
        # cleared at every summary): required, it leaves every other call `partial`, a `complete` record
        # no longer shows what made it complete, and a callback resuming the record asks it again.
        declared = (flow.raw.get("slots") or {}).get(slot.name)
        default = "" if isinstance(declared, dict) and "required" in declared else " (the default)"
        yield warning(
            flow,
            "W224",
            f"slot '{slot.name}' is kept out of the record (`record: false`) but is required{default}, so "
            "the record's status counts a value the record never holds: a call that does not fill it ends "
            "`partial`, and a callback asks it again",
            p + ("record",),
            "add `required: false` if it only steers the call; remove `record: false` if it is the caller's data",
            key=True,
        )

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
        if not _accepts(flow, slot, "pattern"):
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
    if (slot.minimum is not None or slot.maximum is not None) and not _accepts(flow, slot, "min"):
        yield error(
            flow,
            "E228",
            f"`min`/`max` apply to {_accepting('min')} slots, not {slot.type}",
            p,
            "remove them or change the type",
            key=True,
        )
    found = slot_type(flow, slot)
    for key in sorted(found.requires) if found is not None else ():
        if not _given(slot, key):
            example = "`choices: [a, b]`" if key == "choices" else f"`{key}:`"
            yield error(flow, "E229", f"a {slot.type} slot needs `{key}`", p, f"add {example}", key=True)
    if slot.choices and not _accepts(flow, slot, "choices"):
        yield error(
            flow,
            "E230",
            f"`choices` apply to {_accepting('choices')} slots, not {slot.type}",
            p + ("choices",),
            f"set `type: {_accepting('choices').split(' ')[0]}` or remove them",
            key=True,
        )
    if slot.dtmf and not _accepts(flow, slot, "dtmf"):
        yield error(
            flow,
            "E236",
            f"`dtmf` (keypad entry) applies to {_accepting('dtmf')} slots, not {slot.type}",
            p + ("dtmf",),
            f"remove it, or make the slot {'an' if _accepting('dtmf')[:1] in 'aeiou' else 'a'} "
            f"{_accepting('dtmf').split(' ')[0]}",
            key=True,
        )
    if slot.hours is not None and not _accepts(flow, slot, "hours"):
        yield error(
            flow,
            "E239",
            f"`hours` apply to {_accepting('hours')} slots, not {slot.type}",
            p + ("hours",),
            "remove it, or make the slot a time",
            key=True,
        )
    if slot.future_only and not _accepts(flow, slot, "future_only"):
        yield error(
            flow,
            "E240",
            f"`future_only` applies to {_accepting('future_only')} slots, not {slot.type}",
            p + ("future_only",),
            "remove it, or make the slot a date",
            key=True,
        )
    if slot.type == "date":
        yield from _date_bounds(flow, slot)
    yield from _with_time(flow, slot)
    yield from _shared_choice_words(flow, slot)
    if slot.leading_zeros and not _accepts(flow, slot, "leading_zeros"):
        yield warning(
            flow, "W214", f"`leading_zeros` applies only to {_accepting('leading_zeros')} slots",
            p + ("leading_zeros",), "remove it", key=True
        )
    if slot.is_custom:
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
