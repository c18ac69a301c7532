"""Helpers shared by the checks: building diagnostics at a spec's path, suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from daisy_engine.diagnostics import Diagnostic, Severity
from daisy_engine.flow.model import BUILTIN_INTENTS, ENGINE_EVENTS, RETURN, SKIP, Flow
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


def error(
    flow: Flow,
    code: str,
    message: str,
    path: Path_,
    hint: str = "",
    key: bool = False,
    severity: Severity = Severity.ERROR,
) -> Diagnostic:
    """A diagnostic at `path` in the flow file: at its key (`key=True`) or at its value."""
    mark = flow.source.key(path) if key else flow.source.value(path)
    return Diagnostic(code=code, message=message, mark=mark, hint=hint, severity=severity)


def warning(flow: Flow, code: str, message: str, path: Path_, hint: str = "", key: bool = False) -> Diagnostic:
    return error(flow, code, message, path, hint, key, Severity.WARNING)


def unlisted_locales(flow: Flow, locales: Iterable[str], what: str, path: Path_) -> Iterator[Diagnostic]:
    """E217 for each of `locales` (the keys under `path`) that the flow's `locales:` does not list."""
    for locale in locales:
        if locale not in flow.locales:
            yield error(
                flow,
                "E217",
                f"{what} for locale '{locale}', which the flow does not list",
                path + (locale,),
                f"locales are {', '.join(flow.locales)}",
                key=True,
            )


def events(flow: Flow) -> set[str]:
    return set(ENGINE_EVENTS) | set(flow.intents) | set(BUILTIN_INTENTS) | {t.on_error for t in flow.tools.values()}


def target(flow: Flow, target: str | None, path: Path_, allow_return: bool = True) -> Iterator[Diagnostic]:
    if target is None or target in flow.states:
        return
    if target == RETURN:
        if not allow_return:
            yield error(flow, "E234", "`return` cannot be used here", path, "name a state")
        return
    # `on_exhausted: skipp`, `then: retrun`: a word the key takes besides a state's name is suggested as well
    words = ([RETURN] if allow_return else []) + ([SKIP] if path[-1] == "on_exhausted" else [])
    close = difflib.get_close_matches(target, words, n=1, cutoff=0.6) if target not in flow.states else []
    if close and not difflib.get_close_matches(target, list(flow.states), n=1, cutoff=0.8):
        hint = f"did you mean '{close[0]}'? (or name a state: {', '.join(sorted(flow.states)[:12])})"
    else:
        hint = suggest(target, flow.states, "states")
    yield error(flow, "E201", f"unknown state '{target}'", path, hint)
