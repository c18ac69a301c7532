"""Cutting one caller turn into the parts that answer different questions.

A driver asked for the tractor number says "quinientos doce y de una vez las placas, erre te de cuatro
cero siete", "el 310, placas ve te ene 550" or "soy Araceli Domínguez, ya voy en camino, llego como a
las tres": each part answers its own question, and the digits of one must never be read into another.
Two cuts, both by the words of the turn only (which slot a part is for, and whether it gives a value,
is `listening.route_turn`'s decision):

- `split_time`: the clauses worded as a time of arrival, and the rest of the turn;
- `mentions`: where the turn starts talking about another thing by one of its names ("y las placas",
  ", placas", "lleva las placas", "es la caja ..."), whatever the joining words.
"""

from __future__ import annotations

import re

from daisy_engine import understanding
from daisy_engine.understanding.normalize import fold_aligned, wordset

# Clause ends: a punctuation mark followed by a space or the end ("15.50" and "3:30" stay whole).
_CLAUSE = re.compile(r"[.,;!?¿¡…]+(?=\s|$)|\s+[-–—]\s+")
_AND = re.compile(r"\s+(?:y|and)\s+", re.I)


def _clauses(text: str) -> list[str]:
    out, at = [], 0
    for m in _CLAUSE.finditer(text):
        out.append(text[at:m.end()])
        at = m.end()
    out.append(text[at:])
    return [c for c in out if c.strip()]


def _bare(text: str) -> str:
    return text.strip(" \t,.;:!?¿¡…-–—")


def split_time(text: str, locale: str) -> tuple[str, str] | None:
    """(the clauses of `text` worded as a time of arrival, the rest of the turn), or None when the time
    cannot be told apart from the rest (no clause alone is worded as a time). Within a clause, "<words>
    y llego a las tres" is cut before the "y" when only what follows it is a time ("tres y media" is
    not cut: what comes before the "y" is a time too)."""
    if not understanding.time_phrase(text, locale):
        return None
    timed: list[str] = []
    rest: list[str] = []
    for clause in _clauses(text):
        if not understanding.time_phrase(clause, locale):
            rest.append(clause)
            continue
        for m in _AND.finditer(clause):
            head, tail = clause[: m.start()], clause[m.end():]
            if _bare(head) and not understanding.time_phrase(head, locale) \
                    and understanding.time_phrase(tail, locale) \
                    and not understanding.one_number_across(head, tail, locale):
                # ("cuarenta y cinco minutos": the "y" inside the number is no join - the clause is the time)
                rest.append(head + ",")
                timed.append(tail)
                break
        else:
            timed.append(clause)
    if not timed:
        return None
    return " ".join(t.strip() for t in timed), " ".join(r.strip() for r in rest).strip()


# What may join two answers in one turn, and stand between the join and the thing named: "y de una vez
# las placas", ", lleva las placas", ". Y la caja", "y también el correo".
_JOIN = re.compile(r"(?:^|[.,;:!?…]\s*|\s+(?:y|e|and|also|plus)\s+)", re.I)
_LEAD = wordset("y e de una vez tambien ademas luego aparte and also plus the my our its el la los las mi mis "
                  "su sus este esta estos estas lleva llevan llevo trae traen traigo tiene tienen tengo son es "
                  "del of number numero")
# Words a name list may hold that never name a thing on their own (prompt boilerplate, verbs, articles).
_NOT_A_NAME = wordset("cual cuales que como para por favor todavia falta faltan intentemos vez mas otra "
                        "preocupe vemos final perdon entendi dice puede tambien marcarlo oprimir llevo sigue "
                        "what which your please still need again sorry understand next have "
                        # "I don't do that", "I don't use those": the thing asked about, named by no word of its own
                        "that this those these them there "
                        # "No, first one's a B", "la última es ocho": a place in the value read back ("the driver's
                        # first and last names" describes the name with them, yet they never name it alone)
                        "first second third last primera primero segunda segundo tercera tercero ultima ultimo")


def naming(words: frozenset[str]) -> frozenset[str]:
    """`words` less those that never name a thing on their own ("the first one is a B": a place in the value,
    though a name is described as "first and last names")."""
    return frozenset(w for w in words if w not in _NOT_A_NAME)


def mentions(text: str, own: frozenset[str], names: dict[str, frozenset[str]], *,
             spelled: bool = False) -> list[tuple[int, str]]:
    """Where `text` starts talking about another thing by a word that names it (`names`: slot -> the
    words it is called by) and does not name the value asked (`own`): (character offset of the part,
    the naming word), in order. The part starts at the join before the word ("quinientos doce | y de una
    vez las placas, …"), the join itself left out. While a value is `spelled` in characters, a word with
    only "de" before it is the word of a letter whose name the pause cut off ("Ge" - "de gato. 91 17.", "Ce."
    - "De caja."), never the thing a prompt calls so (the keypad's "gato", the "caja")."""
    folded = fold_aligned(text)
    others: set[str] = set()
    for words in names.values():
        others |= words
    # a word that names the value asked and another alike ("el número económico del tractor" at the trailer's
    # number) says nothing of which: it may stand between the join and the word that does
    shared = frozenset(w for w in own & others if len(w) >= 4 and w not in _NOT_A_NAME)
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"[a-z]+", folded):
        word = m.group()
        if len(word) < 4 or word in own or word in _NOT_A_NAME or word not in others:
            continue
        start = _part_start(folded, m.start(), shared)
        if start is None or (found and start <= found[-1][0]):
            continue
        if spelled and folded[start: m.start()].split() == ["de"]:
            continue
        found.append((start, word))
    return found


def qualifiers(part: str, word: str, own: frozenset[str]) -> set[str]:
    """The words before `word` in `part` that name the value asked too, and say which of the things `word` names
    the part is about ("el número económico del tractor" at the trailer's number: "económico")."""
    folded = fold_aligned(part)
    head = folded[: max(0, folded.find(word))]
    return {w for w in re.findall(r"[a-z]+", head) if len(w) >= 4 and w in own and w not in _LEAD
            and w not in _NOT_A_NAME}


def _part_start(folded: str, at: int, shared: frozenset[str] = frozenset()) -> int | None:
    """The start of the part that names a thing at `at`: just after the last join before it, when only
    leading words ("y de una vez las", "lleva las") or words `shared` by the things named ("el económico
    del") stand between; None when other words do ("no traigo las placas": the word is said inside
    another answer)."""
    head = folded[:at]
    joins = [m for m in _JOIN.finditer(head)]
    for m in reversed(joins):
        between = head[m.end():].split()
        if all(w in _LEAD or w in shared for w in between):
            return m.end()
    return None


# "No traigo caja", "caja no traigo", "voy sin remolque", "I don't have a trailer": the thing itself is not
# there (not just its value out of reach: "no tengo las placas a la mano" is that), so nothing else about
# it can be asked either.
_ABSENT = re.compile(
    r"\b(?:no (?:traigo|llevo|tengo|hay|vengo con|ando con|cuento con|jalo|cargo|uso|manejo|ocupo|utilizo|"
    r"(?:ando|voy|vengo|estoy) (?:jalando|trayendo|cargando))|(?:voy|vengo|ando|llego|estoy|vamos) sin|"
    r"(?:don'?t|do not|didn'?t|did not) (?:have|bring|pull|haul|use|do)|(?:running|driving|going|coming) without|"
    r"not (?:pulling|hauling|towing|bringing|running with|driving with)|"
    r"(?:there'?s|there is) no)"
    r" (?:(?:el|la|los|las|un|una|ningun|ninguna|a|an|the|any|my) )?(?P<thing>[a-z]{4,})"
    r"|\b(?P<before>[a-z]{4,}) no (?:(?:la|lo|las|los) )?(?:traigo|llevo|tengo|jalo)\b"
    # the thing named with no verb: "no trailer today", "sin caja, nomás el tractor"
    r"|\b(?:no|sin|without) (?:(?:el|la|a|the) )?(?P<bare>[a-z]{4,})\b"
)
# Words that name a value rather than a thing that carries it: a tractor or a trailer always has a number
# and plates, a driver a name, an arrival a time, so "no tengo el número", "no traigo las placas", "I don't
# have the number" say the value is not at hand (missing, asked again on the callback), never that there is
# none (settled for good: the record would be complete without it and nobody would ask again).
_VALUE_WORDS = wordset("numero numeros number numbers nombre nombres name names hora horas time placa placas "
                       "plate plates matricula")
# A thing's word said before a word for its value ("trailer number", "trailer plates", "truck info") names that
# value, not the thing.
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_DETAILS = wordset("info information details data paperwork papers")
_FOR_NOW = re.compile(r"\b(?:mano|memoria|ahorita|aqui|ahora|recuerdo|acuerdo|handy|on me|remember|right now)\b")


# The trip made without the thing: "voy sin caja", "no traigo caja", "not pulling a trailer", and the thing had
# not at all ("ahorita no tengo caja enganchada", "I don't have a trailer right now": a thing, not a value - those
# words name no value, `_VALUE_WORDS`). Said with "ahorita" / "right now", that is when, not that it is out of
# reach; "a la mano", "on me" still say out of reach.
_WITHOUT = re.compile(r"\b(?:voy|vengo|ando|llego|estoy|vamos) sin\b|\bwithout\b|"
                      r"\bno (?:traigo|llevo|tengo|jalo|cargo|vengo con|ando con)\b|"
                      r"\b(?:don'?t|do not) have\b|\bnot (?:pulling|hauling|towing)\b")
_NOW_WORDS = frozenset(("ahorita", "ahora", "right now"))
# "Ahorita no tengo el correo", "I don't have my e-mail right now": the thing said with "the" / "my" after "no
# tengo" / "don't have" is one the caller has, only not at hand now (put off, asked again) - never none at all
# ("ahorita no tengo caja enganchada", "I don't have a trailer right now" say none is hooked).
_HAD_BUT_NOT_NOW = re.compile(r"\b(?:no tengo|don'?t have|do not have) (?:el|la|los|las|mi|mis|the|my) ")
# ... unless said not hooked up ("ahorita no tengo la caja enganchada"): then there is none on this trip.
_HOOKED = re.compile(r"\b(?:enganchad[oa]s?|conectad[oa]s?|hooked|attached)\b")


def absent_thing(text: str) -> str | None:
    """The folded noun of a turn that says a thing is not there at all ("no traigo caja" -> "caja",
    "I'm running without a trailer" -> "trailer"), or None."""
    folded = fold_aligned(text)
    found, at = [], 0
    while (hit := _ABSENT.search(folded, at)) is not None:  # overlapping: "ahorita no traigo caja" is both
        found.append(hit)
        at = hit.start() + 1
    # a thing said absent with its verb anywhere in the turn first: a bare "no" before a word ("no creo, no
    # traigo caja", "no mire, voy sin caja") is mostly talk, and names the thing only when nothing else does; a
    # thing after its verb before one in front of it ("ahorita no traigo caja": "ahorita" is no thing)
    m = next((f for f in found if f.group("thing")), None) or next((f for f in found if f.group("before")),
                                                                   found[0] if found else None)
    if m is None:
        return None
    held = {w.group(0) for w in _FOR_NOW.finditer(folded)}
    # "ahorita voy sin remolque", "ahorita no traigo caja": the trip is made without it - "ahorita" says when,
    # not that it is out of reach
    # - but "ahorita no tengo el correo" has one, not at hand now
    if held and not (_WITHOUT.search(m.group(0)) and held <= _NOW_WORDS
                     and not (_HAD_BUT_NOT_NOW.search(m.group(0)) and not _HOOKED.search(folded))):
        return None
    thing = m.group("thing") or m.group("before") or m.group("bare")
    after = _NEXT_WORD.match(folded, m.end())
    if after is not None and after.group(1) in _VALUE_WORDS | _DETAILS:
        return None  # "I don't have a trailer number right now": the thing's value named, not at hand
    return None if thing in _NOT_A_NAME or thing in _VALUE_WORDS else thing
