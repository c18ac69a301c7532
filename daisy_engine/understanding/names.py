"""The `name` slot: "mi nombre es josé pérez" -> "José Pérez".

Works on the original spelling (accents are part of a name; ASR that dropped them is kept as said).
Lead-ins, greetings, roles ("el operador"), fillers and sign-offs are peeled off both ends; what is
left must look like a name: 1-6 words of letters, none of them an everyday word.
Particles (de, del, la, y, van...) stay lower-case inside a name: "José de la Cruz".
"""

from __future__ import annotations

import re

from .lexicon import COMMON_WORDS
from .normalize import FILLERS, Lang, clean, fold, fold_aligned, lang_of, last_correction_end, wordset

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|\d+")
_MAX_WORDS = 6
_CLAUSE_RE = re.compile(r"[,;:.!?¿¡]+")

# Phrases peeled off the start (folded, as token tuples), longest first.
_LEADS: dict[Lang, tuple[str, ...]] = {
    "es": (
        "mi nombre completo es", "mi nombre es", "el nombre es", "mi nombre", "yo me llamo", "me llamo",
        "se llama", "yo soy", "soy yo", "soy", "le habla", "les habla", "te habla", "habla", "de parte de",
        "con", "aqui", "aqui habla", "si", "claro", "ok", "okey", "hola", "buenas tardes", "buenos dias",
        "buenas noches", "buenas", "bueno", "pues", "el operador", "el chofer", "el conductor", "el trailero",
        "el transportista", "operador", "chofer", "conductor", "don", "dona", "senor", "senora", "sr", "sra",
        "licenciado", "ingeniero", "lic", "ing", "y", "ah", "oiga", "mire", "a sus ordenes", "para servirle",
        "le atiende", "lo atiende", "le saluda", "lo saluda", "quien habla es", "mucho gusto",
    ),
    "en": (
        "my full name is", "my name is", "the name is", "name is", "names", "my names", "this is", "it is",
        "its", "i am", "im", "call me", "me", "yes", "yeah", "yep", "sure", "okay", "ok", "hi", "hello",
        "hey", "well", "oh", "the driver", "driver", "mr", "mrs", "ms", "miss", "sir", "it s", "you can call me",
        "just call me", "they call me", "everybody calls me",
    ),
}
_TRAILS: dict[Lang, tuple[str, ...]] = {
    "es": ("para servirle", "a sus ordenes", "a sus ordenes senorita", "mucho gusto", "un gusto",
           "gracias", "al habla", "servidor", "su servidor"),
    "en": ("speaking", "here", "thanks", "thank you", "nice to meet you"),
}
# Between given name and surname ("Raúl y mi apellido es Medina").
_JOINERS: dict[Lang, tuple[str, ...]] = {
    "es": ("y mi apellido es", "mi apellido es", "y de apellido", "de apellido", "apellido", "y mis apellidos son",
           "mis apellidos son"),
    "en": ("and my last name is", "my last name is", "last name", "surname"),
}
_PARTICLES = wordset("de del la las los y e da di du van von der den dos")


def _phrases(table: dict[Lang, tuple[str, ...]]) -> dict[Lang, tuple[tuple[str, ...], ...]]:
    return {k: tuple(sorted((tuple(p.split()) for p in v), key=len, reverse=True)) for k, v in table.items()}


_LEAD_T, _TRAIL_T, _JOIN_T = _phrases(_LEADS), _phrases(_TRAILS), _phrases(_JOINERS)


def _match_at(folded: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for p in phrases:
        if tuple(folded[i : i + len(p)]) == p:
            return len(p)
    return 0


def _title(word: str, first: bool) -> str:
    if not first and fold(word) in _PARTICLES:
        return word.lower()
    return "".join(part[:1].upper() + part[1:].lower() for part in re.split(r"(['\-])", word))


def extract_name(text: str, locale: str) -> str | None:
    lang = lang_of(locale)
    text = clean(text).replace("\u2019", "'")
    cut = last_correction_end(fold_aligned(text), lang)
    if cut is not None and _name_from(text[cut:], lang):
        text = text[cut:]
    name = _name_from(text, lang)
    if name is None:
        # "soy el mismo, Leonardo Castro": the name stands in a clause of its own
        for clause in reversed(_CLAUSE_RE.split(text)):
            name = _name_from(clause, lang)
            if name:
                break
    return name


def _name_from(text: str, lang: Lang) -> str | None:
    words = _WORD_RE.findall(text)
    folded = [fold(w).replace("'", "").replace("-", "") for w in words]
    fillers = FILLERS[lang]
    keep = [f not in fillers for f in folded]
    words = [w for w, k in zip(words, keep, strict=True) if k]
    folded = [f for f, k in zip(folded, keep, strict=True) if k]
    start, end = 0, len(words)
    while start < end and (n := _match_at(folded[:end], start, _LEAD_T[lang])):
        start += n
    changed = True
    while changed and end > start:
        changed = False
        for p in _TRAIL_T[lang]:
            if end - len(p) >= start and tuple(folded[end - len(p) : end]) == p:
                end -= len(p)
                changed = True
                break
    name: list[str] = []
    i = start
    while i < end:
        n = _match_at(folded[:end], i, _JOIN_T[lang])
        if n:
            i += n
            continue
        name.append(words[i])
        i += 1
    return _validated(name, lang)


def _validated(name: list[str], lang: Lang) -> str | None:
    if not 0 < len(name) <= _MAX_WORDS:
        return None
    common = COMMON_WORDS[lang]
    for idx, word in enumerate(name):
        f = fold(word).replace("'", "").replace("-", "")
        if not f.isalpha() or len(word) > 30 or any(len(c.upper()) != 1 or len(c.lower()) != 1 for c in word):
            return None  # "ß" and ligatures change length with case: no stable Title Case
        if f in _PARTICLES and 0 < idx < len(name) - 1:
            continue
        if f in common or (len(f) == 1 and idx == 0):
            return None
    if not any(len(w) > 1 for w in name):
        return None
    return " ".join(_title(w, idx == 0) for idx, w in enumerate(name))
