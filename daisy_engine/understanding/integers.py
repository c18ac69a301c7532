"""The `integer` slot: spoken or typed whole numbers -> a string of digits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .normalize import Lang, after_correction, content_words, fold, lang_of
from .numbers import number_groups, prepare_tokens

# "doscientos y pico", "two hundred something": an unknown remainder, so the number said is not the
# number meant. ("unos 200"/"about 200" stay numbers: a count slot may accept an estimate.)
_APPROXIMATE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\by (?:pico|picos|tantos|tantas|feria|cacho|algo)\b"),
    "en": re.compile(r"\b(?:and something|something|odd)\b|\b(?:ty|red|nd)ish\b"),
}


def digits_in(text: str, locale: str) -> str | None:
    """Every number group of the utterance concatenated ("el 12 34" -> "1234"), leading zeros kept.

    Callers dictate numbers in chunks ("cuatro dos", "doce treinta y cuatro"), so the groups of one
    turn are read as one number. A self-correction ("47, no perdón, 48") keeps only what follows it.
    """
    lang = lang_of(locale)
    folded = fold(text)
    tail = after_correction(folded, lang)
    if _APPROXIMATE[lang].search(tail or folded):
        return None
    for candidate in (tail, text) if tail else (text,):
        groups = number_groups(prepare_tokens(content_words(candidate, lang), lang), lang)
        if groups:
            return "".join(groups)
    return None


def normalise_digits(digits: str, options: Mapping[str, Any] | None) -> str | None:
    """Apply the slot options to a digit string: leading zeros, min/max, pattern."""
    opts = options or {}
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    if not opts.get("leading_zeros"):
        digits = digits.lstrip("0") or "0"
    try:
        value = int(digits)
        lo, hi = opts.get("min"), opts.get("max")
        if lo is not None and value < int(lo):
            return None
        if hi is not None and value > int(hi):
            return None
        pattern = opts.get("pattern")
        if pattern and not re.fullmatch(str(pattern), digits):
            return None
    except (TypeError, ValueError, re.error, OverflowError):
        return None
    return digits


def extract_integer(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    digits = digits_in(text, locale)
    return normalise_digits(digits, options) if digits else None
