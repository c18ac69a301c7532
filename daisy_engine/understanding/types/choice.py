"""`choice`: one of the slot's `choices`; the value is the choice's key."""

from __future__ import annotations

from ..choices import choice_words, extract_choice, validate_choice
from .base import SlotType

TYPE = SlotType(
    name="choice",
    extract_fn=extract_choice,
    validate_fn=validate_choice,
    words_fn=choice_words,
    options=frozenset({"choices"}),
    requires=frozenset({"choices"}),
    description="one of the slot's `choices` (the value is its key, read back in the words listed for it)",
    order=80,
)
