"""Events a call handles, and the call's event log and transcript."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from daisy_engine.runtime.variables import EVENT_KEYS


@dataclass(frozen=True, slots=True)
class Event:
    """One event: engine events (yes, filled, silence...), intents, and tool `on_error` events."""

    name: str
    text: str | None = None
    minutes: float | None = None
    intent: str | None = None
    value: Any = None
    tool: str | None = None
    error: str | None = None

    def payload(self) -> dict[str, Any]:
        """The `event` template variable: every key always present."""
        return {key: getattr(self, key) for key in EVENT_KEYS}


class CallLog:
    """Everything a call did, in order, with milliseconds since the call started.

    Entries are plain dicts (JSON) so they go into the record as they are, and coverage can be read from
    any saved call, not only from tests.
    """

    __slots__ = ("_started", "events", "transcript")

    def __init__(self) -> None:
        self._started = time.perf_counter()
        self.events: list[dict[str, Any]] = []
        self.transcript: list[dict[str, Any]] = []

    def ms(self) -> float:
        return round((time.perf_counter() - self._started) * 1000, 1)

    def add(self, kind: str, **fields: Any) -> None:
        self.events.append({"t": self.ms(), "kind": kind, **fields})

    def line(self, role: str, text: str) -> None:
        """A transcript line: role is `agent` or `caller`."""
        self.transcript.append({"t": self.ms(), "role": role, "text": text})
