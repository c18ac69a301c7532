"""A designer's own slot type, named in a flow as `module:function` or `module:TYPE`.

`module:TYPE` (a `SlotType` the module exports) is a full slot type: its own accumulation, validation,
read-back and options. `module:function` is the short form: a function `(text, locale, options) ->
value | None`, made into a `SlotType` here - each turn either gives the whole value or nothing, the
model's proposals are checked with the same function, and the value is read back as its text.

The designer's code never ends a live call: whatever the function raises counts as "not understood",
and a value that is not plain JSON is kept as its text, so the record can always be saved.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import traceback
from collections.abc import Callable
from typing import Any

from ..accumulators import Accumulator, FeedResult
from .base import Options, SlotType, check_options

logger = logging.getLogger("daisy_engine.runtime")


class CustomAccumulator(Accumulator):
    """A custom type's function read as an accumulator: each turn either gives the whole value or not."""

    def __init__(self, function: Callable[..., Any], locale: str, options: Options) -> None:
        super().__init__("custom", locale, options)
        self._function = function

    def feed(self, text: str) -> FeedResult:
        value = call_custom(self._function, text, self.locale, self.options)
        if value is None:
            return FeedResult("nothing", self.value, self.so_far())
        self.value, self.complete = value, True
        return FeedResult("complete", value, str(value))

    def so_far(self) -> str:
        return "" if self.value is None else str(self.value)


def call_custom(function: Callable[..., Any], text: str, locale: str, options: Options) -> Any:
    """A designer's slot function on one turn: None when it fails or finds nothing."""
    try:
        value = function(text, locale, dict(options or {}))
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


FUNCTION_OPTIONS = frozenset({"pattern", "min", "max"})
"""The slot keys a `module:function` type accepts (a `module:TYPE` says its own)."""


def custom_type(spec: str, target: Any) -> SlotType:
    """The slot type a flow's `type: module:name` stands for, `target` being what `module:name` imports:
    a `SlotType` as it is (under the flow's spelling), or a function made into one."""
    if isinstance(target, SlotType):
        made = dataclasses.replace(target, name=spec)
        check_options(made)  # as `register` does: the same type is as valid named in a flow
        return made
    if not callable(target):
        raise TypeError(f"{spec} is neither a function (text, locale, options) nor a SlotType")
    function: Callable[..., Any] = target
    return SlotType(
        name=spec,
        extract_fn=lambda text, locale, options: call_custom(function, text, locale, options),
        validate_fn=lambda value, locale, options: call_custom(function, str(value), locale, options),
        start_fn=lambda locale, options: CustomAccumulator(function, locale, options),
        # a function's options are its own business: these keys reach it, and none is checked
        options=FUNCTION_OPTIONS,
        description=f"custom type {spec}",
    )
