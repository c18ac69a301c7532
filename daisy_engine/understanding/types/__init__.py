"""Slot types, one module each: every module here but `base` and `custom` exports one `TYPE`.

The built-in types are found by listing this package, so a new type is one new module (see
docs/slot-types.md). A project's own type is registered with `register(TYPE)`, or named in a flow as
`module:function` / a module exporting `TYPE` (see `custom`).
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import (
    _LOADED,
    OPTION_KEYS,
    REGISTRY,
    Accumulator,
    Fed,
    SlotType,
    all_types,
    close,
    describes,
    edit,
    emptied,
    feed,
    get,
    names,
    register,
    repeats_part,
    restates,
    spoken_of,
    starts_over,
    unregister,
)

_NOT_TYPES = frozenset({"base", "custom"})
_builtins: list[str] = []


def load_builtins() -> tuple[str, ...]:
    """Import and register every built-in type module (once); their names, in order."""
    if not _LOADED:
        _LOADED.append(True)  # before importing: a type module may itself look a type up
        found = []
        for info in pkgutil.iter_modules(__path__):
            if info.name in _NOT_TYPES or info.name.startswith("_"):
                continue
            module = importlib.import_module(f"{__name__}.{info.name}")
            slot_type = getattr(module, "TYPE", None)
            if not isinstance(slot_type, SlotType):
                raise TypeError(f"{module.__name__} must export TYPE, a SlotType")
            if slot_type.name not in REGISTRY:
                register(slot_type)
            found.append(slot_type)
        _builtins.extend(t.name for t in sorted(found, key=lambda t: t.order))
    return tuple(_builtins)


__all__ = [
    "OPTION_KEYS",
    "REGISTRY",
    "Accumulator",
    "Fed",
    "SlotType",
    "all_types",
    "close",
    "describes",
    "edit",
    "emptied",
    "feed",
    "get",
    "load_builtins",
    "names",
    "register",
    "repeats_part",
    "restates",
    "spoken_of",
    "starts_over",
    "unregister",
]
