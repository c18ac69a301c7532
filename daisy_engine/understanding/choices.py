"""The `choice` slot: which of the designer's options the caller picked.

options["choices"] is a mapping key -> synonyms ({"refrigerated": ["refri", "thermo king"]}) or a list
of keys. The key itself (with "_" read as a space) is always a synonym. Exact word matches win; the
longest matching synonym decides; two different keys matched equally well is no answer. Synonyms of
6+ letters also match fuzzily (ASR damage).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from .language import phrase_language
from .normalize import Lang, content_words, fold, lang_of, wordset

_FUZZY_MIN_CHARS = 6
_FUZZY_CUTOFF = 88.0


def choice_map(options: Mapping[str, Any] | None) -> dict[str, list[str]]:
    """{key: synonyms} from options["choices"], whichever of the two accepted shapes it has."""
    raw = (options or {}).get("choices")
    out: dict[str, list[str]] = {}
    if isinstance(raw, Mapping):
        for key, syns in raw.items():
            if isinstance(syns, str):
                syns = [syns]
            elif not isinstance(syns, (list, tuple, set, frozenset)):
                syns = []
            out[str(key)] = [str(key).replace("_", " ")] + [str(s) for s in syns]
    elif isinstance(raw, (list, tuple)):
        for key in raw:
            out[str(key)] = [str(key).replace("_", " ")]
    return out


def _hits(tokens: list[str], choices: dict[str, list[str]], lang: Lang) -> dict[str, float]:
    scores: dict[str, float] = {}
    joined = " ".join(tokens)
    for key, syns in choices.items():
        for syn in syns:
            words = content_words(syn, lang)
            if not words:
                continue
            n = len(words)
            phrase = " ".join(words)
            if f" {phrase} " in f" {joined} ":
                scores[key] = max(scores.get(key, 0.0), 100.0 + n)  # exact: always beats fuzzy
                continue
            if len(phrase) < _FUZZY_MIN_CHARS:
                continue
            for start in range(0, max(1, len(tokens) - n + 1)):
                score = fuzz.ratio(" ".join(tokens[start : start + n]), phrase)
                if score >= _FUZZY_CUTOFF:
                    scores[key] = max(scores.get(key, 0.0), score)
    return scores


def extract_choice(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    choices = choice_map(options)
    lang = lang_of(locale)
    tokens = content_words(text, lang)[:40]
    if not choices or not tokens:
        return None
    scores = _hits(tokens, choices, lang)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# What may join options listed in one breath, beside them ("no, el número de la caja y la hora", "no, están mal el
# nombre y el correo", "the trailer plates and the e-mail"): anything else ("the name is fine but the time is wrong")
# says more of the options than that they are picked.
_LIST_GLUE: dict[Lang, frozenset[str]] = {
    "es": wordset("y e no el la los las lo mal estan esta son tambien ademas de del"),
    "en": wordset("and no the are is wrong also plus both too"),
}


# ... and what lists them: each option after the first follows one of these.
_JOINERS: dict[Lang, tuple[str, ...]] = {"es": ("y", "e", "tambien", "ademas"), "en": ("and", "also", "plus")}


def choices_named(text: str, locale: str, options: Mapping[str, Any] | None = None) -> list[str]:
    """Every option the turn names by one of its words exactly, in the order they are said, when the turn is nothing
    but them listed ("el número de la caja y la hora": trailer_number, then eta; see `_LIST_GLUE`): a turn that
    picks several at once. A synonym inside a longer one of another option ("caja" in "placas de la caja") names
    only the longer one's option."""
    lang = lang_of(locale)
    # a comma lists as "y" does ("las placas de la caja, el número del tractor y la hora")
    joined = f" {' '.join(content_words(text.replace(',', f' {_JOINERS[lang][0]} '), lang)[:40])} "
    spans: dict[str, tuple[int, int]] = {}  # option -> where its longest synonym found is said
    for key, syns in choice_map(options).items():
        for syn in syns:
            phrase = " ".join(content_words(syn, lang))
            at = joined.find(f" {phrase} ") + 1 if phrase else 0  # past the space before it
            if at > 0 and (key not in spans or at + len(phrase) - spans[key][0] > spans[key][1] - spans[key][0]):
                spans[key] = (at, at + len(phrase))
    named = [key for key, (start, end) in spans.items()
             if not any(other != key and o_start <= start and end <= o_end and o_end - o_start > end - start
                        for other, (o_start, o_end) in spans.items())]
    named.sort(key=lambda key: spans[key][0])
    left, at = [], 0
    for key in named:
        left.append(joined[at : spans[key][0]])
        at = max(at, spans[key][1])
    left.append(joined[at:])
    if any(word not in _LIST_GLUE[lang] for part in left for word in part.split()) \
            or any(set(_JOINERS[lang]).isdisjoint(part.split()) for part in left[1:-1]):
        return []  # more said than the options, or two of them said together as one ("el nombre es correcto")
    return named


def choice_words(
    key: Any, locale: str, options: Mapping[str, Any] | None = None, said: str | None = None
) -> str | None:
    """A choice read back in words, never as its key ("El thursday, ¿correcto?", "Vino a pickup"): the words of
    the choice the caller said (the longest listed phrase found in `said`, as the flow writes it), else the first
    phrase listed for it in the call's language, else one in no language in particular, else the first listed; its
    key ("_" read as a space) when the flow lists no words for it; None for a key the slot does not list."""
    listed = choice_map(options).get(str(key))
    if not listed:
        return None
    lang = lang_of(locale)
    phrases = listed[1:]  # the first is the key itself
    if said:
        # what the caller said, as `extract_choice` heard it (exactly, or "hawaianas" for "hawaiana"), unless it is
        # the other language's word and the option lists one in the call's ("Thursday." on a Spanish call is read
        # back "jueves"). The language of a phrase is a guess from a few everyday words ("dry van" looks Spanish by
        # "van"): with nothing listed surely in the call's language, the caller's own words are the safest.
        tokens = content_words(said, lang)[:40]
        heard = [(_hits(tokens, {"said": [phrase]}, lang).get("said", 0.0), len(content_words(phrase, lang)), phrase)
                 for phrase in listed]
        heard = [found for found in heard if found[0] > 0]
        ours = [found for found in heard if phrase_language(found[2]) in (lang, None)]
        if ours:
            return max(ours)[2]
        if heard and not any(phrase_language(phrase) == lang for phrase in listed):
            return max(heard)[2]
    for phrase in phrases:
        if phrase_language(phrase) == lang:
            return phrase
    unknown = [phrase for phrase in phrases if phrase_language(phrase) is None]
    if unknown:
        return _likeliest_in(unknown, lang)
    return phrases[0] if phrases else listed[0]


# How much more a phrase's letters look like the other language than like `lang` may its first listed phrase be
# before a later one is read instead: a clear lean only ("enfermo" / "sick", "entrega" / "delivery"). The letter
# model is small (a few thousand everyday words): a lean of 1 or 2 is noise - "efectivo" looks a shade English and
# "cash" a shade Spanish, and a Spanish call read "cash" for `[efectivo, cash]` at 1.0.
_LEAN_MARGIN = 3.0


def _likeliest_in(phrases: list[str], lang: Lang) -> str:
    """Of phrases no everyday word places in a language ("enfermo", "sick"; `phrase_language` is None), the first
    listed, unless its letters plainly lean to the other language and a later one's lean to `lang`, by
    `_LEAN_MARGIN` more ("transferencia, transfer" on an English call: "transfer"). A Spanish-only list on a Spanish
    call keeps its first; so does a pair the letters cannot tell apart ("pepperoni, peperoni")."""
    first = phrases[0]
    lean = {phrase: _letters_lean(phrase) * (1 if lang == "es" else -1) for phrase in phrases}  # > 0: like `lang`
    best = max(phrases, key=lambda phrase: lean[phrase])
    if lean[first] < 0 < lean[best] and lean[best] - lean[first] > _LEAN_MARGIN:
        return best
    return first


def _letters_lean(phrase: str) -> float:
    """How much more the letters of a phrase look Spanish than English (log-odds of its letter triples, > 0:
    Spanish): "-ción", "-ado", "ñ" against "th", "ck", "-y". Only to tell apart the words a flow lists for one
    choice, none of them an everyday word of either language."""
    counts, totals, size = _letter_model()
    score = 0.0
    for word in fold(phrase).replace("_", " ").split():
        padded = f"^{word}$"
        for k in range(len(padded) - 2):
            gram = padded[k : k + 3]
            score += math.log((counts["es"].get(gram, 0) + 1) / (totals["es"] + size)) \
                - math.log((counts["en"].get(gram, 0) + 1) / (totals["en"] + size))
    return score


@functools.lru_cache(maxsize=1)
def _letter_model() -> tuple[dict[Lang, Counter[str]], dict[Lang, int], int]:
    """Letter triples of the words the engine already knows in each language: its everyday words and the
    phrases of its built-in intents (words of both languages left out)."""
    from .intent_data import builtin_intent_data
    from .lexicon import words_by_language

    def phrase_words(data: Any) -> set[str]:
        if isinstance(data, str):
            return set(re.findall(r"[a-z]+", fold(data)))
        if isinstance(data, dict):
            return {w for value in data.values() for w in phrase_words(value)}
        if isinstance(data, list):
            return {w for value in data for w in phrase_words(value)}
        return set()

    words = {lang: set(words_by_language(lang)) | phrase_words(builtin_intent_data(lang)) for lang in ("es", "en")}
    both = words["es"] & words["en"]
    counts: dict[Lang, Counter[str]] = {}
    for lang in ("es", "en"):
        counts[lang] = Counter(f"^{w}$"[k : k + 3] for w in words[lang] - both for k in range(len(w)))
    totals = {lang: sum(c.values()) for lang, c in counts.items()}
    return counts, totals, len(set(counts["es"]) | set(counts["en"]))


def validate_choice(value: Any, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    choices = choice_map(options)
    if value is not None and str(value) in choices:
        return str(value)
    return extract_choice(str(value), locale, options) if isinstance(value, str) else None


def only_a_choice(text: str, locale: str, options: Mapping[str, Any] | None = None) -> bool:
    """Whether the turn is nothing but one of the words the flow lists for a choice ("otro día" listed for
    `move`): then it answers the question the designer wrote those words for, even where the same words would
    be an intent elsewhere ("otro día" alone asks for a callback)."""
    lang = lang_of(locale)
    said = content_words(text, lang)
    if not said:
        return False
    return any(content_words(syn, lang) == said for syns in choice_map(options).values() for syn in syns)
