"""How a value is read back to the caller for confirmation (text handed to TTS).

Plates: character by character, comma-separated so TTS pauses between them; spell=True adds a
disambiguating word per letter ("B de burro" in Spanish, NATO "Bravo" in English). Digits are always
read one by one. Times as "14:30". E-mails as the address, or word by word with spell=True
("juan punto perez arroba gmail punto com"). Integers as digits, or "1, 2, 3, 4" with spell=True.
"""

from __future__ import annotations

import re
from typing import Any

from .letters import NATO
from .normalize import Lang, lang_of

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
        if ch == "-" or ch == " ":
            parts.append(_SYMBOLS[lang]["-"] if ch == "-" else "")
        elif ch.isalpha() and spell:
            parts.append(f"{ch} de {_SPANISH_WORDS.get(ch, ch)}" if lang == "es" else _NATO_WORDS.get(ch, ch))
        else:
            parts.append(ch)
    return ", ".join(p for p in parts if p)


def email_readback(value: str, lang: Lang, spell: bool) -> str:
    if not spell:
        return value
    words = [_SYMBOLS[lang].get(p, p) for p in _EMAIL_PART_RE.findall(value.lower()) if p.strip()]
    return " ".join(words)


def readback(slot_type: str, value: Any, locale: str, spell: bool = False) -> str:
    """Text for reading `value` back to the caller; "" for None. Never raises."""
    if value is None:
        return ""
    lang = lang_of(locale)
    try:
        if slot_type == "plate":
            return plate_readback(str(value), lang, spell)
        if slot_type == "email":
            return email_readback(str(value), lang, spell)
        if slot_type == "integer":
            return ", ".join(str(value)) if spell else str(value)
        if slot_type == "yes_no":
            yes = "sí" if lang == "es" else "yes"
            return yes if value in ("yes", True) else "no"
        return str(value)
    except Exception:  # readback of a strange custom value must not break the call
        return ""
