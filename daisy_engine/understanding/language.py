"""Which of a flow's languages a caller's turn is in, when it is clearly not the call's.

A call starts in one locale (job metadata, console option); a driver who answers in the other language
("Yes, that is right.", "One oh six.") is then heard with the wrong rules and nothing is understood. This
module only tells that a turn is *clearly* in another language, or asks for one; the runtime decides
whether to switch (see `Conversation`).

It is conservative on purpose. Mexican callers say "ok", "bye"/"bai", "sorry", "yes", "hello" inside
Spanish, give English brand names and e-mail words ("gmail punto com"), and the phone's speech-to-text
writes garbage ("Bantering", "Baby papá"). So:

- only *marker* words count: short function words and number words of one language that are not words of
  the other, nor loan words callers of the other language use ("ok", "bye", "sorry", "yes", "hello", "please",
  "mail", letters of the alphabet, "tractor", "tráiler");
- a turn whose markers are all name particles ("Juan de la Cruz", "El Paso") is a name or a place, no language;
- a turn is clearly in a language when it has at least `MIN_WORDS` words, at least `MIN_MARKERS` markers of
  that language, none of the other, and its markers make at least `MIN_SHARE` of its words; short answers
  ("Four fifty", "It's" / "twenty seven.") count together, at most `RUN` turns in a row with no word of the
  call's language, by the same rule;
- an explicit ask ("do you speak English?", "in English please", "¿habla español?", "en español") names the
  language wanted, whatever language it is said in; "I don't speak English" asks for the other one.
  Without a verb, the ask is the whole turn ("in English please"): "es en inglés", "lo deletreo en inglés"
  only say what is in English.

A single short word never switches, nor a name (it is no marker). `tests/understanding/test_language.py`
runs every caller turn of the recorded and blind Spanish calls, turn after turn as the call does, through
`caller_language`, and every Spanish eval line through `turn_language`, and finds none taken for English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .normalize import Lang, fold, wordset
from .numbers import NUMBER_WORDS_OF

MIN_WORDS = 3
"""Words a turn needs before its language can be told from it ("Yes, that is right.", not "Correct.")."""
MIN_MARKERS = 2
"""Marker words of the other language a turn needs ("that is", "one oh six": two or more)."""
MIN_SHARE = 0.5
"""The share of a turn's words its markers must make: a Spanish turn with an English name or brand in it
("Freightliner Cascadia del 2019") is not English."""
RUN = 3
"""Caller turns in a row, none with a word of the call's language, read together (see `caller_language`)."""

# Function words, a few words of the call's topic, and the number words (`numbers`) that mark a language. Left
# out on purpose: words shared by both ("a", "no",
# "me", "solo", "come"), loan words callers of the other language use ("ok", "okay", "bye", "yes", "sorry",
# "hello", "hi", "please", "thanks", "mail", "online"), single letters (spelled plates and e-mails), and
# Spanish words the recogniser writes for English sounds.
MARKERS: dict[Lang, frozenset[str]] = {
    "en": wordset(
        "the is are was be been am it its itll that thats this these those there theres here heres "
        "what whats which who whos where wheres why how when "
        "im ive ill id my mine you youre your yours he hes his she shes her we were our they their them "
        "do does did dont doesnt didnt can cant cannot could couldnt would wouldnt should will wont have has had "
        "and of to for with from in on at as by about into just also yeah yep yup nope sure right correct "
        "got get gonna wanna know think say said tell speak talk calling call hear "
        "number plate plates letter letters name truck arrive arriving around minutes "
        "hour hours again"
    ) | NUMBER_WORDS_OF["en"],
    "es": wordset(
        "el la los las lo le les un una unos unas del al de en con por para que pero "
        "es son esta estan estoy soy fue era eres somos tengo tiene tienen hay voy va van puedo puede "
        "mi mis tu su sus yo usted ustedes nosotros ella ellos este esta esto ese eso esa "
        "si como cuando donde porque muy bien bueno buenas gracias senor senorita joven claro "
        "nombre numero placa placas letra correo arroba punto caja llego llegar hora horas ahorita"
    ) | NUMBER_WORDS_OF["es"],
}
# "Tractor" and "tráiler" are left out of the English markers: they are the Spanish words for them too; "email"
# is said in Spanish as often as "correo" ("mi email", "¿el email?").
# Markers that also make up names and places of the other language's callers ("Juan de la Cruz", "Maria de los
# Santos", "El Paso", "Bank of the West"): a turn whose markers are all of these is a name, not a language.
PARTICLES: dict[Lang, frozenset[str]] = {
    "en": wordset("the of and"),
    "es": wordset("de del la las los el"),
}
# Words that look like markers but are said inside the other language too often to count: "please" and
# "hello" by Mexican callers, "no" by both, "me" (Spanish pronoun, English word).
NEUTRAL = wordset("ok okay oki okey bye bai sorry yes hello hi hey please thanks thank no me a o e email")

_NAMES: dict[Lang, frozenset[str]] = {
    "en": wordset("english ingles inglish"),
    "es": wordset("spanish espanol espanish"),
}
_SPEAK = wordset("speak speaks talk understand hablar habla hablas hablo hablan hable platicar entiendo entiende")
_IN = wordset("in en")
_CAN = wordset("can could would puede podemos podria podriamos")  # "can we do this in Spanish?"
_POLITE = wordset("please por favor porfa ok okay")
# What else an ask without a verb may hold ("in English please", "en inglés mejor", "sí, en español"): "es en
# inglés", "se escribe en inglés", "mi nombre en inglés" name the language something is in, not the call's.
_ASK_FILLER = _POLITE | wordset("mejor better si yes pues well entonces then mas more just solo")
ASK_WORDS = 4
"""Words (besides "please") of an ask without a verb ("in English please", "en español por favor"): a longer
turn with "in English" in it is about something else ("se lo deletreo en inglés: alpha, bravo")."""
_NEGATION = wordset("dont doesnt cant no not")
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Language:
    """The caller's language, when it is one of the flow's: `lang` ("en", "es"), and whether the caller asked
    for it in so many words (`asked`) or only spoke it."""

    lang: Lang
    asked: bool = False


# Cached: every caller turn is read here, and the last `RUN` turns again at each turn that follows.
@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(word.replace("'", "") for word in _WORD_RE.findall(fold(text)))


# Loan phrases Mexican callers say inside Spanish, whose second word alone would be an English marker: a
# driver who confirms with "ok, thank you" and then "thank you, thank you" is still speaking Spanish.
_LOAN_PHRASES = re.compile(r"\b(?:thank|see) you\b")


@lru_cache(maxsize=4096)
def _counted(text: str) -> tuple[str, ...]:
    """The words of `text` that may tell its language: loan words and loan phrases left out."""
    return tuple(word for word in _words(_LOAN_PHRASES.sub(" ", fold(text))) if word not in NEUTRAL)


def asked_language(text: str, langs: Sequence[Lang]) -> Lang | None:
    """The language the caller asks to be spoken to in ("do you speak English?", "in English please", "¿habla
    español?", "en español por favor"), among `langs`; "I don't speak English" / "no hablo inglés" asks for the
    other one (when there are two). None when the turn names no language with a verb or "in" before it."""
    words = _words(text)
    for at, word in enumerate(words):
        named = next((lang for lang, names in _NAMES.items() if word in names), None)
        if named is None or named not in ("en", "es"):
            continue
        before = words[max(0, at - 3):at]
        spoken = bool(set(before) & _SPEAK) or bool(set(words[:at]) & _CAN and set(before) & _IN)
        short = len([word for word in words if word not in _POLITE]) <= ASK_WORDS
        bare = all(word in _ASK_FILLER or word in _IN for word in words[:at] + words[at + 1:])
        if not spoken and not (short and bare and (set(before) & _IN or at == 0)):
            # "my english teacher", "la placa es inglesa", "se lo deletreo en inglés: alpha, bravo": the language
            # named, not asked for
            continue
        if set(words[max(0, at - 4):at]) & _NEGATION and set(before) & _SPEAK:
            others = [lang for lang in langs if lang != named]
            return others[0] if len(others) == 1 else None
        return named if named in langs else None
    return None


def spoken_language(text: str, langs: Sequence[Lang]) -> Lang | None:
    """The one of `langs` the text is clearly spoken in, by its marker words (see the module doc), or None when
    it is too short, mixed or unclear."""
    words = _counted(text)
    if len(words) < MIN_WORDS:
        return None
    counts = {lang: sum(word in MARKERS[lang] for word in words) for lang in langs if lang in MARKERS}
    found = [lang for lang, count in counts.items() if count > 0]
    if len(found) != 1:
        return None
    lang, count = found[0], counts[found[0]]
    if not any(word in MARKERS[lang] and word not in PARTICLES[lang] for word in words):
        return None  # "Juan de la Cruz", "Maria de los Santos": a name in an English call, no Spanish
    return lang if count >= MIN_MARKERS and count >= MIN_SHARE * len(words) else None


def has_words_of(text: str, lang: Lang) -> bool:
    """Whether the turn holds a marker word of `lang` ("de", "la", "es" for Spanish)."""
    return any(word in MARKERS[lang] for word in _counted(text))


def language_of(locale: str) -> str:
    """The language subtag of `locale` ("en-US" -> "en")."""
    return locale.split("-")[0].split("_")[0].lower()


def locales_by_language(locales: Sequence[str]) -> dict[Lang, str]:
    """The first of `locales` for each language this module can tell (`MARKERS`): {"es": "es-MX", "en": "en-US"}."""
    found: dict[Lang, str] = {}
    for locale in locales:
        lang = language_of(locale)
        if lang in MARKERS and lang not in found:
            found[lang] = locale  # type: ignore[index]
    return found


def turn_language(text: str, langs: Sequence[Lang]) -> Language | None:
    """The language of `langs` one caller turn asks for or is clearly spoken in, or None."""
    asked = asked_language(text, langs)
    if asked is not None:
        return Language(asked, asked=True)
    spoken = spoken_language(text, langs)
    return Language(spoken) if spoken is not None else None


def caller_language(turns: Sequence[str], current: Lang, langs: Sequence[Lang]) -> Language | None:
    """The language other than `current` the caller has switched to, from the caller's turns so far (the last
    one last): the last turn asks for it or is clearly in it (`turn_language`), or the caller's last turns
    (at most `RUN` in a row, none holding a word of `current`) are clearly in it together, so that short
    answers settle it ("It's" / "twenty seven."; "Yeah" / "it's Dwayne Hollis."). None otherwise."""
    if not turns:
        return None
    last = turn_language(turns[-1], langs)
    if last is not None:
        return last if last.lang != current else None
    run: list[str] = []
    for turn in reversed(turns[-RUN:]):
        if current in MARKERS and has_words_of(turn, current):
            break
        run.insert(0, turn)
    if len(run) < 2:
        return None
    pooled = spoken_language(" ".join(run), langs)
    return Language(pooled) if pooled is not None and pooled != current else None


__all__ = ["MARKERS", "MIN_MARKERS", "MIN_SHARE", "MIN_WORDS", "RUN", "Language", "asked_language", "caller_language",
           "has_words_of", "language_of", "locales_by_language", "spoken_language", "turn_language"]
