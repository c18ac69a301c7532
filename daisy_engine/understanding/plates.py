"""The `plate` slot: a dictated licence plate -> "ABC-1234" (or whatever the slot's pattern says).

The slot pattern is the arbiter. Letters and digits are read with `letters.parse_pieces`; the words
that may or may not be letters ("es", "a", "de"...) are kept or dropped in the order of their priors
until the sequence fits the pattern; dashes are then placed where the pattern wants them.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

import regex

from .letters import BACKCHANNELS, NATO, Parsed, Piece, eh_spelled, letter_name, parse_pieces
from .lexicon import COMMON_WORDS, GIVEN_NAMES, SPELLING_WORDS
from .normalize import FILLERS, LETTER_RUNS_RE, Lang, clean, fold, lang_of, split_at_line_checks, wordset
from .numbers import is_number_word
from .turn_cache import turn_cache
from .yes_no import classify_yes_no

# The words Mexican callers (and Daisy's own read-back) spell letters with, "X de <word>". On its own in
# a character-by-character dictation such a word is its letter; any other lone word is not (it may be
# noise: "global", "medea").
SPELLING_NOUNS = SPELLING_WORDS

DEFAULT_PLATE_PATTERN = r"[A-Z]{2,3}-\d{3,4}"
# Beyond this many ambiguous words, the rest keep their prior instead of being tried both ways.
_MAX_FREE_WEAK = 6
_MAX_BRUTE_DASH_LEN = 10
_UPPER_CHUNK_RE = re.compile(r"\b[A-Z]{2,4}\b")


# Keyed by the flow only (its patterns, its phrases), never a caller's words: no `turn_cache`.
@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> regex.Pattern[str] | None:
    """The compiled slot pattern (the `regex` module, for partial matching), None when invalid."""
    try:
        return regex.compile(pattern)
    except Exception:  # a designer's broken pattern must not crash a call; the flow checker reports it
        return None


def pattern_of(options: Mapping[str, Any] | None) -> regex.Pattern[str] | None:
    raw = (options or {}).get("pattern") or DEFAULT_PLATE_PATTERN
    return compile_pattern(str(raw))


# A turn of one short word that reads as a syllable or two of speech ("Tom.", "Sol.", "Ana."): a name or a word
# heard, never letters run together (those the recogniser writes in capitals, "TOM", or with no syllable to
# say, "bmw", "abc").
_SYLLABLES_RE = re.compile(r"[^aeiou\W\d][aeiou][^aeiou\W\d]|[^aeiou\W\d]?[aeiou][^aeiou\W\d][aeiou]")
_ONE_WORD_RE = re.compile(r"\W*([^\W\d_]{3,4})\W*")


def said_as_words(text: str) -> frozenset[str]:
    """The word of a turn that is one short word said as speech (see `_SYLLABLES_RE`), folded; pass it to
    `plate_pieces` of the folded text."""
    m = _ONE_WORD_RE.fullmatch(clean(text))
    if m is None or m.group(1).isupper():
        return frozenset()
    word = fold(m.group(1))
    return frozenset((word,)) if _SYLLABLES_RE.fullmatch(word) else frozenset()


# The letters said unknown or forgotten ("las letras se me olvidaron", "no me sé las letras", "I forgot the
# letters"): the turn's other words ("se", "el") are no letters of it; only its digits are the plate's.
_LETTERS_UNKNOWN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:(?:se me|me) (?:olvidaron|olvido|olvidan|borraron|fueron)|no (?:me )?(?:acuerdo|recuerdo|se|las se"
        r"|me las se|me se|las tengo|las traigo|las veo|las alcanzo a ver)(?: bien)?|olvide|ni idea)"
        r"(?: (?:de|con))? (?:las|los) letras\b"
        r"|\blas letras,? (?:no (?:me )?(?:las )?(?:acuerdo|recuerdo|se|traigo|tengo|veo)|se me (?:olvidaron|fueron"
        r"|borraron)|ni idea|quien sabe|no me las se)\b"),
    "en": re.compile(
        r"\b(?:forgot|forget|dont remember|do not remember|cant remember|dont know|do not know|cant see|not sure"
        r" (?:of|about))(?: what)? the letters\b"
        r"|\bthe letters,? i (?:forgot|dont (?:remember|know)|cant remember|do not (?:remember|know))\b"),
}


def plate_pieces(text: str, lang: Lang, words: frozenset[str] = frozenset()) -> Parsed:
    """The characters of a plate said in `text`; `words`: short words heard as words (`said_as_words`)."""
    parsed = _plate_pieces(text, lang, words)
    if parsed.pieces and ("letra" in text.lower() or "letter" in text.lower()) \
            and _LETTERS_UNKNOWN[lang].search(fold(text)) and not _letters_dictated(parsed.pieces):
        return Parsed(tuple(p for p in parsed.pieces if p.kind != "letter"), parsed.noise)
    return parsed


def _letters_dictated(pieces: Sequence[Piece]) -> bool:
    """Whether two letters said outright follow each other ("... se me olvidaron las letras, ah no, son A, B,
    C"): the letters come to mind after all. A remark's word alone ("el", "es", "I") is one letter at most."""
    return any(a.kind == b.kind == "letter" and a.strong and b.strong for a, b in itertools.pairwise(pieces))


# Cached: a pure function of its arguments (its result is frozen), and one turn of a plate is parsed so several
# times (its pieces, whether it ends open, its clarifications, its read-back).
@turn_cache(1024)
def _plate_pieces(text: str, lang: Lang, words: frozenset[str]) -> Parsed:
    upper = frozenset(fold(m) for m in _UPPER_CHUNK_RE.findall(clean(text)))
    folded = _begun_again(eh_spelled(fold(text), lang), lang, upper)
    words_only = _spelled_by_words(folded, lang, upper)
    if words_only is not None:
        return words_only
    # (never an everyday word: "like that", "like this" say how, no letter)
    framed = _FRAMED_WORD_ALONE[lang].fullmatch(folded)
    if framed is not None and not is_number_word(framed.group("word"), lang) \
            and framed.group("word") not in COMMON_WORDS[lang]:
        # "W." - "As in whiskey.": the word of the last letter's spelling, its frame said with it and the letter
        # before a pause; it names that letter (said again, never a second one), as "de vaca" after "Ve." does
        return Parsed((Piece(framed.group("word")[0].upper(), "letter", spelled=True),), 0)
    hanging = hanging_spelling(folded, lang)
    parsed = parse_pieces(hanging or folded, lang, common_words=COMMON_WORDS[lang] | words, upper_chunks=upper)
    last = parsed.pieces[-1] if parsed.pieces else None
    if hanging and last is not None and last.kind == "letter" and len(last.chars) == 1:
        # the letter was being named with a word, as "ese de Sonora" is: the same letter named again
        # next ("ese de Sonora", "de zorro") says it again, it is no second one
        return Parsed((*parsed.pieces[:-1], dataclasses.replace(last, spelled=True)), parsed.noise)
    return parsed


# Where a caller stops in the middle of a plate to check the line or trails off ("Ache, i, te... ¿bueno?", "C, V,
# N... hello?", "Be, a..."), and then says it again from its start.
_TRAILED_OFF_RE = re.compile(r"\s*(?:\.{3,}|\u2026)\s*")


def _begun_again(folded: str, lang: Lang, upper: frozenset[str]) -> str:
    """`folded` without what was said before a line check or a trailing off when the caller then says the plate
    again from its start ("Ache, i, te... ¿bueno? Ache, i, te, 5 8 8": HIT-588, the letters said once, not HITHIT):
    the part before is dropped when its characters begin the part after. A part that goes on from it ("Ache, i,
    te, ¿bueno? cinco ocho ocho") is kept."""
    parts = [p for chunk in split_at_line_checks(folded, lang) for p in _TRAILED_OFF_RE.split(chunk) if p.strip()]
    if len(parts) < 2:
        return folded

    def chars(part: str) -> str:
        parsed = parse_pieces(part, lang, common_words=COMMON_WORDS[lang], upper_chunks=upper)
        return "".join(p.chars for p in parsed.pieces if p.strong)

    kept: list[str] = []
    for part, after in zip(parts, [*parts[1:], ""], strict=True):
        said, again = chars(part), chars(after)
        if said and len(again) > len(said) and again.startswith(said):
            continue
        kept.append(part)
    if len(kept) == len(parts):
        return folded
    return ". ".join(kept)


# A turn that is only the frame of a spelling and its word ("As in whiskey.", "like Boston", "como en Veracruz"):
# the letter before it was said in the turn before.
_FRAMED_WORD_ALONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\W*(?:como en|de la palabra)\s+(?P<word>[a-z]{3,})\W*"),
    # (the radio word of X written as two: "as in x-ray", "like x ray")
    "en": re.compile(r"\W*(?:as in|like in|like)\s+(?P<word>[a-z]{3,}|x[- ]ray)\W*"),
}


def given_name_alone(folded: str, lang: Lang) -> Parsed | None:
    """ "Ernesto.", "Roberto.": a turn of one given name alone, in a plate's dictation, is the word of "E de
    Ernesto" with its letter name lost, as "Uva." is (callers spell with first names as much as with nouns): its
    letter, else None. Never a name that is an everyday word, a letter's name or a number; nor in an e-mail,
    whose words a name may well be ("luis")."""
    words = LETTER_RUNS_RE.findall(folded)
    if len(words) != 1 or words[0] not in GIVEN_NAMES or words[0] in COMMON_WORDS[lang] \
            or letter_name(words[0], lang) is not None or is_number_word(words[0], lang):
        return None
    return Parsed((Piece(words[0][0].upper(), "letter", False, False, spelled=True),), 0)


# A spelling begun and left hanging: "ese de...", "hache de…", "ka como...", "B as in...": the letter is
# named, the word never came. The "de" left hanging is the frame, not the letter D; a "de" that does not
# trail off ("ce, de", "ce de.") is still read as letters, and so is "for" ("B for" may be "B four").
_HANGING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?P<letter>[a-z]+) +(?:(?:de|como en|como|de la palabra) *(?:\.{2,}|…)"
                     r"|(?:como en|como|de la palabra)[ .,;:!?]*)[ ?!]*$"),
    "en": re.compile(r"\b(?P<letter>[a-z]+) +(?:(?:as in|like in|like|as)[ .,;:!?…]*|for *(?:\.{2,}|…))[ ?!]*$"),
}


def hanging_spelling(folded: str, lang: Lang) -> str | None:
    """The turn up to the letter of a spelling left hanging ("ese de..." -> "ese"), else None."""
    m = _HANGING[lang].search(folded)
    if m is None or letter_name(m.group("letter"), lang) is None:
        return None
    return folded[: m.end("letter")]


_VOWEL_RE = re.compile(r"[aeiouy]")
_SEGMENT_RE = re.compile(r"[,;:.!?…]+")
# Words that are about the plate, never the word of a spelling.
_PLATE_TALK = wordset(
    "placa placas tractor tracto caja remolque trailer numero numeros letra letras plate plates truck "
    "tractor trailer number numbers letter letters"
)


def _spelling_by_word(word: str, lang: Lang) -> bool:
    """A word that can stand for its first letter in a dictation of words only ("gato, elefante, oso";
    "Sam, Ida, Nora"): one everyone spells with, or a name-like word that is no everyday word."""
    if not word.isalpha() or len(word) < 3 or word in _PLATE_TALK or is_number_word(word, lang) \
            or word in FILLERS[lang] or word in BACKCHANNELS or not _VOWEL_RE.search(word):
        return False
    if word in SPELLING_NOUNS.get(lang, frozenset()) or word in NATO:
        return True
    return word not in COMMON_WORDS[lang] and letter_name(word, lang) is None


def _spelled_by_words(folded: str, lang: Lang, upper: frozenset[str]) -> Parsed | None:
    """ "Zapato, iguana, perro, doscientos ochenta": the letters given only as words, each on its own
    between pauses, then the digits. Each word stands for its first letter. Needs three such words in a
    row (two when both are spelling words) and only digits after them; what comes before must hold no
    character ("las placas son: ...")."""
    segments = [seg.strip() for seg in _SEGMENT_RE.split(folded) if seg.strip()]
    run: list[int] = []
    for k, seg in enumerate(segments):
        if " " not in seg and _spelling_by_word(seg, lang) and seg not in upper:
            if run and run[-1] != k - 1:
                return None  # two separate runs: not this shape
            run.append(k)
    known = SPELLING_NOUNS.get(lang, frozenset()) | NATO.keys()
    if len(run) < 2 or (len(run) < 3 and not all(segments[k] in known for k in run)):
        return None  # two words only when both are words everyone spells with ("Dallas, Texas" is a place)
    before = " ".join(segments[: run[0]])
    after = " ".join(segments[run[-1] + 1 :])
    tail = parse_pieces(after, lang, common_words=COMMON_WORDS[lang]) if after else Parsed((), 0)
    # without digits after them the words are letters only when two of them are words everyone spells with:
    # "Kilo. Uva. Ernesto." is K U E (the name is spelled with as "Uva" is), "Juan. Pedro. Luis." is no plate
    spelled_only = not after and sum(segments[k] in known for k in run) >= 2
    if not tail.pieces and not spelled_only or any(p.kind == "letter" for p in tail.pieces) or tail.noise:
        return None
    if before and any(p.strong for p in parse_pieces(before, lang, common_words=COMMON_WORDS[lang]).pieces):
        return None
    letters = tuple(Piece(segments[k][0].upper(), "letter", spelled=True) for k in run)
    return Parsed(letters + tail.pieces, 0)


def candidates(pieces: Sequence[Piece]) -> Iterator[tuple[Piece, ...]]:
    """Piece sequences with ambiguous words kept or dropped, most plausible first."""
    weak = [i for i, p in enumerate(pieces) if not p.strong]
    free = weak[:_MAX_FREE_WEAK]
    fixed_drop = {i for i in weak[_MAX_FREE_WEAK:] if pieces[i].drop_first}
    options: list[tuple[int, tuple[int, ...], frozenset[int]]] = []
    for mask in itertools.product((False, True), repeat=len(free)):
        dropped = frozenset(i for i, d in zip(free, mask, strict=True) if d) | fixed_drop
        # cost: keeping a word that is usually not a letter, or dropping one that usually is
        cost = sum(1 for i in free if (i in dropped) != pieces[i].drop_first)
        options.append((cost, tuple(sorted(dropped)), dropped))
    options.sort(key=lambda o: (o[0], o[1]))
    for _, _, dropped in options:
        yield tuple(p for i, p in enumerate(pieces) if i not in dropped)


def _with_transitions(chars: str) -> str:
    out = [chars[0]] if chars else []
    for a, b in itertools.pairwise(chars):
        if a.isalpha() != b.isalpha():
            out.append("-")
        out.append(b)
    return "".join(out)


def _with_dashes(chars: str, after: Sequence[int]) -> str:
    out, last = [], 0
    for pos in after:
        out.append(chars[last:pos])
        last = pos
    out.append(chars[last:])
    return "-".join(o for o in out if o)


def layouts(pieces: Sequence[Piece]) -> tuple[str, list[str]]:
    """(plain characters, the ways of writing them with dashes to try against a pattern)."""
    chars, dictated = "", []
    for p in pieces:
        if p.kind == "dash":
            if chars and (not dictated or dictated[-1] != len(chars)):
                dictated.append(len(chars))
        else:
            chars += p.chars
    forms = [_with_transitions(chars), chars]
    if dictated:
        forms.append(_with_dashes(chars, [d for d in dictated if 0 < d < len(chars)]))
    return chars, forms


def _confusable_forms(chars: str) -> list[str]:
    # The letter O and zero sound alike ("oh"); try each reading next to its own kind of character.
    if "O" not in chars and "0" not in chars:
        return []
    to_digit = re.sub(r"(?<=\d)O|O(?=\d)", "0", chars)
    to_letter = re.sub(r"(?<=[A-Z])0|0(?=[A-Z])", "O", chars)
    return [_with_transitions(c) for c in (to_digit, to_letter) if c != chars]


def fit(
    pieces: Sequence[Piece], pattern: regex.Pattern[str], *, partial: bool = False, dashes: bool = False
) -> str | None:
    """The first layout of `pieces` that (partially, if asked) matches the pattern.

    dashes: also try every placement of up to three dashes, for patterns that put one between two
    characters of the same kind ("45-AB-3C", "ABC-12-34") where neither the caller nor a letter/digit
    change does.
    """
    chars, forms = layouts(pieces)
    if not chars:
        return None
    for form in forms:
        if pattern.fullmatch(form, partial=partial):
            return form
    # the characters as said, with dashes placed, before any read as another ("1O3" where a pattern takes a
    # letter or a digit there is 1O3, never 103)
    brute = fit_brute(chars, pattern, partial=partial) if dashes else None
    if brute is not None:
        return brute
    if not partial:
        for form in _confusable_forms(chars):
            if pattern.fullmatch(form):
                return form
    return None


@turn_cache(1024)
def fit_brute(chars: str, pattern: regex.Pattern[str], *, partial: bool = False) -> str | None:
    # Custom patterns may put dashes where neither the caller nor a letter/digit change does.
    if not 1 < len(chars) <= _MAX_BRUTE_DASH_LEN or "-" not in pattern.pattern:
        return None
    dashless = _dashless(pattern)
    if dashless is not None and not dashless.fullmatch(chars, partial=partial):
        return None  # no placement of dashes can help: the characters themselves do not fit
    slots = range(1, len(chars))
    for k in range(1, 4):
        for after in itertools.combinations(slots, k):
            form = _with_dashes(chars, after)
            if pattern.fullmatch(form, partial=partial):
                return form
    return None


# Keyed by the flow only (its patterns, its phrases), never a caller's words: no `turn_cache`.
@lru_cache(maxsize=256)
def _dashless(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """The pattern with its literal dashes (outside character classes) removed, for a quick pre-check."""
    raw, out, in_class, i = pattern.pattern, [], False, 0
    while i < len(raw):
        c = raw[i]
        if c == "\\":
            if not in_class and raw[i + 1 : i + 2] == "-":
                out.append("(?:)")
            else:
                out.append(raw[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if raw[i + 1 : i + 2] == "]":  # "[]...]": a literal bracket opens the class
                out.append("]")
                i += 1
        else:
            out.append("(?:)" if c == "-" else c)
        i += 1
    try:
        return regex.compile("".join(out))
    except Exception:
        return None


def said_once(pieces: Sequence[Piece]) -> tuple[Piece, ...]:
    """`pieces` with a letter said two or more times in a row kept once ("ve de vaca, ve de vaca, como ve" is V). A
    bare vowel said twice stays ("a a be ce": "a" may be the word, never dropped to fit); one named with a word
    goes ("a de Acapulco, a de Acapulco")."""
    kept: list[Piece] = []
    for p in pieces:
        if kept and p.kind == "letter" and kept[-1].kind == "letter" and p.chars == kept[-1].chars \
                and (p.chars not in "AEIOU" or p.spelled or kept[-1].spelled):
            continue
        kept.append(p)
    return tuple(kept)


def best_fit(pieces: Sequence[Piece], pattern: regex.Pattern[str]) -> str | None:
    first: tuple[Piece, ...] | None = None
    for cand in candidates(pieces):
        if first is None:
            first = cand
        got = fit(cand, pattern)
        if got:
            return got
    if first:
        # a letter said again to make it clear, where no plate has room for it twice ("le traje, letra ge, letra
        # ese, letra be" - "le traje" is "letra ge" misheard; "ve de vaca, ve de vaca, como ve, te, equis"): once.
        # Only when the letters as said fit no plate - "ere de Roma, ere de Roma, equis" that fits is RRX
        once = said_once(first)
        if len(once) < len(first) and (got := fit(once, pattern)):
            return got
        return fit_brute(layouts(first)[0], pattern)
    return None


def extract_plate(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    pattern = pattern_of(options)
    if pattern is None:
        return None
    parsed = plate_pieces(text, lang_of(locale))
    if not any(p.strong for p in parsed.pieces):
        return None
    return best_fit(parsed.pieces, pattern)


def ends_with_whole_number(text: str, locale: str) -> bool:
    """The turn ends with a number of several digits said as one ("ciento veintidós", "144"): the caller
    gave the digits of a plate in one go, so a valid plate is complete. A round hundred or thousand
    ("doscientos", "mil") is not: the caller may be pausing before the rest of it ("... cuarenta")."""
    pieces = plate_pieces(text, lang_of(locale)).pieces
    return bool(pieces) and pieces[-1].kind == "digit" and len(pieces[-1].chars) >= 2 \
        and open_zeros(pieces[-1].chars) < 2


def open_zeros(group: str) -> int:
    """The trailing zeros a number said as one ("doscientos" = 200: 2, "setenta" = 70: 1) leaves for a
    smaller number said after it to fill ("doscientos... cuarenta" = 240); 0 for a group that is not such a
    number ("00", "205")."""
    if not group.isdigit() or int(group) == 0 or group.startswith("0"):
        return 0
    return len(group) - len(group.rstrip("0"))


# The symbols of an address said as words: a character each, so a turn with one and a letter holds two.
_SYMBOL_SAID = frozenset({"punto", "arroba", "dot"})


def extract_char(text: str, locale: str) -> str | None:
    """One dictated character: "B de burro" -> "B", "bravo" -> "B", "número cuatro" -> "4", "letra eme" -> "M".

    Returns an upper-case letter, a digit, or "-" ("guion"/"dash"); None when the turn holds no
    character or more than one. A lone ambiguous word ("a", "de") counts only when nothing else was said.
    """
    lang = lang_of(locale)
    parsed = plate_pieces(text, lang)
    pieces = parsed.pieces
    words = fold(text).replace(".", " ").replace("?", " ").replace(",", " ").split()
    if len(words) == 1 and words[0] in SPELLING_NOUNS.get(lang, frozenset()) \
            and (not pieces or (len(pieces) == 1 and not pieces[0].strong and pieces[0].chars == words[0].upper())):
        # "Iguana.": the word of "I de iguana" on its own (the recogniser lost "I de"), as English
        # callers say "bravo": one of the words everyone spells with stands for its first letter.
        return words[0][0].upper()
    if _SYMBOL_SAID.intersection(words):
        return None  # "punto ene": a dot and a letter, two characters of an address (a plate reads it whole)
    if lang == "en" and len(words) > 1 and words[0] == "an":
        # "(the second one is) an a", "an eight": the article before a name said with a vowel sound, never a
        # letter of its own - the one character is the rest ("an a" would otherwise be two A)
        return extract_char(" ".join(words[1:]), locale)
    if lang == "en" and len(pieces) == 2 and pieces[0].chars == "A" and not pieces[0].strong and pieces[1].strong:
        pieces = pieces[1:]  # "it's a k": the article, not the letter A
    if not pieces or any(len(p.chars) != 1 for p in pieces):
        return None
    strong = [p for p in pieces if p.strong]
    likely = [p for p in pieces if not p.strong and not p.drop_first]
    unlikely = [p for p in pieces if not p.strong and p.drop_first]
    if strong:
        return strong[0].chars if len(strong) == 1 and not likely else None
    if parsed.noise or classify_yes_no(text, locale).answer == "yes":
        return None  # "es correcto": a yes, not the letter S
    if len(likely) == 1:
        return likely[0].chars
    if not likely and len(unlikely) == 1:
        return unlikely[0].chars
    return None
