"""The `integer` slot: spoken or typed whole numbers -> a string of digits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .normalize import Lang, after_correction, content_words, fold, lang_of, wordset
from .numbers import find_numbers, prepare_tokens

# "doscientos y pico", "two hundred something": an unknown remainder, so the number said is not the
# number meant. ("unos 200"/"about 200" stay numbers: a count slot may accept an estimate.)
_APPROXIMATE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\by (?:pico|picos|tantos|tantas|feria|cacho|algo)\b"),
    "en": re.compile(r"\b(?:and something|something|odd)\b|\b(?:ty|red|nd)ish\b"),
}


# "no" between two numbers takes the first back ("cincuenta y cinco, no, no, cincuenta y ocho" -> 58);
# a number after "no es" / "not" is the one ruled out ("no es setenta y tres, es setenta y ocho" -> 78,
# "seventy-eight, not seventy-three" -> 78).
_TAKE_BACK: dict[Lang, frozenset[str]] = {
    "es": frozenset({"no"}),
    "en": frozenset({"no", "nope", "nah"}),
}
_RULE_OUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^no (?:es|era|son|eran|fue) (?:(?:el|la|los|las|un|una|numero) )*$"),
    "en": re.compile(r"^(?:.* )?(?:not|isnt|wasnt|aint) (?:(?:the|a|number) )*$"),
}
# Words that may stand between a "no" and the number it takes back ("cincuenta y cinco, no, espera").
_BETWEEN: dict[Lang, frozenset[str]] = {
    "es": wordset("no espera esperame perdon es era el la numero sino mas bien ah oh ay"),
    "en": wordset("no nope nah wait its it is was the number oh"),
}


def _said_groups(tokens: list[str], lang: Lang) -> list[str]:
    """The digit groups the caller stands by: numbers taken back or ruled out are left out."""
    spans = find_numbers(tokens, lang)
    if not spans:
        return []
    kept: list[list[str]] = []
    previous_end = 0
    for span in spans:
        gap = tokens[previous_end : span.start]
        previous_end = span.end
        if any(_RULE_OUT[lang].match(" ".join(gap[k:]) + " ") for k in range(max(0, len(gap) - 4), len(gap))):
            continue  # "no es 73" / "320, no es el 302": this one is not it
        if kept and any(t in _TAKE_BACK[lang] for t in gap) and all(t in _BETWEEN[lang] for t in gap):
            kept = []  # "55, no, no, 58": what came before the "no" is taken back
        kept.append(list(span.groups))
    if not kept:
        # "No, es el 58": a number is only ruled out in favour of another one said beside it
        return [g for s in spans for g in s.groups]
    return [g for groups in kept for g in groups]


def digits_in(text: str, locale: str) -> str | None:
    """Every number group of the utterance concatenated ("el 12 34" -> "1234"), leading zeros kept.

    Callers dictate numbers in chunks ("cuatro dos", "doce treinta y cuatro"), so the groups of one
    turn are read as one number. A self-correction ("47, no perdón, 48", "55, no, no, 58") keeps only
    what follows it, and a number ruled out ("no es 73, es 78", "not 73") is not part of it.
    """
    lang = lang_of(locale)
    folded = fold(text)
    tail = after_correction(folded, lang)
    if _APPROXIMATE[lang].search(tail or folded):
        return None
    for candidate in (tail, text) if tail else (text,):
        groups = _said_groups(prepare_tokens(content_words(candidate, lang), lang), lang)
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
