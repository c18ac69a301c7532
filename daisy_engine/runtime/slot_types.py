"""Slot types as the runtime uses them: each slot's `SlotType`, resolved once per flow.

Built-in and registered types come from `daisy_engine.understanding.types`; a custom `module:function`
or `module:TYPE` is imported here and made a `SlotType` by `understanding.types.custom`, so the runtime
treats every type alike.
"""

from __future__ import annotations

from typing import Any

from daisy_engine.flow.imports import import_target
from daisy_engine.flow.model import Flow, Slot
from daisy_engine.runtime.masking import masked_logger
from daisy_engine.understanding import types
from daisy_engine.understanding.types import Accumulator, SlotType
from daisy_engine.understanding.types.custom import custom_type

logger = masked_logger("daisy_engine.runtime")  # masked at INFO, whatever the handlers

__all__ = ["Accumulator", "SlotTypes", "notion"]


class SlotTypes:
    """Resolves a flow's slot types once (custom functions are imported here, not per call)."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self._types: dict[str, SlotType] = {}
        for slot in flow.slots.values():
            if slot.type in self._types:
                continue
            if slot.is_custom:
                found = import_target(slot.type, flow.file.parent)
                if isinstance(found, str):
                    raise ValueError(f"slot '{slot.name}': {found}")
                self._types[slot.type] = custom_type(slot.type, found)
            else:
                known = types.get(slot.type)
                if known is None:
                    raise ValueError(f"slot '{slot.name}': unknown slot type '{slot.type}'")
                self._types[slot.type] = known

    def of(self, slot: Slot) -> SlotType:
        """The slot's type."""
        return self._types[slot.type]

    def needs_clock(self, slot: Slot) -> bool:
        """Whether the slot's understanding needs the call's local time (option `now`)."""
        return self.of(slot).needs_clock

    def needs_today(self, slot: Slot) -> bool:
        """Whether the slot's understanding needs the call's local time (option `now`) to count days from."""
        return self.of(slot).needs_clock or self.of(slot).needs_today

    def hears_others(self, slot: Slot) -> bool:
        """Whether the slot's understanding reads the values of the call's other slots (option `other_values`)."""
        return self.of(slot).hears_others

    def hears_read_back(self, slot: Slot) -> bool:
        """Whether the slot's understanding reads the value just read back or turned down (option `read_back`)."""
        return self.of(slot).hears_read_back

    def accumulator(self, slot: Slot, locale: str, extra: dict[str, Any] | None = None) -> Accumulator:
        """A new accumulator for `slot`; `extra` adds call-time options (`now` for time slots)."""
        return self.of(slot).start(locale, {**slot.options(), **(extra or {})})

    def validate(self, slot: Slot, value: Any, locale: str, extra: dict[str, Any] | None = None) -> Any:
        """The normalised value when it is acceptable for `slot`, else None (the model's fallback path)."""
        if value is None:
            return None
        return self.of(slot).validate(value, locale, {**slot.options(), **(extra or {})})

    def readback(self, slot: Slot, value: Any, locale: str, said: str | None = None) -> str:
        """`value` as read back; `said` is the caller's turn it came from, when known."""
        if value is None:
            return ""
        return str(self.of(slot).readback(value, locale, spell=slot.spell_back, said=said, options=slot.options()))


def notion(accumulator: Accumulator | None, name: str) -> str:
    """What the optional text method `name` of a value being built says ("missing_part", "no_room"), else "":
    no value being built, a project's own accumulator without the notion, or one whose method fails (a
    template variable, or a reading of the turn, must never end the call)."""
    method = getattr(accumulator, name, None)
    if not callable(method):
        return ""
    try:
        said = method()
    except Exception:
        return ""
    return said if isinstance(said, str) else ""
