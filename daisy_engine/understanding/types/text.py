"""`text`: free text, cleaned; `pattern` restricts it."""

from __future__ import annotations

from ..texts import declines, extract_text
from .base import SlotType

TYPE = SlotType(
    name="text",
    extract_fn=extract_text,
    options=frozenset({"pattern"}),
    # a comment the caller may leave out (`required: false`): "No, ninguno." / "Nope, that's all." says there is none
    # (`declines`); a required text is no value a caller "has none of" (no `may_lack`)
    none_fn=declines,
    description="free text, cleaned (`pattern` restricts it)",
    order=0,
)
