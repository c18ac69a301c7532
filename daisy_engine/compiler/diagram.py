"""Diagrams of the compiled machine: Mermaid `stateDiagram-v2` text and Graphviz DOT.

What is drawn: every step (collect states as composite states holding their ask/spell/confirm steps),
every edge that leads to another step, declared self-transitions, global intents once from an
"any state" node, `return` edges to a "return" node, and final states into the end marker. Bookkeeping
self-loops (no_match, partial, corrected) are left out: they would hide the shape of the flow.
"""

from __future__ import annotations

from dataclasses import dataclass

from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step
from daisy_engine.flow.model import RETURN

ANY = "any_state"
RETURN_NODE = "return_point"


@dataclass(frozen=True)
class DrawnEdge:
    source: str  # step name, ANY
    dest: str  # step name, RETURN_NODE
    label: str


def _is_global(compiled: CompiledFlow, step: Step, edge: Edge) -> bool:
    intent = compiled.flow.intents.get(edge.intent or "")
    if intent is None or not intent.is_global or edge.event != intent.name:
        return False
    return step.intents.get(intent.name) is intent.handler and edge.mark == compiled.flow.source.value(intent.path)


def drawn_edges(compiled: CompiledFlow) -> list[DrawnEdge]:
    """The edges the diagram shows, in a stable order (the tests compare them with the machine)."""
    edges: list[DrawnEdge] = []
    seen: set[DrawnEdge] = set()

    def add(drawn: DrawnEdge) -> None:
        if drawn not in seen:
            seen.add(drawn)
            edges.append(drawn)

    for step in compiled.steps.values():
        for edge in (e for group in step.edges.values() for e in group):
            dest = step.name if edge.dest == STAY else edge.dest
            if dest == step.name and not edge.declared:
                continue
            if dest == step.name and _is_global(compiled, step, edge):
                continue
            label = edge.event + (f" [{edge.when}]" if edge.when else "")
            if dest == RETURN:
                dest = RETURN_NODE
            source = ANY if _is_global(compiled, step, edge) else step.name
            add(DrawnEdge(source, dest, label))
    return edges


def _members(compiled: CompiledFlow, group: str) -> list[tuple[str, str]]:
    """The steps a collect state expands into, as (step name, label) pairs."""
    return [(step.name, f"{step.slot} · {step.kind}") for step in compiled.steps.values() if step.origin == group]


ANY_LABEL = "any state (global intents)"
RETURN_LABEL = "return to the interrupted step"


def _id(name: str) -> str:
    return name.replace(".", "__")


def _label(text: str) -> str:
    # Mermaid labels end at a newline and treat ':' and ';' specially.
    return text.replace("\n", " ").replace(";", ",").replace(":", " ")


def to_mermaid(compiled: CompiledFlow) -> str:
    lines = ["stateDiagram-v2", f"    [*] --> {_id(compiled.initial)}"]
    groups = compiled.groups
    for step in compiled.steps.values():
        if step.origin in groups:
            continue
        lines.append(f'    state "{step.name}" as {_id(step.name)}')
    for group in groups:
        lines.append(f'    state "{group} (collect)" as {_id(group)} {{')
        lines.extend(f'        state "{label}" as {_id(name)}' for name, label in _members(compiled, group))
        lines.append("    }")
    drawn = drawn_edges(compiled)
    if any(e.source == ANY for e in drawn):
        lines.append(f'    state "{ANY_LABEL}" as {ANY}')
    if any(e.dest == RETURN_NODE for e in drawn):
        lines.append(f'    state "{RETURN_LABEL}" as {RETURN_NODE}')
    for edge in drawn:
        lines.append(f"    {_id(edge.source)} --> {_id(edge.dest)} : {_label(edge.label)}")
    for step in compiled.steps.values():
        if step.final:
            lines.append(f"    {_id(step.name)} --> [*]")
    return "\n".join(lines) + "\n"


def to_dot(compiled: CompiledFlow) -> str:
    def quote(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [
        f"digraph {quote(compiled.flow.name)} {{",
        "  rankdir=LR;",
        '  node [shape=box, style="rounded", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
        '  __start [shape=point, width=0.15];',
        f"  __start -> {quote(compiled.initial)};",
    ]
    for group in compiled.groups:
        lines.append(f"  subgraph {quote('cluster_' + group)} {{")
        lines.append(f"    label={quote(group + ' (collect)')};")
        lines.extend(f"    {quote(name)} [label={quote(label)}];" for name, label in _members(compiled, group))
        lines.append("  }")
    for step in compiled.steps.values():
        if step.final:
            lines.append(f"  {quote(step.name)} [peripheries=2];")
    drawn = drawn_edges(compiled)
    if any(e.source == ANY for e in drawn):
        lines.append(f'  {ANY} [label="{ANY_LABEL}", shape=ellipse, style=dashed];')
    if any(e.dest == RETURN_NODE for e in drawn):
        lines.append(f'  {RETURN_NODE} [label="{RETURN_LABEL}", shape=ellipse, style=dashed];')
    for edge in drawn:
        lines.append(f"  {quote(edge.source)} -> {quote(edge.dest)} [label={quote(edge.label)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
