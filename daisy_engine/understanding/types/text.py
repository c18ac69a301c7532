"""`text`: free text, cleaned; `pattern` restricts it."""

from __future__ import annotations

from ..texts import extract_text
from .base import SlotType

TYPE = SlotType(
    name="text",
    extract_fn=extract_text,
    options=frozenset({"pattern"}),
    description="free text, cleaned (`pattern` restricts it)",
    order=0,
)
