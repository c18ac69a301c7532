"""Semantic checks of a parsed flow. Each module checks one concern and yields located diagnostics.

names, states, slots, intents, actions, conditions: what each part of the flow names must exist and fit;
graph: where a call can go; templates: the prompt files; tools: bindings and call sites.
"""

from __future__ import annotations

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.model import Flow


def run_checks(flow: Flow) -> list[Diagnostic]:
    from daisy_engine.flow.checks import actions, conditions, graph, intents, names, slots, states, templates, tools

    diagnostics: list[Diagnostic] = [
        *names.check(flow),
        *names.check_callbacks(flow),
        *states.check_defaults(flow),
        *states.check(flow),
        *slots.check(flow),
        *intents.check(flow),
        *tools.check_binding(flow),
        *actions.check(flow),
        *conditions.check(flow),
    ]
    # Checks that assume names resolve: they would only repeat those errors (a misspelt slot name would
    # make its slot look unfilled, a misspelt state its targets unreachable).
    if not any(d.is_error for d in diagnostics):
        diagnostics.extend(slots.unfilled_required(flow))
        diagnostics.extend(intents.unhandled_callback(flow))
        diagnostics.extend(graph.check(flow))
    diagnostics.extend(templates.check(flow))
    diagnostics.extend(tools.check(flow))
    return diagnostics
