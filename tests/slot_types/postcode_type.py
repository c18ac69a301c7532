"""A slot type defined outside the engine: a Mexican postcode (código postal), five digits.

The whole type is this one object, as every built-in type is one module of
`daisy_engine.understanding.types`: what it takes from a turn, how it reads a value back, which
`eval` case kind measures it. Its digits are said one by one or in groups over one or more turns.
"""

from __future__ import annotations

from typing import Any

from daisy_engine.understanding.integers import digits_in
from daisy_engine.understanding.types import SlotType


def extract(text: str, locale: str, options: Any) -> str | None:
    digits = digits_in(text, locale)
    return digits if digits and len(digits) == 5 else None


def readback(value: Any, locale: str, spell: bool, said: str | None) -> str:
    prefix = "C.P." if locale.startswith("es") else "ZIP"
    return f"{prefix} {', '.join(str(value))}"


TYPE = SlotType(
    name="postcode",
    extract_fn=extract,
    readback_fn=readback,
    eval_kinds={"postcode": extract},
    description="a Mexican postcode, five digits",
)
