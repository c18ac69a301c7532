"""Turns that plainly answer a question of another kind than the one asked.

A caller asked for a plate or a unit number sometimes answers a question still to come ("y llego como a
las cinco", "en unas dos horas") or one already past. Such a turn is not dictated into the value asked
for: the runtime keeps what it says for the slot it belongs to (see `runtime.listening.for_another_slot`).
"""

from __future__ import annotations

import re

from .normalize import Lang, fold, lang_of

# The words that make a turn a time of arrival rather than digits: "a las", "llego", "en dos horas",
# "de la tarde", "at five", "o'clock", "in two hours", "p.m.".
_TIME_MARKERS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:a las? (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
        r"dieci\w+|veinte|veinti\w+)|(?:lleg|arrib)(?:o|amos|ando|are|aria|ariamos|a)\b|"
        r"en (?:una?|unas|unos|como|menos de|mas o menos|un par de|\d+|dos|tres|cuatro|cinco|seis|media) ?\w* ?horas?\b|"
        r"\bhora y media\b|\bmedia hora\b|de la (?:manana|tarde|noche|madrugada)|mediodia|medianoche)"
    ),
    "en": re.compile(
        r"\b(?:at (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)|"
        r"o ?clock|[ap]\.? ?m\b|(?:arriv|get(?:ting)? there|be there)|in (?:an?|about|around|\d+|one|two|three|"
        r"four|five|six|half an?) ?\w* ?hours?\b|noon|midnight|in the (?:morning|afternoon|evening))"
    ),
}


def time_phrase(text: str, locale: str) -> bool:
    """Whether a turn is worded as a time of day or of arrival ("y llego como a las cinco", "en unas dos
    horas", "I'll be there at five"): its numbers are not digits of a plate or a unit number."""
    if not isinstance(text, str):
        return False
    return bool(_TIME_MARKERS[lang_of(locale)].search(fold(text)))
