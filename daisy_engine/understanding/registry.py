"""Slot types by name -> extractor, validator, accumulator: the entry points the runtime calls.

Each type is one module of `understanding.types`; these functions look the type up in its registry.

Every function here is total: any input (empty, 10 KB of noise, emoji, control characters, a value of
the wrong type from the model) gives a value or None, never an exception. An unexpected internal error
is logged (so tests and operators see it) and treated as "nothing understood".
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from .accumulators import Accumulator
from .failures import log_failure
from .plates import extract_char as _extract_char
from .types import get, load_builtins
from .yes_no import YesNo
from .yes_no import classify_yes_no as _classify_yes_no

log = logging.getLogger(__name__)

SLOT_TYPES: frozenset[str] = frozenset(load_builtins())
"""The built-in slot types: one module each in `understanding.types`."""

Options = Mapping[str, Any] | None


def extract(slot_type: str, text: str, locale: str, options: Options = None) -> Any | None:
    """The normalised value of `slot_type` in the caller's utterance, or None.

    Normal forms: integer "1234" (options: leading_zeros, min, max, pattern); amount "1500.50" or "1500"
    (a sum of money; options: min, max); plate "ABC-1234"
    (options["pattern"], default r"[A-Z]{2,3}-\\d{3,4}"); time "HH:MM" 24 h (options["now"] enables
    "en dos horas"); email lower-case address; name Title Case with accents; yes_no "yes"/"no";
    choice the key of options["choices"]; text the cleaned text (options["pattern"]).
    """
    found = get(slot_type) if isinstance(slot_type, str) else None
    return found.extract(text, locale, options) if found is not None else None


def validate_value(slot_type: str, value: Any, locale: str, options: Options = None) -> Any | None:
    """Re-normalise and check a value proposed by the LLM fallback ("abc 1234", 42, "14:30"...).

    Same rules as `extract`; returns the normal form, or None if the value is not valid for the slot.
    Every value `extract` returns validates to itself.
    """
    found = get(slot_type) if isinstance(slot_type, str) else None
    return found.validate(value, locale, options) if found is not None else None


def new_accumulator(slot_type: str, locale: str, options: Options = None) -> Accumulator:
    """A fresh accumulator for one slot; see `accumulators` for turn-by-turn behaviour and commands."""
    found = get(slot_type)
    if found is None:
        raise KeyError(f"unknown slot type {slot_type!r}")
    return found.start(locale, options)  # type: ignore[return-value]


def extract_char(text: str, locale: str) -> str | None:
    """One character of a letter-by-letter dictation ("B de burro" -> "B", "número cuatro" -> "4")."""
    if not isinstance(text, str):
        return None
    try:
        return _extract_char(text, locale)
    except Exception as exc:
        log_failure(log, "extract_char", exc, text)
        return None


def classify_yes_no(text: str, locale: str, approximate: bool = False, *, of_value: bool = True) -> YesNo:
    """Yes/no/neither plus the text after the answer ("no, es 56" -> no, rest "es 56"); `approximate`: the
    value asked about is given roughly (a time of arrival), so "sí, más o menos" confirms it; `of_value`:
    the question reads a value back ("no, así está bien" keeps it), else it offers something (it declines)."""
    if not isinstance(text, str):
        return YesNo(None, "")
    try:
        return _classify_yes_no(text, locale, approximate, of_value=of_value)
    except Exception as exc:
        log_failure(log, "classify_yes_no", exc, text)
        return YesNo(None, text[:400])
