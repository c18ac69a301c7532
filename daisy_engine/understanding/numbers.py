"""Spoken numbers -> digit groups, on folded tokens.

`text2num` does the arithmetic of compound numbers ("mil doscientos treinta y cuatro" -> 1234) and splits
digit-by-digit dictation into groups ("cuatro dos" -> 4, 2). This module only does what it does not:
find which tokens of an utterance are number words at all (so "una" in "es una caja" or "a" in "a b c"
are not numbers), repair ASR damage before handing words over ("treintaidós", "veintitres" without the
accent, "veinte y cinco"), expand "doble cinco", and combine digits with scale words ("5 mil 200").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text_to_num import alpha2digit

from .normalize import Lang, fold, wordlist, wordset
from .turn_cache import turn_cache

_UNITS_ES = wordlist("cero uno un una dos tres cuatro cinco seis siete ocho nueve")
_TENS_ES = wordset("treinta cuarenta cincuenta sesenta setenta ochenta noventa")
_WORDS_ES = frozenset(
    _UNITS_ES
    + list(_TENS_ES)
    + wordlist("diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiun "
    "veintiuno veintiuna veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho "
    "veintinueve cien ciento doscientos doscientas trescientos trescientas cuatrocientos cuatrocientas "
    "quinientos quinientas seiscientos seiscientas setecientos setecientas ochocientos ochocientas "
    "novecientos novecientas mil millon millones")
)
# text2num wants these accented; folding removed the accent.
_CANON_ES = {"veintiun": "veintiuno", "veintidos": "veintidós", "veintitres": "veintitrés"}
# Spellings ASR produces for Mexican Spanish (seseo, b/v); "siento"/"sien" are real words, left out.
_VARIANTS_ES = {
    "sero": "cero", "dose": "doce", "trese": "trece", "catorse": "catorce", "quinse": "quince",
    "dies": "diez", "onse": "once", "sinco": "cinco", "nuebe": "nueve", "beinte": "veinte",
    "diesiseis": "dieciseis", "diesisiete": "diecisiete", "diesiocho": "dieciocho",
    "diesinueve": "diecinueve", "dieziseis": "dieciseis", "setesientos": "setecientos",
    "ochosientos": "ochocientos", "nobecientos": "novecientos", "seissientos": "seiscientos",
    "cuatrosientos": "cuatrocientos", "tresientos": "trescientos",
    # the hundreds as they are said or written without the "s" before the "c" ("trecientos", "dosientos"), or built
    # on the unit's own name ("sietecientos", "nuevecientos"): the same hundred
    "trecientos": "trescientos", "trecientas": "trescientas", "tresientas": "trescientas",
    "dosientos": "doscientos", "dosientas": "doscientas", "seisientos": "seiscientos", "seisientas": "seiscientas",
    "setesientas": "setecientas", "ochosientas": "ochocientas", "cuatrosientas": "cuatrocientas",
    "sietecientos": "setecientos", "sietecientas": "setecientas", "nuevecientos": "novecientos",
    "nuevecientas": "novecientas", "nobesientos": "novecientos",
}
_UNIT_SUFFIX_ES = "uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
_FUSED_Y_RE = re.compile(rf"^({'|'.join(sorted(_TENS_ES))})\s*[iy]\s*({_UNIT_SUFFIX_ES})$")

_UNITS_EN = wordlist("zero one two three four five six seven eight nine")
_WORDS_EN = frozenset(
    _UNITS_EN
    + wordlist("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred thousand million millions")
)
_VARIANTS_EN = {"fourty": "forty", "ninty": "ninety", "tree": "three"}

# Every word this module reads as (part of) a number, in either language, variants included: for the readers
# that look for a number said in a phrase ("termina en catorce") without parsing it there.
# By language: what tells a turn's language too (see `language`).
NUMBER_WORDS_OF: dict[Lang, frozenset[str]] = {
    "es": _WORDS_ES | frozenset(_VARIANTS_ES),
    "en": _WORDS_EN | frozenset(_VARIANTS_EN),
}
NUMBER_WORDS = NUMBER_WORDS_OF["es"] | NUMBER_WORDS_OF["en"]

# A number said as one that leaves a place open for what a pause may bring ("mil" ... "cuarenta" = 1040,
# "treinta" ... "y nueve" = 39, "trescientos" ... "diez" = 310): it ends with a scale or tens word, not with a
# digit said on its own ("uno cero cero" is 100 whole). "Ciento" is never a whole number ("cien" is).
_OPEN_WORDS = frozenset(
    w for w in NUMBER_WORDS
    # (the hundreds end in "-ientos": "quinientos" has no "c")
    if w.endswith(("ientos", "ientas")) or w in {
        "ciento", "mil", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
        "hundred", "thousand", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
# A turn the recogniser wrote as a finished sentence ends with its mark; one cut by a pause ends on a word,
# a comma, a dash or dots ("Mil", "Treinta...", "Dos mil,"). Text with no capital and no mark at all ("mil
# doscientos", typed, or a recogniser that formats nothing) says nothing of a pause: it is read as said whole.
_FINISHED = re.compile(r"[.!?]\s*$")
_FORMATTED = re.compile(r"[A-ZÁÉÍÓÚÑ.,;:!?¿¡…]")
_TRAILED = re.compile(r"(?:\.\.\.|…)\s*$")


def cut_by_pause(text: str) -> bool:
    """Whether the recogniser wrote the turn as cut by a pause ("Mil", "A las tres", "Dos mil...") rather
    than as a finished sentence ("Mil.") or as unformatted text that says nothing of a pause ("mil")."""
    return bool(_FORMATTED.search(text) and not (_FINISHED.search(text) and not _TRAILED.search(text)))


_WORDS_AND_DIGITS_RE = re.compile(r"[a-z]+|\d+")  # compiled once: `number_tokens` reads most turns


def number_tokens(text: str) -> list[str]:
    """The words and digit runs of a turn, folded ("El 33, ¿no?" - el, 33, no): what the readers of a number said
    over a pause weigh."""
    return _WORDS_AND_DIGITS_RE.findall(fold(text))


def ends_on_open_word(text: str) -> bool:
    """Whether the turn's last number word leaves places open for the rest of the number ("Mil", "Setecientos.",
    "Trescientos veinte.", "Four fifty"), however the recogniser ended the turn (see `_OPEN_WORDS`)."""
    words = [w for w in number_tokens(text) if w in NUMBER_WORDS or w.isdigit()]
    return bool(words) and words[-1] in _OPEN_WORDS


def left_open(text: str) -> bool:
    """Whether the turn's last number word leaves places open for the rest of the number and the turn was cut
    by a pause there ("Mil", "Trescientos", "Treinta", "Dos mil...", "Four fifty"), not ended as a sentence
    ("Mil."); "ciento" always (see `_OPEN_WORDS`). Plates at their longest hold such a number for the next turn
    ("be be a" - "Mil" - "doscientos")."""
    words = [w for w in number_tokens(text) if w in NUMBER_WORDS or w.isdigit()]
    return ends_on_open_word(text) and (words[-1] == "ciento" or cut_by_pause(text))


_SCALES = {"mil": 1000, "millon": 10**6, "millones": 10**6, "hundred": 100, "thousand": 1000,
           "million": 10**6, "millions": 10**6}
# Spanish hundreds words: a group ending with one leaves its tens and units to what follows.
_HUNDREDS_ES = frozenset(wordlist("ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
                                  "ochocientos novecientos"))
_SINGLE_DIGIT = {w: str(i) for i, w in enumerate(_UNITS_EN)}
_SINGLE_DIGIT.update(
    {w: str(i) for i, w in enumerate(wordlist("cero uno dos tres cuatro cinco seis siete ocho nueve"))}
)
_REPEAT = {"doble": 2, "double": 2, "triple": 3}
_DIGITS_RE = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """Tokens [start, end) of a prepared token list form numbers, grouped as the caller said them."""

    start: int
    end: int
    groups: tuple[str, ...]


def prepare_tokens(tokens: Sequence[str], lang: Lang) -> list[str]:
    """Repair number words in folded tokens before `find_numbers` (token positions change)."""
    variants = _VARIANTS_ES if lang == "es" else _VARIANTS_EN
    out: list[str] = []
    for tok in tokens:
        tok = variants.get(tok, tok)
        m = _FUSED_Y_RE.match(tok) if lang == "es" and len(tok) > 7 else None
        if m:  # "treintaidos" -> treinta y dos
            out.extend((m.group(1), "y", m.group(2)))
        else:
            out.append(tok)
    out = _without_cut_words(out, lang)
    if lang == "es":
        out = _join_veinte_y(_add_missing_y(_without_false_starts(out)))
    return _expand_repeats(out)


def _without_cut_words(tokens: list[str], lang: Lang) -> list[str]:
    """A number word cut off and then said whole, the cut left out: "tres ciento... trescientos dieciocho" (the
    recogniser writes the cut "trescientos" as two words that together begin it) is 318, "three hund... three
    hundred eighteen" (the start said again after a cut word) is 318 - a listener hears the caller start over."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if k + 2 >= len(tokens) or not is_number_word(tokens[k], lang):  # neither cut begins here (asked once)
            out.append(tokens[k])
            k += 1
            continue
        if is_number_word(tokens[k + 2], lang) \
                and len(cut := tokens[k] + tokens[k + 1]) >= 5 and tokens[k + 2].startswith(cut) \
                and tokens[k + 2] != cut:
            k += 2
            continue
        if k + 3 < len(tokens) and tokens[k + 2] == tokens[k] \
                and not is_number_word(tokens[k + 1], lang) and tokens[k + 1].isalpha() and len(tokens[k + 1]) >= 2 \
                and tokens[k + 3].startswith(tokens[k + 1]) and tokens[k + 3] != tokens[k + 1] \
                and is_number_word(tokens[k + 3], lang):
            k += 2
            continue
        out.append(tokens[k])
        k += 1
    return out


def _without_false_starts(tokens: list[str]) -> list[str]:
    # "noventa y... noventa y nueve": a compound left at its "y" and said again from its tens; a listener
    # hears 99, not 90 and 99. Only when the tens word itself comes back: "treinta y, cuarenta y dos"
    # is left as said. "Ciento" never ends a number ("cien" does): "ciento... ciento veinte" is 120.
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] in _TENS_ES and k + 2 < len(tokens) and tokens[k + 1] == "y" and tokens[k + 2] == tokens[k]:
            k += 2
            continue
        if tokens[k] == "ciento" and k + 1 < len(tokens) and tokens[k + 1] == "ciento":
            k += 1
            continue
        out.append(tokens[k])
        k += 1
    return out


_TENS_NO_Y_ES = _TENS_ES | {"veinte"}
_UNITS_NO_Y_ES = frozenset(["uno"] + _UNITS_ES[4:])  # uno, dos ... nueve ("un"/"una" are articles)


def _add_missing_y(tokens: list[str]) -> list[str]:
    # "ciento veinte tres", "cuarenta cinco": ASR (or the caller) dropped the "y" of a compound; a listener
    # hears 123 and 45, not 1203 and 405.
    out: list[str] = []
    for k, tok in enumerate(tokens):
        out.append(tok)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tok in _TENS_NO_Y_ES and nxt in _UNITS_NO_Y_ES:
            out.append("y")
    return out


def _join_veinte_y(tokens: list[str]) -> list[str]:
    # "veinte y cinco" / "diez y seis" are the old spellings of veinticinco / dieciséis; text2num
    # would read them as two numbers.
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("veinte", "diez") and i + 2 < len(tokens) and tokens[i + 1] == "y":
            unit = tokens[i + 2]
            if tok == "veinte" and unit in _UNITS_ES[1:] and unit not in ("cero",):
                out.append("veinti" + ("uno" if unit == "un" else unit))
                i += 3
                continue
            if tok == "diez" and unit in ("seis", "siete", "ocho", "nueve"):
                out.append("dieci" + unit)
                i += 3
                continue
        out.append(tok)
        i += 1
    return out


def _expand_repeats(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in _REPEAT and (nxt in _SINGLE_DIGIT or (nxt.isdigit() and len(nxt) == 1)):
            out.extend([nxt] * _REPEAT[tok])
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def _round_hundreds(words: Sequence[str], lang: Lang) -> bool:
    """Whether `words` are one round number of hundreds or more ("seiscientos", "mil", "six hundred")."""
    spans = find_numbers(words, lang)
    if len(spans) == 1 and spans[0].end - spans[0].start == len(words) and len(spans[0].groups) == 1:
        return spans[0].groups[0].endswith("00") and not spans[0].groups[0].startswith("0")
    return False


def restarted(head: Sequence[str], rest: Sequence[str], lang: Lang) -> bool:
    """Whether number words `head` are a false start of `rest`: "seiscientos, seiscientos cuatro", "mil, mil
    doscientos", "seven hundred, seven hundred five" - a round number said again with more is the caller
    starting over, one number (a listener writes 604). Other numbers are chunks of a dictation ("twenty,
    twenty-five" is 2025, "cuatro, cuatro dos" is 442), and other words another number ("cien, ciento
    uno")."""
    return len(rest) > len(head) and list(rest[: len(head)]) == list(head) and _round_hundreds(head, lang)


def false_start(words: Sequence[str], lang: Lang) -> int:
    """How many leading number words of one said run are a false start said again (`restarted`): 1 in
    "setecientos setecientos cinco", 0 when the run holds none."""
    for size in range(1, len(words) // 2 + 1):
        if restarted(words[:size], words[size:], lang):
            return size
    return 0


def is_number_word(tok: str, lang: Lang) -> bool:
    return tok in (_WORDS_ES if lang == "es" else _WORDS_EN)


def _is_num(tokens: Sequence[str], i: int, lang: Lang, in_run: bool) -> bool:
    tok = tokens[i]
    if tok.isdigit():
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    prev = tokens[i - 1] if i > 0 else ""
    if not in_run and tok in ("uno", "una", "one") and nxt in ("de", "of") and _one_of_many(tokens, i):
        return False  # "es uno de los nuevos", "it's one of the new ones": one of a group, no number
    if not in_run and tok == "uno" and lang == "es" and _uno_of_a_kind(tokens, i):
        return False  # "ando en uno prestado", "traigo uno de la empresa": the vehicle itself, no number
    if lang == "es":
        if tok in ("un", "una"):
            # an article unless it starts a compound ("un millón") or ends one ("treinta y un");
            # before a digit it is the article of a dictated character ("un ocho", "una ele")
            return (nxt in _WORDS_ES and nxt not in _UNITS_ES) or (in_run and prev == "y")
        return tok in _WORDS_ES
    if tok in ("a", "an"):
        return nxt in ("hundred", "thousand", "million")
    if tok == "one" and not in_run and not _is_num_word_en(nxt) and _pronoun_one(tokens, i):
        return False
    if tok in ("oh", "o"):
        # "oh" is zero only inside digit dictation ("three oh seven", "oh four", "five oh oh": the second one
        # goes on the run the first went on)
        if in_run and (prev.isdigit() or prev in _WORDS_EN or prev in ("oh", "o")):
            return True
        if (not prev or len(prev) == 1 and prev.isalpha()) and (len(nxt) > 1 and nxt.isdigit() or nxt in _WORDS_EN
                                                   and nxt not in _UNITS_EN):
            # "B O thirteen", "K B O 13", "O thirteen" after "K B": after a letter (or first in the turn) and
            # before a whole number (not a digit said one by
            # one) the O is one more letter - nobody reads a zero and then a two-digit number
            return False
        return nxt.isdigit() or nxt in _WORDS_EN
    return tok in _WORDS_EN


# "the red one", "that one", "the other one": the pronoun, not the number 1.
_ONE_DETERMINERS = wordset("the that this which other another each every any some no")
_ONE_NUMBER_NOUNS = wordset("number numbers unit truck trailer tractor num nr")


_UNIT_NOUNS_ES = wordset("numero caja tractor tracto unidad remolque economico")
# What follows "uno de" / "one of" when it picks one of a group: "uno de los nuevos", "one of the new ones",
# "one of those", "una de mis cajas".
_GROUP_DETERMINERS = wordset("los las esos esas estos estas aquellos aquellas mis tus sus nuestros nuestras "
                             "the those these them our my your their")


def _one_of_many(tokens: Sequence[str], i: int) -> bool:
    return i + 2 < len(tokens) and tokens[i + 2] in _GROUP_DETERMINERS \
        and not (i > 0 and tokens[i - 1] in _ONE_NUMBER_NOUNS | _UNIT_NOUNS_ES)


# "Ando en uno prestado", "es uno nuevo", "uno de la empresa": "uno" standing for the vehicle, said with what
# kind of one it is (a word of these, any participle: "rentado", "prestado"; or whose it is, "de" and a word).
_OF_A_KIND_ES = wordset("nuevo viejo ajeno diferente distinto otro propio cualquiera igual parecido chico grande mas")
_PARTICIPLE_ES = re.compile(r"[a-z]{2,}(?:ad|id)[oa]s?")
_NUMBER_LEAD_ES = wordset("el la los las del al numero num economico unidad") | _UNIT_NOUNS_ES


def _uno_of_a_kind(tokens: Sequence[str], i: int) -> bool:
    if i > 0 and tokens[i - 1] in _NUMBER_LEAD_ES:
        return False  # "el uno prestado", "la caja uno de las nuevas": the number one
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if nxt == "de":
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        return after.isalpha() and after not in _WORDS_ES
    return nxt in _OF_A_KIND_ES or bool(_PARTICIPLE_ES.fullmatch(nxt))


def _is_num_word_en(tok: str) -> bool:
    return tok.isdigit() or tok in _WORDS_EN


def _pronoun_one(tokens: Sequence[str], i: int) -> bool:
    prev = tokens[i - 1] if i > 0 else ""
    if prev in _ONE_NUMBER_NOUNS:
        return False
    if any(t in _ONE_DETERMINERS for t in tokens[max(0, i - 2) : i]):
        return True
    # "a borrowed one", "a rental one": "a" and a word or two that are no numbers ("it's a one" may be the digit);
    # not a number read digit by digit after it ("a Freightliner, one oh five")
    if i + 1 < len(tokens) and tokens[i + 1] in ("oh", "o"):
        return False
    lead = tokens[max(0, i - 3) : i]
    if prev in ("past", "after", "to", "till", "til", "before") and ("quarter" in lead or "half" in lead):
        return False  # "a quarter past one", "a half after one": the hour of a clock
    return any(t in ("a", "an") and lead[k + 1 :] and all(w.isalpha() and w not in _WORDS_EN for w in lead[k + 1 :])
               for k, t in enumerate(lead))


def _is_joiner(tokens: Sequence[str], i: int, lang: Lang) -> bool:
    if i == 0 or i + 1 >= len(tokens):
        return False
    prev, tok, nxt = tokens[i - 1], tokens[i], tokens[i + 1]
    if lang == "es":
        return tok == "y" and prev in _TENS_ES and nxt in _UNITS_ES[1:]
    return tok == "and" and prev in ("hundred", "thousand", "million") and nxt in _WORDS_EN


def one_number_across(before: str, after: str, locale: str) -> bool:
    """Whether the last word of `before` and the first of `after`, joined by "y" / "and", are one number said
    ("cuarenta | cinco minutos": cuarenta y cinco) - a join inside a number, never between two answers."""
    lang: Lang = "en" if locale.startswith("en") else "es"
    left, right = re.findall(r"[a-z0-9]+", fold(before))[-1:], re.findall(r"[a-z0-9]+", fold(after))[:1]
    if not left or not right:
        return False
    tokens = prepare_tokens([left[0], "y" if lang == "es" else "and", right[0]], lang)
    spans = find_numbers(tokens, lang)
    return len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(tokens) and len(spans[0].groups) == 1


def find_numbers(tokens: Sequence[str], lang: Lang) -> list[NumberSpan]:
    """Number spans in tokens already passed through `prepare_tokens`, left to right."""
    spans: list[NumberSpan] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _is_num(tokens, i, lang, in_run=False):
            i += 1
            continue
        j = i + 1
        while j < n and (_is_num(tokens, j, lang, in_run=True) or _is_joiner(tokens, j, lang)):
            j += 1
        groups = _run_groups(tokens[i:j], lang)
        if groups:
            spans.append(NumberSpan(i, j, tuple(groups)))
        i = j
    return spans


@turn_cache(4096)
def _words_to_groups(phrase: str, lang: Lang) -> tuple[str, ...]:
    try:
        return tuple(_DIGITS_RE.findall(alpha2digit(phrase, lang, threshold=0)))
    except BaseException as exc:  # a Rust panic surfaces as a BaseException subclass
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return ()


def _canon(tok: str, lang: Lang) -> str:
    if lang == "es":
        return _CANON_ES.get(tok, tok)
    if tok in ("a", "an"):
        return "one"
    if tok in ("oh", "o"):
        return "zero"
    return tok


def _run_groups(run: Sequence[str], lang: Lang) -> list[str]:
    # items: (digits, scale the group ends with, came from a lone scale word)
    items: list[tuple[str, int, bool]] = []
    k = 0
    while k < len(run):
        if run[k].isdigit():
            items.append((run[k], 0, False))
            k += 1
            continue
        m = k
        while m < len(run) and not run[m].isdigit():
            m += 1
        sub = run[k:m]
        groups = _words_to_groups(" ".join(_canon(t, lang) for t in sub), lang)
        scale = _SCALES.get(sub[-1], 0)
        lone = len(sub) == 1 and scale > 0
        if lang == "es" and sub[-1] in _HUNDREDS_ES:
            scale = 100  # "ciento 6", "trescientos 80": the recogniser wrote the rest in digits (never "2 doscientos")
        for idx, g in enumerate(groups):
            last = idx == len(groups) - 1
            items.append((g, scale if last else 0, lone and last))
        k = m
    merged: list[tuple[str, int]] = []
    for digits, scale, lone in items:
        if merged:
            prev, prev_scale = merged[-1]
            if lone and prev_scale == 0 and int(prev) < 1000 and not prev.startswith("0"):
                merged[-1] = (str(int(prev) * scale), scale)  # "5 mil" -> 5000
                continue
            if prev_scale and not digits.startswith("0") and int(digits) < prev_scale:
                merged[-1] = (str(int(prev) + int(digits)), 0)  # "2 mil 15" -> 2015
                continue
        merged.append((digits, scale))
    return [d for d, _ in merged]


def number_groups(tokens: Sequence[str], lang: Lang) -> list[str]:
    """All digit groups in prepared tokens, in order."""
    return [g for span in find_numbers(tokens, lang) for g in span.groups]


def said_over(words: Sequence[str], groups: tuple[str, ...], lang: Lang) -> tuple[str, ...]:
    """The digit groups of a run of number words, a false start said again left out ("setecientos,
    setecientos cinco" is 705, as `restarted` hears it): the caller starting the number over."""
    cut = false_start(words, lang) if len(groups) > 1 else 0
    if not cut:
        return groups
    rest = find_numbers(words[cut:], lang)
    return said_over(words[cut:], rest[0].groups, lang) if len(rest) == 1 else groups


def without_restarts(tokens: Sequence[str], lang: Lang) -> list[str]:
    """Prepared tokens with each false start said again left out, as words (`restarted`: "ochocientos,
    ochocientos veinte" -> "ochocientos veinte"), for readers that read the words themselves (an amount)."""
    spans = {s.start: s for s in find_numbers(tokens, lang)}
    out: list[str] = []
    i = 0
    while i < len(tokens):
        span = spans.get(i)
        if span is not None and len(span.groups) > 1:
            words = tokens[span.start : span.end]
            while (cut := false_start(words, lang)) and len(find_numbers(words[cut:], lang)) == 1:
                words = words[cut:]
            out.extend(words)
            i = span.end
        else:
            out.append(tokens[i])
            i += 1
    return out


def digitize(tokens: Sequence[str], lang: Lang, dictated: bool = False) -> list[str]:
    """Prepared tokens with each number span replaced by its digit groups ("dos y media" -> 2 y media).
    `dictated`: the tokens dictate a value character by character, so a false start said again is left out
    (`said_over`: "setecientos, setecientos cinco" -> 705)."""
    spans = {s.start: s for s in find_numbers(tokens, lang)}
    out: list[str] = []
    i = 0
    while i < len(tokens):
        span = spans.get(i)
        if span:
            out.extend(said_over(tokens[span.start : span.end], span.groups, lang) if dictated else span.groups)
            i = span.end
        else:
            out.append(tokens[i])
            i += 1
    return out


# A number said whole, a pause, and the same number said digit by digit ("noventa, nueve cero", "ninety,
# nine zero", "mil novecientos setenta y nueve, o sea uno nueve siete nueve"), or the digits first and then
# the whole ("nueve cero, o sea noventa"): the caller making the number clear, said once. The same form said
# twice ("noventa, noventa", "nueve cero, nueve cero") stays a dictation in pairs.
_DIGIT_NAMES: dict[Lang, dict[str, str]] = {
    "es": {w: str(i) for i, w in enumerate(wordlist("cero uno dos tres cuatro cinco seis siete ocho nueve"))},
    "en": {w: str(i) for i, w in enumerate(wordlist("zero one two three four five six seven eight nine"))},
}
_NUMBER_PAUSE_RE = re.compile(r"(\s*[,;:.\u2026]+\s*)")
_RESTATE_LEAD_RE = re.compile(r"^(?:o sea|osea|es decir|i mean|that is)\s+")


def _digits_said(words: list[str], lang: Lang) -> str | None:
    """The digits of words that are only digits said one by one ("nueve cero"), two or more; else None."""
    said = [_DIGIT_NAMES[lang].get(w) for w in words]
    return "".join(d for d in said if d) if len(said) >= 2 and all(said) else None


def _number_end(words: list[str], lang: Lang) -> int:
    """Where the number words that end `words` begin (len(words) when none do)."""
    k = len(words)
    while k and (is_number_word(words[k - 1], lang)
                 or (words[k - 1] in ("y", "and") and 1 < k < len(words) and is_number_word(words[k - 2], lang))):
        k -= 1
    return k


def _whole_number(words: list[str], lang: Lang) -> str | None:
    """The digits of `words` when they say one number of two digits or more, not digit by digit ("noventa",
    "setenta y siete"); else None."""
    if not words or not all(is_number_word(w, lang) or w in ("y", "and") for w in words) \
            or _digits_said(words, lang) is not None or all(w in _DIGIT_NAMES[lang] for w in words):
        return None
    groups = digitize(prepare_tokens(words, lang), lang)
    return groups[0] if len(groups) == 1 and groups[0].isdigit() and len(groups[0]) >= 2 else None


# "dos veces", "twice": what was said just before, said that many times ("cuarenta y dos dos veces" is 4242, "a ele
# dos veces" is A L L).
TIMES_SAID: dict[Lang, dict[tuple[str, ...], int]] = {
    "es": {("dos", "veces"): 2, ("tres", "veces"): 3, ("2", "veces"): 2, ("3", "veces"): 3},
    "en": {("twice",): 2, ("two", "times"): 2, ("three", "times"): 3, ("2", "times"): 2, ("3", "times"): 3},
}


def times_said(tokens: list[str], i: int, lang: Lang) -> tuple[int, int] | None:
    """(how many times, how many words) when `tokens` say "dos veces" / "twice" at `i`, else None."""
    for phrase, times in TIMES_SAID[lang].items():
        if tuple(tokens[i : i + len(phrase)]) == phrase:
            return times, len(phrase)
    return None


def said_in_digits_once(folded: str, lang: Lang) -> str:
    """The folded turn with a number said whole and again digit by digit beside it, after a pause, said
    once: the whole number stays (see `_DIGIT_NAMES`). For readers that lose the pauses with the
    punctuation (an e-mail's tokens), where "noventa nueve cero" would be 990."""
    if not any(p in folded for p in ",;:.\u2026"):
        return folded  # no pause, nothing said again after one
    # "fifty-eight, five eight": the tens and unit the recogniser wrote as one word are the words of one number
    apart = _TENS_HYPHEN_RE.sub(r"\1 ", folded) if lang == "en" else folded
    once = _said_once(apart, lang)
    return folded if once == apart else once


_TENS_HYPHEN_RE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?=(?:one|two|three|four|five|"
                             r"six|seven|eight|nine)\b)")


def _said_once(folded: str, lang: Lang) -> str:
    parts = _NUMBER_PAUSE_RE.split(folded)  # clause, pause, clause, ...
    for i in range(0, len(parts) - 2, 2):
        lead = _RESTATE_LEAD_RE.match(parts[i + 2])
        after = parts[i + 2][lead.end() if lead else 0 :].split()
        before = parts[i].split()
        whole = _whole_number(before[_number_end(before, lang) :], lang)
        if whole is not None:
            n = 0
            while n < len(after) and after[n] in _DIGIT_NAMES[lang]:
                n += 1
            digits, rest, j = after[:n], after[n:], i + 2
            # the digits may be said with pauses between them too ("noventa. Nueve, cero.")
            while not rest and j + 2 < len(parts) and len(digits) < len(whole) \
                    and _digits_said(digits + parts[j + 2].split(), lang) is not None:
                j += 2
                digits += parts[j].split()
            if _digits_said(digits, lang) == whole:
                tail = " ".join(rest) + "".join(parts[j + 1 :]) if rest else "".join(parts[j + 1 :])
                return _said_once("".join(parts[: i + 1]) + (" " if rest else "") + tail, lang)
            one_by_one = _digits_said(digits, lang) or ""
            if j == i + 2 and len(one_by_one) > len(whole) and one_by_one.startswith(whole):
                # "cincuenta y ocho, cinco ocho uno": the number begun whole, then said again digit by digit
                # and carried on - the digits are the number (581), the whole was its start
                kept = " ".join(before[: _number_end(before, lang)])
                return _said_once("".join(parts[:i]) + kept + (" " if kept else "") + "".join(parts[i + 2 :]),
                                  lang)
        k = len(before)
        while k and before[k - 1] in _DIGIT_NAMES[lang]:
            k -= 1
        n = 0
        while n < len(after) and (is_number_word(after[n], lang) or after[n] in ("y", "and")):
            n += 1
        said = _digits_said(before[k:], lang)
        if said is not None and _whole_number(after[:n], lang) == said:
            kept = " ".join(before[:k])
            return _said_once("".join(parts[:i]) + kept + (" " if kept else "") + " ".join(after)
                              + "".join(parts[i + 3 :]), lang)
    return folded
