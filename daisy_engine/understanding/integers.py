"""The `integer` slot: spoken or typed whole numbers -> a string of digits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .amounts import after_estimate
from .letters import LETTER_COUNTS, plural_letter
from .normalize import (
    CORRECTION_MARKERS,
    Lang,
    after_correction,
    content_words,
    fold,
    lang_of,
    line_checks_as_pauses,
    wordset,
)
from .numbers import (
    TIMES_SAID,
    NumberSpan,
    find_numbers,
    is_number_word,
    prepare_tokens,
    restarted,
    said_in_digits_once,
)

# "doscientos y pico", "two hundred something": an unknown remainder, so the number said is not the
# number meant. ("unos 200"/"about 200" stay numbers: a count slot may accept an estimate.)
_APPROXIMATE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\by (?:pico|picos|tantos|tantas|feria|cacho|algo)\b"),
    "en": re.compile(r"\b(?:and something|something|odd)\b|\b(?:ty|red|nd)ish\b"),
}


# "no" between two numbers takes the first back ("cincuenta y cinco, no, no, cincuenta y ocho" -> 58);
# a number after "no es" / "not" is the one ruled out ("no es setenta y tres, es setenta y ocho" -> 78,
# "seventy-eight, not seventy-three" -> 78).
_TAKE_BACK: dict[Lang, frozenset[str]] = {
    "es": frozenset({"no"}),
    "en": frozenset({"no", "nope", "nah"}),
}
_RULE_OUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^no (?:es|era|son|eran|fue) (?:(?:el|la|los|las|un|una|numero) )*$"),
    "en": re.compile(r"^(?:.* )?(?:not|isnt|wasnt|aint) (?:(?:the|a|number) )*$"),
}
# "es el 815, no el 851", "la caja 815 y no la 851", "es 1200, no 1020": a "no" said straight into the next
# number (no pause after it) contrasts the number said with one it is not; that one is ruled out. After a
# pause ("el 43, no, el 44", "55, no, 58") the "no" takes the first back instead (see `_contrasted`).
_CONTRAST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:(?:y|pero|mas) )?no (?:(?:el|la|los|las|del|de|un|una|numero) )*$"),
    "en": re.compile(r"(?!)"),  # English contrasts with "not" (a rule-out); "815, no 851" takes back
}
# "el doce es el otro", "ese es de la otra caja", "twelve is the other one": right after a number, words
# that give it to another thing; the caller's number is the one beside it.
_OTHER_ONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:(?:ese|esa|eso) )?(?:es|era|seria|son|eran|va|corresponde) (?:(?:el|la|los|las|del|de|para|"
                     r"al|a) )*otr[oa]s?\b"),
    "en": re.compile(r"^(?:(?:thats|that is|thats for|is|was|s|belongs to|goes with|is for|was for) )"
                     r"(?:(?:the|for|to|on|of) )*other\b"),
}
# What a unit number numbers: said before the number again after a "no" ("la cuarenta y tres, no, la caja
# cuarenta y cuatro"), and, in the plural right after a number, a count of vehicles, not a unit number
# ("traigo dos cajas", "I've got two trailers").
_UNIT_NOUNS: dict[Lang, frozenset[str]] = {
    "es": wordset("caja tractor tracto remolque traila trailer camion unidad economico"),
    "en": wordset("trailer truck tractor unit rig box"),
}
_COUNTED_NOUNS: dict[Lang, frozenset[str]] = {
    "es": wordset("cajas tractores tractos remolques trailas trailers camiones unidades"),
    "en": wordset("trailers trucks tractors units rigs boxes"),
}
# Words that may stand between a "no" and the number it takes back ("cincuenta y cinco, no, espera",
# "setecientos... no, espérate, seiscientos doce", "seven hundred, no, hold on, six twelve"): asking for a
# moment, apologising, the words of the correction markers ("mejor dicho", "I mean": normalize's one list).
_CORRECTION_WORDS: dict[Lang, frozenset[str]] = {
    lang: frozenset(w for marker in markers for w in marker.split()) for lang, markers in CORRECTION_MARKERS.items()
}
_BETWEEN: dict[Lang, frozenset[str]] = {
    "es": wordset("no espera esperame esperate espere espereme esperenme aguanta aguantame aguantate deja dejame "
                  "perdona perdone disculpa disculpe sea o es era el la numero sino mas bien ah oh ay uy ups "
                  "chin hijole")
    | _CORRECTION_WORDS["es"] | _UNIT_NOUNS["es"],
    "en": wordset("no nope nah wait hold on hang my bad scratch that make it its is was the number oh oops whoops uh")
    | _CORRECTION_WORDS["en"] | _UNIT_NOUNS["en"],
}
# "seiscientos sesenta y seis, le faltó un seis", "sixty-six, you missed a six": after the number, words
# about one of its digits; that digit is not said again as more of the number.
# So are words naming one digit's place ("el tercer número es siete, uno uno siete tres").
_REMARK: dict[Lang, frozenset[str]] = {
    "es": wordset("falto falta faltaba faltan sobra sobro sobraba comiste comio primer primero segundo tercer "
                  "tercero cuarto quinto ultimo penultimo"),
    "en": wordset("missing missed forgot extra dropped first second third fourth fifth last"),
}
# Words before a number that only answer the question, not frame the number ("no, noventa, noventa").
_BARE_ANSWER: dict[Lang, frozenset[str]] = {
    "es": wordset("si no ok okey sale ya"),
    "en": wordset("yes yeah yep no nope ok okay sure"),
}


# What may come before a count given as the answer ("son dos cajas", "pues two boxes"), beside a bare yes or no
_COUNT_LEAD: dict[Lang, frozenset[str]] = {
    "es": wordset("son serian seran pues este eh mmm unas unos como nomas solo solamente"),
    "en": wordset("its it is um uh just only about like maybe"),
}


def _the_count_alone(span: NumberSpan, found: list[NumberSpan], tokens: list[str], lang: Lang) -> bool:
    """Whether a number said with what it counts ("dos cajas", "two boxes please") is the turn's whole answer: the
    only number, nothing said before it but a yes or a lead-in ("son", "just"). Then it is the count asked ("how many
    boxes?"); said within a sentence ("traigo dos cajas, voy en full"), or beside another number ("tengo dos cajas,
    la 4471"), it only tells how many there are, and is no number asked for (a unit's)."""
    return len(found) == 1 and all(t in _BARE_ANSWER[lang] or t in _COUNT_LEAD[lang] for t in tokens[: span.start])


def _contrasted(gap: list[str], nxt: list[str], folded: str, lang: Lang) -> bool:
    """Whether the words `gap` before the number words `nxt` contrast the number before with it, as the
    folded turn shows them: "no" said straight into the next number, with no pause after it, and either an
    article between ("815 no el 851") or a pause before the "no" ("1200, no 1020"; "55 no 58" said in one
    breath is a take-back)."""
    if not folded or not _CONTRAST[lang].match(" ".join(gap) + " "):
        return False
    between = gap[gap.index("no") + 1 :]
    said = r"\s+".join(re.escape(w) for w in [*between, nxt[0]])
    pause = "" if between else r"[,.;:!?\u2026]\s*(?:(?:y|pero|mas)\s+)?"
    return bool(re.search(rf"{pause}\bno\s+{said}\b", folded))


def _paused_after_no(gap: list[str], first: str, folded: str) -> bool:
    """Whether the turn pauses right after the "no" of `gap` before the number that begins with `first`
    ("novecientos... ay, no, es la quinientos cuarenta", "ninety, no, it's the nineteen"): the "no" takes the
    number before back and the words after it give the new one; said in one breath ("no es 73") it rules the
    number out."""
    negators = [i for i, t in enumerate(gap) if t in ("no", "not", "nope", "nah")]
    if not folded or not negators:
        return False
    at = negators[-1]
    said = r"\s+".join(re.escape(w) for w in [*gap[at + 1 :], first])
    return bool(re.search(rf"\b{re.escape(gap[at])}\s*[,.;:!?\u2026]+\s*{said}\b", folded))


def _said_spans(tokens: list[str], lang: Lang, folded: str = "", counts: bool = True) -> list[NumberSpan]:
    """The number spans the caller stands by: numbers taken back or ruled out, and counts of vehicles
    ("dos cajas"), are left out - but a count that is the whole answer (`_the_count_alone`) where the number may be
    a count (`counts`)."""
    found = find_numbers(tokens, lang)
    spans = [
        s for s in found
        if not (s.end < len(tokens) and tokens[s.end] in _COUNTED_NOUNS[lang]
                and not (counts and _the_count_alone(s, found, tokens, lang)))
    ]
    # "666, le faltó un seis", "le faltó un seis, es el 666": the digit a remark is about, beside the number
    remarks = [any(t in _REMARK[lang] for t in tokens[(spans[k - 1].end if k else 0) : s.start])
               for k, s in enumerate(spans)]
    if any(remarks) and not all(remarks):
        spans = [s for s, remark in zip(spans, remarks, strict=True) if not remark]
    if not spans:
        return []
    kept: list[NumberSpan] = []
    previous_end = 0
    said_so: list[NumberSpan] = []  # ruled out in one breath ("no es el 73"), not after a pause ("No, es el 58")
    for span in spans:
        gap = tokens[previous_end : span.start]
        previous_end = span.end
        if any(_RULE_OUT[lang].match(" ".join(gap[k:]) + " ") for k in range(max(0, len(gap) - 4), len(gap))) \
                and not (span is not spans[0] and _paused_after_no(gap, tokens[span.start], folded)):
            # "no es 73" / "320, no es el 302": this one is not it; nor is the same number said before it ("¿73?
            # no. No es el 73, es el 37": the caller took it back). After a number said before, even one ruled out,
            # a pause after the "no" gives the new one ("810, ¿no es el 810? no, es el 811": 811)
            kept = [k for k in kept if k.groups != span.groups]
            if _paused_after_no(gap, tokens[span.start], folded):
                continue  # "No, es el uno, cero, nueve": the "no" answers what was asked, the digits after it are said
            rest = _after_first_group(span, tokens, folded, lang)
            if rest is not None:
                kept.append(rest)  # "not seventy three, thirty seven": the number after the pause is the one
            else:
                said_so.append(span)
            continue
        if _OTHER_ONE[lang].match(" ".join(tokens[span.end : span.end + 6])):
            # "es el 22, el 12 es el otro": that one is another thing's. Numbers run together with nothing
            # else said ("twenty two twelve is the other one"): only the last group of them.
            trimmed = _without_last_group(span, tokens, lang) if len(spans) == 1 else None
            if trimmed is None:
                continue
            span = trimmed
        if kept and _contrasted(gap, tokens[span.start : span.end], folded, lang):
            continue  # "es el 815, no el 851": the one it is not
        if kept and any(t in _TAKE_BACK[lang] for t in gap) and all(t in _BETWEEN[lang] for t in gap):
            kept = []  # "55, no, no, 58": what came before the "no" is taken back
        kept.append(span)
    if not kept:
        # "No, es el 58": a "no" with a pause after it answers what was asked before, the number stands; one said
        # in one breath ("no es el setenta y tres") rules its number out, and with no other number there is none.
        # Numbers given to another thing ("el trece es el otro") are still what was said
        return [s for s in spans if s not in said_so] if folded else spans
    return kept


def _after_first_group(span: NumberSpan, tokens: list[str], folded: str, lang: Lang) -> NumberSpan | None:
    """The groups of `span` after its first, when a pause follows the first ("not seventy three, thirty seven"):
    the number ruled out, then the one meant; None otherwise."""
    if len(span.groups) < 2 or len(span.groups[0]) < 2 or not folded:
        # (a first group of one digit is the first of a dictation, "no es el uno, cero, nueve", no number ruled out)
        return None
    for end in range(span.start + 1, span.end):
        head = find_numbers(tokens[span.start : end], lang)
        if len(head) == 1 and head[0].groups == span.groups[:1] and head[0].end == end - span.start:
            words = _said_words(tokens[span.start : end])
            if not re.search(rf"\b{words}\s*[,.;:!?\u2026]", folded):
                return None
            rest = find_numbers(tokens[end : span.end], lang)
            if len(rest) != 1:
                return None
            return NumberSpan(end + rest[0].start, end + rest[0].end, rest[0].groups)
    return None


def _without_last_group(span: NumberSpan, tokens: list[str], lang: Lang) -> NumberSpan | None:
    """`span` without the last number group said in it, or None when it has one group only."""
    if len(span.groups) < 2:
        return None
    for end in range(span.end - 1, span.start, -1):
        found = find_numbers(tokens[span.start : end], lang)
        if len(found) == 1 and found[0].groups == span.groups[:-1]:
            return NumberSpan(span.start, span.start + found[0].end, found[0].groups)
    return None


def _trailed_off(head: list[str], rest: list[str], folded: str, lang: Lang) -> bool:
    # "el setenta... setenta y uno", "seventy... seventy-one": a round number (tens or more) the caller
    # trails off after ("...", "…", a dash) and then says again as the start of one longer number is a
    # false start, the 71 said over. Without the pause, "setenta, setenta y uno" stays a dictation in pairs
    # (7071), as "twenty, twenty-five" is 2025.
    if not (len(rest) > len(head) and rest[: len(head)] == head):
        return False
    said, whole = _digits_of(head, lang), find_numbers(rest, lang)
    if len(said) < 2 or not said.endswith("0") or said.startswith("0"):
        return False
    if len(whole) != 1 or len(whole[0].groups) != 1 or whole[0].end - whole[0].start != len(rest):
        return False  # "setenta... setenta, uno": not one longer number
    if len(whole[0].groups[0]) != len(said):
        return False  # "cuarenta... cuarenta y dos mil": not the same number grown
    words = r"\W+".join(re.escape(w) for w in head)
    return bool(re.search(rf"\b{words}\s*(?:\.{{2,}}|…|-{{1,2}}\s|—|–)\W*{words}\b", folded))


def _said_runs(tokens: list[str], spans: list[NumberSpan], lang: Lang, folded: str = "") -> list[list[str]]:
    """The number words of each span, a number said and then said again with more left out."""
    runs: list[list[str]] = []
    for span in spans:
        run = tokens[span.start : span.end]
        cut = True
        while cut:
            cut = False
            for size in range(1, len(run) // 2 + 1):
                if restarted(run[:size], run[size:], lang) or _trailed_off(run[:size], run[size:], folded, lang):
                    run, cut = run[size:], True
                    break
        if runs and restarted(runs[-1], run, lang):
            runs.pop()
        runs.append(run)
    return runs


def _digits_of(words: list[str], lang: Lang) -> str:
    return "".join(g for span in find_numbers(words, lang) for g in span.groups)


def _said_words(words: list[str]) -> str:
    """A pattern for number words as the folded turn shows them: a "y" the number repair put in ("sesenta.
    Dos" -> "sesenta y dos", see `numbers.prepare_tokens`) may not be there, and the pause may stand in
    its place ("dos sesenta. Dos, seis, cero": 260 said, then spelled)."""
    out = ""
    for k, w in enumerate(words):
        if w == "y":
            out += r"(?:\W+y)?"
        else:
            out += (r"\W+" if k and out else "") + re.escape(w)
    return out


def _echo_after_a_pause(run: list[str], folded: str, lang: Lang, pauses: str) -> int | None:
    """Where the run of number words says its number, or the end of it, again after a pause, one of
    `pauses` ("eleven, eleven", "302, three oh two"): the index of the echo, as the folded text shows it."""
    for cut in range(1, len(run)):
        head, echo = _digits_of(run[:cut], lang), _digits_of(run[cut:], lang)
        if len(echo) < 2 or not head.endswith(echo):
            continue
        before = _said_words(run[max(0, cut - 2) : cut])
        if re.search(rf"\b{before}\s*[{pauses}]+\W*(?:[a-z]+\W+){{0,2}}?{re.escape(run[cut])}\b", folded):
            return cut
    return None


def _spelled_whole_of(said: str, spelled: list[str]) -> bool:
    """Whether `spelled`, the groups of a number said after `said` (digit by digit, whole, or in chunks: "dos
    uno siete", "doscientos diecisiete", "two seventeen"), are a longer number that ends with `said`, of two
    digits or more ("cinco, dos uno cinco" is a dictation in chunks)."""
    whole = "".join(spelled)
    return len(said) >= 2 and len(whole) > len(said) and whole.endswith(said)


def _end_then_whole(run: list[str], folded: str, lang: Lang) -> int | None:
    """Where the run, after a number said as a word ("diecisiete") and a pause, says a longer number that
    ends with it, digit by digit or whole ("dos, uno, siete", "doscientos diecisiete"): the caller named the
    part that was wrong (216 read back, "no, diecisiete") and then the whole number; the index where the
    whole one begins."""
    for cut in range(1, len(run)):
        head, rest = find_numbers(run[:cut], lang), find_numbers(run[cut:], lang)
        if len(head) != 1 or len(head[0].groups) != 1 or len(rest) != 1 \
                or (rest[0].start, rest[0].end) != (0, len(run) - cut):
            continue
        spelled = list(rest[0].groups)
        if not _spelled_whole_of(head[0].groups[0], spelled):
            continue
        before = _said_words(run[max(0, cut - 2) : cut])
        if re.search(rf"\b{before}\s*[,.;:!?\u2026]+\W*{re.escape(run[cut])}\b", folded):
            return cut
    return None


# Hesitation just before a number: the caller is still searching for it ("este, setenta, setenta y nueve").
_HESITATION = r"(?:este|eh|em|emm|mm|mmm|um|umm|uh|er|ah)"


def _start_then_whole(run: list[str], folded: str, lang: Lang) -> int | None:
    """Where the run, after a round number begun with a hesitation ("este, setenta", "um, forty") and a pause,
    starts again with the same word and says it whole ("este, setenta, setenta y nueve"): a false start said again,
    one number (79, not 7079); the index where the whole one begins. Said fluently ("cincuenta, cincuenta y
    cuatro") it is two chunks of a dictated number, as "noventa, noventa" is."""
    for cut in range(1, len(run)):
        if run[cut] != run[0]:
            continue
        head, rest = find_numbers(run[:cut], lang), find_numbers(run[cut:], lang)
        if len(head) != 1 or len(head[0].groups) != 1 or len(rest) != 1 or len(rest[0].groups) != 1 \
                or (rest[0].start, rest[0].end) != (0, len(run) - cut):
            continue
        started, whole = head[0].groups[0], rest[0].groups[0]
        if not started.endswith("0") or len(whole) != len(started) or whole == started \
                or not whole.startswith(started.rstrip("0")):
            continue
        if re.search(rf"\b{_HESITATION}\W+{_said_words(run[:cut])}\s*[,.;:!?\u2026]+\W*{re.escape(run[cut])}\b",
                     folded):
            return cut
    return None


# Words that introduce a unit number ("el", "la unidad", "number"): a one-digit number said again after them
# ("el siete, la unidad siete", "number seven, unit seven") is the number named again, not its second digit.
_INTRODUCED: dict[Lang, frozenset[str]] = {
    "es": wordset("el la numero") | _UNIT_NOUNS["es"],
    "en": wordset("the number no") | _UNIT_NOUNS["en"],
}


def _introduced_again(before: list[str], run: list[str], folded: str, lang: Lang) -> bool:
    """Whether the number of `run` is said again after `before` (a pause and a few words between) with the words
    that introduce a unit number right before it ("el siete, la unidad siete": one seven)."""
    intro = "|".join(sorted(_INTRODUCED[lang]))
    if re.search(rf"\b(?:numero|number)\W+{_said_words(before)}\s*[,.;:!?\u2026]+\W*(?:numero|number)\W+"
                 rf"{_said_words(run)}\b", folded):
        return False  # "número nueve, número nueve": each digit called "número", a number dictated (99)
    return bool(re.search(rf"\b{_said_words(before)}\s*[,.;:!?\u2026]+\W*(?:[a-z]+\W+){{0,2}}?(?:{intro})\W+"
                          rf"{_said_words(run)}\b", folded))


def _without_echoes(runs: list[list[str]], framed: bool, folded: str, lang: Lang) -> list[str]:
    """The digit groups of `runs`, a number of two or more digits said again being the number once.

    "Es el 88, el ochenta y ocho", "la cuarenta y tres, la caja cuarenta y tres", "es el doce treinta y
    cuatro, el treinta y cuatro": the same value, or its end, said again after other words confirms it.
    Inside one run of number words it is an echo when the number was introduced by words and the caller
    paused before saying it again ("number eleven, eleven"), or when it is said again after the end of a
    sentence ("no, quinientos veinte. Quinientos veinte."); "es el catorce catorce" and a bare "noventa,
    noventa" are a number dictated in pairs (1414, 9090), as plates are.
    """
    groups: list[str] = []
    for k, run in enumerate(runs):
        # after the end of a sentence ("quinientos veinte. Quinientos veinte.") even a bare number
        echo = _echo_after_a_pause(run, folded, lang, ",.;:!?" if framed else ".;!?\u2026")
        if echo:
            run = run[:echo]
        whole_from = None if groups else _end_then_whole(run, folded, lang) or _start_then_whole(run, folded, lang)
        if whole_from:
            run = run[whole_from:]  # "diecisiete, dos uno siete": 217, the end said first
        said = [g for span in find_numbers(run, lang) for g in span.groups]
        digits = "".join(said)
        if len(groups) == 1 and _spelled_whole_of(groups[0], said):
            groups = said  # "el diecisiete, el dos uno siete": the end said first, then the whole number
            continue
        if groups and len(digits) > 1 and "".join(groups).endswith(digits):
            continue  # "es el 302, three oh two": the same digits, however grouped
        if groups == said and _introduced_again(runs[k - 1], run, folded, lang):
            continue  # "el siete, la unidad siete": a one-digit number named again ("siete, siete" is 77)
        groups.extend(said)
    return groups


def _said_groups(tokens: list[str], folded: str, lang: Lang, counts: bool = True) -> list[str]:
    """The digit groups of the one number the caller stands by."""
    spans = _said_spans(tokens, lang, folded, counts)
    if not spans:
        return []
    framed = any(t not in _BARE_ANSWER[lang] for t in tokens[: spans[0].start])
    return _without_echoes(_said_runs(tokens, spans, lang, folded), framed, folded, lang)


# "cuarenta y dos dos veces", "forty-two twice": the number before said that many times (4242), the way a
# caller confirms a number of two equal halves (`numbers.TIMES_SAID`).
_TIMES = TIMES_SAID


def _repeated(tokens: list[str], lang: Lang) -> list[str]:
    """`tokens` with a number said "N times" written out that many times ("cuarenta y dos dos veces" ->
    "42 42"): the last group of the number words right before the multiplier, repeated. After no number
    ("ya te lo dije dos veces, es el 55") the words count times, no digit of the number."""
    for phrase, times in _TIMES[lang].items():
        n = len(phrase)
        for i in range(len(tokens) - n, -1, -1):
            if tuple(tokens[i : i + n]) != phrase:
                continue
            spans = find_numbers(tokens[:i], lang)
            if not spans or spans[-1].end != i:
                return _repeated([*tokens[:i], *tokens[i + n :]], lang)
            span = spans[-1]
            groups = list(span.groups)
            return _repeated([*tokens[: span.start], *groups[:-1], *[groups[-1]] * times, *tokens[i + n :]], lang)
    return tokens


def _four_heard_as_for(tokens: list[str], lang: Lang) -> list[str]:
    """"Two for fifty", "twenty for one": between two number words of a number being dictated, "for" (or
    "fore") is the recogniser's spelling of "four" (2450, 241); nobody asked a number puts a preposition
    there. Elsewhere ("for 42", "42 for the tractor") it stays a word."""
    if lang != "en":
        return tokens
    out = list(tokens)
    for i in range(1, len(out) - 1):
        if out[i] in ("for", "fore") and _number_word(out[i - 1]) and _number_word(out[i + 1]):
            out[i] = "four"
    return out


def _number_word(token: str) -> bool:
    return token.isdigit() or bool(find_numbers([token], "en"))


_SENTENCE_RE = re.compile(r"[^.;!?\u2026]+[.;!?\u2026]*")


# The plates named after the number ("el tractor 472 placas a b c 1 2 3", "unit 88, plates X Y Z 9 9"): what
# follows are the plates' characters, never more digits of this number.
_PLATES_NAMED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"[\s,.;]+(?:y\s+)?(?:(?:las|la|sus|mis)\s+)?(?:placas?|matricula)\b"),
    "en": re.compile(r"[\s,.;]+(?:and\s+)?(?:(?:the|my|its)\s+)?(?:plates?|license|tag|tags)\b"),
}


# A clock time is no count: "paso por ella mañana a las 10", "I'll pick it up tomorrow at 10" (at a question of how
# many, the 10 is when). Spanish "a las N" / "a la una" is always a time; English "at N" when am/pm/o'clock follows
# or a day or a part of it is named before it.
# Only an hour of the clock is: "a la 4471", "me asignaron a la 45", "tomorrow at 4471" name a unit, no time.
_HOUR: dict[Lang, str] = {
    "es": r"(?:(?:[01]?\d|2[0-4])(?::\d{2})?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
          r"|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintidos|veintitres)",
    "en": r"(?:(?:[01]?\d|2[0-4])(?::\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)",
}
_MINUTES_ES = r"(?:media|cuarto|[0-5]?\d|cinco|diez|quince|veinte|veinticinco|treinta|cuarenta|cincuenta)"
_CLOCK_TIME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:a la (?:una|1|13)(?::\d{2})?|a las " + _HOUR["es"] + r")"
                     r"(?: (?:y|menos) " + _MINUTES_ES + r")?"
                     r"(?: (?:de la (?:manana|tarde|noche)|en punto))?\b"),
    "en": re.compile(r"\b(?:(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                     r"|morning|afternoon|evening)\b[\w\s]{0,12}?\bat " + _HOUR["en"]
                     + r"(?: (?:thirty|fifteen|forty five|\d{2}))?\b"
                     r"|\bat " + _HOUR["en"] + r" ?(?:a\.? ?m\.?|p\.? ?m\.?|o ?clock)\b)"),
}


def _without_clock_times(folded: str, lang: Lang) -> str:
    """The folded turn without the clock times in it (`_CLOCK_TIME`)."""
    return _CLOCK_TIME[lang].sub(" ", folded)


def _before_plates(folded: str, lang: Lang) -> str:
    """The folded turn up to the plates named after a number in it (`_PLATES_NAMED`); the turn when none are."""
    m = _PLATES_NAMED[lang].search(folded)
    if m is None or not find_numbers(prepare_tokens(content_words(folded[: m.start()], lang), lang), lang):
        return folded
    return folded[: m.start()]


def _without_remark_sentences(folded: str, lang: Lang) -> str:
    """The folded turn without its sentences about one digit ("el tercer número es siete. Uno, uno,
    siete, tres."), when another sentence gives the number."""
    sentences = _SENTENCE_RE.findall(folded)
    if len(sentences) < 2:
        return folded
    def numbers(sentence: str) -> bool:
        return bool(find_numbers(prepare_tokens(content_words(sentence, lang), lang), lang))
    remarks = [any(t in _REMARK[lang] for t in content_words(x, lang)) and numbers(x) for x in sentences]
    if not any(remarks) or not any(numbers(x) for x, r in zip(sentences, remarks, strict=True) if not r):
        return folded
    return " ".join(x for x, r in zip(sentences, remarks, strict=True) if not r)


# "Four twenty-two's my tractor", "88's the one": "is" contracted onto a number; folding would make
# "twos" of it, no number word.
_NUMBER_IS_RE = re.compile(
    r"(\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|[a-z]+teen))['\u2019]s\b", re.IGNORECASE)


_TENS_DIGIT = {w: str(i + 2) for i, w in enumerate(
    ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"))}
_TENS_DIGIT.update({w: str(i + 2) for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))})
_DIGIT_WORD = {w: str(i) for i, w in enumerate(
    ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"))}
_DIGIT_WORD.update({w: str(i) for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))})
_ROUND_THEN_SPELLED = re.compile(
    rf"\b({'|'.join(_TENS_DIGIT)})\s*[.;:!?\u2026,]+\s*({'|'.join(_DIGIT_WORD)})\W+({'|'.join(_DIGIT_WORD)})\b"
    rf"(?!\W*(?:{'|'.join(_DIGIT_WORD)}|y|and)\b)")


def _without_round_before_spelled(folded: str) -> str:
    """"No, setenta. Siete, tres.": a tens word, a pause, and then two digits spelled one by one that open
    with its tens digit make it clear (73); the tens word is not more of the number (773, or 77 3)."""
    def clear(m: re.Match[str]) -> str:
        if _DIGIT_WORD[m.group(2)] != _TENS_DIGIT[m.group(1)]:
            return m.group(0)
        return m.group(0)[m.start(2) - m.start(0):]
    return _ROUND_THEN_SPELLED.sub(clear, folded)


# A number said with a unit of time is how long, never the number asked ("mi esposa te marca en veinte minutos", "she'll
# call you back in twenty minutes", "el 120, llego en treinta minutos"): who calls back, or when, is no unit number.
_TIME_UNITS = wordset("minuto minutos minutito minutitos min mins minute minutes hora horas horita horitas hour hours "
                      "hr hrs segundo segundos second seconds")
_NUMBER_JOINS = wordset("y and")


def _without_durations(tokens: list[str], lang: Lang) -> list[str]:
    """`tokens` without each run of numbers said right before a unit of time, nor the unit."""
    out: list[str] = []
    for tok in tokens:
        if tok in _TIME_UNITS and out and _is_count(out[-1], lang):
            while out and (_is_count(out[-1], lang) or (out[-1] in _NUMBER_JOINS and len(out) > 1
                                                         and _is_count(out[-2], lang))):
                out.pop()
            continue
        out.append(tok)
    return out


def _without_letter_counts(tokens: list[str], lang: Lang) -> list[str]:
    """`tokens` without each count said of a letter ("Villa, con dos eles", "Guerra con dos erres", "Matthew with
    two Ts"): how a name or an address is spelled, never the number asked. A count of letters is a small one said
    on its own: the end of a bigger number ("ochenta y dos, tes", "seventy two, tees") is that number's."""
    out: list[str] = []
    for tok in tokens:
        if out and (out[-1] in LETTER_COUNTS or out[-1] in ("2", "3")) and plural_letter(tok, lang) \
                and not (len(out) > 1 and (out[-2] in _NUMBER_JOINS or out[-2] in _TENS_DIGIT)):
            out.pop()
            continue
        out.append(tok)
    return out


def _is_count(tok: str, lang: Lang) -> bool:
    return tok.isdigit() or is_number_word(tok, lang)


def digits_in(text: str, locale: str, *, counts: bool = True) -> str | None:
    """Every number group of the utterance concatenated ("el 12 34" -> "1234"), leading zeros kept.

    `counts=False` where the number is an identifier, never a count (a slot `leading_zeros`: "0045" is a unit's
    number, not how many): "dos cajas" said alone at "¿Cuál es el número de la caja?" tells how many trailers
    there are, and is no trailer number 2.

    Callers dictate numbers in chunks ("cuatro dos", "doce treinta y cuatro"), so the groups of one
    turn are read as one number. A self-correction ("47, no perdón, 48", "55, no, no, 58") keeps only
    what follows it, and a number ruled out ("no es 73, es 78", "not 73") is not part of it.
    """
    lang = lang_of(locale)
    if lang == "en":
        text = _NUMBER_IS_RE.sub(r"\1 is", text)
    folded = fold(text)
    tail = after_correction(folded, lang)
    estimate = None if tail else after_estimate(folded, _APPROXIMATE[lang])
    if _APPROXIMATE[lang].search(tail or folded) and not estimate:
        return None
    # after a rough figure only what narrows it down counts ("doscientos y pico... doscientos diez")
    for candidate in (tail, text) if tail else (estimate,) if estimate else (text,):
        # "nueve cero, o sea noventa", "noventa, nueve cero": one number said whole and in digits is said once
        # "ciento treinta y dos, ¿bueno? ciento treinta y dos": a line check between is a pause (132 said again)
        candidate = said_in_digits_once(_without_round_before_spelled(_without_remark_sentences(
            _before_plates(_without_clock_times(line_checks_as_pauses(fold(candidate), lang), lang), lang),
            lang)), lang)
        tokens = _without_letter_counts(_without_durations(
            _four_heard_as_for(prepare_tokens(content_words(candidate, lang), lang), lang), lang), lang)
        groups = _said_groups(_repeated(tokens, lang), candidate, lang, counts)
        if groups:
            return "".join(groups)
    return None


def normalise_digits(digits: str, options: Mapping[str, Any] | None) -> str | None:
    """Apply the slot options to a digit string: leading zeros, min/max, pattern."""
    opts = options or {}
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    if not opts.get("leading_zeros"):
        digits = digits.lstrip("0") or "0"
    try:
        value = int(digits)
        lo, hi = opts.get("min"), opts.get("max")
        if lo is not None and value < int(lo):
            return None
        if hi is not None and value > int(hi):
            return None
        pattern = opts.get("pattern")
        if pattern and not re.fullmatch(str(pattern), digits):
            return None
    except (TypeError, ValueError, re.error, OverflowError):
        return None
    return digits


def counts_said(options: Mapping[str, Any] | None) -> bool:
    """Whether a slot's number may be a count ("dos cajas" -> 2): not one whose zeros in front are kept
    (`leading_zeros`: an identifier, a unit's number "0045")."""
    return not (options or {}).get("leading_zeros")


def extract_integer(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    digits = digits_in(text, locale, counts=counts_said(options))
    return normalise_digits(digits, options) if digits else None
