"""The `choice` slot: which of the designer's options the caller picked.

options["choices"] is a mapping key -> synonyms ({"refrigerated": ["refri", "thermo king"]}) or a list
of keys. The key itself (with "_" read as a space) is always a synonym. Exact word matches win; the
longest matching synonym decides; two different keys matched equally well is no answer. Synonyms of
6+ letters also match fuzzily (ASR damage).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from .language import phrase_language
from .normalize import Lang, content_words, lang_of, wordset

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
    for wanted in (lang, None):
        for phrase in phrases:
            if phrase_language(phrase) == wanted:
                return phrase
    return phrases[0] if phrases else listed[0]


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
