"""Turns that hold no answer at all: hesitation, coming back to the phone, asking what the question was.

"Mmm.", "Este...", "A ver, déjame ver", "Ya, aquí están", "¿Qué me preguntaste?", "uh, let me see", "ok
I'm back", "sorry, what was the question?": said while a value is asked or dictated, such a turn is no
failed attempt - the caller is thinking, returning from a hold, or lost the question. The runtime asks
again (the question, or what it has of the value so far) without counting it.
"""

from __future__ import annotations

import re

from .normalize import Lang, fold, lang_of, words, wordset
from .numbers import cut_by_pause

# Hesitation sounds: "mmm", "mhm", "eeeh", "hmmm", "uhh", "umm"; and interjections ("ugh", "argh", "meh").
_SOUND = re.compile(r"^(?:m+|h*m+h*m*|e+h+|e+m+|a+h+|u+h+|u+m+|h+m+|mhm|e{2,}|u+g+h+|a+r+g+h+|m+e+h+|ahem)$")

_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset(
        # thinking aloud
        "este esta ah ay eh ok okay pues bueno a ver haber dejame dejeme deja permiteme dame un momento segundo "
        "o sea como se llama mire mira oiga oye "
        # back at the phone
        "ya aqui estoy estan esta listo lista regrese volvi perdon disculpe disculpa ahora si "
        # what was the question
        "que me preguntaste pregunto pregunta dijiste dijo decia decias era la cual cuales de"
    ),
    "en": wordset(
        "uh um er well so like let me see hold on ok okay alright "
        "im i am back here sorry again "
        "what was the question did you ask say said that were you asking"
    ),
}
# Words that, alone, answer something ("sí" at a read-back, "no"): never a filler-only turn.
# "ya" alone is "done" ("ya" - "es todo"), not a hesitation.
_NOT_ALONE: dict[Lang, frozenset[str]] = {"es": wordset("de la que era a ya"), "en": wordset("i so like that")}


# The last word of a lead-in cut by a pause before its value ("La primera es la", "Es el", "El número es", "It's
# the", "The first one is"): the caller was about to say it.
_LEAD_END: dict[Lang, frozenset[str]] = {"es": wordset("la el los las un una es son"),
                                         "en": wordset("the a an is its are")}
_MAX_LEAD_WORDS = 6


def fills_only(text: str, locale: str) -> bool:
    """The whole turn is hesitation, a return to the phone or a question about what was asked, or a lead-in
    cut by a pause before its value ("La primera es la"), and says nothing else (no digit, no other word)."""
    if not isinstance(text, str):
        return False
    lang = lang_of(locale)
    tokens = words(fold(text))
    if not tokens or len(tokens) > 8:
        return False
    if len(tokens) <= _MAX_LEAD_WORDS and tokens[-1] in _LEAD_END[lang] and cut_by_pause(text) \
            and not any(t.isdigit() for t in tokens):
        return True
    meaningful = [t for t in tokens if not _SOUND.match(t)]
    if any(t not in _WORDS[lang] for t in meaningful):
        return False
    return not meaningful or any(t not in _NOT_ALONE[lang] for t in meaningful)
