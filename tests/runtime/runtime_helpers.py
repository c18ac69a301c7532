"""Small helpers shared by the runtime tests."""

from __future__ import annotations

from datetime import UTC, datetime

from daisy_engine.runtime.actions import Action, Say


def said(actions: list[Action]) -> str:
    """What the agent said in one turn."""
    return " ".join(action.text for action in actions if isinstance(action, Say))


def at_noon() -> datetime:
    """A fixed clock for calls whose answers depend on the time of day: 2030-01-01 12:00 UTC."""
    return datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
