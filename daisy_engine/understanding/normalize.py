"""Clean-up shared by every extractor: raw speech-to-text output -> bounded, folded, tokenisable text.

Everything downstream matches on *folded* text: lower-case ASCII (accents and other marks removed by
`unidecode`), because ASR output is inconsistent about accents ("sí"/"si", "dieciséis"/"dieciseis").
Only the name extractor keeps the original spelling, since accents are part of a person's name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Literal

from unidecode import unidecode

from .intent_data import builtin_intent_data
from .turn_cache import turn_cache

Lang = Literal["es", "en"]


def wordlist(spaced: str) -> list[str]:
    """Word lists are written as one spaced string, which stays readable for long vocabularies."""
    return spaced.split()


def wordset(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())

# A caller's turn is a few dozen words; anything longer is noise or a runaway transcript. The cap
# bounds the work of every extractor (the raw cut keeps unidecode itself cheap on 10 KB inputs).
MAX_RAW_CHARS = 1000
MAX_CLEAN_CHARS = 400

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z]+|\d+")
_APOSTROPHE_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")

FILLERS: dict[Lang, frozenset[str]] = {
    "es": wordset("este esteee eh ehh ehhh em emm mm mmm mmmm hmm hm ah ahh ahm pues pos bueno "
        "osea mira oiga oye fijate digamos tantito"),
    # interjections too ("Ugh,", "eh", "argh"): said as a word they are a sound, never the letters U G H
    "en": wordset("um umm uh uhh uhm er erm hmm hm mm mmm ah ahh well so eh ehh ugh ughh argh meh ahem"),
}
# Thanks, and the words a caller thanks someone by ("gracias, joven", "thanks, ma'am"): the one list of them,
# read by the yes/no answers (what follows a yes) and the end of a call (thanks that take no leave).
THANKS: dict[Lang, frozenset[str]] = {"es": wordset("gracias muchas"), "en": wordset("thanks thank you")}
THANKED_BY: dict[Lang, frozenset[str]] = {
    "es": wordset("senorita senor jefe jefa joven amiga amigo"),
    "en": wordset("maam sir buddy"),
}
# Multi-word fillers are removed before tokenising; listed longest first.
FILLER_PHRASES: dict[Lang, tuple[str, ...]] = {
    "es": ("o sea", "a ver", "este pues", "pues este", "fijate que", "dejame ver", "déjame ver"),
    "en": ("you know", "let me see", "let me think", "hold on", "one second"),
}

# Words a caller uses to take back what they just said ("cuarenta y siete, no perdón, cuarenta y ocho"), the
# sound of a slip among them ("el 45... uy, el 4521", "twelve, oops, twenty one"), and owning up to a mix-up ("la
# setecientos... ah no, me confundí, la seiscientos catorce", "seven hundred, I got confused, six fourteen").
CORRECTION_MARKERS: dict[Lang, tuple[str, ...]] = {
    "es": ("no perdon", "perdon", "mejor dicho", "quise decir", "quiero decir", "me equivoque", "me confundi",
           "me equivoco", "digo", "uy", "ups"),
    "en": ("no sorry", "sorry", "i mean", "no wait", "actually", "correction", "oops", "whoops", "my bad",
           "my mistake", "i got confused", "i got mixed up", "i messed up"),
}

# The words that take back the piece just said when they open what follows ("no, be de burro", "perdón, ele", "digo,
# el 45", "sorry, L"): the one list the readers of a value said in pieces (letters, plates) start from, each adding
# the words that take back only its own kind of piece (a letter: "corrijo", "scratch"; a plate: "I mean").
TAKE_BACK_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("no perdon digo"),
    "en": wordset("no sorry"),
}


def lang_of(locale: str) -> Lang:
    """Map a locale ("es-MX", "en-US", "es", "EN_gb"...) to the language whose rules apply.

    Anything that is not English falls back to Spanish, the primary language of the first flows.
    """
    if isinstance(locale, str) and locale[:2].lower() == "en":
        return "en"
    return "es"


# What a recogniser writes instead of words: "[inaudible]", "<unk>", "(música)", "*crosstalk*",
# "[BLANK_AUDIO]". Square and angle brackets never hold a caller's words; parentheses and asterisks
# only count with a placeholder word inside (a typed "(555) 123 4567" stays).
PLACEHOLDER_WORDS = wordset(
    "inaudible inaudibles unintelligible ininteligible indistinct incomprehensible incomprensible "
    "crosstalk blank_audio blank audio noise ruido ruidos music musica silence silencio laughter laughs "
    "risas risa unk unknown foreign applause static estatica cough tos breathing respiracion"
)
_BRACKETED_RE = re.compile(r"\[[^\[\]]{0,40}\]|<[^<>]{0,40}>")
_WRAPPED_RE = re.compile(r"\(([^()]{0,40})\)|\*([^*]{1,40})\*")
# Bare words no caller says, only recognisers do.
_BARE_PLACEHOLDER_RE = re.compile(r"\b(?:inaudible|unintelligible|ininteligible|indistinct)\b", re.I)


def _placeholder(m: re.Match[str]) -> str:
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    words_inside = set(re.findall(r"[a-z_]+", unidecode(inner).lower()))
    return " " if words_inside and words_inside <= PLACEHOLDER_WORDS else m.group(0)


def without_placeholders(text: str) -> str:
    """`text` without recogniser placeholders ("[inaudible]", "<unk>", "(música)"): they are not words."""
    if not any(c in text for c in "[<(*") and not _BARE_PLACEHOLDER_RE.search(text):
        return text
    text = _BRACKETED_RE.sub(" ", text)
    text = _WRAPPED_RE.sub(_placeholder, text)
    return _BARE_PLACEHOLDER_RE.sub(" ", text)


# What a recogniser writes, as a whole turn, when it heard no caller at all: a noise or music named with no
# bracket ("Música.", "Ruido"), or the caption credits a model trained on subtitles writes over silence
# ("Subtítulos realizados por la comunidad de Amara.org", "Thanks for watching!"). Only the whole turn: the same
# words inside a caller's sentence are the caller's ("le bajo a la música").
_NOISE_WORDS = wordset(
    "musica music ruido ruidos noise silencio silence inaudible ininteligible unintelligible indistinct "
    "aplausos applause risas laughter estatica static")
_CAPTION_CREDITS_RE = re.compile(
    r"^(?:subtitulos?|subtitles?|subtitulado|subtitulacion|captions?)\b.*"
    r"|.*\bamara\.org\b.*"
    r"|(?:muchas )?gracias por ver(?: el video)?|thanks? (?:you )?for watching(?: the video)?", re.S)


# The runs of letters of a folded turn: its words, to the many readers that only weigh words. Compiled once, as
# the patterns below: such readers run on every turn, and `re.findall(pattern, ...)` looks its pattern up again
# each time.
LETTER_RUNS_RE = re.compile(r"[a-z]+")
_WORD_CHAR_RE = re.compile(r"\w")
_NOT_FOLDED_RE = re.compile(r"[^a-z0-9.' ]+")
_NOISE_WORD_RE = re.compile(r"[a-z_]+")  # as `only_noise` always split words: "_" kept inside one


def only_noise(text: str) -> bool:
    """Whether a turn holds no caller's words at all, only what a recogniser writes for sound that is none:
    placeholders ("[ruido]", "(inaudible)", "<unk>"), a noise named alone ("Música.") or caption credits
    ("Subtítulos realizados por la comunidad de Amara.org"). Such a turn is heard as a silence."""
    if not isinstance(text, str):
        return False
    if not _WORD_CHAR_RE.search(without_placeholders(_CONTROL_RE.sub(" ", text[:MAX_RAW_CHARS]))):
        # only when words were taken out: a turn of marks alone ("#", "*" from the keypad) is not noise
        return bool(_WORD_CHAR_RE.search(text))
    folded = _NOT_FOLDED_RE.sub(" ", unidecode(text[:MAX_RAW_CHARS]).lower())
    folded = " ".join(folded.split()).strip(" .")
    words = _NOISE_WORD_RE.findall(folded)
    if words and all(w in _NOISE_WORDS for w in words) and len(words) <= 3:
        return True
    return bool(_CAPTION_CREDITS_RE.fullmatch(folded))


def clean(text: str) -> str:
    """Bounded NFC text with control/format characters replaced by spaces, recogniser placeholders
    removed and whitespace collapsed."""
    return _clean(text) if isinstance(text, str) else ""


# Each reader of a turn cleans it again (and `fold` cleans what it folds): a pure function of the text.
@turn_cache(4096)
def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text[:MAX_RAW_CHARS])
    text = without_placeholders(_CONTROL_RE.sub(" ", text))
    return _SPACES_RE.sub(" ", text).strip()[:MAX_CLEAN_CHARS].rstrip()


def fold(text: str) -> str:
    """Lower-case ASCII transliteration of `clean(text)` ("¿Sí, José?" -> "?si, jose?")."""
    return _fold(text) if isinstance(text, str) else _fold_uncached(text)


def _fold_uncached(text: str) -> str:
    out = _APOSTROPHE_RE.sub("", unidecode(clean(text)).lower())  # "it's" -> "its", never "it s"
    return _SPACES_RE.sub(" ", out).strip()


# A turn folds the same few strings many times over (each reader of the turn folds it again): a pure
# function of the text, so remembered for the last few thousand texts.
_fold = turn_cache(4096)(_fold_uncached)


@turn_cache(4096)
def fold_char(ch: str) -> str:
    """Fold one character to one character (lower-case, accent removed) so positions stay aligned."""
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    return ch.lower() if len(ch.lower()) == 1 else " "


def fold_aligned(text: str) -> str:
    """Like `fold` but character-for-character aligned with `text`, for slicing the original back out."""
    if text.isascii():
        return text.lower()  # each ASCII character folds to its own lower case, one for one
    return "".join(map(fold_char, text))


def words(folded: str) -> list[str]:
    """ASCII word and digit tokens of folded text; punctuation separates ("abc-12" -> abc, 12)."""
    return _WORD_RE.findall(folded)


def _phrase_re(phrases: Iterable[str]) -> re.Pattern[str]:
    alts = sorted({unidecode(p).lower() for p in phrases}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alts) + r")\b")


_FILLER_PHRASE_RE: dict[Lang, re.Pattern[str]] = {k: _phrase_re(v) for k, v in FILLER_PHRASES.items()}
_CORRECTION_RE: dict[Lang, re.Pattern[str]] = {k: _phrase_re(v) for k, v in CORRECTION_MARKERS.items()}


def strip_filler_phrases(folded: str, lang: Lang) -> str:
    return _FILLER_PHRASE_RE[lang].sub(" ", folded)


def drop_fillers(tokens: Sequence[str], lang: Lang) -> list[str]:
    fillers = FILLERS[lang]
    return [t for t in tokens if t not in fillers]


# "uh huh", "uh-huh", "mm-hmm", "um hum": one agreeing sound, not the filler "uh" and then "huh?".
_BACKCHANNEL_RE = re.compile(r"\b(?:u+h*|u*m+|h?m+)[ -]?h(?:u+h+|u*m+|m+)\b")


def join_backchannels(folded: str) -> str:
    return _BACKCHANNEL_RE.sub("uhhuh", folded)


# A clitic speech recognition wrote apart from its imperative ("llama me en veinticinco minutos" for "llámame",
# "márca me luego", "puedes marcar nos"): one word again, as the caller said it. Only after a calling verb and
# never after a pronoun ("él me llama me imagino" keeps its words).
_SPLIT_CLITIC_RE = re.compile(
    r"(?<!\bme )(?<!\bte )(?<!\ble )(?<!\bse )(?<!\bnos )(?<!\blo )(?<!\bla )"
    # nor after a word that makes the verb a statement ("si llama me avisas", "cuando marca me pongo nervioso",
    # "el que llama me dijo")
    r"(?<!\bsi )(?<!\bcuando )(?<!\bque )(?<!\bel )(?<!\bella )(?<!\bquien )(?<!\bnadie )(?<!\bnunca )"
    r"(?<!\bsiempre )(?<!\bmientras )"
    r"\b(llama|marca|habla|regresa|avisa|echa|busca|llame|marque|hable|regrese|avise|eche|busque|llamen|marquen"
    r"|hablen|avisen|echen|llamar|marcar|hablar|regresar|avisar|echar|buscar) (me|nos)\b"
    # and never when "me" starts a clause of its own: what someone said or seemed ("llama, me dijo que...", "me
    # parece", "me imagino")
    r"(?! (?:dijo|dice|dijeron|dicen|decia|parece|parecio|imagino|late|figuro|suena|comento|comenta|contesto"
    r"|pregunto|pidio|mando|grito|pone|puse|pongo|voy|fui)\b)"
)


def join_split_clitics(folded: str, lang: Lang) -> str:
    """`folded` (as `fold` gives it) with a calling verb's clitic written apart joined to it (`_SPLIT_CLITIC_RE`)."""
    if lang != "es" or " me" not in folded and " nos" not in folded:
        return folded  # most turns: no clitic at all
    return _SPLIT_CLITIC_RE.sub(r"\1\2", folded)


def content_words(text: str, lang: Lang) -> list[str]:
    """Folded tokens of `text` without fillers: the usual starting point of an extractor."""
    return drop_fillers(words(strip_filler_phrases(join_backchannels(fold(text)), lang)), lang)


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text` (what the caller settled on: a marker said last wins)."""
    last = None
    for m in pattern.finditer(text):
        last = m
    return last


def after_correction(folded: str, lang: Lang) -> str | None:
    """The part after the caller's last self-correction marker, or None when there is none."""
    last = last_match(_CORRECTION_RE[lang], folded)
    if last is None:
        return None
    tail = folded[last.end() :].strip(" ,.;:!?")
    return tail or None


def last_correction_end(folded: str, lang: Lang) -> int | None:
    """Index just after the caller's last self-correction marker in folded (or aligned) text."""
    last = last_match(_CORRECTION_RE[lang], folded)
    return last.end() if last else None


def _line_check_asked_re(lang: Lang) -> re.Pattern[str]:
    # The one list of line checks is the built-in `repeat` intent's `line_check` phrases (intents.<lang>.yaml)
    phrases = (builtin_intent_data(lang).get("repeat") or {}).get("line_check") or ()
    alts = "|".join(re.escape(p) for p in sorted({unidecode(str(p)).lower() for p in phrases}, key=len, reverse=True))
    # (one opened with "¿" and left at the end of the turn is asked too: a reader that took a yes off the turn's
    # start may have cut its closing mark, "No, Jacinto Medrano Lira, ¿me oyes")
    return re.compile(rf"[\s,;]*(?:[?\u00bf]\s*)?\b(?:{alts})\b\s*\?+[\s,;]*(?:\?\s*\b(?:{alts})\b\s*\?+[\s,;]*)*"
                      rf"|[\s,;]*[?\u00bf]\s*\b(?:{alts})\b\s*$")


# Built once, from the data shipped with the package (no caller's words in them).
_LINE_CHECK_ASKED: dict[Lang, re.Pattern[str]] = {"es": _line_check_asked_re("es"), "en": _line_check_asked_re("en")}


def line_checks_as_pauses(folded: str, lang: Lang) -> str:
    """Folded text with each line check asked in the middle of a value ("ciento treinta y dos, ¿bueno? ciento
    treinta y dos", "mi correo, ¿bueno?, ¿me oyes?, fletes ...", "twelve hundred, hello? twelve hundred") made the
    end of a sentence: the caller stopped to check the line, and what follows starts again (the value said again
    is said once, and the words of the check are no part of the value). A check needs its question mark: a bare
    "bueno" is a filler."""
    return _LINE_CHECK_ASKED[lang].sub(". ", folded)


def line_check_spans(folded: str, lang: Lang) -> list[tuple[int, int]]:
    """Where in folded (or aligned) text each line check is asked (see `line_checks_as_pauses`), for a reader
    that slices the caller's own characters."""
    return [m.span() for m in _LINE_CHECK_ASKED[lang].finditer(folded)]


def line_checks_as_pauses_kept(text: str, locale: str) -> str:
    """The turn as said (its case and accents kept) with each line check asked in it ("Jacinto Medrano Lira, ¿me
    oyes?", "Dwayne, you hear me?, Dwayne Whitaker", "C, V, N... hello? C, V, N, 355") made a pause, as
    `line_checks_as_pauses` does to folded text: its words are no part of the value (nor pieces of a surname the
    recogniser cut: "me oyes" is no "Meoyes"), nor a sentence of their own between a value begun and the value said
    again. `locale` may be a language ("es") as well."""
    aligned = fold_aligned(text)
    if len(aligned) != len(text):
        return text
    out, at = [], 0
    for start, end in line_check_spans(aligned, lang_of(locale)):
        out += [text[at:start], ". "]
        at = end
    return "".join([*out, text[at:]]) if out else text


def split_at_line_checks(folded: str, lang: Lang) -> list[str]:
    """The pieces of folded text between the line checks asked in it (see `line_checks_as_pauses`)."""
    return [piece for piece in _LINE_CHECK_ASKED[lang].split(folded) if piece.strip()]
