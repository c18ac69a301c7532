"""`email`: an e-mail address, lower case, dictated over turns in any split ("juan punto perez",
"arroba gmail punto com"); can be spelled; read back word by word with `spell_back`."""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from ..accumulators import (
    _CLOSING,
    _INSERT,
    _LOOKING,
    _REMOVE,
    _REPLACE,
    DOUBLE,
    Accumulator,
    FeedResult,
    Status,
    _insertion,
    already_so,
    closing_phrase,
    doubled,
    doubled_char,
    nth_of,
    remarks_on_value,
    replaced,
    wanted_symbol,
)
from ..edges import edge_alternation
from ..emails import (
    _PROVIDER_VARIANTS,
    _PROVIDERS,
    _TLDS,
    BESIDE_EDGE_NOTE,
    MAIL_NAMED,
    TAKE_BACK,
    address_from_tokens,
    announces_address,
    assemble,
    clarified_letter,
    domain_word,
    edge_note_in,
    edge_vowel_in_doubt,
    email_tokens,
    extract_email,
    is_provider,
    noted_spelling,
    provider_change,
    provider_taken_back,
    respelled_in,
    spelled_with,
    strip_lead_in,
    validated,
    with_clarified_letter,
)
from ..language import speaks_of_language
from ..letters import letter_name, same_sound, without_ruled_out
from ..lexicon import COMMON_WORDS
from ..normalize import Lang, fold, lang_of, wordset
from ..numbers import cut_by_pause, digitize, is_number_word, prepare_tokens
from ..plates import extract_char
from ..readback import email_readback
from ..times import extract_time
from ..yes_no import only_hedges
from .base import SlotType


def _talk(tokens: list[str], lang: Lang, least: int = 2) -> bool:
    """Words that are a sentence about the address, not part of it ("antes de la arroba está bien"). Letter
    names spelled side by side ("te erre te") are a spelling, whatever else they mean."""
    def spelled(k: int) -> bool:
        return letter_name(tokens[k], lang, nato=False) is not None and any(
            0 <= j < len(tokens) and letter_name(tokens[j], lang, nato=False) is not None and tokens[j].isalpha()
            for j in (k - 1, k + 1))
    return sum(1 for k, t in enumerate(tokens) if len(t) > 1 and t in COMMON_WORDS[lang] and not spelled(k)) >= least


_WORD_RE = re.compile(r"[a-z0-9]+")
# "Y..." alone amid a spelling: the caller going on ("y letra...?"), not the letter (said "ye", "i griega")
_CONJUNCTIONS = frozenset(("y", "and"))


_GLUED_LETTER = re.compile(r"(?<![a-z0-9])[a-z][._-][a-z0-9]")


def _letter_joined(text: str, begun: bool) -> bool:
    """Whether a one-letter word first in the turn and joined by a symbol to what follows is a letter of the
    address (see `strip_lead_in`): always when the recogniser wrote them as one ("y.cardenas", "a_smith"),
    and when said apart ("y punto cárdenas") only while no address is begun - amid one, "y punto pérez" is the
    caller's "and" before the rest."""
    return not begun or _GLUED_LETTER.search(fold(text)) is not None


def _lead_in_stripped(tokens: list[str], text: str, lang: Lang, begun: bool = False) -> list[str]:
    """The turn without the words introducing it. A turn that is one letter named as a letter ("I griega.",
    "Letra y.") is that letter, though a bare "y" or "i" would be the "and" / "I" of a lead-in."""
    stripped = strip_lead_in(tokens, lang, joined_letter=_letter_joined(text, begun))
    if not stripped and len(tokens) == 1 and len(tokens[0]) == 1 and tokens[0].isalpha() \
            and _WORD_RE.findall(fold(text)) != tokens:
        return tokens
    return stripped


_DOUBLED_SYMBOL = re.compile(r"([._-])\1")
MAX_LOCAL = 64
MAX_ADDRESS = 254
# A dictation that says again, from a new turn, at least this many characters of its own beginning ("8 v 2
# s g", ..., "8 v 2") has been started over without saying so: what came before the repeat is dropped.
_RESTART_MIN = 3
# A re-dictated local part ending as the turned-down one did (its last characters) has reached the "@".
_SAME_END = 3


# A turn opening this way explains what was just said ("o sea ...", "es decir ...", "I mean ...").
_RESTATING = re.compile(r"^\W*(?:o sea|osea|es decir|o mejor dicho|mejor dicho|i mean|that is|in other words)\b")


_AROUND_NUMBERS = frozenset(("y", "and", "no", "nope", "a", "las", "la", "at", "como", "around", "about"))


def _compound_numbers(tokens: list[str], lang: Lang) -> bool:
    """Only number words, one of them a number of two or more digits said as one ("diecisiete cuarenta y
    cinco", "no, treinta y dos"): a time or a number answered late, not the start of a dictated address
    (whose digits come one by one: "ocho", "uno dos")."""
    words = [t for t in tokens if t not in _AROUND_NUMBERS]
    if not words or not all(is_number_word(t, lang) for t in words):
        return False
    return any(len(d) > 1 for d in digitize(words, lang))


# How a time is said ("a las doce y media", "como a las cinco de la tarde", "at 5 pm", "12:30"): with one of
# these, a turn the ETA reader takes as a time is an arrival time answered late, not an address begun.
_TIME_MARKERS = re.compile(
    r"\b(?:a las|a la una|para las|de la (?:tarde|manana|noche)|del mediodia|horas?|at (?:about |around )?\d+|"
    r"around \d+|(?:a|p)\.? ?m\b|o ?clock)|\d:\d\d"
)
_ADDRESS_WORDS = re.compile(r"\b(?:arroba|punto|dot|gmail|hotmail|yahoo|outlook|com)\b|@")


def _a_time(text: str, locale: str) -> bool:
    folded = fold(text)
    if _ADDRESS_WORDS.search(folded):
        return False
    digits = " ".join(digitize(prepare_tokens(re.findall(r"[a-z]+|\d+(?::\d\d)?", folded), lang_of(locale)),
                               lang_of(locale)))
    return bool(_TIME_MARKERS.search(folded) or _TIME_MARKERS.search(digits)) \
        and extract_time(text, locale) is not None


# A letter with a tilde or an accent said absent: "no lleva eñe", "es con ene normal", "sin acento".
_NO_ACCENT = re.compile(
    r"\b(?:eñe|ñ|tilde|acentos?|accents?)\b|\b(?:ene|n) (?:normal|sencilla|simple|regular|plain|de nariz)\b|"
    r"\b(?:plain|regular|normal|simple) n\b")
# The words around such a remark ("no lleva", "es con", "los dos"), and why ("el correo no acepta la eñe",
# "e-mails don't take accents"), which say nothing else of the address.
_ACCENT_TALK = re.compile(
    r"\b(?:no|sin|without|lleva|va|con|tiene|es|son|its|it|is|with|not|has|any|no|la|el|las|los|una?|the|an?|"
    r"dos|both|ninguna?|ninguno|si|yes|de|en|of|in|on|it|s|there|are|nothing|ene|n|letter|letra|"
    r"correos?|e-?mails?|mails?|direccion|address(?:es)?|internet|sistema|system|computadora|computer|"
    r"aceptan?|acepto|permiten?|agarran?|toman?|llevan|pongas?|pongan|ponen?|escribas?|escriben?|accepts?|takes?|"
    r"allows?|uses?|have|put|write|"
    r"porque|pues|because|cause|puede|pueden|se|le|les|ahi|asi|nunca|never|can|can'?t|don'?t|doesn'?t|do|does|"
    r"ya|que|sabe|sabes|you|know|so|those|they|pero|but|nomas|namas|solo|nada|mas|just|only|okay|ok|oiga|"
    r"mire|look|cant|them|any)\b")
_SEPARATORS = ("_", "-", ".")


def _only_accent_remark(text: str, lang: Lang) -> bool:
    """Whether a turn only says a letter has no tilde or accent ("sí, pero sin la eñe, es ene normal", "no se
    puede con eñe", "no accents"): an address is written without them, so it is already as said. A count said
    beside it ("nomás una ene normal", "just one plain n") is more than that: it may take a letter away."""
    low = text.lower()
    return bool(_NO_ACCENT.search(low)) \
        and not _ACCENT_TALK.sub("", fold(_NO_ACCENT.sub(" ", low))).strip(" ,.;!?¡¿…'") \
        and not DOUBLE[lang][0].search(fold(text))


# "no, es guion bajo, el de abajo", "it's an underscore": the symbol said, and nothing else.
_IS_SYMBOL = re.compile(
    r"(?:(?:si|pues|no|yes|yeah|pero|but)[,.]? )*(?:es|va|its|it is|thats)(?: un| una| el| la| a| an| the)? "
    r"(?:guion(?: (?:bajo|abajo|(?:de en |de |del |en )?medio|enmedio|alto|corto))?|punto|underscore|dash|"
    r"hyphen|dot)(?:,? (?:el|the) (?:de abajo|bajito|de en medio|del medio|de enmedio|low one|one at the bottom|"
    r"middle one|one in the middle))?")
# Where a symbol said missing goes, said alone next: "después de baeza", "va antes del setenta", "right after kim".
_PLACE_ALONE = re.compile(
    r"(?:(?:si|pues|es|va|lleva|its|it goes|goes|right|just)[,.]? )*(?P<rel>despues|antes|after|before)"
    r"(?: del?| of)?(?: la| el| the)? (?P<ref>[a-z0-9]+(?: [a-z0-9]+){0,3})")
# "le falta otro punto", "it's missing another dash": one more of a symbol the address already has. So is one
# said with "a" ("le falta un punto", "you missed a dot" at juan.perezlopez): the one read back was heard, and
# another is wanted; "le falta el punto" is the one the address has.
_ONE_MORE = re.compile(r"\b(?:otr[oa]s?|uno mas|una mas|another|one more|second)\b"
                       r"|\b(?:un|una|a|an) (?:guion|punto|underscore|dash|hyphen|dot)\b")
# "le falta el punto mx al final", "it's missing the dot mx at the end", "sí, pero falta el punto mx": an ending
# said missing (an ending goes at the end, said or not).
_EDGE_ENDING = re.compile(
    r"\b(?:falt(?:a|o|aba)|missing|lacks|forgot|needs)(?: el| la| the)? (?P<end>(?:punto|dot) [a-z]+"
    rf"(?: (?:punto|dot) [a-z]+)?)(?:,? (?:{edge_alternation('es', 'end')}|{edge_alternation('en', 'end')})\b"
    r"|\W*$)")



# A remark on how the address ends: without an ending ("sin el punto mx", "without the mx") or with that one
# alone ("nomás punto com", "nada más .com", "just dot com"), said at a read-back.
_ENDING_REMARK_RE = re.compile(
    r"(?:^|[\s,.;¡¿])(?:(?:sin|without)(?:\s+(?:el|la|the))?|(?P<only>nomas|nada mas|namas|solo|solamente|just|only))"
    r"\s+(?:(?:punto|dot)\s+)?\.?(?P<end>com|mx|net|org)\b[\s.,!?…]*$")


# A turn of nothing but more endings of a domain: "punto mx", "y punto mx", "dot uk".
_MORE_ENDING = re.compile(r"\W*(?:(?:y|and|es|its)\s+)?(?:(?:punto|dot)\s+[a-z]{2,4}\W*)+")


class EmailAccumulator(Accumulator):
    """An address dictated over turns: local part, "arroba", domain, endings, in any split."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self._turns: list[list[str]] = []
        # (tokens, language, their read-back): see so_far
        self._read: tuple[tuple[str, ...], str, str] | None = None
        self._missing: tuple[tuple[str, ...], str] | None = None  # (tokens, the part missing): see missing_part
        # The last whole address the caller turned down (local part, domain): when the value is said again,
        # the domain need not be (see `finish`).
        self._denied: tuple[str, str] | None = None
        self._denied_words: list[str] = []  # the tokens of its local part, as said ("rutilio", "escamilla")
        self.started_over = False  # the last turn began the address again without saying so
        # The symbol the caller said the address lacks when turning it down ("no, lleva guion bajo"): the
        # place may come next ("entre el gil y el anaya").
        self._wanted: str | None = None
        # The address as it was before the last correction at a read-back changed it (see `_ruled_out_after`).
        self._edited_from: str | None = None
        self._last_said: str | None = None  # the last turn as the recogniser wrote it (see `_rest_of_cut_word`)
        # The last turn said the address was done ("eso es todo", "no, sería todo") before any "@": what is
        # missing is the part after it (see `missing_part`)
        self._done_before_at = False

    def reset(self) -> None:
        if self.complete and isinstance(self.value, str) and "@" in self.value:
            local, domain = self.value.rsplit("@", 1)
            self._denied = (local, domain)
            self._denied_words = [t for t in self._tokens[: self._tokens.index("@")]] if "@" in self._tokens else []
        super().reset()
        self._turns = []
        self._read = None
        self._edited_from = None

    def feed(self, text: str) -> FeedResult:
        try:
            if self._rest_of_cut_word(text):
                self._done_before_at = False
                return FeedResult("partial", None, self.so_far(), False)
            result = super().feed(text)  # read with the last turn's `_done_before_at` (see `_domain_asked_for`)
            # "jorge punto nicolas" then "No, sería todo.": the caller thinks it whole, but no domain was said
            self._done_before_at = not self.complete and bool(self._tokens) and "@" not in self._tokens \
                and closing_phrase(text)[0]
            return result
        finally:
            self._last_said = text if isinstance(text, str) else None

    def _rest_of_cut_word(self, text: str) -> bool:
        """"Ana" - "ya.": the recogniser cut a word of the address ("anaya") where the caller paused, and wrote its
        end as a turn of its own - begun in lower case, right after a turn that stopped on a word with no mark
        after it. Such an end that alone is a word of the talk ("ya" is "that's it", "todo", "listo") is no
        closing of a dictation that has not reached its "@": it is the rest of that word. A hesitation ("eh",
        "este") or a backchannel ("ajá") never is, nor is an end written as a sentence of its own ("Ya."), nor
        anything after a letter or after a turn written without marks at all (no pause shows there). Only a turn
        of that one word was cut so: after a piece dictated whole ("Ana punto Gil", "Juan Pérez") or a provider
        ("Hotmail") the caller paused where the piece ended, and "ya", "listo" say it is done."""
        said = text.strip() if isinstance(text, str) else ""
        before = (self._last_said or "").strip()
        if not self._turns or "@" in self._tokens or not re.fullmatch(r"[^\W\d_]+[.!]?", said) \
                or not said[0].islower() or not before[-1:].isalpha() or not cut_by_pause(before):
            return False
        word, last = fold(said).strip(".!"), self._turns[-1][-1]
        if len(self._turns[-1]) != 1 or is_provider(last):
            return False
        if email_tokens(said, self.lang) or not _CLOSING.fullmatch(word) or len(last) < 2 or not last.isalpha() \
                or letter_name(last, self.lang, nato=False) is not None or not fold(before).endswith(last):
            return False
        self._turns[-1].append(word)
        self.value, self.complete = None, False
        return True

    def finish(self) -> Any | None:
        """The value when the caller is done. A local part said again after an address was turned down,
        different from the one turned down but ending as it did, has reached the "@": the domain is the
        one the caller gave before ("... s g" then a pause, after "p t 8 v 2 s g arroba gmail punto com"
        was turned down). The read-back says it whole, so the caller can still change it."""
        if not self.complete and self._denied is not None and self._turns and "@" not in self._tokens:
            local, _ = assemble(self._tokens, self.lang, lead_in=False)
            old_local, domain = self._denied
            end = min(_SAME_END, max(1, len(old_local) - 1))  # a short one may differ in its first character
            if local and local != old_local and len(local) >= end and local[-end:] == old_local[-end:] \
                    and validated(f"{local}@{domain}"):
                self._turns.append(["@", *re.findall(r"[a-z0-9]+|[.\-]", domain)])
                self.value = address_from_tokens(self._tokens, self.lang, lead_in=False)
                self.complete = self.value is not None
        return super().finish()

    @property
    def _tokens(self) -> list[str]:
        return [t for turn in self._turns for t in turn]

    def goes_on(self, text: str) -> bool:
        """ "punto mx" at the read-back of "...@yahoo.com" cut by a pause: a turn of nothing but one more ending
        of the domain goes on with the address read back (".com.mx"), it is no new address nor a correction.
        Amid a dictation, a turn that is only a symbol joining two parts ("No, guion bajo." at "juan", after a
        bare "No." began it anew) goes on with what was said: an address begins with no such symbol."""
        if not self.complete and isinstance(text, str) and "@" not in self._tokens:
            said = [t for t in email_tokens(text, self.lang) if t not in _GO_ON_LEADS]
            local, _ = assemble(self._tokens, self.lang, lead_in=False)
            return said in (["_"], ["."], ["-"]) and bool(local) and local[-1].isalnum()
        if not self.complete or not isinstance(self.value, str) or not isinstance(text, str) \
                or not _MORE_ENDING.fullmatch(fold(text)):
            return False
        trial = copy.deepcopy(self)
        if trial._feed(text) not in ("complete", "corrected") or not isinstance(trial.value, str) \
                or not trial.value.startswith(self.value + "."):
            return False
        # "punto com" again at "...@gmail.com" says the ending it has (".com.com" is no address anyone has)
        if trial.value[len(self.value) + 1 :].split(".")[0] == self.value.rsplit(".", 1)[-1]:
            return False
        # an ending that takes the place of the one read back ("punto es" at "...@gmail.com": Spain's) is a
        # correction, as `edit` reads it
        edited = copy.deepcopy(self)
        return not edited.edit(text) or edited.value == trial.value

    def so_far(self) -> str:
        # Read many times a turn (the progress check, the log, the templates) and costly to assemble:
        # kept for the tokens it was made from and the language it is read in (a caller who switches
        # language mid-dictation hears "juan dot perez so far", not "juan punto perez").
        tokens = tuple(self._tokens)
        if self._read is None or self._read[:2] != (tokens, self.lang):
            local, domain = assemble(list(tokens), self.lang, lead_in=False)
            partial = local + ("@" + domain if domain is not None else "")
            if domain and len(tokens) > 1 and tokens[-1] in (".", "-") and tokens[-2].isalnum() \
                    and domain.endswith(tokens[-2]):
                # "arroba transportes", "guion medio": a symbol said last in the domain is heard and read back
                # as the dictation goes on, though a whole address never ends with it
                partial += tokens[-1]
            self._read = (tokens, self.lang, email_readback(partial, self.lang, spell=True))
        return self._read[2]

    def edit(self, text: str) -> bool:
        before = self.value
        edited = self._edit(text)
        if edited and self.value != before and isinstance(before, str):
            self._edited_from = before
        return edited

    def _edit(self, text: str) -> bool:
        if not isinstance(text, str):
            return False
        text = _symbol_on_both_sides(_remark_dropped(text, self.lang), self.lang)
        try:
            if self._ending_left_out(fold(text)):
                return True
            if self._said_whole(fold(text)) or self._wanted_placed(fold(text)) or self._put_in_the_middle(fold(text)) \
                    or self._names_written_out(fold(text)) \
                    or self._domain_ending(fold(text)) or self._provider_changed(fold(text)):
                return True
            respelled = self._respelled(text)
            if respelled is not None:
                return respelled
            if _only_accent_remark(text, self.lang):
                return False  # "sin la eñe, es ene normal": the address has an "n" already, never one less
            return self._edit_address(fold(text)) or self._readback_fix(fold(text)) \
                or self._spelled_as_in_another_value(fold(text))
        except Exception:  # a correction that cannot be read leaves the value as it was
            return False

    def describes(self, text: str) -> bool | None:
        """As `Accumulator.describes`, on the part before the "@" (a character, a symbol between two parts:
        "falta un punto entre sandoval y el setenta y ocho" where that dot is)."""
        if not isinstance(text, str):
            return None
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local or domain is None:
            return None
        folded = fold(_remark_dropped(text, self.lang))
        if self._ruled_out_after(folded):
            return True
        left = _without_ending(folded, domain)
        if left is not None:
            # "sí, pero sin el mx" at ...@yahoo.com, "nomás punto com" at ...@yahoo.com: the ending is so; "sin el
            # punto com" at ...@yahoo.com.mx changes it
            return left == domain
        if _domain_piece_again(folded, local, domain, self.lang):
            return True  # "Fletes guion medio garza." at "...@fletes-garza.com.mx": that part of it is so
        noted = _noted_at_readback(text, self.lang)
        if noted is not None and (noted[1] in local or noted[1] in domain.partition(".")[0]):
            return True  # "anguiano con ge u i", "ever con ve chica": a word of it, said with how it is written
        parts = {_said_part(s, self.lang) for s in re.split(r"(?<=[.!?])\s+", folded) if s.strip()} - {None, ""}
        if parts and all(p.isalpha() and len(p) >= 3 and re.search(rf"(?<![a-z]){p}(?![a-z])", local)
                         for p in parts if p):
            return True  # "No, es Horacio. Ache, o, erre, a, ce, i, o." at horacio.ibarra29: that part is so
        if parts and all(re.fullmatch(r"[a-z0-9]{2,}(?:[._-][a-z0-9]{2,})+", p) and p in local and p != local
                         for p in parts):
            return True  # "No, leo guion garza." at leo-garza88: the piece with its symbol is so already
        swap = _swap_said(folded, self.lang)
        if swap is not None and _number_at(local, swap[0], len(swap[1])) is None \
                and _number_at(local, swap[1], len(swap[1])) is not None:
            return True  # "en vez de noventa y nueve es noventa" at "...1990": the number is so already
        between = _BETWEEN_RE.search(folded)
        said = [sym for sym, negated, _, _ in _symbols(folded) if not negated]
        if len(said) == 1 and _WITH_SYMBOL.fullmatch(folded.strip(" .,!?¡¿…")):
            return said[0] in local  # "con guion en medio": is there one?
        wanted = wanted_symbol(folded)
        # (a dash or an underscore may be in the domain's name too: "transportes-lara"; every domain has a dot)
        if wanted is not None and (local if wanted == "." else local + domain).count(wanted) == 1 \
                and not _ONE_MORE.search(folded):
            # "No, le falta el guion bajo", "it's missing the underscore" at "hbaeza_trans": the one symbol of
            # that kind is there already (an older read-back that dropped it was heard); "le falta otro punto"
            # asks for one more, and where (`mark_wrong`)
            return True
        if _only_accent_remark(text, self.lang):
            return True  # "no lleva eñe, es con ene normal", "sin acento": an address is written without them
        if between and len(set(said)) == 1:  # "guion, guion medio, entre zúñiga y transp": one symbol
            first = _spoken_part(between.group("a"), self.lang)
            if first and first in local:
                at = local.index(first) + len(first)
                return local[at : at + 1] == said[0]
        ruled_out = {sym for sym, negated, _, _ in _symbols(folded) if negated} - set(said)
        if len(set(said)) == 1 and len(ruled_out) == 1:
            # "es guion bajo, no guion medio", "an underscore, not a dash": one symbol said, another ruled
            # out - already so when the address has the one and not the other (an older read-back was heard);
            # with both in it, which one is meant is not said here (None: a place may follow)
            other = next(iter(ruled_out))
            if said[0] in local and other in local:
                return None
            return said[0] in local and other not in local
        if len(said) == 1 and _IS_SYMBOL.fullmatch(folded.strip(" .,!?¡¿…")) and said[0] in _SEPARATORS:
            # "no, es guion bajo, el de abajo", "it's an underscore": the one separator of its kind the
            # address has is that one already (an older read-back was heard); with the other kind in it too,
            # which one is meant is not said
            others = set(_SEPARATORS) - {said[0], "."}
            return True if said[0] in local and not others & set(local) else None
        ending = _EDGE_ENDING.search(folded)
        if ending:
            said_end = "".join(email_tokens(ending.group("end"), self.lang))
            if said_end.startswith(".") and len(said_end) > 1 and said_end not in local:
                # "le falta el punto mx al final" of an address ending ".com.mx": already there
                return domain.endswith(said_end) or None
        m = _REMOVED_NEXT_TO.search(folded)
        old = _one_char(m.group("old"), self.lang) if m else None
        ref = _reference(m.group("ref"), self.lang) if m else ""
        if m and old and ref and ref in local:
            # "sin la e después de amador", "va sin la ele antes de la u": is there such a character right
            # there, by any place of what it is placed by? None there: the caller turned down a misheard
            # read-back (an older one), and the address is already as they say
            after = m.group("rel") in ("despues", "after")
            return not any(local[at + len(ref) : at + len(ref) + 1] == old if after else local[at - 1 : at] == old
                           for at in range(len(local)) if local.startswith(ref, at))
        m = next((found for rx in _INSERT[self.lang] if (found := rx.search(folded))), None)
        if m and m.groupdict().get("edge") and extract_char(m.group("new"), self.locale) is None:
            word = re.sub(r"[^a-z0-9]", "", m.group("new"))  # "le falta el mario al principio"
            if word:
                return local.startswith(word) if m.group("edge") in _AT_START_WORDS else local.endswith(word)
        for rx in _PLACED[self.lang]:
            m = rx.search(folded)
            if not m:
                continue
            new, ref = _piece(m.group("new"), self.lang), _placed_by(m.group("ref"), local, self.lang)
            if new and ref:
                if ref not in local:
                    return True
                after = m.group("rel") in ("despues", "after")
                return any(local.startswith(ref + new, i) if after else local.startswith(new + ref, i - len(new))
                           for i in range(len(local)) if local.startswith(ref, i) and (after or i >= len(new)))
        doubled = _doubled_as_said(folded, local, self.lang)
        if doubled is not None:
            return doubled
        note = _edge_note(folded, self.lang, local)
        if note is not None:  # "con hache al principio": does it begin so (an older read-back was heard)?
            at, end = note[2] or (0, len(local))
            return local[at:end].startswith(note[0]) if note[1] == "start" else local[at:end].endswith(note[0])
        joined = _joined(folded, local, self.lang)
        if joined is not None:
            return joined == local  # "sin punto, va todo junto la hache con el méndez" at "hmendez_...": so it is
        return already_so(folded, self.locale, list(local), words=True)

    def spoken_of(self, text: str) -> bool:
        """As `Accumulator.spoken_of`: a detail is of the address only when it names it (the word, a provider,
        the "arroba"), a symbol (plates have none: their dash is never said), or a word of it ("lleva punto
        entre lety y bravo"); a digit or a place alone ("termina en cinco", "la última es cuatro", "hay una ele
        antes de los números") is of plates and numbers first."""
        if not isinstance(text, str):
            return False
        folded = fold(text)
        if MAIL_NAMED.search(folded) or _symbols(folded):
            return True
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        pieces = re.split(r"[^a-z]+", f"{local or ''} {(domain or '').partition('.')[0]}")
        return any(len(p) >= 3 and re.search(rf"(?<![a-z]){p}(?![a-z])", folded) for p in pieces)

    def _ruled_out_after(self, folded: str) -> bool:
        """"No, es ve de vaca al principio." (bcruz -> vcruz) - "No be.": the letter the last correction took out,
        ruled out in a turn of its own - the rest of "ve, no be" said after a pause. It describes the address as
        the correction left it: read back again, never a dictation begun with that letter."""
        m = _NOT_THAT_LETTER[self.lang].fullmatch(folded.strip(" .,!?¡¿…"))
        old, new = self._edited_from, self.value
        if m is None or not isinstance(old, str) or not isinstance(new, str) or len(old) != len(new):
            return False
        letter = _one_char(m.group("letter"), self.lang)
        changed = [k for k, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        return letter is not None and len(changed) == 1 and old[changed[0]] == letter

    def mark_wrong(self, text: str) -> bool:
        """The turn that turned the address down; remembers a symbol it said is missing (see `_wanted`)."""
        self._wanted = wanted_symbol(text) if isinstance(text, str) else None
        return self._wanted is not None

    def _said_whole(self, folded: str) -> bool:
        """"Sin la ene, nomás arturo punto benítez": the part before the "@" said again whole beside the change."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        new = _restated_whole(folded, local, self.lang) if local and domain else None
        return new is not None and self._rebuild(new, domain)

    def _respelled(self, text: str) -> bool | None:
        """"No, chuy con i griega al final, no con i latina" at "chui.amador": a word of the address said again
        with a note on its spelling; the one piece of it heard with a letter sounding like the note's is put
        right (`respelled_in`). The letter it is not, said after the note, only repeats the note. False when
        the address has the word so written already (nothing else of the turn is then a change); None when
        the turn is no such note, or its word is not in the address."""
        noted = _noted_at_readback(text, self.lang)
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if noted is None or not local or domain is None:
            return None
        _, written, letter = noted
        new = respelled_in(local, written, letter)
        if new is None:
            # "Ledezma es con zeta" at "...@fletesledesma.com.mx": the word is in the domain's own name (never
            # a provider's: "gmail" is written one way)
            label, dot, ending = domain.partition(".")
            fixed = respelled_in(label, written, letter) if not is_provider(label) else None
            if fixed is None:
                return None
            return fixed != label and self._rebuild(local, fixed + dot + ending)
        return new != local and self._rebuild(new, domain)

    def _spelled_as_in_another_value(self, folded: str) -> bool:
        """"Con zeta, como el apellido." at "oscarledesma71@..." when the caller's name is "Óscar Ledezma":
        a note on a letter and no word (the word is one the call has already: "like my last name") - the one
        word of the call's other values (option `other_values`) written with that letter whose piece of the
        address differs from it only there by a letter sounding alike is written as in that value
        (`respelled_in`). Nothing when no such word, or more than one would change the address."""
        others = self.options.get("other_values", ())
        m = _LETTER_NOTE_RE[self.lang].fullmatch(_AS_IN_VALUE_RE[self.lang].sub("", folded).strip(" .,!?¡¿…"))
        letter = extract_char(m.group("letter"), self.locale) if m else None
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not others or letter is None or not letter.isalpha() or not local or domain is None:
            return False
        words = {w for value in others for w in re.findall(r"[a-z]+", fold(str(value)))
                 if len(w) >= 3 and letter.lower() in w}
        fixed = {new for w in words if (new := respelled_in(local, w, letter.lower())) is not None and new != local}
        return len(fixed) == 1 and self._rebuild(fixed.pop(), domain)

    def _wanted_placed(self, folded: str) -> bool:
        """"Entre el gil y el anaya", "después de baeza", "after kim" after "no, lleva guion bajo": the symbol
        said missing, put there (never at an edge of the part before the "@", where no symbol goes)."""
        if self._wanted is None or _symbols(folded):
            return False
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local:
            return False
        if _BETWEEN_RE.search(folded):
            word = {"_": "guion bajo", "-": "guion", ".": "punto"}[self._wanted]
            new = _symbol_between(f"con {word} {folded}", local, self.lang)
        else:
            m = _PLACE_ALONE.fullmatch(folded.strip(" .,!?¡¿…"))
            ref = _placed_by(m.group("ref"), local, self.lang) if m else None
            if m is None or not ref or local.count(ref) != 1:
                return False  # "después de la a" at an address of several: which one is not said
            at = local.index(ref) + (len(ref) if m.group("rel") in ("despues", "after") else 0)
            new = local[:at] + self._wanted + local[at:] if 0 < at < len(local) else None
        return new is not None and new != local and self._rebuild(new, domain)

    def _ending_left_out(self, folded: str) -> bool:
        """"Sin el mx", "sin el punto com" at "...@yahoo.com.mx", "nomás punto com": the domain without the ending
        the caller leaves out, or only up to the one said (see `_without_ending`)."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local or not domain:
            return False
        new = _without_ending(folded, domain)
        return new is not None and new != domain and self._rebuild(local, new)

    def _domain_ending(self, folded: str) -> bool:
        """"Le falta el mx al final, punto com punto mx" at "...@garzalogistica.com": the ending of the
        domain said fuller than it was read ("punto com punto mx" going on from its ".com"), or a country
        ending said missing ("le falta el punto mx"): the domain gets it, never the part before the "@"."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local or not domain:
            return False
        new = _longer_ending(folded, domain, self.lang)
        return new is not None and self._rebuild(local, new)

    def _provider_changed(self, folded: str) -> bool:
        """"Sí, nomás cámbiale gmail por hotmail", "es arroba yahoo, no hotmail", "no, es hotmail" at
        "...@gmail.com": the provider said takes the place of the domain's; the rest of the address stands.
        A provider ruled out that the domain does not hold changes nothing (an older read-back was heard)."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        change = provider_change(folded, self.lang) if local and domain else None
        if change is None or domain is None:
            return False
        old, new = change
        name, dot, ending = domain.partition(".")
        if name == new or (old is not None and old != name) or (old is None and not is_provider(name)):
            return False
        return self._rebuild(local, new + dot + ending)

    def _names_written_out(self, folded: str) -> bool:
        """"No, ve, ge. Las letras ve y ge" at "arturovege": the caller spelled letters and their names were
        written as a word of the address ("vege"); that word is those letters ("arturovg")."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local or domain is None:
            return False
        new = _names_as_letters(folded, local, self.lang)
        return new is not None and new != local and self._rebuild(new, domain)

    def _edge_noted(self, folded: str) -> Status | None:
        """"anabel" - "termina con i latina", "omero" - "con hache al principio" amid a dictation: how the address
        said so far ends (or begins) - "anabeli", "homero" - never more of it ("anabelterminaconi"); None when
        the turn is no such note."""
        local, _ = assemble(self._tokens, self.lang, lead_in=False)
        new = _edge_letter(folded, local, self.lang) if local else None
        if new is None:
            return "nothing" if local and _edge_note(folded, self.lang, local) is not None else None
        return "corrected" if self._rebuild(new, None) else "nothing"

    def _readback_fix(self, folded: str) -> bool:
        """Corrections of an address read back whole (they would be ambiguous amid a dictation): a symbol
        put in or changed ("con un guion bajo entre julián y ortega", "es guion bajo, no guion medio"), a
        character put after or before another ("después del cero va una ve de vaca"), a doubled letter
        ("no va doble ele, nada más una"), a number ("setenta no, diecisiete"), a part said again with its
        right spelling ("no, espinoza con zeta", "no, pedro punto luis punto c")."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local or domain is None:
            return False
        for fix in (_joined, _symbol_between, _symbol_swapped, _placed, _doubled, _number_swapped, _number_again,
                    _edge_letter_at_read_back, _letter_named):
            new = fix(folded, local, self.lang)
            if new is not None and new != local:
                return self._rebuild(new, domain)
        new = _part_again(folded, local, self.lang)
        return new is not None and new != local and self._rebuild(new, domain)

    def _edit_address(self, folded: str) -> bool:
        """Replace or remove one character of the local part ("solo que no va la b de burro")."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        if not local:
            return False
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            old, new = replaced(m, self.locale) if m else (None, None)
            if old and new and old.lower() in local:
                # amid a dictation the letter is the one said last; at the read-back of a whole address, heard
                # from its start, the first one ("yes but the a is an e" at ana@: ena@ - which one is meant is
                # not said; the address is read back for the caller to say)
                at = nth_of(m, local, old.lower())  # "the last a is an e" at anna@: anne@
                if at == -1:
                    continue
                if at is None:
                    at = local.index(old.lower()) if self.complete else local.rindex(old.lower())
                return self._rebuild(local[:at] + new.lower() + local[at + 1 :], domain)
        for rx in _REMOVE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            if old and old.lower() in local:
                at = _where(local, old.lower(), folded[m.end() :], self.lang)  # type: ignore[union-attr]
                return at is not None and self._rebuild(local[:at] + local[at + 1 :], domain)
        inserted = _insertion(folded, self.locale, list(local), words=True)
        if inserted is not None:
            return self._rebuild("".join(inserted), domain)
        return False

    def _rebuild(self, local: str, domain: str | None) -> bool:
        if not local:
            return False
        before, _ = assemble(self._tokens, self.lang, lead_in=False)
        if _DOUBLED_SYMBOL.search(local) and not _DOUBLED_SYMBOL.search(before):
            # "falta el guion bajo después de la u" where it already is: the caller heard an older
            # read-back; nothing is missing
            return False
        tokens = list(local)
        if domain is not None:
            tokens += ["@", *re.findall(r"[a-z0-9]+|[.\-]", domain)]
        self._turns = [tokens]
        self.value = address_from_tokens(self._tokens, self.lang, lead_in=False)
        self.complete = self.value is not None
        return True

    def _commands(self, folded: str) -> tuple[str, str]:
        """As for every accumulator, and "el correo es mario punto salinas" amid a dictation: the address
        named again and said from its start replaces what was collected."""
        command, rest = super()._commands(folded)
        if not command:
            tokens = email_tokens(folded, self.lang)
            if "@" not in tokens and announces_address(tokens) \
                    and sum(c.isalnum() for c in "".join(strip_lead_in(tokens, self.lang))) > 1:
                return "reset", folded
        return command, rest

    def _taken_back_in_turn(self, head: str, tail: str) -> str:
        """"juan punto perez, borra eso, juan guion perez arroba gmail punto com": an address has no word for a
        take-back inside it (a "perdón" left in would be read as more of the address), so what follows it is
        the turn - after the local part said before it when only a domain follows ("juan arroba gmail, bórralo,
        hotmail punto com": the provider taken back)."""
        said = email_tokens(tail, self.lang)
        if "@" not in said[1:]:  # no local part said again ("hotmail punto com", "arroba hotmail punto com")
            at = [m for m in re.finditer(r"\b(?:arroba|at)\b|@", head)]
            if at and "@" in email_tokens(head[: at[-1].end()], self.lang):
                return f"{head[: at[-1].start() if said[:1] == ['@'] else at[-1].end()]} {tail}".strip()
        return tail.strip()

    def _once_more(self, rest: str) -> str | None:
        """"otra vez ge", "g again" amid letters spelled one by one: the letter said before, once more ("i, ge,
        a, doble ele, e, otra vez ge"), not the address begun again from a "g"."""
        if not self._turns or "@" in self._tokens:
            return None
        said, _ = assemble(email_tokens(rest, self.lang), self.lang, lead_in=False)
        local, _ = assemble(self._tokens, self.lang, lead_in=False)
        return rest if len(said) == 1 and said in local[1:] else None

    def _feed(self, text: str) -> Status:
        self.started_over = False
        sentences = re.split(r"(?<=[.!?])\s+", text.strip()) if isinstance(text, str) else []
        if len(sentences) > 1 and self._explained_by(sentences[-1], " ".join(sentences[:-1])):
            text = " ".join(sentences[:-1])  # "Galindo. Ernesto galindo": the address, then where it comes from
        elif self._turns and "@" not in self._tokens and self._explained_by(text, None):
            return "nothing"
        if (mended := provider_taken_back(fold(text))) != fold(text):
            text = mended  # "juan arroba gmail punto com, no, perdón, hotmail": the provider after the "no"
        if self.complete and isinstance(self.value, str):
            local, domain = self.value.rsplit("@", 1)
            named = _letter_named(fold(text), local, self.lang)
            if named is not None and self._rebuild(named, domain):
                return "corrected"  # "La ce de casa." after the address: which letter its initial is
        if not self._turns and self._joined_denied(fold(text)):
            return "complete"
        if speaks_of_language(text) and not re.search(r"\b(?:arroba|at)\b|@", fold(text)):
            # "I speak a little Spanish" at the e-mail question: what the caller speaks, not an address
            return "nothing"
        if only_hedges(text, self.locale):
            # "Más o menos." at the e-mail question: how rough the arrival time before it was, said late
            return "nothing"
        if self._turns and _only_accent_remark(text, self.lang):
            # "H ocaña" - "con ene normal": how a letter said is written (an address has no eñe nor accent),
            # never more of the address
            return "nothing"
        if self._tokens[:1] == ["@"] and remarks_on_value(text):
            # "Le falta el punto mx.", "No, lleva guion bajo entre ontiveros y el noventa." when only the domain is
            # held (the part before the "@" asked for): what the caller says of an address heard otherwise,
            # never the part before the "@" ("lefaltael.mx@...")
            return "nothing"
        if (not self._turns or self.complete) and _WITH_SYMBOL.fullmatch(fold(text).strip(" .,!?¡¿…")):
            # "Con punto en medio." at an address run together, with nothing to place it by: what the address
            # lacks (kept by `mark_wrong`), neither more of it nor the start of a new one; amid a dictation
            # ("juan", "con guion bajo", "perez") it is the symbol
            return "nothing"
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
        elif self._turns and (contrast := self._contrasted(fold(text))) is not None:
            return contrast
        elif self._turns and (noted := self._noted(text)) is not None:
            return noted
        elif self._turns and "@" not in self._tokens and (edged := self._edge_noted(fold(text))) is not None:
            return edged
        elif self._turns and self._swap_of_another(fold(text)):
            # "y en vez de la ve chica es be grande" with no v collected: the caller corrects an address
            # heard otherwise (an older read-back); its words are no letters of this one
            return "nothing"
        restating = _RESTATING.match(fold(text)) if not command else None
        said = fold(text)[restating.end() :] if restating else (
            rest if command or rest != fold(text) else text)  # no "o sea", no "otra vez" in it
        if (cleared := without_ruled_out(fold(said), self.lang)) != fold(said):
            said = cleared  # "es con be grande, no con ve chica": the B; the V is the one it is not
        tokens = self._symbol_across_turns(email_tokens(said, self.lang))
        if restating and self._turns and tokens:
            restated = self._restated(tokens)
            if restated is not None:
                return restated
        if not self._turns and tokens and _a_time(text, self.locale):
            tokens = []  # "como a las cinco y media", "at 5 pm" at the e-mail question: the arrival time, late
        if "@" in tokens:
            at = tokens.index("@")
            if _talk(tokens[at + 1 :], self.lang):
                return "corrected" if corrected else "nothing"  # "antes de la arroba, solo que ...": talk
            local = strip_lead_in(tokens[:at], self.lang,
                                  joined_letter=_letter_joined(text, bool(self._turns)))
            if _talk(local, self.lang):
                local = []  # "y lo que sigue después es arroba gmail punto com": only the domain is new
            if local and self._turns and self._new_address(tokens[:at], local):
                self._turns = []  # a whole new address
                corrected = True
            elif not local and "@" in self._tokens:
                cut = self._tokens.index("@")  # "arroba hotmail punto com": the domain again
                self._turns = [self._tokens[:cut]]
                corrected = True
            tokens = [*local, *tokens[tokens.index("@") :]]
        else:
            tokens = self._lone_letter(tokens, text) or _lead_in_stripped(tokens, text, self.lang, bool(self._turns))
            if _talk(tokens, self.lang, 3) and not restating:
                tokens = self._before_remark(said, tokens)
            if not self._turns and _compound_numbers(tokens, self.lang):
                tokens = []  # "diecisiete cuarenta y cinco" at the e-mail question: another value, late
            question = "?" in text and len(tokens) >= 2 and _talk(tokens, self.lang, 1)
            # "¿Pregunto?" amid letters spelled one by one: a remark, not a word of the address
            question = question or ("?" in text and self._spelling() and len(tokens) == 1
                                    and self._plain_word(tokens[0]))
            # "no está mal", "todo lo demás": everyday words only, a remark about the address
            question = question or (len(tokens) >= 2 and _talk(tokens, self.lang, len(tokens)))
            if _CLOSING.fullmatch(" ".join(tokens)) or _talk(tokens, self.lang, 3) or question:
                # "es todo"; "todo lo demás está bien", "¿por qué entiendes?": talk, not part of the address
                tokens = []
        if not tokens and not command and self._tokens[-1:] == ["@"]:
            # "Arroba." then "Transportes.": the word the domain begins with, though alone it is an everyday word
            word = domain_word(said, self.lang)
            tokens = [word] if word else []
        if self._said_again(tokens):
            return "corrected" if corrected else "nothing"  # "arroba grupo de pe", "grupo de pe": once
        if self._ending_of_denied(tokens):
            # "punto com" after "no" to an address read back at "gmail": the caller was finishing the
            # domain over the read-back, not starting a new address. The address comes back to be read again.
            local, domain = self._denied  # type: ignore[misc]
            self._turns = [list(local), ["@", *re.findall(r"[a-z0-9]+|[.\-]", domain)]]
            self.value = address_from_tokens(self._tokens, self.lang, lead_in=False)
            self.complete = self.value is not None
            return "complete" if self.complete else "partial"
        previous = self.value
        tokens = self._echo_dropped(tokens)
        if tokens:
            self._spelled_start_said_whole(tokens)
            local, domain = assemble([*self._tokens, *tokens], self.lang, lead_in=False)
            if len(local) > MAX_LOCAL or len(local) + len(domain or "") + 1 > MAX_ADDRESS:
                # An address has a maximum length (RFC 5321): a turn that would pass it adds nothing.
                return "corrected" if corrected else "nothing"
            if self._before_the_at(tokens, fold(text)):
                # "arroba gmail punto com", then "juan pérez": the address was begun at its "@" and its domain
                # is whole; the words said now are the part before it (as the read-back asks for them)
                self._turns.insert(0, tokens)
            elif self._domain_asked_for(tokens):
                # "eso es todo" before any "@" was asked what goes after it: "hotmail punto com" is the domain
                self._turns.append(["@", *tokens])
            else:
                self._turns.append(tokens)
            # said from its start, announced ("el correo es ...", "otra vez ...") or not: what was heard
            # before is no guide to what is new
            self.started_over = (command == "reset" and corrected) or self._started_again()
        self.value = address_from_tokens(self._tokens, self.lang, lead_in=False) if self._tokens else None
        self.complete = self.value is not None
        if corrected or (previous is not None and previous != self.value and not tokens):
            return "corrected"
        if not tokens:
            return "nothing"
        return "complete" if self.complete else "partial"


    def _explained_by(self, sentence: str, before: str | None) -> bool:
        """Whether `sentence` is two or three plain words that only say where the part of the address before
        its "@" comes from, each word giving it its initial or itself ("Ernesto galindo" at egalindo, "Juan
        Pérez" at jperez): what the caller is called, never more of the address. `before`: the rest of the
        turn, taken first (None: the address as collected)."""
        words = fold(sentence).strip(" .,;!?¡¿…").split()
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and len(w) >= 3 for w in words) \
                or _ADDRESS_WORDS.search(" ".join(words)) \
                or any(letter_name(w, self.lang, nato=False) is not None or is_number_word(w, self.lang)
                       for w in words):
            return False
        trial = copy.deepcopy(self)
        if before is not None and trial._feed(before) == "nothing":
            return False
        local = re.sub(r"[^a-z]", "", assemble(trial._tokens, self.lang, lead_in=False)[0])
        return bool(local) and any("".join(pick) == local for pick in itertools.product(*[(w[0], w) for w in words]))

    def _spelled_start_said_whole(self, tokens: list[str]) -> None:
        """ "E" - "ge" - "a" - "ele" - "Galindo.": the caller spelled the start of a word one letter a turn, then
        said the word whole; the letters it begins with ("g a l") are that word's, said once (egalindo, never
        egalgalindo). Only two or more letters, each said alone in its own turn, that the word starts with."""
        word = tokens[0]
        if not word.isalpha() or len(word) < 4:
            return
        letters: list[str] = []  # the letters said alone, one a turn, last first ("ele" is l)
        for turn in reversed(self._turns):
            named = letter_name(turn[0], self.lang, nato=False) if len(turn) == 1 and turn[0].isalpha() else None
            if named is None and not (len(turn) == 1 and len(turn[0]) == 1 and turn[0].isalpha()):
                break
            letters.insert(0, named[0].lower() if named is not None else turn[0])
        for k in range(min(len(letters), len(word) - 1), 1, -1):
            if word.startswith("".join(letters[-k:])):
                del self._turns[-k:]
                return

    def missing_part(self) -> str:
        """"where_dot" ("where_dash", "where_underscore") when the address turned down lacks that symbol, said
        without its place; "before_at" when the address was begun at its "@" ("arroba gmail punto com", "at yahoo
        dot com") and its domain is whole (it has a known ending): what comes next is the part before the "@" (the
        question asks for it: `missing_part` in the templates, and `_before_the_at` puts it there). A domain
        without a known ending ("arroba grupo punto tlr") is still being dictated: "" (more of it comes)."""
        if self._done_before_at:
            # "eso es todo" with no "@" said: what is still to come is the domain ("after_at": the question asks
            # for what goes after the "@", not "what's next?" to one who said there is nothing next)
            return "after_at"
        if self._wanted is not None and self.complete:
            # "le falta un punto" at the read-back, not said where: the address stands and the place is what is
            # still to come ("where_dot": the question asks after which letter or word it goes, `_wanted_placed`)
            return "where_" + {"_": "underscore", "-": "dash", ".": "dot"}[self._wanted]
        said = self._tokens
        if not said or said[0] != "@":
            return ""
        if self._missing is None or self._missing[0] != tuple(said):
            _, domain = assemble(said, self.lang, lead_in=False)
            whole = bool(domain) and "." in domain and domain.rsplit(".", 1)[1] in _TLDS  # type: ignore[union-attr]
            self._missing = (tuple(said), "before_at" if whole else "")
        return self._missing[1]

    def _before_the_at(self, tokens: list[str], folded: str) -> bool:
        """Whether a turn's tokens are the part before the "@" of an address begun at its "@" whose domain is
        whole (`missing_part`) or a provider alone ("arroba hotmail" - "juan perez": no ending is a name), and the
        turn is no more of the domain (a dot, an ending) nor another "@"."""
        provider_alone = len(self._tokens) == 2 and self._tokens[0] == "@" and is_provider(self._tokens[1])
        if self.missing_part() != "before_at" and not provider_alone or "@" in tokens \
                or tokens[0] in (".", "-", "_") or tokens[0] in _TLDS:
            return False
        if any(is_provider(t) for t in tokens):
            return False  # "perdón, es hotmail", "outlook, actually": the domain said again or changed
        return not _LOOKING[self.lang].search(folded)  # "ahorita lo busco": the caller goes to look, says none

    def _echo_dropped(self, tokens: list[str]) -> list[str]:
        """The turn's words without the question's own words said back before the domain asked for ("tras la
        arroba, gmail punto com", "después de la arroba va hotmail", "after the at, it's gmail dot com"): they
        are no part of the address (the local part was said done, `_done_before_at`)."""
        if not self._done_before_at or "@" in self._tokens or "@" not in tokens:
            return tokens
        at = tokens.index("@")
        if not all(t in _ECHO_OF_AFTER_AT for t in tokens[:at]):
            return tokens
        rest = tokens[at + 1 :]
        if len(rest) > 1 and rest[0] in _SAYS_WHAT_COMES and rest[1].isalnum():
            rest = rest[1:]  # "... arroba va gmail": "va" says what comes, it is no part of the domain ("it.com" is)
        return ["@", *rest]

    def _domain_asked_for(self, tokens: list[str]) -> bool:
        """Whether the turn is the domain the question asked for after "eso es todo" with no "@" said
        (`missing_part` "after_at"): a provider or words ending in a known ending ("hotmail punto com",
        "fletes punto mx"), with no "@" of its own."""
        if not self._done_before_at or "@" in tokens or "@" in self._tokens or not tokens:
            return False
        return is_provider(tokens[0]) or (len(tokens) >= 3 and tokens[-2] == "." and tokens[-1] in _TLDS)

    def _joined_denied(self, folded: str) -> bool:
        """"Con punto en medio", "with a dot in between" as the first words after an address said as two
        words ("rutilio escamilla arroba gmail punto com") was turned down: the two words were run together;
        the address is them joined by that symbol, to be read back again."""
        if self._denied is None:
            return False
        local, domain = self._denied
        new = _two_words_joined(folded, self._denied_words, local, self.lang)
        return new is not None and self._rebuild(new, domain)

    def _put_in_the_middle(self, folded: str) -> bool:
        """"Sí, con punto en medio", "yes, with a dot in between" at the read-back of an address whose part
        before the "@" was said as two words run together ("Rigo. Canales arroba gmail.com" read back
        "rigocanales"): the symbol goes between those two words (`_two_words_joined`)."""
        if "@" not in self._tokens or not _IN_THE_MIDDLE.search(folded):
            return False  # "no, lleva guion bajo" says not where: the place may come next (see `_wanted`)
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        new = _two_words_joined(folded, self._tokens[: self._tokens.index("@")], local, self.lang)
        return new is not None and domain is not None and self._rebuild(new, domain)

    def _before_remark(self, said: str, tokens: list[str]) -> list[str]:
        """"Cincuenta y ocho, como el tractor.", "Ortiz, igual que mi apellido": a piece of the address, then a
        remark about it in a clause of its own. The piece is kept; `tokens` (the whole turn) otherwise."""
        if not self._turns:
            return tokens  # at the question, such a turn may answer another one ("cincuenta y ocho, el tractor")
        clauses = [c for c in re.split(r"[,;.!?…]+", fold(said)) if c.strip()]
        if len(clauses) < 2:
            return tokens
        def remark(words: list[str]) -> bool:
            return bool(words) and not any(t.isdigit() or is_number_word(t, self.lang) for t in words) \
                and _talk(words, self.lang, max(1, len(words) - 1))

        kept: list[str] = []
        for clause in clauses:
            words = email_tokens(clause, self.lang)
            if not words or remark(words):
                break
            kept.append(clause)
        rest = [email_tokens(c, self.lang) for c in clauses[len(kept) :]]
        if not kept or not all(not words or remark(words) for words in rest):
            return tokens  # the clauses after the piece say more of the address
        piece = _lead_in_stripped(email_tokens(", ".join(kept), self.lang), said, self.lang)
        return piece if piece and not remark(piece) else tokens

    def _contrasted(self, folded: str) -> Status | None:
        """"I latina, no griega." right after "Letra y.": the letter said with the one it is not, where the
        last letter collected is that one - the caller making clear which they meant. It takes its place
        ("corrected"); after that very letter ("Letra i.") it only says it again ("nothing"). None when the
        turn is no such thing or the last letter is another one (it is then read as usual)."""
        m = _CONTRAST_RE[self.lang].fullmatch(folded.strip(" .!?¡¿…"))
        if m is None or not self._turns or len(self._turns[-1]) != 1:
            return None
        new = extract_char(m.group("new"), self.locale)
        if new is None or not new.isalpha():
            return None  # "cuatro no cinco": digits, where a "no" as often takes the first back
        old_said = m.group("old")
        if old_said in _CONTRAST_TAILS:
            old_said = f"i {old_said}"  # "no griega": not the i griega, the Y
        old = extract_char(old_said, self.locale)
        if new is None or old is None or new == old:
            return None
        if self._turns[-1] == [new.lower()]:
            return "nothing"
        if self._turns[-1] != [old.lower()]:
            return None
        self._turns[-1] = [new.lower()]
        self.value = address_from_tokens(self._tokens, self.lang, lead_in=False)
        self.complete = self.value is not None
        return "corrected"

    def _swap_of_another(self, folded: str) -> bool:
        """Whether the turn swaps one character for another ("en vez de la ve es be", "cámbiale la ese por
        zeta", "instead of the v it's a b") - a correction, never more of the address."""
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            if m and _SWAP_WORDS.search(m.group(0)) and extract_char(m.group("old"), self.locale) \
                    and extract_char(m.group("new"), self.locale):
                return True
        return False

    def _noted(self, text: str) -> Status | None:
        """"Ever con ve chica" after "ever luna todo junto": a note on the spelling of a word already
        collected, not the address begun again from it. Written so already, it adds nothing ("nothing");
        heard with a letter sounding like the note's ("eberluna"), that letter is put right ("corrected").
        None when the word is not in what was collected (it is then more of the address)."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        noted = noted_spelling(text, self.lang)
        note = _NOTE_ALONE[self.lang].match(fold(text)) if noted is None else None
        # ("Con el noventa.", "Con Gmail punto com.": more of the address - its number, its provider - said after
        # "con", no note on how the word is written)
        alone = note is not None and not is_number_word(note.group("what"), self.lang) \
            and note.group("what") not in (*_PROVIDERS, *_PROVIDER_VARIANTS, *_TLDS)
        said_last = assemble(self._turns[-1], self.lang, lead_in=False)[0] if self._turns else ""
        if alone and local and local.endswith(said_last) and said_last.isalpha() and len(said_last) >= 3:
            # "Arreola." - "Con doble ere.": a note said in a turn of its own is about the word the last turn said,
            # never more letters of the address (after letters said one by one, "Con eme." is the next letter)
            noted = noted_spelling(f"{said_last} {text}", self.lang)
            if noted is None:
                return "nothing"  # a note it cannot place says nothing new either
        if noted is None:
            return None
        if not local or local[-1] in "._-":
            return None  # "ana punto", then "ana con ene": the next part, spelled
        _, written, letter = noted
        new = respelled_in(local, written, letter)
        if new is None:
            return None
        if new == local:
            return "nothing"
        self.value = None  # (the domain, if said, stays: see `_rebuild`)
        return "corrected" if self._rebuild(new, domain) else None

    def _said_again(self, tokens: list[str]) -> bool:
        """Whether the turn only says again the word the address ends with ("dominguez" after "saul punto
        dominguez", "grupo de pe, todo junto" after "arroba grupo de pe"): the caller repeating to be
        heard, not the word twice. Digits and letters said one by one may repeat ("siete", "siete")."""
        if not self._turns or not tokens or any(t in ("@", ".", "_", "-") for t in tokens):
            return False
        piece, _ = assemble(tokens, self.lang, lead_in=False)
        if len(tokens) >= 2 and len(piece) == len(tokens) and piece.isalpha():
            before = self._turns[-1]
            cut = max((k for k, t in enumerate(before) if t in ("@", ".", "_", "-")), default=-1)
            if assemble(before[cut + 1 :], self.lang, lead_in=False)[0] == piece:
                # "lety punto bm" (or "be eme") - "B de burro, eme de mamá.": the part the last turn ended with,
                # spelled again letter by letter to be clear - within one turn, never letters said one a turn
                # ("b" - "b" is two)
                return True
        if len(piece) < 4 or not piece.isalpha():
            return False
        said = self._tokens
        cut = max((k for k, t in enumerate(said) if t in ("@", ".", "_", "-")), default=-1)
        last, _ = assemble(said[cut + 1 :], self.lang, lead_in=False)
        return last == piece

    def _restated(self, tokens: list[str]) -> Status | None:
        """A turn explaining what was just said ("o sea grupo y las letras de y pe, todo junto" after "arroba
        grupo de pe"): what it says is a piece already collected, said again. The same piece adds nothing; a
        piece spelled otherwise replaces the last part ("o sea, esparza con zeta"). None when the turn
        says something else (it is then more of the address)."""
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
        so_far = local + ("@" + domain if domain is not None else "")
        if "@" in tokens:
            return None
        piece, _ = assemble(tokens, self.lang)
        if not piece:
            return None
        if so_far.endswith(piece):
            return "nothing"
        last = re.split(r"[@._-]", so_far)[-1]
        # the piece respells the last part ("esparsa" -> "esparza") or says it whole ("maria" -> "marialopez")
        if len(last) < 3 or len(piece) < 3 or (fuzz.ratio(last, piece) < 75 and not piece.startswith(last)):
            return None
        new = so_far[: len(so_far) - len(last)] + piece
        if "@" in new:
            local, domain = new.split("@", 1)
        else:
            local, domain = new, None
        return "corrected" if self._rebuild(local, domain) else None

    def _ending_of_denied(self, tokens: list[str]) -> bool:
        """Whether, with nothing collected since an address was turned down, the turn is only the end of
        that address's domain ("punto com", "dot com")."""
        if self._turns or self._denied is None or len(tokens) < 2 or tokens[0] != ".":
            return False
        if not all(t == "." or t in _TLDS for t in tokens):
            return False
        return self._denied[1].endswith("".join(tokens))

    def _symbol_across_turns(self, tokens: list[str]) -> list[str]:
        """"Arro" then "ba": a spoken symbol cut in two by a pause, its start ending the last turn. The two
        halves are the symbol ("@"), not two words of the address."""
        if not tokens or not self._turns or not self._turns[-1]:
            return tokens
        last, first = self._turns[-1][-1], tokens[0]
        if not (last.isalpha() and first.isalpha() and len(last) >= 2 and len(first) >= 2):
            return tokens
        joined = email_tokens(last + first, self.lang)
        if len(joined) != 1 or joined[0] not in ("@", ".", "_", "-"):
            return tokens
        self._turns[-1] = self._turns[-1][:-1]
        if not self._turns[-1]:
            self._turns.pop()
        return [*joined, *tokens[1:]]

    def _new_address(self, said: list[str], local: list[str]) -> bool:
        """Whether a turn with a local part and an "@" says a whole new address rather than the rest of the
        one being dictated ("juan", "punto", "perez arroba gmail punto com" is one address). New: after a
        whole address, when named or taken back ("mi correo es ...", "no, perdón, ..."), or when it says
        again the start of what was collected ("j u", then "juan arroba ...")."""
        if "@" in self._tokens or announces_address(said) or (said and said[0] in TAKE_BACK):
            return True
        before, _ = assemble(self._tokens, self.lang, lead_in=False)
        if not before or before[-1] in "._-":
            return False  # "juan punto" then "perez arroba ...": the address goes on
        new, _ = assemble(local, self.lang, lead_in=False)
        start = before[: min(_SAME_END, len(before))]
        return new.startswith(start)

    def _spelling(self) -> bool:
        """The caller is spelling: the last turn gave one character at a time."""
        return bool(self._turns) and all(len(t) == 1 and t.isalnum() for t in self._turns[-1])

    def _lone_letter(self, tokens: list[str], text: str) -> list[str] | None:
        """"Él." or "Es." alone while the caller spells one character a turn: the letter ele or ese, as the
        recogniser wrote its name (a word that says nothing on its own there); elsewhere the word. Only a turn
        of that one word: "Y letra?" asks for the next one ("y" is the conjunction there)."""
        if len(tokens) != 1 or len(_WORD_RE.findall(fold(text))) != 1 or not self._turns or not all(
                len(t) == 1 and t.isalnum() or letter_name(t, self.lang, nato=False) for t in self._turns[-1]):
            return None  # the last turn gave no character alone ("ere", "f"): no spelling to go on with
        named = letter_name(tokens[0], self.lang, nato=False) if tokens[0] not in _CONJUNCTIONS else None
        return [named[0].lower()] if named is not None and not named[1] else None

    def _plain_word(self, tok: str) -> bool:
        return tok.isalpha() and len(tok) > 2 and letter_name(tok, self.lang, nato=False) is None \
            and not is_provider(tok)

    def _started_again(self) -> bool:
        """The turns from some turn on repeat the local part's own beginning (at least `_RESTART_MIN`
        characters): the caller began the address again without saying so; the repeat replaces it."""
        if "@" in self._tokens or len(self._turns) < 2:
            return False
        for start in range(1, len(self._turns)):
            head, _ = assemble([t for turn in self._turns[:start] for t in turn], self.lang, lead_in=False)
            tail, _ = assemble([t for turn in self._turns[start:] for t in turn], self.lang, lead_in=False)
            again = len(tail) >= _RESTART_MIN and len(head) > len(tail) and head.startswith(tail) \
                and head[-1] not in "._-"  # "ana punto ana" is one address
            # "f", "o", "l", then "folvera": the beginning spelled, then the whole part said from its start
            fuller = len(head) >= _RESTART_MIN and len(tail) > len(head) and tail.startswith(head) \
                and head.isalnum() and not head.isdigit() and start == len(self._turns) - 1
            if again or fuller:
                self._turns = self._turns[start:]
                return True
        return False


_SWAP_WORDS = re.compile(r"\b(?:vez|ves|lugar|cambi[a-z]*|reemplaz[a-z]*|instead|replace|change|swap)\b")


_IN_THE_MIDDLE = re.compile(r"\b(?:en medio|enmedio|in the middle|in between|entre (?:los|las) dos)\b")


# "Sí, el punto en medio", "en medio lleva guion bajo", "yeah, there's a dot in the middle", "con el punto en
# medio, sí": the symbol and where it goes said in either order, with a yes before or after.
_SYMBOL_NAME = r"(?:guion(?: bajo| medio)?|punto|underscore|dash|hyphen|dot|period)"
_MIDDLE = r"(?:en medio|enmedio|in the middle|in between)"
_SYMBOL_IN_THE_MIDDLE = re.compile(
    r"(?:(?:si|pues|no|yes|yeah|pero|but|solo que|nada mas que|nomas que)[,.]? )*"
    rf"(?:{_MIDDLE} (?:(?:va|lleva|tiene|has|goes|is|theres|there is) )?(?:(?:un|una|el|la|a|an|the) )?{_SYMBOL_NAME}"
    r"|(?:(?:theres|there is|va|lleva|tiene|es|con|with) )?(?:(?:un|una|el|la|a|an|the) )?"
    rf"{_SYMBOL_NAME} (?:(?:va|goes) )?{_MIDDLE})"
    r"(?:[,.]? (?:si|yes|yeah))?")


def _two_words_joined(folded: str, words: list[str], local: str, lang: Lang) -> str | None:
    """The two words a part before the "@" was said as, joined by the one symbol a turn says it has in the
    middle ("con punto en medio", "lleva guion bajo", "with a dot in between"), when that part is those two
    words run together; None when the turn says no such thing or the part was said otherwise (spelled letter
    by letter, three words, a symbol already in it: where the symbol goes is then not known)."""
    bare = folded.strip(" .,!?¡¿…")
    if not _WITH_SYMBOL.fullmatch(bare) and not _SYMBOL_IN_THE_MIDDLE.fullmatch(bare):
        return None
    said = [sym for sym, negated, _, _ in _symbols(folded) if not negated]
    words = [assemble([t], lang, lead_in=False)[0] for t in words if t.strip()]  # "ochenta" is written "80"
    if len(said) != 1 or len(words) != 2 or not all(w.isalnum() and len(w) > 1 for w in words) \
            or not any(w.isalpha() for w in words) or local != "".join(words):
        return None
    return f"{words[0]}{said[0]}{words[1]}"


# "I latina, no griega", "ve chica, no be grande", "con ese, no con zeta": a letter, then the one it is not.
_CONTRAST_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:(?:es|era|va|seria) )?(?:con )?(?:la )?(?:letra )?(?P<new>[a-z]+(?: (?:latina|griega|chica|"
                     r"grande|corta|larga|de [a-z]+))?),? no (?:es )?(?:con )?(?:la )?(?:letra )?"
                     r"(?P<old>[a-z]+(?: (?:latina|griega|chica|grande|corta|larga|de [a-z]+))?)"),
    "en": re.compile(r"(?:(?:its|it is) )?(?:an? |the )?(?:letter )?(?P<new>[a-z]+(?: as in [a-z]+)?),? not "
                     r"(?:an? |the )?(?:letter )?(?P<old>[a-z]+(?: as in [a-z]+)?)"),
}
# A turn that is only a note on how the word just said is written ("Con doble ere.", "Es con zeta al final.",
# "Lleva hache.", "With a z."): its opening words.
_NOTE_ALONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\W*(?:(?:si|no|y|pero|ojo|eso|ese|es|va|se escribe|lo escribo|la escribo|todo) )*"
                     r"(?:con|lleva) (?!(?:(?:una|un|la|el) )?(?:punto|arroba|guion|gion|raya|menos)\b)"
                     r"(?:(?:una|un|la|el|doble|dos) )?(?P<what>[a-z]+)\b"),
    "en": re.compile(r"\W*(?:(?:yes|no|and|but|its|it is|thats|spelled|written) )*"
                     r"with (?!(?:(?:a|an|the) )?(?:dot|at|dash|underscore|hyphen|period)\b)"
                     r"(?:(?:a|an|the|double|two) )?(?P<what>[a-z]+)\b"),
}
# ", no con i latina", ", not with an s": the letter a spelling note rules out, said after the note.
_NOT_WITH: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"[,;]?\s*(?:y )?no (?:con |es con |lleva )?(?:una |la |el )?(?:letra )?[a-zñ]+"
                     r"(?: (?:latina|griega|chica|grande|corta|larga))?\W*$"),
    "en": re.compile(r"[,;]?\s*(?:and )?not (?:with )?(?:an? |the )?(?:letter )?[a-z]+\W*$"),
}


# "Con zeta", "es con ese", "with a z": a note on how a word is written, without the word (see
# `_spelled_as_in_another_value`); "como el apellido", "igual que mi nombre", "like my last name": the word is
# one of a value the call has, said by what it is.
_LETTER_NOTE_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:(?:no,? )?(?:es|va|se escribe|lleva) )?con (?:una? |la )?(?P<letter>[a-z]+(?: [a-z]+)?)"),
    "en": re.compile(r"(?:(?:no,? )?(?:it'?s |its )?(?:spelled |written )?)?with (?:an? |the )?"
                     r"(?P<letter>[a-z]+(?: [a-z]+)?)"),
}
_AS_IN_VALUE_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r",? (?:como|igual que) (?:en )?(?:el |la |mi |mis )?(?:primer |segundo )?"
                     r"(?:apellidos?|nombres?)\b"),
    "en": re.compile(r",? (?:like|same as|as in|just like) (?:in )?(?:the |my )?(?:first |last |family )?"
                     r"(?:names?|surname)\b"),
}


def _noted_at_readback(text: str, lang: Lang) -> tuple[str, str, str] | None:
    """`noted_spelling` of a turn at the read-back, which may end with the letter the note rules out."""
    return noted_spelling(_NOT_WITH[lang].sub("", text.lower()), lang)


# "no griega": the second word of a letter's two-word name, said alone for it.
_CONTRAST_TAILS = frozenset(("griega", "latina"))


# --- corrections at the read-back -------------------------------------------------------------------

_NEAR_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^,? ?(?P<rel>despues|antes) del? (?:la |el )?(?P<ref>[a-z0-9]+)"),
    "en": re.compile(r"^,? ?(?P<rel>after|before) (?:the )?(?P<ref>[a-z0-9]+)"),
}


def _where(local: str, char: str, after: str, lang: Lang) -> int | None:
    """Where the character a correction names is: its last place, or the one it places itself by ("sin la e
    después de amador": the e right after "amador"). None when the address has no such character there:
    the caller corrected an address other than this one (a misheard read-back), and nothing is changed."""
    m = _NEAR_RE[lang].match(after.strip())
    if not m:
        # Said with no place, of a character the address has more than once: the one standing on its own at
        # the edge of a part, beside a word ("arturon.benitez": the "n" of "arturo n", not the one of
        # "benitez") - a letter the caller did not say sits there far likelier than inside a word; else its
        # last place, as before
        edges = [k for k, c in enumerate(local) if c == char and (
            (k + 1 == len(local) or local[k + 1] in "._-") and local[max(0, k - 3) : k].isalpha() and k >= 3
            or (k == 0 or local[k - 1] in "._-") and local[k + 1 : k + 4].isalpha() and len(local) >= k + 4)]
        return edges[0] if local.count(char) > 1 and len(edges) == 1 else local.rindex(char)
    ref = "".join(digitize([m.group("ref")], lang))
    if len(ref) == 1 or letter_name(ref, lang, nato=False) is not None:
        ref = _one_char(ref, lang) or ref  # "después de la ele": a character named
    for found in re.finditer(re.escape(ref), local):
        at = found.end() if m.group("rel") in ("despues", "after") else found.start() - 1
        if 0 <= at < len(local) and local[at] == char:
            return at
    return None

_SYMBOL_WORDS = (
    (r"guion(?:es)? (?:bajo|abajo)|guionbajo|under ?score|under ?bar|subrayado", "_"),
    (r"guion(?:es)? (?:(?:de en |de |del |en )?medio|(?:de )?enmedio|alto|corto)|guion(?:cito)?|dash|hyphen", "-"),
    (r"punto|dot|period", "."),
)
_SYMBOL_RE = re.compile("|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_SYMBOL_WORDS)))
_NEGATION_RE = re.compile(r"(?:\bno|\bnot|\bsin|\bwithout|en vez de|en lugar de|instead of)(?: (?:es|va|lleva|con|"
                          r"is|a|an|un|una|el|la|the))* ?$")


def _symbols(folded: str) -> list[tuple[str, bool, int, int]]:
    """The symbols named in a correction: (symbol, said as wrong, start, end)."""
    out: list[tuple[str, bool, int, int]] = []
    for m in _SYMBOL_RE.finditer(folded):
        symbol = next(_SYMBOL_WORDS[i][1] for i in range(len(_SYMBOL_WORDS)) if m.group(f"s{i}"))
        out.append((symbol, bool(_NEGATION_RE.search(folded[: m.start()].rstrip(" ,"))), m.start(), m.end()))
    return out


# "Con guion en medio", "lleva un punto", "it has an underscore": the address has such a symbol, said alone.
_WITH_SYMBOL = re.compile(
    r"(?:(?:si|pues|no|yes|yeah|pero|but|solo que|nada mas que)[,.]? )*(?:es |va |its |it )?"
    r"(?:con|lleva|tiene|has|with|got)(?: un| una| el| la| a| an| the)? "
    r"(?:guion(?:es)?(?: (?:bajo|abajo|(?:de en |de |del |en )?medio|enmedio|alto|corto))?|punto|underscore|dash|"
    r"hyphen|dot)"
    r"(?: (?:en medio|in the middle|in between|entre (?:los|las) dos))?")
# "sin la e después de amador", "no va la ele antes del punto": one character next to a part goes.
_REMOVED_NEXT_TO = re.compile(
    r"\b(?:va sin|sin|no va|no lleva|sobra|quita|quitale|without|remove|drop) (?:la |el |the )?"
    r"(?:letra |letter )?(?P<old>[a-z0-9]+(?: de [a-z]+)?),? (?P<rel>despues|antes|after|before)"
    r" (?:del?|of)? ?(?:la |el |the )?(?:letra |letter )?(?P<ref>[a-z0-9]+(?: de [a-z]{3,})?)")


def _reference(said: str, lang: Lang) -> str:
    """What a correction places a character by: a character named ("la u", "la ele", "la be de burro", "el
    cero") or a piece of the address said as it is written ("amador")."""
    word = "".join(digitize([said], lang)) if " " not in said else said
    if len(word) == 1 or " " in word or letter_name(word, lang, nato=False) is not None:
        return _one_char(word, lang) or ("" if " " in word else word)
    return word
_AT_START_WORDS = ("al principio", "al inicio", "al comienzo", "at the beginning", "at the start", "at the front")
_BETWEEN_RE = re.compile(r"\b(?:entre|between) (?:el |la |the )?(?P<a>[a-z0-9]+) (?:y|e|and) (?:el |la |the )?"
                         r"(?P<b>[a-z0-9]+)")


def _symbol_between(folded: str, local: str, lang: Lang) -> str | None:
    """"con un guion bajo entre julián y ortega", "with a dot between ana and lopez"."""
    m = _BETWEEN_RE.search(folded)
    said = [s for s in _symbols(folded) if not s[1]]
    if not m or len(said) != 1:
        return None
    a = _spoken_part(m.group("a"), lang)
    # the second part runs to the end of the clause: "entre sandoval y el setenta y ocho" is 78
    rest = re.split(r"[,.;]", folded[m.start("b") :])[0].split()
    said_b = digitize(prepare_tokens(rest, lang), lang) if rest else []
    b = said_b[0] if said_b and said_b[0].isdigit() else _spoken_part(m.group("b"), lang)
    at = local.find(a + b)
    if not a or not b or at < 0:
        return None
    return local[: at + len(a)] + said[0][0] + local[at + len(a) :]


# Two parts said to go together with no symbol between them: "sin punto, va todo junto la hache con el
# méndez", "va pegado, sin guion", "la hache y el méndez van juntos", "no dot, all one word", "no dash
# between the j and smith". The symbol named goes from between them (or, with no parts named, the one such
# symbol of the address).
_JOINED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:todo junto|todo pegado|juntos?|juntas?|pegados?|pegadas?|seguidos?|seguidas?|"
                     r"sin (?:el |ningun |un )?(?:punto|guion(?: bajo| medio)?)|no (?:lleva|va|tiene|hay) "
                     r"(?:el |ningun |un )?(?:punto|guion(?: bajo| medio)?))\b"),
    "en": re.compile(r"\b(?:all one word|one word|together|run together|no (?:dot|period|dash|hyphen|underscore)|"
                     r"without (?:a |the )?(?:dot|period|dash|hyphen|underscore)|"
                     r"(?:theres|there is) no (?:dot|period|dash|hyphen|underscore))\b"),
}
_JOINED_PARTS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:entre )?(?:la |el |lo )?(?P<a>[a-z0-9]+) (?:con|y|e|junto a|pegad[oa] (?:a|al|con)) "
                     r"(?:la |el |lo )?(?P<b>[a-z0-9]+)\b"),
    "en": re.compile(r"\b(?:between )?(?:the )?(?P<a>[a-z0-9]+) (?:and|with) (?:the )?(?P<b>[a-z0-9]+)\b"),
}


def _named_part(said: str, lang: Lang) -> str:
    """A part of an address as a correction names it: a letter by its name ("hache" -> "h") or a word."""
    if letter_name(said, lang, nato=False) is not None:
        return (_one_char(said, lang) or said).lower()
    return _spoken_part(said, lang)


def _joined(folded: str, local: str, lang: Lang) -> str | None:
    """The part before the "@" with the symbol a turn says is not there taken out ("sin punto, va todo junto
    la hache con el méndez" at "h.mendez_fletes" -> "hmendez_fletes"); the part as it is when it already has
    those parts together; None when the turn says no such thing or names parts the address does not hold."""
    said = _JOINED[lang].search(folded)
    if said is None:
        return None
    kept = _kept_symbol(folded, local, lang)
    if kept is not None:
        return kept or None
    named = {sym for sym, _, _, _ in _symbols(folded)}
    if len(named) > 1:
        return None
    for m in _JOINED_PARTS[lang].finditer(folded):
        a, b = _named_part(m.group("a"), lang), _named_part(m.group("b"), lang)
        if not a or not b or a in _SEPARATORS or b in _SEPARATORS:
            continue
        if a + b in local:
            return local
        for sym in named or set(_SEPARATORS):
            if a + sym + b in local:
                at = local.index(a + sym + b) + len(a)
                return local[:at] + local[at + 1 :]
    if named and not any(len(m.group("a")) > 1 for m in _JOINED_PARTS[lang].finditer(folded)):
        sym = next(iter(named))
        if sym not in local:
            return local  # "sin punto" at an address with no dot: as the caller says
        if local.count(sym) == 1:
            return local.replace(sym, "")
    return None


_PIECE_OPENERS = TAKE_BACK | wordset("es el la its the dominio domain seria is y and pero but si yes nomas solo just "
                                     "only")


def _domain_piece_again(folded: str, local: str, domain: str, lang: Lang) -> bool:
    """Whether a turn only says again a piece of the domain as the address has it, with a symbol inside
    ("fletes guion medio garza", "es arroba grupo punto tlr", "no, acme dash freight"): the caller heard an
    older read-back, or repeats it to be sure. A piece with no symbol, or one the part before the "@" has too,
    is no such thing (it may name a part to change)."""
    tokens = email_tokens(folded, lang)
    while tokens and tokens[0] in _PIECE_OPENERS:
        tokens = tokens[1:]
    at_start = tokens[:1] == ["@"]
    tokens = tokens[1:] if at_start else tokens
    if not tokens or "@" in tokens or not any(t in _SEPARATORS for t in tokens[1:-1]):
        return False
    piece = "".join(tokens)
    if not re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)+", piece) or piece in local:
        return False
    return domain.startswith(piece) if at_start else re.search(rf"(?:^|\.){re.escape(piece)}(?:$|\.)",
                                                                domain) is not None


# "Todo junto, nomás el punto después de efra", "all one word, just the dot after efra", "todo pegado menos el
# guion entre juan y perez": everything together but the one symbol said to stay (said as there, not ruled out).
_ONLY_KEPT = re.compile(r"\b(?:nomas|namas|nada mas|solo|solamente|menos|excepto|salvo|just|only|except|but|"
                        r"other than|apart from)\b")
_NEXT_TO: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?P<rel>despues|antes) del? (?:la |el )?(?:letra )?(?P<ref>[a-z0-9]+)"),
    "en": re.compile(r"\b(?P<rel>after|before) (?:the )?(?:letter )?(?P<ref>[a-z0-9]+)"),
}


# Words that put the symbol said to stay in the domain ("nomás el punto de gmail", "solo lleva punto en el
# dominio", "only the dot before com", "just the dot com"): the part before the "@" then has none of it.
_OF_THE_DOMAIN = re.compile(r"\b(?:com|net|org|mx|dominio|domain|arroba|at|al final|the end|gmail|hotmail|yahoo|"
                            r"outlook|live|icloud|aol|prodigy|msn)\b")


# The words said of a symbol: up to the next pause, and a clause that names which one it is ("nada más el
# punto, el de gmail"); not the domain dictated next ("nomás el punto, arroba hotmail").
_CLAUSE_RE = re.compile(r"[^,.;]*(?:[,.;] (?:el|la|the one|the) [^,.;]*)?")


def _kept_symbol(folded: str, local: str, lang: Lang) -> str | None:
    """The part before the "@" run together but for the one symbol a turn says stays ("todo junto, nomás el
    punto después de efra" at "efra.solis77" -> as it is; at "efra.solis.77" -> "efra.solis77"), placed by
    the part it follows or precedes, or between two parts; unplaced, the symbols of that kind stay where they
    are. "" when the turn says such a thing but it cannot be placed in this address (nothing else of the turn
    then changes it); None when the turn says no such thing."""
    named = _symbols(folded)
    if not named or any(negated for _, negated, _, _ in named) or len({s for s, _, _, _ in named}) != 1 \
            or not _ONLY_KEPT.search(folded):
        return None
    sym, _, start, _ = named[0]
    bare = re.sub(r"[._-]", "", local)
    after_symbol = folded[start:]
    between = _BETWEEN_RE.search(after_symbol)
    near = _NEXT_TO[lang].search(after_symbol)
    placed_by = " ".join(between.group("a", "b")) if between else near.group("ref") if near \
        else _CLAUSE_RE.match(after_symbol).group(0)  # type: ignore[union-attr]
    if _OF_THE_DOMAIN.search(placed_by):
        return None  # the symbol that stays is the domain's: the part before the "@" goes all together
    if between:
        a, b = _named_part(between.group("a"), lang), _named_part(between.group("b"), lang)
        at = bare.find(a + b) + len(a) if a and b and a + b in bare else -1
    elif near:
        ref = _reference(near.group("ref"), lang)
        found = bare.find(ref) if ref else -1
        at = -1 if found < 0 else found + len(ref) if near.group("rel") in ("despues", "after") else found
    else:
        if sym not in local:
            return ""
        return "".join(c for c in local if c == sym or c not in _SEPARATORS)
    if at <= 0 or at >= len(bare):
        return ""
    return bare[:at] + sym + bare[at:]


def _spoken_part(word: str, lang: Lang) -> str:
    return "".join(digitize([word], lang))


def _symbol_swapped(folded: str, local: str, lang: Lang) -> str | None:
    """"es guion bajo, no guion medio", "no es punto, es guion bajo", "not a dash, an underscore"."""
    named = _symbols(folded)
    wrong = {s for s, neg, _, _ in named if neg}
    right = {s for s, neg, _, _ in named if not neg} - wrong
    if len(wrong) == 1 and len(right) == 1:
        old, new = next(iter(wrong)), next(iter(right))
    elif not wrong and len(right) == 1:
        # "es guion bajo" alone: the one symbol of another kind in the address is the one meant
        new = next(iter(right))
        others = {c for c in local if c in "._-" and c != new}
        if len(others) != 1 or new in local or not re.match(r"^(?:no,? )?(?:es|era|va|seria|its|it is)?\s*(?:un |una "
                                                           r"|an? )?$", folded[: named[0][2]]):
            return None
        old = next(iter(others))
    else:
        return None
    return local.replace(old, new) if old in local else None


# "después del cero va una ve de vaca", "va una ve después del cero", "after the zero there's a v".
_PLACED: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(r"\b(?P<rel>despues|antes) del? (?:la |el )?(?P<ref>[a-z0-9]+(?: de [a-z]+)?),? "
                   r"(?:va|lleva|sigue|viene|tiene|hay) (?P<new>.+)$"),
        # ("va sin la ele antes de la u" takes one away: see `_REMOVED_NEXT_TO`)
        # ("con guion antes del setenta y cinco": a number said whole is what the place is by)
        re.compile(r"\b(?:va|lleva|falta|falto|faltaba|me falto|le falta|con|tiene|hay|ponle|pon|agrega|agregale) "
                   r"(?!sin\b|no\b)(?P<new>.+?),? "
                   r"(?P<rel>despues|antes) "
                   r"del? (?:la |el )?(?P<ref>[a-z0-9]+(?: de [a-z]+| y [a-z]+)?)(?=$|[ ,.;])"),
    ),
    "en": (
        re.compile(r"\b(?P<rel>after|before) (?:the )?(?P<ref>[a-z0-9]+(?: as in [a-z]+)?),? (?:theres|there is|"
                   r"goes|comes|put|its) (?P<new>.+)$"),
        re.compile(r"\b(?:put|theres|there is|add|missing|with|has|its got|got) (?P<new>.+?),? (?P<rel>after|before) "
                   r"(?:the )?(?P<ref>[a-z0-9]+(?: as in [a-z]+|[ -](?:one|two|three|four|five|six|seven|eight|nine))?)"
                   r"(?=$|[ ,.;])"),
    ),
}


def _one_char(said: str, lang: Lang) -> str | None:
    said = re.sub(r"^(?:(?:la|el|una|un|otra|otro|an?|the|another) )*(?:letra|numero|letter|number)? ?", "",
                  said.strip(" ,.")).strip()
    symbols = _symbols(said)
    if len(symbols) == 1 and symbols[0][2] == 0 and symbols[0][3] == len(said):
        return symbols[0][0]
    char = extract_char(said, "es-MX" if lang == "es" else "en-US")
    return char.lower() if char else None


# A turn that only rules a letter out ("No be.", "no con be", "no la be", "not b", "not a b"): see
# `EmailAccumulator._ruled_out_after`.
_NOT_THAT_LETTER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:pero )?no,? (?:es |con |la |el |una |un |letra )*(?P<letter>[a-z]+(?: de [a-z]{3,})?)"),
    "en": re.compile(r"(?:but )?not?,? (?:with |an? |the |letter )*(?P<letter>[a-z]+(?: as in [a-z]{3,})?)"),
}
def _part_named(clause: str, letter: str, edge: str, local: str | None) -> tuple[int, int] | None:
    """Where in `local` the part is that `clause` says as the note has it written ("heri" or "eri" beside
    "lleva hache al principio" at "eri.lozano"; "ortiz" beside "con zeta al final" at "luis.ortis"): the one
    part of letters it is, or begins (ends) with; None when it names no such part, or several."""
    word = re.sub(r"^(?:no |not )?(?:es|is|its|it is|el|la|mi|my) ", "", clause)
    word = re.sub(r"^(?:no|not) ", "", word)  # "no araceli termina con i": the "no" said in the same breath
    if not local or not word.isalpha() or len(word) < 3:
        return None
    bare = (word[1:] if word[0] == letter else word) if edge == "start" else (word[:-1] if word[-1] == letter else word)
    spans = [m.span() for m in re.finditer(r"[a-z]+", local)]
    for same in (True, False):
        found = []
        for at, end in spans:
            part = local[at:end]
            heard = (part[1:], part) if edge == "start" else (part[:-1], part)
            if same and (word == part or bare in heard) \
                    or not same and len(bare) >= 2 and any(h.startswith(bare) if edge == "start" else h.endswith(bare)
                                                           for h in heard):
                found.append((at, end))
        if found:
            return found[0] if len(found) == 1 else None
    return _word_inside(word, bare, letter, edge, local)


def _word_inside(word: str, bare: str, letter: str, edge: str, local: str) -> tuple[int, int] | None:
    """Where the word a note names stands inside a part of letters run together with other words ("araceli"
    beside "termina con i latina" at "aracelydominguez": the first name heard as "aracely", then the surname;
    "ortiz" beside "termina con zeta" at "luisortisgarza"): the one place in the address where the word, as the
    note has it written, was heard with a letter sounding like the noted one at the noted edge ("aracel" + "y").
    None when it is not there exactly once."""
    if len(bare) < 3 or bare == word:
        return None
    found = []
    for i in range(len(local)):
        if edge == "end" and local.startswith(bare, i) and i + len(bare) < len(local) \
                and local[i + len(bare)].isalpha() and same_sound(local[i + len(bare)].upper(), letter.upper()):
            found.append((i, i + len(bare) + 1))
        if edge == "start" and local.startswith(bare, i + 1) and local[i].isalpha() \
                and same_sound(local[i].upper(), letter.upper()):
            found.append((i, i + len(bare) + 1))
    return found[0] if len(found) == 1 else None


_Noted = tuple[str, str, tuple[int, int] | None, bool, bool]


# Words that may lead a turn going on with an address ("no, guion bajo": the "no" of one who was not done).
# The words of the question asked after an address said done before its "@" ("Me falta lo que va tras la arroba,
# ¿cuál es?", "I still need what goes after the at"), said back around the "@" by the caller who answers it
_ECHO_OF_AFTER_AT = frozenset(("tras", "despues", "de", "la", "lo", "que", "va", "es", "pues", "after", "the", "its",
                               "is", "it", "goes"))
_SAYS_WHAT_COMES = frozenset(("va", "es", "is", "its", "goes"))
_GO_ON_LEADS = frozenset(("no", "es", "y", "luego", "despues", "and", "then", "its"))


def _edge_note(folded: str, lang: Lang, local: str | None = None) -> _Noted | None:
    """The letter a turn says begins or ends the address (or the part of it the turn names), which edge, where
    that part is (None: the whole address) and whether the letter is the very first or last one (see
    `emails.EdgeNote`) ("con hache al principio. Hache de hotel." -> ("h", "start", None, False)). The rest of the
    turn may only be yes or no, a hesitation, the same letter said again ("hache de hotel"), or one part of
    `local` said as it is written ("no, heri lleva hache al principio" at "eri.lozano"); anything else is no
    such note (None)."""
    note = edge_note_in(folded, lang)
    if note is None:
        return None
    letter = _one_char(note.said, lang)
    if letter is None or not letter.isalnum():
        return None
    rest = (folded[: note.start] + "," + folded[note.end :]).replace("?", "").replace("!", "")
    where = None
    for clause in re.split(r"[,.;]", rest):
        clause = clause.strip()
        if not clause or BESIDE_EDGE_NOTE.fullmatch(clause) or _one_char(clause, lang) == letter:
            continue
        named = _part_named(clause, letter, note.edge, local)
        if named is None or where not in (None, named):
            return None
        where = named
    return letter, note.edge, where, note.exact, note.refused


def _edge_letter_at_read_back(folded: str, local: str, lang: Lang) -> str | None:
    """`_edge_letter` at the read-back of a whole address: "termina con e" at "anabeli@..." with no "no" in
    what is read here (a read-back's "no" is read apart, then the whole turn) leaves it to the refusal to say
    whether the e takes the place of the i (see `emails.spelled_with`)."""
    note = _edge_note(folded, lang, local)
    if note is not None and note[3] and not note[4]:
        at, end = note[2] or (0, len(local))
        if edge_vowel_in_doubt(local[at:end], note[0], note[1], lang):
            return None
    return _edge_letter(folded, local, lang)


def _edge_letter(folded: str, local: str, lang: Lang) -> str | None:
    """"Con hache al principio" at "omero.garza": the letter said to begin (or end) the address, or the part
    of it the turn names ("garsa con zeta al final"), goes there - in place of a letter there sounding like it
    ("jomero"), or put in front of what was heard ("omero" -> "homero"); see `_edge_note`."""
    note = _edge_note(folded, lang, local)
    if note is None:
        return None
    at, end = note[2] or (0, len(local))
    new = local[:at] + spelled_with(local[at:end], note[0], note[1], exact=note[3], refused=note[4], lang=lang) \
        + local[end:]
    return new if new != local else None


# What a correction may put into an address at once: a number said whole ("sesenta y cinco"), letters
# spelled one by one; never more than a part's worth.
_MAX_PIECE = 12


def _piece(said: str, lang: Lang) -> str | None:
    """What a correction says goes in ("una ve de vaca", "sesenta y cinco", "el sesenta y cinco", "ka, a"):
    one character, or several said as a number or spelled; None when it says no such thing."""
    one = _one_char(said, lang)
    if one is not None:
        return one
    tokens = email_tokens(said, lang)
    while tokens and tokens[0] in _PIECE_LEAD:
        tokens = tokens[1:]
    if not tokens or any(not t.isalnum() for t in tokens):
        return None
    words = [t for t in tokens if t not in ("y", "and")]
    numbers = digitize(prepare_tokens(words, lang), lang)
    if numbers and all(n.isdigit() for n in numbers):
        piece = "".join(numbers)
    elif all(len(t) == 1 or letter_name(t, lang, nato=False) is not None for t in tokens):
        piece, _ = assemble(tokens, lang, lead_in=False)
    elif len(tokens) == 1 and tokens[0].isalpha() and len(tokens[0]) >= 3 and tokens[0] not in COMMON_WORDS[lang]:
        piece = tokens[0]  # "después de juan va pérez": a word of the address
    else:
        return None
    return piece if 0 < len(piece) <= _MAX_PIECE and piece.isalnum() else None


_PIECE_LEAD = frozenset(("el", "la", "los", "las", "un", "una", "the", "a", "an", "numero", "number", "letras",
                         "letters"))


def _remark_dropped(text: str, lang: Lang) -> str:
    """"No, lleva guion en medio, leo guion garza", "it's got a dash, mike dash ross": a clause that only
    says the address has a symbol, beside one that says a part with that symbol where it goes. The part
    says it all; the remark, which says not where, is left out (the turn as it was otherwise)."""
    folded = fold(text)
    if "," not in folded and "." not in folded.rstrip(". "):
        return text
    clauses = [c.strip() for c in re.split(r"[,;.!?]+", folded) if c.strip()]
    remarks = [c for c in clauses if _WITH_SYMBOL.fullmatch(c) or wanted_symbol(c) is not None]
    if not remarks or len(remarks) == len(clauses):
        return text
    said = {sym for c in remarks for sym, negated, _, _ in _symbols(c) if not negated}
    rest = [c for c in clauses if c not in remarks]
    placed = [c for c in rest if re.search(r"[a-z0-9]+[._-][a-z0-9]+",
                                           assemble(email_tokens(c, lang), lang, lead_in=False)[0])]
    if len(said) != 1 or not placed or any(sym not in said for c in rest for sym, _, _, _ in _symbols(c)):
        return text
    return ", ".join(rest)


def _placed_by(said: str, local: str, lang: Lang) -> str | None:
    """What a character is placed by ("después de la u", "después de juan", "antes del setenta y cinco"): one
    character, a word of the address as written, or a number said whole (its digits)."""
    ref = _one_char(said, lang)
    if ref is None or len(said) > 2 and said in local:
        ref = said if said in local else ref  # "después de juan va un punto"
    if ref is None or ref not in local:
        spoken = said.replace("-", " ")  # "twenty-one"
        number = _piece(spoken, lang) if " " in spoken or is_number_word(spoken, lang) else None
        if number and number.isdigit() and number in local:
            ref = number  # "con guion antes del setenta y cinco" at "gperalta75"
    return ref


def _placed(folded: str, local: str, lang: Lang) -> str | None:
    for rx in _PLACED[lang]:
        m = rx.search(folded)
        if not m:
            continue
        new = _piece(m.group("new"), lang)
        ref = _placed_by(m.group("ref"), local, lang)
        if not new or not ref or ref not in local:
            continue
        at = local.rindex(ref) if len(ref) == 1 else local.index(ref)
        at = at + len(ref) if m.group("rel") in ("despues", "after") else at
        return local[:at] + new + local[at:]
    return None


def _doubled_as_said(folded: str, local: str, lang: Lang) -> bool | None:
    """Whether "son dos ochos" / "no va doble ele" says of the address what it already is (True: "88" is
    there, or no "ll" is), False when it would change it, None when the turn says no such thing."""
    fewer, more = DOUBLE[lang]
    for rx, two in ((fewer, False), (more, True)):
        m = rx.search(folded)
        if not m:
            continue
        char = doubled_char(m, lambda said: _one_char(said, lang))
        if char:
            return (char * 2 in local) == two
    return None


def _doubled(folded: str, local: str, lang: Lang) -> str | None:
    """"no va doble ele, nada más una" takes a doubled letter to one; "lleva doble ele" doubles one."""
    chars = doubled(folded, list(local), lang, lambda said: _one_char(said, lang))
    return "".join(chars) if chars is not None else None


_NEGATORS = frozenset(("no", "not", "nope"))


def _number_swapped(folded: str, local: str, lang: Lang) -> str | None:
    """"setenta no, diecisiete", "no es setenta, es diecisiete", "es el diecisiete, no el setenta", "not
    seventy, seventeen", "en vez de noventa y nueve es noventa": the number said as wrong, where it stands in
    the address (a number of its own, or the end of one: the 99 of "1999"), becomes the other one."""
    swap = _swap_said(folded, lang)
    if swap is None:
        return None
    old, new = swap
    at = _number_at(local, old, len(new))
    return None if at is None else local[:at] + new + local[at + len(old) :]


# "en vez de noventa y nueve es noventa", "instead of ninety-nine, ninety": the first number is the wrong one.
_INSTEAD: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\ben (?:vez|lugar) del?$"),
    "en": re.compile(r"\b(?:instead of|rather than|in place of)$"),
}


def _swap_said(folded: str, lang: Lang) -> tuple[str, str] | None:
    """(the number said as wrong, the one said for it) in a correction of a number, else None."""
    words = digitize(prepare_tokens(re.findall(r"[a-z0-9]+|[,.;]", folded), lang), lang)
    numbers = [i for i, w in enumerate(words) if w.isdigit()]
    if len(numbers) < 2:
        return None
    first, second = numbers[0], numbers[1]
    between = words[first + 1 : second]
    negator = next((k for k, w in enumerate(between) if w in _NEGATORS), None)
    if any(w in _NEGATORS for w in words[max(0, first - 2) : first]) \
            or _INSTEAD[lang].search(" ".join(words[max(0, first - 3) : first])):
        old, new = words[first], words[second]  # "no es setenta, es diecisiete", "en vez de setenta, diecisiete"
    elif negator is None:
        return None
    elif negator > 0 and between[negator - 1] in ",.;" and (negator + 1 == len(between)
                                                            or between[negator + 1] not in ",.;"):
        old, new = words[second], words[first]  # "es el diecisiete, no el setenta"
    else:
        old, new = words[first], words[second]  # "setenta no, diecisiete"
    if old == new or len(new) > 2 * len(old) + 2:
        return None
    return old, new


def _number_at(local: str, old: str, size: int) -> int | None:
    """Where the number `old` stands in `local`: the one run of digits it is, or else the end of the one run
    it ends, when the number for it is as long (the "99" of "1999" said as "noventa y nueve", to be 90)."""
    runs = [m for m in re.finditer(r"\d+", local) if m.group(0) == old]
    if len(runs) == 1:
        return runs[0].start()
    if runs or size != len(old):
        return None
    ends = [m for m in re.finditer(r"\d+", local) if len(m.group(0)) > len(old) and m.group(0).endswith(old)]
    return ends[0].end() - len(old) if len(ends) == 1 else None


_BEFORE_NUMBER = TAKE_BACK | frozenset(("es", "son", "el", "its", "it", "is", "the", "seria", "era"))


def _number_again(folded: str, local: str, lang: Lang) -> str | None:
    """"No, diecisiete (uno siete)" to an address with one number in it: that number is the one said (said
    again digit by digit or not). A number of another length is not taken for it."""
    words = [w for w in digitize(prepare_tokens(re.findall(r"[a-z0-9]+", folded), lang), lang)
             if w not in _BEFORE_NUMBER]
    if not words or not all(w.isdigit() for w in words):
        return None
    new, again = words[0], "".join(words[1:])
    if again and again != new:
        return None
    runs = list(re.finditer(r"\d+", local))
    if len(runs) != 1 or len(runs[0].group(0)) != len(new):
        return None
    return local[: runs[0].start()] + new + local[runs[0].end() :]


# Endings a domain may have after another ("com.mx", "gob.mx", "co.uk"): said missing, they go on its end.
_COUNTRY_ENDINGS = frozenset(("mx", "ar", "cl", "co", "uk", "es", "us", "pe", "br", "ve", "gt"))
# The endings a country ending goes on from (".com.mx", ".net.mx", ".gob.mx"), and the country endings that
# usually follow one (Spain's ".es" and ".us" stand alone: "punto es" at ".com" is said in its place).
_GENERIC_ENDINGS = frozenset(("com", "net", "org", "gob", "edu"))
_AFTER_GENERIC = _COUNTRY_ENDINGS - {"es", "us"}
_MISSING_RE = re.compile(r"\b(?:falt(?:a|o|aba)|missing|forgot|left out|al final|at the end|le agregas?|"
                         r"agregale|add)\b")


# Spanish words that are endings too, never one without the dot before them.
_VERB_NOT_ENDING = frozenset(("es",))


def _longer_ending(folded: str, domain: str, lang: Lang) -> str | None:
    """The domain with the ending the turn says: one that goes on from the domain's own ("punto com punto mx"
    at ".com"), a country ending said missing ("le falta el mx al final"), or one said in place of the
    domain's ("no es punto com, es punto net", "es punto net"; "es punto net punto mx"). None when the turn
    says no ending, or more than one (the ending and its lead-in words alone make such a turn)."""
    negated = _NOT_THIS_ENDING.search(folded)
    said = re.sub(r"\b(?:al final|at the end)\b", " ", folded)  # where, not the "at" of an address
    said = _NOT_THIS_ENDING.sub(" ", said)  # the ending said to be wrong is not the one said
    tokens = [t for t in email_tokens(said, lang) if t not in _CONNECTORS_AND]
    if "@" in tokens:
        return None
    labels: list[str] = []
    k = len(tokens)
    while k > 0 and tokens[k - 1] in _TLDS:
        dotted = k >= 2 and tokens[k - 2] == "."
        if not dotted and labels:
            break  # "es punto com": the "es" before the dot is "it is"
        if not dotted and lang == "es" and tokens[k - 1] in _VERB_NOT_ENDING:
            break  # "Es.": "it is", cut off; Spain's ending is said with its dot ("punto es")
        labels.insert(0, tokens[k - 1])
        if not dotted:
            break  # "el mx": an ending named without its dot is the first one said
        k -= 2
    if not labels:
        return None
    ending = "." + ".".join(labels)
    if domain.endswith(ending):
        return None
    if not negated:
        for cut in range(len(labels) - 1, 0, -1):
            if domain.endswith("." + ".".join(labels[:cut])):
                return domain + "." + ".".join(labels[cut:])  # ".com" read, ".com.mx" said
        if len(labels) == 1 and labels[0] in _COUNTRY_ENDINGS and domain.rsplit(".", 1)[-1] not in _COUNTRY_ENDINGS \
                and (_MISSING_RE.search(folded) or tokens == [".", labels[0]] and labels[0] in _AFTER_GENERIC
                     and domain.rsplit(".", 1)[-1] in _GENERIC_ENDINGS):
            # "le falta el punto mx"; or "punto mx" alone at "...@yahoo.com" turned down: the country ending the
            # ".com" goes on to (".com.mx"), as callers say it after the rest; one said in place of the ".com"
            # is said so ("no, es punto mx", "en vez de punto com, punto mx")
            return domain + ending
    # an ending in place of the domain's: only in a turn that says nothing else
    before = tokens[: k - (1 if k and tokens[k - 1] == "." else 0)] if labels else tokens
    if any(t not in _ENDING_LEAD and t not in _TLDS and t != "." for t in before):
        return None
    name = domain.split(".")
    while len(name) > 1 and name[-1] in _TLDS:
        name.pop()
    return ".".join(name) + ending if name and len(name) < len(domain.split(".")) else None


def _without_ending(folded: str, domain: str) -> str | None:
    """`domain` as a turn that says which ending it has not or only has leaves it ("sin el mx", "sin el punto com"
    at "yahoo.com.mx" -> "yahoo.com", "yahoo.mx"; "nomás punto com" -> "yahoo.com"); the domain as it is when it
    has no such ending to drop; None when the turn says no such thing, or leaves no ending at all."""
    m = _ENDING_REMARK_RE.search(folded)
    if m is None:
        return None
    name, *labels = domain.split(".")
    end = m.group("end")
    if m.group("only"):
        if end not in labels:
            return None  # "nomás punto net" at ".com": another ending, said in its place (see `_longer_ending`)
        kept = labels[: labels.index(end) + 1]
    else:
        kept = [label for label in labels if label != end]
    return ".".join([name, *kept]) if kept else None


def _symbol_on_both_sides(text: str, lang: Lang) -> str:
    """"No es punto eme, es punto ene": a letter set against another with the same symbol said before each - the
    letter after that symbol - is the one letter swapped; the turn without the symbol's words ("no es eme, es
    ene"). The turn as it was otherwise (endings, "no es punto com, es punto net", are no letters)."""
    folded = fold(text)
    m = _SYMBOL_BOTH_SIDES[lang].search(folded)
    if m is None or letter_name(m.group("old"), lang, nato=False) is None \
            or letter_name(m.group("new"), lang, nato=False) is None:
        return text
    return folded[: m.start("s1")] + folded[m.start("old") : m.start("s2")] + folded[m.start("new") :]


_SYMBOL_BOTH_SIDES: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno\b.*?\b(?P<s1>(?P<sym>punto|guion|arroba) )(?P<old>[a-z]+)\b[^a-z]*(?:\b(?:no|sino|es|va|"
                     r"era|la|el) )*(?P<s2>(?P=sym) )(?P<new>[a-z]+)\b"),
    "en": re.compile(r"\bnot?\b.*?\b(?P<s1>(?P<sym>dot|dash|underscore|at) )(?P<old>[a-z]+)\b[^a-z]*"
                     r"(?:\b(?:not|its|it is|is|but) )*(?P<s2>(?P=sym) )(?P<new>[a-z]+)\b"),
}


_CONNECTORS_AND = frozenset(("y", "and", "luego", "then"))
_NOT_THIS_ENDING = re.compile(r"\b(?:no|not|sin|without|en vez de|en lugar de|instead of)(?: (?:es|is|va|lleva|con|el|"
                              r"la|the|a|an|its))*(?: (?:punto|dot) [a-z]+)+\b")
# The words a turn saying only the domain's ending may have around it ("no, es punto net", "it ends in .org").
_ENDING_LEAD = wordset("no not nope es is its it seria era el la the a an sino but termina terminan acaba ends "
                       "end en in with con solo nada mas nomas just only le falta missing perdon sorry si yes")


def _names_as_letters(folded: str, local: str, lang: Lang) -> str | None:
    """The local part with the written-out names of letters the correction spells one by one ("ve, ge", "ve
    y ge") made those letters, where the names joined are a part of it found once ("arturovege" ->
    "arturovg"); None when the turn spells no such run. Only names that are no everyday word alone ("ve",
    "ge", "jota", "ele"; not "de", "te", "es") count, two at least, so a word the address really has is
    never taken apart by a sentence that happens to hold letter names."""
    words = re.findall(r"[a-z]+", folded)
    runs: list[list[str]] = []
    run: list[str] = []
    for word in words + [""]:
        known = letter_name(word, lang, nato=False) if len(word) >= 2 and word not in COMMON_WORDS else None
        if known is not None and len(known[0]) == 1:
            run.append(word)
            continue
        if word in ("y", "and") and run:
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    for names in runs:
        written = "".join(names)
        if len(written) >= 4 and local.count(written) == 1:
            letters = "".join((letter_name(name, lang, nato=False) or ("",))[0] for name in names).lower()
            return local.replace(written, letters)
    return None


def _letter_named(folded: str, local: str, lang: Lang) -> str | None:
    """"La ce de casa", "no, be de burro", "C as in Charlie": the letter spelled with a word is the one
    meant where the address has an initial sounding like it ("sanaya" -> "canaya")."""
    letter = clarified_letter(folded, lang)
    return with_clarified_letter(local, letter) if letter else None


def _said_part(folded: str, lang: Lang) -> str | None:
    """The local part a correction says ("no, pedro punto luis"), None when it says none or a whole address."""
    tokens = email_tokens(folded, lang)
    while tokens and (tokens[0] in TAKE_BACK or tokens[0] in _JUST):
        tokens = tokens[1:]
    if not tokens or "@" in tokens:
        return None
    said, _ = assemble(tokens, lang)
    return said or None


# "nomás arturo punto benítez", "just ana dot ruiz": the part said again as all there is to it.
_JUST = wordset("nomas namas solo solamente nada mas just only simply simplemente")


def _restated_whole(folded: str, local: str, lang: Lang) -> str | None:
    """A correction that, beside what it says to change ("sin la ene", "con punto en medio"), says the whole
    part before the "@" again as it should be ("sin la ene, nomás arturo punto benítez"): that part, which
    leaves nothing to guess (which "n", where the dot goes). None when no clause of the turn says a part
    close to the one read (a piece of it, or another address)."""
    clauses = [c for c in re.split(r"[,;.!?]+\s*", folded) if c.strip()]
    if len(clauses) < 2:
        return None
    bare = re.sub(r"[._-]", "", local)
    for clause in clauses[::-1]:
        said = _said_part(clause, lang)
        if not said or said == local or len(said) < 4 or not any(c.isalpha() for c in said):
            continue
        if re.sub(r"[._-]", "", said) == bare or _close_to(said, local, keep_digits=not _digits_out(clauses, lang)):
            return said
    return None


# "sin el noventa y nueve", "sin números", "without the numbers": a clause that takes the digits out
_OUT_WORDS = wordset("sin quita quitale quitele without remove drop")
_NUMBER_NOUNS = wordset("numero numeros numerito numeritos digito digitos number numbers digit digits")


def _digits_out(clauses: list[str], lang: Lang) -> bool:
    """Whether a clause of the turn says the address's digits go ("juan punto perez, sin el noventa y nueve")."""
    for clause in clauses:
        words = re.findall(r"[a-z0-9]+", clause)
        if words and words[0] in _OUT_WORDS and any(
                w.isdigit() or w in _NUMBER_NOUNS or is_number_word(w, lang) for w in words[1:]):
            return True
    return False


def _letters_before_the_number(said: str, local: str) -> str | None:
    """"Gil guion ramos" at "gilramos77" or "gil-ramos77": the part before the address's closing digits said
    again with its symbols - the symbols put in, the digits kept ("gil-ramos77"); a caller who wants the
    digits out says so ("sin el setenta y siete"). None when the part said is not the address's letters up
    to its closing digits."""
    bare = re.sub(r"[._-]", "", said)
    if not bare or not said[-1].isalpha():
        return None
    pos = seen = 0
    while pos < len(local) and seen < len(bare):
        if local[pos].isalnum():
            if local[pos] != bare[seen]:
                return None
            seen += 1
        pos += 1
    tail = local[pos:]
    if seen < len(bare) or not re.fullmatch(r"[._-]?\d+", tail):
        return None
    return said + tail


def _close_to(said: str, local: str, *, keep_digits: bool = True) -> bool:
    """Whether a part said with its symbols ("arturo.benitez") is the part read ("arturon.benitez") with a
    character or two otherwise: the same part said again, not another one. A part with no symbols is so only
    when the one read has none either and it is long enough that a word of it is not mistaken for it ("te
    escamilla" at "teaescamilla", beside "sin la a")."""
    symbols = any(c in said for c in "._-")
    if not symbols and (any(c in local for c in "._-") or len(said) < 6 or said[0] != local[0]):
        return False
    if keep_digits and _letters_before_the_number(said, local) is not None:
        return False  # "gil guion ramos" at "gil-ramos77": a part of it said again, the digits kept
    return len(said) >= 4 and abs(len(said) - len(local)) <= 2 and fuzz.ratio(said, local) >= 85


def _part_again(folded: str, local: str, lang: Lang) -> str | None:
    """The local part, or one word of it, said again after a "no": "no, pedro punto luis punto c" (the same
    characters, other symbols) or "no, espinoza con zeta" (one word spelled otherwise); "no, yesi se escribe:
    ye, e, ese, i" (the word, as the letters after it spell it)."""
    folded = _as_spelled(folded, lang)
    # a sentence of the turn may say it ("Con guion en medio. Ge montoya, guion, fletes.")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", folded) if s.strip()]
    for sentence in sentences[::-1] if len(sentences) > 1 else []:
        said = _said_part(sentence, lang)
        if said and said != local and re.sub(r"[._-]", "", said) == re.sub(r"[._-]", "", local):
            return said
        if said and (before_digits := _letters_before_the_number(said, local)) is not None:
            return before_digits  # "Lleva guion en medio. Gil guion ramos." at "gilramos77"
    parts = {_said_part(sentence, lang) for sentence in sentences} - {None}
    # "No, es ce, anaya. Ce, a, ene, a, ye, a.": the part said, then spelled; said once
    said = parts.pop() if len(sentences) > 1 and len(parts) == 1 else _said_part(folded, lang)
    if not said:
        return None
    if re.sub(r"[._-]", "", said) == re.sub(r"[._-]", "", local):
        return said
    if (before_digits := _letters_before_the_number(said, local)) is not None:
        return before_digits
    if _close_to(said, local):
        return said  # "nomás arturo punto benítez" at "arturon.benitez": the whole part said again, as it is
    if not said.isalpha() or len(said) < 4 or said in local:
        return None
    # the letters of the address before its digits or a symbol, said fuller ("cana23" -> "canaya": "canaya23")
    runs = [m for m in re.finditer(r"[a-z]+", local) if len(m.group(0)) >= 3 and said.startswith(m.group(0))]
    if len(runs) == 1:
        return local[: runs[0].start()] + said + local[runs[0].end() :]
    best: tuple[int, float, int, int] | None = None
    for size in (len(said) - 1, len(said), len(said) + 1):
        for at in range(0, len(local) - size + 1):
            piece = local[at : at + size]
            if not _starts_alike(piece, said) or not piece.isalpha():
                continue
            # a whole part between symbols is the likelier one ("gonzales", not "gonzale" of it)
            edges = (at == 0 or not local[at - 1].isalpha()) + \
                (at + size == len(local) or not local[at + size].isalpha())
            if not edges:
                continue  # inside a longer word on both sides
            score = _alike(piece, said)
            # a whole part is taken as less alike than a piece of one ("chuy" at "chui.amador": "chui" 75,
            # not "chu" 86 and a stray "i" left after it)
            if (score >= 80 or edges == 2 and score >= _PART_LIKE) and (best is None or (edges, score) > best[:2]):
                best = (edges, score, at, size)
    for m in re.finditer(r"[a-z]+", local):
        # a whole part of another length ("jessie" for "yesi": two letters said as one)
        score = _alike(m.group(0), said)
        if abs(len(m.group(0)) - len(said)) > 1 and _starts_alike(m.group(0), said) and score >= _PART_LIKE \
                and (best is None or (2, score) > best[:2]):
            best = (2, score, m.start(), len(m.group(0)))
    if best is None:
        return _part_like(said, local)
    _, _, at, size = best
    return local[:at] + said + local[at + size :]


def _starts_alike(piece: str, said: str) -> bool:
    """Whether a piece of the address and a word said for it start alike: with the same letter, or one that sounds
    the same there ("vega"/"bega", "zamora"/"samora"; "jessie" said "yesi", as Mexican callers say English names)."""
    a, b = piece[0], said[0]
    return a == b or same_sound(a.upper(), b.upper()) and {a, b} != {"y", "l"} or {a, b} == {"j", "y"}


def _alike(piece: str, said: str) -> float:
    """How alike a piece of the address and a word said for it are (fuzz.ratio), as heard: its first letter as
    said ("jessie" for "yesi") and a doubled letter as one ("jenny" for "yeni"); never less alike than as written
    ("jessy" for "jessie" is alike as it is, less so with its "ss" made one)."""
    heard = fuzz.ratio(re.sub(r"(.)\1", r"\1", said[0] + piece[1:]), re.sub(r"(.)\1", r"\1", said))
    return max(heard, fuzz.ratio(piece, said))


# "Yesi se escribe: ye, e, ese, i", "yesi is spelled y e s i": a word of the address said with how it is written.
_SPELLED_AS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?P<word>[a-z]{3,})\W+(?:se escribe|se deletrea|lo escribo|la escribo)\b\W*(?:asi\W+)?"
                     r"(?P<rest>.*)$"),
    "en": re.compile(r"(?P<word>[a-z]{3,})\W+(?:is spelled|is spelt|its spelled|spelled)\b\W*(?P<rest>.*)$"),
}


def _as_spelled(folded: str, lang: Lang) -> str:
    """The turn with a word said with "se escribe" put as it is written: the letters spelled after it when they
    are a word like it ("yesi se escribe ye, e, ese, i" -> "yesi"), else the word itself (the spelling cut off);
    the turn as it was when it says no such thing (a note, "se escribe con zeta", is read elsewhere)."""
    m = _SPELLED_AS[lang].search(folded)
    if m is None or re.match(r"(?:con|with)\b", m.group("rest")):
        return folded
    word = m.group("word")
    spelled, _ = assemble(email_tokens(m.group("rest"), lang), lang, lead_in=False) if m.group("rest").strip() \
        else ("", None)
    said = spelled if spelled.isalpha() and len(spelled) >= 3 and _starts_alike(spelled, word) else word
    return folded[: m.start()] + said


def _part_like(said: str, local: str) -> str | None:
    """"No, es Horacio" at "hacio.ibarra29" or "horhaceyo.ibarra29": a name said again for a whole part of the
    address (its letters between symbols and digits) that was heard cut short or garbled; the one part most
    like it, clearly more than any other, starting with the same letter, becomes it."""
    parts = [m for m in re.finditer(r"[a-z]+", local) if len(m.group(0)) >= 3]
    scored = sorted(((_alike(m.group(0), said), m) for m in parts if _starts_alike(m.group(0), said)),
                    key=lambda x: x[0], reverse=True)
    if not scored or scored[0][0] < _PART_LIKE or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 10):
        return None
    m = scored[0][1]
    return local[: m.start()] + said + local[m.end() :]


# How alike a name said again and the part it stands for are at least (fuzz.ratio): "hacio" / "horacio" 83,
# "horhaceyo" / "horacio" 75; "ibarra" / "horacio" is no such pair.
_PART_LIKE = 70


TYPE = SlotType(
    name="email",
    extract_fn=lambda text, locale, options: extract_email(text, locale),
    readback_fn=lambda value, locale, spell, said: email_readback(str(value), lang_of(locale), spell),
    start_fn=lambda locale, options: EmailAccumulator("email", locale, options),
    options=frozenset({"pattern"}),
    spellable=True,
    hears_others=True,  # "con zeta, como el apellido": a word of the address written as in the caller's name
    may_lack=True,
    eval_kinds={"email": lambda text, locale, options: extract_email(text, locale)},
    description="an e-mail address, lower case; can be spelled",
    order=60,
)
