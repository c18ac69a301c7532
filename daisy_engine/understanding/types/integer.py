"""`integer`: digits, kept as text ("1234"); `leading_zeros`, `min`, `max`, `pattern`. Digits may come over
several turns ("cuatro" ... "dos") until the options hold."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from ..accumulators import _POSITION, Accumulator, Status, ordinal
from ..edges import EDGE_PHRASES, edge_alternation
from ..integers import counts_said, digits_in, extract_integer, normalise_digits
from ..normalize import fold
from ..numbers import NUMBER_WORDS, cut_by_pause, ends_on_open_word, number_tokens
from ..plates import compile_pattern, open_zeros
from .base import Options, SlotType

# Digits said with where they go, the end or the start of the number: "uno al final", "termina en uno",
# "con el catorce al principio", "ends in a one", "starts with fourteen". At a read-back these describe the
# value (a yes when it has them there) or correct that end of it ("no, termina en dos" at 1401 -> 1402).
# the number words are the ones `numbers` reads ("y" joins them, "oh" is a zero said in a number)
_NUMBER_WORDS = rf"(?:\d+|{'|'.join(sorted(NUMBER_WORDS | {'y', 'oh'}, key=lambda w: (-len(w), w)))})"
# "dos ceros", "doble cero", "two zeros", "double oh": a run of zeros said by its count
_ZEROS = r"(?:(?:dos|tres|doble|triple|two|three|double|triple) (?:ceros?|zeros?|zeroes|ohs?))"
_DIGITS_SAID = rf"(?P<new>(?:{_ZEROS}|{_NUMBER_WORDS})(?: (?:{_ZEROS}|{_NUMBER_WORDS})){{0,3}})"
_ZERO_COUNT = {"dos": 2, "doble": 2, "two": 2, "double": 2, "tres": 3, "triple": 3, "three": 3}


def _said_digits(said: str, locale: str) -> str | None:
    """The digits of "uno", "catorce", "dos ceros", "double zero" as said for one end of a number."""
    zeros = re.fullmatch(_ZEROS, said)
    if zeros is not None:
        return "0" * _ZERO_COUNT[said.split()[0]]
    return digits_in(said, locale)
_ARTICLE = r"(?:(?:con |with )?(?:(?:un|una|el|la|a|an|the) )?)"
_AT_END: dict[str, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(rf"(?:^|[,;]\s*|\b(?:es|va|lleva|con|y)\s+){_ARTICLE}{_DIGITS_SAID} (?P<at>"
                   rf"{edge_alternation('es')})\b"),
        re.compile(rf"\b(?P<at>termina|terminan|acaba|acaban|empieza|empiezan|comienza|comienzan|inicia|"
                   rf"arranca) (?:en|con|por) {_ARTICLE}{_DIGITS_SAID}\s*(?:$|[,.;])"),
        # "adelante" before a value is "go ahead" ("adelante, cuatro"): only the edges said in more words
        re.compile(rf"\b(?P<at>{edge_alternation('es', bare=False)}) (?:es|va|lleva|tiene)? ?{_ARTICLE}"
                   rf"{_DIGITS_SAID}\s*(?:$|[,.;])"),
        # the digits at an end named by their place: "los últimos son cuatro cinco", "los dos primeros números
        # son uno cuatro", "el último es ocho" (as many digits as are said)
        re.compile(r"\b(?:los |las |el |la )?(?:dos |tres )?(?P<at>ultimos|ultimas|primeros|primeras|ultimo|ultima"
                   r"|primero|primera|primer)(?: dos| tres)? ?(?:numeros|digitos|numero|digito|cifras|cifra)? "
                   rf"(?:son|es|van|va|serian|seria|deben ser) {_ARTICLE}{_DIGITS_SAID}\s*(?:$|[,.;])"),
    ),
    "en": (
        re.compile(rf"(?:^|[,;]\s*|\b(?:its|is|with|and)\s+){_ARTICLE}{_DIGITS_SAID} (?P<at>"
                   rf"{edge_alternation('en')})\b"),
        re.compile(rf"\b(?P<at>ends|end|ending|starts|start|starting|begins|begin) (?:in|with) {_ARTICLE}"
                   rf"{_DIGITS_SAID}\s*(?:$|[,.;])"),
        # "the last digits are 4 5", "the first two numbers should be one four", "last two are 45"
        re.compile(r"\b(?:the )?(?P<at>last|first)(?: two| three| couple)? ?(?:digits|numbers|ones|digit|number|one)?"
                   rf"(?:,? (?:are|is|should be|were|was)|s) {_ARTICLE}{_DIGITS_SAID}\s*(?:$|[,.;])"),
    ),
}
_START = ("empieza", "comienza", "inicia", "arranca", "start", "begin", "primer", "first",
          *EDGE_PHRASES["es"]["start"], *EDGE_PHRASES["en"]["start"])
# Said of another thing ("mi placa termina en ocho", "y el siguiente termina en tres", "my plate ends in an eight")
# or denied after it ("el cuatro al principio no va"): no end of this number. The truck's parts ("la caja",
# "el remolque", "the trailer") are not among them: the number read back may be that part's own (the trailer
# number), and the type does not know whose it is; "otra vez" ("te lo digo otra vez") is no other thing.
_ANOTHER_THING = re.compile(r"\b(?:placas?|siguiente|otro|otra(?! vez)|plates?|next|other|tag|license)\b")
_LEADING_ANSWER = re.compile(r"^\W*(?:no|si|yes|nope|nah)\b\W*")
_DENIED_AFTER = re.compile(r"\s*(?:no\b|sobra|esta de mas|esta mal|is wrong|doesnt|does not|shouldnt|isnt)")
# Said to be too many there ("el siete al final sobra", "the one at the end is extra", "the four up front
# shouldn't be there"): taken off that end. "No va", "is wrong" may as well say it is another digit than that
# none goes there ("el cuatro al principio no va"): the caller says what is wrong, not what it is, and is asked.
_REMOVED_AFTER = re.compile(r"\s*(?:sobra|esta de mas|(?:esta|va) de sobra|is extra|is one too many|"
                            r"(?:shouldnt|should not) be there|(?:doesnt|does not) belong)\b")


# "no es el 73" first in a turn (Spanish: the pause after the "no" of "No, es el 73" is often not written); "no son
# las tres" is the hour ("las" and a number tell the time), no number of anything
_RULED_OUT_ALONE = re.compile(r"^\W*(?:(?:pues|ah|eh|oiga|mire)\W+)?(?P<no>no)\s+(?P<verb>es|era|son|fue)\b"
                              r"(?!\W+(?:(?:ni|aun|todavia)\W+)?las\b)")
# Words a number said alone may come with ("Es el mil", "y trescientos", "it's four fifty").
_BESIDE = frozenset({"es", "el", "la", "y", "este", "eh", "pues", "its", "it", "is", "s", "the", "a", "and", "uh",
                     "um"})


def _said_alone(tokens: list[str]) -> list[str]:
    """The number words and digits of a turn that says a number and nothing else (bar the words it may come with,
    `_BESIDE`); [] for any other turn."""
    said = [w for w in tokens if w in NUMBER_WORDS or w.isdigit()]
    return said if said and all(w in said or w in _BESIDE for w in tokens) else []


def _said_last(tokens: list[str]) -> bool:
    """Whether a turn ends with its one number after words that say what it is and nothing against it ("El
    tractor es el dos mil", "My truck is five hundred"): no number and no "no" before it."""
    first = next((k for k, w in enumerate(tokens) if w in NUMBER_WORDS or w.isdigit()), None)
    if first is None or any(w in ("no", "not", "nope") for w in tokens[:first]):
        return False
    return all(w in NUMBER_WORDS or w.isdigit() or w in ("y", "and") for w in tokens[first:])


def _open_places(text: str, digits: str) -> int:
    """The places (trailing zeros) that a round number said alone keeps for the rest of it: "Mil" 3, "Dos mil"
    3, "Trescientos" 2, "Quinientos" 2, "Setecientos." 2, "Treinta" 1, "Trescientos veinte." 1, "Four fifty" 1,
    "El tractor es el dos mil" 3 (the number at the end of the turn, after words that say what it is), "El 4000" 3
    (the recogniser writes a round number said as words in digits; as digits "100" may be "cien", whole, so only
    cut by a pause); 0 for a number that ends on a unit ("cuarenta y dos", "uno cero cero") or for more than one
    number. The recogniser's full stop says nothing here: it ends nearly every short turn, and in every labelled
    call where a round number alone was followed by a smaller one alone ("Setecientos." - "Veinte.",
    "Seiscientos." - "Quince.", "Doscientos." - "Cuarenta.") the caller was still saying the number; a caller who
    puts one right says the whole number again ("Ochenta." - "Ochenta y uno.") or a "no" first."""
    tokens = number_tokens(text)
    if not (_said_alone(tokens) or _said_last(tokens)):
        return 0  # only a turn that ends with its one number: "no es mil veinte, es mil doscientos" says it whole
    written_round = tokens[-1].isdigit() and tokens[-1] == digits and cut_by_pause(text)
    return open_zeros(digits) if ends_on_open_word(text) or written_round else 0


def _unfinished(text: str) -> bool:
    """Whether the number said is one no one says as a whole number: "ciento" alone or at its end ("Ciento",
    "Dos mil ciento"), or a number word followed by its "y" / "and" ("Treinta y", "One hundred and"). Only such
    a number is held for its rest; a round one ("Mil", "Trescientos", "Cuarenta") is whole and read back."""
    tokens = number_tokens(text)
    numbers = [w for w in tokens if w in NUMBER_WORDS or w.isdigit()]
    if not numbers:
        return False
    return numbers[-1] == "ciento" or (tokens[-1] in ("y", "and") and len(tokens) >= 2
                                       and (tokens[-2] in NUMBER_WORDS or tokens[-2].isdigit()))


def _digit_tokens(text: str) -> list[str]:
    """`number_tokens` with an English "oh" among digits said one by one read as the zero it is ("oh eight." after
    "Two two": 2208; "two oh"); alone or beside no number it is a sound ("oh, okay")."""
    tokens = number_tokens(text)
    # "Oh, two two", "oh, five": an "oh" the recogniser set apart with a comma at the start is the caller's
    # surprise before the number, no digit of it (never 22022 after "Two two" read back)
    sound = _OH_SAID_APART.match(text) is not None

    def among_digits(k: int) -> bool:
        return not (sound and k == 0) \
            and any(n in NUMBER_WORDS or n.isdigit() for n in tokens[max(0, k - 1) : k + 2] if n != "oh")

    return ["zero" if w == "oh" and among_digits(k) else w for k, w in enumerate(tokens)]


_OH_SAID_APART = re.compile(r"\s*oh\s*[,;!…-]", re.IGNORECASE)


# Single digits the recogniser wrote as numerals with no mark after them ("7", "2 2"): it formats what it hears
# (the numerals), and ended no sentence - the caller paused mid-number, as "Siete" - "cero cinco." ("7" - "0 5."
# is 705). A run written as one number ("452") is a number said whole.
_SINGLE_NUMERALS = re.compile(r"\s*\d(?:[ ,]+\d)*\s*")


def _goes_on(text: str, places: int) -> bool:
    """Whether a turn said at the read-back of a number left open by a pause obviously goes on with it: a bare
    number ("cuarenta." after "Mil", "doce." after "Trescientos"), or "y" + a unit after tens ("y nueve." after
    "Treinta"); no "no", "es" nor any other word (those answer the read-back: a correction as always)."""
    tokens = _digit_tokens(text)
    if tokens[:1] in (["y"], ["and"]):
        if places != 1:
            return False
        tokens = tokens[1:]
    # the "y" inside a number ("novecientos cuarenta y dos") is part of it
    return bool(tokens) and tokens[-1] not in ("y", "and") \
        and all(w in NUMBER_WORDS or w.isdigit() or w in ("y", "and") for w in tokens)


def _pair_said(text: str, locale: str) -> str | None:
    """The two digits of a turn that is one number from 10 to 99 said as one ("El treinta y tres", "quince.",
    "thirty three"), not digit by digit ("uno cinco"); else None. Drivers say a long unit number in such pairs
    ("treinta y tres, quince" is 3315, "eight twelve" 812)."""
    tokens = number_tokens(text)
    said = _said_alone(tokens)
    if not said or tokens[-1] in ("y", "and"):
        return None
    digits = digits_in(text, locale)
    if not digits or len(digits) != 2 or digits[0] == "0":
        return None
    words = [w for w in said if w not in ("y", "and")]
    if len(words) > 1 and all(len(digits_in(w, locale) or "") == 1 for w in words):
        return None  # "uno cinco": two digits said one by one
    return digits


def _digits_one_by_one(text: str, locale: str) -> str | None:
    """The digits of a turn that says digits one by one and nothing else ("Es el dos", "cero", "tres.", "cero tres",
    "3"); else None (a number said as one, "doce", "treinta", is no digit said on its own)."""
    said = [w for w in _said_alone(_digit_tokens(text)) if w not in ("y", "and")]
    digits = [digits_in(w, locale) for w in said]
    if not said or any(d is None or len(d) != 1 for d in digits):
        return None
    return "".join(d for d in digits if d)


# A turn the recogniser wrote as a finished sentence ("tres."): the digits said one by one end with it.
_ENDED = re.compile(r"[.!?]\s*$")


def _not_of_this_end(folded: str, m: re.Match[str]) -> bool:
    """Whether the end `m` places digits at is said of another thing, or denied right after."""
    clause = re.split(r"[,;.]", folded[: m.start("new")])[-1]
    denied = not re.search(r"[,;.]\s*$", m.group(0)) and _DENIED_AFTER.match(folded[m.end() :])
    return bool(_ANOTHER_THING.search(clause) or denied)


class IntegerAccumulator(Accumulator):
    """Digits may come over several turns ("cuatro" ... "dos") until options' pattern/min/max hold."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    _piecewise = True
    # Its extractor reads a "no" inside the turn (a take-back, "55, no, 58"; a number ruled out, "no es 73,
    # es 78", "es el 815, no el 851"): at a read-back the whole turn says the value, not what follows a "no".
    reads_denials = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self.digits = ""
        self._pieces: list[int] = []
        # The places a number no one says whole left open ("Ciento" - 2, "Treinta y" - 1): held, not yet
        # complete, until the rest comes ("doce." - 112), the caller closes it ("sí", "es todo") or says another.
        self._held = 0
        # The places a whole number cut by a pause left open ("Mil" - 3): it is read back at once, and a turn
        # at that read-back that obviously goes on with it ("cuarenta.") makes one number with it (1040).
        self._open = 0
        # A number from 10 to 99 said as one and cut by a pause ("El treinta y tres"): read back at once, and a turn
        # at that read-back of one more such number alone ("quince.") is its second pair (3315).
        self._pair = False
        # A digit said on its own and cut by a pause ("Es el dos"): read back at once, and a turn at that read-back
        # of digits said one by one and nothing else ("cero", "tres.") goes on with it (2, 20, 203) until a turn
        # ends as a sentence.
        self._one_by_one = False

    def reset(self) -> None:
        super().reset()
        self.digits = ""
        self._pieces = []
        self._held = 0
        self._open = 0
        self._pair = False
        self._one_by_one = False

    def finish(self) -> Any | None:
        if self._held and self.value is not None:
            self._held, self.complete = 0, True  # "Mil" - "sí, es todo": the round number was the number
        return super().finish()

    def goes_on(self, text: str) -> bool:
        if isinstance(text, str) and self._next_pair(text) is not None:
            return True  # "El treinta y tres" (read back) - "quince.": the second pair of the number (3315)
        if isinstance(text, str) and self._pair_after_digits(text) is not None:
            return True  # "Dos" (read back) - "cincuenta y ocho.": the number's last two places (258)
        if isinstance(text, str) and self._next_digits(text) is not None:
            return True  # "Es el dos" (read back) - "cero" - "tres.": digits said one at a time (203)
        # "Mil" (read back) - "cuarenta.": the rest of a whole number a pause left open, that fits its place
        if not self._open or not isinstance(text, str) or not _goes_on(text, self._open):
            return False
        new = digits_in(text, self.locale)
        return bool(new) and self._rest_of_held(text, new) is not None

    def _next_pair(self, text: str) -> str | None:
        """The number a pair said as one and cut by a pause makes with the next pair said alone ("El treinta y
        tres" - "quince." 3315), when it still fits the options; else None."""
        if not self._pair or not _goes_on(text, 0):
            return None
        zeroed = _digits_one_by_one(text, self.locale)
        if zeroed is not None and zeroed.startswith("0") and len(zeroed) <= 3:
            # "Doce" - "cero siete." (1207), "Fifteen" - "oh two." (1502): digits said one by one that begin with
            # a zero are no number of their own (no one says their unit as "cero siete" after "doce"); they are
            # the places after the pair, as a driver reads a long unit number in two breaths
            joined = self.digits + zeroed
            return joined if normalise_digits(joined, self.options) or self._viable(joined) else None
        new = _pair_said(text, self.locale)
        # the same pair again ("Cuarenta y dos" - "cuarenta y dos.") says the number once more, as read back; a
        # pair that keeps the units under other tens ("Treinta y tres" - "cuarenta y tres.") puts right the tens
        # the read-back got wrong (tens words are what a recogniser confuses: sesenta/setenta), a correction as a
        # bare number at a read-back always is. A pair with the tens said again and other units ("Treinta y tres"
        # - "treinta y cinco.", "Diecisiete" - "dieciocho.") is the next pair, as a fleet numbers its units in
        # series (7071, 1718, 1012 in the labelled calls): 3335 is read back, and "no, treinta y cinco" there
        # makes it 35 - the read-back decides, never a unit number cut in half unheard. The round tens of the pair
        # ("Sesenta y dos" - "Sesenta.", "Twenty two" - "Twenty.") is no next pair but the number without the units
        # the read-back heard (60), or the pair begun again: no unit counts on from 62 to 60 (6260).
        joined = self.digits + new if new and len(self.digits) == 2 and new != self.digits \
            and (new[1] != "0" if new[0] == self.digits[0] else new[1] != self.digits[1]) else None
        return joined if joined and (normalise_digits(joined, self.options) or self._viable(joined)) else None

    def _pair_after_digits(self, text: str) -> str | None:
        """The number digits said one by one and cut by a pause make with a number from 20 to 99 said alone next
        ("Dos" - "cincuenta y ocho." 258, "Two" - "fifty eight." 258: a driver says a unit number as its first
        digit and then its last two), when it still fits the options; else None. A "no" first ("no, cincuenta y
        ocho") is a correction as always. A teen is none: "Dos" - "doce.", "Cuatro" - "catorce." is the number
        said again whole, the digit the recogniser heard of it only its start. So are tens that begin as the digit
        does ("Cinco" - "cincuenta y cinco." 55, "Cuatro" - "cuarenta.", "Five" - "fifty five.", "Es el 5" - "55"):
        the tens digit the same as the digit heard is the number said again, not its last two places."""
        if not self._one_by_one or not _goes_on(text, 0):
            return None
        new = _pair_said(text, self.locale)
        if new is None or int(new) < 20 or new[0] == self.digits[-1]:
            return None
        joined = self.digits + new
        return joined if normalise_digits(joined, self.options) or self._viable(joined) else None

    def _next_digits(self, text: str) -> str | None:
        """The number digits said one by one over pauses make with the next ones said alone ("Es el dos" - "cero"
        20), when it still fits the options; else None."""
        if not self._one_by_one or not _goes_on(text, 0):
            return None
        new = _digits_one_by_one(text, self.locale)
        if new is None or new.startswith(self.digits):
            # the digits read back said again ("Cuatro" - "Cuatro.", "Yeah, five", "Tres" - "Tres, cero, dos."):
            # the caller confirms or restates the number from its start, never adds to it (44, 55, 3302)
            return None
        joined = self.digits + new
        return joined if joined and (normalise_digits(joined, self.options) or self._viable(joined)) else None

    def _rest_of_held(self, text: str, new: str) -> str | None:
        """The number a held one makes with what the next turn says, when that fits its open places: lower than
        its last scale ("mil" - "cuarenta" = 1040, "ciento" - "doce" = 112, "dos mil" - "trece" = 2013), a unit
        after tens ("treinta y" - "nueve" = 39; English tens take no "and": "four fifty" - "one" = 451); else
        None (another number: "mil" - "mil doscientos" says it again whole). A whole number left open and
        read back ("Mil") takes only a turn that obviously goes on with it (`_goes_on`)."""
        places = self._held or (self._open if _goes_on(text, self._open) else 0)
        if not places or not new.isdigit() or new.startswith("0") or int(new) >= 10 ** places:
            return None
        if places == 1 and len(new) != 1:
            return None
        return str(int(self.digits) + int(new))

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
        if isinstance(text, str) and self._end_not_of_this(fold(text)):
            # "sí, y el siguiente termina en tres", "el uno al final no va": the digits are another thing's
            # end, or one ruled out - never this number's, nor a number of their own
            return "nothing"
        command, rest = self._commands(fold(text))
        corrected = False
        if command == "reset" or (command == "drop" and len(self._pieces) <= 1):
            corrected = bool(self.digits)
            self.reset()
        elif command == "drop":
            self.digits = self.digits[: -self._pieces.pop()]
            self.value, self.complete = None, False
            corrected = True
        new = digits_in(rest if command else text, self.locale, counts=counts_said(self.options))
        if not new and not command and not self.digits and not corrected:
            new = self._answer_with_its_pause_lost(text)
        if not new:
            return "corrected" if corrected else "nothing"
        previous = self.value
        one_by_one = None if command else self._next_digits(text)
        rest_of = None if command else self._rest_of_held(text, new) or self._next_pair(text) or one_by_one \
            or self._pair_after_digits(text)
        held, self._held, self._open, self._pair, self._one_by_one = self._held, 0, 0, False, False
        if held and rest_of is None:
            # "mil" - "mil doscientos", "treinta" - "cuarenta": another number, said whole, in its place
            self.digits, self._pieces, self.value, self.complete, previous = "", [], None, False, None
        joined = rest_of or self.digits + new
        if rest_of is not None and (normalise_digits(rest_of, self.options) or self._viable(rest_of)):
            self.digits, self._pieces = rest_of, [len(rest_of)]
        elif not self.complete and self.digits and (normalise_digits(joined, self.options) or self._viable(joined)):
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
        if self.complete and not command and self.digits == (rest_of or new):
            # "Mil", cut by a pause: read back, the rest may still come ("mil" - "novecientos" = 1900 may go
            # on); "Ciento", "Treinta y": no whole number, held for the rest
            places = _open_places(text, self.digits)
            if _unfinished(text):
                self._held, self.complete = places, not places
            else:
                self._open = places
            # (a round one, "Cuarenta", leaves its units open instead: "y dos" goes on with it, "cincuenta y dos"
            # corrects it)
            self._pair = rest_of is None and len(self.digits) == 2 and self.digits[-1] != "0" and not places \
                and cut_by_pause(text) and _pair_said(text, self.locale) is not None
            # (so do two or more digits said one by one and cut: "Dos dos" - "cero ocho." is 2208, a long unit
            # number dictated in two breaths; a number said as one, "Veintidós", is no such dictation)
            self._one_by_one = (cut_by_pause(text) or _SINGLE_NUMERALS.fullmatch(text) is not None) \
                and _digits_one_by_one(text, self.locale) is not None
        if one_by_one is not None and self.value == normalise_digits(one_by_one, self.options):
            self._one_by_one = not _ENDED.search(text)  # "cero" may be followed by more; "tres." ends the number
        if corrected or (previous is not None and previous != self.value):
            return "corrected"
        return "complete" if self.complete else "partial"

    def _answer_with_its_pause_lost(self, text: str) -> str | None:
        """The number of "No es el setenta y tres" said with nothing held: in one breath it rules 73 out, but
        no one rules out a number nobody said - it is "No, es el 73" with the recogniser's comma lost. (At a
        read-back the number read is there to rule out: read as the extractor does.)"""
        folded = fold(text)
        if not _RULED_OUT_ALONE.match(folded):
            return None
        said = digits_in(_RULED_OUT_ALONE.sub(r"\g<no>, \g<verb>", folded, count=1), self.locale)
        read_back = self.options.get("read_back")
        if said is not None and read_back is not None and said == str(read_back):
            # "Tractor 73?" - "No." - "No es el setenta y tres": the number just read back and turned down is
            # ruled out again, not said (asked again, the caller is repeating the no)
            return None
        return said

    def so_far(self) -> str:
        # a number held open is read as the number said ("Llevo 1000"), digits said one by one one by one
        return self.digits if self._held else " ".join(self.digits)

    def _position(self, text: str) -> tuple[int, str] | None:
        """ "el tercer número es siete", "the last digit is 4": which digit, and the one said for it."""
        if not isinstance(text, str) or not self.digits:
            return None
        m = _POSITION[self.lang].search(fold(text))
        if not m or (m.group("what") or "numero") not in ("numero", "digito", "number", "digit", "one"):
            return None
        new = digits_in(m.group("new"), self.locale)
        at = ordinal(m.group("pos"), len(self.digits))
        if not new or len(new) != 1 or at is None or not -len(self.digits) <= at < len(self.digits):
            return None
        return at % len(self.digits), new

    def _at_end(self, text: str) -> tuple[bool, str] | None:
        """ "uno al final", "termina en catorce", "starts with a nine": whether the start of the number is
        meant (else its end), and the digits said for it; None when the turn says no such thing, or says
        more digits than the number has."""
        if not isinstance(text, str) or not self.digits:
            return None
        folded = fold(text)
        for pattern in _AT_END["en" if self.lang == "en" else "es"]:
            m = pattern.search(folded)
            if m is None:
                continue
            new = _said_digits(m.group("new"), self.locale)
            if _not_of_this_end(folded, m):
                return None
            if new and len(new) < len(self.digits):
                return any(word in m.group("at") for word in _START), new
        return None

    def _end_not_of_this(self, folded: str) -> bool:
        """Whether the turn places digits at an end of something else, or denies them there (see
        `_ANOTHER_THING`)."""
        # (after the answer word it may follow: "no el uno al final no" is "no" and "el uno al final no")
        for said in {folded, _LEADING_ANSWER.sub("", folded)}:
            for pattern in _AT_END["en" if self.lang == "en" else "es"]:
                m = pattern.search(said)
                if m is not None and _not_of_this_end(said, m):
                    return True
        return False

    def _removed_end(self, text: str) -> tuple[bool, str] | None:
        """ "El siete al final sobra", "the one at the end is extra": whether the start of the number is
        meant (else its end), and the digits denied there as too many; None when the turn says no such thing
        of this number."""
        if not isinstance(text, str) or not self.digits:
            return None
        folded = _LEADING_ANSWER.sub("", fold(text))
        for pattern in _AT_END["en" if self.lang == "en" else "es"]:
            m = pattern.search(folded)
            if m is None or re.search(r"[,;.]\s*$", m.group(0)) or not _REMOVED_AFTER.match(folded[m.end():]):
                continue
            if _ANOTHER_THING.search(re.split(r"[,;.]", folded[: m.start("new")])[-1]):
                return None
            gone = _said_digits(m.group("new"), self.locale)
            if gone and len(gone) < len(self.digits):
                return any(word in m.group("at") for word in _START), gone
        return None

    def describes(self, text: str) -> bool | None:
        """Whether "el tercer número es siete" or "termina en uno" says what the value already has (True) or
        changes it (False)."""
        found = self._position(text)
        if found is not None:
            return self.digits[found[0]] == found[1]
        if self._removed_end(text) is not None:
            return False  # "el siete al final sobra": never what the value has, whatever its end holds
        end = self._at_end(text)
        if end is None:
            return None
        at_start, new = end
        return self.digits.startswith(new) if at_start else self.digits.endswith(new)

    def edit(self, text: str) -> bool:
        """ "No, el tercer número es ocho" at 1173: that digit replaced (1183), when the options still hold."""
        found = self._position(text)
        removed = self._removed_end(text) if found is None else None
        if found is not None:
            if self.digits[found[0]] == found[1]:
                return False
            at, new = found
            digits = self.digits[:at] + new + self.digits[at + 1 :]
        elif removed is not None:
            # "el siete al final sobra" at 487: that digit taken off (48); a digit not there is no edit
            at_start, gone = removed
            if not (self.digits.startswith(gone) if at_start else self.digits.endswith(gone)):
                return False
            digits = self.digits[len(gone):] if at_start else self.digits[: -len(gone)]
        else:
            end = self._at_end(text)
            if end is None or self.describes(text):
                return False
            at_start, new = end
            # "no, termina en dos" at 1401: that end of the number replaced (1402), its length kept
            digits = new + self.digits[len(new):] if at_start else self.digits[: -len(new)] + new
        value = normalise_digits(digits, self.options)
        if value is None:
            return False
        self.digits, self._pieces, self.value, self.complete = digits, [len(digits)], value, True
        return True


def _validate(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        return normalise_digits(str(value), options) if value >= 0 else None
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.isascii() and stripped.isdigit():
            return normalise_digits(stripped, options)
        return extract_integer(value, locale, options)
    return None


TYPE = SlotType(
    name="integer",
    extract_fn=extract_integer,
    validate_fn=_validate,
    readback_fn=lambda value, locale, spell, said: ", ".join(str(value)) if spell else str(value),
    start_fn=lambda locale, options: IntegerAccumulator("integer", locale, options),
    options=frozenset({"pattern", "min", "max", "leading_zeros", "dtmf"}),
    hears_read_back=True,
    holds="int",
    eval_kinds={"integer": extract_integer},
    description='digits, kept as text, "1234" (`leading_zeros`, `min`, `max`, `pattern`, `dtmf`)',
    order=20,
)
