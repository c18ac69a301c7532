"""`name`: a person's name, Title Case with accents."""

from __future__ import annotations

from ..names import extract_name
from .base import SlotType

TYPE = SlotType(
    name="name",
    extract_fn=lambda text, locale, options: extract_name(text, locale),
    options=frozenset({"pattern"}),
    eval_kinds={"name": lambda text, locale, options: extract_name(text, locale)},
    description="a person's name, Title Case with accents",
    order=10,
)
