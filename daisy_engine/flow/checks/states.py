"""Each state on its own: where its transitions and exits go, which events it can raise, its shape
(capture or collect, what a collect state may carry), and its intent overrides."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, events, suggest, target, warning
from daisy_engine.flow.checks.intents import check_handler
from daisy_engine.flow.model import ABSENT, BUILTIN_INTENTS, SKIP, CollectItem, Flow, IntentHandler, State, Transition
from daisy_engine.flow.semantics import listening, may_be_absent
from daisy_engine.flow.yaml_source import Path_


def check_defaults(flow: Flow) -> Iterator[Diagnostic]:
    defaults = flow.raw.get("defaults") or {}
    if "on_exhausted" in (defaults.get("policy") or {}):
        if flow.policy.on_exhausted == SKIP:
            yield error(
                flow,
                "E235",
                "`skip` cannot be the default `on_exhausted`",
                ("defaults", "policy", "on_exhausted"),
                "name a state here, and put `on_exhausted: skip` on the collect state or slot to skip",
            )
        else:
            yield from target(
                flow, flow.policy.on_exhausted, ("defaults", "policy", "on_exhausted"), allow_return=False
            )
    if "then" in (defaults.get("silence") or {}):
        yield from target(flow, flow.silence.then, ("defaults", "silence", "then"), allow_return=False)
    if "then" in (defaults.get("limits") or {}):
        yield from target(flow, flow.limits.then, ("defaults", "limits", "then"), allow_return=False)


def check(flow: Flow) -> Iterator[Diagnostic]:
    known_events = events(flow)
    for state in flow.states.values():
        p = state.path
        for transition in state.transitions:
            yield from target(flow, transition.to, transition.path + ("to",))
            if transition.event not in known_events:
                yield error(
                    flow,
                    "E205",
                    f"unknown event '{transition.event}'",
                    transition.path + ("on",),
                    _event_hint(transition.event, known_events),
                )
        # Targets inherited from `defaults` are checked once, where they are written (below).
        raw = flow.raw.get("states", {}).get(state.name, {})
        if "on_exhausted" in (raw.get("policy") or {}):
            if state.policy.on_exhausted == SKIP and not state.collect:
                yield error(
                    flow,
                    "E235",
                    "`skip` only applies to the slots of a collect state",
                    p + ("policy", "on_exhausted"),
                    "name a state to go to instead",
                )
            elif state.policy.on_exhausted != SKIP:
                yield from target(flow, state.policy.on_exhausted, p + ("policy", "on_exhausted"), allow_return=False)
        if state.silence is not None and isinstance(raw.get("silence"), dict) and "then" in raw["silence"]:
            yield from target(flow, state.silence.then, p + ("silence", "then"), allow_return=False)
        if isinstance(raw.get("limits"), dict) and "then" in raw["limits"]:
            yield from target(flow, state.limits.then, p + ("limits", "then"), allow_return=False)
        for tool in state.tools:
            if tool not in flow.tools:
                index = state.tools.index(tool)
                yield error(
                    flow, "E203", f"unknown tool '{tool}'", p + ("tools", index), suggest(tool, flow.tools, "tools")
                )
        if state.capture and state.capture not in flow.slots:
            yield error(
                flow,
                "E202",
                f"unknown slot '{state.capture}'",
                p + ("capture",),
                suggest(state.capture, flow.slots, "slots"),
            )
        if state.capture and state.collect:
            yield error(
                flow,
                "E213",
                "a state cannot both `capture` and `collect`",
                p + ("capture",),
                "use `collect` for a confirmed form, `capture` for one quick answer",
            )
        if state.collect and state.say:
            yield error(
                flow,
                "E224",
                "`say` is not used on a collect state (each slot has its own ask prompt)",
                p + ("say",),
                "put an introduction in `on_enter: [{say: ...}]`",
            )
        if state.collect and state.final:
            yield error(
                flow, "E225", "a collect state cannot be final", p + ("final",), "go to a final state on `done`"
            )
        seen: set[str] = set()
        for item in state.collect:
            if item.slot not in flow.slots:
                yield error(
                    flow, "E202", f"unknown slot '{item.slot}'", item.path, suggest(item.slot, flow.slots, "slots")
                )
            elif item.slot in seen:
                yield error(
                    flow,
                    "E226",
                    f"slot '{item.slot}' is collected twice in this state",
                    item.path,
                    "list each slot once",
                )
            seen.add(item.slot)
            if item.on_exhausted is not None and item.on_exhausted != SKIP:
                yield from target(flow, item.on_exhausted, item.path + ("on_exhausted",), allow_return=False)
        if state.collect:
            # every item naming its own `on_exhausted` is an exit as good as the state's
            has_exhausted = (
                any(t.event == "exhausted" for t in state.transitions)
                or state.policy.on_exhausted
                or all(item.on_exhausted is not None for item in state.collect)
            )
            if not has_exhausted:
                yield error(
                    flow,
                    "E218",
                    "nothing says where to go when a slot runs out of attempts",
                    p + ("collect",),
                    "add `policy: {on_exhausted: STATE}` (here or in defaults) or `on: exhausted`, or give each "
                    "collect item its own `on_exhausted`",
                    key=True,
                )
            if not any(t.event == "done" for t in state.transitions):
                yield error(
                    flow,
                    "E231",
                    "a collect state needs an `on: done` transition",
                    p + ("collect",),
                    "add `on: [{on: done, to: NEXT_STATE}]`",
                    key=True,
                )
        # `transfer_failed` is the one event a final state still gets: the transfer it ended with failed.
        if state.final and any(t.event != "transfer_failed" for t in state.transitions):
            yield warning(
                flow,
                "W216",
                "transitions of a final state are never taken",
                p + ("on",),
                "remove them, or make the state not final",
                key=True,
            )
        yield from _overrides(flow, state.intents, p)
        for item in state.collect:
            yield from _overrides(flow, item.intents, item.path)
        yield from _absent_handlers(flow, state)
        yield from _unreachable_candidates(flow, state.transitions)
        yield from _never_raised(flow, state)


def _overrides(flow: Flow, intents: dict[str, IntentHandler | None], p: Path_) -> Iterator[Diagnostic]:
    """A state's or a collect item's `intents:`: known intents, each override saying what to do."""
    for name, handler in intents.items():
        if name not in flow.intents and name not in BUILTIN_INTENTS:
            yield error(
                flow,
                "E204",
                f"unknown intent '{name}'",
                p + ("intents", name),
                suggest(name, list(flow.intents) + list(BUILTIN_INTENTS), "intents"),
                key=True,
            )
        elif name not in flow.intents and handler is not None and not (handler.to or handler.then):
            yield error(
                flow,
                "E233",
                f"intent '{name}' is not declared and this override says nothing to do",
                p + ("intents", name),
                "give `to:` or `then:`",
                key=True,
            )
        if handler is not None:
            yield from check_handler(flow, handler)


def _absent_handlers(flow: Flow, state: State) -> Iterator[Diagnostic]:
    """`then: absent` settles the value asked as one the caller has none of and goes on: only at a collect
    state's questions, and only for a value the call may go on without (`semantics.may_be_absent`)."""
    for name, handler in state.intents.items():
        if handler is None or handler.then != ABSENT or handler.to:
            continue
        if not state.is_collect:
            yield error(
                flow,
                "E238",
                f"intent '{name}': `then: absent` in state '{state.name}', which asks no value of a `collect`",
                _absent_at(state.path, name, handler),
                "use it in a collect state (or on one of its items); here use `then: return` or `to: STATE`",
            )
            continue
        for item in state.collect:
            if name not in item.intents and not may_be_absent(flow, state, item):
                yield _not_absent(flow, name, item, handler, state.path)
                break
    for item in state.collect:
        for name, handler in item.intents.items():
            if handler is not None and handler.then == ABSENT and not handler.to \
                    and not may_be_absent(flow, state, item):
                yield _not_absent(flow, name, item, handler, item.path)


def _absent_at(owner: Path_, name: str, handler: IntentHandler) -> Path_:
    """Where to point at a misplaced `then: absent`: the handler's own `then:` when written here, else (a
    `global: false` intent turned on with `true`) the line that turns it on here."""
    if handler.path[: len(owner)] == owner:
        return handler.path + ("then",)
    return owner + ("intents", name)


def _not_absent(
    flow: Flow, name: str, item: CollectItem, handler: IntentHandler, owner: Path_ | None = None
) -> Diagnostic:
    return error(
        flow,
        "E238",
        f"intent '{name}': `then: absent` at '{item.slot}', a required value the call cannot go on without",
        _absent_at(owner, name, handler) if owner is not None else handler.path + ("then",),
        f"give '{item.slot}' `on_exhausted: skip` (left missing, or settled when the caller has none), or "
        "`required: false`; or handle the intent with `then: return`",
    )


def _never_raised(flow: Flow, state: State) -> Iterator[Diagnostic]:
    """Answer events a state can never raise, given how it listens (collect, capture, yes/no, or not at all)."""
    how = listening(state)
    if how == "form":
        never = {
            "yes": "a collect state confirms each slot itself",
            "no": "a collect state confirms each slot itself",
            "filled": "a collect state raises `done` when every slot is confirmed",
        }
    elif how == "slot":
        never = {
            "yes": f"this state captures '{state.capture}' and raises `filled`",
            "no": f"this state captures '{state.capture}' and raises `filled`",
            "done": "a state that waits for an answer never raises `done`",
        }
    elif how == "yes_no":
        never = {
            "filled": "only a state with `capture:` raises `filled`",
            "done": "a state that waits for yes/no never raises `done`",
        }
    else:
        never = {"filled": "only a state with `capture:` raises `filled`"}
    for transition in state.transitions:
        if transition.event in never:
            yield warning(
                flow,
                "W222",
                f"`on: {transition.event}` is never raised here: {never[transition.event]}",
                transition.path + ("on",),
                "remove it, or change how the state listens",
            )


def _unreachable_candidates(flow: Flow, transitions: Iterable[Transition]) -> Iterator[Diagnostic]:
    unconditional: dict[str, int] = {}
    for transition in transitions:
        if transition.event in unconditional:
            yield warning(
                flow,
                "W219",
                f"this `on: {transition.event}` is never taken: an earlier one has no `when:`",
                transition.path,
                "add a `when:` to the earlier one, or remove this one",
            )
        elif transition.when is None:
            unconditional[transition.event] = 1


def _event_hint(event: str, known_events: set[str] | frozenset[str]) -> str:
    """The hint of an unknown event: the known event it is closest to when one is close (`on: no_mach`, `on: yess`),
    else the answer it writes as words (`on: nope`), else the events known. By closeness, never by a fixed list:
    `on: no_found` is no `no` (it says more than an answer), `on: not_matched` is `no_match`."""
    others = sorted(set(known_events) - {"yes", "no"})
    close = difflib.get_close_matches(str(event), others, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return _answer_hint(event) or suggest(event, known_events, "events")


def _answer_hint(event: str) -> str | None:
    """`on: sí`, `on: "claro"`, `on: nope`: the caller's words written as the event. Events name what the engine
    heard, not the words: every yes is `yes` and every no is `no`, in any language the flow speaks."""
    from daisy_engine.understanding import classify_yes_no

    text = str(event).replace("_", " ")
    for locale in ("es-MX", "en-US"):
        answer = classify_yes_no(text, locale).answer
        # every word of it an answer or a short joining word ("claro_que_si"): `no_found` says more than a no
        words = [w for w in text.split() if len(w) > 3]
        if answer in ("yes", "no") and all(classify_yes_no(w, locale).answer in ("yes", "no") for w in words):
            return (f"the caller's answer is the event `{answer}` whatever words they use (sí, claro, yeah...): "
                    f"write `on: {answer}`")
    return None
