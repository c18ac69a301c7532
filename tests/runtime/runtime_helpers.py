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


# A cooperative Spanish caller of Daisy, from the greeting to the summary question (the README's call).
DAISY_ES_TO_SUMMARY = (
    "sí, dígame",
    "Juan Pérez López",
    "sí",
    "cuatro cinco dos",
    "sí",
    "a b c uno dos tres cuatro",
    "sí",
    "mil doscientos",
    "sí",
    "x y z nueve ocho siete seis",
    "sí",
    "a las dos y media de la tarde",
    "sí",
    "juan punto perez arroba gmail punto com",
    "sí",
)
