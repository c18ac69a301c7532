"""`name`: a person's name, Title Case with accents.

At a read-back the caller may fix one part of the name ("No, Peña, con pe" at "Julián Ortega Beña") or
give it in full ("Sí, Ernesto Galindo Reyes" at "Ernesto Galindo"), say the surname the name read back
lacks ("Salas" at "Pedro Quintero"), or say again a part it has ("No, Juventino. Ju-ven-ti-no."), which
keeps the name: the accumulator's `edit` applies that to the name read back (see `NameAccumulator.edit`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..accumulators import SimpleAccumulator, Status
from ..lexicon import EVERYDAY_WORDS, GIVEN_NAMES
from ..names import NAME_PARTICLES, edge_noted, extract_name, name_given_outright, notes_an_edge, with_unheard_h
from ..normalize import fold, lang_of, wordset
from ..numbers import cut_by_pause
from ..yes_no import classify_yes_no
from .base import Options, SlotType

# How alike a part said at the read-back must sound to the part it replaces ("Peña" for "Beña": 75).
_SAME_PART = 60
# The rest of a word cut by a pause, as the recogniser writes it on its own: letters only ("tañeda").
_CUT_REST = re.compile(r"[^\W\d_]{2,}")
# The longest last part of a name that may be a word cut off by a pause ("Cas", "Her", "Mac"): a recogniser may
# write the next surname in lower case too ("Ana Ruiz" - "garcía."), so a part of four letters or more is taken
# as whole, unless it ends on a stressed vowel no surname ends with ("Gonzá" - "lez").
_CUT_PART_MAX = 3
# Whole surnames as short as a cut-off piece: the next part said after them is a surname of its own. Short
# surnames are common in Mexico (the Mayan "Tun", "Can", "May", "Uc", "Ek" of the Yucatán; "Roa", "Oña", "Ruy"):
# "Pedro Tun" - "chan." is Pedro Tun Chan, never "Pedro Tunchan".
_SHORT_SURNAMES = wordset("paz gil rey sol cid luz rio leon oca ley lee kim fox day cox lim ng wu li ma "
                          "tun can may uc ek cab koh ku chi che puc cen noh yam mis tec kuk pat poo kau ake "
                          "roa ona ruy mas mur pou sanz saez "
                          "ray roe poe orr ash fry guy hay kay low rae yoo lin cho han wen ito abe lowe")
# Surnames said whole at the read-back in lower case ("Juan Ro" - "soto."): a part of their own, never the rest
# of a word a pause cut (the rest, "tañeda", "nández", "kenzie", is no surname by itself).
_WHOLE_SURNAMES = wordset(
    "hernandez garcia martinez lopez gonzalez perez rodriguez sanchez ramirez cruz flores gomez morales vazquez "
    "reyes jimenez torres diaz gutierrez ruiz mendoza aguilar ortiz moreno castillo romero alvarez mendez chavez "
    "rivera juarez ramos dominguez herrera medina castro vargas guzman velazquez munoz rojas contreras salazar "
    "luna ortega guerrero estrada bautista delgado sandoval soto mejia rios cervantes cortes vega navarro campos "
    "ibarra carrillo salas solis lara nunez leon rosales miranda pena marquez trejo valdez serrano avila ochoa "
    "fuentes silva rosas sosa cabrera pacheco ayala zamora montes orozco esquivel beltran padilla espinoza "
    "chan pech canul dzul poot cauich couoh balam tzuc chable dzib chuc huchim euan cocom kantun canche uicab "
    "smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson "
    "thompson white harris clark lewis robinson walker young allen king wright scott green baker adams nelson "
    "hill campbell mitchell roberts carter phillips evans turner parker collins edwards stewart morris murphy "
    "cook rogers morgan cooper peterson bailey reed kelly howard ward watson brooks bennett gray james price "
    "hughes myers long foster sanders ross powell sullivan russell perry butler barnes fisher henderson coleman "
    "jordan reynolds hamilton graham wallace west cole hayes gibson ellis stevens murray ford marshall owens")
# A given name and both surnames: a name read back with fewer may still lack one.
_FULL_NAME_WORDS = 3
# A turn that says the whole name again with its lead ("Es Yoel", "Soy Yoel Soto", "Me llamo ...", "It's Kade",
# "My name is ..."): a name in place of the one read back, never the rest of it.
_RESTATED: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"\W*(?:no\W+)?(?:es|soy|yo soy|me llamo|yo me llamo|mi nombre (?:completo )?es|se llama)\b"),
    "en": re.compile(r"\W*(?:no\W+)?(?:it s|its|it is|this is|i m|im|i am|my name is|my full name is|call me)\b"),
}


class NameAccumulator(SimpleAccumulator):
    """A name, complete on its first valid extraction, that a read-back answer can fix part by part.
    `restated` is set by an `edit` that only says again parts the name has.

    A lone given name ("Gilberto." to "¿Me dice su nombre completo?") is not complete: the state is
    `partial` (`so_far` holds it), so the question is asked again for the rest ("¿Y sus apellidos?", a
    template's `so_far` branch), and the next turn's name is joined to it ("Sauceda Ledezma." -> "Gilberto
    Sauceda Ledezma"), or is the whole name when it opens with the given name. A next turn that says no
    other name ("es todo", "nomás Gilberto", a yes) takes the given name as it is: one more question at
    most."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    restated = False

    def _feed(self, text: str) -> Status:
        rest = self._rest_of_cut_part(text)
        if rest is None and self.complete and isinstance(self.value, str) and isinstance(self.said, str) \
                and cut_by_pause(self.said):
            rest = _surnames_after(self.value, text, self.locale)  # "Juan Carlos" - "Treviño Salas." (`goes_on`)
        if rest is not None:
            self.value, self.said = rest, text
            return "corrected"
        value = self._extract(text, self.locale, self.options)
        if self.value is not None and not self.complete:
            # the rest of a name begun with a lone given name
            given = str(self.value)
            if isinstance(value, str) and len(value.split()) == 1 \
                    and classify_yes_no(value, self.locale).answer == "yes" \
                    and classify_yes_no(text, self.locale).answer != "no":
                # "Correct", "Correcto", "Simón" at "Bryan, and your surname?": the name read as a name is a yes to
                # the given name, not a surname ("Bryan Correct"). Only a yes word alone: with more parts it is a
                # surname that sounds like one ("Cabal Martínez", "Juan Cabal" at "Juan, ¿y sus apellidos?"), and
                # so is one said after a no ("no, Cabal")
                value = None
            if isinstance(value, str) and fold(value) != fold(given):
                words = [fold(w) for w in value.split()]
                if len(words) == 1 and notes_an_edge(text, self.locale) and _alike(words[0], fold(given)) >= _SAME_PART:
                    # "No, Nanci termina con i latina" at "Nancy, ¿y sus apellidos?": the given name respelled,
                    # no surname - they are still to come
                    self.value, self.said = value, text
                    return "partial"
                value = value if words[0] == fold(given) else f"{given} {value}"
            self.value, self.complete, self.said = value if isinstance(value, str) else given, True, text
            return "complete"
        status = super()._feed(text)
        if status == "complete" and _lone_given_name(self.value):
            self.complete = False
            return "partial"
        return status

    def goes_on(self, text: str) -> bool:
        """"Leonel Cas" (read back at once) - "tañeda.": the rest of the word a pause cut (see `_rest_of_cut_part`)
        goes on with the name, it is no other name nor a surname of its own. "Juan Carlos" (given names only, cut
        by a pause, read back at once) - "Treviño Salas.": the surnames the pause held back (see `_surnames_after`)."""
        if self._rest_of_cut_part(text) is not None:
            return True
        return isinstance(self.said, str) and cut_by_pause(self.said) and isinstance(text, str) \
            and isinstance(self.value, str) and _surnames_after(self.value, text, self.locale) is not None

    def _rest_of_cut_part(self, text: str) -> str | None:
        """The name a turn makes that carries on, in lower case, the last part of a name the recogniser wrote as
        cut by a pause ("Leonel Cas" - "tañeda." -> "Leonel Castañeda", "Jake Mac" - "kenzie." -> "Jake
        Mackenzie"), when that part looks cut off: short ("Cas", "Her") or ending on a stressed vowel ("Gonzá")
        and no given name nor particle. None otherwise: a capitalised or longer word, or a name said as a
        finished sentence, or a short whole surname ("Ana Ruiz" - "garcía."), is a part of its own."""
        if not self.complete or not isinstance(self.value, str) or not isinstance(self.said, str) \
                or not isinstance(text, str) or not cut_by_pause(self.said):
            return None
        piece = text.strip().rstrip(".!?,;…").strip()
        parts = self.value.split()
        if not _CUT_REST.fullmatch(piece) or not piece[0].islower() or len(parts) < 2 \
                or fold(piece) in EVERYDAY_WORDS or fold(piece) in _WHOLE_SURNAMES or fold(piece) in _SHORT_SURNAMES \
                or classify_yes_no(piece, self.locale).answer is not None:
            return None  # "sí.", "ok", "exacto" answer the read-back
        last = parts[-1]
        folded = fold(last)
        if folded in GIVEN_NAMES or folded in NAME_PARTICLES or folded in _SHORT_SURNAMES \
                or not (len(folded) <= _CUT_PART_MAX or last[-1] in "áéíóú"):
            return None
        joined = " ".join([*parts[:-1], last + piece])
        return _extract(joined, self.locale) or joined

    def finish(self) -> None:
        """The caller says the name is complete ("es todo"): a lone given name is taken as it is."""
        if self.value is not None:
            self.complete = True

    def edit(self, text: str) -> bool:
        """The name read back with the caller's fix: a fuller name that keeps every part read back
        ("Ernesto Galindo Reyes" for "Ernesto Galindo"), or fewer parts than were read back each
        replacing the one part it sounds like ("Peña" for the "Beña" of "Julián Ortega Beña"). True when
        the name changed; a whole other name is not an edit (it is heard as a new value)."""
        if not isinstance(self.value, str) or not isinstance(text, str):
            return False
        noted = edge_noted(text, self.value, self.locale)
        if noted == self.value:
            # "No, last letter's a y" at "Lacey": the letter said is the one read back - the name stands, and a
            # "no" has it read back again
            self.restated = True
            return True
        if noted is not None:
            return self._take(noted, text)  # "Anabel" - "termina con i latina": Anabeli
        said = _extract(text, self.locale)
        if said is None:
            return False
        old, new = self.value.split(), said.split()
        old_folded, new_folded = [fold(w) for w in old], [fold(w) for w in new]
        if len(old) == len(new) == 1 and old_folded != new_folded and notes_an_edge(text, self.locale) \
                and _alike(old_folded[0], new_folded[0]) >= _SAME_PART:
            # "No, Nanci termina con i latina" at "Nancy": the name respelled, never a surname after it
            return self._take(said, text)
        joined = _joined_parts(old, old_folded, new, new_folded)
        if joined is not None:
            # "Villalobos, todo junto" at "Teodoro Villa Lobos Paz": the recogniser split one part in two
            return self._take(joined, text)
        if len(new) > len(old) and _in_order(old_folded, new_folded):
            return self._take(said, text)
        continued = _continued(old, old_folded, new, new_folded)
        if continued is not None:
            # "Olvera Paredes" at "Efraín Olvera": the caller picks the name up where it was cut and
            # says the rest of it ("Efraín Olvera Paredes")
            return self._take(continued, text)
        if len(old) == 1 and len(_proper(new_folded)) <= _FULL_NAME_WORDS - 1 and new_folded[0] not in GIVEN_NAMES \
                and not _RESTATED[lang_of(self.locale)].match(fold(text)) \
                and max(_alike(w, old_folded[0]) for w in new_folded) < _SAME_PART \
                and classify_yes_no(said, self.locale).answer is None:
            # "Quezada Ortiz" at "Fermín" (a given name the lexicon does not know, so it was read back alone), and
            # "Martínez" at "López": the caller says the parts that were still to come (a Mexican name has two
            # surnames; a caller correcting says so: "no, es Martínez") - the name goes on, it is not replaced by
            # them, and the whole is read back, so a caller who meant another name can still say no. A yes word
            # ("Simón", "Oquei", "Cabal", "Yep") says the name is right, never becomes a part of it.
            return self._take(f"{self.value} {said}", text)
        surnames = _surnames_after(self.value, text, self.locale)
        if surnames is not None:
            # "Treviño Salas" at "Juan Carlos", "Hale" at "Mary Ann": two given names read back and no surname yet;
            # the caller says the surnames that were to come, the name goes on with them
            return self._take(surnames, text)
        if len(new) >= len(old):
            return False
        if len(new) == 1 and lang_of(self.locale) == "es" and _lacks_a_surname(old_folded) \
                and max(_alike(new_folded[0], o) for o in old_folded) < _SAME_PART \
                and classify_yes_no(said, self.locale).answer is None:
            # "Salas" at "Pedro Quintero": no part of the name sounds like it, and the name read back lacks
            # a surname (a Mexican name has two): the caller says the rest of it ("Pedro Quintero Salas"). A
            # word that is a yes ("Simón", "Afirmativo") says the name is right.
            return self._take(f"{self.value} {said}", text)
        parts = list(old)
        used: set[int] = set()
        for word, folded in zip(new, new_folded, strict=True):
            scores = [_alike(folded, o) for o in old_folded]
            best = max(range(len(old)), key=lambda i: scores[i])
            ties = [i for i, s in enumerate(scores) if s == scores[best]]
            if scores[best] < _SAME_PART or len(ties) > 1 or best in used:
                return False
            used.add(best)
            parts[best] = word
        fixed = " ".join(parts)
        if fixed == self.value:
            # "No, Juventino. Ju-ven-ti-no." or "Yáñez, con ye griega y eñe" at "Juventino Sandoval" or
            # "Wilfrido Yáñez": the caller says again a part the name already has, as it is; the name
            # stands (never cut down to that part), and a "no" has it read back again
            self.restated = True
            return True
        return self._take(fixed, text)

    def describes(self, text: str) -> bool | None:
        """A name said at the read-back whose every part is already in the name read back, in its order ("No,
        Juventino." at "Juventino Sandoval Orozco"): the caller answered another read-back (True; read it
        back again). None when the turn says no name."""
        if not isinstance(self.value, str) or not isinstance(text, str):
            return None
        said = _extract(text, self.locale)
        if said is None:
            return None
        return _in_order([fold(w) for w in said.split()], [fold(w) for w in self.value.split()])

    def _take(self, value: str, text: str) -> bool:
        self.value, self.complete, self.said, self.restated = value, True, text, False
        return True


# Spellings that sound the same in Mexican Spanish ("Yáñez" / "Llanes", "Beltrán" / "Veltran").
_SOUNDS = (("ll", "y"), ("qu", "k"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("z", "s"), ("v", "b"), ("h", ""))


# "y" said as a vowel (not before one) is "i": "Yturbide" and "Iturbide", "Garay" and "Garai" sound alike.
_Y_AS_VOWEL = re.compile(r"y(?![aeiou])")


def _sound(word: str) -> str:
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    return _Y_AS_VOWEL.sub("i", word)


def _alike(a: str, b: str) -> float:
    """How alike two folded name parts sound, 0-100: by letters or by their Spanish sound."""
    return max(fuzz.ratio(a, b), fuzz.ratio(_sound(a), _sound(b)))


def _proper(words: list[str]) -> list[str]:
    """The words of a name besides its particles ("de", "la", "del"...)."""
    return [w for w in words if w not in NAME_PARTICLES]


def _joined_parts(old: list[str], old_folded: list[str], new: list[str], new_folded: list[str]) -> str | None:
    """The name read back with a run of its adjacent parts joined into the one word the caller says is
    them ("Villalobos" for "Villa Lobos"), or None when no run of two or more parts spells a word said."""
    for word, folded in zip(new, new_folded, strict=True):
        for i in range(len(old)):
            for j in range(i + 2, len(old) + 1):
                if _spelled_alike("".join(old_folded[i:j]), folded):
                    return " ".join([*old[:i], word, *old[j:]])
    return None


_DOUBLED = re.compile(r"(.)\1")


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two folded words are one name as heard: the same letters, or the same once Spanish spellings
    of one sound and doubled letters are made one ("Will Frido" joined is "Wilfrido")."""
    return a == b or _sound(_DOUBLED.sub(r"\1", a)) == _sound(_DOUBLED.sub(r"\1", b))


# The most parts a name continued at its read-back may end with besides its particles (two given names and
# two surnames: "José Luis Olvera Paredes").
_MAX_CONTINUED_WORDS = 4


def _continued(old: list[str], old_folded: list[str], new: list[str], new_folded: list[str]) -> str | None:
    """The name read back continued by a name said at its read-back that opens with the part(s) it ends
    with and goes on with parts it does not have ("Guzmán Ríos" at "Apolinar Guzmán": the surname was cut
    off and the caller picks it up from the last part heard): "Apolinar Guzmán Ríos". None when the name
    read back is already a full one (both surnames: see `_lacks_a_surname`), when no part is picked up, or when
    the rest repeats a part it has ("Luis Ángel Pérez" at "Ángel Luis" is another order, not the rest)."""
    if not _lacks_a_surname(old_folded):
        return None
    for k in range(min(len(old), len(new) - 1), 0, -1):
        if old_folded[-k:] != new_folded[:k] or not _proper(old_folded[-k:]):
            continue
        rest, rest_folded = new[k:], new_folded[k:]
        if any(w in old_folded for w in _proper(rest_folded)) or not _proper(rest_folded):
            return None
        if len(_proper(old_folded)) + len(_proper(rest_folded)) > _MAX_CONTINUED_WORDS:
            return None
        return " ".join([*old, *rest])
    return None


def _surnames_after(value: str, text: str, locale: str) -> str | None:
    """The name `value` makes with the surnames `text` says after it, when `value` is two given names and nothing
    else ("Juan Carlos", "María José", "Mary Ann") and `text` a name of one or two parts with no given name, no
    part that sounds like one of `value`'s, no lead that says a name again ("soy ...") and no yes or no in it
    ("Treviño Salas.", "Hale."): "Juan Carlos Treviño Salas". None for any other turn."""
    old_folded = [fold(w) for w in value.split()]
    if len(old_folded) != 2 or not all(w in GIVEN_NAMES for w in old_folded):
        return None
    said = _extract(text, locale)
    if said is None:
        return None
    new_folded = [fold(w) for w in said.split()]
    proper = _proper(new_folded)
    if not proper or len(proper) > _FULL_NAME_WORDS - 1 or any(w in GIVEN_NAMES for w in proper) \
            or _RESTATED[lang_of(locale)].match(fold(text)) \
            or max(_alike(w, o) for w in proper for o in old_folded) >= _SAME_PART \
            or classify_yes_no(text, locale).answer is not None:
        return None
    return f"{value} {said}"


def _lone_given_name(value: object) -> bool:
    """Whether a name is one given name alone ("Gilberto"): the caller has not said the surnames yet."""
    return isinstance(value, str) and len(value.split()) == 1 and fold(value) in GIVEN_NAMES


def _lacks_a_surname(folded: list[str]) -> bool:
    """Whether a name (folded words) may still lack a surname: fewer than three parts besides its particles,
    or three of which the first two are given names ("Rosa Elena Cárdenas": a Mexican name has two
    surnames). "Juan Pérez López" is whole."""
    proper = _proper(folded)
    if len(proper) < _FULL_NAME_WORDS:
        return True
    return len(proper) == _FULL_NAME_WORDS and all(w in GIVEN_NAMES for w in proper[:2])


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether every word of `part` is in `whole`, in the same order."""
    it = iter(whole)
    return all(word in it for word in part)


# A word spelled out in syllables or letters ("Ju-ven-ti-no", "J-u-a-n"): one word. Compound names joined
# with a hyphen have longer parts ("Pérez-Ortega") and stay as they are.
_SYLLABLES = re.compile(r"(?<![\w-])[^\W\d_]{1,3}(?:-[^\W\d_]{1,3}){2,}(?![\w-])"
                        r"|(?<![\w-])[^\W\d_](?:-[^\W\d_])+(?![\w-])")


def joined_syllables(text: str) -> str:
    """`text` with every word said in syllables or letters joined into one ("Ju-ven-ti-no" -> "Juventino")."""
    return _SYLLABLES.sub(lambda m: m.group(0).replace("-", "").capitalize(), text)


def _extract(text: str, locale: str) -> str | None:
    found = _read_once(text, locale)
    # A name comes back in its normal form, the one `validate_value` gives it again: read once more, it must
    # be itself. Odd separators of a recogniser ("B:BE+I" -> "B Be I") can hide a spelling that its plain form
    # shows ("B Be I" -> "Bbi"): a few readings reach the form that reads as itself. The silent h is put back
    # last, from what was said ("Eriberto, sin hache" keeps its spelling).
    for _ in range(3):
        again = _read_once(found, locale) if found is not None else None
        if again is None or again == found:
            break
        found = again
    return with_unheard_h(found, text, locale)


def _read_once(text: str, locale: str) -> str | None:
    return extract_name(joined_syllables(text), locale)


def _given_outright(text: str, locale: str) -> str | None:
    return with_unheard_h(name_given_outright(text, locale), text, locale)


def _start(locale: str, options: Options) -> NameAccumulator:
    return NameAccumulator(
        "name", locale, options,
        extract=lambda text, loc, opts: TYPE.extract(text, loc, opts),
        readback=lambda value: TYPE.readback(value, locale),
    )


TYPE = SlotType(
    name="name",
    extract_fn=lambda text, locale, options: _extract(text, locale),
    start_fn=_start,
    outright_fn=_given_outright,
    options=frozenset({"pattern"}),
    eval_kinds={"name": lambda text, locale, options: _extract(text, locale)},
    description="a person's name, Title Case with accents",
    order=10,
)

__all__ = ["TYPE", "NameAccumulator"]
