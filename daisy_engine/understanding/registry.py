"""Slot types -> extractor, validator, accumulator: the entry points the runtime calls.

Every function here is total: any input (empty, 10 KB of noise, emoji, control characters, a value of
the wrong type from the model) gives a value or None, never an exception. An unexpected internal error
is logged (so tests and operators see it) and treated as "nothing understood".
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable, Mapping
from typing import Any

from .accumulators import (
    Accumulator,
    EmailAccumulator,
    IntegerAccumulator,
    PlateAccumulator,
    SimpleAccumulator,
)
from .amounts import extract_amount, validate_amount
from .choices import extract_choice, validate_choice
from .emails import extract_email
from .integers import extract_integer, normalise_digits
from .names import extract_name
from .plates import extract_char as _extract_char
from .plates import extract_plate
from .readback import readback
from .texts import extract_text
from .times import extract_time
from .yes_no import YesNo
from .yes_no import classify_yes_no as _classify_yes_no

log = logging.getLogger(__name__)

SLOT_TYPES: frozenset[str] = frozenset(
    {"text", "name", "integer", "amount", "plate", "time", "email", "yes_no", "choice"}
)

Options = Mapping[str, Any] | None
_EXTRACTORS: dict[str, Callable[[str, str, Options], Any | None]] = {
    "text": extract_text,
    "name": lambda t, loc, o: extract_name(t, loc),
    "integer": extract_integer,
    "amount": extract_amount,
    "plate": extract_plate,
    "time": extract_time,
    "email": lambda t, loc, o: extract_email(t, loc),
    "yes_no": lambda t, loc, o: _classify_yes_no(t, loc).answer,
    "choice": extract_choice,
}


def extract(slot_type: str, text: str, locale: str, options: Options = None) -> Any | None:
    """The normalised value of `slot_type` in the caller's utterance, or None.

    Normal forms: integer "1234" (options: leading_zeros, min, max, pattern); amount "1500.50" or "1500"
    (a sum of money; options: min, max); plate "ABC-1234"
    (options["pattern"], default r"[A-Z]{2,3}-\\d{3,4}"); time "HH:MM" 24 h (options["now"] enables
    "en dos horas"); email lower-case address; name Title Case with accents; yes_no "yes"/"no";
    choice the key of options["choices"]; text the cleaned text (options["pattern"]).
    """
    fn = _EXTRACTORS.get(slot_type)
    if fn is None or not isinstance(text, str):
        return None
    try:
        return fn(text, locale, options)
    except Exception:
        log.exception("extractor %s failed on %r", slot_type, text[:200])
        return None


def _validate_integer(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        return normalise_digits(str(value), options) if value >= 0 else None
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.isascii() and stripped.isdigit():
            return normalise_digits(stripped, options)
        return extract_integer(value, locale, options)
    return None


def _validate_time(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, (dt.time, dt.datetime)):
        return value.strftime("%H:%M")
    return extract_time(value, locale, options) if isinstance(value, str) else None


def _validate_yes_no(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        if value.strip().lower() in ("yes", "no"):
            return value.strip().lower()
        return _classify_yes_no(value, locale).answer
    return None


def _as_text(fn: Callable[[str, str, Options], Any | None]) -> Callable[[Any, str, Options], Any | None]:
    def validate(value: Any, locale: str, options: Options) -> Any | None:
        return fn(value, locale, options) if isinstance(value, str) else None

    return validate


_VALIDATORS: dict[str, Callable[[Any, str, Options], Any | None]] = {
    "text": _as_text(extract_text),
    "name": _as_text(_EXTRACTORS["name"]),
    "integer": _validate_integer,
    "amount": validate_amount,
    "plate": _as_text(extract_plate),
    "time": _validate_time,
    "email": _as_text(_EXTRACTORS["email"]),
    "yes_no": _validate_yes_no,
    "choice": validate_choice,
}


def validate_value(slot_type: str, value: Any, locale: str, options: Options = None) -> Any | None:
    """Re-normalise and check a value proposed by the LLM fallback ("abc 1234", 42, "14:30"...).

    Same rules as `extract`; returns the normal form, or None if the value is not valid for the slot.
    Every value `extract` returns validates to itself.
    """
    fn = _VALIDATORS.get(slot_type)
    if fn is None or value is None:
        return None
    try:
        return fn(value, locale, options)
    except Exception:
        log.exception("validator %s failed on %r", slot_type, str(value)[:200])
        return None


def new_accumulator(slot_type: str, locale: str, options: Options = None) -> Accumulator:
    """A fresh accumulator for one slot; see `accumulators` for turn-by-turn behaviour and commands."""
    if slot_type == "plate":
        return PlateAccumulator(slot_type, locale, options)
    if slot_type == "email":
        return EmailAccumulator(slot_type, locale, options)
    if slot_type == "integer":
        return IntegerAccumulator(slot_type, locale, options)
    return SimpleAccumulator(
        slot_type,
        locale,
        options,
        extract=lambda text, loc, opts: extract(slot_type, text, loc, opts),
        readback=lambda value: readback(slot_type, value, locale),
    )


def extract_char(text: str, locale: str) -> str | None:
    """One character of a letter-by-letter dictation ("B de burro" -> "B", "número cuatro" -> "4")."""
    if not isinstance(text, str):
        return None
    try:
        return _extract_char(text, locale)
    except Exception:
        log.exception("extract_char failed on %r", text[:200])
        return None


def classify_yes_no(text: str, locale: str) -> YesNo:
    """Yes/no/neither plus the text after the answer ("no, es 56" -> no, rest "es 56")."""
    if not isinstance(text, str):
        return YesNo(None, "")
    try:
        return _classify_yes_no(text, locale)
    except Exception:
        log.exception("classify_yes_no failed on %r", text[:200])
        return YesNo(None, text[:400])
