"""Names that must not clash (slots, context variables, built-ins, engine events), the initial state,
and voices and agent settings for listed locales."""

from __future__ import annotations

from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, target
from daisy_engine.flow.model import BUILTIN_VARIABLES, ENGINE_EVENTS, Flow


def check(flow: Flow) -> Iterator[Diagnostic]:
    reserved = set(BUILTIN_VARIABLES)
    for name, slot in flow.slots.items():
        if name in reserved:
            yield error(
                flow,
                "E209",
                f"slot name '{name}' is a built-in template variable",
                slot.path,
                f"rename the slot; built-ins are {', '.join(BUILTIN_VARIABLES)}",
                key=True,
            )
        if name in flow.context:
            yield error(
                flow,
                "E209",
                f"'{name}' is both a slot and a context variable",
                ("context", name),
                "rename one of them",
                key=True,
            )
    for name in flow.context:
        if name in reserved:
            yield error(
                flow,
                "E209",
                f"context variable '{name}' is a built-in template variable",
                ("context", name),
                "rename it (built-ins are always available)",
                key=True,
            )
    for name, intent in flow.intents.items():
        if name in ENGINE_EVENTS:
            yield error(
                flow, "E209", f"intent name '{name}' is an engine event", intent.path, "rename the intent", key=True
            )
    if flow.initial not in flow.states:
        yield from target(flow, flow.initial, ("initial",), allow_return=False)
    for locale in flow.agent.voice:
        if locale not in flow.locales:
            yield error(
                flow,
                "E217",
                f"voice given for locale '{locale}', which the flow does not list",
                ("agent", "voice", locale),
                f"locales are {', '.join(flow.locales)}",
                key=True,
            )
    for locale in flow.agent.locales:
        if locale not in flow.locales:
            yield error(
                flow,
                "E217",
                f"agent settings given for locale '{locale}', which the flow does not list",
                ("agent", "locales", locale),
                f"locales are {', '.join(flow.locales)}",
                key=True,
            )
    language = flow.agent.transcription.get("language")
    for locale in language if isinstance(language, dict) else ():
        if locale not in flow.locales:
            yield error(
                flow,
                "E217",
                f"transcription language given for locale '{locale}', which the flow does not list",
                ("agent", "transcription", "language", locale),
                f"locales are {', '.join(flow.locales)}",
                key=True,
            )


def check_callbacks(flow: Flow) -> Iterator[Diagnostic]:
    """The callback scheduler's time zone must be one this machine knows (IANA names)."""
    zone = (flow.raw.get("callbacks") or {}).get("timezone")
    if isinstance(zone, str) and not _known_zone(zone):
        yield error(
            flow,
            "E237",
            f"unknown time zone '{zone}'",
            ("callbacks", "timezone"),
            "use an IANA name such as America/Mexico_City or UTC",
        )


def _known_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True
