r"""Accumulators: build a slot value turn by turn, with corrections.

Every slot type gets one from `new_accumulator`. Plates and e-mails are built piecewise; integers
append digits across turns while a pattern/min/max is not yet satisfied; the other types complete on
their first valid extraction (a later valid turn replaces the value).

Commands a caller may use mid-dictation (Spanish / English), applied before the rest of the turn:
- start over: "otra vez", "de nuevo", "desde el principio", "borra todo" / "start over", "from the top"
  -> everything collected so far is discarded;
- drop the last piece: "borra eso", "bórralo", "quita eso" / "scratch that", "delete that", "undo"
  -> what the previous turn added is removed;
- replace (plates): "en vez de la L es F", "no es L es F", "cambia la L por F", "cámbiale el 7 por un 1" /
  "instead of L, F", "swap the 3 for a 5", "make the B a D"
  -> the last L becomes F;
- by position (plates): "la última es 7", "la primera letra es B" / "the last one is 7" -> that
  character is replaced (a letter said for "la última" of a plate is its last letter, a digit its last
  digit);
- by neighbour: "la que va después de la ge es i griega" / "the one after the G is Y" -> that character
  is replaced.
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

import copy
import logging
import re
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .failures import log_failure
from .letters import (
    LETTER_COUNTS,
    LETTER_QUALIFIERS,
    LETTER_WORDS,
    TAKE_BACK_WORD,
    plural_letter,
    said_before_take_back,
    same_sound,
)
from .lexicon import NUEVO_PLACES, SPELLING_WORDS
from .normalize import Lang, clean, fold, fold_aligned, lang_of
from .numbers import is_number_word
from .plates import extract_char, plate_pieces

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
        # "de nuevo", not "ene de Nuevo León" (a place the letter is spelled with)
        rf"\b(?:otra vez|de nuevo(?! (?:{NUEVO_PLACES})\b)|desde el principio|desde el inicio|"
        r"borra(?:lo)? todo|empiezo de nuevo|"
        r"empecemos de nuevo|volvamos a empezar|vuelvo a empezar|empezamos de nuevo|empezar de nuevo|"
        # "está todo revuelto": what was collected is beyond fixing, the caller says it again
        r"(?:esta|estan|quedo|quedaron) todo revuelto|(?:esta|quedo) (?:todo )?revuelto|desde cero)\b"
    ),
    "en": re.compile(
        r"\b(?:start over|start again|from the top|from the beginning|all over again|delete everything|"
        r"clear everything|erase everything|(?:its|it is|thats|that is|you got it) all mixed up|from scratch)\b"
    ),
}
# "otra vez ene", "de nuevo la ge", "g again": a start-over phrase said with one character the value already
# holds after its first is that character once more ("E N" - "otra vez ene": E N N; "i, ge, a, doble ele, e,
# otra vez ge"), not the value begun again from it. Each piecewise type reads the character (`_once_more`).
_AGAIN_ONE = re.compile(r"\b(?:otra vez|de nuevo|again)\b")
# "Te lo repito: 452", "let me say that again, 452", "one more time, A B C": the caller announces the value said
# again. The announcement is no part of the value ("one" is no digit of it, "repito" no word of a name); what
# follows is read as if said alone. Only at the turn's start (after a "no", "pues", "okay"), and only with more
# after it. "Otra vez" / "de nuevo" / "again" alone are the start-over command (`_RESET`), not this.
_SAID_AGAIN_LEAD: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"^(?P<lead>(?:(?:no|pues|bueno|ok|okay|oiga|oye|mire|mira|a ver|este)\W+)*)"
        r"(?:(?:(?:ya|pues|otra vez|de nuevo) )?(?:(?:te|se|le|les) )?(?:lo )?(?:repito|vuelvo a repetir|"
        r"vuelvo a decir|digo otra vez|digo de nuevo|repito otra vez|repito de nuevo)"
        r"|(?:te|se|le) lo (?:vuelvo a (?:decir|repetir|dar)|digo (?:otra vez|de nuevo)|repito)"
        r"|(?:otra vez|de nuevo) (?:te|se|le) (?:lo )?(?:digo|doy|repito)"
        r"|como (?:te|se|le) (?:lo )?(?:dije|decia|comente)(?: antes)?)"
        r"(?:\W+(?:otra vez|de nuevo))?[\s,.:;!-]+(?=\w)"
    ),
    "en": re.compile(
        r"^(?P<lead>(?:(?:no|well|so|ok|okay|like)\W+)*)"
        r"(?:let me (?:say|repeat|give you) (?:that|it|them)(?: again| one more time)?|let me repeat"
        r"|i'?ll (?:say|repeat|give you) (?:that|it|them)(?: again| one more time)?|i'?ll repeat"
        r"|i will (?:say|repeat|give you) (?:that|it|them)(?: again| one more time)?|i will repeat"
        r"|(?:like|as) i said(?: before)?|one more time|once more|once again|i repeat|repeating"
        r"|here it is again|again it'?s|again it is|again)"
        r"[\s,.:;!-]+(?=\w)"
    ),
}


def without_said_again(text: str, locale: str) -> str:
    """The turn without the caller's announcement that the value is said again ("te lo repito: 452" -> "452",
    "no, let me say that again, A B C" -> "no, A B C"); the turn itself when it has none."""
    if not isinstance(text, str) or len(text) < 8:
        return text if isinstance(text, str) else ""
    lang = lang_of(locale)
    cleaned = clean(text)
    aligned = fold_aligned(cleaned)  # one for one with the caller's words: the value keeps its case and accents
    if not _SAID_AGAIN_CHEAP[lang].search(aligned):
        return text
    m = _SAID_AGAIN_LEAD[lang].match(aligned)
    if m is None:
        return text
    return f"{cleaned[:m.end('lead')]}{cleaned[m.end():]}".strip()


# Cheap pre-check: a word every announcement has.
_SAID_AGAIN_CHEAP: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:repit|vuelvo|digo|dije|decia|comente|doy)"),
    "en": re.compile(r"\b(?:again|repeat|more|said)"),
}

_DROP_LAST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:borra(?:lo)?(?: eso| la ultima| el ultimo)?|quita(?:lo)?(?: eso)?|eso no va)\b"),
    "en": re.compile(r"\b(?:scratch that|delete that|undo|remove that|erase that|take that out)\b"),
}
_ORDINALS: dict[str, int] = {
    "primera": 0, "primero": 0, "primer": 0, "segunda": 1, "segundo": 1, "tercera": 2, "tercero": 2, "tercer": 2,
    "cuarta": 3,
    "cuarto": 3, "quinta": 4, "quinto": 4, "sexta": 5, "sexto": 5, "septima": 6, "septimo": 6,
    "octava": 7, "octavo": 7, "ultima": -1, "ultimo": -1, "penultima": -2, "penultimo": -2,
    "antepenultima": -3, "antepenultimo": -3,
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
    "eighth": 7, "last": -1, "final": -1,
    "second to last": -2, "next to last": -2, "second last": -2, "last but one": -2, "one before last": -2,
    "one before the last": -2, "penultimate": -2, "third to last": -3, "third last": -3,
}
# A place counted from the end, said in more than one word ("the second to last", "the one before last"): each
# said before the word it starts with ("second", "last") can take the place alone - "the second to last is a 2"
# is the next to last character, never the last.
_FROM_THE_END: dict[Lang, str] = {
    "es": r"antepenultima|antepenultimo|penultima|penultimo",
    "en": (r"second to last|next to last|second last|last but one|one before (?:the )?last|penultimate"
           r"|third to last|third last"),
}
_POSITION: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:la|el) (?P<pos>primera|primero|primer|segunda|segundo|tercera|tercero|tercer|cuarta|cuarto|quinta|"
        r"quinto|"
        rf"sexta|sexto|septima|septimo|octava|octavo|{_FROM_THE_END['es']}|ultima|ultimo|de en medio|del medio|"
        r"de enmedio)"
        # "la primera no es efe, es ese"; "la primera no, es ese" / "la primera está mal, es ese": the place
        # said to be wrong, then what goes there (the comma after "no": "la última no es zeta" says Z is not it)
        # ("el último número en realidad es nueve": in fact, what it is said to be)
        r"(?: (?P<what>letra|numero|digito))?,? (?:(?:en realidad|de hecho|la neta) )?"
        r"(?:es|era|va|seria|debe ser|no es (?:la |el )?\S+(?: de \S+)?,? es|"
        r"(?:no ?,|(?:esta mal|no esta bien|no va) ?,?) (?:es|va|seria|debe ser)) "
        r"(?P<new>[^,;]+)(?:[,;].*)?$"
    ),
    "en": re.compile(
        # ("first one's a B", "last letter's an L": the article left out, the "is" run into the word before)
        rf"\b(?:the )?(?P<pos>{_FROM_THE_END['en']}|first|second|third|fourth|fifth|sixth|seventh|eighth|last|final"
        r"|middle)"
        # ("first one's x y z 9 8 7 6" of a driver pulling two trailers is the first one's whole plate: the run-in
        # "is" takes one character only)
        # ("the final number's actually a nine": in fact, what it is said to be)
        r"(?: (?P<what>letter|number|digit|one|character))?(?:s (?:actually )?(?=(?:an? )?\S+(?: as in \S+)?"
        r"(?:[,;].*)?$)|,? "
        r"(?:(?:no ?,|(?:is wrong|isnt right|is not right) ?,?) (?:its|it is|should be)(?: an?)?|"
        # ("the last one is not a zero" says what it is not: `_NOT_AT`)
        r"is(?! not\b)|was(?! not\b)|should be|its|(?:is not|isnt) (?:an? |the )?\S+(?: as in \S+)?,? (?:its|it is))"
        r" (?:actually )?)"
        r"(?P<new>[^,;]+)(?:[,;].*)?$"
    ),
}
_MIDDLE = frozenset({"de en medio", "del medio", "de enmedio", "middle"})


def of_kind(pos: str, what: str, new: str | None, chars: list[str] | None = None) -> str:
    """What kind of character a position counts among: the one named ("la segunda letra"), or for "la de en
    medio" the kind of the character said for it (the middle letter when a letter is said). Given the
    characters of a value that holds letters and digits in blocks (a plate: `chars`), "la última es ce"
    counts among the letters and "la primera es cinco" among the digits, as a listener hears it: a letter
    said for "la última" of N B C 3 1 7 is the last letter, never the 7."""
    if (what and what != "one") or not new:  # "the last one" names no kind
        return what
    if pos in _MIDDLE:
        return "digito" if new.isdigit() else "letra"
    if chars and any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars):
        return "digito" if new.isdigit() else "letra"
    return what


def ordinal(pos: str, count: int) -> int | None:
    """Which of `count` characters "la tercera", "la última", "la de en medio" names (an index that may be
    negative), or None: there is no middle one of an even number."""
    if pos in _MIDDLE:
        return count // 2 if count % 2 else None
    return _ORDINALS.get(pos)


# "la letra P", "el número 4", "la P": how a caller names one character of the value.
_CHAR = r"(?:(?:la |el )?(?:letra |numero |digito |letter |number |digit )?)"
# One character as said, with what makes it clear: "ve de vaca", "be grande", "i latina".
_SAID_CHAR = rf"\S+(?: de \S+| (?:{LETTER_QUALIFIERS}))?"
# A letter named by a word for it ("de", "jota", "dee", "delta"), or a lone letter or digit: the one a correction
# names first ("la de es te") where "la placa es ...", "the plate is x" name no letter.
_LETTER_NAMED = rf"(?:{'|'.join(sorted(LETTER_WORDS, key=len, reverse=True))}|[a-z0-9])"
# ... or a digit by its word ("no, el tres es ocho", "the seven should be a one"): the one of the value said to be
# another, never a count ("el último es tres" names no one)
_ONE_NAMED = (r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight"
              rf"|nine|{_LETTER_NAMED})")
# The one a caller rules out named by its key word alone ("es be de burro, no de vaca": V) - only a word everyone
# spells with: "no es de gmail, es de hotmail", "es de Hotmail, no de Gmail" name a mail provider, no letter.
_KEY_WORD_ALONE = rf"de (?:{'|'.join(sorted(SPELLING_WORDS['es'], key=len, reverse=True))})\b"
_KEY_WORD_ALONE_RE = re.compile(_KEY_WORD_ALONE)
# The one meant said by its key word alone too ("es de Chihuahua", "de burro"): the turn may be talk of places
_BARE_KEY_WORD = re.compile(r"(?:es )?de \S+?,?")


def replaced(m: re.Match[str], locale: str) -> tuple[str | None, str | None]:
    """The character ruled out and the one meant in a `_REPLACE` match. With both named by their key words
    alone, only letters a caller sets apart so ("no es de vaca, es de burro": V, B) are read: "no es de
    Durango, es de Chihuahua", "es de Jalisco, no de Sinaloa" say where the plates are from (None, None)."""
    old, new = extract_char(m.group("old"), locale), extract_char(m.group("new"), locale)
    if old is not None and new is not None and _KEY_WORD_ALONE_RE.fullmatch(m.group("old")) \
            and _BARE_KEY_WORD.fullmatch(m.group("new").strip()) and not same_sound(old, new):
        return None, None
    return old, new


# A digit said bare at the start of a turn: "dos, no tres" amid digits takes the first back (see `integers`).
_DIGIT_WORD = {
    "es": r"(?:\d|cero|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b",
    "en": r"(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten)\b",
}
# A place said NOT to hold a character, and nothing said of what it holds ("no, la primera no es be", "the
# last one isn't an S"): a remark on the value read back. Compared with it: where that place already holds
# another character, the caller answered a mishearing of theirs (the value is read back again); where it
# holds that one, the value is turned down. The clause ends there ("la primera no es efe, es ese" is a
# `_POSITION` correction).
_NOT_AT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:la|el) (?P<pos>primera|primero|primer|segunda|segundo|tercera|tercero|tercer|cuarta|cuarto|quinta|"
        rf"quinto|sexta|sexto|septima|septimo|octava|octavo|{_FROM_THE_END['es']}|ultima|ultimo)"
        r"(?: (?P<what>letra|numero|digito))? no (?:es|era|va) (?:con )?(?:la |el |una |un )?(?:letra |numero )?"
        rf"(?P<old>{_SAID_CHAR})(?=\s*(?:$|[.!?;]))"
    ),
    "en": re.compile(
        rf"\bthe (?P<pos>{_FROM_THE_END['en']}|first|second|third|fourth|fifth|sixth|seventh|eighth|last)"
        r"(?: (?P<what>letter|number|digit|one|character))? (?:is not|isnt|was not|wasnt|aint) "
        r"(?:an? |the )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?)(?=\s*(?:$|[.!?;]))"
    ),
}
# Which of a character the value holds more than once a correction means ("la segunda a es e", "the last a is an
# e"): its place among those.
_NTH: dict[Lang, str] = {
    "es": rf"{_FROM_THE_END['es']}|primera|primero|primer|segunda|segundo|tercera|tercero|tercer|ultima|ultimo",
    "en": rf"{_FROM_THE_END['en']}|first|second|third|last",
}


def nth_of(m: re.Match[str], chars: Sequence[str], old: str) -> int | None:
    """Where in `chars` the `old` a `_REPLACE` match names is, when it names which of them ("la segunda a", "the
    last a"): that one's index, or -1 when the value has no such one; None when it names none."""
    nth = m.groupdict().get("nth")
    if nth is None:
        return None
    at = [i for i, c in enumerate(chars) if c == old]
    k = _ORDINALS[nth]
    return at[k] if -len(at) <= k < len(at) else -1


_REPLACE: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(rf"\b(?:en|el|un) ?(?:vez|ves|lugar) del? {_CHAR}(?P<old>\S+(?: de \S+)?),? "
                   rf"(?:es|va|pon|ponle|seria|debe ser|deberia ser)?,? ?{_CHAR}(?P<new>.+)$"),
        re.compile(rf"\b{_CHAR}(?P<old>\S+(?: de \S+)?) (?:que )?(?:esta mal|no va|no es),? "
                   rf"(?:es|va|seria|debe ser|deberia ser) {_CHAR}(?P<new>.+)$"),
        # ("no, no, la E en vez de la de": said bare at the start of a clause too)
        re.compile(rf"(?:\b(?:es|va|seria|debe ser|deberia ser) |(?:^|[,.;]\s*|\b(?:no|si|pero)\W+)(?:la |el )?)"
                   rf"{_CHAR}(?P<new>\S+(?: de \S+)?),? en (?:vez|lugar) del? {_CHAR}(?P<old>\S+(?: de \S+)?)$"),
        re.compile(r"\b(?:cambia|cambiale|cambie|cambiele|reemplaza|reemplazale|reemplace|reemplacele) "
                   r"(?:la |el )?(?P<old>\S+(?: de \S+)?) (?:por|con) (?:la |el |un |una )?(?P<new>.+)$"),
        re.compile(rf"\bno es (?:la |el )?(?P<old>{_KEY_WORD_ALONE}|\S+(?: de \S+)?),? es (?:la |el )?(?P<new>.+)$"),
        # "sí, pero la de es te", "no, la be de burro es ve de vaca", "la jota es i": the one the value has named,
        # then what it is, at the start of a clause (the letter after "la"/"el": "el último es tres" names no one);
        # "la be es be de burro, no de vaca" says how the B is said (the pattern before this one)
        # ("la segunda a es e": which of the A it means, see `nth_of`)
        re.compile(rf"(?:^|[,.;]\s*|\b(?:pero|no|si|y)\W+)(?:la|el) (?:(?P<nth>{_NTH['es']}) )?"
                   r"(?:letra |numero |digito )?"
                   rf"(?P<old>{_ONE_NAMED}(?: de \S+| (?:{LETTER_QUALIFIERS}))?) "
                   rf"(?:es|era|seria|debe ser|deberia ser|va a ser) (?:con )?{_CHAR}(?P<new>(?!.*\bno\b).+)$"),
        # "es la ene, no la eme", "es con ve de Veracruz, no con be", "es con be grande, no con ve chica", "es be
        # de burro, no de vaca" (the one it is not named by its key word alone: V), and
        # the same said bare at the start of the turn ("ese, no zeta", "con be grande, no con ve chica"): the
        # right one first, the one it is not after "no". Said bare, the one it is not ends the turn or a
        # sentence: "erre, no te oigo", "sí, es, no te apures" are talk ("te" the pronoun), no letter
        re.compile(rf"(?:\b(?:es|va|seria|lleva) |(?P<bare>^)(?:(?:no|si|pero|oiga|mire)\W+){{0,2}}"
                   rf"(?!{_DIGIT_WORD['es']}))(?:con )?{_CHAR}"
                   rf"(?P<new>{_SAID_CHAR}),? no (?:es )?(?:con )?{_CHAR}(?P<old>{_KEY_WORD_ALONE}|{_SAID_CHAR})"
                   r"(?(bare)(?=\s*(?:$|[,.;!?]))|(?=$|[ ,.;]))"),
    ),
    "en": (
        re.compile(r"\binstead of (?:an? |the )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?),? "
                   r"(?:its |it is |put |use |it should be )?(?:an? |the )?(?:letter |number )?(?P<new>.+)$"),
        re.compile(r"\b(?:change|switch|make) (?:the )?(?P<old>\S+) (?:to|into) (?:an? |the )?(?P<new>.+)$"),
        re.compile(r"\b(?:swap|replace|switch) (?:the )?(?P<old>\S+) (?:for|with) (?:an? |the )?(?P<new>.+)$"),
        re.compile(r"\bmake (?:the |that )?(?P<old>\S+) (?:an? |into an? )(?P<new>.+)$"),
        # ("no, E instead of D": said bare at the start of a clause too)
        re.compile(r"(?:\b(?:its|it is|should be|put) |(?:^|[,.;]\s*|\b(?:no|yes|yeah|but)\W+))(?:an? |the )?"
                   r"(?:letter |number )?(?P<new>\S+(?: as in \S+)?) "
                   r"instead of (?:an? |the )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?)$"),
        re.compile(r"\bnot (?:an? |the )?(?P<old>\S+),? (?:its |it is |but )(?:an? |the )?(?P<new>.+)$"),
        # "not H, G as in Charlie", "no, not a B, a D": the one ruled out first, then the one meant alone, said
        # bare at the start of a clause, the one meant ending it
        # (an article is the ruled-out one only with a comma after it: "not a zero" names a zero, "not A, B" an A)
        re.compile(r"(?:^|[,.;]\s*|\b(?:no|nope|yes|yeah|but)\W+)not (?:an? |the )?(?:letter |number )?"
                   r"(?P<old>(?:an?|the)(?=[,.;])|(?!(?:an?|the)\s)[^\s,.;]+(?: as in [^\s,.;]+)?)[,.;]? "
                   r"(?:an? |the )?(?:letter |number )?"
                   r"(?P<new>[^\s,.;]+(?: as in [^\s,.;]+)?)(?=\s*(?:$|[,.;!?]))"),
        # "yes, but the D is a T", "no, the B should be a V": the one the value has, then what it is
        re.compile(rf"(?:^|[,.;]\s*|\b(?:but|no|yes|yeah|and)\W+)the "
                   rf"(?:(?P<nth>{_NTH['en']}) (?!one\b))?(?:letter |number )?"
                   rf"(?P<old>{_ONE_NAMED}(?: as in \S+)?) "
                   r"(?:is|should be|was supposed to be|its) (?:an? |the )?(?:letter |number )?"
                   r"(?P<new>(?!.*\bnot\b).+)$"),
        # ("no, that's an o, not a zero" too)
        re.compile(r"(?:\b(?:its|it is|thats|that is|with) |(?P<bare>^)(?:(?:no|nope|yes|yeah)\W+)?"
                   rf"(?!{_DIGIT_WORD['en']}))"
                   r"(?:an? |the )?(?:letter |number )?"
                   r"(?P<new>\S+(?: as in \S+)?),? not "
                   r"(?:an? |the )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?)"
                   r"(?(bare)(?=\s*(?:$|[,.;!?]))|(?=$|[ ,.;]))"),
    ),
}


# A letter said doubled or single: "no va doble ele, nada más una" (one, not two), "lleva doble ele" (two).
# (said as wrong: one letter, not two; said as right: two). Shared by every value spelled by letters.
DOUBLE: dict[Lang, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # (said as wrong: one letter, not two; said as right: two)
    "es": (re.compile(r"\b(?:no (?:va|lleva|es|son|tiene) (?:con )?(?:doble|dos) (?P<c>[a-z]+)|(?:nada mas|solo|"
                      r"nomas|solamente) (?:va |lleva )?(?:una|un) (?:sola )?(?P<d>[a-z]+)\b(?! de)|"
                      r"(?:va|lleva) (?:una|un) sola (?P<e>[a-z]+)|"
                      r"(?:doble|dos) (?P<f>[a-z]+),? (?:nada mas|solo|nomas|solamente) (?:va |lleva )?un[ao]?\b|"
                      # "sobra una efe", "hay una efe de más": one of two is too many ("no sobra una efe", "no
                      # hay una ele de más" say both are right)
                      r"(?<!no )(?<!no le )(?:sobra|sale sobrando) (?:una|un) (?P<g>[a-z]+)|"
                      r"(?<!no hay )(?<!no tiene )(?<!no lleva )(?:una|un) (?P<h>[a-z]+) de (?:mas|sobra)\b)"),
           re.compile(r"\b(?:va|lleva|es|son|con|tiene) (?:doble|dos) (?P<c>[a-z]+)")),
    "en": (re.compile(r"\b(?:not (?:a )?(?:double|two) (?P<c>[a-z]+)|(?:just|only) (?:one|a single) (?P<d>[a-z]+)|"
                      r"(?:single) (?P<e>[a-z]+)|(?:double|two) (?P<f>[a-z]+),? (?:just|only) one\b|"
                      # "there's an extra t"; "no extra t", "not an extra t" deny it, "Jett, with an extra t" spells
                      # a doubled letter
                      r"(?<!\bno )(?<!\bnot )(?<!\bwith )(?<!\bwithout )(?<!\bnot an )(?<!\bnot one )"
                      r"(?<!\bwith an )(?<!\bwith one )(?<!\bwithout an )extra (?P<g>[a-z]+)|"
                      r"(?<!\bnot )one (?P<h>[a-z]+) too many)"),
           re.compile(r"\b(?:its|with|has|there are) (?:a )?(?:double|two) (?P<c>[a-z]+)")),
}


def doubled_char(m: re.Match[str], char_of: Callable[[str], str | None]) -> str | None:
    """The character a match of `DOUBLE` names ("ele", "eles", "erres" -> its letter as `char_of` writes it)."""
    said = next((g for g in m.groups() if g), "")
    return char_of(said.rstrip("s") if len(said) > 2 else said) or char_of(said)


def doubled(folded: str, chars: list[str], lang: Lang, char_of: Callable[[str], str | None]) -> list[str] | None:
    """`chars` with the doubled letter a turn says is one ("no va doble ele, nada más una") taken to one, or
    the one letter it says is doubled ("lleva doble ele") doubled; None when the turn says no such thing or
    it cannot apply (no such pair, or not exactly one such letter to double)."""
    fewer, more = DOUBLE[lang]
    m = fewer.search(folded)
    if m:
        char = doubled_char(m, char_of)
        pairs = [i for i in range(len(chars) - 1) if char and chars[i] == chars[i + 1] == char]
        return chars[: pairs[-1]] + chars[pairs[-1] + 1 :] if pairs else None
    m = more.search(folded)
    if m:
        char = doubled_char(m, char_of)
        if char and chars.count(char) == 1:
            at = chars.index(char)
            return [*chars[:at], char, *chars[at:]]
    return None


# Removing one character: "va sin la n", "no va la b de burro", "sobra la X", "quita la X", "without the N".
_REMOVE: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        # (to a "usted" too: "quítele el cero", "sáquele la be", "bórrele la ele")
        re.compile(rf"\b(?:va sin|sin|no va|no lleva|sobra|quita|quitale|quitele|quitenle|elimina|eliminale|eliminele"
                   rf"|saca|sacale|saquele|borra|borrale|borrele) {_CHAR}(?P<old>\S+(?: de \S+)?)(?=$|[ ,.;])"),
        re.compile(rf"\b{_CHAR}(?P<old>\S+(?: de \S+)?) (?:no va|sobra|esta de mas)\b"),
        # "no va doble ele, nada más una": one of the two goes
        re.compile(r"\bno (?:va|lleva|es|son) (?:con )?(?:doble|dos) (?P<old>\S+?)(?=$|[ ,.;])"),
        # "no hay ninguna eme", "no lleva ninguna be": there is none of it
        re.compile(rf"\bno (?:hay|lleva|tiene|va|trae) (?:ninguna|ningun|ni una|ni un) {_CHAR}(?P<old>\S+(?: de \S+)?)"
                   r"(?=$|[ ,.;])"),
        # "no hay cero", "no hay ningún cero", "no tiene cero", "no trae el cero": no zero in it (a letter after
        # "no hay" may be talk: "no hay de qué")
        re.compile(r"\bno (?:hay|tiene|trae) (?:ningun |un |el )?(?P<old>cero|0)s?(?=$|[ ,.;])"),
        # "no, no hay a.", "no tiene la ese": a letter named alone ending its sentence ("no hay de qué" goes on)
        re.compile(rf"\bno (?:hay|tiene|trae) (?:la |una |letra |la letra )?(?P<old>{_SAID_CHAR})(?=\s*(?:$|[.;!?]))"),
    ),
    "en": (
        re.compile(r"\b(?:without|remove|drop|delete|take out|get rid of|scratch|there is no|theres no) "
                   r"(?:an? |the |that )?(?:letter |number )?(?P<old>\S+(?: as in \S+)?)(?=$|[ ,.;])"),
        # "take the zero out", "pull that B out"
        re.compile(r"\b(?:take|get|pull|leave|cross) (?:the |that )?(?:letter |number )?(?P<old>\S+) (?:out|off)\b"),
        # "the zero isn't there", "that B doesn't belong"
        re.compile(r"\b(?:the|that) (?:letter |number )?(?P<old>\S+) (?:isnt|is not|aint) (?:there|in it|on it)\b"),
        re.compile(r"\b(?:the|that) (?:letter |number )?(?P<old>\S+) (?:doesnt|does not) (?:belong|go there)\b"),
        re.compile(r"\b(?:the )?(?P<old>\S+) (?:shouldnt be there|should not be there|doesnt go there|is extra)\b"),
        re.compile(r"\b(?:not|no|isnt|there is no|theres no) (?:a )?(?:double|two) (?P<old>\S+?)(?=$|[ ,.;])"),
        re.compile(r"\b(?:there is|theres|it has|there are) no (?:letter |number )?(?P<old>\S+(?: as in \S+)?)"
                   r"(?=$|[ ,.;])"),
        # "it doesn't have a zero", "it does not have the zero", "there isn't a zero": a zero, said so, goes
        re.compile(r"\b(?:doesnt|does not|dont|do not|didnt) (?:have|has|got|take|carry) (?:an? |the |any )?"
                   r"(?P<old>zero|0)s?(?=$|[ ,.;])"),
        re.compile(r"\b(?:there isnt|there is not|there aint) (?:an? |the |any )?(?P<old>zero|0)s?(?=$|[ ,.;])"),
        # "No zero.", "no zeros": there is none ("No, zero" with its pause says a zero instead, and "no zero five"
        # the digits meant)
        re.compile(r"\bno (?P<old>zero|0)(?:e?s)?(?=\s*(?:$|[,.;!?]))"),
        # "no zero in it", "no zeros at all"
        re.compile(r"\bno (?P<old>zero|0)(?:e?s)? (?:in it|in there|on it|at all)\b"),
    ),
}
# "No cero.", "no cero, uno tres", "el cero no": a zero said with a "no" and no pause between, where the value has
# one, is the zero ruled out ("no, cero no"); a value without one is told a zero with the pause lost ("No, cero" -
# see the plate's read-back), or answered "no" ("el cero no" at TR-37).
# Each with whether it says so only of a value that has one (else the turn is no removal at all).
ZERO_RULED_OUT: dict[Lang, tuple[tuple[re.Pattern[str], bool], ...]] = {
    "es": (
        (re.compile(r"(?:^|[,.;] )\W*(?:pues |este |o sea )?no (?P<old>cero|0)(?=\s*(?:$|[,.;!?]))"), True),
        # "el cero no", "No, cero no.", "el cero no va": the zero is ruled out where its clause ends
        (re.compile(r"(?:^|[,.;] |\b(?:no|el|pero|nomas|nada mas) )(?P<old>cero|0) no(?: va| lleva| es)?"
                    r"(?=\s*(?:$|[,.;!?]))"), False),
    ),
    "en": (
        # "the zero, no", "No, zero no.", "not the zero", "zero's not there": the zero is ruled out where its
        # clause ends ("No zero." itself is `_REMOVE`'s: there is none)
        (re.compile(r"(?:^|[,.;] |\b(?:no|the|but|that|just) )(?P<old>zero|0),? (?:no|nope|not that one)"
                    r"(?=\s*(?:$|[,.;!?]))"), False),
        # (at the turn's start: "that's an o, not a zero" says what goes first, see `_REPLACE`)
        (re.compile(r"^\W*(?:(?:no|but)\W+)?not (?:the |a |that )?(?P<old>zero|0)(?=\s*(?:$|[,.;!?]))"), False),
    ),
}
# How many of one character the value has: "nomás una eme", "una sola ele", "una ka nada más", "no va doble
# ele", "just one M", "not a double L". The value should hold it once: a second one (a letter heard twice, a
# "doble" read back) goes; a value that holds it once already is as the caller says, nothing is taken away.
_ONLY_ONE: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(rf"\b(?:nomas|namas|nada mas|no mas|solo|solamente|nada mas es|es nomas|nomas es|nomas va|"
                   rf"nomas lleva) (?:va |lleva |es )?(?:una|un) (?:sola |solo )?{_CHAR}(?P<old>\S+(?: de \S+)?)"
                   r"(?=$|[ ,.;])"),
        re.compile(rf"\b(?:una|un) (?:sola|solo) {_CHAR}(?P<old>\S+(?: de \S+)?)(?=$|[ ,.;])"),
        re.compile(rf"(?:^|\b(?:es|va|lleva|no|si) )(?:una|un) {_CHAR}(?P<old>\S+(?: de \S+)?),? (?:nomas|namas|"
                   r"nada mas|solamente|nada mas una|nomas una)\b"),
        re.compile(r"\bno (?:va|lleva|es|son|hay) (?:con )?(?:doble|dos) (?P<old>\S+?)(?=$|[ ,.;])"),
    ),
    "en": (
        re.compile(r"\b(?:only|just) (?:one|a single|1) (?:letter |number )?(?P<old>\S+?)(?:s)?(?=$|[ ,.;])"),
        re.compile(r"\b(?:its|it is|theres|there is) (?:just |only )?(?:a single|one) (?:letter |number )?(?P<old>\S+?)"
                   r",? (?:only|not two)\b"),
        re.compile(r"\b(?:not|no|isnt|there is no|theres no) (?:a )?(?:double|two) (?P<old>\S+?)(?=$|[ ,.;])"),
    ),
}


def only_one(folded: str, locale: str) -> str | None:
    """The character a turn says the value holds only once ("nomás una eme" -> M), else None."""
    for rx in _ONLY_ONE[lang_of(locale)]:
        m = rx.search(folded)
        said = m.group("old") if m else None
        if said:
            found = extract_char(said, locale) or (extract_char(said[:-1], locale) if said.endswith("s") else None)
            if found is not None:
                return found
    return None


def without_second(chars: list[str], old: str) -> list[str] | None:
    """`chars` with one `old` of two or more taken away (the second of a doubled pair when there is one,
    else the last), or None when they hold it once or not at all."""
    at = [i for i, c in enumerate(chars) if c == old]
    if len(at) < 2:
        return None
    pairs = [i for i in at[1:] if chars[i - 1] == old]
    drop = pairs[-1] if pairs else at[-1]
    return chars[:drop] + chars[drop + 1 :]


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
        r"\b(?:(?:las|los|puras|todas las|todos los) (?P<kind>letras|numeros|digitos) (?:no (?:estan|son|van) bien|"
        r"estan mal|siguen (?:estando )?mal|no son(?: esas| esos)?|son (?:las|los) que estan mal)\b"
        # "las letras están bien, los números no": the kind named second is the wrong one
        r"|(?:las|los) (?:letras|numeros|digitos) (?:si|estan bien|son correct[oa]s|estan correct[oa]s|van bien)"
        r",? (?:pero |y )?(?:las|los) (?P<kind2>letras|numeros|digitos) no\b)"
    ),
    "en": re.compile(
        r"\b(?:the (?P<kind>letters|numbers|digits) (?:are wrong|are not right|arent right|are still wrong)\b"
        r"|the (?:letters|numbers|digits) are (?:right|fine|good|ok|okay|correct),? (?:but |and )?"
        r"the (?P<kind2>letters|numbers|digits) (?:are not|arent)\b)"
    ),
}


def wrong_kind(folded: str, lang: Lang) -> str | None:
    """Which kind of character a turn says is all wrong ("las letras están bien, los números no" ->
    "numeros"), or None."""
    m = _WRONG_KIND[lang].search(folded)
    return (m.group("kind") or m.group("kind2")) if m else None


# The run of letters or of digits of a plate named as a place ("antes de los números", "after the letters").
_RUN_ES = "los numeros|los digitos|las letras"
_RUN_EN = "numbers|digits|letters|number|letter"
_RUN_DIGITS = frozenset(("los numeros", "los digitos", "numbers", "digits", "number"))
# Inserting: "le falta la H al principio", "falta una A después de la B", "me faltó la ve, después del cero
# va una ve de vaca", "missing an S at the end", "after the T there's an S".
_INSERT: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        # "antes de los números va una ele", "falta una ele antes de los números", "después de las letras va
        # el cero": the run of letters or of digits as the place (`_RUN_WORDS`), its edge that side
        re.compile(
            rf"\b(?P<rel>despues|antes) de (?P<run>{_RUN_ES}),? (?:va|iba|lleva|llevaba|sigue|viene|hay|falta|faltaba) "
            r"(?:el |la |un |una |otra |otro )?(?:letra |numero )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        re.compile(
            r"\b(?:(?:le |les |me |te )?falt(?:a|aba|aria|o)|va|iba|lleva|llevaba|hay) "
            r"(?:el |la |un |una |otra |otro )?(?:letra |numero )?(?P<new>[^,.;]+?),? "
            rf"(?P<rel>despues|antes) de (?P<run>{_RUN_ES})(?=$|[ ,.;])"
        ),
        # "falta la primera, la ele", "le faltó el último número, el ocho", "se te fue la primera letra, que es
        # la ele": the one missing named by its place, then itself
        re.compile(
            r"\b(?:(?:le |les |me |te )?falt(?:a|aba|aria|o)|(?:se (?:te |le |me ))?olvid(?:o|aste|aron)"
            r"|se (?:te|le|me) (?:fue|paso|comio)|no (?:dijo|dijiste|puso|pusiste|leyo|leiste|menciono|mencionaste))"
            r" (?:la |el )?"
            r"(?P<pos>primera|primer|primero|ultima|ultimo)(?: (?P<what>letra|numero|digito))?,?"
            r" (?:(?:que |y )?es |era )?(?:la |el |una |un )?(?:letra |numero )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        # "falta una al principio, la ele": the place, then the one missing
        re.compile(
            r"\b(?:le |les |me |te )?falt(?:a|aba|aria|o) (?:una |uno |otra |otro |algo )?(?:letra |numero )?"
            r"(?P<edge>al principio|al inicio|al comienzo|al final),? (?:(?:que )?es |era )?(?:la |el |una |un )?"
            r"(?:letra |numero )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        re.compile(
            r"\b(?:le |les |me |te )?falt(?:a|aba|aria|o)(?:ria|ba)? (?:el |la |un |una |otra |otro )?"
            r"(?:letra |numero )?(?P<new>.+?),? (?:(?P<edge>al principio|al inicio|al comienzo|al final)|"
            r"(?P<rel>despues|antes) del? "
            rf"{_CHAR}(?P<ref>\S+(?: de \S+)?))(?=$|[ ,.;])"
        ),
        re.compile(
            rf"\b(?P<rel>despues|antes) del? {_CHAR}(?P<ref>\S+(?: de \S+)?),? (?:va|lleva|sigue|viene|hay) "
            r"(?:el |la |un |una |otra |otro )?(?:letra |numero )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        # "no, primero la ge", "va primero la ge", "la ge va primero": the one that goes before all the others
        re.compile(r"^\W*(?:no\W+)?(?:(?:va|iba|es|era|seria) )?(?P<pos>primero) (?:(?:va|iba|es|era) )?(?:la |el )?"
                   r"(?:letra |numero )?(?P<new>[^,.;]+?)(?=$|[,.;])"),
        re.compile(r"^\W*(?:no\W+)?(?:la |el )?(?:letra |numero )?(?P<new>[^,.;]+?) (?:va|iba|es|era) "
                   r"(?P<pos>primero)\W*$"),
    ),
    "en": (
        # "before the numbers there's an L", "you missed an L before the numbers", "there's an L after the
        # letters": the run of letters or of digits as the place
        re.compile(
            rf"\b(?P<rel>after|before) the (?P<run>{_RUN_EN}),? (?:theres|there is|there should be|comes|goes|you need"
            r"|is) (?:the |an? |another )?(?:letter |number )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        re.compile(
            r"\b(?:(?:its |it is |youre |you are |you |i )?(?:missing|missed|forgot|left out)|theres|there is"
            r"|there should be|it has|put) (?:the |a |an |another )?(?:letter |number )?(?P<new>[^,.;]+?),? "
            rf"(?P<rel>after|before) the (?P<run>{_RUN_EN})(?=$|[ ,.;])"
        ),
        # "you're missing the first one, L", "you left out the last number, eight", "the first letter is
        # missing, it's L": the one missing named by its place, then itself
        re.compile(
            r"\b(?:(?:youre |you are |you |i )?(?:missing|missed|forgot|left out|skipped) (?:the )?"
            r"(?P<pos>first|last)(?: (?P<what>letter|number|digit|character|one))?"
            r"|the (?P<pos2>first|last)(?: (?P<what2>letter|number|digit|character|one))? (?:is |was |s )?missing),?"
            r" (?:its |it is |thats |which is )?(?:the |an? )?(?:letter |number )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        re.compile(
            r"\b(?:theres |there is |youre missing |you are missing |missing )(?:one|a letter|a number|another one)"
            r"(?: missing)? (?P<edge>at the (?:beginning|start|front|end)),? (?:its |it is |thats )?(?:the |an? )?"
            r"(?:letter )?(?P<new>[^,.;]+?)(?=$|[,.;])"
        ),
        re.compile(
            r"\b(?:its |it is |youre |you are |you |i )?(?:missing|missed|forgot|left out) "
            r"(?:the |a |an |another )?(?:letter |number )?(?P<new>.+?),? "
            r"(?:(?P<edge>at the (?:beginning|start|front|end))|(?P<rel>after|before) "
            r"(?:the |an? )?(?:letter |number )?(?P<ref>\S+(?: as in \S+)?))(?=$|[ ,.;])"
        ),
        re.compile(
            r"\b(?P<rel>after|before) (?:the |an? )?(?:letter |number )?(?P<ref>\S+(?: as in \S+)?),? "
            r"(?:theres|there is|comes|goes|you need) (?:the |an? |another )?(?:letter |number )?(?P<new>[^,.;]+?)"
            r"(?=$|[,.;])"
        ),
        # "no, first the G", "the G comes first", "G goes first"
        re.compile(r"^\W*(?:no\W+)?(?P<pos>first)(?: (?:comes|goes|is))? (?:the |an? )?(?:letter |number )?"
                   r"(?P<new>[^,.;]+?)(?=$|[,.;])"),
        re.compile(r"^\W*(?:no\W+)?(?:the )?(?:letter |number )?(?P<new>[^,.;]+?) (?:comes|goes|is) "
                   r"(?P<pos>first)\W*$"),
    ),
}
_AT_START = ("al principio", "al inicio", "al comienzo", "at the beginning", "at the start", "at the front")


# A character named by its neighbour ("la que va después de la ge es i griega", "la letra antes del uno es
# la ka", "the one after the G is Y"): that character is the one said.
_NEIGHBOUR: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:la|el) (?:letra |numero |digito )?(?:que (?:va |sigue |viene |esta |sigue )?|de )?"
        rf"(?P<rel>despues|antes) del? {_CHAR}(?P<ref>\S+(?: de \S+)?),? (?:es|va|seria|debe ser|deberia ser) "
        r"(?:la |el |una |un )?(?:letra |numero )?(?P<new>[^,.;]+?)(?=$|[,.;])"
    ),
    "en": re.compile(
        r"\bthe (?:letter |number |digit |one |character )?(?:that (?:comes |goes )?)?(?P<rel>after|before) "
        r"(?:the |an? )?(?:letter |number )?(?P<ref>\S+(?: as in \S+)?),? (?:is|should be|its|it is) "
        r"(?:an? |the )?(?:letter |number )?(?P<new>[^,.;]+?)(?=$|[,.;])"
    ),
}


def neighbour(folded: str, locale: str, chars: list[str], *, words: bool) -> tuple[int | None, str] | None:
    """A character named by its neighbour in the turn ("la que va después de la ge es i griega"): (where it
    is in `chars`, the character said), the place None when the neighbour named is not there or has no
    such neighbour; None when the turn names none."""
    m = _NEIGHBOUR[lang_of(locale)].search(folded)
    new = extract_char(m.group("new"), locale) if m else None
    ref = extract_char(m.group("ref"), locale) if m else None
    if m is None or new is None or ref is None:
        return None
    if words:
        new, ref = new.lower(), ref.lower()
    if ref not in chars:
        return None, new
    # of a neighbour said twice, the outer one ("antes del cinco" at KRW-553 is the W)
    after = m.group("rel") in ("despues", "after")
    at = len(chars) - chars[::-1].index(ref) if after else chars.index(ref) - 1
    return (at if 0 <= at < len(chars) else None), new


_FIRST_PLACE = ("primera", "primer", "primero", "first")


def _missing_place(m: re.Match[str], chars: list[str]) -> int | None:
    """Where the one missing goes when the turn names its place ("falta la primera letra, la ele": before
    the first letter; "you missed the last number, eight": after the last digit), else None."""
    found = m.groupdict()
    pos = found.get("pos") or found.get("pos2")
    if not pos:
        return None
    what = found.get("what") or found.get("what2") or ""
    idx = [i for i, c in enumerate(chars) if c not in "-._@" and (
        what in ("", "one", "character")
        or (c.isdigit() if what in ("numero", "digito", "number", "digit") else c.isalpha()))]
    if pos in _FIRST_PLACE:
        return idx[0] if idx else 0
    return idx[-1] + 1 if idx else len(chars)


def _insertion(folded: str, locale: str, chars: list[str], *, words: bool, placed: bool = False) -> list[str] | None:
    """`chars` with what "le falta la H al principio" / "missing an S after the T" inserts, else None.
    With `words` (an address), a word may be inserted at the start or the end ("le falta el Mario al
    principio"). `placed`: only a missing one named by its place ("falta la primera, la ele"), which is
    read before a character named by its place is taken as replaced ("the first letter is missing")."""
    m = next((found for rx in _INSERT[lang_of(locale)] if (found := rx.search(folded))), None)
    if not m or (placed and _missing_place(m, chars) is None):
        return None
    edge = m.groupdict().get("edge")
    new = extract_char(m.group("new"), locale)
    if new is None and words and edge:
        word = re.sub(r"[^a-z0-9]", "", m.group("new"))
        new = word if 0 < len(word) <= 30 and len(m.group("new").split()) <= 2 else None
    if new is None:
        return None
    piece = list(new.lower() if words else new)
    at = _missing_place(m, chars)
    found = m.groupdict()
    kind = [i for i, c in enumerate(chars) if c.isalpha() == new.isalpha()]
    if at is not None and not words and kind and (found.get("pos") or found.get("pos2")) in _FIRST_PLACE \
            and not (found.get("what") or found.get("what2")):
        # "primero la ge", "el uno va primero" in a plate: first of its kind (letters and digits each have their
        # own run: "primero el cuatro" at ABC-123 is ABC-4123, never 4ABC123); one already first there is
        # said of the plate as it is ("Primero es la a, después be y ce" at ABC-123), nothing to insert
        if chars[kind[0]] == new:
            return None
        at = kind[0]
    if at is not None:
        return chars[:at] + piece + chars[at:]
    run = found.get("run")
    if run:
        # "antes de los números va una ele" at W G 4 4 0: before the first digit (WGL-440); "después de las
        # letras", the same place named from the letters' side
        members = [i for i, c in enumerate(chars) if (c.isdigit() if run in _RUN_DIGITS else c.isalpha())]
        if not members or words:
            return None
        at = members[0] if found["rel"] in ("antes", "before") else members[-1] + 1
        return chars[:at] + piece + chars[at:]
    if edge:
        letters = [i for i, c in enumerate(chars) if c.isalpha()]
        if not words and letters and re.match(r"\s*(?:de las letras|of the letters)", folded[m.end() :]):
            # "al final de las letras": after the last letter, before the digits
            at = letters[0] if edge in _AT_START else letters[-1] + 1
            return chars[:at] + piece + chars[at:]
        if not words and kind:
            # "falta la ge al final" at P L 5 5 9: the end of the letters (PLG-559); a digit "al principio" goes
            # before the first digit - each kind has its own run in a plate
            at = kind[0] if edge in _AT_START else kind[-1] + 1
            return chars[:at] + piece + chars[at:]
        return piece + chars if m.group("edge") in _AT_START else chars + piece
    ref = extract_char(m.group("ref"), locale)
    ref = ref.lower() if ref and words else ref
    if ref is None or ref not in chars:
        return None
    at = len(chars) - 1 - chars[::-1].index(ref)
    at = at + 1 if m.group("rel") in ("despues", "after") else at
    return chars[:at] + piece + chars[at:]


# How many of a letter the value has, said as a remark: "sí, dos efes", "son dos erres", "no, van dos eses",
# "lleva dos tes", "two Fs", "yes, double F", "no, it has two Ss". The letter's name in the plural ("efes"), or
# after a yes or "son"/"it's": "doble efe" alone is a dictation of two letters. True of a value that holds that
# many of it in a row (a "no" first answers a read-back that had one: ours has them, as the caller says; "no
# lleva doble ele", the verb denied, says the opposite). A verb (`v`) is read only in a whole turn (`verbs`):
# what follows a "no" a reader took off may have been denied by it.
_LETTER_COUNT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?P<lead>(?:(?:si|no(?=[,.;!])|son|eso|exacto|correcto|aja|(?P<v>van|va|lleva|llevan|"
                     r"tiene|tienen|es con|son con|con))\W+)*)"
                     r"(?P<n>dos|doble|tres|triple)\s+(?P<c>[a-z]+)\W*(?:(?:si|eso|exacto|asi es)\W*)?$"),
    "en": re.compile(r"^\W*(?P<lead>(?:(?:yes|yeah|yep|no(?=[,.;!])|nope|right|its|thats|there are|(?P<v>theres|"
                     r"it has|has|with|it goes|its got))\W+)*)"
                     r"(?P<n>two|double|three|triple)\s+(?P<c>[a-z]+)\W*(?:(?:yes|yeah|right)\W*)?$"),
}


# One more of a letter, said alone ("no, le faltó una erre", "falta otra ele", "you missed an R"): the
# caller heard one where the value has two in a row ("rarreola" read back as a word sounds like one R).
# Said with a place ("le falta una erre después de la a") it is an insertion (`_INSERT`); the clause ends
# at the letter. Only compared with the value (`already_so`), never applied: which one to double is a guess.
_ONE_MORE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:no\W+)?(?:le |me |te |se le |se te )?(?:falt(?:a|o|aba|aria)|(?:se )?(?:comio|olvido)) "
                     r"(?:una|un|otra|otro) (?:letra )?(?P<c>[a-z]+)\W*$"),
    "en": re.compile(r"^\W*(?:no\W+)?(?:(?:youre|you are|its|it is|you) )?(?:missing|missed|forgot|left out|dropped) "
                     r"(?:an?|one|another) (?:letter )?(?P<c>[a-z]+)\W*$"),
}


# One missing with neither which nor where ("sí, pero falta una letra", "le falta un número", "te faltó una",
# "you're missing a letter", "there's one more letter"): the value is not done, and the next turn may say where
# and which ("al final, la ere", "la ere después de la pe", "R at the end"), read as if said with the "falta"
# (`missing_placed`). A letter named ("falta la ere", "le falta una erre") is `_MISSING_NAMED` / `_ONE_MORE`.
_MISSING_UNSAID: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:(?:si|no|pues|pero|oiga|oye|este|ah|ay|espere|espera|momento)\W+)*(?:(?:todavia|aun) )?"
                     r"(?:le |me |te |se le |se te )?(?:falt(?:a|o|aba|aria)|(?:se )?(?:comio|olvido)|"
                     r"(?:te |se te )?(?:comiste|olvidaste|saltaste|brincaste)) (?:una|un|uno|otra|otro|algo)"
                     r"(?: (?P<what>letra|numero|digito|caracter))?(?: mas)?(?: (?:todavia|aun))?\W*$"),
    "en": re.compile(r"^\W*(?:(?:yes|yeah|yep|no|nope|but|well|oh|wait)\W+)*(?:(?:youre|you are|its|it is|you) )?"
                     r"(?:still )?(?:missing|missed|forgot|left out|dropped|skipped) (?:an?|one|another)"
                     r"(?: (?P<what>letter|number|digit|character))?\W*$|"
                     r"^\W*(?:(?:yes|yeah|yep|no|nope|but|well|oh|wait)\W+)*(?:theres|there is) "
                     r"(?:one more|another|an?|one)"
                     r"(?: (?P<what2>letter|number|digit|character))?(?: missing)?(?: still)?\W*$|"
                     # the part first: "no, one letter is missing", "a digit's missing still"
                     r"^\W*(?:(?:yes|yeah|yep|no|nope|but|well|oh|wait)\W+)*(?:one|an?|another) "
                     r"(?P<what3>letter|number|digit|character)s? (?:is )?(?:still )?missing(?: still)?\W*$"),
}
# What a turn after such a one is read with: "al final, la ere" as "falta al final, la ere".
_MISSING_LEADS: dict[Lang, tuple[str, ...]] = {"es": ("falta", "falta una"), "en": ("missing", "theres one missing")}


def missing_unsaid(text: str, locale: str) -> str | None:
    """What kind of character a turn says the value lacks without saying which nor where ("sí, pero falta una
    letra" -> "letra", "you're missing one" -> ""), else None."""
    if not isinstance(text, str):
        return None
    m = _MISSING_UNSAID[lang_of(locale)].match(fold(text).strip(" .,!?¡¿"))
    return None if m is None else (m.groupdict().get("what") or m.groupdict().get("what2") or m.groupdict().get("what3")
                                   or "")


def missing_placed(folded: str, locale: str, chars: list[str]) -> list[str] | None:
    """`chars` with the character the turn places ("al final, la ere", "R after the P") inserted, the turn
    before having said one is missing without which nor where (`missing_unsaid`); None when it places none."""
    for lead in _MISSING_LEADS[lang_of(locale)]:
        put = _insertion(f"{lead} {folded.strip()}", locale, chars, words=False)
        if put is not None:
            return put
    return None


# The one missing named alone, with no place ("no, te faltó la ese", "le falta la jota", "you missed the S"):
# where it goes is not said, so it is only compared with the value (`already_so`): a value that holds it and
# has no room for one more (G W S 3 1 7: three letters already) was read back whole, and the caller answers
# another read-back than ours (or misheard it). One that has room may lack a second one ("le faltó el dos" at
# ABC-122 for ABC-1222, "te faltó la a" at mria@...): that is a correction.
_MISSING_NAMED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:no\W+)?(?:le |me |te |se le |se te )?(?:falt(?:a|o|aba|aria)|(?:se )?(?:comio|olvido)"
                     r"|(?:te |se te )?(?:comiste|olvidaste|saltaste|brincaste)) (?:la|el) (?:letra )?"
                     r"(?P<c>(?:doble )?[a-z]+)\W*$"),
    "en": re.compile(r"^\W*(?:no\W+)?(?:(?:youre|you are|its|it is|you) )?(?:missing|missed|forgot|left out|dropped"
                     r"|skipped) the (?:letter )?(?P<c>[a-z]+)\W*$"),
}


def letter_count(folded: str, locale: str, *, verbs: bool = False) -> tuple[str, int] | None:
    """The letter and how many of it in a row a turn says the value has ("sí, dos efes" -> ("F", 2), "le
    faltó una erre" -> ("R", 2)), else None. `verbs`: the turn is whole, so "van dos eses", "it has two Ss"
    count too."""
    lang = lang_of(locale)
    more = _ONE_MORE[lang].match(folded)
    letter = extract_char(more.group("c"), locale) if more else None
    if letter is not None and letter.isalpha():
        return letter, 2
    m = _LETTER_COUNT[lang].match(folded)
    if m is None or (m.group("v") and not verbs):
        return None
    said = m.group("c")
    # "efes", "erres"; English "Fs" folds to "fs" ("es" alone is the Spanish S)
    plural = plural_letter(said, lang, words=False)  # a count of letters is said: "three As"
    if not (plural or m.group("lead").strip()):
        return None
    letter = plural or extract_char(said, locale)
    if letter is None or not letter.isalpha():
        return None
    return letter, LETTER_COUNTS[m.group("n")]


def holds_run(chars: list[str], letter: str, count: int) -> bool:
    """Whether `chars` hold `letter` exactly `count` times in a row (case aside)."""
    run = "".join(chars).lower()
    return letter.lower() * count in run and letter.lower() * (count + 1) not in run


def already_so(folded: str, locale: str, chars: list[str], *, words: bool,
               room: Callable[[str], bool] | None = None) -> bool | None:
    """Whether a one-character correction in the turn ("después de la erre sigue la a", "va sin la n",
    "en vez de la eme es ene", "la tercera es la A") describes what `chars` already hold, or names a
    character they do not have: True; False when it is a correction that would change them; None when the
    turn holds none of these. A caller who says so answered another read-back than ours (or misheard it):
    the value is read back again, never edited. `words`: an address (letters lowercase). `room`: whether the
    value could hold one more of a character (None: always, as an address could)."""
    if not chars:
        return None
    lang = lang_of(locale)

    def char(said: str | None) -> str | None:
        found = extract_char(said, locale) if said else None
        return found.lower() if found and words else found

    named = neighbour(folded, locale, chars, words=words)
    if named is not None:
        at, new_char = named
        return at is None or chars[at] == new_char
    m = next((found for rx in _INSERT[lang] if (found := rx.search(folded))), None)
    if m:
        new = char(m.group("new"))
        edge = m.groupdict().get("edge")
        at = _missing_place(m, chars)
        if new is not None and at is not None:
            # "falta la primera, la ele" at L M G 3 3 8 0: the L is there already
            first = (m.groupdict().get("pos") or m.groupdict().get("pos2")) in _FIRST_PLACE
            return (chars[at : at + 1] if first else chars[at - 1 : at]) == [new]
        if new is not None and edge:
            return chars[:1] == [new] if edge in _AT_START else chars[-1:] == [new]
        ref = char(m.groupdict().get("ref"))  # the patterns of a place or an edge name no neighbour
        if new is not None and ref is not None:
            if ref not in chars:
                return True
            after = m.group("rel") in ("despues", "after")
            return any(c == ref and (chars[i + 1 : i + 2] if after else chars[i - 1 : i] if i else []) == [new]
                       for i, c in enumerate(chars))
    missing = _MISSING_NAMED[lang].match(folded)
    named_missing = char(missing.group("c")) if missing else None
    if named_missing is not None and named_missing in chars and room is not None and not room(named_missing):
        return True  # "no, te faltó la ese" at G W S 3 1 7: the S is there, and no fourth letter could be
    counted = letter_count(folded, locale)
    if counted is not None and holds_run(chars, *counted):
        return True  # "sí, dos efes" at FFX-717: as the caller says
    once = only_one(folded, locale) if not words else None
    if once is not None:
        return chars.count(once) <= 1  # "nomás una eme" where there is one (or none): as the caller says
    for rx in _REMOVE[lang]:
        m = rx.search(folded)
        old = char(m.group("old")) if m else None
        if old is not None:
            return old not in chars
    for rx, held_only in ZERO_RULED_OUT[lang]:
        m = rx.search(folded)
        old = char(m.group("old")) if m else None
        if old is not None and (old in chars or not held_only):
            return old not in chars  # "No, cero no." at TR-37: there is none, as the caller says
    for rx in _REPLACE[lang]:
        m = rx.search(folded)
        old, new = replaced(m, locale) if m else (None, None)
        if words:
            old, new = (old.lower() if old else old), (new.lower() if new else new)
        if old is not None and new is not None:
            if rx is _REPLACE[lang][-1] and new in chars and m.group("old").startswith("de "):  # type: ignore[union-attr]
                # "sí, es be de burro, no de vaca": how the B is said (de burro, not de vaca) - so at a value
                # with that B, even one with a V elsewhere (B V K 1 2 3: never made B B K)
                return True
            return old not in chars
    m = _POSITION[lang].search(folded)
    if m:
        new = char(m.group("new"))
        at = _placed_at(m, new, chars, words=words)
        if at is not None:
            return chars[at] == new
    m = _NOT_AT[lang].search(folded)
    if m:
        old = char(m.group("old"))
        at = _placed_at(m, old, chars, words=words)
        if at is not None:
            return chars[at] != old  # "la primera no es be" at D N U ...: it is not
    return None


def named_not_held(folded: str, locale: str, chars: list[str], *, words: bool) -> str | None:
    """The character a correction in the turn names as one the value has, to be another ("la de es te", "en vez
    de la eme es ene", "the D should be a T"), when `chars` hold neither it nor the one meant; else None. The
    caller answered another read-back or misheard ours: the value is read back again (see `already_so`), saying
    it has none."""
    lang = lang_of(locale)
    for rx in _REPLACE[lang]:
        m = rx.search(folded)
        old, new = replaced(m, locale) if m else (None, None)
        if old is None or new is None:
            continue
        old = old.lower() if words else old
        if rx is _REPLACE[lang][-1] and m.group("old").startswith("de "):  # type: ignore[union-attr]
            return None  # "es be de burro, no de vaca": how the B is said, no character of the value named
        # the one meant held already ("no es jota, es ge" at H G T, "en vez de la be es ve" at V F M): the caller
        # heard ours otherwise, and the value is as they say
        return None if old in chars or new in chars else old
    return None


def _placed_at(m: re.Match[str], said: str | None, chars: list[str], *, words: bool) -> int | None:
    """Where in `chars` the place a turn names ("la primera letra", "the last one") is, counting among the
    kind of character named or said (see `of_kind`); None when nothing usable is said or there is no such
    place."""
    if said is None:
        return None
    what = of_kind(m.group("pos"), m.group("what") or "", said, None if words else chars)
    idx = [i for i, c in enumerate(chars) if c not in "-._@" and (
        not what or what in ("one", "character")
        or (c.isdigit() if what in ("numero", "digito", "number", "digit") else c.isalpha()))]
    pos = ordinal(m.group("pos"), len(idx))
    return idx[pos] if idx and pos is not None and -len(idx) <= pos < len(idx) else None


def corrects(text: str, locale: str) -> bool:
    """Whether the turn holds a one-character correction in words ("la última no es ese, es ce", "en vez de
    la P es la T", "va sin la n", "después de la erre va la a") - not characters dictated on their own."""
    if not isinstance(text, str):
        return False
    folded, lang = fold(text), lang_of(locale)
    return any(rx.search(folded) for rx in (*_INSERT[lang], *_REMOVE[lang], *_ONLY_ONE[lang], *_REPLACE[lang],
                                            _POSITION[lang], _NOT_AT[lang], _NEIGHBOUR[lang],
                                            *(rx for rx, held_only in ZERO_RULED_OUT[lang] if not held_only)))


# Words after a yes that take it back or question the value ("sí, pero ...", "yes, but ...").
_BUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:pero|aunque|solo que|nada mas que|excepto|salvo|menos)\b"),
    "en": re.compile(r"\b(?:but|except|only|although|though)\b"),
}


# The trip made without a trailer, the tractor alone: "voy en vacío", "ando nomás con el tractor", "sin caja",
# "running bobtail", "no trailer". Part of `_CANNOT_GIVE`, and read alone by `goes_without`.
_TRIP_WITHOUT: dict[Lang, str] = {
    "es": r"(?:voy|vengo|ando|estoy|voy a ir|iba|vine) (?:sin (?:caja|remolque|trailer|traila)|en vacio|"
          r"(?:solo|nomas|namas|nada mas|solamente) (?:con )?(?:el )?(?:tractor|tracto|camion))|"
          r"sin (?:caja|remolque|trailer|traila)\b",
    "en": r"(?:i have|ive got|i got|theres|there is|with) no trailer|no trailer\b|without (?:a |any )?trailer|"
          r"(?:im|i am) (?:running |driving )?bobtail|bobtailing|"
          r"(?:(?:im|i am) )?not (?:pulling|hauling|towing|carrying) (?:a |any |the )?trailer",
}
_TRIP_WITHOUT_RE: dict[Lang, re.Pattern[str]] = {lang: re.compile(rf"\b(?:{source})") for lang, source in
                                                 _TRIP_WITHOUT.items()}


def goes_without(text: str, locale: str) -> bool:
    """Whether a turn says the trip is made without a trailer ("Voy en vacío.", "I'm running bobtail"): about
    that thing, whatever question it comes at - never a time or a name out of reach."""
    return isinstance(text, str) and _TRIP_WITHOUT_RE[lang_of(locale)].search(fold(text)) is not None


# The caller cannot give the value now ("no me acuerdo", "no tengo correo", "I don't have it"), or has no
# such thing ("voy sin caja", "no trailer"). Found anywhere in the turn: what follows is usually an
# explanation ("esas no las tengo, la caja es prestada"), which `unavailable` checks holds no value.
_CANNOT_GIVE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:no me (?:acuerdo|acorde|la se|las se|lo se|los se)|no (?:la |las |lo |los )?recuerdo|"
        r"no (?:lo|la|las|los) se|"
        r"no (?:la |las |lo |los )?(?:tengo|traigo|cargo|encuentro|hallo|ubico|veo)\b|"
        r"no (?:tengo|traigo|llevo|cargo|jalo|uso|manejo|ocupo|utilizo|cuento con) (?:el |un |una )?(?:correo|email|"
        r"mail|placas?|numero|caja|remolque|trailer|traila)|"
        # "yo no uso eso", "no manejo esas cosas": what was asked for, not used at all
        r"no (?:uso|manejo|ocupo|utilizo) (?:eso|esas cosas)(?=$|[ ,.;!])|"
        r"no (?:ando|voy|vengo|estoy) (?:jalando|trayendo|cargando|con) (?:caja|remolque|trailer|traila)|"
        + _TRIP_WITHOUT["es"] + r"|"
        # asked once more: "sigo sin tenerlo", "sigo sin encontrarlas"
        r"sigo sin (?:tener|saber|encontrar|hallar|ubicar)(?:l[ao]s?)?\b|"
        r"no (?:me )?(?:la|las|lo|los) (?:se|acuerdo)|"
        # "tampoco (las tengo)": like the value before, not at hand; "las tiene el patio": someone else has it
        r"tampoco(?: (?:me )?(?:la|las|lo|los)? ?(?:tengo|traigo|se|recuerdo|acuerdo|cargo))?(?=$|[ ,.;!])|"
        r"(?:la|las|lo|los) (?:tiene|tienen|trae|traen|guarda|guardan|lleva|llevan) (?:el|la|los|las|mi|mis|su|sus|"
        r"en) [a-z]+)\b"
        r"(?: de memoria| a la mano| aqui| conmigo| ahorita)*"
    ),
    "en": re.compile(
        # "still" when asked once more: "I still don't have it", "still haven't got them"
        r"\b(?:i (?:still )?(?:dont|do not|cant|can not|cannot|couldnt|could not) (?:remember|recall|find)\b|"
        # "those" / "these" / "em" as much as "them": "I don't have those on me", "don't have 'em handy" (the
        # recogniser's apostrophe kept before "em")
        r"(?:i )?(?:still )?(?:dont|do not|dont even) have (?:it|one|(?:an? |any )?e-?mail|(?:the |my )?(?:plates?|"
        r"plate numbers?|numbers?)|them|those|these|'?em|that|an? trailer|any trailer)\b|"
        r"(?:i )?(?:dont|do not) (?:use|do|have) (?:an? |any )?e-?mails?\b|^(?:no|sorry),? (?:no )?e-?mail$|"
        r"(?:i )?(?:dont|do not) (?:use|do) (?:that|those)(?=$|[ ,.;!])|"
        r"(?:i )?(?:dont|do not) have any\b|"
        r"(?:i )?(?:still )?(?:havent|have not|aint) (?:got|found) (?:it|them|those|these|'?em|one|that)\b|"
        r"(?:they|those|these|theyre|its) (?:are |is )?not (?:on|with) me\b|"
        r"(?:i )?(?:still )?(?:dont|do not) know (?:it|them|that)\b|"
        + _TRIP_WITHOUT["en"] + r"|"
        r"(?:i )?(?:dont|do not) have (?:it|them|that|those) either\b|neither\b|"
        r"(?:the|my|our) [a-z]+ (?:has|have|keeps) (?:it|them)\b)"
        r"(?: by heart| on me| with me| here| right now| handy| on hand| at hand| in front of me)*"
    ),
}
# The short forms ("no sé", "ni idea", "no idea") only on their own: inside a longer turn they are as
# often a filler of someone dictating ("no sé, no ... erre de ratón").
_CANNOT_GIVE_ALONE: dict[Lang, re.Pattern[str]] = {
    # "ahí sí no sé", "eso sí no sé": that one the caller does not know (the "sí" stresses it, no yes)
    "es": re.compile(r"^(?:(?:pues|este|la verdad|ay|uy|no|ahi si|ahi|(?:eso|esa|esas|ese|esos) si),? )*"
                     # "ahorita no" alone at a value's question: not now (the value put off, never dictated)
                     r"(?:no se|ni idea|quien sabe|(?:ahorita|orita|ahora|por ahora|por el momento|de momento) no)"
                     r"(?:,? (?:la verdad|ahorita|ahora|perdon|disculpe|senorita|joven))?$"),
    "en": re.compile(r"^(?:(?:well|um|uh|sorry|no|oh),? )*(?:no idea|i dont know|i do not know|dont know|no clue)"
                     r"(?:,? (?:sorry|right now|now|maam|sir))?$"),
}
# Words after such a phrase that are not a refusal: a hedge before the value ("no me acuerdo bien, es la
# eme", "no sé, creo que es la be") or the caller going to look for it ("déjame ver", "let me check").
_HEDGE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:bien|exactamente|muy bien|creo que|a lo mejor|puede que|puede ser|igual y)\b"),
    "en": re.compile(r"^\W*(?:exactly|for sure|i think|maybe|it might be|probably)\b"),
}
_LOOKING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:dejame|dejeme|permiteme|permitame|espera|esperame|espereme|esperate|un momento|"
                     r"un segundo|tantito|"
                     r"(?:ahorita|orita|horita) (?:te |se |le )?(?:las |los |la |lo )?"
                     r"(?:busco|checo|veo|digo|paso|doy)|"
                     r"(?:las |los |la |lo )?(?:busco|checo|reviso))\b"),
    "en": re.compile(r"\b(?:let me (?:check|look|see|find)|hold on|one (?:sec|second|moment)|give me a (?:sec|second|"
                     r"moment)|hang on|wait)\b"),
}


def unavailable(text: str, locale: str) -> Literal["cannot", "looking"] | None:
    """Whether a turn says the caller cannot give the value now or has no such thing ("cannot": "no me
    acuerdo", "las de la caja no las traigo a la mano, están en la tarjeta", "voy sin caja", "I don't have
    it on me"), or does not have it yet but is looking ("looking": "no me las sé de memoria, déjame
    ver"); None when the turn gives a value all the same ("no me acuerdo bien, es la eme", "no sé, creo
    que es la be") or says nothing of the kind. Such a turn is never read as characters of the value."""
    if not isinstance(text, str):
        return None
    lang = lang_of(locale)
    folded = fold(text).strip(" .,!?¡¿")
    if _CANNOT_GIVE_ALONE[lang].match(folded):
        return "cannot"
    m = _CANNOT_GIVE[lang].search(folded)
    if m is None:
        return None
    before, after = folded[: m.start()], folded[m.end() :]
    # before the phrase, one letter-like word is a demonstrative ("ese no me lo sé", "esas no las tengo")
    if _HEDGE[lang].match(after) or _holds_value(before, lang, letters=2) or _holds_value(after, lang):
        return None
    return "looking" if _LOOKING[lang].search(after) else "cannot"


# "No tengo.", "no uso", "I don't have one", "don't have any": the thing asked for, said not to be had, with no
# word that it is only out of reach ("no lo tengo a la mano", "I don't have it on me" - a pronoun of a value that
# exists, or where it is). What it means depends on the question (see `SlotType.may_lack`).
_HAS_NONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:(?:no|pues|este|la verdad|fijese que|ay),? )*no,? (?:tengo|uso|manejo|ocupo|cuento con)"
                     r"(?: ninguno| ninguna| nada| de eso)?(?:,? (?:no|la verdad|joven|senorita|perdon|disculpe))*$"),
    "en": re.compile(r"^(?:(?:no|nah|nope|sorry|um|uh|well),? )*(?:i )?(?:dont|do not|dont even) (?:have|use) "
                     r"(?:one|any|none|one of those)(?:,? (?:sorry|no))*$|^(?:(?:no|sorry),? )*(?:i have )?none$"
                     r"|^(?:(?:no|sorry),? )*i (?:dont|do not)$"),
}


def has_none(text: str, locale: str) -> bool:
    """Whether the whole turn says, with no object named, that the caller has none of what was asked ("No
    tengo.", "No, no uso.", "I don't have one.", "Don't have any."). At a question for a value one may lack (an
    e-mail) that is "there is none"; elsewhere it is only "not at hand" (`unavailable`)."""
    if not isinstance(text, str):
        return False
    folded = " ".join(fold(text).replace(".", " ").replace("!", " ").split())
    return bool(_HAS_NONE[lang_of(locale)].match(folded.strip(" ,")))


def cannot_give(text: str, locale: str) -> bool:
    """Whether the caller says they cannot give the value now ("no me acuerdo", "I don't have it"),
    whatever explanation follows (see `unavailable`)."""
    return unavailable(text, locale) == "cannot"


_NUMBER_WORD_NOT_A_VALUE = frozenset({"un", "una", "a", "an", "one"})


def _holds_value(words: str, lang: Lang, letters: int = 1) -> bool:
    """Whether part of a turn dictates something: a digit or number word, an address, or letters said
    as a dictation (strong letter names with next to no other words: "es la M de mamá")."""
    if not words.strip():
        return False
    if re.search(r"\d|@|\barroba\b|\bat sign\b", words):
        return True
    if any(is_number_word(w, lang) and w not in _NUMBER_WORD_NOT_A_VALUE for w in re.findall(r"[a-z]+", words)):
        return True
    parsed = plate_pieces(words, lang)
    return sum(1 for p in parsed.pieces if p.strong) >= letters and parsed.noise <= 1


def after_start_over(text: str, locale: str) -> str:
    """What a turn says after its last start-over phrase ("no, mejor otra vez desde el principio: ka,
    erre" -> "ka, erre"); "" when that is no dictation."""
    if not isinstance(text, str):
        return ""
    folded = fold(text)
    ends = [m.end() for m in _RESET[lang_of(locale)].finditer(folded)]
    tail = folded[ends[-1]:].strip(" .,;:!?") if ends else folded
    return tail if dictates(tail, locale) else ""


def dictates(text: str, locale: str) -> bool:
    """Whether a turn dictates characters of a value: a digit or number word, an address, or letters said
    as a dictation ("I griega.", "efe de fuego", "ka, erre") rather than talk."""
    if not isinstance(text, str):
        return False
    folded = fold(text).strip(" .,!?¡¿")
    if wanted_symbol(folded) is not None:
        return False  # "no, lleva guion bajo": what the value lacks, said about it, not dictated
    return _holds_value(folded, lang_of(locale)) or bool(_ADDRESS_WORD.search(folded))


# "No, lleva guion bajo", "le falta el guion", "se le olvidó el punto", "it's missing a dot", "you forgot the
# underscore": the turn only says the value lacks a symbol, not where; the place may come next ("entre el gil y
# el anaya", "después de baeza"). "No lleva guion" (no pause after the "no") says the opposite and is no such turn.
_LACKS_LEAD = r"(?:(?:no|si|pues|oiga|oye|perdon|nope|well|yes|yeah)[,.;!]\s*)*(?:(?:pero|but) )?(?:se )?(?:le |te )?"
# Of those words, the ones that say the value (as read back) is missing something, not what it has: a complaint
# about the read-back (`says_missing`).
_MISSING_VERBS = (r"(?:falta|faltaba|falto|olvido|olvidaste|is missing|its missing|missing|"
                  r"(?:you )?(?:forgot|missed|left out))")
_LACKS = _LACKS_LEAD + r"(?:lleva|llevaba|tiene|va con|es con|needs|has|" + _MISSING_VERBS + ")"
# ... or "with" it, only when that is all the turn says ("Sí, pero con punto", "yes, but with a dot"): never an opening
# word of a remark on the value (`_REMARK_ON_VALUE`: "con zeta" is how a name is written)
_WITH = r"(?:(?:si|yes|yeah|pues)[,.;!]?\s*)*(?:(?:pero|but) )?(?:con|with|it has|its got|its with|es con)"
_WANTED_SYMBOL = re.compile(
    r"(?:" + _LACKS + r"|" + _WITH + r")(?: un| una| el| la| a| an| the)?(?: otro| otra| another| one more)? "
    r"(?P<symbol>guion(?:es)? (?:bajo|abajo|medio)|guion|punto|underscore|dash|hyphen|dot)"
)
# The same words opening a turn say something of the value ("le falta el punto mx", "no, lleva guion bajo entre
# ontiveros y el noventa", "you forgot the dot com"), whatever follows: a remark on it, never more of it.
_REMARK_ON_VALUE = re.compile(_LACKS + r"\b")


_SAYS_MISSING = re.compile(_LACKS_LEAD + _MISSING_VERBS + r"\b")


def says_missing(text: str) -> bool:
    """Whether a turn opens with words that say the value is missing something ("falta el punto mx", "le faltó la
    ese", "it's missing the dot uk", "you forgot the dash"): the caller says the read-back lacked it."""
    return isinstance(text, str) and _SAYS_MISSING.match(fold(text).strip(" .,!?¡¿")) is not None


def remarks_on_value(text: str) -> bool:
    """Whether a turn opens with words that say what the value lacks or has ("le falta ...", "lleva ...", "you
    forgot ..."): a remark on the value, not a dictation of it."""
    return isinstance(text, str) and _REMARK_ON_VALUE.match(fold(text).strip(" .,!?¡¿")) is not None
_WANTED = {"bajo": "_", "abajo": "_", "underscore": "_", "punto": ".", "dot": "."}


def wanted_symbol(text: str) -> str | None:
    """The symbol ("_", "-", ".") a turn only says the value lacks ("no, lleva guion bajo"), else None."""
    m = _WANTED_SYMBOL.fullmatch(fold(text).strip(" .,!?¡¿"))
    if m is None:
        return None
    return _WANTED.get(m.group("symbol").split()[-1], "-")


# The pieces of an address said as words: "efra punto solorio" is dictation, not talk.
_ADDRESS_WORD = re.compile(r"\b(?:punto|guion|guion bajo|dot|underscore|dash)\b")


def doubts_value(text: str, locale: str) -> bool:
    """Whether the words after a yes take it back or question the value ("sí, pero ..."); a "but" that only asks
    for speed ("sí, pero apúrele, que ando en carretera") doubts nothing."""
    if "?" in text:
        return True
    if not _BUT[lang_of(locale)].search(fold(text)):
        return False
    from .yes_no import hurried_only  # yes_no reads words accumulators has no need of: imported when needed

    return not hurried_only(text, locale)


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


# What a deep copy gives back as it is (`copy`'s atoms): a state's copy shares them.
_ATOMS = frozenset({str, int, float, bool, type(None), bytes, type, types.FunctionType, types.BuiltinFunctionType,
                    re.Pattern})


class Accumulator:
    """Builds one slot value over several turns. `feed` never raises."""

    # The engine's own accumulators only read their options: a copy of the state shares them. One whose
    # options reach code of the flow's own (a custom type's function, a project's extract) copies them - and
    # so does a project's subclass of an engine accumulator, whose own code may write into them: only the
    # class that declares `_shares_options` itself shares (read from its own namespace, not inherited).
    _shares_options = False

    def __deepcopy__(self, memo: dict[int, Any]) -> Accumulator:
        """The deep copy `copy.deepcopy` makes of any object, made faster: a state is copied at every turn it
        is fed and at every correction tried, and most of what it holds is atoms, tuples and frozensets of
        atoms, and options (see `_shares_options`), which cannot change and are shared rather than copied
        one by one (a tuple of atoms is its own deep copy; a frozenset of them is an equal one)."""
        cls = type(self)
        copied = cls.__new__(cls)
        memo[id(self)] = copied
        state = copied.__dict__
        shares_options = cls.__dict__.get("_shares_options", False)
        for key, value in self.__dict__.items():
            kind = type(value)
            if kind in _ATOMS or (key == "options" and shares_options) or (
                    (kind is tuple or kind is frozenset) and all(type(item) in _ATOMS for item in value)):
                state[key] = value
            else:
                state[key] = copy.deepcopy(value, memo)
        return copied

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

    def relocale(self, locale: str) -> None:
        """The call went on in `locale` (the caller switched language): what was built so far stays, the next
        turns are read by `locale`'s rules."""
        self.locale = locale
        self.lang = lang_of(locale)

    # Built piece by piece: a closing phrase is cut off before the turn is read.
    _piecewise = False

    def feed(self, text: str) -> FeedResult:
        closing = False
        try:
            raw = without_said_again(text, self.locale) if isinstance(text, str) else ""
            closing, before = closing_phrase(raw)
            if closing and self._piecewise:
                status: Status = self._feed(before) if before else "nothing"
                if status == "partial" and self.complete:
                    status = "complete"  # "uno dos, es todo": a value that could go on, closed by the caller
            else:
                status = self._feed(raw)
        except Exception as exc:  # a turn that cannot be understood must not end the call
            log_failure(log, f"{self.slot_type} accumulator", exc, text)
            status = "nothing"
        return FeedResult(status, self.value if self.complete else None, self.so_far(), closing)

    def finish(self) -> Any | None:
        """The value when what was collected satisfies the slot, else None (the caller said "es todo")."""
        return self.value if self.complete else None

    def so_far(self) -> str:
        """What has been collected, readable in the locale (for a partial read-back)."""
        return ""

    def missing_part(self) -> str:
        """The part of the value the type knows is still to come, by name, when it is not simply more of what
        was said last ("before_at": an e-mail begun at its "@" with its domain whole); "" otherwise. Templates
        read it as `missing_part`; the same notion decides where the next words go, so the question and the
        engine cannot disagree."""
        return ""

    def no_room(self) -> str:
        """The characters the caller's last turn said clearly that the value has no room for ("Be larga." after
        three letters of a plate that takes three), as they would be read back; "" when it had room for all.
        They are never dropped silently: templates read them as `no_room`."""
        return ""

    def not_held(self) -> str:
        """The character a correction in the caller's last turn named as one of the value's, to be another, that
        the value does not hold ("sí, pero la de es te" at T E B ...: "D"), as read back; "" otherwise. The value
        is read back as it is: templates read it as `not_held`, never "that matches what I have"."""
        return ""

    def turn_began(self) -> None:
        """A caller turn begins: what the last one said is no news any more (`no_room`), whether or not this
        turn is heard by the value ("sí", "espere", a silence)."""

    def reset(self) -> None:
        self.value = None
        self.complete = False
        self.said = None

    def edit(self, text: str) -> bool:
        """Apply only a correction of one character ("en vez de la P es la T", "va sin la n") to what was
        collected; True when the value changed. Nothing else in the turn is added."""
        return False

    def goes_on(self, text: str) -> bool:
        """Whether `text`, said at the read-back of the value, obviously goes on with it rather than answer or
        correct it (a number cut by a pause at an open place, "Mil" - "cuarenta."): the turn is then fed to
        the value. False by default."""
        return False

    def describes(self, text: str) -> bool | None:
        """Whether a correction in the turn describes the value as it already is, or names a character it
        does not have (True: read it back again rather than change it); False when the turn changes it;
        None when it holds no such correction (see `already_so`)."""
        return None

    def spoken_of(self, text: str) -> bool:
        """Whether a detail said where several values are read back at once (a summary's "sí, pero ...") can be
        of this value: True by default; a value spelled in words (an address) says so itself, since "termina
        en cinco" or "hay una ele antes de los números" is a detail of plates, never of an address unnamed."""
        return True

    def _feed(self, text: str) -> Status:
        raise NotImplementedError

    def _once_more(self, rest: str) -> str | None:
        """When a turn with "otra vez" / "de nuevo" / "again" says, besides it, only one character the value
        holds after its first (`rest`), the turn to read instead: that character once more (see `_AGAIN_ONE`);
        else None (the value is begun again)."""
        return None

    def _taken_back_in_turn(self, head: str, tail: str) -> str:
        """The turn to read when `head`, said in it, is taken back in words and `tail` follows: the words of a
        take-back ("perdón", "sorry"), read with the rest."""
        return f"{head} {TAKE_BACK_WORD[self.lang]} {tail}".strip()

    def _commands(self, folded: str) -> tuple[str, str]:
        """("reset" | "drop" | "", the rest of the turn once the command is removed)."""
        m = _RESET[self.lang].search(folded)
        if m:
            rest = (folded[: m.start()] + " " + folded[m.end() :]).strip()
            again = self._once_more(rest) if _AGAIN_ONE.search(folded) else None
            if again is not None:
                return "", again
            return "reset", rest
        m = _DROP_LAST[self.lang].search(folded)
        if m:
            if said_before_take_back(folded[: m.start()]):
                # "G, H... scratch that, G, K, N": what this turn said before it is taken back, not the value
                # collected before the turn
                return "", self._taken_back_in_turn(folded[: m.start()], folded[m.end():])
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
