"""What the conversation tests exercised of a flow, read from the calls' event logs.

Four measures, each listing what was not exercised with its flow line:

- **transitions** (the figure `--min-coverage` checks): every transition and intent handler written in
  the flow counts once, however many steps it applies to (a global `repeat` is one item, not one per
  step); and for each collected slot, the edges the compiler generates that move the call on or change
  the value: ask→confirm on `filled`, ask→spell on `spell`, spell→confirm on `filled`, `skip`, confirm
  `yes`, `no` and `corrected`; a policy's `exhausted` edge counts once per collect state. Edges that
  stay and ask again (`partial`, `no_match`) are not transitions: the reprompt measure covers them.
- **steps**: every step of the compiled table entered at least once.
- **intents**: every intent some step listens for, detected at least once.
- **reprompts**: every rung of each no-match ladder and silence ladder, by template.

Coverage is read from event logs, so saved call records can be measured the same way as tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step
from daisy_engine.diagnostics import Mark

KINDS = ("transitions", "steps", "intents", "reprompts")
_LOOPS = ("partial", "no_match")


@dataclass
class Item:
    label: str
    mark: Mark
    events: list[str] = field(default_factory=list)


def _transition_key(step: Step, edge: Edge) -> tuple[Any, ...] | None:
    if edge.declared:
        return ("declared", edge.mark)
    if edge.event in _LOOPS and edge.dest == STAY:
        return None
    if edge.event == "exhausted":
        return ("exhausted", edge.mark)
    return ("slot", edge.mark, edge.event, step.kind)


def _label(step: Step, edge: Edge) -> str:
    """How a transition reads in the report: where it starts (as the designer wrote it) and where to."""
    if edge.intent is not None:
        # An intent handler may apply to many states; the line number says which declaration it is.
        return f"intent {edge.intent} → {'(stays)' if edge.dest == STAY else edge.dest}"
    if edge.declared or edge.event == "exhausted":
        return f"{step.origin} → {edge.dest}"
    dest = step.name if edge.dest == STAY else edge.dest
    return f"{step.origin}.{step.slot} {step.kind} → {dest}"


class Coverage:
    """Coverage of one compiled flow; feed it event logs with `add`."""

    def __init__(self, compiled: CompiledFlow) -> None:
        self.compiled = compiled
        self.items: dict[str, dict[Any, Item]] = {kind: {} for kind in KINDS}
        self.hit: dict[str, set[Any]] = {kind: set() for kind in KINDS}
        self._edge_keys: dict[tuple[str, str, int], Any] = {}
        for step in compiled.steps.values():
            self.items["steps"][step.name] = Item(f"step {step.name}", step.mark)
            for event, edges in step.edges.items():
                for index, edge in enumerate(edges):
                    self._add_edge(step, event, index, edge)
            for rung, template in enumerate(step.reprompts, start=1):
                self.items["reprompts"].setdefault(("no_match", template, rung), Item(
                    f"no-match reprompt {rung} ({template})", step.mark))
            if step.silence is not None:
                for rung, template in enumerate(step.silence.reprompts, start=1):
                    self.items["reprompts"].setdefault(("silence", template, rung), Item(
                        f"silence reprompt {rung} ({template})", step.mark))

    def _add_edge(self, step: Step, event: str, index: int, edge: Edge) -> None:
        if edge.intent is not None:
            intent = self.compiled.flow.intents.get(edge.intent)
            mark = self.compiled.flow.source.key(intent.path) if intent else edge.mark
            self.items["intents"].setdefault(edge.intent, Item(f"intent {edge.intent}", mark))
        key = _transition_key(step, edge)
        if key is None:
            return
        self._edge_keys[(step.name, event, index)] = key
        item = self.items["transitions"].get(key)
        if item is None:
            item = self.items["transitions"][key] = Item(_label(step, edge), edge.mark)
        if edge.intent is None and event not in item.events:
            item.events.append(event)

    def add(self, events: Iterable[dict[str, Any]]) -> None:
        """Count what one call's event log exercised."""
        steps = self.compiled.steps
        for entry in events:
            kind = entry.get("kind")
            if kind == "enter":
                self.hit["steps"].add(entry["step"])
            elif kind == "transition" and entry.get("edge") is not None:
                key = self._edge_keys.get((entry["step"], entry["event"], entry["edge"]))
                if key is not None:
                    self.hit["transitions"].add(key)
            elif kind == "intent":
                self.hit["intents"].add(entry["intent"])
            elif kind == "reprompt" and entry["step"] in steps:
                ladder = steps[entry["step"]].reprompts
                if 0 < entry["rung"] <= len(ladder):
                    self.hit["reprompts"].add(("no_match", ladder[entry["rung"] - 1], entry["rung"]))
            elif kind == "silence_reprompt" and entry["step"] in steps:
                silence = steps[entry["step"]].silence
                ladder = silence.reprompts if silence else ()
                if 0 < entry["rung"] <= len(ladder):
                    self.hit["reprompts"].add(("silence", ladder[entry["rung"] - 1], entry["rung"]))

    def counts(self, kind: str) -> tuple[int, int]:
        total = len(self.items[kind])
        return len(self.hit[kind] & set(self.items[kind])), total

    def percent(self, kind: str = "transitions") -> float:
        covered, total = self.counts(kind)
        return 100.0 if total == 0 else 100.0 * covered / total

    def missing(self, kind: str) -> list[Item]:
        items = [item for key, item in self.items[kind].items() if key not in self.hit[kind]]
        return sorted(items, key=lambda item: (item.mark.line, item.mark.column, item.label))

    def report(self, *, show_missing: bool = True) -> str:
        lines = [f"coverage of {self.compiled.flow.source.file}"]
        for kind in KINDS:
            covered, total = self.counts(kind)
            lines.append(f"  {kind:<12} {covered:>4}/{total:<4} {self.percent(kind):5.1f}%")
        if show_missing:
            for kind in KINDS:
                missing = self.missing(kind)
                if missing:
                    lines.append(f"  not exercised ({kind}):")
                    for item in missing:
                        on = f" on {'/'.join(item.events)}" if item.events else ""
                        lines.append(f"    {item.mark.file}:{item.mark.line}: {item.label}{on}")
        return "\n".join(lines)
