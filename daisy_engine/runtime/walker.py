"""Walking the compiled step table: which edge an event takes, and where it leads.

Pure functions over the shared, immutable `CompiledFlow`; a call's own state (current step, return
stack) is passed in. The `Conversation` uses them, and the oracle test drives them side by side with the
`transitions` machine built from the same table.
"""

from __future__ import annotations

from collections.abc import Callable

from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step
from daisy_engine.flow.model import RETURN


def select_edge(step: Step, event: str, holds: Callable[[str], bool]) -> Edge | None:
    """The first candidate edge for `event` whose `when:` holds (edges without `when:` always do)."""
    for edge in step.candidates(event):
        if edge.when is None or holds(edge.when):
            return edge
    return None


def edge_index(step: Step, edge: Edge) -> int:
    """The position of `edge` among the candidates for its event (how the event log names an edge)."""
    return next(i for i, candidate in enumerate(step.candidates(edge.event)) if candidate is edge)


def destination(edge: Edge, current: str, stack: list[str]) -> str | None:
    """The step `edge` leads to from `current`; pops `stack` for `return` (None when it is empty).

    Pushes `current` first when the edge says so, as the target may come back with `return`.
    """
    if edge.dest == STAY:
        return current
    if edge.push_return:
        stack.append(current)
    if edge.dest == RETURN:
        return stack.pop() if stack else None
    return edge.dest


def enters_state(compiled: CompiledFlow, source: Step, target: Step, edge: Edge | None) -> bool:
    """True when moving from `source` to `target` enters a flow state (so on_exit/on_enter run).

    That is when the flow state changes, or when a designer's transition targets a state's entry
    (a state going to itself starts over).
    """
    if source.origin != target.origin:
        return True
    return edge is not None and edge.declared and edge.dest != STAY and compiled.entries.get(
        target.origin) == target.name


__all__ = ["destination", "edge_index", "enters_state", "select_edge"]
