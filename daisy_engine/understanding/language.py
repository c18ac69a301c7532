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
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache

from .letters import LETTER_WORDS
from .normalize import FILLERS, Lang, fold, wordset
from .numbers import NUMBER_WORDS, NUMBER_WORDS_OF, digitize
from .turn_cache import turn_cache

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
        "number plate plates letter letters name names truck unit arrive arriving around minutes "
        "hour hours again "
        # the English way of naming a letter by a word ("J like John", "P like Paul"): a Spanish caller says "de" or
        # "como" there, and "like" is no loan word of theirs
        "like"
    ) | NUMBER_WORDS_OF["en"],
    "es": wordset(
        "el la los las lo le les un una unos unas del al de en con por para que pero "
        "es son esta estan estoy soy fue era eres somos tengo tiene tienen hay voy va van puedo puede "
        "mi mis tu su sus yo usted ustedes nosotros ella ellos este esta esto ese eso esa "
        "si como cuando donde porque muy bien bueno buenas gracias senor senorita joven claro "
        "nombre numero placa placas letra correo arroba punto caja unidad llego llegar hora horas ahorita"
    ) | NUMBER_WORDS_OF["es"],
}
# "Unit" / "unidad": what each language's drivers call the tractor ("It's unit" / "eleven twenty-seven.", "es la
# unidad"); neither is said inside the other language.
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
_PLEASE = wordset("please favor porfa")
# What else an ask without a verb may hold ("in English please", "en inglés mejor", "sí, en español"): "es en
# inglés", "se escribe en inglés", "mi nombre en inglés" name the language something is in, not the call's.
# An apology or a call for attention before the language alone ("Sorry, English.", "Perdón, ¿español?", "Hello,
# English?") asks for it as much as the bare name does.
_ASK_FILLER = _POLITE | wordset("mejor better si yes pues well entonces then mas more just solo sorry perdon "
                                "disculpe disculpa oiga hello hola uh um eh")
ASK_WORDS = 4
"""Words (besides "please") of an ask without a verb ("in English please", "en español por favor"): a longer
turn with "in English" in it is about something else ("se lo deletreo en inglés: alpha, bravo")."""
_NEGATION = wordset("dont doesnt cant no not")
# "Hablo poquito inglés", "I speak a little Spanish", "entiendo algo de inglés": how much of a language the caller
# has, a statement and no ask - a person keeps speaking as before unless asked ("no hablo mucho inglés" still
# asks for the other one, by its negation).
_LIMITED = wordset("poco poquito poquitito tantito algo medio little bit some bits kinda")
# "Do you speak a little Spanish?", "¿hablas algo de español?": how much of it the agent has, asked of her - an
# ask as much as "do you speak Spanish?".
_ASKED_OF = wordset("you u usted ustedes tu habla hablas hablan entiende entiendes entienden")
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Language:
    """The caller's language, when it is one of the flow's: `lang` ("en", "es"), and whether the caller asked
    for it in so many words (`asked`) or only spoke it."""

    lang: Lang
    asked: bool = False


# Cached: every caller turn is read here, and the last `RUN` turns again at each turn that follows.
@turn_cache(4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(word.replace("'", "") for word in _WORD_RE.findall(fold(text)))


# Loan phrases Mexican callers say inside Spanish, whose second word alone would be an English marker: a
# driver who confirms with "ok, thank you" and then "thank you, thank you" is still speaking Spanish.
# Leave-taking said in English by either language's callers at the end ("okay thank you, have a good one", "take
# care", "bye bye") is no English either: the call says goodbye in its own language.
_LOAN_PHRASES = re.compile(r"\b(?:thank|see) you\b|\bhave a (?:good|nice|great|safe|blessed) (?:one|day|night|trip|"
                           r"evening|weekend|drive)\b|\btake care\b|\bgood ?bye\b|\bbye bye\b")


@turn_cache(4096)
def _counted(text: str) -> tuple[str, ...]:
    """The words of `text` that may tell its language: loan words and loan phrases left out, and letters spelled
    one by one ("No, Bell. B E L L.": a name spelled is in no language - counted as words, the letters would
    outweigh the words that do tell it, "Yes." / "It's unit" after it)."""
    words = _words(_LOAN_PHRASES.sub(" ", fold(text)))
    # `_spelled_letter` is asked only of one-letter words (it says no to every longer one): most words skip the call
    # a "like" that names no letter is still a word of the turn, only no marker (as before "like" was one)
    return tuple(_FILLER_LIKE if word == "like" and not _names_a_letter(words, at) else word
                 for at, word in enumerate(words)
                 if word not in NEUTRAL and not (len(word) == 1 and _spelled_letter(words, at)))


_FILLER_LIKE = "like_"
"""What a "like" that names no letter is counted as: a word of no language's markers."""


def _names_a_letter(words: Sequence[str], at: int) -> bool:
    """Whether the "like" at `at` names a letter by a word ("J like John", "P like Paul"): the English way only, and
    so a marker of English. Said as a filler ("sure, like, dígame", "right, like, ándale") it is a loan word of
    Spanglish callers, no English."""
    return at > 0 and len(words[at - 1]) == 1


# The one-letter words of the two languages ("y a las cinco", "o a las seis", "I a..."): side by side they are
# still words, not letters spelled.
_ONE_LETTER_WORDS = frozenset("aeiouy")


def _spelled_letter(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a letter said on its own in a row of them ("b e l l", "a b c"): a character
    dictated, not a word ("I", "y" said alone are words, and so is a row of one-letter words only, "y a las
    cinco")."""
    if len(words[at]) != 1:
        return False
    start, end = at, at + 1
    while start > 0 and len(words[start - 1]) == 1:
        start -= 1
    while end < len(words) and len(words[end]) == 1:
        end += 1
    return end - start > 1 and any(word not in _ONE_LETTER_WORDS for word in words[start:end])


# What is said around an ask and answers nothing ("Uh hi. Do you speak English?", "Oiga, ¿habla inglés?").
_GREETING = wordset("hola uh um eh ah bueno oiga oye perdon disculpe disculpa excuse pardon buenas buenos dias tardes "
                    "noches good morning afternoon evening ma am maam sir senorita")
_SENTENCE_RE = re.compile(r"[^.!?¿¡…]+[.!?…]*")
_LANGUAGE_NAME_RE = re.compile(r"\b(?:english|ingl[eé]s|inglish|spanish|espa[nñ]ol|espanish)\b[\s,.!?]*", re.IGNORECASE)


def asked_language(text: str, langs: Sequence[Lang]) -> Lang | None:
    """The language the caller asks to be spoken to in ("do you speak English?", "in English please", "¿habla
    español?", "en español por favor"), among `langs`; "I don't speak English" / "no hablo inglés" asks for the
    other one (when there are two). None when the turn names no language with a verb or "in" before it. Each
    sentence of a longer turn is an ask of its own ("English please. I'm Darnell Price.")."""
    asked = _asked_in(text, langs)
    if asked is None and len(sentences := _sentences(text)) > 1:
        asked = next((lang for at, sentence in enumerate(sentences) if (lang := _asked_in(sentence, langs)) is not None
                      and not _named_only(sentence, sentences[:at] + sentences[at + 1:], lang, langs)), None)
    return asked


def _named_only(sentence: str, rest: Sequence[str], lang: Lang, langs: Sequence[Lang]) -> bool:
    """Whether a sentence that names a language without a verb ("En inglés.") says what the rest of the turn is
    in rather than asks for it, the rest being in another language ("En inglés. Uno dos tres.", a plate's letters
    said the English way by a driver who goes on in Spanish); "English please. I'm Darnell Price." and "En inglés,
    por favor. Es que no entiendo." ask."""
    if set(_words(sentence)) & (_SPEAK | _CAN | _PLEASE):
        return False
    said = " ".join(rest)
    if _spelled_only(said):
        return True  # "En inglés. A B C": how the letters that follow are said, amid a plate being dictated
    return not has_words_of(said, lang) and any(has_words_of(said, other) for other in langs if other != lang)


def _spelled_only(said: str) -> bool:
    """Whether `said` is only characters said one by one (letters, letter names, digits, number words: "A B C",
    "ka ele 4 5"): a dictation, in no language of its own."""
    words = re.findall(r"[a-z]+|\d+", fold(said))
    return bool(words) and all(len(w) == 1 or w.isdigit() or w in LETTER_WORDS or w in NUMBER_WORDS for w in words)


def _asked_in(text: str, langs: Sequence[Lang]) -> Lang | None:
    words = _words(text)
    for at, word in enumerate(words):
        named = next((lang for lang, names in _NAMES.items() if word in names), None)
        if named is None or named not in ("en", "es"):
            continue
        before = words[max(0, at - 3):at]
        spoken = bool(set(before) & _SPEAK) or bool(set(words[:at]) & _CAN and set(before) & _IN)
        short = len([word for word in words if word not in _POLITE]) <= ASK_WORDS
        bare = all(word in _ASK_FILLER or word in _IN for word in words[:at] + words[at + 1:])
        led = all(word in _ASK_FILLER for word in words[:at])  # "English?", "Sorry, English.", "Sí, español"
        if not spoken and not (short and bare and (set(before) & _IN or led)):
            # "my english teacher", "la placa es inglesa", "se lo deletreo en inglés: alpha, bravo": the language
            # named, not asked for
            continue
        negated = bool(set(words[max(0, at - 4):at]) & _NEGATION)
        if spoken and not negated and set(words[max(0, at - 4):at]) & _LIMITED and not set(words[:at]) & _ASKED_OF:
            continue
        if negated and set(before) & _SPEAK:
            others = [lang for lang in langs if lang != named]
            return others[0] if len(others) == 1 else None
        return named if named in langs else None
    return None


def names_language_only(text: str, current: Lang) -> bool:
    """Whether the turn is only another language's name in the call's own language, said as a statement
    ("Inglés." on a Spanish call): a word that may be a surname given when one is asked for, never a question
    ("¿Inglés?") nor the language's own name for itself ("English")."""
    words = _words(text)
    # "Inglés" is a surname Mexicans carry; "Spanish" is none an English speaker does - said alone on an English
    # call it is the caller asking for Spanish, as a bilingual driver does mid-call
    own = {"es": wordset("ingles")}.get(current, frozenset())
    return len(words) == 1 and words[0] in own and "?" not in text


def speaks_of_language(text: str) -> bool:
    """Whether the turn says what language someone speaks ("I speak a little Spanish", "no hablo inglés", "¿habla
    español?"): a language named after a verb of speaking - talk about the call, never a value dictated (an
    address "ispeakalittlespanish")."""
    words = _words(text)
    return any(word in _NAMES["en"] | _NAMES["es"] and set(words[max(0, at - 4):at]) & _SPEAK
               for at, word in enumerate(words))


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_RE.findall(text) if part.strip()]


def rest_of_ask(text: str, langs: Sequence[Lang]) -> str:
    """What the caller says in the turn of an ask besides the ask ("Do you speak English? My name is John Smith"
    -> "My name is John Smith"; "do you speak English my name is John Smith" -> the words after the language):
    the call hears it after switching. Empty when the turn is the ask alone ("In English please") or the rest is
    only more of the same ("Do you speak English? I don't speak Spanish")."""
    sentences = _sentences(text)
    for at, sentence in enumerate(sentences):
        if asked_language(sentence, langs) is None:
            continue
        after = _LANGUAGE_NAME_RE.split(sentence, maxsplit=1)
        rest = after[1:2]
        rest += sentences[:at] + sentences[at + 1:]
        kept = " ".join(part for part in rest if part.strip() and asked_language(part, langs) is None
                        and any(word not in _ASK_FILLER | _GREETING and word not in NEUTRAL for word in _words(part)))
        return kept.strip()
    return ""


def _counts(words: Sequence[str], langs: Sequence[Lang], known: Mapping[Lang, AbstractSet[str]]) -> dict[Lang, int]:
    """How many of `words` are `known` words of each of `langs`: the one count both guesses of a language make, a
    caller's turn by its markers (`spoken_language`) and a flow's listed phrase by its everyday words too
    (`phrase_language`)."""
    return {lang: sum(word in known[lang] for word in words) for lang in langs if lang in known}


@cache
def _phrase_words() -> dict[Lang, frozenset[str]]:
    """The words that tell a short listed phrase's language: the markers, everyday words and day names (a choice
    of days is the common case). Built on first use: the lexicon is read from a file, and callback_times would
    import this module's importers back."""
    from .callback_times import WEEKDAYS
    from .lexicon import COMMON_WORDS

    return {lang: MARKERS[lang] | COMMON_WORDS[lang] | frozenset(WEEKDAYS[lang]) for lang in ("es", "en")}


def phrase_language(phrase: str) -> Lang | None:
    """The language a phrase a flow lists is in ("otro día", "lunes": es; "move it", "monday": en), or None when it
    says nothing of it ("cambiarla", "pickup"). Lenient where `spoken_language` is strict: a listed phrase is two
    or three words of the flow's own, no caller's speech, and more of one language's words than the other's (an
    accent counting for Spanish) is enough."""
    tokens = fold(phrase).replace("_", " ").split()
    score = _counts(tokens, ("es", "en"), _phrase_words())
    if any(char in phrase.lower() for char in "áéíóúñ¿¡"):
        score["es"] += 1
    if score["es"] == score["en"]:
        return None
    return "es" if score["es"] > score["en"] else "en"


def spoken_language(text: str, langs: Sequence[Lang]) -> Lang | None:
    """The one of `langs` the text is clearly spoken in, by its marker words (see the module doc), or None when
    it is too short, mixed or unclear."""
    words = _counted(text)
    if len(words) < MIN_WORDS:
        return None
    counts = _counts(words, langs, MARKERS)
    found = [lang for lang, count in counts.items() if count > 0]
    if len(found) != 1:
        return None
    lang, count = found[0], counts[found[0]]
    if not any(word in MARKERS[lang] and word not in PARTICLES[lang] for word in words):
        return None  # "Juan de la Cruz", "Maria de los Santos": a name in an English call, no Spanish
    if not any(word in MARKERS[lang] and word not in NUMBER_WORDS_OF[lang] for word in words):
        # "A B C one two three", "one oh six": a value dictated in the other language's numbers, as Mexican
        # drivers often say plates and unit numbers; understood (`foreign_numbers`), but no language until a
        # word besides the numbers says so ("It's" / "twenty seven", "one oh six" / "Yup")
        return None
    if len({word for word in words if word in MARKERS[lang]}) < MIN_MARKERS:
        # "sí" / "sí" / "sí", "yeah" ... "yeah": one short answer said again and again is a habit of either
        # language's callers (and a recogniser's guess), not a language
        return None
    return lang if count >= MIN_MARKERS and count >= MIN_SHARE * len(words) else None


# Number words that are also ordinary words of the other language ("once more please", "ten cuidado", "it dies"):
# alone they are no number said in the other language.
_WORDS_OF_BOTH = wordset("once dies dose ten un una")


def foreign_numbers(text: str, current: Lang, langs: Sequence[Lang]) -> Lang | None:
    """The language other than `current` whose number words are the only marker words of the turn ("one oh
    six", "A B C one two three" on a Spanish call; "uno cero seis" on an English one), or None. Such a turn is
    no switch (`spoken_language`) but its numbers are understood (`with_digits`)."""
    words = _counted(text)
    found = {lang for lang in langs if lang in MARKERS and any(word in MARKERS[lang] for word in words)}
    if len(found) != 1 or (lang := found.pop()) == current:
        return None
    said = [word for word in words if word in MARKERS[lang]]
    if not all(word in NUMBER_WORDS_OF[lang] for word in said) or all(word in _WORDS_OF_BOTH for word in said):
        return None
    return None if _holds_a_name(text) else lang


# A word written with a capital inside a sentence: a name the recogniser heard ("Maria Dos Santos").
_INNER_CAPITAL_RE = re.compile(r"(?<=[\w,;:'’-]\s)\s*([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)")


def _holds_a_name(text: str) -> bool:
    """Whether the turn holds a name: a word with a capital inside a sentence that is no number or letter word
    ("Maria Dos Santos", "Juan Diez García", "Tres Hermanos Trucking"), the number word in it no value said in the
    other language's numbers ("A B C one two three", "Alpha Bravo one two", "Tres y media" are)."""
    for match in _INNER_CAPITAL_RE.finditer(text):
        word = fold(match.group(1))
        if word not in NUMBER_WORDS and word not in LETTER_WORDS:
            return True
    return False


_TOKEN_RE = re.compile(r"[a-z0-9]+")
_END_PUNCTUATION_RE = re.compile(r"[.!?…]+\s*$")


def with_digits(text: str, lang: Lang) -> str:
    """The turn with the number words of `lang` said as digits ("one oh six." -> "1 06."; "A B C one two
    three" -> "a b c 1 2 3"), for a call in another language to hear the value; the turn's closing full stop
    kept (it tells a number said whole from one left open)."""
    tokens = _TOKEN_RE.findall(fold(text))
    end = _END_PUNCTUATION_RE.search(text)
    return " ".join(digitize(tokens, lang)) + (end.group(0).strip() if end else "")


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
           "foreign_numbers", "has_words_of", "language_of", "locales_by_language", "phrase_language", "rest_of_ask",
           "spoken_language", "turn_language", "with_digits"]


LOCALE_OF: dict[Lang, str] = {"es": "es-MX", "en": "en-US"}
"""The locale whose rules read each language this module tells, for a turn in a language the flow does not list."""


def has_foreign_word(text: str, current: Lang, other: Lang) -> bool:
    """Whether the turn holds a word `current` has no use for: none of its everyday words, markers or fillers
    ("llámeme" in an English call), said where `other`'s words are read ("llámeme mañana" is a callback there)."""
    from .lexicon import COMMON_WORDS  # (the lexicon is read from a file on first use)

    known = COMMON_WORDS[current] | MARKERS[current] | FILLERS[current]
    return any(word not in known and not word.isdigit() for word in _TOKEN_RE.findall(fold(text)))
