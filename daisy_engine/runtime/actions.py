"""What a `Conversation` asks its transport to do. Transports carry these out in order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Say:
    """Speak this text verbatim (a rendered `say` template)."""

    text: str


@dataclass(frozen=True)
class Instruct:
    """The model's instructions for the step just entered: agent persona + the step's `instruct`."""

    text: str


@dataclass(frozen=True)
class SetTools:
    """The function tools the model may call in this step (flow tools and `record_<slot>`)."""

    names: tuple[str, ...]


@dataclass(frozen=True)
class SetLocale:
    """The call goes on in `locale` (the caller speaks another of the flow's languages): hear the caller and
    speak in it from now on (the model's language, voice and transcription for that locale)."""

    locale: str


@dataclass(frozen=True)
class CallTool:
    """The engine called a tool; `result` (or `error`) is what a model that asked for it gets back."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    error: str | None = None
    ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class EndCall:
    """Hang up, after everything before it was spoken."""

    outcome: str


@dataclass(frozen=True)
class Transfer:
    """Hand the caller over to a phone number or SIP URI; the agent's part of the call ends."""

    to: str


@dataclass(frozen=True)
class ScheduleCallback:
    """Call this caller back at `at` (ISO 8601 UTC), `minutes` from now."""

    minutes: float
    at: str


Action = Say | Instruct | SetTools | SetLocale | CallTool | EndCall | Transfer | ScheduleCallback

__all__ = ["Action", "CallTool", "EndCall", "Instruct", "Say", "ScheduleCallback", "SetLocale", "SetTools",
           "Transfer"]
