"""Small helpers shared by the runtime tests."""

from __future__ import annotations

from daisy_engine.runtime.actions import Action, Say


def said(actions: list[Action]) -> str:
    """What the agent said in one turn."""
    return " ".join(action.text for action in actions if isinstance(action, Say))
