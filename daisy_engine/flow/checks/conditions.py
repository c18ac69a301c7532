"""`when:` conditions: they parse, and they do not test slot values in ways that always or never hold."""

from __future__ import annotations

from collections.abc import Iterator

from jinja2 import nodes

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, warning
from daisy_engine.flow.model import Flow
from daisy_engine.flow.prompts import parse_condition
from daisy_engine.flow.semantics import slot_type
from daisy_engine.flow.yaml_source import Path_


def check(flow: Flow) -> Iterator[Diagnostic]:
    for state in flow.states.values():
        for transition in state.transitions:
            if transition.when is None:
                continue
            path = transition.path + ("when",)
            try:
                # parsed as the runtime's compile_expression parses it, so what passes here runs.
                expression = parse_condition(transition.when)
            except Exception as exc:  # jinja raises several error types for bad syntax
                yield error(
                    flow,
                    "E211",
                    f"`when:` does not parse: {getattr(exc, 'message', exc)}",
                    path,
                    "write a Jinja expression, e.g. `when: eta > '12:00'`",
                )
                continue
            yield from _truthy_yes_no(flow, expression, path)
            yield from _number_compared_as_text(flow, expression, path)


def _slot_type(flow: Flow, node: nodes.Node) -> str | None:
    return getattr(flow.slots.get(node.name), "type", None) if isinstance(node, nodes.Name) else None


def _holds(flow: Flow, node: nodes.Node) -> str | None:
    """What a condition sees of the slot `node` names (its `SlotType.holds`), or None."""
    slot = flow.slots.get(node.name) if isinstance(node, nodes.Name) else None
    found = slot_type(flow, slot) if slot is not None else None
    return found.holds if found is not None else None


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
        if _holds(flow, node) == "yes_no":
            yield warning(
                flow,
                "W220",
                f"'{node.name}' is a {_slot_type(flow, node)} slot: its value is 'yes' or 'no', "
                "and both count as true here",
                path,
                f"compare it: `{node.name} == 'yes'`",
            )


def _number_compared_as_text(flow: Flow, expression: nodes.Node, path: Path_) -> Iterator[Diagnostic]:
    """`when: order_number >= 50000` compares text with a number: integer and amount slots hold text."""
    for compare in [expression, *expression.find_all(nodes.Compare)]:
        if not isinstance(compare, nodes.Compare):
            continue
        operands = [compare.expr, *(op.expr for op in compare.ops)]
        names = [o.name for o in operands if _holds(flow, o) in ("int", "float")]
        numbers = any(
            isinstance(o, nodes.Const) and isinstance(o.value, (int, float)) and not isinstance(o.value, bool)
            for o in operands
        )
        if names and numbers:
            kind = _slot_type(flow, nodes.Name(names[0], "load"))
            convert = _holds(flow, nodes.Name(names[0], "load"))
            yield warning(
                flow,
                "W221",
                f"'{names[0]}' is {'an' if str(kind)[:1] in 'aeiou' else 'a'} {kind} slot: its value is text "
                "(digits), so comparing it with a number fails",
                path,
                f"convert it: `{names[0]} | {convert}`",
            )
