"""Slot types as the runtime uses them: an accumulator per value, validation and read-back.

Built-in types come from `daisy_engine.understanding`; custom types are a designer's `module:function`
`(text, locale, options) -> value | None`, wrapped so the runtime treats both alike.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from daisy_engine import understanding
from daisy_engine.flow.imports import import_target
from daisy_engine.flow.model import Flow, Slot

logger = logging.getLogger("daisy_engine.runtime")


class Fed(Protocol):
    status: str  # complete | partial | nothing | corrected
    value: Any


class Accumulator(Protocol):
    """Builds one value over several turns (the understanding layer's accumulators have this shape)."""

    @property
    def value(self) -> Any: ...

    @property
    def complete(self) -> bool: ...

    def feed(self, text: str) -> Any: ...

    def so_far(self) -> str: ...

    def reset(self) -> None: ...


@dataclass
class _CustomFed:
    status: str
    value: Any
    so_far: str = ""


class CustomAccumulator:
    """A custom type's function read as an accumulator: each turn either gives the whole value or not."""

    def __init__(self, function: Callable[..., Any], locale: str, options: dict[str, Any]) -> None:
        self._function = function
        self._locale = locale
        self._options = options
        self._value: Any = None

    @property
    def value(self) -> Any:
        return self._value

    @property
    def complete(self) -> bool:
        return self._value is not None

    def feed(self, text: str) -> _CustomFed:
        value = _call_custom(self._function, text, self._locale, self._options)
        if value is None:
            return _CustomFed("nothing", self._value)
        self._value = value
        return _CustomFed("complete", value, str(value))

    def so_far(self) -> str:
        return "" if self._value is None else str(self._value)

    def reset(self) -> None:
        self._value = None


def _call_custom(function: Callable[..., Any], text: str, locale: str, options: dict[str, Any]) -> Any:
    """A designer's slot function: whatever it raises counts as "not understood", and a value that is
    not plain JSON is kept as its text, so the record can always be saved."""
    try:
        value = function(text, locale, options)
    except Exception as exc:  # the designer's code must not end a live call
        # Where it failed and how, but not the message nor a traceback: both can quote what the caller
        # said ("invalid literal for int(): 'Juan Pérez'"), and caller words never go to the logs.
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        logger.warning("custom slot type %s failed with %s%s (the caller's words are not logged)",
                       getattr(function, "__name__", "?"), type(exc).__name__,
                       f" at {where.filename}:{where.lineno}" if where else "")
        return None
    if value is None:
        return None
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value


class SlotTypes:
    """Resolves a flow's slot types once (custom functions are imported here, not per call)."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self._custom: dict[str, Callable[..., Any]] = {}
        for slot in flow.slots.values():
            if slot.is_custom and slot.type not in self._custom:
                found = import_target(slot.type, flow.file.parent)
                if isinstance(found, str):
                    raise ValueError(f"slot '{slot.name}': {found}")
                self._custom[slot.type] = found

    def accumulator(self, slot: Slot, locale: str, extra: dict[str, Any] | None = None) -> Accumulator:
        """A new accumulator for `slot`; `extra` adds call-time options (`now` for time slots)."""
        options = {**slot.options(), **(extra or {})}
        if slot.is_custom:
            return CustomAccumulator(self._custom[slot.type], locale, options)
        return understanding.new_accumulator(slot.type, locale, options)  # type: ignore[no-any-return]

    def validate(self, slot: Slot, value: Any, locale: str, extra: dict[str, Any] | None = None) -> Any:
        """The normalised value when it is acceptable for `slot`, else None (the model's fallback path)."""
        if value is None:
            return None
        options = {**slot.options(), **(extra or {})}
        if slot.is_custom:
            return _call_custom(self._custom[slot.type], str(value), locale, options)
        return understanding.validate_value(slot.type, value, locale, options)

    def readback(self, slot: Slot, value: Any, locale: str, said: str | None = None) -> str:
        """`value` as read back; `said` is the caller's turn it came from, when known."""
        if value is None:
            return ""
        if slot.is_custom:
            return str(value)
        return str(understanding.readback(slot.type, value, locale, spell=slot.spell_back, said=said))
