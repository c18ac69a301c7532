"""Names that must resolve: states, slots, tools, intents, events; and per-spec consistency."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jinja2 import nodes

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, suggest, warning
from daisy_engine.flow.imports import probe
from daisy_engine.flow.model import (
    ACTION_VERBS,
    BUILTIN_INTENTS,
    BUILTIN_VARIABLES,
    ENGINE_EVENTS,
    RETURN,
    Action,
    Flow,
    IntentHandler,
    Slot,
)
from daisy_engine.flow.prompts import parse_condition
from daisy_engine.flow.yaml_source import Path_

PATTERN_TYPES = ("text", "name", "integer", "plate", "email", "time")


def check(flow: Flow) -> list[Diagnostic]:
    found = [
        *_names(flow),
        *_defaults(flow),
        *_states(flow),
        *_slots(flow),
        *_intents(flow),
        *_tools(flow),
        *_actions(flow),
        *_conditions(flow),
    ]
    if not any(d.is_error for d in found):  # a misspelt slot name would make its slot look unused
        found.extend(_unfilled_required(flow))
    return found


def _unfilled_required(flow: Flow) -> Iterator[Diagnostic]:
    filled = _filled_somewhere(flow)
    for slot in flow.slots.values():
        if slot.required and slot.name not in filled:
            yield warning(flow, "W223", f"required slot '{slot.name}' is never collected, captured or set, so no "
                          "record can be complete", slot.path, "collect it in a state, or mark it `required: false`",
                          key=True)


def events(flow: Flow) -> set[str]:
    return set(ENGINE_EVENTS) | set(flow.intents) | set(BUILTIN_INTENTS) | {t.on_error for t in flow.tools.values()}


def _target(flow: Flow, target: str | None, path: Path_, allow_return: bool = True) -> Iterator[Diagnostic]:
    if target is None or target in flow.states:
        return
    if target == RETURN:
        if not allow_return:
            yield error(flow, "E201", "`return` cannot be used here", path, "name a state")
        return
    yield error(flow, "E201", f"unknown state '{target}'", path, suggest(target, flow.states, "states"))


def _names(flow: Flow) -> Iterator[Diagnostic]:
    reserved = set(BUILTIN_VARIABLES)
    for name, slot in flow.slots.items():
        if name in reserved:
            yield error(flow, "E209", f"slot name '{name}' is a built-in template variable", slot.path,
                        f"rename the slot; built-ins are {', '.join(BUILTIN_VARIABLES)}", key=True)
        if name in flow.context:
            yield error(flow, "E209", f"'{name}' is both a slot and a context variable",
                        ("context", name), "rename one of them", key=True)
    for name in flow.context:
        if name in reserved:
            yield error(flow, "E209", f"context variable '{name}' is a built-in template variable",
                        ("context", name), "rename it (built-ins are always available)", key=True)
    for name, intent in flow.intents.items():
        if name in ENGINE_EVENTS:
            yield error(flow, "E209", f"intent name '{name}' is an engine event", intent.path,
                        "rename the intent", key=True)
    if flow.initial not in flow.states:
        yield from _target(flow, flow.initial, ("initial",), allow_return=False)
    for locale in flow.agent.voice:
        if locale not in flow.locales:
            yield error(flow, "E217", f"voice given for locale '{locale}', which the flow does not list",
                        ("agent", "voice", locale), f"locales are {', '.join(flow.locales)}", key=True)


def _defaults(flow: Flow) -> Iterator[Diagnostic]:
    defaults = flow.raw.get("defaults") or {}
    if "on_exhausted" in (defaults.get("policy") or {}):
        yield from _target(flow, flow.policy.on_exhausted, ("defaults", "policy", "on_exhausted"), allow_return=False)
    if "then" in (defaults.get("silence") or {}):
        yield from _target(flow, flow.silence.then, ("defaults", "silence", "then"), allow_return=False)
    if "then" in (defaults.get("limits") or {}):
        yield from _target(flow, flow.limits.then, ("defaults", "limits", "then"), allow_return=False)


def _states(flow: Flow) -> Iterator[Diagnostic]:
    known_events = events(flow)
    for state in flow.states.values():
        p = state.path
        for transition in state.transitions:
            yield from _target(flow, transition.to, transition.path + ("to",))
            if transition.event not in known_events:
                yield error(flow, "E205", f"unknown event '{transition.event}'", transition.path + ("on",),
                            suggest(transition.event, known_events, "events"))
        # Targets inherited from `defaults` are checked once, where they are written (below).
        raw = flow.raw.get("states", {}).get(state.name, {})
        if "on_exhausted" in (raw.get("policy") or {}):
            yield from _target(flow, state.policy.on_exhausted, p + ("policy", "on_exhausted"), allow_return=False)
        if state.silence is not None and isinstance(raw.get("silence"), dict) and "then" in raw["silence"]:
            yield from _target(flow, state.silence.then, p + ("silence", "then"), allow_return=False)
        if isinstance(raw.get("limits"), dict) and "then" in raw["limits"]:
            yield from _target(flow, state.limits.then, p + ("limits", "then"), allow_return=False)
        for tool in state.tools:
            if tool not in flow.tools:
                index = state.tools.index(tool)
                yield error(flow, "E203", f"unknown tool '{tool}'", p + ("tools", index),
                            suggest(tool, flow.tools, "tools"))
        if state.capture and state.capture not in flow.slots:
            yield error(flow, "E202", f"unknown slot '{state.capture}'", p + ("capture",),
                        suggest(state.capture, flow.slots, "slots"))
        if state.capture and state.collect:
            yield error(flow, "E213", "a state cannot both `capture` and `collect`", p + ("capture",),
                        "use `collect` for a confirmed form, `capture` for one quick answer")
        if state.collect and state.say:
            yield error(flow, "E213", "`say` is not used on a collect state (each slot has its own ask prompt)",
                        p + ("say",), "put an introduction in `on_enter: [{say: ...}]`")
        if state.collect and state.final:
            yield error(flow, "E213", "a collect state cannot be final", p + ("final",),
                        "go to a final state on `done`")
        seen: set[str] = set()
        for item in state.collect:
            if item.slot not in flow.slots:
                yield error(flow, "E202", f"unknown slot '{item.slot}'", item.path,
                            suggest(item.slot, flow.slots, "slots"))
            elif item.slot in seen:
                yield error(flow, "E213", f"slot '{item.slot}' is collected twice in this state", item.path,
                            "list each slot once")
            seen.add(item.slot)
        if state.collect:
            has_exhausted = any(t.event == "exhausted" for t in state.transitions) or state.policy.on_exhausted
            if not has_exhausted:
                yield error(flow, "E218", "nothing says where to go when a slot runs out of attempts",
                            p + ("collect",),
                            "add `policy: {on_exhausted: STATE}` (here or in defaults) or `on: exhausted`",
                            key=True)
            if not any(t.event == "done" for t in state.transitions):
                yield error(flow, "E218", "a collect state needs an `on: done` transition", p + ("collect",),
                            "add `on: [{on: done, to: NEXT_STATE}]`", key=True)
        if state.final and state.transitions:
            yield warning(flow, "W216", "transitions of a final state are never taken", p + ("on",),
                          "remove them, or make the state not final", key=True)
        for name, handler in state.intents.items():
            if name not in flow.intents and name not in BUILTIN_INTENTS:
                yield error(flow, "E204", f"unknown intent '{name}'", p + ("intents", name),
                            suggest(name, list(flow.intents) + list(BUILTIN_INTENTS), "intents"), key=True)
            elif name not in flow.intents and handler is not None and not (handler.to or handler.then):
                yield error(flow, "E216", f"intent '{name}' is not declared and this override says nothing to do",
                            p + ("intents", name), "give `to:` or `then:`", key=True)
            if handler is not None:
                yield from _handler(flow, handler)
        yield from _unreachable_candidates(flow, state.transitions)
        yield from _never_raised(flow, state)


def _never_raised(flow: Flow, state) -> Iterator[Diagnostic]:
    """Answer events a state can never raise, given how it listens (collect, capture, yes/no, or not at all)."""
    events_here = {t.event for t in state.transitions}
    if state.collect:
        never = {"yes": "a collect state confirms each slot itself", "no": "a collect state confirms each slot itself",
                 "filled": "a collect state raises `done` when every slot is confirmed"}
    elif state.capture:
        never = {"yes": f"this state captures '{state.capture}' and raises `filled`",
                 "no": f"this state captures '{state.capture}' and raises `filled`",
                 "done": "a state that waits for an answer never raises `done`"}
    elif events_here & {"yes", "no"}:
        never = {"filled": "only a state with `capture:` raises `filled`",
                 "done": "a state that waits for yes/no never raises `done`"}
    else:
        never = {"filled": "only a state with `capture:` raises `filled`"}
    for transition in state.transitions:
        if transition.event in never:
            yield warning(flow, "W222", f"`on: {transition.event}` is never raised here: {never[transition.event]}",
                          transition.path + ("on",), "remove it, or change how the state listens")


def _unreachable_candidates(flow: Flow, transitions) -> Iterator[Diagnostic]:
    unconditional: dict[str, int] = {}
    for transition in transitions:
        if transition.event in unconditional:
            yield warning(flow, "W219", f"this `on: {transition.event}` is never taken: an earlier one has no "
                          f"`when:`", transition.path, "add a `when:` to the earlier one, or remove this one")
        elif transition.when is None:
            unconditional[transition.event] = 1


def _handler(flow: Flow, handler: IntentHandler) -> Iterator[Diagnostic]:
    if handler.to and handler.then:
        yield error(flow, "E216", "an intent handler has both `to` and `then`", handler.path + ("then",),
                    "use `to: STATE` to leave, or `then: return` to handle it in place")
    yield from _target(flow, handler.to, handler.path + ("to",), allow_return=False)


def _intents(flow: Flow) -> Iterator[Diagnostic]:
    for name, intent in flow.intents.items():
        if not intent.builtin and not intent.phrases:
            yield error(flow, "E206", f"intent '{name}' is not built in and has no phrases", intent.path,
                        f"add `phrases: {{{flow.default_locale}: [...]}}`; built-ins: {', '.join(BUILTIN_INTENTS)}",
                        key=True)
        for locale in intent.phrases:
            if locale not in flow.locales:
                yield error(flow, "E217", f"phrases for locale '{locale}', which the flow does not list",
                            intent.path + ("phrases", locale), f"locales are {', '.join(flow.locales)}", key=True)
        if intent.phrases and not intent.builtin:
            for locale in flow.locales:
                if locale not in intent.phrases:
                    yield error(flow, "E206", f"intent '{name}' has no phrases for {locale}",
                                intent.path + ("phrases",), f"add `{locale}: [...]`", key=True)
        if not intent.handler.to and not intent.handler.then and not intent.is_global:
            continue
        if not intent.handler.to and not intent.handler.then:
            yield error(flow, "E216", f"intent '{name}' says neither where to go (`to:`) nor `then: return`",
                        intent.path, "add `to: STATE` or `then: return`", key=True)
        yield from _handler(flow, intent.handler)


def _slots(flow: Flow) -> Iterator[Diagnostic]:
    for slot in flow.slots.values():
        yield from _slot(flow, slot)


def _filled_somewhere(flow: Flow) -> set[str]:
    """Slots some state collects or captures, or some action sets."""
    filled = {item.slot for state in flow.states.values() for item in state.collect}
    filled |= {state.capture for state in flow.states.values() if state.capture}
    for action in all_actions(flow):
        if action.verb == "set" and isinstance(action.value, dict):
            filled |= set(action.value)
    return filled


def _slot(flow: Flow, slot: Slot) -> Iterator[Diagnostic]:
    p = slot.path

    if slot.pattern is not None:
        try:
            re.compile(slot.pattern)
        except re.error as exc:
            yield error(flow, "E210", f"invalid regular expression: {exc.msg}", p + ("pattern",),
                        "check brackets and escapes; in YAML prefer single quotes around patterns")
        if not slot.is_custom and slot.type not in PATTERN_TYPES:
            yield error(flow, "E214", f"`pattern` does not apply to {slot.type} slots", p + ("pattern",),
                        "remove it", key=True)
    if slot.minimum is not None and slot.maximum is not None and slot.minimum > slot.maximum:
        yield error(flow, "E214", f"min ({slot.minimum}) is greater than max ({slot.maximum})", p + ("min",),
                    "swap them", key=True)
    if (slot.minimum is not None or slot.maximum is not None) and slot.type != "integer" and not slot.is_custom:
        yield error(flow, "E214", f"`min`/`max` apply to integer slots, not {slot.type}", p,
                    "remove them or change the type", key=True)
    if slot.type == "choice" and not slot.choices:
        yield error(flow, "E214", "a choice slot needs `choices`", p, "add `choices: [a, b]`", key=True)
    if slot.choices and slot.type != "choice":
        yield error(flow, "E214", f"`choices` apply to choice slots, not {slot.type}", p + ("choices",),
                    "set `type: choice` or remove them", key=True)
    if slot.leading_zeros and slot.type != "integer":
        yield warning(flow, "W214", "`leading_zeros` applies only to integer slots", p + ("leading_zeros",),
                      "remove it", key=True)
    if slot.is_custom:
        from daisy_engine.flow.checks.tools import python_targets

        problem = probe(python_targets(flow), flow.file.parent)[slot.type].problem
        if problem is not None:
            yield error(flow, "E215", f"custom slot type '{slot.type}': {problem}", p + ("type",),
                        "the function must be importable from the flow's folder and take (text, locale, options)")


def _tools(flow: Flow) -> Iterator[Diagnostic]:
    for tool in flow.tools.values():
        if bool(tool.builtin) == bool(tool.python):
            yield error(flow, "E212", f"tool '{tool.name}' must have exactly one of `builtin` or `python`",
                        tool.path, "e.g. `builtin: save_record` or `python: my_tools:lookup`", key=True)


def all_actions(flow: Flow) -> Iterator[Action]:
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


def _actions(flow: Flow) -> Iterator[Diagnostic]:
    settable = set(flow.slots) | set(flow.context)
    for action in all_actions(flow):
        raw = _raw(flow, action.path)
        verbs = [v for v in ACTION_VERBS if isinstance(raw, dict) and v in raw]
        if len(verbs) != 1:
            found = ", ".join(verbs) or "none"
            yield error(flow, "E207", f"an action needs exactly one of {', '.join(ACTION_VERBS)} (found: {found})",
                        action.path, "split it into one list item per action")
            continue
        if isinstance(raw, dict) and "args" in raw and action.verb != "call":
            yield error(flow, "E207", "`args` goes only with `call`", action.path + ("args",), "remove it",
                        key=True)
        if action.verb == "call" and action.value not in flow.tools:
            yield error(flow, "E203", f"unknown tool '{action.value}'", action.path + ("call",),
                        suggest(str(action.value), flow.tools, "tools"))
        if action.verb == "set" and isinstance(action.value, dict):
            for name in action.value:
                if name not in settable:
                    yield error(flow, "E202", f"cannot set '{name}': not a slot or context variable",
                                action.path + ("set", name), suggest(name, settable, "slots and context"),
                                key=True)
        if action.verb in ("end_call", "save") and action.value is not None:
            from daisy_engine.flow.model import OUTCOMES

            if action.value not in OUTCOMES:
                yield error(flow, "E104", f"unknown outcome '{action.value}'", action.path + (action.verb,),
                            suggest(str(action.value), OUTCOMES, "outcomes"))


def _raw(flow: Flow, path: Path_) -> object:
    """The YAML data at a path (actions are checked on their raw form to see every verb given)."""
    data = flow.raw
    for part in path:
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _conditions(flow: Flow) -> Iterator[Diagnostic]:
    for state in flow.states.values():
        for transition in state.transitions:
            if transition.when is None:
                continue
            path = transition.path + ("when",)
            try:
                # parsed as the runtime's compile_expression parses it, so what passes here runs.
                expression = parse_condition(transition.when)
            except Exception as exc:  # jinja raises several error types for bad syntax
                yield error(flow, "E211", f"`when:` does not parse: {getattr(exc, 'message', exc)}",
                            path, "write a Jinja expression, e.g. `when: eta > '12:00'`")
                continue
            yield from _truthy_yes_no(flow, expression, path)
            yield from _number_compared_as_text(flow, expression, path)


def _slot_type(flow: Flow, node: nodes.Node) -> str | None:
    return getattr(flow.slots.get(node.name), "type", None) if isinstance(node, nodes.Name) else None


def _tested_as_boolean(node: nodes.Node) -> Iterator[nodes.Node]:
    """The operands a condition uses as true/false: through `not`, `and` and `or`."""
    if isinstance(node, nodes.Not):
        yield from _tested_as_boolean(node.node)
    elif isinstance(node, (nodes.And, nodes.Or)):
        yield from _tested_as_boolean(node.left)
        yield from _tested_as_boolean(node.right)
    else:
        yield node


def _truthy_yes_no(flow: Flow, expression: nodes.Node, path: Path_) -> Iterator[Diagnostic]:
    """`when: wants_delivery` is true for "no" too: yes_no slots hold the words 'yes' and 'no'."""
    for node in _tested_as_boolean(expression):
        if _slot_type(flow, node) == "yes_no":
            yield warning(flow, "W220", f"'{node.name}' is a yes_no slot: its value is 'yes' or 'no', and both "
                          "count as true here", path, f"compare it: `{node.name} == 'yes'`")


def _number_compared_as_text(flow: Flow, expression: nodes.Node, path: Path_) -> Iterator[Diagnostic]:
    """`when: order_number >= 50000` compares text with a number: integer slots hold digits as text."""
    for compare in [expression, *expression.find_all(nodes.Compare)]:
        if not isinstance(compare, nodes.Compare):
            continue
        operands = [compare.expr, *(op.expr for op in compare.ops)]
        names = [o.name for o in operands if _slot_type(flow, o) == "integer"]
        numbers = any(isinstance(o, nodes.Const) and isinstance(o.value, (int, float)) and not isinstance(o.value, bool)
                      for o in operands)
        if names and numbers:
            yield warning(flow, "W221", f"'{names[0]}' is an integer slot: its value is text (digits), so comparing "
                          "it with a number fails", path, f"convert it: `{names[0]} | int`")


__all__ = ["all_actions", "check", "events"]
