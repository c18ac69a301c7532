"""Semantic checks of a parsed flow. Each module checks one concern and yields located diagnostics."""

from __future__ import annotations

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.model import Flow


def run_checks(flow: Flow) -> list[Diagnostic]:
    from daisy_engine.flow.checks import graph, references, templates, tools

    diagnostics: list[Diagnostic] = []
    diagnostics.extend(references.check(flow))
    # Graph and template checks assume references resolve; they would only repeat those errors.
    if not any(d.is_error for d in diagnostics):
        diagnostics.extend(graph.check(flow))
    diagnostics.extend(templates.check(flow))
    diagnostics.extend(tools.check(flow))
    return diagnostics
