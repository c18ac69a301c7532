"""A project's own slot type, named in a flow as `module:TYPE`: a staff badge code (a letter and digits,
e.g. "B78"), dictated a character or a few at a time, whose shape the flow gives in `pattern`.

A full slot type, as a built-in one is: it can be spelled (the flow gets a spell step for it), it accepts
`pattern` and cannot do without it, it builds the value over turns with its own accumulator and reads
it back one character at a time.
"""

from __future__ import annotations

import re
from typing import Any

from daisy_engine.understanding.accumulators import Accumulator, Status
from daisy_engine.understanding.plates import extract_char
from daisy_engine.understanding.types import SlotType


def _chars(text: str, locale: str) -> list[str]:
    """The characters of a turn: one per comma-separated piece ("B de burro, siete")."""
    found = (extract_char(piece, locale) for piece in text.split(","))
    return [char for char in found if char is not None and char != "-"]


class BadgeAccumulator(Accumulator):
    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Any = None) -> None:
        super().__init__(slot_type, locale, options)
        self._collected: list[str] = []

    def reset(self) -> None:
        super().reset()
        self._collected = []

    def so_far(self) -> str:
        return " ".join(self._collected)

    def _feed(self, text: str) -> Status:
        chars = _chars(text, self.locale)
        if not chars:
            return "nothing"
        self._collected += chars
        code = "".join(self._collected)
        self.complete = re.fullmatch(self.options["pattern"], code) is not None
        self.value = code if self.complete else None
        return "complete" if self.complete else "partial"


def extract(text: str, locale: str, options: Any) -> str | None:
    code = "".join(_chars(text, locale))
    return code if code and re.fullmatch((options or {}).get("pattern", ".+"), code) else None


TYPE = SlotType(
    name="badge",
    extract_fn=extract,
    readback_fn=lambda value, locale, spell, said: ", ".join(str(value)),
    start_fn=lambda locale, options: BadgeAccumulator("badge", locale, options),
    options=frozenset({"pattern"}),
    requires=frozenset({"pattern"}),
    spellable=True,
    description="a staff badge code, spelled",
)
