"""`plate`: a licence plate, "ABC-1234", fitted to the slot `pattern` (default `[A-Z]{2,3}-\\d{3,4}`).

Dictated over turns, with corrections (see `accumulators` for the commands); can be spelled one
character at a time; read back character by character ("B de burro" with `spell_back`).

Turns are read as a listener reads them, against what came before:
- a round number goes on in the next turn ("doscientos" - "cuarenta" = 240; after tens only with
  "y": "setenta" - "y tres" = 73), also when the rest comes at the read-back;
- "no, X" replaces what the last turn added by X of the same kind ("¿ve de vaca?" - "no, be de
  burro"); "no es setenta y tres, es setenta y ocho" puts a number right;
- the last letter named again with a word is the same letter ("ele" - "¿él de león?"); a second one
  is said as such ("ele" - "ele", "otra ele", "doble ele");
- digits said before all the letters are kept, and the letters said next go before them (also when
  the caller reads his plate digits first: "cuatro ocho cinco" - "ene, eme, ese" is NMS-485);
- a letter heard only through a garbled "letra" ("le traca") is the caller's first try at it: the same
  letter said next ("ka") is said again, not a second one, and a sound-alike named with a word ("le
  tragé" - "letra jota de Juárez") or what the syllables may also have been ("le traené" - "letra
  e") puts it right;
- a turn that tells a time ("como a las cinco") or counts characters ("son tres letras") adds nothing,
  and talk whose words only sound like letters ("el tráiler es el ciento veintiocho") never starts
  the plate over.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Mapping
from typing import Any, Literal

import regex

from ..accumulators import (
    _AGAIN_ONE,
    _POSITION,
    _REMOVE,
    _REPLACE,
    _THEN_ONE,
    _WRONG_ONE,
    ZERO_RULED_OUT,
    Accumulator,
    Status,
    _insertion,
    already_so,
    doubled,
    holds_run,
    letter_count,
    missing_placed,
    missing_unsaid,
    named_not_held,
    neighbour,
    nth_of,
    of_kind,
    only_one,
    ordinal,
    replaced,
    without_second,
    wrong_kind,
)
from ..answer_shapes import time_phrase
from ..letters import (
    _CONNECTORS_EN,
    _CONNECTORS_ES,
    BACKCHANNELS,
    NATO,
    Parsed,
    Piece,
    garbled_letter,
    garbled_letter_said_whole,
    garbled_start,
    heard_alone,
    letter_name,
    same_sound,
    sounds_alike,
    without_ruled_out,
)
from ..lexicon import COMMON_WORDS, NUEVO_PLACES, SPELLING_WORDS
from ..normalize import FILLERS, TAKE_BACK_WORDS, Lang, after_correction, fold, lang_of
from ..numbers import is_number_word, left_open, said_in_digits_once
from ..plates import (
    best_fit,
    candidates,
    extract_char,
    extract_plate,
    fit,
    fit_brute,
    given_name_alone,
    hanging_spelling,
    layouts,
    open_zeros,
    pattern_of,
    plate_pieces,
    said_as_words,
    said_once,
)
from ..readback import plate_readback
from ..yes_no import classify_yes_no
from .base import SlotType

# A dictation turn that opens by taking back the last piece: "no, be de burro", "perdón, ele".
# "ele de ochocientos treinta": a "de" between a word and a number (see `_de_named_d`)
_DE_BEFORE_NUMBER_RE = re.compile(r"(?<=[a-z]) de (?=([a-z0-9]+))")

_TAKE_BACK_LEAD: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(rf"^(?:\W*\b(?:{'|'.join(sorted(TAKE_BACK_WORDS[lang] | extra))})\b)+\W+(?=\w)")
    for lang, extra in (("es", frozenset()), ("en", frozenset({"i mean"})))
}


# "no es setenta y tres, es setenta y ocho", "it's not forty, it's fourteen": a number put right.
_NUMBER_REPLACE: dict[Lang, re.Pattern[str]] = {
    # (after a "no" at a read-back the turn left to read is "es cuatrocientos treinta, es cuatrocientos trece")
    "es": re.compile(r"(?:\bno (?:es|era|son) |^(?:es|era) )(?:el |la |un |una )?(?P<old>[^,.]+?),? "
                     r"(?:es|son|era|seria) (?:el |la |un |una )?(?P<new>[^,.?!]+)"),
    "en": re.compile(r"\b(?:its )?not (?:the )?(?P<old>[^,.]+?),? (?:its|it is|but) (?:the )?(?P<new>[^,.?!]+)"),
}
# "doble u", "double u": the letter W, not a second one of anything.
_W_NAMES = re.compile(r"\b(?:doble|double) (?:u|uve|ve|v|w|you)\b")
# The verb a caller puts before a group of characters said again ("No. Es a, ve, ye.", "son ocho, tres").
# The words that frame a letter made clear at a read-back ("no, es ve de vaca", "es con zeta de zorro", "it's
# a V as in Victor"): never a letter of it ("es" is no S there).
_CLARIFY_FRAME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:es|era|seria|va)\s+(?:(?:con|la|una)\s+)*(?=\w)|con\s+(?:(?:la|una)\s+)*(?=\w)"),
    "en": re.compile(r"(?:its|it is|thats|that is)\s+(?:(?:an?|the|with)\s+)*(?=\w)"),
}
_GROUP_LEAD: dict[Lang, re.Pattern[str]] = {
    # "el número es cuatrocientos diecisiete", "las letras son a, ene, pe": the group named before its verb
    "es": re.compile(r"\W*\b(?:(?:si\W+)?(?:pero|nomas que|solo que|nada mas que) )?"
                     r"(?:(?:el numero|los numeros|el numero de la placa|las letras) )?"
                     r"(?:es|son|era|eran|seria|serian)\b\W*"),
    "en": re.compile(r"\W*\b(?:(?:yes\W+|yeah\W+)?but )?(?:its|it is|they are|theyre|it was|"
                     r"the (?:number|numbers|digits) (?:is|are|was|were)|the letters (?:are|were))\b\W*"),
}
# "Only" said of a group said again ("nomás ochocientos ochenta y ocho", "doscientos dos nada más", "just nine
# oh two", "nine oh two only"): it tells the group is all of its kind, none of the characters it names.
_ONLY_AROUND: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:(?:es|son) )?(?:nomas|namas|nada mas|no mas|solo|solamente)\b(?: (?:es|son)\b)?"
                     r"|\b(?:nomas|namas|nada mas|no mas|solamente)\W*$"),
    "en": re.compile(r"^\W*(?:(?:its|it is) )?(?:just|only)\b|\b(?:only|just that)\W*$"),
}
# The article before a number said on its own ("el novecientos", "the nine hundred"): no letter of it.
_NUMBER_ARTICLE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:el|los|del)\s+(?=(?:\d|[a-z]*(?:cientos|ciento|cien|mil|enta|ce|ez|ve|uno|dos|tres|"
                     r"cuatro|cinco|seis|siete|ocho|nueve|cero)\b))"),
    "en": re.compile(r"the\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|hundred)\b)"),
}
# A second letter the same as the last one: "otra ere", "another R", "doble ele".
# A turn's last sentence, after some words before it: it may count a letter ("Otra vez a. Tres aes.") or say the
# number whole after a remark on it ("Sin el cero. Doscientos tres.").
_LAST_SENTENCE = re.compile(r"^(?P<head>.*?\w.*?[.;!?])\s+(?P<last>[^.;!?]*\w[^.;!?]*[.;!?]?)\s*$", re.S)
_ANOTHER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(rf"\b(?:otra|otro|doble|tambien|de nuevo(?! (?:{NUEVO_PLACES})\b))\b"),
    "en": re.compile(r"\b(?:another|double|again|also)\b"),
}
# Words that give a letter as the next one of the plate ("luego ka", "la siguiente ka", "and K", "then K"): a
# letter so said after the same letter is a second one, never that letter said alone again.
_NEXT_ONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:luego|despues|sigue|siguiente|segunda|segundo|tercera|tercero|tercer)\b"),
    "en": re.compile(r"\b(?:and|then|next|too|plus|followed|second|third)\b"),
}



# A zero that pads the number, refused: "sin el cero de adelante", "no lleva el cero al principio", "without
# the leading zero", "no zero in front".
# A turn that is a unit joined to the tens before it and nothing else ("Y dos.", "and three"): see `goes_on`.
_JOINED_UNIT = re.compile(r"^\W*(?:y|and)\s+[a-z0-9]+\W*$")
_LEADING_ZERO_GOES: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:sin|no va|no lleva|no tiene|no es con|quita|quitale|sobra) "
                     r"(?:el |ese |un |ningun )?"
                     r"(?:cero|0) (?:de adelante|de enfrente|del principio|al principio|del inicio|al inicio|"
                     r"adelante|enfrente|antes|a la izquierda)\b"
                     r"|\b(?:el |ese )?(?:cero|0) (?:de adelante|de enfrente|del principio|al principio|adelante) "
                     r"(?:no va|no lleva|sobra|esta de mas)\b"),
    "en": re.compile(r"\b(?:without|no|drop|remove|lose|not with) (?:the |a |that )?"
                     r"(?:leading (?:zero|0|oh)|(?:zero|0|oh) "
                     r"(?:in front|up front|at the (?:start|front|beginning)))\b"),
}


# The word of a spelling said after its joining word and no letter: "de Boston", "como en Boston", "like Boston",
# "as in Boston" (see `PlateAccumulator._add`).
_AID_ALONE = re.compile(r"\W*(?:(?:pues|este|eh|uh|um|oh|si|yes|no)\W+)*(?:de|como(?: en)?|like|as in)\s")


# A remark closing a dictation that the plate has no zero ("a be ce uno tres, no lleva cero", "A B C one three,
# there's no zero in it"): what the caller dictated before it is the plate, without a zero (see `ZERO_RULED_OUT`
# for the remark said alone at a read-back).
_ZERO_ABSENT_AFTER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\s*[,.;]\s*(?:y |pero |o sea |ojo |este )?(?:no (?:lleva|tiene|trae|hay|va)"
                     r"(?: ningun| el| un)? cero|sin (?:el |ningun )?cero|va sin (?:el |ningun )?cero"
                     r"|(?:el )?cero no(?: va| lleva)?)s?\W*$"),
    "en": re.compile(r"\s*[,.;]\s*(?:and |but )?(?:no zeros?(?: in it| at all)?|(?:it |there )?(?:doesnt have"
                     r"|does not have|has no|is no|isnt) (?:a |an |any )?zeros?(?: in it)?"
                     r"|theres no zeros?(?: in it)?|without (?:a |the |any )?zeros?)\W*$"),
}


def _alike(new: str, old: str, lang: Lang) -> bool:
    """Whether a letter named by a word alone may be the one just said, heard wrong: the same, or one that sounds
    like it in the caller's language (B, V and the W said "doble ve" too; "Hache." - "De hotel.", "Be." - "De
    Veracruz."; "P." - "Like Tango.", "M." - "As in Nancy.")."""
    if lang == "en":
        return sounds_alike(new, old, lang)
    return same_sound(new, old) or new in "BVW" and old in "BVW"

# "No, es doble u", "It's a W": one letter said to be the plate's (its first, where the plate has it, changes nothing)
_INSISTS_ON: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:no\W+)?es (?:la |una |con )?(?:letra )?(?P<c>\S+(?: \S+)?)\W*$"),
    "en": re.compile(r"^\W*(?:no\W+)?(?:its|it is) (?:an? |the )?(?:letter )?(?P<c>\S+(?: \S+)?)\W*$"),
}


class PlateAccumulator(Accumulator):
    """Letters and digits dictated over turns, fitted to the slot pattern."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    _piecewise = True
    # After a "no" to its read-back, its letters or digits said again as they are ("No," - "nomás 888" at
    # JKL-888) or a letter it has only made clear ("es ve chica") say the value as it is: it is read back
    # again (see `listening.fix_of`). An address restated from its "@" after a "no" is a new dictation instead.
    described_after_no = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self.pattern: regex.Pattern[str] | None = pattern_of(self.options)
        self.chars: list[str] = []
        self._turns: list[int] = []  # how many chars each turn added, for "borra eso"
        self._letters_first = False  # digits kept after "las letras están mal": new letters go before them
        self._wrong: str | None = None  # the one character the caller said is wrong, awaiting the right one
        # The last turn said one is missing, neither which nor where ("sí, pero falta una letra"): the next turn
        # may place it ("al final, la ere"). Its kind ("letra", "" for any), else None.
        self._missing: str | None = None
        # What the caller said is right ("las letras no están bien, los números sí"): a start-over keeps it.
        self._confirmed: tuple[tuple[str, ...], bool] | None = None
        self.started_over = False  # the last turn clearly began the value again ("A C A" + "D": A D)
        # The number that ended the last turn left zeros a smaller number may fill ("doscientos" +
        # "cuarenta"): how many, and how many characters that number took.
        self._open: tuple[int, int] = (0, 0)
        self._last_single = False  # the last turn added one letter and nothing else
        # the last turn ended with a letter named with its word or size ("A de árbol", "be grande"): made clear
        self._last_named = False
        # The letter the last turn began to name with a word and left hanging ("jota de..."), the word
        # still to come.
        self._hanging = ""
        # The letter the last turn ended with before a "de" ("for") it took as a character of its own ("Te de",
        # the line cut there: T D): the word of a spelling said next ("Tomate.") shows that "de" was its frame.
        self._framed = ""
        # Where a turn said one bare letter twice in a row ("Ka, ka."), and which turn: a double letter, or the
        # letter said twice to make it clear. A letter the plate then has no room for ("Be.") says which.
        self._twice: tuple[int, int] | None = None
        self._twice_across = False  # `_twice` is a letter said alone in two turns running ("Jota." - "Jota.")
        self.restated = False  # the last turn said the last letter again, named with a word ("él de león")
        self.continued = False  # the last turn went on with the number before it ("y tres" after "setenta")
        # The last turn ended with a character said on its own ("uno, dos", "letra C") or a round number
        # ("setenta"), not a whole number said as one ("ochenta y uno", "52"): the caller may go on.
        self._one_at_a_time = False
        self._left_open = False
        self._probing = False  # a copy trying whether one more character fits (`_can_take_more`)
        # The last turn's one letter was heard only through a garbled "letra": the letters it may be.
        self._unsure = ""
        self._unsure_whole = False  # that letter's name was heard whole after the garble ("litra ge")
        # Where a letter heard only through a garbled "letra" stands: a clear letter with no room takes its place.
        self._weak: int | None = None
        # The characters the last turn said clearly that the plate has no room for ("Be larga." at N C X for
        # LLL-DDD): never dropped silently, the question can say so (`Accumulator.unplaced`).
        self.unplaced = ""
        # The character a correction in the last turn named as one of the plate's that it does not hold ("la
        # de es te" at T E B ...): read back again as it is, saying so (`Accumulator.not_held`).
        self.unheld = ""
        self.clarified = False  # the last turn put right the letter heard through a garbled "letra"
        # The last turn named, to make it clear, a letter the value already has ("no, ve chica, de Veracruz"
        # at N V L 4 4 9): it describes the value as it is, and adds nothing.
        self.described = False
        self._words: frozenset[str] = frozenset()  # the turn's short words heard as words ("Tom")
        # The digits a turn said on their own that are the value of another of the call's slots (option
        # `other_values`: the tractor's number "Uno cero nueve." said again at its plate's question): held, but a
        # number said later that has no room after them takes their place.
        self._echoed = ""
        # Whether they were said before any letter ("Trailer five thirty." - "Z" - "R" - "T" - "Two"): then a number
        # said after the letters is the plate's own and takes their place even with room (ZRT-2, never ZRT-5302).
        self._echoed_first = False

    @property
    def said_alone_again(self) -> bool:
        """Whether the last turn's one letter was the letter the turn before said alone, said alone again
        ("Jota." - "Jota."): one letter if the next has no room. A turn that said it as a second one ("otra
        jota") is not this, which only the whole turn's words show."""
        return self._twice_across

    def reset(self) -> None:
        super().reset()
        self._echoed, self._echoed_first = "", False
        self._open = (0, 0)
        self._last_single = self._last_named = False
        self._hanging = ""
        self._framed = ""
        self._twice = None
        self._twice_across = False
        self.restated = False
        self.continued = False
        self._one_at_a_time = False
        self._left_open = False
        self._probing = False
        self._unsure = ""
        self._unsure_whole = False
        self._weak = None
        self.unplaced = ""
        self.unheld = ""
        self.clarified = False
        self.described = False
        self.chars = []
        self._turns = []
        self._letters_first = False
        self._wrong = None
        self._missing = None
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
        self._missing = missing_unsaid(text, self.locale) if self.chars else None
        m = _WRONG_ONE[self.lang].search(fold(text)) if isinstance(text, str) else None
        said = next((g for g in m.groupdict().values() if g), None) if m else None
        old = extract_char(said, self.locale) if said else None
        self._wrong = old if old is not None and old in self.chars else None
        return self._wrong is not None or self._missing is not None

    @property
    def missing_said(self) -> bool:
        """Whether the last turn said one is missing without which nor where ("falta una letra"): the value is
        not done, whatever a yes before it says ("sí, pero falta una letra")."""
        return self._missing is not None

    def so_far(self) -> str:
        return " ".join(c for c in self.chars if c != "-")

    def no_room(self) -> str:
        return " ".join(self.unplaced)

    def not_held(self) -> str:
        return self.unheld

    def turn_began(self) -> None:
        self.unplaced = ""
        self.unheld = ""

    @property
    def hanging(self) -> str:
        """The letter the last turn began to name with a word and left hanging ("jota de..."), else ""."""
        return self._hanging

    @property
    def framed(self) -> str:
        """The letter whose spelling the last turn cut after its "de" ("Te de": T), or `_LOST_LETTER` when the
        letter before that "de" was lost ("Es de"); else ""."""
        return self._framed

    @property
    def unsure(self) -> str:
        """The letters the last one taken may be, when it was heard only through a garbled "letra"."""
        return self._unsure

    def _may_hold(self, chars: list[str]) -> bool:
        """Whether a plate of the pattern may still be `chars` (or begin with them). An insertion none can hold
        ("primero la ce" at ABC-123: four letters) is not taken: kept, the call would stick at a value that can
        never be read back."""
        return self.pattern is None or fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True)

    def _pieces_of(self, chars: list[str]) -> list[Piece]:
        return [Piece(c, "dash" if c == "-" else "digit" if c.isdigit() else "letter") for c in chars]

    def _refresh(self) -> None:
        fitted = fit(self._pieces_of(self.chars), self.pattern, dashes=True) if self.pattern and self.chars else None
        if fitted and self._letters_first and _zero_made_a_letter(self.chars, fitted):
            # "ene" - "cero ocho uno": the digits wait for the letter still to come, a zero said among them is
            # never that letter (NO-81)
            fitted = None
        self.value, self.complete = fitted, fitted is not None
        if self.complete and not _letters_can_follow(self.chars, self.pattern):
            self._letters_first = False

    def _once_more(self, rest: str) -> str | None:
        """"Otra vez ene" at E N, "N again": the one character said is a second one, as "otra ene" is; so is
        "be de barco otra vez" when B is all the value holds (begun anew it would be the same B: nobody says
        "again" for that)."""
        parsed = plate_pieces(rest, self.lang)
        said = [p for p in parsed.pieces if p.kind != "dash"]
        # a weak name ("a", "e", "o") only as all the rest says: "otra vez a" at A A is one more A
        alone = len(re.findall(r"[a-z0-9]+", rest)) == 1
        if parsed.noise or len(said) != 1 or len(said[0].chars) != 1 or not (said[0].strong or alone):
            return None
        held = [c for c in self.chars if c != "-"]
        return f"otra {rest}" if said[0].chars in held[1:] or held == [said[0].chars] else None

    def _feed(self, text: str) -> Status:
        if self.pattern is None:
            return "nothing"
        counted = _LAST_SENTENCE.match(text)
        if counted is not None and letter_count(fold(counted.group("last")), self.locale, verbs=True):
            # "Otra vez a. Tres aes.": the letters said, then how many of a letter the plate has - read the letters
            # (never the "otra vez" of the whole turn as a start over), then the count as said alone
            status = self._feed(counted.group("head"))
            if self._add(fold(counted.group("last"))) is True:
                self._refresh()
                return "complete" if self.complete else "partial"
            return status
        folded = fold(text)
        self.unplaced = ""
        self._words = said_as_words(text)  # "Tom.": a word the recogniser heard, lost to the folding
        self._one_at_a_time = _ends_open(folded, self.lang)
        self._left_open = left_open(text)  # "Mil", cut by a pause: its zeros may be filled even at the longest
        if self.chars and missing_unsaid(text, self.locale) is not None:
            # "Sí, pero falta una letra": nothing to add yet, the next turn may say where and which
            self._missing = missing_unsaid(text, self.locale)
            return "nothing"
        command, rest = self._commands(folded)
        corrected = False
        if command == "reset" and rest and _AGAIN_ONE.search(folded) and self._renumbered(rest):
            # "otra vez: cuatro cinco dos" at ABC-453: the number said again, not the plate begun anew without
            # its letters
            return "corrected"
        if command == "reset":
            corrected = bool(self.chars)
            self.reset()
        elif command == "drop" and self._turns:
            del self.chars[len(self.chars) - self._turns.pop() :]
            corrected = True
        if command:
            folded = rest
            self._weak = None  # what the turns said is rearranged: no letter is known weak any more
        zero_absent = _ZERO_ABSENT_AFTER[self.lang].search(folded) if not command else None
        if zero_absent is not None and any(p.kind != "dash" for p in
                                           plate_pieces(folded[: zero_absent.start()], self.lang).pieces):
            # "a be ce uno tres, no lleva cero": the plate dictated, and a remark on it that changes nothing
            # (a zero it holds goes, as at the read-back). Only after characters: "sí, no tiene cero", "no, sin cero"
            # at "Llevo X Y Z 0 1 2" dictate nothing before the remark - it takes the zero out, read below
            folded = folded[: zero_absent.start()]
            added = self._add(folded)
            if "0" in self.chars:
                del self.chars[len(self.chars) - 1 - self.chars[::-1].index("0")]
            self._refresh()
            if added == "restart":
                return "corrected"
            return ("complete" if self.complete else "partial") if added else "nothing"
        if not command and self._letters_said_again(folded):
            # "Llevo W A L 6 0 4" - "Doble u, a, ele." / "No, es doble u.": the letters the plate has, said again
            # (the caller answers a read-back that had them wrong, or makes them clear) - no new plate begun
            # without its digits; the plate is as the caller says
            self.described = True
            return "nothing"
        # "Be de" - "Ve de Veracruz": the letter cut off said whole is no correction of the B (read in _add)
        cut_named = self._names_cut_letter(folded, self._cut_letter(self._hanging, self._framed))
        edit = None if not command and cut_named else self._edit(folded)
        self._missing = None  # said where and which, or not: only the turn right after is read with it
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
            # "otra vez desde el principio": the value begins again, what was said before is no guide
            self.started_over = self.started_over or command == "reset"
            return "corrected"
        if not added:
            return "nothing"
        if self.complete and self.may_go_on():
            # CAC-12 is a valid plate, but "Letra C. Uno, dos." may be followed by "cuatro": the value is
            # read back once a turn adds nothing (a pause, "sí", a filler) or the caller closes it.
            return "partial"
        return "complete" if self.complete else "partial"

    def goes_on(self, text: str) -> bool:
        """ "Ciento." - "Ochenta." (read back: GUZ-180) - "Y dos.": a unit joined with "y" / "and" to the tens the
        value ends with goes on with that number (GUZ-182), as it would before the read-back (`_continue_number`).
        So does a bare number that fills the last two zeros of a number the caller was already saying over pauses
        ("Mil" - "cuatrocientos." (read back: LVZ-1400) - "Dos.": LVZ-1402; "One thousand" - "four hundred." -
        "twelve.": 1412): one more breath of the same number. No other turn does (a bare number at a read-back
        corrects, as always)."""
        if self.pattern is None or not isinstance(text, str):
            return False
        folded = fold(text)
        words = re.findall(r"[a-z0-9]+", folded)
        joined = self._open[0] == 1 and bool(_JOINED_UNIT.match(folded))
        filled = self._open[0] == 2 and self.continued and bool(words) \
            and all(w.isdigit() or is_number_word(w, self.lang) or w in ("y", "and") for w in words)
        if not joined and not filled:
            return False
        tried = self._tried(text)
        return tried is not None and tried[0].continued and tried[1] in ("partial", "complete") \
            and (joined or tried[0].so_far() != self.so_far())

    def may_go_on(self) -> bool:
        """Whether the caller may still be dictating this value: the last turn ended with a character said
        on its own ("uno, dos", "letra C uno dos") or a round number the caller may go on with ("setenta"
        - "y tres", "doscientos" - "cuarenta"), not a whole number said as one ("ochenta y uno", "ciento
        veinticuatro", "doce", "52"), and the pattern takes one more character after it. A value at its
        longest is complete whatever way it was said, unless it ends with a round number whose zeros what
        comes next fills, cut by a pause ("be, be, a" - "Mil" - "doscientos" is BBA-1200, as long as BBA-1000;
        "Mil cien." is whole, see `numbers.left_open`)."""
        if self._echoed_first and any(c.isalpha() for c in self.chars) \
                and "".join(c for c in self.chars if c.isdigit()) == self._echoed and not self._probing:
            # "Trailer five thirty." (another slot's number said again) - "Z" - "R" - "T": the letters came after
            # digits that were no part of the plate; its own number is still to come (see `_echo_replaced`)
            return True
        if not self._one_at_a_time or self.pattern is None or not self.chars or self._probing:
            return False
        zeros, size = self._open
        if zeros >= 2 and self._left_open and len(self.chars) >= size \
                and "".join(self.chars[-zeros:]) == "0" * zeros:
            return True
        return self._can_take_more()

    def _can_take_more(self) -> bool:
        """Whether one more character would still fit: after the last one, or a letter before the digits
        kept when the letters were said to be wrong (DZ-4739 may still become DZM-4739). Tried on copies."""
        for probe in _PROBES:
            tried = self._tried(probe)
            if tried is not None and tried[1] in ("partial", "complete") and len(tried[0].chars) > len(self.chars):
                return True
        return False

    def _tried(self, text: str) -> tuple[PlateAccumulator, Status] | None:
        """`text` fed to a probing copy of the value, the value itself untouched: the copy and its status, or None
        when the turn cannot be read (a turn or probe that cannot be read adds nothing)."""
        trial = copy.deepcopy(self)
        trial._probing = True
        try:
            return trial, trial._feed(text)
        except Exception:
            return None

    def _edit(self, folded: str) -> Literal["edited", "appended", "failed"] | None:
        """Apply "en vez de X es Y" / "la última es Y"; None when the turn is not such an edit."""
        missing, self._missing = self._missing, None
        put = missing_placed(folded, self.locale, [c for c in self.chars if c != "-"]) \
            if missing is not None and self.chars else None
        if put is not None and self._may_hold(put):
            self.chars = put  # "Falta una letra." - "Al final, la ere." at T P 1 5 1: TPR-151
            return "edited"
        then = _THEN_ONE[self.lang].search(folded.strip()) if self._wrong is not None else None
        new_char = extract_char(then.group("new"), self.locale) if then else None
        if new_char is not None and self._wrong in self.chars and new_char != self._wrong:
            self.chars[len(self.chars) - 1 - self.chars[::-1].index(self._wrong)] = new_char
            self._wrong = None
            return "edited"
        letter = self._clarified(folded)
        if letter is not None and letter not in self.chars:
            ruled_out = self._ruled_out_for(folded, letter)
            if ruled_out is not None:
                # "It's B as in boy, not P." at K V P: the caller names the letter that goes (the P), so that
                # one is replaced - never the V, which only sounds like the B
                self.chars[len(self.chars) - 1 - self.chars[::-1].index(ruled_out)] = letter
                return "edited"
            # "No, ve chica, de Veracruz" at N B L 4 4 9: the one letter that sounds like it was misheard
            alike = [i for i, c in enumerate(self.chars) if c.isalpha() and same_sound(c, letter)]
            if len(alike) == 1:
                self.chars[alike[0]] = letter
                return "edited"
        insisted = _INSISTS_ON[self.lang].match(folded) if any(c.isdigit() for c in self.chars) else None
        letter = extract_char(insisted.group("c"), self.locale) if insisted else None
        if letter is not None and letter.isalpha() and letter not in self.chars:
            # "No, es doble u." at VAL-604: one letter the plate lacks, said to be the plate's - the one letter it
            # has that sounds like it was misheard (WAL-604), never a new plate begun from it
            alike = [i for i, c in enumerate(self.chars) if c.isalpha() and _alike(letter, c, self.lang)]
            if len(alike) == 1:
                self.chars[alike[0]] = letter
                return "edited"
        kind = wrong_kind(folded, self.lang)
        if kind and self.chars:
            letters = kind in ("letras", "letters")
            kept = [c for c in self.chars if c != "-" and c.isalpha() != letters]
            if not kept or len(kept) == len([c for c in self.chars if c != "-"]):
                return "failed"
            self.chars, self._turns = kept, [len(kept)]
            self._letters_first = letters  # the letters said next go before the digits that were kept
            self._confirmed = (tuple(kept), letters)
            return "edited"
        placed = _insertion(folded, self.locale, [c for c in self.chars if c != "-"], words=False, placed=True) \
            if self.chars else None
        if placed is not None and self._may_hold(placed):
            self.chars = placed  # "the first letter is missing, it's L": not the first letter replaced
            return "edited"
        m = _POSITION[self.lang].search(folded)
        if m:
            new = extract_char(m.group("new"), self.locale)
            what = of_kind(m.group("pos"), m.group("what") or "", new, [c for c in self.chars if c != "-"])
            idx = [i for i, c in enumerate(self.chars) if c != "-" and (
                not what or what == "one" or what == "character"
                or (c.isdigit() if what in ("numero", "digito", "number", "digit") else c.isalpha()))]
            pos = ordinal(m.group("pos"), len(idx))
            if pos is None:
                return "failed"
            if new is not None and pos == len(idx) and not what:
                self.chars.append(new)  # "la primera es la A" before anything was said: just the next one
                self._turns.append(1)
                return "appended"
            if new is None or not idx or not -len(idx) <= pos < len(idx):
                return "failed"
            self.chars[idx[pos]] = new
            return "edited"
        if self._number_replaced(folded):
            return "edited"
        idx = [i for i, c in enumerate(self.chars) if c != "-"]
        named = neighbour(folded, self.locale, [self.chars[i] for i in idx], words=False)
        if named is not None:
            if named[0] is None:
                return "failed"
            self.chars[idx[named[0]]] = named[1]  # "la que va después de la ge es i griega"
            return "edited"
        for rx, held_only in ZERO_RULED_OUT[self.lang]:
            # (before the replacements, whose "no X" would read "no, no cero" as a zero for something)
            # "No cero." at TR-307: the zero goes; at TR-37 it is a zero told with the pause lost ("No, cero")
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            instead = self._zero_instead(folded, m) if m and old in self.chars else None
            if instead is not None and len(instead[0]) > 1:
                at = len(self.chars) - 1 - self.chars[::-1].index("0")
                if instead[0] in "".join(self.chars[:at] + self.chars[at + 1 :]):
                    instead = None  # "no cero, tres siete" at TR-307: the characters said again without it (TR-37)
            if instead is not None:
                # "no, el cero no, es la letra o" at ABC-103: the zero is that letter, where the pattern lets a
                # letter stand there (where it does not, the read-back says so: see `describes`); "no cero, uno
                # tres" at TR-307 says other characters: never the zero only taken out (TR-37)
                if not instead[1]:
                    return "failed"
                self.chars = instead[1]
                return "edited"
            if old is not None and old in self.chars:
                del self.chars[len(self.chars) - 1 - self.chars[::-1].index(old)]
                return "edited"
            if old is not None and not held_only:
                return "failed"  # "No, cero no." at TR-37: there is none, as the caller says (read back again)
        failed = False
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            if not m:
                continue
            old, new = replaced(m, self.locale)
            if old is not None and new is not None and old not in self.chars:
                renamed = self._renamed_with_same_word(m.group("new"), new)
                if renamed is not None:
                    old, new = new, renamed
            if old is None or new is None or old not in self.chars:
                failed = True  # another wording may still read it ("sería la T en vez de la D")
                continue
            at = nth_of(m, self.chars, old)  # "la segunda uno es siete" at 1 1 5: that one
            if at == -1:
                failed = True
                continue
            self.chars[len(self.chars) - 1 - self.chars[::-1].index(old) if at is None else at] = new
            return "edited"
        twice = doubled(folded, self.chars, self.lang, lambda said: extract_char(said, self.locale))
        if twice is not None:
            # "lleva doble ele" at L B 1 2 3: the one L is two (LLB-123), as the pattern allows; "no va doble
            # ele, nada más una" takes the pair to one
            if not fit(self._pieces_of(twice), self.pattern, partial=True, dashes=True):
                return "failed"
            self.chars = twice
            return "edited"
        if failed and without_ruled_out(folded, self.lang) == folded:
            return "failed"
        if failed:
            return None  # "es con be grande, no con ve chica" amid a dictation without a V: the next letter, B
        if _LEADING_ZERO_GOES[self.lang].search(folded):
            # "sin el cero de adelante": a zero that pads the number goes; a number with none is already so
            at = self._leading_zero()
            if at is None:
                return "failed"
            del self.chars[at]
            return "edited"
        once = only_one(folded, self.locale)
        if once is not None:
            # "nomás una eme" at M M N O 8 4: the second one goes; with one already, nothing is taken away
            fewer = without_second(self.chars, once)
            if fewer is None:
                return "failed"
            self.chars = fewer
            return "edited"
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
        if inserted is not None and self._may_hold(inserted):
            self.chars = inserted
            return "edited"
        return None

    def _renames(self, folded: str) -> bool:
        """Whether a "no es X, es Y de W" correction in the turn changes a held letter by its name
        (`_renamed_with_same_word`)."""
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            if m is None:
                continue
            old, new = replaced(m, self.locale)
            if old is not None and new is not None and old not in self.chars:
                return self._renamed_with_same_word(m.group("new"), new) is not None
            return False
        return False

    def _renamed_with_same_word(self, said: str, by_word: str) -> str | None:
        """ "Ache de Chihuahua." (C, by its word) - "No es ache, es ge de Chihuahua.": the correction keeps the word
        and changes the name - the word names the letter held (C), the one ruled out ("ache") is not held, so the
        word only repeats what was said and the name is the correction (G in the C's place). The letter the name
        says, else None (the word agrees with the name, or sounds like it: "be de Veracruz" is V)."""
        words = re.findall(r"[a-z]+", said)
        framed = next((c for c in (_CONNECTORS_ES if self.lang == "es" else _CONNECTORS_EN)
                       if len(words) == len(c) + 2 and tuple(words[1:-1]) == c), None)
        if framed is None or by_word not in self.chars:
            return None
        named = letter_name(words[0], self.lang, nato=False)
        if named is None or not named[1] or named[0] == by_word or same_sound(named[0], by_word):
            return None
        return named[0]

    def _zero_instead(self, folded: str, m: re.Match[str]) -> tuple[str, list[str]] | None:
        """What a turn ruling a zero out (`m`, of `ZERO_RULED_OUT`) says goes instead ("el cero no, es la letra
        o" -> "O"), and the plate with it in place of the last zero ([] when that cannot be: more characters
        than one, or one the pattern has no room for there); None when it says nothing goes instead."""
        instead = _said_instead(folded[m.end() :], self.lang)
        if instead is None or "0" not in self.chars:
            return None
        at = len(self.chars) - 1 - self.chars[::-1].index("0")
        new = [*self.chars[:at], instead, *self.chars[at + 1 :]]
        return (instead, new) if len(instead) == 1 and self._holds_there(new) else (instead, [])

    def _holds_there(self, chars: list[str]) -> bool:
        """Whether a plate of the pattern is (or begins with) `chars` as they are: no letter read as a digit to fit
        it (an O where the number is: ABC-1O3 is no plate of LLL-DDD, whatever ABC-103 it would fit as)."""
        if self.pattern is None:
            return True
        # (or begins one: a dictation not done yet, "P F W" with the T in place of the P)
        said, forms = layouts(self._pieces_of(chars))
        return any(self.pattern.fullmatch(form, partial=True) for form in forms) \
            or fit_brute(said, self.pattern, partial=True) is not None

    def _no_room_for(self, folded: str) -> str | None:
        """The one character a turn says stands in place of one of the plate's where the pattern has no room
        for it ("no, el cero no, es la letra o", "en vez del cero es la o", "not zero, it's the letter o" at
        ABC-103: the number is digits only), else None."""
        for rx, _ in ZERO_RULED_OUT[self.lang]:
            m = rx.search(folded)
            if m and extract_char(m.group("old"), self.locale) == "0":
                instead = self._zero_instead(folded, m)
                if instead is not None:
                    return instead[0] if len(instead[0]) == 1 and not instead[1] else None
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            old, new = replaced(m, self.locale) if m else (None, None)
            if old is None or new is None or old not in self.chars or new in self.chars:
                continue
            at = len(self.chars) - 1 - self.chars[::-1].index(old)
            return None if self._holds_there([*self.chars[:at], new, *self.chars[at + 1 :]]) else new
        return None

    def _ruled_out_for(self, folded: str, letter: str) -> str | None:
        """The letter of the value a turn that names `letter` with its word rules out in its favour ("B as in
        boy, not P", "be de burro, no pe"), else None."""
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            if m is None:
                continue
            old, new = replaced(m, self.locale)
            if new == letter and old is not None and old != letter and old in self.chars:
                return old
        return None

    def _leading_zero(self) -> int | None:
        """Where a zero opens the plate's run of digits (KOP-0856), else None."""
        for i, c in enumerate(self.chars):
            if c == "0" and (i == 0 or not self.chars[i - 1].isdigit()) \
                    and i + 1 < len(self.chars) and self.chars[i + 1].isdigit():
                return i
        return None

    def _number_swap(self, folded: str) -> tuple[list[str], list[str]] | None:
        """ "No es setenta y tres, es setenta y ocho", "no es trece, es letra ce": a number said as wrong, and
        what is right in its place - another number, or the letter(s) it was misheard for; the characters of
        both, else None."""
        m = _NUMBER_REPLACE[self.lang].search(folded)
        if not m:
            return None
        said = []
        for part in (m.group("old"), m.group("new")):
            pieces = plate_pieces(part, self.lang)
            if pieces.noise or not pieces.pieces or any(p.kind == "dash" for p in pieces.pieces):
                return None
            said.append([c for p in pieces.pieces for c in p.chars])
        old, new = said
        return (old, new) if all(c.isdigit() for c in old) else None

    def _number_replaced(self, folded: str) -> bool:
        """A number said as wrong, and what is right in its place (`_number_swap`); the last time its digits
        were taken they are replaced."""
        swap = self._number_swap(folded)
        if swap is None:
            return False
        old, new = swap
        for at in range(len(self.chars) - len(old), -1, -1):
            if self.chars[at : at + len(old)] == old:
                chars = [*self.chars[:at], *new, *self.chars[at + len(old) :]]
                if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
                    return False
                self.chars = chars
                return True
        return False

    def _clarified(self, folded: str) -> str | None:
        """The letter a turn names on its own to make it clear, after a "no" or not ("no, ve chica, de
        Veracruz", "be grande", "No, ka de kilo"), when it cannot go on the value (the value already has
        its digits): the caller is putting a letter of the value right, never beginning a new plate with
        it. None for any other turn."""
        if self.pattern is None or not self.chars or self._letters_first or _ANOTHER[self.lang].search(folded):
            return None
        lead = _TAKE_BACK_LEAD[self.lang].match(folded)
        rest = folded[lead.end():] if lead else folded
        framed = _CLARIFY_FRAME[self.lang].match(rest)  # "no, es ve de vaca", "es con ve chica"
        parsed = plate_pieces(rest[framed.end():] if framed else rest, self.lang)
        said = [p for p in parsed.pieces if p.kind != "dash"]
        # one letter, or the same one named twice over ("ve de Veracruz, ve chica")
        if parsed.noise or not said or len({p.chars for p in said}) != 1 or len(said) > 2 \
                or said[0].kind != "letter" or len(said[0].chars) != 1 or not all(p.strong for p in said) \
                or not any(p.spelled or p.sized for p in said):
            return None
        letter = said[0].chars
        if fit(self._pieces_of([*self.chars, letter]), self.pattern, partial=True, dashes=True):
            return None  # the next letter of the value, named with its word
        return letter

    def _only_made_clear(self, folded: str) -> bool:
        """Whether a letter named on its own is framed as a remark on it ("es ve chica", "es con be grande") or
        said with its size: words that make a letter clear, never the start of a dictation."""
        lead = _TAKE_BACK_LEAD[self.lang].match(folded)
        rest = folded[lead.end():] if lead else folded
        framed = _CLARIFY_FRAME[self.lang].match(rest)
        return bool(framed) or any(p.sized for p in plate_pieces(rest, self.lang).pieces)

    def _letters_said_again(self, folded: str) -> bool:
        """Whether a turn at a plate that holds its letters and digits says only its letters again, all of them in
        their order ("doble u, a, ele" at W A L 6 0 4), or insists on its first one ("no, es doble u")."""
        letters = [c for c in self.chars if c.isalpha()]
        if not letters or not any(c.isdigit() for c in self.chars):
            return False
        insisted = _INSISTS_ON[self.lang].match(folded)
        if insisted is not None:
            return extract_char(insisted.group("c"), self.locale) == letters[0]
        pieces = plate_pieces(folded, self.lang).pieces
        said = [p for p in pieces if p.kind != "dash"]
        return len(said) > 1 and all(p.kind == "letter" for p in said) \
            and [c for p in said for c in p.chars] == letters

    def edit(self, text: str) -> bool:
        if self.pattern is None or not isinstance(text, str):
            return False
        split = _LAST_SENTENCE.match(text)
        if split is not None and self._number_alone(fold(split.group("last"))) and self.edit(split.group("head")):
            # "Sin el cero. Doscientos tres." at DUZ-230: the remark, then the number said whole as it is meant -
            # read one after the other, the number said last has the last word (DUZ-203, never DUZ-23)
            self.edit(split.group("last"))
            return True
        before, turns = list(self.chars), list(self._turns)
        try:
            done = self._edit(fold(text)) == "edited" or self._group_replaced(fold(text))
        except Exception:  # a correction that cannot be read leaves the value as it was
            done = False
        if not done or self.chars == before:
            self.chars, self._turns = before, turns
            return False
        self._turns = [len(self.chars)]
        self._refresh()
        return True

    def _number_alone(self, folded: str) -> bool:
        """Whether a sentence says digits and nothing else ("Doscientos tres.")."""
        parsed = plate_pieces(folded, self.lang)
        return bool(parsed.pieces) and not parsed.noise and all(p.kind == "digit" for p in parsed.pieces)

    def describes(self, text: str) -> bool | None:
        """As `Accumulator.describes`; also the letters or the digits said again on their own ("No, ocho,
        tres, seis, siete" at LGB-8367): True when they are the ones the value has."""
        if self.pattern is None or not isinstance(text, str) or not self.chars:
            return None
        folded = fold(text)
        chars = [c for c in self.chars if c != "-"]
        if _LEADING_ZERO_GOES[self.lang].search(folded):
            return self._leading_zero() is None  # no zero pads the number: it is as the caller says
        no_room = self._no_room_for(folded)
        if no_room is not None:
            # "no, el cero no, es la letra o" at ABC-103: the O has no room there; read back again as it is,
            # saying so (`no_room`) - never the zero dropped (ABC-13) nor the letter taken as a yes
            self.unplaced = no_room
            return True
        if self._renames(folded):
            return False  # "no es ache, es ge de Chihuahua" at F C: the C goes (`_renamed_with_same_word`)
        found = already_so(folded, self.locale, chars, words=False, room=lambda c: self._room_for(chars, c))
        if found is not None:
            if found:
                # "sí, pero la de es te" at T E B ...: no D to put right - said so, never "that is what I have"
                self.unheld = named_not_held(folded, self.locale, chars, words=False) or ""
            return found
        swap = self._number_swap(folded)
        if swap is not None and not _holds(chars, swap[0]) and _holds(chars, swap[1]):
            return True  # "no es trece, es letra ce" at BOC-7410: no 13, and the C is there
        letter = self._clarified(folded)
        if letter is not None:
            if letter in chars[1:]:
                return True  # "no, ve chica, de Veracruz" at N V L 4 4 9: the V is there
            if letter in chars:
                # the plate's own first letter: the caller may be dictating it anew ("no, ve de Veracruz"), unless
                # the words only make it clear ("es ve chica, de Veracruz", "be grande"): then it is so already
                return True if self._only_made_clear(folded) else None
            if len([c for c in chars if c.isalpha() and same_sound(c, letter)]) == 1:
                return False  # ... at N B L 4 4 9: the B becomes V
        group = self._group_said(folded)
        if group is None:
            return None
        digits = group[0].isdigit()
        return [c for c in chars if c.isdigit() == digits] == group

    def _room_for(self, chars: list[str], char: str) -> bool:
        """Whether a plate of the pattern could hold `chars` and one more `char` among its letters or its digits
        (ABC-122 may be ABC-1222; GWS-317 holds no fourth letter)."""
        if self.pattern is None:
            return True
        letters = [c for c in chars if c.isalpha()]
        digits = [c for c in chars if c.isdigit()]
        trial = [*letters, char, *digits] if char.isalpha() else [*letters, *digits, char]
        return fit(self._pieces_of(trial), self.pattern, dashes=True) is not None

    def _group_said(self, folded: str) -> list[str] | None:
        """The turn is all the letters or all the digits of a plate said on their own, two or more of them
        ("ocho, tres, seis, siete", "a, ene, pe"): those characters, else None."""
        folded = _ONLY_AROUND[self.lang].sub(" ", folded).strip()
        lead = _GROUP_LEAD[self.lang].match(folded)
        if lead and _GROUP_LEAD[self.lang].search(folded, lead.end()):
            return None  # "es efe, es ese": talk about letters, not a group of them
        parsed = plate_pieces(self._group_words(folded), self.lang)  # "es a, ve, ye": A V Y
        pieces = parsed.pieces
        chars = [c for p in pieces for c in p.chars if c != "-"]
        if parsed.noise or len(chars) < 2 or any(p.kind == "dash" for p in pieces):
            return None
        if len({c.isdigit() for c in chars}) != 1:
            return None
        return chars

    def _group_words(self, folded: str) -> str:
        """The turn without the verb put before a group said again ("es a, ve, ye"), nor the article before a
        number said so ("es el novecientos": no letters S L)."""
        folded = _ONLY_AROUND[self.lang].sub(" ", folded).strip()
        lead = _GROUP_LEAD[self.lang].match(folded)
        rest = folded[lead.end():] if lead else folded
        article = _NUMBER_ARTICLE[self.lang].match(rest)
        return rest[article.end():] if article else rest

    def _said_as_one(self, folded: str) -> bool:
        """Whether the turn's characters are one number said whole ("novecientos", "mil doscientos")."""
        parsed = plate_pieces(self._group_words(folded), self.lang)
        return len(parsed.pieces) == 1 and parsed.pieces[0].kind == "digit" and parsed.pieces[0].strong

    def _group_replaced(self, folded: str) -> bool:
        """ "No, ocho, tres, seis, ocho" at LGB-8367: the digits (or the letters) said again on their own,
        as many as the value has, replace them; the other kind is kept. A group said with more characters
        than the value has of its kind, all of those among them in order ("sí, ge, hache, ele" at GL-2263),
        is the caller restoring what was lost: it replaces them too (one said with fewer may be only a
        part of them said again, and changes nothing)."""
        group = self._group_said(folded)
        if group is None:
            return False
        digits = group[0].isdigit()
        at = [i for i, c in enumerate(self.chars) if c != "-" and c.isdigit() == digits]
        had = [self.chars[i] for i in at]
        if not at or had == group:
            return False
        if digits and len(at) != len(group) and len(group) >= _WHOLE_NUMBER and self._said_as_one(folded):
            # "Novecientos" at ABC-1234: the plate's number said again as one number, of another length; it
            # replaces the number, the letters stay (never a new plate of digits only)
            if at[-1] - at[0] + 1 != len(at):
                return False
            chars = [*self.chars[: at[0]], *group, *self.chars[at[-1] + 1:]]
            if not fit(self._pieces_of(chars), self.pattern, dashes=True):
                return False
            self.chars = chars
            return True
        if len(at) > len(group) or len(at) < len(group) and not _in_order(had, group):
            return False
        if fit(self._pieces_of([*self.chars, *group]), self.pattern, dashes=True):
            return False  # "cuatro, dos" at BET-35 may go on with the value (BET-3542): more of it, not others
        if len(at) < len(group):
            if at[-1] - at[0] + 1 != len(at):
                return False  # letters on both sides of the digits: which of them it restores is unclear
            chars = [*self.chars[: at[0]], *group, *self.chars[at[-1] + 1:]]
            if fit(self._pieces_of(chars), self.pattern, dashes=True):
                self.chars = chars
                return True
            return False
        chars = list(self.chars)
        for i, c in zip(at, group, strict=True):
            chars[i] = c
        if not fit(self._pieces_of(chars), self.pattern, dashes=True):
            return False
        self.chars = chars
        return True

    def _add(self, folded: str) -> bool | str:
        assert self.pattern is not None
        self.started_over = False
        self.restated = self.continued = self.clarified = self.described = False
        opened, self._open = self._open, (0, 0)
        last_single, self._last_single = self._last_single, False
        last_named, self._last_named = self._last_named, False
        unsure, self._unsure = self._unsure, ""
        hanging, self._hanging = self._hanging, ""
        framed, self._framed = self._framed, ""
        if time_phrase(folded, self.locale) and not heard_alone(folded, self.lang):
            return False  # "y llego como a las cinco": a time, not letters and digits ("Hora." is jota)
        counted = letter_count(folded, self.locale, verbs=True)
        if counted is not None and holds_run(self.chars, *counted):
            # "Sí, dos efes." after "doble efe": how many of a letter the plate has, as it has them; no "2"
            self.described = True
            return False
        if counted is not None and self._run_completed(*counted):
            return True
        cut = self._word_after_cut(folded, hanging, framed)
        if cut is not None:
            return cut
        second = _SECOND_OF_NAME.match(folded) if last_single and self.chars[-1:] in (["I"], ["Y"]) else None
        if second is not None:
            # "Litra i" - "griega.": the letter's name said over two turns, one letter (Y), not I and G
            self.chars[-1] = "Y" if second.group(1) == "griega" else "I"
            rest = folded[second.end():]
            self._last_single = not re.search(r"[a-z0-9]", rest)
            return self._add(rest) if not self._last_single else True
        short = self._frame_without_room(folded)
        if short is not None:
            folded = short
        folded = said_in_digits_once(folded, self.lang)  # "ABC noventa, nueve cero": 90 said twice, not 990
        parsed = plate_pieces(folded, self.lang, self._words)
        if not self.chars:
            parsed = self._de_named_d(folded, parsed)
        if self.chars and last_single:
            # "Kilo." - "Uva." - "Ernesto.": in the middle of a dictation letter by letter a name alone is the word
            # of "E de Ernesto", as "Uva." is U (a name said first is the caller talking: "Ana." is no A)
            parsed = given_name_alone(folded, self.lang) or parsed
        pieces = parsed.pieces
        if not pieces:
            # "¿Sí?", "este...": a line check or a filler between a letter and the same letter named with a
            # word ("ese de..." - "¿sí?" - "ese de Sonora") keeps them one letter
            self._last_single, self._hanging = last_single, hanging
            return False
        if parsed.noise and not any(p.strong for p in pieces):
            return False
        if not any(p.strong for p in pieces) and classify_yes_no(folded, self.locale).answer == "yes":
            return False  # "Es correcto.": a yes said during the dictation, not the letter S
        if self._continue_number(folded, parsed, opened):
            self.continued = True  # "setenta" - "y tres": a number said as one, over two turns
            # "doscientos" - "cuarenta" is whole; "mil" - "novecientos" (1900) may still go on
            self._one_at_a_time = _round("".join(self.chars[-self._open[1]:])) if self._open[1] else False
            return True
        if self._number_said_whole(parsed, opened):
            self.continued = True  # "novecientos" - "novecientos cuarenta y tres": 943, said again whole
            return True
        letter = self._clarified(folded)
        if letter is not None and letter in self.chars[1:]:
            again = self._begun_again([c for c in candidates(pieces) if c])
            if again is not None and again == self.chars[: len(again)]:
                # "Le traye." - "Mi trate." - "Ye de yate." - "Te de Tomás." at Y T Y: the letters held, said again
                # from the first after a second Y - the dictation begun again (Y T), the next letter to come
                self.chars, self._turns, self.started_over = again, [len(again)], True
                self._weak = None
                return True
            # "No, ve chica, de Veracruz" after "cuatro, cuatro, nueve" at N V L: the V is there already (the
            # plate's first letter said so may begin it anew, as at a read-back)
            self.described = True
            return False
        retaken = self._take_back(folded)
        if retaken is not None:
            return retaken if retaken != "same" else False
        said_again = self._said_again(folded, parsed, unsure)
        if said_again is not None:
            return said_again
        if last_single and self.chars and len(pieces) == 1 and pieces[0].kind == "letter" \
                and (pieces[0].spelled or pieces[0].sized) \
                and pieces[0].chars == self.chars[-1] and not _ANOTHER[self.lang].search(folded):
            # "Letra ele." - "¿Él de león?", "Letra be." - "Be grande.", "Hache." - "Hache de...": the same
            # letter named again with a word or its size to make it clear (a second one is "otra ele",
            # "doble ele", or the bare name again: "ele." - "ele.")
            self.restated = self._last_named = True
            if self._weak == len(self.chars) - 1:
                # heard only through a garbled "letra" ("Le trae a." ... "A de árbol."): sure now, which is news
                self._weak, self.clarified = None, True
            self._last_single = True
            self._hanging = pieces[0].chars if hanging_spelling(folded, self.lang) else ""
            return False
        if self.chars and self.chars[-1].isalpha() and len(pieces) == 1 and not last_named \
                and pieces[0].kind == "letter" and pieces[0].spelled and not pieces[0].said \
                and _AID_ALONE.match(folded) and not _ANOTHER[self.lang].search(folded) \
                and _alike(pieces[0].chars, self.chars[-1], self.lang):
            # "P." - "Like Tango.", "Doble u." - "De Boston.": the word of a spelling alone, no letter named with it,
            # says which letter the one just said is (T) when it sounds like it - never a letter of its own ("P T");
            # read back again. "Efe de Francisco." - "De Durango." is the next letter: its "de" is the name of the D
            # it spells; a word alone ("Ge de gato." - "Iguana.") is the next letter as well, dictated by its word.
            # "T R." - "De Roma.": the last letter said, whatever came before it. Not a letter already named with
            # its word ("A de árbol." - "De burro." is A B: the "be" lost, as "Ge de gato." - "De Boston." is G B),
            # and only for a letter that sounds like the one said ("Be." - "De Veracruz.", "M." - "As in Nancy."):
            # "T R." - "De Toluca.", "A B." - "De Chihuahua.", "X." - "Like Yankee.", "W." - "Like Boston." name
            # the next letter (its "te", "ce", "Y", "B" lost) or the plates' state, never put it in the place of
            # the R, B, X or W
            self._last_single = self._last_named = True
            if pieces[0].chars == self.chars[-1]:
                self.restated = True
                return False
            self.chars[-1] = pieces[0].chars
            self._weak = None
            self.clarified = True
            return True
        echo = self._echo_replaced(parsed)
        if echo is not None:
            return echo
        count_before = len(self.chars)
        had_digits = any(c.isdigit() for c in self.chars)
        open_tail = self.chars[-opened[1]:] if opened[0] else []
        added = self._add_pieces(parsed, named_o=bool(_O_NAMED_A_LETTER[self.lang].search(folded)),
                                 anew=bool(_TAKE_BACK_LEAD[self.lang].match(folded)
                                           or after_correction(folded, self.lang)))
        if added and not had_digits and all(p.kind == "digit" for p in pieces) \
                and "".join(c for c in self.chars if c.isdigit()) in self.options.get("other_values", ()):
            # (words around the digits - "Trailer five thirty.", "Es la quinientos treinta." - name what they are)
            self._echoed = "".join(c for c in self.chars if c.isdigit())
            self._echoed_first = all(c.isdigit() for c in self.chars)
        if added:
            last = pieces[-1]
            zeros = open_zeros(last.chars) if last.kind == "digit" else 0
            if zeros and "".join(self.chars[-len(last.chars):]) == last.chars:
                self._open = (zeros, len(last.chars))
            elif open_tail and all(p.kind == "letter" for p in pieces) and self.chars[-len(open_tail):] == open_tail:
                # "Doscientos." - "X Y Z." - "dos.": the letters go before the number, which is still open (202)
                self._open = opened
            self._last_single = len(pieces) == 1 and last.kind == "letter" and len(last.chars) == 1
            self._last_named = last.kind == "letter" and (last.spelled or last.sized)
            heard = garbled_letter(folded) if self._last_single else ""
            self._unsure = heard if heard[:1] == last.chars == self.chars[-1] else ""
            self._unsure_whole = bool(self._unsure) and garbled_letter_said_whole(folded)
            if self._unsure or self._last_single and last.chars == self.chars[-1] and garbled_start(folded):
                self._weak = len(self.chars) - 1  # held less firmly than a letter said clearly
            if last.kind == "letter" and self.chars and last.chars == self.chars[-1] \
                    and (short is not None or hanging_spelling(folded, self.lang)):
                self._hanging = last.chars
            if added in (True, "restart") and not _ANOTHER[self.lang].search(_W_NAMES.sub(" ", folded)):
                # after a restart only a letter said alone again counts: the turns before it are gone
                self._note_twice(pieces, after_single=last_single and not _NEXT_ONE[self.lang].search(folded),
                                 only_across=added == "restart")
            cut = _FRAME_AT_END[self.lang].search(folded)
            named = letter_name(cut.group("letter"), self.lang) if cut else None
            if named and (self.chars[-2:] == [named[0], _FRAME_CHAR[self.lang]] or self.chars[-1] == named[0]):
                self._framed = named[0]  # "Te de": T D for now; "Tomate." next takes the D back
            elif cut and last.chars == _FRAME_CHAR[self.lang] and not last.strong and self.chars[-1:] == [last.chars] \
                    and added is True and len(self.chars) - count_before == 1 and not re.search(r"[.!?]\s*$", folded):
                # "Es de", "Hije de": the letter before the "de" was lost or is no letter's name; the D stands
                # for now, and the word of the spelling next ("Sinaloa.") says which letter it was
                self._framed = _LOST_LETTER
        return added

    def _run_completed(self, letter: str, count: int) -> bool:
        """ "Tres aes." at A A, the letters still being said: the caller counts the letter the plate ends with,
        one more of it than is held - the missing ones are added (A A A). False (nothing changed) when the plate
        does not end with that letter, already holds its digits, or has no room for them."""
        assert self.pattern is not None
        held = len(self.chars) - len(list(itertools.takewhile(lambda c: c == letter, reversed(self.chars))))
        run = len(self.chars) - held
        if not run or run >= count or any(not c.isalpha() for c in self.chars):
            return False
        chars = [*self.chars, *[letter] * (count - run)]
        if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
            return False
        self.chars, self._turns = chars, [*self._turns, count - run]
        return True

    def _word_after_cut(self, folded: str, hanging: str, framed: str) -> bool | str | None:
        """A spelling the last turn cut after its "de" ("for"): "Jota de..." (the "de" read as its frame) or
        "Te de" (the line cut there, the "de" taken as the letter D for now). A turn starting with the word
        of that spelling ("Jamón.", "Tomate.", "T for" - "Tango") names the letter already there: no new
        letter, and a D taken for the frame is taken back; the rest of the turn goes on after the word.
        A filler or acknowledgement first ("Sale.", "Pues...", "Este..." after "ese de") is talk, not the
        word. None when the turn does not start so."""
        if framed == _LOST_LETTER:
            return self._lost_letter_named(folded)
        letter = self._cut_letter(hanging, framed)
        if letter is None:
            return None
        whole = self._cut_letter_said_whole(folded, letter, framed)
        if whole is not None:
            return whole
        first = _FIRST_WORD_RE.match(folded) or _ONLY_WORD_RE.match(folded)
        if first is None or not _word_for(first.group(1), letter, self.lang) or _talk_word(first.group(1)):
            return None
        dropped = letter == framed and self.chars[-2:] == [framed, _FRAME_CHAR[self.lang]]
        if dropped:
            del self.chars[-1]
            self._turns[-1] -= 1
            if not self._turns[-1]:
                self._turns.pop()
        rest = folded[first.end():]
        if re.search(r"[a-z0-9]", rest):
            added_rest = self._add(rest)
            return "restart" if dropped else added_rest
        self.restated = self._last_single = True
        return "restart" if dropped else False

    def _lost_letter_named(self, folded: str) -> bool | str | None:
        """ "Es de" - "Sinaloa.": the word of a spelling whose letter the last turn lost before its "de" (the
        D taken for it) names that letter by its first one (S); the rest of the turn goes on after it. None
        when the turn does not start with such a word; a letter said anew with its word ("Hache de hotel") takes
        the D back and is read as usual."""
        frame = _FRAME_CHAR[self.lang]
        if self.chars[-1:] != [frame]:
            return None
        said = plate_pieces(folded, self.lang).pieces
        if said and said[0].kind == "letter" and said[0].strong and said[0].spelled:
            # "Hije de" - "Hache de hotel.": the caller said a letter anew with its word; the lost one's D was
            # only the frame of it
            del self.chars[-1]
            if self._turns:
                self._turns[-1] -= 1
                if not self._turns[-1]:
                    self._turns.pop()
            self.clarified = True  # the turn read whole knows the D goes: its letter alone would not
            return None
        first = _FIRST_WORD_RE.match(folded) or _ONLY_WORD_RE.match(folded)
        if first is None or _talk_word(first.group(1)):
            return None
        letter = first.group(1)[0].upper()
        if not _word_for(first.group(1), letter, self.lang):
            return None
        chars = [*self.chars[:-1], letter]
        if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
            return None
        self.chars = chars
        rest = folded[first.end():]
        if re.search(r"[a-z0-9]", rest):
            return self._add(rest) or letter != frame
        self._last_single = True
        if letter == frame:
            self.restated = True  # "Es de" - "Dado.": the D was the letter; nothing new
            return False
        self.clarified = True  # "Es de" - "Sinaloa.": the D put right (S), not a letter of its own
        return True

    def _cut_letter(self, hanging: str, framed: str) -> str | None:
        """The letter of a spelling the last turn cut after its "de" ("Jota de...", "Te de"), else None."""
        if hanging and self.chars and self.chars[-1] == hanging:
            return hanging  # the "de" was read as the frame: nothing to take back
        if framed and self._turns and framed in self.chars[-2:]:
            return framed
        return None

    def _names_cut_letter(self, folded: str, letter: str | None) -> bool:
        """Whether the turn starts with the letter of a spelling the last turn cut after its "de" (or one
        sounding the same) named with its word ("Be de" - "Ve de Veracruz")."""
        if letter is None:
            return False
        pieces = plate_pieces(folded, self.lang, self._words).pieces
        first = pieces[0] if pieces else None
        return first is not None and first.kind == "letter" and len(first.chars) == 1 and first.spelled \
            and same_sound(first.chars, letter)

    @staticmethod
    def _cut_letter_said_bare(parsed: Parsed, letter: str) -> bool:
        """ "Uve de" (cut) - "Uve.": the caller, cut in the middle of the spelling, says its letter again from
        the start - the same letter alone, one letter (a D for the cut frame taken back), never V D V."""
        first = parsed.pieces[0] if parsed.pieces else None
        return first is not None and first.kind == "letter" and first.chars == letter and not first.spelled \
            and not parsed.noise

    def _cut_letter_said_whole(self, folded: str, letter: str, framed: str) -> bool | str | None:
        """ "Ene de" - "Ene de Nayarit.", "Be de" - "Ve de Veracruz.": after a spelling cut after its "de", a
        turn starting with that letter (or one sounding the same: be/ve are one sound in Spanish) named with
        its word is the spelling said again whole: one letter, the one the word names, and no D for the cut
        frame; so is that same letter said bare ("Uve de" - "Uve."). The rest of the turn goes on after it.
        None when the turn does not start so (another letter keeps what the cut turn left)."""
        parsed = plate_pieces(folded, self.lang, self._words)
        named = self._names_cut_letter(folded, letter)
        if not named and not self._cut_letter_said_bare(parsed, letter):
            return None
        first = parsed.pieces[0]
        dropped = letter == framed and self.chars[-2:] == [framed, _FRAME_CHAR[self.lang]]
        if not dropped and self.chars[-1] != letter:
            return None
        if dropped:
            del self.chars[-1]
            self._turns[-1] -= 1
            if not self._turns[-1]:
                self._turns.pop()
        rest = Parsed(parsed.pieces[1:], parsed.noise)
        if not named and rest.pieces:
            # the letter said bare and more after it ("Uve de" - "Uve, uve, equis, uno dos tres."; "B for" - "B, C,
            # 1 2 3."): the spelling said again from that letter, every letter of it as said - the cut letter
            # gives way to the whole turn, so a letter the plate has twice (VVX) stays twice, and a whole plate
            # is read back at once
            held = (list(self.chars), list(self._turns))
            del self.chars[-1]
            self._turns[-1] -= 1
            if not self._turns[-1]:
                self._turns.pop()
            added = self._add_pieces(parsed)
            if added:
                return "restart"
            self.chars, self._turns = held
        changed = first.chars != letter
        self.chars[-1] = first.chars
        if rest.pieces:
            added = self._add_pieces(rest)
            return "restart" if dropped or changed else added
        self.restated = not changed
        self.clarified = changed
        self._last_single = True
        return "restart" if dropped or changed else False

    def _echo_replaced(self, parsed: Parsed) -> bool | str | None:
        """ "Uno cero nueve." (the tractor's number, 109, said again at its plate's question) - "Ve de Veracruz."
        ... - "Quinientos sesenta.": a number with no room after the digits held, when those are the value of
        another slot the caller said on their own, is the plate's number; it takes their place (VBT-560). So is any
        number said after letters that came after those digits ("Trailer five thirty." - "Z" - "R" - "T" - "Two":
        ZRT-2, to go on). None when the turn is no such number, or has room after digits said after letters (it
        is more of the plate)."""
        assert self.pattern is not None
        digits = "".join(c for c in self.chars if c.isdigit())
        if not self._echoed or digits != self._echoed or parsed.noise or not parsed.pieces \
                or any(p.kind != "digit" for p in parsed.pieces):
            return None
        existing = self._pieces_of(self.chars)
        letters_since = self._echoed_first and any(c.isalpha() for c in self.chars)
        if not letters_since and any(fit([*existing, *c], self.pattern, partial=True, dashes=True)
                                     for c in candidates(parsed.pieces) if c):
            return None
        chars = [*(c for c in self.chars if not c.isdigit()), *"".join(p.chars for p in parsed.pieces)]
        if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
            return None
        self.chars, self._turns, self._echoed = chars, [len(chars)], ""
        return "restart"

    def _frame_without_room(self, folded: str) -> str | None:
        """ "Be de" at C M: a turn ending with a letter and the "de" ("for") of a spelling cut off, whose D (4)
        taken for now has no room after what is held (C M B D would begin the plate anew), while the letter
        alone has: the "de" was the frame, the letter alone is added (the turn up to its letter), else None."""
        m = _FRAME_AT_END[self.lang].search(folded)
        if m is None or not self.chars or letter_name(m.group("letter"), self.lang) is None:
            return None
        assert self.pattern is not None
        existing = self._pieces_of(self.chars)

        def room(text: str) -> bool:
            pieces = plate_pieces(text, self.lang, self._words).pieces
            return any(fit([*existing, *c], self.pattern, partial=True, dashes=True)
                       for c in candidates(pieces) if c)

        short = folded[: m.end("letter")]
        if room(folded) or not room(short):
            return None
        return short

    def _said_again(self, folded: str, parsed: Parsed, unsure: str) -> bool | None:
        """After a letter heard only through a garbled "letra" ("le traca" K): the caller's next turn
        starting with that letter said clearly ("ka") says it again; with a sound-alike named with a word
        ("le tragé" G - "letra jota de Juárez") or another letter the syllables may have been ("le traené"
        N - "letra e") it puts it right. The rest of the turn goes on after it. None when the turn does
        not start so ("le traca" - "erre": a second letter; "ni traeme" M - "letra ene": two letters)."""
        first = parsed.pieces[0] if parsed.pieces else None
        if not unsure or not self.chars or self.chars[-1] != unsure[0] or first is None \
                or first.kind != "letter" or len(first.chars) != 1 \
                or not (first.strong or self._alone_again(parsed, unsure)) \
                or garbled_letter(folded) or _ANOTHER[self.lang].search(_W_NAMES.sub(" ", folded)):
            return None
        new = first.chars
        # a sound-alike named with its word puts right only a letter whose own syllables were garbled ("le tragé"
        # - "jota de Juárez"); one whose name was heard whole after the garble ("litra ge" - "jota de jarro") was
        # said plainly, and the sound-alike is the next letter, as after "ge" said clearly
        if new not in unsure and not (first.spelled and same_sound(new, unsure[0]) and not self._unsure_whole):
            return None
        self.chars[-1] = new
        self._weak = None  # the letter is clear now
        rest = Parsed(parsed.pieces[1:], parsed.noise)
        if rest.pieces:
            self._add_pieces(rest)
            return True
        self._last_single = True
        if new == unsure[0]:
            # "ka" after "le traca": nothing new, but the letter is sure now (the caller's progress, `clarified`)
            self.restated = self.clarified = True
            return False
        self.clarified = True
        return True

    @staticmethod
    def _alone_again(parsed: Parsed, unsure: str) -> bool:
        """A turn of nothing but the bare name of the letter just heard through a garbled "letra" ("Le
        trate." - "Te"): a name weak on its own (a word as well) is that letter said again, not talk."""
        return len(parsed.pieces) == 1 and not parsed.noise and parsed.pieces[0].chars == unsure[:1]

    def _continue_number(self, folded: str, parsed: Parsed, opened: tuple[int, int]) -> bool:
        """ "Doscientos." then "Cuarenta.": the number the last turn ended with goes on (240, not 20040).
        After hundreds or thousands any smaller number fills the zeros; after tens only one joined with
        "y"/"and" ("setenta" - "y tres" = 73), since "setenta" - "tres" may be the digits 7 0 3."""
        zeros, size = opened
        if not zeros or parsed.noise or len(self.chars) < size:
            return False
        digits = [p for p in parsed.pieces if p.kind == "digit"]
        if len(digits) != 1 or any(p.strong for p in parsed.pieces if p.kind != "digit"):
            return False
        new = digits[0].chars
        joined = bool(re.match(r"^\W*(?:y|and)\b", folded))
        if new.startswith("0") or int(new) >= 10**zeros or (zeros == 1 and not joined):
            return False
        group = "".join(self.chars[-size:])
        if not group.isdigit():
            return False
        total = str(int(group) + int(new))
        chars = [*self.chars[:-size], *total]
        if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True) \
                and fit(self._pieces_of(self.chars), self.pattern, partial=True, dashes=True):
            return False  # (digits said before the letters fit no pattern yet, the number going on no less)
        self.chars = chars
        self._open = (open_zeros(total), size)
        return True

    def _number_said_whole(self, parsed: Parsed, opened: tuple[int, int]) -> bool:
        """ "Novecientos." then "Novecientos cuarenta y tres.": the caller paused after the round part of a
        number and then said the whole number again; it replaces the round one (943, not 900 or 900943).
        Only a number of as many digits that begins as the round one did ("ochocientos" - "ochocientos
        cincuenta"; "mil" - "mil doscientos"), never another number ("ochocientos" - "trescientos")."""
        zeros, size = opened
        if not zeros or parsed.noise or len(self.chars) < size:
            return False
        said = [p for p in parsed.pieces if p.kind != "dash"]
        if len(said) != 1 or said[0].kind != "digit" or not said[0].strong:
            return False
        new, group = said[0].chars, "".join(self.chars[-size:])
        if not group.isdigit() or len(new) != size or new == group or new[: size - zeros] != group[: size - zeros]:
            return False
        chars = [*self.chars[:-size], *new]
        if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
            return False
        self.chars = chars
        self._open = (open_zeros(new), size)
        return True

    def _take_back(self, folded: str) -> str | None:
        """ "¿Ve de vaca?" then "No, be de burro.": a turn that opens with a take-back word and says only
        characters of the kind the last turn added replaces what the last turn added (one letter by one
        letter; a number by a number; one character by one of either kind, "Uno." - "No, U de uva."). The
        same character again is a restatement: nothing changes."""
        m = _TAKE_BACK_LEAD[self.lang].match(folded)
        if not m or not self._turns or not self.chars:
            return None
        parsed = plate_pieces(folded[m.end():], self.lang)
        new = [p for p in parsed.pieces if p.kind != "dash"]
        if parsed.noise or not new or not all(p.strong for p in new):
            return None
        kind = new[0].kind
        if any(p.kind != kind for p in new):
            return None
        count = self._turns[-1]
        said = self.chars[-count:]
        fresh = [c for p in new for c in p.chars]
        # "Uno." - "No, U de uva.": one character for the one the last turn added, a letter for a digit or back,
        # is that character heard wrong (the "no" says so), as one letter for one letter is
        swap = len(said) == len(fresh) == 1
        if not said or (not swap and any((c.isdigit()) != (kind == "digit") for c in said)):
            return None
        if kind == "letter" and len(fresh) != len(said):
            return None
        if fresh == said:
            self.restated = True
            self._last_single = kind == "letter" and len(fresh) == 1
            return "same"
        chars = [*self.chars[:-count], *fresh]
        if not fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
            return None
        self.chars = chars
        self._turns[-1] = len(fresh)
        self._last_single = kind == "letter" and len(fresh) == 1
        return "restart"

    def _de_named_d(self, folded: str, parsed: Parsed) -> Parsed:
        """`parsed`, or the turn read with its "<letter> de <number>" naming the letter D, when nothing is held
        and only that reading makes a plate: "ele de ochocientos treinta" is LD-830 ("de" is the preposition
        only when it leaves a plate, as "equis ye" - "ca de quince" is XYK-15; "L 830" is none)."""
        if self.lang != "es" or " de " not in f" {folded} " or self._makes_plate(parsed):
            return parsed
        apart = _DE_BEFORE_NUMBER_RE.sub(lambda m: ", de, " if m.group(1).isdigit()
                                         or is_number_word(m.group(1), self.lang) else m.group(0), folded)
        if apart == folded:
            return parsed
        with_d = plate_pieces(apart, self.lang, self._words)
        return with_d if self._makes_plate(with_d, even_unsure=True) else parsed

    def _makes_plate(self, parsed: Parsed, even_unsure: bool = False) -> bool:
        """Whether the pieces the turn surely says make a whole plate (`even_unsure`: with those it may say too -
        "es la ese" is S)."""
        assert self.pattern is not None
        pieces = tuple(p for p in parsed.pieces if even_unsure or p.strong or not p.drop_first)
        return bool(pieces) and best_fit(pieces, self.pattern) is not None

    def _add_pieces(self, parsed: Parsed, named_o: bool = False, anew: bool = False) -> bool | str:
        """`anew`: the turn puts right what was held ("no, es ...", "I mean ...") - a whole plate in it is said
        anew, never more of the plate held."""
        assert self.pattern is not None
        pieces = parsed.pieces
        existing = self._pieces_of(self.chars)
        options = [c for c in candidates(pieces) if c]
        if parsed.noise:
            # a sentence, not a dictation: "es", "el", "y" in it are words ("el tráiler es el noventa")
            options = [c for c in options if not any(p.drop_first for p in c)]
        if not named_o:  # "letra o" is the letter, wherever the plate has got to
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
        # Starting the value over takes letters the caller clearly said: "el tráiler es el ciento veintiocho"
        # in the middle of a dictation is talk, not the plate "SL-128".
        sure = tuple(p for p in pieces if p.strong or not p.drop_first)
        whole = best_fit(sure, self.pattern) if sure else None
        if whole and self.chars and all(c.isalpha() for c in self.chars) and not anew \
                and not whole.replace(" ", "").startswith("".join(self.chars)):
            # "K" - "B O thirteen": the letters held and the turn make a whole plate - the dictation goes on (a
            # plate said anew would start with what was held)
            for cand in options:
                if fit([*existing, *cand], self.pattern, dashes=True):
                    return self._append(cand)
        if whole and self.chars:
            # the caller said the whole plate again: take it as the new value
            self.chars = [c for c in whole if c != " "]
            self._turns = [len(self.chars)]
            self.started_over = True
            return "restart"
        for cand in options:
            if fit([*existing, *cand], self.pattern, partial=True, dashes=True):
                return self._append(cand)
        if self._twice_across:
            # "Te." - "Te." - "Ene." - "Ene." at T T N: the letter said alone again was the same letter (T N N),
            # not the value begun again from its second T
            collapsed = self._twice_was_once(options)
            if collapsed:
                return collapsed
        again = self._begun_again(options)
        if again is not None:
            self.chars, self._turns, self.started_over = again, [len(again)], True
            return True
        if self._last_piece_said_with_more(options):
            return True
        early = self._digits_before_letters_done(options, dictated=not parsed.noise)
        if early is not None:
            return early
        collapsed = self._twice_was_once(options)
        if collapsed:
            # a letter said twice in a row in one turn ("Ka, ka.") was said twice to make it clear when the next
            # letter has no room after the pair: one letter, and the new one after it (NKK + B = NKB)
            return collapsed
        if self.chars and all(c.isalpha() for c in self.chars) \
                and all(len(c) == 1 and c[0].kind == "letter" and c[0].chars not in ("", self.chars[0])
                        and len(c[0].chars) == 1 for c in options):
            # "A B C" - "D" where the letters end at three: one letter too many is no new plate begun (only
            # the first letter said again begins it anew); what is held stays, and is read as it is - unless a
            # letter heard only through a garbled "letra" is among them: the clear letter takes its room
            # ("Letra ene." - "Le trasé." - "Letra equis." - "Be larga.": N X B)
            letter = options[0][0]
            if letter.chars != self.chars[-1] and self._weak_yields(options):
                # (the last letter said again is that letter made clear, no letter after it: "Letra equis." -
                # "Equis." keeps N C X, never N X X)
                return True
            if letter.chars != self.chars[-1] and letter.strong \
                    and (not parsed.noise or letter.spelled or letter.sized):
                # (the last letter said again is no letter left out; nor is a word that may be no letter at all:
                # "why", "you", "de", and "ese" after "sí" are the caller talking)
                self.unplaced = letter.chars
            return False
        if self.chars:
            for cand in options:
                if any(p.drop_first for p in cand):
                    continue
                if fit(list(cand), self.pattern, partial=True, dashes=True):
                    self.chars, self._turns = [], []
                    self._append(cand)
                    # what came before cannot be completed: a new plate started, and the characters it goes
                    # through again ("P M Z" - "pe de Pedro" - "eme" - "zeta") are progress, not restatements
                    self.started_over = True
                    return "restart"
        if self._digits_read_first(parsed):
            return True
        once = said_once(sure) if not self.chars else sure
        if len(once) < len(sure) and fit(once, self.pattern, dashes=True):
            # the whole plate with a letter said again in a row to make it clear, where no plate has room for it
            # twice ("Le traje, letra ge, letra ese, letra be, 7 1 4": "le traje" is "letra ge" misheard): once
            self._append(once)
            return True
        strong = [p for p in pieces if p.strong and p.kind != "dash"]
        # "Ecueta M 4739": a garbled word next to a letter and the digits; keep what was heard of it
        plate_shaped = any(p.kind == "letter" for p in strong) and any(p.kind == "digit" and len(p.chars) >= 3
                                                                        for p in strong)
        if (not parsed.noise or plate_shaped) and len(strong) >= 2 \
                and all(p.strong or p.kind == "dash" for p in pieces):
            # "tres cuatro ele eme cinco" for an LLL-DDDD slot: never reordered or trimmed to fit. Kept as
            # said, so the read-back shows the caller what was heard and a correction can start from it.
            renumbered = self._number_begun_again(options) if not parsed.noise else None
            if renumbered == self.chars:
                self.restated = True  # the number held, said again: nothing added, the value stands
                return False
            if renumbered is not None:
                self.chars, self._turns = renumbered, [len(renumbered)]
                return "restart"
            restart = bool(self.chars)
            self.chars, self._turns = [], []
            self._append(tuple(pieces))
            self.started_over = restart
            return "restart" if restart else True
        return False

    def _note_twice(self, pieces: tuple[Piece, ...], *, after_single: bool = False,
                    only_across: bool = False) -> None:
        """Remember where the turn just added said one bare letter twice in a row ("Ka, ka."), if it did; or
        where a turn of one letter alone said again the one letter the turn before said alone ("Letra jota."
        - "Jota.", "Ene." - "Me traen."): a listener who read back nothing in between hears it said twice
        too, and a letter the plate then has no room for says it was the same letter."""
        said = [p for p in pieces if p.kind != "dash"]
        pair = any(a.kind == b.kind == "letter" and a.chars == b.chars and len(a.chars) == 1
                   and not (a.spelled or b.spelled or a.sized or b.sized) for a, b in itertools.pairwise(said))
        if not pair and after_single and len(said) == 1 and said[0].kind == "letter" and len(said[0].chars) == 1 \
                and len(self._turns) >= 2 and self._turns[-1] == self._turns[-2] == 1 \
                and len(self.chars) >= 2 and self.chars[-1] == self.chars[-2]:
            self._twice = (len(self.chars) - 1, len(self._turns) - 1)
            self._twice_across = True
            return
        added = self._turns[-1] if self._turns else 0
        if only_across:
            return
        if not pair or not added:
            return
        start = len(self.chars) - added
        at = next((i for i in range(max(start, 1), len(self.chars))
                   if self.chars[i].isalpha() and self.chars[i] == self.chars[i - 1]), None)
        if at is not None:
            self._twice, self._twice_across = (at, len(self._turns) - 1), False

    def _twice_was_once(self, options: list[tuple[Piece, ...]]) -> bool | str:
        """One letter too many after a letter said twice in one turn ("Ka, ka." - "Be." at N K K): the pair
        was the letter said twice, the new letter comes after it (N K B). False when there is no such pair
        or the letters still would not fit: what is held stays."""
        assert self.pattern is not None
        twice, self._twice, self._twice_across = self._twice, None, False
        if twice is None:
            return False
        at, turn = twice
        if not 0 < at < len(self.chars) or self.chars[at] != self.chars[at - 1] or turn >= len(self._turns):
            return False
        for cand in options:
            if cand[0].kind != "letter":
                continue  # digits after the letters ("Ka, ka." - "uno dos tres") fit anyway: never here
            new = [c for p in cand for c in (p.chars if p.kind != "dash" else "-")]
            trial = [*self.chars[:at], *self.chars[at + 1 :], *new]
            if fit(self._pieces_of(trial), self.pattern, partial=True, dashes=True):
                self.chars = trial
                self._turns[turn] -= 1
                self._turns = [n for n in self._turns if n]
                self._turns.append(len(new))
                # more of the value, not a new start: the "Llevo ..." read-back of it lets the caller hear it
                return True
        return False

    def _digits_read_first(self, parsed: Parsed) -> bool:
        """ "(Dice) cuatro ocho cinco." before any letter, for a pattern that starts with letters: the
        caller reads the plate as it is printed, digits first. The digits are kept and the letters said
        next go before them (NMS-485), as a listener writes the plate down. A word or two of lead-in is
        fine; digits that may begin the value, or that no letters could come before, are not this."""
        assert self.pattern is not None
        said = [p for p in parsed.pieces if p.kind != "dash"]
        if self.chars or parsed.noise > 2 or not said or any(p.kind != "digit" or not p.strong for p in said):
            return False
        digits = [c for p in said for c in p.chars]
        if len(digits) < _DIGITS_READ_FIRST:
            return False  # "cuarenta": more often another number (the unit's) than a plate read backwards
        if fit(self._pieces_of(digits), self.pattern, partial=True, dashes=True):
            return False  # the value may begin with these digits
        for missing in (1, 2, 3):
            if fit(self._pieces_of([*("A" * missing), *digits]), self.pattern, dashes=True):
                self.chars, self._turns, self._letters_first = digits, [len(digits)], True
                return True
        return False

    def _digits_before_letters_done(self, options: list[tuple[Piece, ...]], dictated: bool) -> bool | None:
        """ "Pe de perro." then "Dos, cuatro, seis." when the plate needs more letters: the digits are
        kept after the letters heard, and a letter said next goes before them (a letter was lost, or the
        caller goes back for it). Digits dictated alone, fewer than the number takes ("A" - "4" - "5" -
        "6"), are kept so too and go on after the digits kept; in talk ("el tráiler es el noventa") only
        digits that make the whole number are. None when the turn is not such digits."""
        assert self.pattern is not None
        letters = [c for c in self.chars if c.isalpha()]
        held = self.chars[len(letters):]
        if not letters or self.chars[: len(letters)] != letters or any(not c.isdigit() for c in held) \
                or (held and not self._letters_first):
            return None
        for cand in options:
            digits = [c for p in cand if p.kind == "digit" for c in p.chars]
            if not digits or len(digits) != sum(len(p.chars) for p in cand if p.kind != "dash"):
                continue
            for missing in (1, 2):
                trial = self._pieces_of([*letters, *("A" * missing), *held, *digits])
                if fit(trial, self.pattern, dashes=True) or dictated and fit(trial, self.pattern, partial=True,
                                                                              dashes=True):
                    self.chars = [*self.chars, *digits]
                    self._turns.append(len(digits))
                    self._letters_first = True
                    return True
        return None

    def _last_piece_said_with_more(self, options: list[tuple[Piece, ...]]) -> bool:
        """ "Y tres cuatro." then "Tres cuatro cinco." at TXA-34: characters that do not fit after the
        value, that open with what the last turn added and go on, say that piece again with more (the
        caller started the run over): they replace it (TXA-345). Tried only when appending cannot fit."""
        if not self._turns or not self.chars:
            return False
        said = self.chars[-self._turns[-1] :]
        for cand in options:
            new = [c for p in cand for c in (p.chars if p.kind != "dash" else "-")]
            if len(new) <= len(said) or new[: len(said)] != said:
                continue
            chars = [*self.chars[: -len(said)], *new]
            if fit(self._pieces_of(chars), self.pattern, partial=True, dashes=True):
                self.chars = chars
                self._turns[-1] = len(new)
                return True
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
            if again == self.chars[: len(again)] and not start:
                continue  # the same letters said again: a restatement, not a new start
            # "M X M", then "X": the second M began the value again and the caller has said the letters held so
            # far once more (M X); the letter after them is still to come
            if fit(self._pieces_of(again), self.pattern, partial=True, dashes=True):
                return again
        return None

    def _renumbered(self, folded: str) -> bool:
        """Whether `folded`, nothing but digits, took the place of the plate's number (`_number_begun_again`)."""
        parsed = plate_pieces(folded, self.lang)
        if parsed.noise or not parsed.pieces:
            return False
        again = self._number_begun_again([c for c in candidates(parsed.pieces) if c])
        if again is None or again == self.chars:
            return False
        self.chars, self._turns = again, [len(again)]
        self._refresh()
        return True

    def _weak_yields(self, options: list[tuple[Piece, ...]]) -> bool:
        """A clear letter with no room after the letters held takes the room of the one heard only through a
        garbled "letra" (`_weak`): that one goes, the new one is added after the rest. False when none is held
        or the plate would still not fit."""
        weak = self._weak
        if weak is None or not 0 <= weak < len(self.chars) or not self.chars[weak].isalpha():
            return False
        for cand in options:
            kept = [*self.chars[:weak], *self.chars[weak + 1:]]
            new = [*kept, *cand[0].chars]
            if fit(self._pieces_of(new), self.pattern, partial=True, dashes=True):
                self.chars, self._turns, self._weak = new, [len(new)], None
                return True
        return False

    def _number_begun_again(self, options: list[tuple[Piece, ...]]) -> list[str] | None:
        """Digits alone that have no room after the plate's letters and number ("A B C 4 5 3" - "4 5 2", "te lo
        repito: cuatro cinco dos"): the caller says the number again, the letters held stay and the new digits
        (a whole number of the plate, three or more of them: "cero cinco" may be more digits) take the number's
        place (the plate is never begun anew from digits, its letters lost); the same number said
        again gives the value as it is. None when the turn holds a letter or the value has no letters then
        digits. Only for a turn of nothing but digits: "el tráiler es el ciento veintiocho" is talk."""
        held = [c for c in self.chars if c != "-"]
        letters = list(itertools.takewhile(str.isalpha, held))
        if not letters or len(letters) == len(held) or not all(c.isdigit() for c in held[len(letters):]):
            return None
        for cand in options:
            if not cand or any(p.kind != "digit" for p in cand):
                continue
            digits = [c for p in cand for c in p.chars]
            if digits == held[len(letters):]:
                return list(self.chars)  # the same number said again changes nothing
            again = [*letters, *digits]
            if len(digits) >= _WHOLE_NUMBER and fit(self._pieces_of(again), self.pattern, dashes=True):
                return again
        return None

    def _append(self, cand: tuple[Piece, ...]) -> bool:
        new = [c for p in cand for c in (p.chars if p.kind != "dash" else "-")]
        if not new:
            return False
        self.chars.extend(new)
        self._turns.append(len(new))
        return True


# The fewest digits of a number said whole that replace a plate's number of another length at its read-back
# ("novecientos" at ABC-1234); fewer ("cuarenta y dos") may be only its end said again.
_WHOLE_NUMBER = 3
# The fewest digits taken as a plate's number read before its letters: a plate's number part, not a
# short number said for another question.
_DIGITS_READ_FIRST = 3
# One letter and one digit: if neither can follow the value, no character can.
_PROBES = ("A", "0")


def _holds(chars: list[str], run: list[str]) -> bool:
    """Whether `run` is found in `chars`, its characters side by side."""
    return any(chars[at : at + len(run)] == run for at in range(len(chars) - len(run) + 1))


# "ése no es", "ese sobra", "ese está mal" after a zero ruled out: the demonstrative pointing at the zero, talk -
# never the letter S ("ese" alone, or "ese de sapo", is the S).
_POINTING_AT_IT = re.compile(r"^(?:ese|esa|eso)\s+(?!de\s)[a-z]")


def _said_instead(rest: str, lang: Lang) -> str | None:
    """The characters a turn says after ruling a zero out ("el cero no, es la letra o" -> "O", "no cero, uno
    tres" -> "13"), else None (nothing, or only talk: "el cero no va", "ése no es")."""
    rest = rest.strip(" ,.;")
    if lang == "es" and _POINTING_AT_IT.match(fold(rest)):
        return None
    one = extract_char(rest, "es-MX" if lang == "es" else "en-US")
    if one is not None:
        return one  # "es la letra o": one character, its talk around it no letters ("es" no S)
    pieces = [p for p in plate_pieces(rest, lang).pieces if p.kind != "dash" and p.strong]
    return "".join(p.chars for p in pieces) or None


def _zero_made_a_letter(chars: list[str], fitted: str) -> bool:
    """Whether fitting the characters read one of their zeros as the letter O."""
    zeros = [c for c in chars if c != "-"].count("0")
    return fitted.count("0") < zeros


def _word_for(folded: str, letter: str, lang: Lang) -> bool:
    """Whether a turn is one word that may name `letter` in a spelling ("jamón" for J): it starts with the
    letter and is no letter name nor number itself."""
    words = re.findall(r"[a-z]+", folded)
    if len(words) != 1 or len(words[0]) < 3 or words[0][0].upper() != letter:
        return False
    if words[0] in NATO:
        return True  # "T as in" - "Tango": the radio alphabet's word for the letter, no second one
    return letter_name(words[0], lang) is None and not is_number_word(words[0], lang)


def _talk_word(word: str) -> bool:
    """Whether `word`, said first on its own, is talk rather than the word of a spelling: a filler, an
    acknowledgement, a greeting or a function word ("Pues,", "Sale,", "Ajá,", "Luego,", "Okey,", "Este..."
    after "pe de", "ese de": the D was a letter), unless callers spell with it ("casa", "Papa")."""
    if word in SPELLING_WORDS["es"] or word in NATO:
        return False
    return word in COMMON_WORDS["es"] or word in COMMON_WORDS["en"] or word in _TALK_NOISE


_TALK_NOISE = FILLERS["es"] | FILLERS["en"] | BACKCHANNELS | frozenset(("listo", "perfecto", "alright", "actually"))


# A turn that ends with a letter's name and the "de" ("for") of a spelling whose word never came ("Te de", the
# line cut there), which was read as a character of its own (D; "for" the digit 4).
_FRAME_AT_END: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?P<letter>[a-z]+),? +de\W*$"),
    "en": re.compile(r"\b(?P<letter>[a-z]+) for\W*$"),
}
_FRAME_CHAR: dict[Lang, str] = {"es": "D", "en": "4"}
# The second word of a letter's two-word name ("i griega", "i latina"), said at the start of the next turn.
_SECOND_OF_NAME = re.compile(r"^\W*(griega|latina)\b\W*")
# What the frame stood after when no letter's name was heard before it ("Es de", "Hije de").
_LOST_LETTER = "?"
# The turn's first word said on its own: alone, or before a pause ("Tomate, pe de Puebla"; not "Tengo prisa").
_FIRST_WORD_RE = re.compile(r"\W*([a-z]+)\b(?=\s*(?:[,.;:!?\u2026]|$))")
# The one word of a turn whose other words are digits ("Sonora 4").
_ONLY_WORD_RE = re.compile(r"\W*([a-z]+)\b(?=[^a-z]*$)")


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether every character of `part` is in `whole`, in the same order (others may stand between)."""
    rest = iter(whole)
    return all(c in rest for c in part)


def _ends_open(folded: str, lang: Lang) -> bool:
    """Whether a turn ends with a character said on its own ("uno, dos", "letra C") or a round number the
    caller may go on with ("setenta" - "y tres", "doscientos" - "cuarenta"), rather than a whole number
    said as one ("ochenta y uno", "ciento veinticuatro", "doscientos cuarenta", "doce", "52")."""
    said = [p for p in plate_pieces(folded, lang).pieces if p.kind != "dash"]
    if not said:
        return False
    last = said[-1]
    if len(last.chars) == 1:
        return True
    return last.kind == "digit" and _round(last.chars)


def _round(group: str) -> bool:
    """A number the caller may go on with: "doscientos", "mil" (zeros a number said next fills),
    "setenta" alone ("y tres" may follow); not "doscientos cuarenta" (said as one, like "ochenta y uno")
    nor "diez"."""
    zeros = open_zeros(group)
    return zeros >= 2 or (zeros == 1 and len(group) == 2 and group != "10")


def _letters_can_follow(chars: list[str], pattern: regex.Pattern[str] | None) -> bool:
    """Whether one more letter before the digits would still fit (DZ-4739 may still become DZM-4739)."""
    if pattern is None:
        return False
    letters = [c for c in chars if c.isalpha()]
    rest = [c for c in chars if not c.isalpha()]
    trial = [*letters, "A", *rest]
    pieces = [Piece(c, "dash" if c == "-" else "digit" if c.isdigit() else "letter") for c in trial]
    return fit(pieces, pattern, dashes=True) is not None


# "O" said as a letter in so many words ("letra o", "la o mayúscula", "the letter o"): never the digit zero.
_O_NAMED_A_LETTER = {
    "es": re.compile(r"\b(?:letra|vocal)\s+(?:la\s+)?(?:o|oh)\b|\bo\s+(?:mayuscula|minuscula|de\s+[a-z]{3,})\b"),
    "en": re.compile(r"\b(?:letter|vowel)\s+(?:o|oh)\b|\b(?:o|oh)\s+(?:as in|like in|for)\s+[a-z]{3,}\b"),
}


def _o_as_zero(cand: tuple[Piece, ...]) -> tuple[Piece, ...]:
    # "oh" on its own turn: the letter O, unless only the digit fits where the plate has got to
    # ("O de oso", named with its word, is the letter)
    return tuple(Piece("0", "digit") if p.chars == "O" and not p.spelled else p for p in cand)


def validate_plate(value: Any, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    """A plate in its normal form is valid as written: read as speech, a glued "3O" at the end would be
    "30" (the recogniser writes zero as O), and a value the accumulator built must validate to itself.
    Anything else is read as an utterance."""
    if not isinstance(value, str):
        return None
    pattern = pattern_of(options)
    written = value.strip().upper()
    if pattern is not None and pattern.fullmatch(written):
        return written
    return extract_plate(value, locale, options)


TYPE = SlotType(
    name="plate",
    extract_fn=extract_plate,
    validate_fn=validate_plate,
    readback_fn=lambda value, locale, spell, said: plate_readback(str(value), lang_of(locale), spell),
    start_fn=lambda locale, options: PlateAccumulator("plate", locale, options),
    options=frozenset({"pattern"}),
    spellable=True,
    hears_others=True,
    eval_kinds={"plate": extract_plate, "plate_char": lambda text, locale, options: extract_char(text, locale)},
    description='a licence plate, "ABC-1234" (`pattern`); can be spelled',
    order=40,
)
