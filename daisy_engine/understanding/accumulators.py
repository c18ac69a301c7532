r"""Accumulators: build a slot value turn by turn, with corrections.

Every slot type gets one from `new_accumulator`. Plates and e-mails are built piecewise; integers
append digits across turns while a pattern/min/max is not yet satisfied; the other types complete on
their first valid extraction (a later valid turn replaces the value).

Commands a caller may use mid-dictation (Spanish / English), applied before the rest of the turn:
- start over: "otra vez", "de nuevo", "desde el principio", "borra todo" / "start over", "from the top"
  -> everything collected so far is discarded;
- drop the last piece: "borra eso", "bórralo", "quita eso" / "scratch that", "delete that", "undo"
  -> what the previous turn added is removed;
- replace (plates): "en vez de la L es F", "no es L es F", "cambia la L por F" / "instead of L, F"
  -> the last L becomes F;
- by position (plates): "la última es 7", "la primera letra es B" / "the last one is 7" -> that
  character is replaced.
The rest of the turn is then read as usual ("borra eso, es la F" drops the last piece and adds F).

Plates: characters are kept in the order said and never reordered or dropped to fit the pattern. A
dictation of several clear characters that cannot fit ("tres cuatro ele eme cinco" for LLL-DDDD) is
kept as said (status "partial", value None) so the read-back shows what was heard.

FeedResult.status: "corrected" when the turn removed or replaced something; otherwise "complete" if
the value now satisfies the slot, "partial" if characters were added but it does not yet, and
"nothing" if the turn added nothing usable (the state is unchanged). An integer that no further
digits could make valid ("siete" for min 1 / max 6, "un millón" for max 999999) is "nothing": a
failed attempt, not a start.

Closing phrases: a turn that ends with "eso es todo", "es todo", "nada más", "ya", "ya está",
"listo" / "that's it", "that's all", "done", "I'm done", "that's the whole plate" (either language,
optionally followed by "gracias"/"thanks") says the caller has finished dictating. FeedResult.closing
is True for such a turn. Plates, e-mails and integers read only what came before the phrase
("cuatro cinco dos, es todo" adds 4 5 2); a turn that is nothing but the phrase leaves the state
unchanged and has status "nothing" with closing=True - the caller is done, not failing to answer.
Other slot types read the whole turn as usual ("that's it" is still a yes). Then call `finish()`:
the value if what was collected satisfies the slot, else None (read back `so_far()` and re-ask).
`closing_phrase(text)` tells whether a turn is (or ends with) one without feeding it.

Plates with digit-first or dash-between-same-kind patterns (r"\d[A-Z]{3}\d{3}" California 7TRX452,
r"\d{2}-[A-Z]{2}-\d[A-Z]" Mexican federal 45-AB-3C, r"[A-Z]{3}-\d{2}-\d{2}") are built over turns like
any other: the slot pattern is the arbiter, and dashes go where it wants them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import regex

from .emails import address_from_tokens, assemble, email_tokens, strip_lead_in
from .integers import digits_in, normalise_digits
from .letters import Piece
from .lexicon import COMMON_WORDS
from .normalize import Lang, clean, fold, fold_aligned, lang_of
from .plates import best_fit, candidates, compile_pattern, extract_char, fit, pattern_of, plate_pieces
from .readback import email_readback

log = logging.getLogger(__name__)

Status = Literal["complete", "partial", "nothing", "corrected"]


@dataclass(frozen=True)
class FeedResult:
    """Outcome of one turn: status (see module doc), the value if complete, and the read-back so far.

    closing: the turn is, or ends with, a closing phrase ("es todo", "that's it"): the caller has
    finished dictating; `Accumulator.finish()` gives the value or None.
    """

    status: Status
    value: Any | None
    so_far: str
    closing: bool = False


_RESET: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:otra vez|de nuevo|desde el principio|desde el inicio|borra(?:lo)? todo|empiezo de nuevo|"
        r"empecemos de nuevo|volvamos a empezar|vuelvo a empezar)\b"
    ),
    "en": re.compile(
        r"\b(?:start over|start again|from the top|from the beginning|all over again|delete everything|"
        r"clear everything|erase everything)\b"
    ),
}
_DROP_LAST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:borra(?:lo)?(?: eso| la ultima| el ultimo)?|quita(?:lo)?(?: eso)?|eso no va)\b"),
    "en": re.compile(r"\b(?:scratch that|delete that|undo|remove that|erase that|take that out)\b"),
}
_ORDINALS: dict[str, int] = {
    "primera": 0, "primero": 0, "segunda": 1, "segundo": 1, "tercera": 2, "tercero": 2, "cuarta": 3,
    "cuarto": 3, "quinta": 4, "quinto": 4, "sexta": 5, "sexto": 5, "septima": 6, "septimo": 6,
    "octava": 7, "octavo": 7, "ultima": -1, "ultimo": -1, "penultima": -2, "penultimo": -2,
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
    "eighth": 7, "last": -1,
}
_POSITION: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:la|el) (?P<pos>primera|primero|segunda|segundo|tercera|tercero|cuarta|cuarto|quinta|quinto|"
        r"sexta|sexto|septima|septimo|octava|octavo|ultima|ultimo|penultima|penultimo)"
        r"(?: (?P<what>letra|numero|digito))? (?:es|era|va|seria|debe ser|no es \S+ es) (?P<new>.+)$"
    ),
    "en": re.compile(
        r"\bthe (?P<pos>first|second|third|fourth|fifth|sixth|seventh|eighth|last)"
        r"(?: (?P<what>letter|number|digit|one|character))? (?:is|was|should be|its) (?P<new>.+)$"
    ),
}
# "la letra P", "el número 4", "la P": how a caller names one character of the value.
_CHAR = r"(?:(?:la |el )?(?:letra |numero |digito |letter |number |digit )?)"
_REPLACE: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(rf"\b(?:en|el|un) ?(?:vez|ves|lugar) del? {_CHAR}(?P<old>\S+(?: de \S+)?),? "
                   rf"(?:es|va|pon|ponle|seria|debe ser|deberia ser)?,? ?{_CHAR}(?P<new>.+)$"),
        re.compile(rf"\b{_CHAR}(?P<old>\S+(?: de \S+)?) (?:que )?(?:esta mal|no va|no es),? "
                   rf"(?:es|va|seria|debe ser|deberia ser) {_CHAR}(?P<new>.+)$"),
        re.compile(rf"\b(?:es|va|seria|debe ser|deberia ser) {_CHAR}(?P<new>\S+(?: de \S+)?),? "
                   rf"en (?:vez|lugar) del? {_CHAR}(?P<old>\S+(?: de \S+)?)$"),
        re.compile(r"\bcambia (?:la |el )?(?P<old>\S+(?: de \S+)?) por (?:la |el )?(?P<new>.+)$"),
        re.compile(r"\bno es (?:la |el )?(?P<old>\S+(?: de \S+)?),? es (?:la |el )?(?P<new>.+)$"),
    ),
    "en": (
        re.compile(r"\binstead of (?:an? |the )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?),? "
                   r"(?:its |it is |put |use |it should be )?(?:an? |the )?(?:letter |number )?(?P<new>.+)$"),
        re.compile(r"\bchange (?:the )?(?P<old>\S+) to (?:an? |the )?(?P<new>.+)$"),
        re.compile(r"\b(?:its|it is|should be|put) (?:an? |the )?(?:letter |number )?(?P<new>\S+(?: as in \S+)?) "
                   r"instead of (?:an? |the )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?)$"),
        re.compile(r"\bnot (?:an? |the )?(?P<old>\S+),? (?:its |it is |but )(?:an? |the )?(?P<new>.+)$"),
    ),
}


# Removing one character: "va sin la n", "no va la b de burro", "sobra la X", "quita la X", "without the N".
_REMOVE: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(rf"\b(?:va sin|sin|no va|no lleva|sobra|quita|quitale|elimina) {_CHAR}(?P<old>\S+(?: de \S+)?)"
                   r"(?=$|[ ,.;])"),
        re.compile(rf"\b{_CHAR}(?P<old>\S+(?: de \S+)?) (?:no va|sobra|esta de mas)\b"),
    ),
    "en": (
        re.compile(r"\b(?:without|remove|drop|delete|take out|there is no|theres no) (?:an? |the )?(?:letter |number )?"
                   r"(?P<old>\S+(?: as in \S+)?)(?=$|[ ,.;])"),
        re.compile(r"\b(?:the )?(?P<old>\S+) (?:shouldnt be there|should not be there|doesnt go there|is extra)\b"),
    ),
}
# "La única letra que está mal es la P", "la P está mal": which one character is wrong, without (a usable)
# right one. The value is turned down; the right character may come in the next turn ("sería la T").
_WRONG_ONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:(?:la|el) (?:unica |unico )?(?:letra|numero|digito|caracter) que (?:esta mal|no es|no va|"
        rf"esta equivocad[ao])(?: es)? {_CHAR}(?P<old>[a-z0-9]+)"
        rf"|{_CHAR}(?P<old2>[a-z0-9]+) (?:esta mal|esta equivocad[ao])\b"
        rf"|\besta mal {_CHAR}(?P<old3>[a-z0-9]+))"
    ),
    "en": re.compile(
        r"\b(?:the (?:only )?(?:letter|number|digit|one) (?:that is|thats|that s) wrong is "
        r"(?:the )?(?:letter |number )?(?P<old>[a-z0-9]+)|(?:the )?(?:letter |number )?(?P<old2>[a-z0-9]+) is wrong)"
    ),
}
# The right character, said on its own after the wrong one was named: "(no,) sería la letra T".
_THEN_ONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(rf"^(?:no,? )?(?:seria|es|era|va|debe ser|deberia ser|pon|ponle) {_CHAR}"
                     r"(?P<new>[a-z0-9]+(?: de \S+)?)[.!]?$"),
    "en": re.compile(r"^(?:no,? )?(?:it should be|should be|its|it is|make it) (?:the |an? )?(?:letter |number )?"
                     r"(?P<new>[a-z0-9]+(?: as in \S+)?)[.!]?$"),
}
# "Las letras no están bien, los números sí": every character of one kind is wrong; the rest is kept.
_WRONG_KIND: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:las|puras|todas las) (?P<kind>letras|numeros|digitos) (?:no (?:estan|son|van) bien|estan mal|"
        r"siguen (?:estando )?mal|no son(?: esas| esos)?|son las que estan mal)\b"
    ),
    "en": re.compile(
        r"\bthe (?P<kind>letters|numbers|digits) (?:are wrong|are not right|arent right|are still wrong)\b"
    ),
}


# Inserting: "le falta la H al principio", "falta una A después de la B", "missing an S at the end".
_INSERT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:le |les )?falta(?:ria|ba)? (?:el |la |un |una |otra |otro )?(?:letra |numero )?(?P<new>.+?) "
        r"(?:(?P<edge>al principio|al inicio|al comienzo|al final)|(?P<rel>despues|antes) de "
        rf"{_CHAR}(?P<ref>\S+(?: de \S+)?))(?=$|[ ,.;])"
    ),
    "en": re.compile(
        r"\b(?:its |it is |youre |you are )?missing (?:the |a |an |another )?(?:letter |number )?(?P<new>.+?) "
        r"(?:(?P<edge>at the (?:beginning|start|front|end))|(?P<rel>after|before) (?:the |an? )?"
        r"(?:letter |number )?(?P<ref>\S+(?: as in \S+)?))(?=$|[ ,.;])"
    ),
}
_AT_START = ("al principio", "al inicio", "al comienzo", "at the beginning", "at the start", "at the front")


def _insertion(folded: str, locale: str, chars: list[str], *, words: bool) -> list[str] | None:
    """`chars` with what "le falta la H al principio" / "missing an S after the T" inserts, else None.
    With `words` (an address), a word may be inserted at the start or the end ("le falta el Mario al
    principio")."""
    m = _INSERT[lang_of(locale)].search(folded)
    if not m:
        return None
    new = extract_char(m.group("new"), locale)
    if new is None and words and m.group("edge"):
        word = re.sub(r"[^a-z0-9]", "", m.group("new"))
        new = word if 0 < len(word) <= 30 and len(m.group("new").split()) <= 2 else None
    if new is None:
        return None
    piece = list(new.lower() if words else new)
    if m.group("edge"):
        letters = [i for i, c in enumerate(chars) if c.isalpha()]
        if not words and letters and re.match(r"\s*(?:de las letras|of the letters)", folded[m.end() :]):
            # "al final de las letras": after the last letter, before the digits
            at = letters[0] if m.group("edge") in _AT_START else letters[-1] + 1
            return chars[:at] + piece + chars[at:]
        return piece + chars if m.group("edge") in _AT_START else chars + piece
    ref = extract_char(m.group("ref"), locale)
    ref = ref.lower() if ref and words else ref
    if ref is None or ref not in chars:
        return None
    at = len(chars) - 1 - chars[::-1].index(ref)
    at = at + 1 if m.group("rel") in ("despues", "after") else at
    return chars[:at] + piece + chars[at:]


# Words after a yes that take it back or question the value ("sí, pero ...", "yes, but ...").
_BUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:pero|aunque|solo que|nada mas que|excepto|salvo|menos)\b"),
    "en": re.compile(r"\b(?:but|except|only|although|though)\b"),
}


# The caller cannot give the value now ("no me acuerdo", "no tengo correo", "I don't have it").
_CANNOT_GIVE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:no me (?:acuerdo|la se|las se|lo se|lo se de memoria)|no (?:la |las |lo |los )?recuerdo|"
        r"no (?:lo |la |las )?se|ni idea|no (?:la |las |lo |los )?(?:tengo|traigo|se de memoria)"
        r"(?: (?:a la mano|aqui|ahorita|ahora))?|"
        r"no (?:tengo|traigo|llevo) (?:correo|email|placas?|numero|caja|remolque|trailer|traila)|"
        r"no (?:me )?(?:la|las|lo) (?:se|acuerdo))(?: (?:la verdad|ahorita|ahora|perdon|disculpe))?$"
    ),
    "en": re.compile(
        r"\b(?:i (?:dont|do not|cant|can not|cannot) (?:remember|recall|know)(?: it)?|no idea|"
        r"i (?:dont|do not) have (?:it|one|an? email|the plates?|them|that|an? trailer)"
        r"(?: (?:on me|with me|here|right now))?|"
        r"i (?:dont|do not) know (?:it|them|that)(?: by heart)?)(?: (?:sorry|right now|now))?$"
    ),
}


def cannot_give(text: str, locale: str) -> bool:
    """Whether the caller says they cannot give the value now ("no me acuerdo", "I don't have it")."""
    # Only at the end of the turn: "no me acuerdo bien, es la M..." goes on with the value.
    return isinstance(text, str) and bool(_CANNOT_GIVE[lang_of(locale)].search(fold(text).strip(" .,!?")))


def doubts_value(text: str, locale: str) -> bool:
    """Whether the words after a yes take it back or question the value ("sí, pero ...")."""
    return bool(_BUT[lang_of(locale)].search(fold(text))) or "?" in text


# Turns that close a dictation rather than add to it ("es todo", "that's it").
_CLOSING = re.compile(r"(?:eso )?es todo|todo|nada mas|ya|listo|ya esta|thats (?:it|all)|that is (?:it|all)|done|")
# The same at the end of a turn, on `fold_aligned` text (apostrophes kept): "cuatro cinco, eso es todo".
_CLOSING_TAIL = re.compile(
    r"(?:^|(?<=[\s,.;:!?\-]))(?:(?:y|and|pues) )?(?:"
    r"(?:eso|ese|esa)?\s?(?:es|seria|serian|son|fue) todo|eso (?:seria|fue) todo|nada mas|ya (?:esta|estuvo|quedo)|"
    r"ya|listo|ya es todo|es todo"
    r"|that'?s (?:it|all|everything|the whole (?:plate|thing|number|address|email|one))|that is (?:it|all)|"
    r"(?:i'?m |i am |all )?done|that'?ll be all|that will be all"
    r")(?:[\s,.;:!?]+(?:gracias|thanks|thank you))?[\s,.;:!?]*$"
)


# Cheap pre-check on the raw turn: the last word of every closing phrase.
_CLOSING_LAST_WORD = re.compile(
    r"(?:todo|m[a\u00e1]s|est[a\u00e1]|estuvo|qued[o\u00f3]|ya|listo|it|all|everything|plate|thing|number|"
    r"address|email|one|done|gracias|thanks|you)\W*$",
    re.IGNORECASE,
)
_CLOSING_SPAN = 60  # the longest closing phrase with its punctuation, in characters


def closing_phrase(text: str) -> tuple[bool, str]:
    """(whether the turn is or ends with a closing phrase, the turn before that phrase - cleaned if it is)."""
    if not isinstance(text, str) or not _CLOSING_LAST_WORD.search(text[-_CLOSING_SPAN:]):
        return False, text if isinstance(text, str) else ""
    cleaned = clean(text)
    offset = max(0, len(cleaned) - _CLOSING_SPAN)
    m = _CLOSING_TAIL.search(fold_aligned(cleaned[offset:]))
    if m is None or (m.start() == 0 and offset and cleaned[offset - 1].isalnum()):
        return False, text
    return True, cleaned[: offset + m.start()].rstrip(" ,.;:!?-")


class Accumulator:
    """Builds one slot value over several turns. `feed` never raises."""

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        self.slot_type = slot_type
        self.locale = locale
        self.lang: Lang = lang_of(locale)
        self.options: Mapping[str, Any] = dict(options or {})
        self.value: Any | None = None
        self.complete: bool = False
        # The caller's turn the value came from (set by accumulators whose read-back follows how the
        # value was said: a time said on the 24-hour dial is read back on it).
        self.said: str | None = None

    # Built piece by piece: a closing phrase is cut off before the turn is read.
    _piecewise = False

    def feed(self, text: str) -> FeedResult:
        closing = False
        try:
            raw = text if isinstance(text, str) else ""
            closing, before = closing_phrase(raw)
            if closing and self._piecewise:
                status: Status = self._feed(before) if before else "nothing"
            else:
                status = self._feed(raw)
        except Exception:  # a turn that cannot be understood must not end the call
            log.exception("%s accumulator failed on %r", self.slot_type, str(text)[:200])
            status = "nothing"
        return FeedResult(status, self.value if self.complete else None, self.so_far(), closing)

    def finish(self) -> Any | None:
        """The value when what was collected satisfies the slot, else None (the caller said "es todo")."""
        return self.value if self.complete else None

    def so_far(self) -> str:
        """What has been collected, readable in the locale (for a partial read-back)."""
        return ""

    def reset(self) -> None:
        self.value = None
        self.complete = False
        self.said = None

    def edit(self, text: str) -> bool:
        """Apply only a correction of one character ("en vez de la P es la T", "va sin la n") to what was
        collected; True when the value changed. Nothing else in the turn is added."""
        return False

    def _feed(self, text: str) -> Status:
        raise NotImplementedError

    def _commands(self, folded: str) -> tuple[str, str]:
        """("reset" | "drop" | "", the rest of the turn once the command is removed)."""
        m = _RESET[self.lang].search(folded)
        if m:
            return "reset", (folded[: m.start()] + " " + folded[m.end() :]).strip()
        m = _DROP_LAST[self.lang].search(folded)
        if m:
            return "drop", (folded[: m.start()] + " " + folded[m.end() :]).strip()
        return "", folded


class SimpleAccumulator(Accumulator):
    """Complete on the first valid extraction; a later valid turn replaces the value."""

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None,
                 extract: Callable[[str, str, Mapping[str, Any] | None], Any | None],
                 readback: Callable[[Any], str]) -> None:
        super().__init__(slot_type, locale, options)
        self._extract = extract
        self._readback = readback

    def _feed(self, text: str) -> Status:
        value = self._extract(text, self.locale, self.options)
        if value is None:
            command, _ = self._commands(fold(text))
            if command and self.value is not None:
                self.reset()
                return "corrected"
            return "nothing"
        previous = self.value
        self.value, self.complete, self.said = value, True, text
        return "corrected" if previous is not None and previous != value else "complete"

    def so_far(self) -> str:
        return self._readback(self.value) if self.value is not None else ""


class IntegerAccumulator(Accumulator):
    """Digits may come over several turns ("cuatro" ... "dos") until options' pattern/min/max hold."""

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self.digits = ""
        self._pieces: list[int] = []

    def reset(self) -> None:
        super().reset()
        self.digits = ""
        self._pieces = []

    def _viable(self, digits: str) -> bool:
        """Whether `digits`, or digits with more appended, can still satisfy pattern/min/max."""
        if len(digits) > 30:
            return False
        pattern = self.options.get("pattern")
        compiled = compile_pattern(str(pattern)) if pattern else None
        if pattern and (compiled is None or not compiled.fullmatch(digits, partial=True)):
            return False
        try:
            lo = self.options.get("min")
            hi = self.options.get("max")
            lo_v = int(lo) if lo is not None else None
            hi_v = int(hi) if hi is not None else None
        except (TypeError, ValueError):
            return False
        if hi_v is None:
            return True  # appending digits reaches any minimum
        value = int(digits.lstrip("0") or "0")
        if value > hi_v:
            return False
        # some extension value*10^k ... value*10^k + 10^k - 1 must meet [min, max]
        lowest = lo_v if lo_v is not None else 0
        scale = 1
        for _ in range(len(str(max(hi_v, 0))) + 1):
            first, last = value * scale, value * scale + scale - 1
            if first > hi_v:
                return False
            if last >= lowest:
                return True
            scale *= 10
        return False

    def _feed(self, text: str) -> Status:
        command, rest = self._commands(fold(text))
        corrected = False
        if command == "reset" or (command == "drop" and len(self._pieces) <= 1):
            corrected = bool(self.digits)
            self.reset()
        elif command == "drop":
            self.digits = self.digits[: -self._pieces.pop()]
            self.value, self.complete = None, False
            corrected = True
        new = digits_in(rest if command else text, self.locale)
        if not new:
            return "corrected" if corrected else "nothing"
        previous = self.value
        joined = self.digits + new
        if not self.complete and self.digits and (normalise_digits(joined, self.options) or self._viable(joined)):
            self.digits = joined
            self._pieces.append(len(new))
        elif normalise_digits(new, self.options) or self._viable(new):
            corrected = corrected or bool(self.digits)
            self.digits, self._pieces = new, [len(new)]
        else:
            # "siete" for a 1-6 answer: no digits added later can make it valid; the state is kept
            return "corrected" if corrected else "nothing"
        self.value = normalise_digits(self.digits, self.options)
        self.complete = self.value is not None
        if corrected or (previous is not None and previous != self.value):
            return "corrected"
        return "complete" if self.complete else "partial"

    def so_far(self) -> str:
        return " ".join(self.digits)


class PlateAccumulator(Accumulator):
    """Letters and digits dictated over turns, fitted to the slot pattern."""

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self.pattern: regex.Pattern[str] | None = pattern_of(self.options)
        self.chars: list[str] = []
        self._turns: list[int] = []  # how many chars each turn added, for "borra eso"
        self._letters_first = False  # digits kept after "las letras están mal": new letters go before them
        self._wrong: str | None = None  # the one character the caller said is wrong, awaiting the right one
        # What the caller said is right ("las letras no están bien, los números sí"): a start-over keeps it.
        self._confirmed: tuple[tuple[str, ...], bool] | None = None
        self.started_over = False  # the last turn clearly began the value again ("A C A" + "D": A D)

    def reset(self) -> None:
        super().reset()
        self.chars = []
        self._turns = []
        self._letters_first = False
        self._wrong = None
        self._confirmed = None
        self.started_over = False

    def confirmed_part(self) -> tuple[tuple[str, ...], bool] | None:
        """The characters the caller confirmed while this value was dictated, and whether the rest goes
        before them; None when the caller confirmed none."""
        return self._confirmed

    def keep_confirmed(self, part: tuple[tuple[str, ...], bool] | None) -> None:
        """Start the value over from what the caller confirmed (see `confirmed_part`)."""
        if not part or self.chars:
            return
        chars, letters_first = part
        self.chars, self._turns = list(chars), [len(chars)]
        self._letters_first, self._confirmed = letters_first, part
        self._refresh()

    def mark_wrong(self, text: str) -> bool:
        """Note the one character a turn says is wrong ("la única letra que está mal es la P"), so that the
        right one said next ("sería la letra T") replaces it; True when there was such a character."""
        m = _WRONG_ONE[self.lang].search(fold(text)) if isinstance(text, str) else None
        said = next((g for g in m.groupdict().values() if g), None) if m else None
        old = extract_char(said, self.locale) if said else None
        self._wrong = old if old is not None and old in self.chars else None
        return self._wrong is not None

    def so_far(self) -> str:
        return " ".join(c for c in self.chars if c != "-")

    def _pieces_of(self, chars: list[str]) -> list[Piece]:
        return [Piece(c, "dash" if c == "-" else "digit" if c.isdigit() else "letter") for c in chars]

    def _refresh(self) -> None:
        fitted = fit(self._pieces_of(self.chars), self.pattern, dashes=True) if self.pattern and self.chars else None
        self.value, self.complete = fitted, fitted is not None
        if self.complete and not _letters_can_follow(self.chars, self.pattern):
            self._letters_first = False

    def _feed(self, text: str) -> Status:
        if self.pattern is None:
            return "nothing"
        folded = fold(text)
        command, rest = self._commands(folded)
        corrected = False
        if command == "reset":
            corrected = bool(self.chars)
            self.reset()
        elif command == "drop" and self._turns:
            del self.chars[len(self.chars) - self._turns.pop() :]
            corrected = True
        if command:
            folded = rest
        edit = self._edit(folded)
        if edit is not None:
            self._refresh()
            if edit == "appended" and not corrected:
                return "complete" if self.complete else "partial"
            return "corrected" if edit != "failed" or corrected else "nothing"
        added = self._add(folded)
        self._refresh()
        if added == "restart":
            return "corrected"
        if corrected:
            return "corrected"
        if not added:
            return "nothing"
        return "complete" if self.complete else "partial"

    def _edit(self, folded: str) -> Literal["edited", "appended", "failed"] | None:
        """Apply "en vez de X es Y" / "la última es Y"; None when the turn is not such an edit."""
        then = _THEN_ONE[self.lang].search(folded.strip()) if self._wrong is not None else None
        new_char = extract_char(then.group("new"), self.locale) if then else None
        if new_char is not None and self._wrong in self.chars and new_char != self._wrong:
            self.chars[len(self.chars) - 1 - self.chars[::-1].index(self._wrong)] = new_char
            self._wrong = None
            return "edited"
        kind = _WRONG_KIND[self.lang].search(folded)
        if kind and self.chars:
            letters = kind.group("kind") in ("letras", "letters")
            kept = [c for c in self.chars if c != "-" and c.isalpha() != letters]
            if not kept or len(kept) == len([c for c in self.chars if c != "-"]):
                return "failed"
            self.chars, self._turns = kept, [len(kept)]
            self._letters_first = letters  # the letters said next go before the digits that were kept
            self._confirmed = (tuple(kept), letters)
            return "edited"
        m = _POSITION[self.lang].search(folded)
        if m:
            new = extract_char(m.group("new"), self.locale)
            what = m.group("what") or ""
            idx = [i for i, c in enumerate(self.chars) if c != "-" and (
                not what or what == "one" or what == "character"
                or (c.isdigit() if what in ("numero", "digito", "number", "digit") else c.isalpha()))]
            pos = _ORDINALS[m.group("pos")]
            if new is not None and pos == len(idx) and not what:
                self.chars.append(new)  # "la primera es la A" before anything was said: just the next one
                self._turns.append(1)
                return "appended"
            if new is None or not idx or not -len(idx) <= pos < len(idx):
                return "failed"
            self.chars[idx[pos]] = new
            return "edited"
        failed = False
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            if not m:
                continue
            old = extract_char(m.group("old"), self.locale)
            new = extract_char(m.group("new"), self.locale)
            if old is None or new is None or old not in self.chars:
                failed = True  # another wording may still read it ("sería la T en vez de la D")
                continue
            at = len(self.chars) - 1 - self.chars[::-1].index(old)
            self.chars[at] = new
            return "edited"
        if failed:
            return "failed"
        for rx in _REMOVE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            if old is None:
                continue
            if old not in self.chars:
                return "failed"
            del self.chars[len(self.chars) - 1 - self.chars[::-1].index(old)]
            return "edited"
        inserted = _insertion(folded, self.locale, [c for c in self.chars if c != "-"], words=False) \
            if self.chars else None
        if inserted is not None:
            self.chars = inserted
            return "edited"
        return None

    def edit(self, text: str) -> bool:
        if self.pattern is None or not isinstance(text, str):
            return False
        before, turns = list(self.chars), list(self._turns)
        try:
            done = self._edit(fold(text)) == "edited"
        except Exception:  # a correction that cannot be read leaves the value as it was
            done = False
        if not done or self.chars == before:
            self.chars, self._turns = before, turns
            return False
        self._turns = [len(self.chars)]
        self._refresh()
        return True

    def _add(self, folded: str) -> bool | str:
        assert self.pattern is not None
        self.started_over = False
        parsed = plate_pieces(folded, self.lang)
        pieces = parsed.pieces
        if not pieces or (parsed.noise and not any(p.strong for p in pieces)):
            return False
        existing = self._pieces_of(self.chars)
        options = [c for c in candidates(pieces) if c]
        options += [swapped for c in options if (swapped := _o_as_zero(c)) != c]
        if self._letters_first and any(c.isdigit() for c in self.chars):
            lead = [c for c in self.chars if c.isalpha()]
            rest = [c for c in self.chars if not c.isalpha()]
            for cand in options:
                new = [p.chars for p in cand if p.kind == "letter"]
                if len(new) != len(cand):
                    continue
                letters = [*lead, *"".join(new)]
                if fit(self._pieces_of([*letters, *rest]), self.pattern, dashes=True) \
                        or fit(self._pieces_of(letters), self.pattern, partial=True, dashes=True):
                    self.chars = [*letters, *rest]
                    self._turns.append(len("".join(new)))
                    return True
        whole = best_fit(pieces, self.pattern)
        if whole and self.chars:
            # the caller said the whole plate again: take it as the new value
            self.chars = [c for c in whole if c != " "]
            self._turns = [len(self.chars)]
            return "restart"
        for cand in options:
            if fit([*existing, *cand], self.pattern, partial=True, dashes=True):
                return self._append(cand)
        again = self._begun_again(options)
        if again is not None:
            self.chars, self._turns, self.started_over = again, [len(again)], True
            return True
        if self.chars:
            for cand in options:
                if fit(list(cand), self.pattern, partial=True, dashes=True):
                    self.chars, self._turns = [], []
                    self._append(cand)
                    return "restart"  # what came before cannot be completed: a new plate started
        strong = [p for p in pieces if p.strong and p.kind != "dash"]
        # "Ecueta M 4739": a garbled word next to a letter and the digits; keep what was heard of it
        plate_shaped = any(p.kind == "letter" for p in strong) and any(p.kind == "digit" and len(p.chars) >= 3
                                                                        for p in strong)
        if (not parsed.noise or plate_shaped) and len(strong) >= 2 \
                and all(p.strong or p.kind == "dash" for p in pieces):
            # "tres cuatro ele eme cinco" for an LLL-DDDD slot: never reordered or trimmed to fit. Kept as
            # said, so the read-back shows the caller what was heard and a correction can start from it.
            restart = bool(self.chars)
            self.chars, self._turns = [], []
            self._append(tuple(pieces))
            return "restart" if restart else True
        return False

    def _begun_again(self, options: list[tuple[Piece, ...]]) -> list[str] | None:
        """Letters that do not fit after the letters taken, when the caller has clearly begun the value
        again: the new letter is the value's first one ("J T K", then "J"), or a letter taken after the
        first repeats it ("A C A", then "D": the second A began the re-dictation, so "A D")."""
        if not self.chars or not all(c.isalpha() for c in self.chars):
            return None
        first = self.chars[0]
        for cand in options:
            new = [c for p in cand if p.kind == "letter" for c in p.chars]
            if not new or len(new) != sum(len(p.chars) for p in cand):
                continue
            if new[0] == first:
                start: list[str] = []
            else:
                repeats = [i for i in range(1, len(self.chars)) if self.chars[i] == first]
                if not repeats:
                    continue
                start = self.chars[repeats[-1] :]
            again = [*start, *new]
            if again == self.chars[: len(again)]:
                continue  # the same letters said again: a restatement, not a new start
            if fit(self._pieces_of(again), self.pattern, partial=True, dashes=True):
                return again
        return None

    def _append(self, cand: tuple[Piece, ...]) -> bool:
        new = [c for p in cand for c in (p.chars if p.kind != "dash" else "-")]
        if not new:
            return False
        self.chars.extend(new)
        self._turns.append(len(new))
        return True


def _letters_can_follow(chars: list[str], pattern: regex.Pattern[str] | None) -> bool:
    """Whether one more letter before the digits would still fit (DZ-4739 may still become DZM-4739)."""
    if pattern is None:
        return False
    letters = [c for c in chars if c.isalpha()]
    rest = [c for c in chars if not c.isalpha()]
    trial = [*letters, "A", *rest]
    pieces = [Piece(c, "dash" if c == "-" else "digit" if c.isdigit() else "letter") for c in trial]
    return fit(pieces, pattern, dashes=True) is not None


def _o_as_zero(cand: tuple[Piece, ...]) -> tuple[Piece, ...]:
    # "oh" on its own turn: the letter O, unless only the digit fits where the plate has got to
    return tuple(Piece("0", "digit") if p.chars == "O" else p for p in cand)


def _talk(tokens: list[str], lang: Lang, least: int = 2) -> bool:
    """Words that are a sentence about the address, not part of it ("antes de la arroba está bien")."""
    return sum(1 for t in tokens if len(t) > 1 and t in COMMON_WORDS[lang]) >= least


MAX_LOCAL = 64
MAX_ADDRESS = 254


class EmailAccumulator(Accumulator):
    """An address dictated over turns: local part, "arroba", domain, endings, in any split."""

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self._turns: list[list[str]] = []

    def reset(self) -> None:
        super().reset()
        self._turns = []

    @property
    def _tokens(self) -> list[str]:
        return [t for turn in self._turns for t in turn]

    def so_far(self) -> str:
        local, domain = assemble(self._tokens, self.lang)
        partial = local + ("@" + domain if domain is not None else "")
        return email_readback(partial, self.lang, spell=True)

    def edit(self, text: str) -> bool:
        if not isinstance(text, str):
            return False
        try:
            return self._edit_address(fold(text))
        except Exception:  # a correction that cannot be read leaves the value as it was
            return False

    def _edit_address(self, folded: str) -> bool:
        """Replace or remove one character of the local part ("solo que no va la b de burro")."""
        local, domain = assemble(self._tokens, self.lang)
        if not local:
            return False
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            new = extract_char(m.group("new"), self.locale) if m else None
            if old and new and old.lower() in local:
                at = local.rindex(old.lower())
                return self._rebuild(local[:at] + new.lower() + local[at + 1 :], domain)
        for rx in _REMOVE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            if old and old.lower() in local:
                at = local.rindex(old.lower())
                return self._rebuild(local[:at] + local[at + 1 :], domain)
        inserted = _insertion(folded, self.locale, list(local), words=True)
        if inserted is not None:
            return self._rebuild("".join(inserted), domain)
        return False

    def _rebuild(self, local: str, domain: str | None) -> bool:
        if not local:
            return False
        tokens = list(local)
        if domain is not None:
            tokens += ["@", *re.findall(r"[a-z0-9]+|[.\-]", domain)]
        self._turns = [tokens]
        self.value = address_from_tokens(self._tokens, self.lang)
        self.complete = self.value is not None
        return True

    def _feed(self, text: str) -> Status:
        command, rest = self._commands(fold(text))
        corrected = False
        if command == "reset":
            corrected = bool(self._turns)
            self.reset()
        elif command == "drop" and self._turns:
            self._turns.pop()
            corrected = True
        elif self._turns and self._edit_address(fold(text)):
            return "corrected"
        tokens = email_tokens(rest if command else text, self.lang)
        if "@" in tokens:
            at = tokens.index("@")
            if _talk(tokens[at + 1 :], self.lang):
                return "corrected" if corrected else "nothing"  # "antes de la arroba, solo que ...": talk
            local = strip_lead_in(tokens[:at])
            if _talk(local, self.lang):
                local = []  # "y lo que sigue después es arroba gmail punto com": only the domain is new
            if local and self._turns:
                self._turns = []  # a whole new address
                corrected = True
            elif not local and "@" in self._tokens:
                cut = self._tokens.index("@")  # "arroba hotmail punto com": the domain again
                self._turns = [self._tokens[:cut]]
                corrected = True
            tokens = [*local, *tokens[tokens.index("@") :]]
        else:
            tokens = strip_lead_in(tokens)
            question = "?" in text and len(tokens) >= 2 and _talk(tokens, self.lang, 1)
            # "no está mal", "todo lo demás": everyday words only, a remark about the address
            question = question or (len(tokens) >= 2 and _talk(tokens, self.lang, len(tokens)))
            if _CLOSING.fullmatch(" ".join(tokens)) or _talk(tokens, self.lang, 3) or question:
                # "es todo"; "todo lo demás está bien", "¿por qué entiendes?": talk, not part of the address
                tokens = []
        previous = self.value
        if tokens:
            local, domain = assemble([*self._tokens, *tokens], self.lang)
            if len(local) > MAX_LOCAL or len(local) + len(domain or "") + 1 > MAX_ADDRESS:
                # An address has a maximum length (RFC 5321): a turn that would pass it adds nothing.
                return "corrected" if corrected else "nothing"
            self._turns.append(tokens)
        self.value = address_from_tokens(self._tokens, self.lang) if self._tokens else None
        self.complete = self.value is not None
        if corrected or (previous is not None and previous != self.value and not tokens):
            return "corrected"
        if not tokens:
            return "nothing"
        return "complete" if self.complete else "partial"
