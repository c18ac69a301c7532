"""Helpers shared by the checks: building diagnostics at a spec's path, suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from daisy_engine.diagnostics import Diagnostic, Severity
from daisy_engine.flow.model import BUILTIN_INTENTS, ENGINE_EVENTS, RETURN, Flow
from daisy_engine.flow.yaml_source import Path_


def suggest(word: str, options: Iterable[str], what: str, cutoff: float = 0.6) -> str:
    options = sorted(set(options))
    close = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    if close:
        return f"did you mean '{close[0]}'?"
    if not options:
        return f"declare it under `{what}:`"
    shown = ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")
    return f"known {what}: {shown}"


def error(flow: Flow, code: str, message: str, path: Path_, hint: str = "", key: bool = False) -> Diagnostic:
    mark = flow.source.key(path) if key else flow.source.value(path)
    return Diagnostic(code=code, message=message, mark=mark, hint=hint)


def warning(flow: Flow, code: str, message: str, path: Path_, hint: str = "", key: bool = False) -> Diagnostic:
    mark = flow.source.key(path) if key else flow.source.value(path)
    return Diagnostic(code=code, message=message, mark=mark, hint=hint, severity=Severity.WARNING)


def events(flow: Flow) -> set[str]:
    return set(ENGINE_EVENTS) | set(flow.intents) | set(BUILTIN_INTENTS) | {t.on_error for t in flow.tools.values()}


def target(flow: Flow, target: str | None, path: Path_, allow_return: bool = True) -> Iterator[Diagnostic]:
    if target is None or target in flow.states:
        return
    if target == RETURN:
        if not allow_return:
            yield error(flow, "E234", "`return` cannot be used here", path, "name a state")
        return
    yield error(flow, "E201", f"unknown state '{target}'", path, suggest(target, flow.states, "states"))
