"""`choice`: one of the slot's `choices`; the value is the choice's key."""

from __future__ import annotations

from ..choices import extract_choice, validate_choice
from .base import SlotType

TYPE = SlotType(
    name="choice",
    extract_fn=extract_choice,
    validate_fn=validate_choice,
    options=frozenset({"choices"}),
    requires=frozenset({"choices"}),
    description="one of the slot's `choices` (the value is its key)",
    order=80,
)
