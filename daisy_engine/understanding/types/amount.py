"""`amount`: a sum of money, "1500.50" or "1500"; `min`/`max` bound it; read back as "$1,500.50"."""

from __future__ import annotations

from ..amounts import amount_readback, extract_amount, validate_amount
from ..normalize import lang_of
from .base import SlotType

TYPE = SlotType(
    name="amount",
    extract_fn=extract_amount,
    validate_fn=validate_amount,
    readback_fn=lambda value, locale, spell, said: amount_readback(str(value), lang_of(locale)),
    options=frozenset({"min", "max"}),
    holds="float",
    eval_kinds={"amount": extract_amount},
    description='a sum of money, "1500.50" or "1500" (`min`, `max`)',
    order=30,
)
