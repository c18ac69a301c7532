"""Spoken durations -> minutes ("en media hora" -> 30, "in an hour and a half" -> 90).

Used for reschedule requests and relative ETAs. Works on digitized text (`numbers.digitize`).
"""

from __future__ import annotations

import re

from .normalize import Lang

_H = r"(\d{1,3})"
_RULES: dict[Lang, tuple[tuple[re.Pattern[str], str], ...]] = {
    "es": tuple(
        (re.compile(p), f)
        for p, f in (
            (rf"\b{_H} horas? y media\b", "h*60+30"),
            (r"\b(?:una|1) hora y media\b|\bhora y media\b", "90"),
            (rf"\b{_H} horas? y {_H}(?: minutos?| mins?)?\b", "h*60+m"),
            (r"\bmedia hora\b", "30"),
            (r"\bcuarto de hora\b", "15"),
            (rf"\b{_H} (?:horas?|hrs?)\b", "h*60"),
            (r"\b(?:una|un par de|1) horas?\b", "60"),
            (rf"\b{_H} (?:minutos?|mins?)\b", "h"),
            (r"\bun par de minutos\b", "2"),
        )
    ),
    "en": tuple(
        (re.compile(p), f)
        for p, f in (
            (rf"\b{_H} and a half hours?\b", "h*60+30"),
            (r"\b(?:an?|1|one) hour and a half\b|\bhour and a half\b", "90"),
            (rf"\b{_H} hours? and {_H}(?: minutes?| mins?)?\b", "h*60+m"),
            (r"\bhalf (?:an )?hour\b", "30"),
            (r"\bquarter (?:of an )?hour\b", "15"),
            (rf"\b{_H} (?:hours?|hrs?)\b", "h*60"),
            (r"\bcouple (?:of )?hours\b", "120"),
            (r"\b(?:an?|one) hour\b", "60"),
            (rf"\b{_H} (?:minutes?|mins?)\b", "h"),
            (r"\bcouple (?:of )?minutes\b", "2"),
        )
    ),
}


def duration_minutes(digitized: str, lang: Lang) -> int | None:
    """Minutes of the first duration mentioned, or None when there is none (or it is over a week)."""
    best: tuple[int, int] | None = None  # (start, minutes): the earliest mention wins
    for rx, formula in _RULES[lang]:
        m = rx.search(digitized)
        if not m or (best and m.start() >= best[0]):
            continue
        nums = [int(g) for g in m.groups() if g is not None]
        if formula == "h*60+30":
            minutes = nums[0] * 60 + 30
        elif formula == "h*60+m":
            minutes = nums[0] * 60 + nums[1]
        elif formula == "h*60":
            minutes = nums[0] * 60
        elif formula == "h":
            minutes = nums[0]
        else:
            minutes = int(formula)
        best = (m.start(), minutes)
    if best is None or not 0 < best[1] <= 7 * 24 * 60:
        return None
    return best[1]
