"""The shape of the state graph: reachability, dead ends, a way to finish.

Checked on the flow's states (not on compiled steps), so messages name what the designer wrote.
`transitions` itself checks none of this.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, warning
from daisy_engine.flow.model import RETURN, Flow, State
from daisy_engine.flow.semantics import waits_for_answer


def successors(flow: Flow, state: State) -> set[str]:
    """States a call can move to from `state` (intents included; `return` goes to any interrupted state)."""
    targets: set[str] = set()
    if not state.final:
        for intent in flow.intents.values():
            override = state.intents.get(intent.name, intent.handler)
            if (intent.is_global or intent.name in state.intents) and override is not None and override.to:
                targets.add(override.to)
        for handler in state.handlers:
            if handler.to:
                targets.add(handler.to)
    for transition in state.transitions:
        targets.add(transition.to)
    if state.policy.on_exhausted and waits_for_answer(state):
        targets.add(state.policy.on_exhausted)
    targets.update(item.on_exhausted for item in state.collect if item.on_exhausted)
    if state.silence is not None and state.silence.then and not state.final:
        targets.add(state.silence.then)
    if state.limits.then and not state.final:
        targets.add(state.limits.then)
    return {t for t in targets if t in flow.states or t == RETURN}


def _waits_for_nothing(flow: Flow, state: State) -> bool:
    """A plain state that hears no answer (no capture, no yes/no), takes no `on:` of its own and neither ends nor
    hands the call over when entered. A state that writes its own way on - an intent of its `intents:` that goes
    somewhere ("avíseme cuando tenga los papeles": `intents: {ready: {to: form}}`), its own `silence: then:` -
    waits for that on purpose: no forgotten `final: true`."""
    ends = any(action.verb in ("end_call", "transfer") for action in state.on_enter)
    own_way = any(handler.to for handler in state.handlers)
    raw = flow.raw.get("states", {}).get(state.name, {})
    own_silence = isinstance(raw, dict) and isinstance(raw.get("silence"), dict) and bool(raw["silence"].get("then"))
    return not state.collect and not waits_for_answer(state) and not state.transitions and not ends \
        and not own_way and not own_silence


def _returners(flow: Flow, graph: dict[str, set[str]]) -> set[str]:
    """States entered by an intent or edge that pushes a return point: `return` goes back from there."""
    return {name for name, targets in graph.items() if RETURN in targets}


def _reachable(flow: Flow, graph: dict[str, set[str]], start: str) -> set[str]:
    seen = {start}
    queue = deque([start])
    # A `return` resumes a state that was reachable already, so it adds nothing new.
    while queue:
        for target in graph[queue.popleft()]:
            if target != RETURN and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def check(flow: Flow) -> list[Diagnostic]:
    return list(_check(flow))


def _check(flow: Flow) -> Iterator[Diagnostic]:
    graph = {name: successors(flow, state) for name, state in flow.states.items()}
    finals = {name for name, state in flow.states.items() if state.final}
    if not finals:
        yield error(flow, "E304", "the flow has no final state", ("states",),
                    "mark the goodbye state(s) with `final: true`", key=True)
    reachable = _reachable(flow, graph, flow.initial)
    for name, state in flow.states.items():
        if name not in reachable:
            yield warning(flow, "W301", f"state '{name}' is unreachable from the initial state "
                          f"'{flow.initial}'", state.path, "add a transition to it, or remove it", key=True)
    for name, state in flow.states.items():
        if state.final:
            continue
        moves = {t for t in graph[name] if t != name}
        if moves and _waits_for_nothing(flow, state):
            # `thanks: {say: thanks, on_enter: [{save: complete}]}` without `final: true`: it says its line and
            # waits for nothing it could hear - the caller can only leave by an intent, silence or the bounds,
            # hearing the goodbye again at every turn
            yield error(flow, "E302", f"state '{name}' is a dead end: it listens for no answer, has no `on:` to "
                        "move on and is not final (only an intent, silence or the turn bounds leave it)",
                        state.path, "add `final: true` if the call ends here, or `on: [{on: done, to: NEXT}]` to go "
                        "on after it", key=True)
            continue
        if not moves:
            yield error(flow, "E302", f"state '{name}' is a dead end: nothing leads out of it and it is not final",
                        state.path, "add an `on:` transition to another state, or `final: true`", key=True)
    if not finals:
        return  # E304 says it once; "no final state can be reached" from every state would only repeat it
    # A final state must be reachable from the initial one...
    if not (finals & reachable):
        yield error(flow, "E303", f"no final state can be reached from the initial state '{flow.initial}'",
                    flow.states[flow.initial].path, "add a path that ends in a `final: true` state", key=True)
        return
    # ...and from every reachable state (a `return` counts as leaving: it resumes a state that can finish).
    reverse: dict[str, set[str]] = {name: set() for name in flow.states}
    for name, targets in graph.items():
        for target in targets:
            if target != RETURN:
                reverse[target].add(name)
    can_finish = set(finals) | _returners(flow, graph)
    queue = deque(can_finish)
    while queue:
        for source in reverse[queue.popleft()]:
            if source not in can_finish:
                can_finish.add(source)
                queue.append(source)
    for name, state in flow.states.items():
        if name in reachable and name not in can_finish and any(t != name for t in graph[name]):
            yield warning(flow, "W305", f"from state '{name}' no final state can be reached", state.path,
                          "make sure some path from here ends in a `final: true` state", key=True)
