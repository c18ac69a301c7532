"""How a value is read back to the caller for confirmation (text handed to TTS).

Plates: character by character, comma-separated so TTS pauses between them; spell=True adds a
disambiguating word per letter ("B de burro" in Spanish, NATO "Bravo" in English). Digits are always
read one by one. The dash of the stored form ("ABC-1234") is not spoken: callers never say it, and
hearing "guion" invites "no, sin guion". Times on the 12-hour clock, as callers say them: "5:45 PM"
in English, "5:45 de la tarde" in Spanish (madrugada 0-5, mañana 6-11, mediodía 12, tarde 13-19,
noche 20-23; 18-20 as the caller named it: "7 de la noche" or "7 de la tarde"); whole hours without
":00" ("5 PM", "7 de la mañana"); but a time the caller said on the 24-hour dial ("diecisiete cuarenta
y cinco") is read back on it ("17:45"). The value stays "HH:MM" 24 h.
E-mails as the address, or word by word with spell=True ("juan punto perez arroba gmail punto com").
Integers as digits, or "1, 2, 3, 4" with spell=True. Amounts as money, "$1,500.50".
"""

from __future__ import annotations

import re
from typing import Any

from .letters import NATO
from .normalize import Lang

_SPANISH_WORDS = {
    "A": "árbol", "B": "burro", "C": "casa", "D": "dedo", "E": "elefante", "F": "foca", "G": "gato",
    "H": "hotel", "I": "iglesia", "J": "jirafa", "K": "kilo", "L": "luna", "M": "mamá", "N": "nube",
    "O": "oso", "P": "perro", "Q": "queso", "R": "ratón", "S": "sapo", "T": "tomate", "U": "uva",
    "V": "vaca", "W": "Washington", "X": "xilófono", "Y": "yate", "Z": "zapato",
}
_NATO_WORDS = {}
for _word, _letter in NATO.items():
    _NATO_WORDS.setdefault(_letter, _word.capitalize())
_NATO_WORDS["X"] = "X-ray"

_SYMBOLS: dict[Lang, dict[str, str]] = {
    "es": {"-": "guion", ".": "punto", "@": "arroba", "_": "guion bajo", "+": "más"},
    "en": {"-": "dash", ".": "dot", "@": "at", "_": "underscore", "+": "plus"},
}
_EMAIL_PART_RE = re.compile(r"[a-z]+|\d|[^a-z\d]")


def plate_readback(value: str, lang: Lang, spell: bool) -> str:
    parts = []
    for ch in value:
        if ch in "- ":
            continue  # separators of the stored form are not dictated (see module doc)
        if ch.isalpha() and spell:
            parts.append(f"{ch} de {_SPANISH_WORDS.get(ch, ch)}" if lang == "es" else _NATO_WORDS.get(ch, ch))
        else:
            parts.append(ch)
    return ", ".join(p for p in parts if p)


_TIME_RE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*")


# Hours where both words are heard for the same time: 7 p.m. is "de la tarde" to some callers and "de la
# noche" to others; the one the caller said is read back ("siete de la noche" is not read "7 de la tarde").
_EITHER_HOURS = range(18, 21)


def _day_part_es(hour: int, said: str | None = None) -> str:
    if said in ("tarde", "noche") and hour in _EITHER_HOURS:
        return f"de la {said}"
    if hour < 6:
        return "de la noche" if hour == 0 else "de la madrugada"
    if hour < 12:
        return "de la mañana"
    if hour == 12:
        return "del mediodía"
    return "de la tarde" if hour < 20 else "de la noche"


def time_readback(value: str, lang: Lang, clock24: bool = False, day_part: str | None = None) -> str:
    """`value` ("HH:MM") as said to the caller; `day_part` is the half of the day the caller named
    ("noche", "tarde"), used where both are heard for that hour."""
    m = _TIME_RE.fullmatch(value)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return value
    hour, minute = int(m.group(1)), int(m.group(2))
    if clock24:  # the caller said it on the 24-hour dial: read back as said ("17:45")
        return f"{hour}:{minute:02d}"
    h12 = hour % 12 or 12
    clock = f"{h12}:{minute:02d}" if minute else str(h12)
    if lang == "en":
        return f"{clock} {'AM' if hour < 12 else 'PM'}"
    return f"{clock} {_day_part_es(hour, day_part)}"


# A time read back begins with its hour: "1" and "1:30" take "la" in Spanish ("a la 1 de la tarde"), every
# other hour "las" ("a las 5"); English says "at".
_ONE_OCLOCK = re.compile(r"1(?::\d\d)?(?!\d)")


def time_at(said: str, lang: Lang) -> str:
    """A time as read back (`time_readback`), with the words that say it is the time at which: "a la 1 de la
    tarde", "a las 5:30 de la tarde", "at 5 PM"; "" for ""."""
    said = said.strip()
    if not said:
        return ""
    if lang == "en":
        return f"at {said}"
    return f"a la {said}" if _ONE_OCLOCK.match(said) else f"a las {said}"


def email_readback(value: str, lang: Lang, spell: bool) -> str:
    if not spell:
        return value
    words = [_SYMBOLS[lang].get(p, p) for p in _EMAIL_PART_RE.findall(value.lower()) if p.strip()]
    return " ".join(words)


def readback(slot_type: str, value: Any, locale: str, spell: bool = False, said: str | None = None,
             options: dict[str, Any] | None = None) -> str:
    """Text for reading `value` back to the caller; "" for None. Never raises. `said` is the caller's
    turn the value came from, when known: a time said on the 24-hour dial is read back on it. `options` are
    the slot's, when known: a `choice` key is read in the words its slot lists for it. Each type's own
    read-back is on its `SlotType` (`understanding.types`); an unknown type reads back as the value's text."""
    if value is None:
        return ""
    from .types import get

    found = get(slot_type) if isinstance(slot_type, str) else None
    if found is None:
        try:
            return str(value)
        except Exception:
            return ""
    return found.readback(value, locale, spell, said, options=options)
