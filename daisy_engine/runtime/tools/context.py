"""What a tool implementation gets: the call it acts on and its own (rendered) settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from daisy_engine.errors import DaisyError
from daisy_engine.flow.model import Tool


class ToolError(DaisyError):
    """A tool failed: raised, timed out, got bad arguments or returned something that is not JSON.

    The conversation turns it into the tool's `on_error` event; the call goes on.
    """


class CallControl(Protocol):
    """The parts of a call the built-in tools may act on."""

    @property
    def flow_name(self) -> str: ...

    @property
    def confirmed(self) -> dict[str, Any]:
        """The confirmed values the call collected (not the slots declared `record: false`)."""
        ...

    async def save(self, status: str | None = None) -> dict[str, Any]: ...

    def end(self, outcome: str | None = None) -> None: ...

    def transfer(self, to: str) -> None: ...

    async def reschedule(self, minutes: float) -> str: ...

    async def complaint(self, text: str) -> None: ...


@dataclass(frozen=True)
class ToolContext:
    call: CallControl
    tool: Tool
    settings: dict[str, Any]
