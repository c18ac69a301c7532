"""Names that must not clash (slots, context variables, built-ins, engine events), the initial state,
and voices and agent settings for listed locales."""

from __future__ import annotations

from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, target, unlisted_locales
from daisy_engine.flow.model import BUILTIN_VARIABLES, ENGINE_EVENTS, RECORD_FIELDS, Flow


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
        elif name in RECORD_FIELDS:
            yield error(
                flow,
                "E209",
                f"slot name '{name}' is a field of the call record, so the records export would have two "
                f"'{name}' columns",
                slot.path,
                "rename the slot for what it holds ('driver_id', 'load_status'); the record's own fields are "
                + ", ".join(RECORD_FIELDS),
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
    yield from unlisted_locales(flow, flow.agent.voice, "voice given", ("agent", "voice"))
    yield from unlisted_locales(flow, flow.agent.locales, "agent settings given", ("agent", "locales"))
    language = flow.agent.transcription.get("language")
    yield from unlisted_locales(
        flow,
        language if isinstance(language, dict) else (),
        "transcription language given",
        ("agent", "transcription", "language"),
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

