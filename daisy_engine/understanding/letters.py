"""Letter-by-letter dictation: folded tokens -> letters, digits and dashes ("pieces").

Callers spell with bare letters ("a b c"), letter names ("be", "equis", "doble u", "i griega"), the
"X de <word>" convention ("B de burro": the *word's* first letter counts, since that is what the caller
uses to disambiguate B/V, S/C...), "letra X", NATO words ("bravo") and digits as in `numbers`.

Many letter names are also everyday words ("a", "de", "es", "te", "y"). Those become *weak* pieces:
the plate pattern (or the accumulator) decides whether they are letters. Each weak piece also carries
a prior (`drop_first`): "es"/"y"/"se" are far more often "is"/"and"/a pronoun than S/Y/C, whereas a lone
vowel in a dictation is usually the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from .lexicon import COMMON_WORDS, SPELLING_NOUNS, SPELLING_PHRASES_ES, SPELLING_WORDS
from .normalize import FILLERS, LETTER_RUNS_RE, TAKE_BACK_WORDS, Lang, fold, strip_filler_phrases, wordset
from .numbers import find_numbers, is_number_word, prepare_tokens, said_over, times_said

PieceKind = Literal["letter", "digit", "dash"]


@dataclass(frozen=True, slots=True)
class Piece:
    chars: str  # upper-case letters, digits, or "-"
    kind: PieceKind
    strong: bool = True
    drop_first: bool = False  # weak pieces: True when the word is more likely not a letter
    # A letter named with a word ("ve de vaca", "ve chica"): said to make the letter clear, so a bare
    # letter right before it that is the same letter was the same one said first ("ve, ve de vaca").
    spelled: bool = False
    # The words that named a spelled letter ("be de burro"): the same words said again right after a
    # take-back are the correction said twice, not a double letter.
    said: str = ""
    # A number said so that a smaller one may still complete it ("doscientos" ... "cuarenta").
    open_tail: int = 0
    # The caller took back what came before ("te de... no, de de dedo"): this piece replaces the last
    # piece of its kind.
    replaces: bool = False
    # B or V said with its size ("be grande", "ve chica"): named to make the letter clear, like one named
    # with a word: a bare letter right before it that is the same letter was the same one said first
    # ("ve, ve chica" is one V, as "ve, ve de vaca" is; and "ve chica, ve de vaca" is one V too).
    sized: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    pieces: tuple[Piece, ...]
    noise: int  # content words that were neither letters, digits nor markers


# --- letter names -----------------------------------------------------------------------------------

_STRONG_ES = {
    "be": "B", "ce": "C", "efe": "F", "ge": "G", "hache": "H", "ache": "H", "jota": "J", "hota": "J",
    "ka": "K", "ca": "K", "ele": "L", "eme": "M", "ene": "N", "enie": "N", "pe": "P", "cu": "Q",
    "erre": "R", "ere": "R", "ese": "S", "uve": "V", "ve": "V", "equis": "X", "ekis": "X", "ye": "Y",
    "zeta": "Z", "seta": "Z", "ceta": "Z", "dobleu": "W", "doblev": "W",
    # two-word names run together by the recogniser
    "dobleve": "W", "doblebe": "W", "dobleuve": "W", "uvedoble": "W", "ubedoble": "W", "igriega": "Y", "ygriega": "Y",
    "yegriega": "Y", "ilatina": "I", "ylatina": "I",
}
# weak: (letter, drop_first)
_WEAK_ES = {
    "a": ("A", False), "e": ("E", False), "i": ("I", False), "o": ("O", False), "u": ("U", False),
    "de": ("D", False), "te": ("T", False), "y": ("Y", True), "es": ("S", True), "se": ("C", True),
    "el": ("L", True),
    # "je": the recogniser's spelling of a bare "ge" (G); also laughter, so only a letter in a dictation
    "je": ("G", False),
}
_STRONG_EN = {
    "bee": "B", "cee": "C", "dee": "D", "ef": "F", "eff": "F", "gee": "G", "jee": "G", "aitch": "H",
    "jay": "J", "kay": "K", "ell": "L", "em": "M", "pee": "P", "queue": "Q", "cue": "Q", "ar": "R",
    "ess": "S", "tee": "T", "vee": "V", "ex": "X", "wye": "Y", "zee": "Z", "zed": "Z",
    "doubleu": "W", "doubleyou": "W",
}
_WEAK_EN = {
    "a": ("A", False), "i": ("I", False), "see": ("C", False), "sea": ("C", False),
    "eye": ("I", False), "oh": ("O", False), "o": ("O", False), "why": ("Y", False), "tea": ("T", False),
    "el": ("L", False), "en": ("N", False), "es": ("S", False), "be": ("B", True), "you": ("U", True),
    "are": ("R", True), "pea": ("P", False),
}
NATO = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "charly": "C", "delta": "D", "echo": "E",
    "eco": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
    "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
    "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W",
    "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z",
}
LETTER_WORDS = frozenset((*_STRONG_ES, *_WEAK_ES, *_STRONG_EN, *_WEAK_EN, *NATO))
"""Every word said for a letter ("efe", "jota", "bee", "alpha"), of either language."""
# Two-word letter names: (first, second) -> letter.
_PAIRS_ES = {
    # "i latina" (I) and "i griega" (Y), whichever way the recogniser writes the "i"; "ye griega" is how
    # many Mexican callers say the Y
    ("i", "griega"): "Y", ("y", "griega"): "Y", ("ye", "griega"): "Y", ("i", "latina"): "I", ("y", "latina"): "I",
    ("doble", "u"): "W",
    ("doble", "ve"): "W", ("doble", "v"): "W", ("doble", "uve"): "W", ("uve", "doble"): "W",
    ("doble", "w"): "W",
    # "equis" split by the recogniser: "es quiz", "e quis", "es kis"
    ("es", "quiz"): "X", ("es", "quis"): "X", ("e", "quis"): "X", ("e", "quiz"): "X", ("es", "kis"): "X",
    ("e", "kis"): "X",
}
_PAIRS_EN = {("double", "u"): "W", ("double", "you"): "W", ("x", "ray"): "X", ("ex", "ray"): "X"}
# B/V said with a size ("be grande", "ve chica") - Mexican usage.
# Listening noises a caller makes while dictating ("uh-huh", "mm-hmm", "mjm", "ajá"): never letters.
# How a Spanish recogniser writes a short "sí" heard on its own ("C.", "Ce."): a letter that is a yes, never
# the first letter of a value begun anew nor an initial of a name.
SI_WRITTEN_AS_LETTERS = frozenset(("c", "ce", "se"))
BACKCHANNELS = wordset("uh huh uhhuh uhuh mhm mmhm mmhmm mhmm hmm mjm mjum ajam aham uhum")
_NOISE_WORDS: dict[Lang, frozenset[str]] = {lang: words | BACKCHANNELS for lang, words in FILLERS.items()}
# "be grande", "ve chica": B and V told apart by their size, as Mexican callers do (the big one is the B).
# The one list of those size words: the letter readers here, the address reader (`emails`) and the
# corrections ("be grande, no ve chica": `accumulators`) all take them from here.
SIZE_BIG = ("grande", "larga", "alta")
SIZE_SMALL = ("chica", "chiquita", "chiquitita", "corta", "baja", "pequena")
_BIG = frozenset((*SIZE_BIG, "burro"))
# The name and its size run together by the recogniser ("Vegrande de burro", "bechica", "ve-chica"): said
# apart again before anything reads them. Only after the names "be", "ve", "uve" ("Balta" is a name).
_SIZE_RUN_TOGETHER_RE = re.compile(rf"\b(be|ve|uve)-?({'|'.join((*SIZE_BIG, *SIZE_SMALL))})\b")
# The name said twice before its size and run together ("Bebe grande", "veve chica"): "be, be grande", the bare
# letter made clear at once (one letter, see `_restated`). Only before a size: "bebe" alone is a word.
_NAME_TWICE_BEFORE_SIZE_RE = re.compile(rf"\b(be|ve)\1(?=[\s,-]*(?:{'|'.join((*SIZE_BIG, *SIZE_SMALL))})\b)")


def sizes_apart(folded: str) -> str:
    """`folded` with a B or V name and its size the recogniser ran together said apart ("vegrande" ->
    "ve grande"), so that every reader of letters (plates, e-mails, corrections) hears the sized letter."""
    if "be" not in folded and "ve" not in folded:
        return folded
    return _SIZE_RUN_TOGETHER_RE.sub(r"\1 \2", _NAME_TWICE_BEFORE_SIZE_RE.sub(r"\1 \1", folded))

# "J, eh, M, E, S", "B eh C": an English speaker's A, written "eh" by the recogniser, between two letters said one
# by one. Elsewhere ("eh, B C", "uh, eh") it is the sound of someone thinking (normalize.FILLERS), and so before
# an "I" that opens words of the caller's own ("B, eh, I mean D", "J eh I think G": the pronoun, no letter I).
_EH_BETWEEN_LETTERS_RE = re.compile(
    r"(?<=\b[a-z])(?P<l>[\s,.;-]+)eh(?P<r>[\s,.;-]+)"
    r"(?=[a-z]\b)(?!i[\s,.;-]+(?:mean|meant|think|guess|said|was|am|have|had|will|would|can|cant|dont|didnt)\b)")


def eh_spelled(folded: str, lang: Lang) -> str:
    """`folded` with an English "eh" between two single letters read as the letter A it is there (a spelling in
    progress: "j, eh, m, e, s" is james), so that every reader of letters (plates, e-mails) hears it; Spanish
    names the letter "a" and keeps "eh" a sound."""
    if lang != "en" or "eh" not in folded:
        return folded
    return _EH_BETWEEN_LETTERS_RE.sub(lambda m: f"{m.group('l')}a{m.group('r')}", folded)


_SMALL = frozenset(SIZE_SMALL)
_BV = wordset("b be v ve uve")

_LETTER_MARKERS = re.compile(r"^(?:letra+s?|letter|letters|lettra|letre|litra|nitra|netra|mitra)$")
_NUMBER_MARKERS = wordset("numero numeros number num nro")
# "letters are X Y", "las letras son...", "numbers are": the verb after a marker frames what follows;
# it is never a letter ("are" is R, "es" S, when dictated).
_FRAME_VERBS: dict[Lang, frozenset[str]] = {
    "es": wordset("son es serian seria eran"),
    "en": wordset("are is were was be"),
}
_REPEAT_LETTER = {"doble": 2, "double": 2, "triple": 3}
# "otra a", "another e": a word that says one more of a letter; after it a vowel or "de" that is a word too when
# alone is the letter, as after "doble"
_ONE_MORE_LETTER = wordset("otra otro another")
_DASH_WORDS = wordset("guion guiones dash hyphen")
# Words a caller uses to take back what they just said ("te de... no, de de dedo", "quinientos treinta...
# no, perdón, quinientos trece"): the next clear character replaces the last one of its kind.
_TAKE_BACK: dict[Lang, frozenset[str]] = {
    "es": TAKE_BACK_WORDS["es"] | wordset("corrijo"),
    "en": TAKE_BACK_WORDS["en"] | wordset("mean correction wait oops scratch"),
}
# Words asking for a moment in the middle of a dictation ("S, T... hold on, S, F, T", "ele, eme... espérame,
# ele, ene, ge"): the caller may go on ("A, B, espérame, C") or start over; a run of letters said after one
# that begins with the letter the run before it began with is the dictation said again from its start.
_RESTART_HOLD: dict[Lang, frozenset[str]] = {
    "es": wordset("espera esperame espereme esperate espere perame aguanta aguantame aguardame permiteme "
                  "permitame dejame dejeme holdon"),
    "en": wordset("wait holdon"),
}
# Words asking for a moment after a take-back word ("te, no, espérame, de de dedo", "no, wait a sec"): the
# take-back still holds, and the next character replaces the one taken back. They are the words above and
# the pieces of a hold said in more words ("un momento", "one sec", "let me", "just a moment").
_HOLD_ON: dict[Lang, frozenset[str]] = {
    "es": _RESTART_HOLD["es"] | wordset("momento momentito tantito un una sec"),
    "en": _RESTART_HOLD["en"] | wordset("hold on sec second moment minute let me a one just"),
}
# "Wait a sec", "wait one minute": a hold in a dictation (`_HOLD_PHRASE`) and, where no hold is looked for
# (the e-mail reader, and "wait a minute" without `_HOLD_HINT`'s words), words of no letter (`_THINKING`).
_WAIT_A_MOMENT = r"wait (?:a|one) (?:sec|second|minute|moment)"
# A hold said in more words than one, made the one token "holdon" before tokenising (the words of it may be
# fillers, "hold on", or letters and digits, "un momento", "one sec").
_HOLD_PHRASE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:un (?:momento|momentito|segundo|segundito)|dejame ver|deja veo|dejeme ver)\b"),
    "en": re.compile(rf"\b(?:hold on|hang on|one sec(?:ond)?|{_WAIT_A_MOMENT}"
                     r"|just a (?:sec|second|moment)|give me a (?:sec|second)|let me see)\b"),
}
_HOLD_HINT = re.compile(r"hold|hang|sec|moment|ver\b|let me")
# A take-back said in more words than one amid a dictation ("G, H... scratch that, G, K, N", "ge, ache... bórralo,
# ge, ka, ene"): made the take-back word "sorry" / "perdon" before tokenising (its words, "that", "eso", would
# otherwise be talk that ends the take-back, or letters).
TAKE_BACK_PHRASE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:borra(?:lo|le)? eso|borralo|borrale|olvidalo|olvida eso|olvidate de eso|quita(?:le)? eso|"
                     r"no le (?:hagas|haga) caso|me equivoque|me confundi|me equivoco)\b"),
    "en": re.compile(r"\b(?:(?:scratch|strike|forget|disregard|ignore|erase|delete|cancel) (?:that|those|it)"
                     r"(?: one| last (?:one|part|bit))?|never ?mind|take (?:that|it) back|my (?:bad|mistake)|"
                     r"i messed (?:that )?up)\b"),
}
_TAKE_BACK_HINT = re.compile(r"borr|olvid|quita|caso|equivo|confundi|scratch|strike|forget|disregard|ignore|erase|"
                             r"delete|cancel|mind|back|bad|mistake|messed")
TAKE_BACK_WORD: dict[Lang, str] = {"es": "perdon", "en": "sorry"}
# Words said before a take-back that are not a piece of the value ("ok, borra eso", "uh, scratch that", "no, me
# equivoqué"): a take-back after only these opens the turn.
_NO_PIECE = frozenset(("ok", "okay", "okey", "si", "yes", "no", "bueno", "pues", "este", "uh", "um", "eh", "mm", "ah",
                       "oh", "oye", "mira", "hey", "well", "so", "y", "and", "a", "ver", "perdon", "sorry", "ay"))


def said_before_take_back(head: str) -> bool:
    """Whether `head` (the turn before a take-back) holds words that may be pieces of the value."""
    return any(w not in _NO_PIECE for w in re.findall(r"[a-z0-9]+", head))
# A yes said inside a dictation confirms the letter around it ("ka de kilo... ka, sí, ka"): the letter
# said again around it is the same one, not a second one.
_CONFIRM_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("si eso exacto correcto aja"),
    "en": wordset("yes yeah yep right correct exactly"),
}
# "erre... es la erre", "R, that's R": the letter just said, named again after "it is"; a confirmation of
# it, not a second letter (and Spanish "es" there is no S). The same reading as `_LETTER_ARTICLE`'s, with
# the restating word before the article.
_RESTATE: dict[Lang, frozenset[str]] = {
    "es": wordset("es era"),
    "en": wordset("thats its"),
}
_RESTATE_ARTICLES = wordset("la el the a")
# "Ca, la ca", "ele, la ele de Laredo", "K, the K": the letter just said, named again with its article; the
# same one made clear, not a second one (two are "ka, otra ka", "doble ka", or the bare name twice). Only the
# article letters take ("la ka"): "el" is also heard for the letter L ("él de Laredo").
_LETTER_ARTICLE: dict[Lang, frozenset[str]] = {"es": wordset("la"), "en": wordset("the")}
# Words that carry no letter and must not break a dictation.
_IGNORABLE = {
    "es": wordset("minuscula minusculas mayuscula mayusculas luego despues sigue tambien coma medio "
                    "la el los las una un"),
    "en": wordset("lowercase uppercase lower upper case capital then and next comma the"),
}
_CONNECTORS_ES = (("de",), ("como", "en"), ("como",), ("de", "la", "palabra"))
_CONNECTORS_EN = (("as", "in"), ("for",), ("like",), ("as",))
# "como" / "like" alone before a word: "be como burro" spells B, but may also say what word the letters make
_GLOSS = (("como",), ("like",))
# "uña" (nail), a word callers spell U with, as folding writes it: the article "una" ("u de uña")
_UNA = "una"
# Words after "X de" that are not the "word" of the convention ("a b c de la placa").
_NOT_SPELLING_WORD = wordset(
    "la el los las un una mi su tu del al que the a an my your placa placas tractor caja remolque "
    "trailer numero number letra letter es y"
)
# Letters that callers and ASR confuse, so "bedeburro" style fusions can be checked for agreement.
_SOUND_ALIKE = ("BV", "CSZKQ", "YIL", "JGH", "MN")

# Real words shaped like "<letter>de<word>" that are not fused "X de word".
_FUSED_EXCEPTIONS = wordset("adelante ademas adentro adecuado adecuada edema odeon idea ideas cede")
_FUSED_RE = re.compile(r"^([a-z]{1,5}?)de([a-z]{3,})$")


def same_sound(a: str, b: str) -> bool:
    """Whether two letters sound alike enough for callers and the recogniser to confuse them (B/V, G/J...)."""
    return a == b or any(a in g and b in g for g in _SOUND_ALIKE)


# Letters whose English names rhyme and are confused over a phone line: bee, dee, pee, tee, vee; cee and zee;
# a, jay, kay; em and en; eff and ess; eye and why; cue and you; and gee and jay, that begin alike. E and I as well:
# a Spanish speaker's "i" is the English "ee" ("E." - "Like India." is the I they said). (Not the whole "ee" set:
# "A B." - "Like Charlie." is A B C, the "C" of "C like Charlie" lost, never the B put right.)
_SOUND_ALIKE_EN = ("BDPTV", "CZ", "AJK", "MN", "FS", "IY", "QU", "GJ", "EI")


def sounds_alike(a: str, b: str, lang: Lang) -> bool:
    """Whether the names of two letters sound alike in `lang` (`same_sound` for Spanish names: B/V, G/J...;
    the rhyming English names: B/D/P/T, M/N, F/S...): a letter named by a spelling word may be one just said,
    heard wrong."""
    if lang == "en":
        return a == b or any(a in g and b in g for g in _SOUND_ALIKE_EN)
    return same_sound(a, b)


# Heard spellings: the recogniser keeps the *word* of "X de <word>" and mangles the rest ("Hije de gato",
# "¿Qué de tigre?", "Ave águila", "Se ve casa", "Bebe vaca", "Ire yate", "De dededo"). The word's first
# letter is what a person hears. A long lead only in a short turn (a dictation fragment), and never when
# the word is an everyday word ("de hecho", "me mandaron").
_HEARD_MAX_TOKENS = 5
_NOT_A_LETTER_LEAD = wordset(
    "me mi le lo la los las les nos un una que su tu mas muy ya no si con sin por para pero como en al del "
    "yo ella usted hay va voy son fue era soy esta este esa ese eso"
)
_MISHEARD_DE = ("ve", "be")  # "se ve casa": "C de casa" with "de" heard as "ve"


# Words after "de" that make a phrase, not a spelling ("de nuevo", "de hecho", "de acuerdo").
_PHRASE_AFTER_DE = wordset("nuevo nueva hecho acuerdo verdad veras repente momento pronto vuelta favor gracias "
                           "plano volada inmediato seguro")


def _spelling_noun(word: str, lang: Lang, *, min_len: int = 4) -> bool:
    # (a sound drawn out, "aaa", "mmm", is no word: "aa aaa" is no A de anything)
    return (
        len(word) >= min_len and word.isalpha() and len(set(word)) > 1
        and word not in _NOT_SPELLING_WORD and word not in _COMMON_ES
        and word not in _PHRASE_AFTER_DE
        and not _LETTER_MARKERS.match(word) and not is_number_word(word, lang)
        and letter_name(word, lang, nato=False) is None
    )


def _cut_name(lead: str) -> str | None:
    """The letter whose Spanish name a short word is the start of, cut by the recogniser before "de"
    ("en": ene, "em": eme, "ef": efe, "er": erre), or sounds like with a silent "h" or a trailing glide
    ("hay": a, "oh": o, "he": e), or the end of, its first vowel lost ("me": eme, "le": ele), or a vowel
    the recogniser ran into the "de" after it as the word it knows ("al de águila", "aldeáguila": a de
    águila; "el" stays the start of "ele"); None when it names no letter or several letters'."""
    vowel = lead.lstrip("h").rstrip("hy")
    if len(vowel) == 1 and vowel in _VOWELS and vowel != lead:
        return vowel.upper()
    if len(lead) < 2 or lead in _STRONG_ES:
        return None
    letters = {letter for name, letter in _STRONG_ES.items() if name.startswith(lead) and len(name) > len(lead)}
    if not letters:
        # or the end of one, its first vowel lost: "me de México" (eme), "le de Lima" (ele)
        letters = {letter for name, letter in _STRONG_ES.items() if name[0] in _VOWELS and name[1:] == lead}
    if not letters and len(lead) == 2 and lead[0] in _VOWELS and lead[1] == "l":
        letters = {lead[0].upper()}
    return letters.pop() if len(letters) == 1 else None


def heard_spelling(tokens: list[str], i: int, lang: Lang) -> tuple[str, int] | None:
    """A mangled "X de <word>" starting at token i: (the word's first letter, tokens used), else None."""
    if lang != "es" or i + 1 >= len(tokens):
        return None
    lead = tokens[i]
    nxt = tokens[i + 1]
    if not lead or not nxt:
        return None  # a character that folds to nothing ("𑿀", a numeral of another script) leaves an empty word
    if len(tokens) > _HEARD_MAX_TOKENS and len(lead) > 4 and not same_sound(lead[0].upper(), nxt[0].upper()):
        return None  # in a longer turn only a short or sound-alike lead ("hije de gallo", "vete vaca")
    # "en de Nicaragua": a word that is also a letter name cut short ("ene") leads a spelling only when the
    # word of the spelling agrees with that letter ("en de la caja" is a preposition)
    cut = _cut_name(lead) if lead in _NOT_A_LETTER_LEAD else None
    if not lead.isalpha() or len(lead) > 6 or (lead in _NOT_A_LETTER_LEAD and lead != "que" and cut is None):
        return None
    if nxt in ("de", *_MISHEARD_DE) and i + 2 < len(tokens) and _pair(tokens, i + 1, lang) is None:
        word = tokens[i + 2]  # "ve chica" is the letter V, not "C de chica"
        if cut is not None and not same_sound(cut, word[:1].upper()):
            return None
        # a three-letter word only when the lead sounds like its letter ("oh de oso", "u de uva")
        short_ok = same_sound(lead[0].upper(), word[:1].upper())
        if _spelling_noun(word, lang, min_len=3 if short_ok else 4):
            return word[0].upper(), 3  # "hije de gato", "que de tigre", "se ve casa", "oh de oso"
    # a three-letter word when the lead starts with its very letter ("uno uva": "u de uva", its "de" lost;
    # "ana ana" is a word said twice; "efe, eje" is F and a word: the lead names a letter of its own)
    short = lead[0] == nxt[0] and lead != nxt and (letter_name(lead, lang, nato=False) or (nxt[0].upper(),))[0] \
        == nxt[0].upper()
    if cut is None and len(lead) <= _MANGLED_NAME_MAX \
            and _spelling_noun(nxt, lang, min_len=3 if short else 4) \
            and same_sound(lead[0].upper(), nxt[0].upper()) and _starts_like_a_name(lead, nxt[0].upper()) \
            and (lead not in _PRONOUN_LEADS or is_spelling_word(nxt, lang)):
        return nxt[0].upper(), 2  # "ave aguila", "bebe vaca", "ire yate", "el elefante", "de dededo"
    return None


# Letter names that are also pronouns before a verb: "se corta", "se cayó", "te traigo las placas" are talk
# (the line, the caller), not "ce de corta"; with no "de" between, such a lead spells only with one of the
# words callers spell letters with ("se casa", "te tomate").
_PRONOUN_LEADS = wordset("se te")


# The longest lead read as a letter's name mangled before its word with no "de" ("bebe vaca", "vete vaca",
# "pide Pachuca"): a longer one is a word of its own, a given name before a surname ("sergio sanchez", "jorge
# garcia", "pedro perez" are two words of an address, not S, G, P).
_MANGLED_NAME_MAX = 4
# How the Spanish name of a consonant starts ("be", "efe", "jota"): a mangled name before the word of a
# spelling still starts like one ("bebe vaca", "vete vaca"), where a word of talk does not ("me trajo
# tacos": "trajo" is no name of T, so no T de tacos). A lead starting with a vowel may be a vowel's name, and
# one ending in "de" is the name and "de" run together ("pide Pachuca").
_NAME_START = {
    "B": ("be",), "C": ("ce", "se"), "D": ("de",), "F": ("ef", "fe"), "G": ("ge", "je"), "H": ("ac", "ha"),
    "J": ("jo", "ho"), "K": ("ka", "ca"), "L": ("el", "le"), "M": ("em", "me"), "N": ("en", "ne"),
    "P": ("pe",), "Q": ("cu", "ku", "qu"), "R": ("er", "re"), "S": ("es", "se"), "T": ("te",),
    "V": ("ve", "be", "uv"), "W": ("do",), "X": ("eq", "ek"), "Y": ("ye", "ll"), "Z": ("ze", "se", "ce"),
}


def _starts_like_a_name(lead: str, letter: str) -> bool:
    """Whether `lead` starts like the Spanish name of `letter` or of a letter that sounds like it."""
    bare = lead.lstrip("h") or lead
    if bare[0] in _VOWELS or (len(bare) > 3 and bare.endswith("de")):
        return True  # a vowel's name, or "pide Pachuca": "pe de" run into one word
    return any(bare.startswith(start) for named, starts in _NAME_START.items() if same_sound(named, letter)
               for start in starts)


def is_spelling_word(word: str, lang: Lang) -> bool:
    """One of the words callers spell letters with ("burro", "uva", "Nayarit")."""
    return word in SPELLING_WORDS.get(lang, frozenset())


def lost_letter_spelling(tokens: list[str], lang: Lang) -> str | None:
    """A turn that is only "de <word>" ("¿De trabajo?", "de tigre"): the letter before "de" was lost."""
    if lang == "es" and len(tokens) == 2 and tokens[0] == "de" and _spelling_noun(tokens[1], lang):
        return tokens[1][0].upper()
    if len(tokens) == 1 and tokens[0] in _LONE_HEARD[lang]:
        return _LONE_HEARD[lang][tokens[0]]
    return None


# A letter's name the recogniser wrote as an everyday word, read as the letter only when it is the whole
# turn of a dictation: "Hora." is "jota" heard on a phone line (its "j" breathed, its "t" flapped); said with
# anything else ("¿a qué hora?", "la hora") it is the word.
_LONE_HEARD: dict[Lang, dict[str, str]] = {"es": {"hora": "J"}, "en": {}}


def heard_alone(folded: str, lang: Lang) -> str | None:
    """The letter of a turn that is only a letter's name heard as an everyday word ("Hora." = jota)."""
    words = LETTER_RUNS_RE.findall(folded)
    return _LONE_HEARD[lang].get(words[0]) if len(words) == 1 else None


_COMMON_ES = COMMON_WORDS["es"]


def one_letter_said(text: str, lang: Lang) -> bool:
    """Whether a turn is one letter's bare name in `lang` and nothing else ("Y.", "X?", "Zee."): in the middle of
    a dictation, that letter - never a word of another language that looks the same (the Spanish "¿Y?")."""
    words = LETTER_RUNS_RE.findall(fold(text))
    if len(words) != 1:
        return False
    named = letter_name(words[0], lang, nato=False)
    return named is not None and named[1]


def letters_spelled(text: str, lang: Lang) -> str:
    """The letters a turn names clearly, in order ("seis cuatro a ka siete pe": "AKP"; the "ese" of "ese es el
    cuatro cinco dos" too): what makes a turn of digits and letters a dictation of characters, never a number
    said with words around it ("Es la cuatrocientos doce", "Oh wait, eight forty" name none clearly)."""
    return "".join(p.chars for p in parse_pieces(fold(text), lang).pieces if p.kind == "letter" and p.strong)


# A turn that stops on the words announcing a letter ("A B y la...", "y la letra", "and the"): the caller's next
# turn names that letter.
_ANNOUNCES_LETTER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:^|\b)(?:y |e )?(?:la|una|otra|la letra|una letra|otra letra|letra)\W*$"),
    "en": re.compile(r"(?:^|\b)(?:and )?(?:the|an?|another|the letter|a letter|letter)\W*$"),
}


def letter_after_announced(text: str, before: str, lang: Lang) -> bool:
    """Whether a turn is one letter's name alone, weak or not ("Y."), after one that stopped on the words
    announcing a letter (`before`: "y la", "and the"): that letter - never a Spanish "¿Y?" (what?). Said with a
    question mark it is still a question."""
    words = re.findall(r"[a-z]+", fold(text))
    return len(words) == 1 and "?" not in text and letter_name(words[0], lang, nato=False) is not None \
        and _ANNOUNCES_LETTER[lang].search(fold(before).strip()) is not None


def letter_name(tok: str, lang: Lang, *, nato: bool = True) -> tuple[str, bool, bool] | None:
    """(letter, strong, drop_first) for a one-token letter name or bare letter, else None."""
    strong = _STRONG_ES if lang == "es" else _STRONG_EN
    weak = _WEAK_ES if lang == "es" else _WEAK_EN
    if tok in weak:
        letter, drop = weak[tok]
        return letter, False, drop
    if tok in strong:
        return strong[tok], True, False
    if len(tok) == 1 and "a" <= tok <= "z":
        return tok.upper(), True, False
    if nato and tok in NATO:
        return NATO[tok], True, False
    return None


# Words that look like a letter's plural: English "is", "as", "us" (never "two Is", nor "two as well"); the
# Spanish "ves" ("el doce, ¿ves?") is "you see", and "yes" the English yes.
_NOT_LETTER_PLURALS = {"en": frozenset(("is", "as", "us")), "es": frozenset(("ves", "yes"))}
# How many of a letter a caller counts ("dos eles", "doble efe", "two Ts"), with how many each says.
LETTER_COUNTS = {"dos": 2, "doble": 2, "tres": 3, "triple": 3, "two": 2, "double": 2, "three": 3}


def plural_letter(tok: str, lang: Lang, *, words: bool = True) -> str | None:
    """The letter a letter's name in the plural names ("eles" -> L, "erres" -> R, "tes" -> T, "aes" -> A;
    English "ls", "ts" as "two L's", "two Ts" fold), else None: how a caller counts a letter ("con dos eles",
    "with two Ls"), never a letter dictated nor a number. `words`: words that look like one ("is", "as", "us",
    "ves") are those words, and an English name that is also a word ("ohs", "whys", "eyes") is no letter; without,
    where only a count of letters is said ("three As", "dos equis"), they are letters."""
    if len(tok) < 2 or not tok.endswith("s") or words and tok in _NOT_LETTER_PLURALS[lang]:
        return None
    if lang == "en":
        if len(tok) == 2:
            return tok[0].upper() if "a" <= tok[0] <= "z" else None
        # a name's plural: "tees", "ells", "esses" (never a bare letter before it: "yes" is no "two Ys")
        named = next((n for base in (tok[:-1], tok[:-2]) if len(base) > 1
                      and (n := letter_name(base, lang, nato=False)) and (n[1] or not words)), None)
        return named[0] if named else None
    if len(tok) < 3:  # "es" is the verb (or the S), never a plural
        return None
    # a vowel's plural takes "es" ("aes", "oes", "úes"): its name is what is left without them
    if len(tok) == 3 and tok[0] in "aeiou" and tok.endswith("es"):
        return tok[0].upper()
    named = letter_name(tok[:-1], lang, nato=False)
    if named is None and not words:
        named = letter_name(tok, lang, nato=False)  # "equis" is its own plural ("dos equis")
    return named[0] if named else None


def _pair(tokens: list[str], i: int, lang: Lang) -> tuple[str, int] | None:
    if i + 1 >= len(tokens):
        return None
    a, b = tokens[i], tokens[i + 1]
    letter = (_PAIRS_ES if lang == "es" else _PAIRS_EN).get((a, b))
    if letter:
        return letter, 2
    if a in _BV and b in _BIG:
        return "B", 2
    if a in _BV and b in _SMALL:
        return "V", 2
    return None


def _sized(tokens: list[str], i: int, lang: Lang) -> bool:
    """Whether the letter at i is B or V said with its size ("be grande", "ve chica")."""
    return i + 1 < len(tokens) and tokens[i] in _BV and (tokens[i + 1] in _BIG or tokens[i + 1] in _SMALL) \
        and _pair(tokens, i, lang) is not None


def spelled_by(named: str | None, word: str) -> str:
    """The letter of "<name> de <word>": the word's first letter (what the caller uses to tell B from V),
    except where that letter is only the recogniser's spelling of a sound the name says plainly. Mexican
    Spanish says z, s and soft c alike, so the recogniser writes a Z word as it hears it ("seta de sorro",
    "zeta de sapato"); the name "zeta" is heard, and no caller names an S word with it. So with K and
    "qui" ("ka de quilo", "cadequilo": K of kilo)."""
    first = word[:1].upper()
    if named == "Z" and (first == "S" or word[:2] in ("ce", "ci")):
        return "Z"
    if named == "K" and (word.startswith("qui") or word[:2] in ("ca", "co", "cu")):
        # "ka de quilo", "cadecarate": the recogniser writes the K word ("kilo", "karate", "koala") as
        # Spanish spells its sound; "ka" is heard plainly, while a C is named "ce" and a Q "cu"
        return "K"
    return first


# "te detampico", "ese desonora": the "de" of a spelling run into its word by the recogniser.
_FUSED_DE_RE = re.compile(r"^de([a-z]{3,})$")


def _de_run_into_word(tok: str, lang: Lang, lead: str | None) -> str | None:
    """The letter of a "de<word>" token after a letter named `lead` ("te detampico": T), when the word
    agrees with that letter; a real word that starts with "de" ("te debo", "te detengo") is none."""
    m = _FUSED_DE_RE.match(tok) if lang == "es" and lead else None
    if m is None or tok in _COMMON_ES or tok in _FUSED_EXCEPTIONS:
        return None
    # a three-letter word only when it starts with the very letter named ("u deuva", "o deoso")
    if not _spelling_noun(m.group(1), lang, min_len=3 if m.group(1)[0].upper() == lead else 4):
        return None
    letter = spelled_by(lead, m.group(1))
    return letter if same_sound(lead or "", letter) else None


# Consonants whose name opens with a vowel, and the sound it opens with ("ele" / "el": L; "ese": S; English "R":
# "ar"). A word that opens with that sound spells the consonant for the caller who picked it ("ele de elefante",
# "ese de escuela", "L as in elephant", "R as in Arthur"): a listener hears the letter named plainly and a word that
# starts like it, never the word's vowel. Only after the whole name (a mangled "el elefante", "De dededo" is the
# word's letter, as the real calls read back: E, D).
_NAME_OPENING: dict[Lang, dict[str, tuple[str, str]]] = {
    "es": {"efe": ("F", "ef"), "ele": ("L", "el"), "eme": ("M", "em"), "ene": ("N", "en"), "ere": ("R", "er"),
           "erre": ("R", "er"), "ese": ("S", "es"), "equis": ("X", "ex")},
    "en": {"f": ("F", "ef"), "l": ("L", "el"), "m": ("M", "em"), "n": ("N", "en"), "s": ("S", "es"), "x": ("X", "ex"),
           "r": ("R", "ar")},
}


def _word_opens_with_the_name(name: str, letter: str, word: str, lang: Lang) -> bool:
    """Whether `word` (after "de" / "as in") opens with the sound of the name `name` said before it of the
    consonant `letter`, the word's own first letter another (see `_NAME_OPENING`)."""
    named = _NAME_OPENING[lang].get(name)
    return named is not None and named[0] == letter and word.startswith(named[1]) and word[:1].upper() != letter


def _spelling_word(tokens: list[str], i: int, lang: Lang, lead: str | None = None) -> tuple[str, int] | None:
    """After a letter at i-1: "de burro" / "as in boy" -> (first letter of the word, tokens used).

    `lead`: the letter before; "je, de, ka" is three letters (G D K), "be de be" one."""
    # after a weak name ("te", "a") only in a short turn, a dictation fragment ("te detallo todo" is talk)
    if i < len(tokens) and (len(tokens) <= _HEARD_MAX_TOKENS or tokens[i - 1] not in _WEAK_ES):
        run_in = _de_run_into_word(tokens[i], lang, lead)
        if run_in is not None:
            return run_in, 1
    for conn in _CONNECTORS_ES if lang == "es" else _CONNECTORS_EN:
        end = i + len(conn)
        if tuple(tokens[i:end]) != conn or end >= len(tokens):
            continue
        word = tokens[end]
        if (lead, conn, word) == ("U", ("de",), _UNA) and lang == "es" and tokens[end + 1 : end + 2] != ["vez"]:
            return "U", 2  # "u de uña" folded: "uña" is a word callers spell U with; "una" is never a digit said
        if word.isdigit() or word in _NOT_SPELLING_WORD or is_number_word(word, lang):
            continue
        if len(word) < 2 or word in _TAKE_BACK[lang]:
            continue  # "te de... no, de de dedo": "no" takes the T back, it does not spell it
        known = letter_name(word, lang)
        if len(word) <= 3 and known:  # "be de be"
            if lead is not None and not same_sound(lead, known[0]):
                return None  # "je, de, ka": letters in a row, the middle one "de"
            return known[0], len(conn) + 1
        if lead is not None and i > 0 and _word_opens_with_the_name(tokens[i - 1], lead, word, lang):
            return lead, len(conn) + 1  # "ele de elefante", "L as in elephant": L, never the word's E
        letter = spelled_by(lead, word)
        if conn in _GLOSS and lead is not None and not same_sound(lead, letter):
            # "ese, a, eme, como Sam", "S, A, M, like Sam": a word the letters spell, said after them, not the
            # word of this letter's spelling (that would start like it); the letter named stands
            return lead, len(conn) + 1
        return letter, len(conn) + 1
    return None


def _fused(tok: str, lang: Lang) -> str | None:
    # "bedeburro" = "be de burro" run together by the recogniser.
    if lang != "es" or tok in _FUSED_EXCEPTIONS:
        return None
    m = _FUSED_RE.match(tok)
    if not m:
        return None
    known = letter_name(m.group(1), lang, nato=False)
    word_letter = spelled_by(known[0] if known else None, m.group(2))
    if known and same_sound(known[0], word_letter):
        return word_letter
    # "aldeáguila": a name cut or run into its "de" ("al de águila", see `_cut_name`), only before a word
    # callers spell with that starts with the very letter ("aldeano" is a word of its own)
    cut = _cut_name(m.group(1)) if len(m.group(1)) == 2 and tok not in _COMMON_ES else None
    if cut is not None and cut == word_letter and _spelling_noun(m.group(2), lang):
        return cut
    return None


# Spanish words of their own that start with "ded" ("dedicado", "dedique", "deducible", "deduzco", "dedillo"): never
# "de de <word>" run together
_DED_WORD_RE = re.compile(r"^ded(?:ic|iq|uc|uj|uz)|^ded(?:os?|itos?|azos?|al(?:es|era)?|illo)$")


def _d_run_into_its_word(tok: str, lang: Lang) -> str | None:
    """ "Dedurango", "dededo", "dedodo": "de de <word>" as one word, the name of D and the "de" of the spelling
    sounding the same and heard once. Only a turn of that one word (a dictation fragment), and a word of four
    letters or more starting with D ("dedos", "dedal", "dedicado" are words of their own)."""
    rest = tok[2:]
    if lang != "es" or not tok.startswith("de") or not rest.startswith("d") or tok in _COMMON_ES \
            or tok in _FUSED_EXCEPTIONS or _DED_WORD_RE.match(tok) or not _spelling_noun(rest, lang):
        return None
    return "D"


def _fused_name_de(tokens: list[str], i: int, lang: Lang) -> tuple[str, int] | None:
    """ "emede mama", "hachede hermosillo", "jotade": a letter name and "de" run together, the word of the
    spelling (when one follows and agrees) said apart."""
    tok = tokens[i]
    if lang != "es" or not tok.endswith("de") or tok in _COMMON_ES or tok in _FUSED_EXCEPTIONS:
        return None
    head = _STRONG_ES.get(tok[:-2])
    weak = _WEAK_ES.get(tok[:-2])
    if head is None and (weak is None or weak[1]):
        # the name cut short before "de" ("ende nopal": ene; "elde Lupita": ele) or with a glide before it
        # ("eneide Nuevo León", "cuede queso": cu de queso): a letter only when the word after agrees, checked below
        if i > 0 and tokens[i - 1] == "por":
            return None  # "por ende": therefore
        short = _cut_name(tok[:-2]) if len(tok) in (4, 5) else None
        glide = _STRONG_ES.get(tok[:-3]) if len(tok) > 4 and tok[-3] in "iye" else None
        if not (short or glide):
            return _mangled_name_de(tokens, i, lang)
        # a weak name keeps its own letter ("sede Celaya": se de, C as apart), not the longer name it may
        # start ("se": zeta), which would turn the word's C into a Z
        weak = (weak[0] if weak else short or glide, True)
    agrees = head or weak[0]  # type: ignore[index]
    if i + 1 < len(tokens) and _spelling_noun(tokens[i + 1], lang, min_len=3) \
            and same_sound(agrees, tokens[i + 1][0].upper()):
        return spelled_by(agrees, tokens[i + 1]), 2
    # "ode", "ade", "tede": a vowel or a weak name run together with "de" is that letter only when the
    # word after it agrees ("ode oso"); alone it may be anything ("ade", "ede" the recogniser wrote)
    return (head, 1) if head else None


def _mangled_name_de(tokens: list[str], i: int, lang: Lang) -> tuple[str, int] | None:
    """ "Hijede gato", "verde vaca": a letter's name heard mangled ("hije": ge) and run into its "de", the word of
    the spelling said apart: the word's letter, when the lead sounds like it and starts like the name of a letter
    that does - as `heard_spelling` reads "hije de gato" with the "de" apart. (A word of its own, "desde",
    "tarde", is never read so: `_fused_name_de` leaves the common words out.)"""
    lead = tokens[i][:-2]
    word = tokens[i + 1] if i + 1 < len(tokens) else ""
    if not 3 <= len(lead) <= _MANGLED_NAME_MAX or not lead.isalpha() or not _spelling_noun(word, lang):
        return None
    letter = word[0].upper()
    if not same_sound(lead[0].upper(), letter) or not _starts_like_a_name(lead, letter):
        return None
    return letter, 2


def letter_at(tokens: list[str], i: int, lang: Lang, *, nato: bool) -> tuple[str, bool, bool, int] | None:
    """A letter starting at token i: (letter, strong, drop_first, tokens used)."""
    pair = _pair(tokens, i, lang)
    if pair:
        letter, used = pair
        strong, drop = True, False
    else:
        known = letter_name(tokens[i], lang, nato=nato)
        if known is None:
            fused = _fused(tokens[i], lang) or (_d_run_into_its_word(tokens[i], lang) if len(tokens) == 1 else None)
            if fused:
                return fused, True, False, 1
            named_de = _fused_name_de(tokens, i, lang)
            if named_de:
                return named_de[0], True, False, named_de[1]
            heard = heard_spelling(tokens, i, lang)
            return (heard[0], True, False, heard[1]) if heard else None
        letter, strong, drop = known
        used = 1
    spelled = _spelling_word(tokens, i + used, lang, letter)
    if spelled:
        return spelled[0], True, False, used + spelled[1]
    if used == 1 and (not strong or len(tokens[i]) > 1):
        heard = heard_spelling(tokens, i, lang)
        if heard:
            return heard[0], True, False, heard[1]
    if tokens[i] == "de" and used == 1 and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt in _NOT_SPELLING_WORD or not (letter_name(nxt, lang) or nxt.isdigit() or is_number_word(nxt, lang)):
            return None  # the preposition: "no me acuerdo de la placa"
    return letter, strong, drop, used


# "letra" as the recogniser writes it: "le tra", "le traje" (letra ge), "ni traeme" (letra eme), "le traene"
# (letra ene), "le tracé" (letra ce), or as one word: "letraje", "letraele", "mitra". The syllables after
# "tra" are the letter. With nothing after them ("le trae", "ne trae", "letrae", "le traes": the caller's
# "letra..." cut short) it is the word "letra" alone, which names no letter.
_MISHEARD_MARKERS = wordset("lettra letre litra nitra netra mitra")
# "let trade" (letra de): the "t" of "tra" heard twice, as the English word
_SPLIT_MARKER_LEAD = frozenset(("le", "li", "ni", "ne", "me", "mi", "let"))
_SPLIT_MARKER_RE = re.compile(r"^tra(?:a|s)?$|^tra(e?)([a-z]{1,4})$")
# "le trece" (letra ce), "le treese" (letra ese): the "a" of "tra" heard as "e", as in "letre". Only with a
# strong letter name after "tre": "le tres", "le treinta" are numbers, "le tre" alone is nothing.
_SPLIT_TRE_RE = re.compile(r"^tre(e?)([a-z]{1,4})$")
_FUSED_MARKER_RE = re.compile(r"^(?:le|li|ni|ne|me|mi)tra(?:(e?)([a-z]{1,4}))?$")
# "litrene", "letreme" (letra ene, letra eme): the same "tre" run into its lead, as `_tre_letter` reads it
_FUSED_TRE_RE = re.compile(r"^(?:le|li|ni|ne|me|mi)(tre[a-z]{1,5})$")
# Syllables after "tra" that sound as a letter name: "le traje" (ge), "le traen" (ene); "le trache", "le
# tracha" (hache: the "a" of "letra" and the one of "ache" said once, its last vowel blurred).
_SOUNDS_AS = {"je": "ge", "en": "ene", "jota": "jota", "che": "hache", "cha": "hache"}
_CUT_SHORT = ("e", "es", "s")  # "trae", "traes": nothing of the letter was heard
_LETTER_CASE = wordset("en minuscula minusculas mayuscula mayusculas")


def _strong_name(word: str) -> bool:
    return word in _STRONG_ES or (len(word) == 1 and word.isalpha())


def _marker_letter(e: str, rest: str) -> str | None:
    """The letter name after a fused "tra": "" when none was heard, None when this is not "letra"."""
    if e + rest in ("", *_CUT_SHORT):
        return ""  # "letrae", "traes": cut short
    if e:
        joined = _SOUNDS_AS.get("e" + rest, "e" + rest)
        if joined in _STRONG_ES:
            return joined  # "traese" = letra ese, "traele" = letra ele
    rest = _SOUNDS_AS.get(rest, rest)
    if letter_name(rest, "es", nato=False) is not None:
        return rest
    return None


def _letter_across(e: str, rest: str, nxt: str | None) -> str | None:
    """The letter name of "le trajo ta" (letra jota): its syllables cut in two by the recogniser, the second
    half the next word. None when the two halves make no letter name (a verb: "me trajo tacos")."""
    if nxt is None or not rest or not nxt.isalpha():
        return None
    joined = rest + nxt
    name = joined if joined in _STRONG_ES else None
    return name or (e + joined if e and e + joined in _STRONG_ES else None)


def _weak_name_spelled(tokens: list[str], i: int) -> bool:
    """A weak letter name ("de", "a", "te") after a cut-short "le trae" that is a letter: the turn ends on it,
    or goes on to spell it ("le trae de, de dedo"); "me trae de comer" is the verb."""
    name = letter_name(tokens[i], "es", nato=False)
    if name is None or name[1]:
        return False
    after = tokens[i + 1 : i + 3]
    if after[:1] == ["y"]:
        after = tokens[i + 2 : i + 4]
    if after and (_LETTER_MARKERS.match(after[0]) or len(after) == 2 and after[0] in _SPLIT_MARKER_LEAD
                  and _SPLIT_MARKER_RE.match(after[1])):
        return True  # "le trae de... y le trae eme": the next letter named the same way, a run of letters
    return not after or len(after) == 2 and after[0] == "de" and after[1][:1] == name[0].lower()


def _tre_letter(tok: str) -> str | None:
    """The strong letter name of "trece", "treese" after "le" (see `_SPLIT_TRE_RE`), else None."""
    m = _SPLIT_TRE_RE.match(tok)
    name = _marker_letter(m.group(1) or "", m.group(2)) if m else None
    if m and not name and not m.group(1):
        name = _marker_letter("e", m.group(2))  # "le trene": the "e" of "tre" is the one of "ene"
    known = letter_name(name, "es", nato=False) if name else None
    # a whole name ("ce", "ese"), never one consonant left of it ("le tren": what letter was cut off is unknown)
    return name if known is not None and known[1] and len(name) > 1 else None


def _fused_tre_letter(tok: str) -> str | None:
    """The strong letter name of "litrene", "letreme" (see `_FUSED_TRE_RE`), else None."""
    m = _FUSED_TRE_RE.match(tok)
    return _tre_letter(m.group(1)) if m else None


def merge_split_markers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    skip = -1
    for k, tok in enumerate(tokens):
        if k == skip:
            continue  # the second half of a letter name cut in two ("le trajo ta")
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        fused_tre = _fused_tre_letter(tok)
        if fused_tre is not None:
            out.extend(("letra", fused_tre))
            continue
        fused = None if _LETTER_MARKERS.match(tok) else _FUSED_MARKER_RE.match(tok)
        if fused or tok == "mitra":
            letter = _marker_letter(fused.group(1) or "", fused.group(2) or "") if fused else ""
            if letter is None and fused:
                letter = _letter_across(fused.group(1) or "", fused.group(2) or "", nxt)
                skip = k + 1 if letter else skip
            if letter is not None:
                out.append("letra")
                if letter:
                    out.append(letter)
                continue
        m = _SPLIT_MARKER_RE.match(tok) if out and out[-1] in _SPLIT_MARKER_LEAD else None
        if m is None:
            named = _tre_letter(tok) if out and out[-1] in _SPLIT_MARKER_LEAD else None
            if named is not None:
                out[-1] = "letra"
                out.append(named)
                continue
            out.append(tok)
            continue
        g1, g2 = m.group(1) or "", m.group(2) or ""
        if g1 + g2 == "es" and nxt in _LETTER_CASE:
            out[-1] = "letra"  # "le traes en minúscula": the caller went on to say how the S is written
            out.append("ese")
            continue
        across = _letter_across("", g1 + g2, nxt) if g1 + g2 == "e" else None
        if across and (k + 2 == len(tokens) or _strong_name(tokens[k + 2]) or tokens[k + 2].isdigit()):
            out[-1] = "letra"  # "le trae me" (letra eme): the name's first vowel heard with "tra"
            out.append(across)
            skip = k + 1
            continue
        if g1 + g2 in _CUT_SHORT:
            # "le trae", "ne trae", "le traes": "letra" cut short when the turn ends there or a letter
            # follows ("le trae ese", "le trae doble u"); otherwise the verb ("me trae la caja").
            doubled = nxt == "doble" and k + 2 < len(tokens) and _strong_name(tokens[k + 2])
            if nxt is None or _strong_name(nxt) or doubled or bool(_LETTER_MARKERS.match(nxt)) \
                    or _weak_name_spelled(tokens, k + 1):
                out[-1] = "letra"
            else:
                out.append(tok)
            continue
        if m.group(2) is None:
            out[-1] = "letra"  # "le tra", "le tras"
            if tok == "traa" and not (nxt is not None and (_strong_name(nxt) or nxt == "doble")):
                # "letra efe, le traa, le trae ese": the "a" of "tra" and the letter A said as one; before a
                # letter named ("le traa... eme") it is only "letra" drawn out
                out.append("a")
            continue
        if g1 == "" and g2 in ("ctor", "iler", "bajo"):
            out.append(tok)  # "tractor", "trailer": a word, not "letra"
            continue
        letter = _marker_letter(g1, g2)
        if letter is None:
            letter = _letter_across(g1, g2, nxt)
            skip = k + 1 if letter else skip
        if letter is None:
            out.append(tok)
            continue
        out[-1] = "letra"
        if letter:
            out.append(letter)
    return out


# Consonant names that start a fused pair ("tere": te + ere); a vowel alone would split too many words.
_FUSED_LEADS = frozenset(name for name in (*_STRONG_ES, "de", "te") if len(name) >= 2)
# Real words that are two letter names run together: never split.
_NAMES_JOINED_WORDS = wordset("cabe debe beca peca teve pepe cece jeje bebe dede tete cae deca caca peje")


def _names_run_together(tok: str) -> tuple[str, str] | None:
    """ "tere" = "te ere", "peese" = "pe ese": a word that is two different letter names run together by
    the recogniser, else None (the second must be a full name: "ere", never a bare vowel)."""
    if len(tok) < 4 or tok in _COMMON_ES or tok in _NAMES_JOINED_WORDS or letter_name(tok, "es") is not None:
        return None
    splits = set()
    for k in range(2, len(tok) - 1):
        lead, rest = tok[:k], tok[k:]
        # the vowel that ends one name and starts the next is said once: "te" + "ere" -> "tere"
        for second in (rest, lead[-1] + rest):
            if lead in _FUSED_LEADS and second in _STRONG_ES and lead != second:
                splits.add((lead, second))
    return splits.pop() if len(splits) == 1 else None


def _name_split_in_two(a: str, b: str) -> str | None:
    """ "a che" (hache), "e fe" (efe), "jo ta" (jota): one letter name the recogniser wrote as two words,
    the second of which names no letter: the joined name, else None."""
    joined = a + b
    if len(a) > 2 or len(joined) < 3 or joined not in _STRONG_ES or letter_name(b, "es") is not None \
            or is_number_word(b, "es") or b in _COMMON_ES:
        return None
    return joined


def _spelling_place_at(tokens: list[str], i: int, before: list[str]) -> bool:
    """Whether tokens i and i+1 are a place of two words a letter is spelled with, right after its "de"."""
    return i + 1 < len(tokens) and bool(before) and (before[-1] in ("de", "como") or before[-1].endswith("de")) \
        and (tokens[i], tokens[i + 1]) in SPELLING_PHRASES_ES


def joined_spelling_places(tokens: list[str], lang: Lang) -> list[str]:
    """ "ene de Nuevo León", "ese de San Luis": the place of two words a letter is spelled with, as one word
    (its first letter is the letter; "de nuevo" in it is no "again")."""
    if lang != "es" or len(tokens) < 3:
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if _spelling_place_at(tokens, i, out):
            out.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def mend_letter_names(tokens: list[str], lang: Lang) -> list[str]:
    """Letter names the recogniser split in two ("a che de Hidalgo") or ran together ("tere pe": te, ere,
    pe), mended when the turn reads as a dictation: a strong letter name (or the "de" of a spelling) next
    to them. The tokens, rewritten (positions may change)."""
    if lang != "es" or not tokens:
        return tokens
    if len(tokens) == 1:
        # "Ceeme.", "Peese.": two names said whole and run into one word, the turn alone - a dictation's fragment,
        # the vowel that ends one and starts the next written twice. Names that share it ("tere", "pese", "deme") or
        # meet at a consonant ("achebe") may be a word of their own: only beside a dictation.
        pair = _names_run_together(tokens[0]) if letter_name(tokens[0], lang) is None else None
        whole = pair is not None and "".join(pair) == tokens[0] and pair[0][-1] == pair[1][0] and pair[1][0] in "aeiou"
        return list(pair) if pair is not None and whole else tokens

    def dictated_near(j: int, k: int) -> bool:
        near = [tokens[x] for x in (j - 1, k + 1) if 0 <= x < len(tokens)]
        return any(w in _STRONG_ES or w == "de" or is_number_word(w, lang) or w.isdigit() for w in near)

    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _spelling_place_at(tokens, i, out):
            # "ene de Nuevo León", "eneide Nuevo León" (the name and "de" run together): one word of the spelling
            out.append(tok + tokens[i + 1])
            i += 2
            continue
        if i + 1 < len(tokens):
            joined = _name_split_in_two(tok, tokens[i + 1])
            if joined is not None and dictated_near(i, i + 1):
                out.append(joined)
                i += 2
                continue
        pair = _names_run_together(tok) if letter_name(tok, lang) is None else None
        if pair is not None and dictated_near(i, i):
            out.extend(pair)
        else:
            out.append(tok)
        i += 1
    return out


def garbled_letter(folded: str) -> str:
    """The letter a turn named only through a garbled "letra" ("le traca" K, "le tragé" G, "le traené"
    N), followed by the other letters the same syllables may have been ("traené": "letra e" and a lost
    syllable, so "NE"); "" when the turn has no such letter. A listener who heard it that way takes
    the letter, and hears the caller's next, clearer word for it as the same letter said again."""
    return _garbled(folded)[0]


def letter_lead_only(text: str) -> bool:
    """Whether a turn is only the word "letra" ("letter"), or one of its garbles ("Nitra", "Litra", "Le trae", "Me
    tra"), with no letter after it: the caller began naming a letter and a pause cut it before the letter. Nothing
    of the value yet, and nothing wrong with it either."""
    tokens = _TOKEN_RE.findall(fold(text))
    if len(tokens) == 1:
        return bool(_LETTER_MARKERS.match(tokens[0])) or bool(re.fullmatch(r"(?:le|li|ni|ne|me|mi)tra(?:e|es|s)?",
                                                                           tokens[0]))
    return len(tokens) == 2 and tokens[0] in _SPLIT_MARKER_LEAD and tokens[0] != "let" \
        and tokens[1] in ("tra", "tras", "trae", "traes")


def garbled_letter_said_whole(folded: str) -> bool:
    """Whether the letter of a garbled "letra" (`garbled_letter`) was said as a word of its own after the
    garble ("litra ge", "me trae ele"): only "letra" was misheard, the letter's name was heard whole. Run into
    the garble ("le tragé", "le traené") the letter's syllables themselves are unsure."""
    return _garbled(folded)[1]


def garbled_start(folded: str) -> bool:
    """Whether the turn's letter came through a garbled "letra" whose syllables after "tra" are only the start of
    a letter's name ("le traen": ene, or eme, or "letra" and no letter yet): taken as N, yet held no more
    firmly than a letter heard through a garbled "letra" (`garbled_letter`) - a clear letter that has no room
    after it takes its place."""
    tokens = _TOKEN_RE.findall(folded)
    for k, tok in enumerate(tokens):
        fused = None if _LETTER_MARKERS.match(tok) else _FUSED_MARKER_RE.match(tok)
        split = _SPLIT_MARKER_RE.match(tok) if k > 0 and tokens[k - 1] in _SPLIT_MARKER_LEAD else None
        m = fused or split
        if m is None:
            continue
        e, rest = m.group(1) or "", m.group(2) or ""
        if e + rest and _SOUNDS_AS.get(e + rest, "").startswith(e + rest) and e + rest != "je":
            return True
    return False


def _garbled(folded: str) -> tuple[str, bool]:
    """(`garbled_letter`, `garbled_letter_said_whole`)."""
    tokens = _TOKEN_RE.findall(folded)
    for k, tok in enumerate(tokens):
        if tok in _MISHEARD_MARKERS and k + 1 < len(tokens):
            known = letter_name(tokens[k + 1], "es", nato=False)  # "litra eme"
            if known is not None and known[1]:
                return known[0], True
            continue
        fused = None if _LETTER_MARKERS.match(tok) else _FUSED_MARKER_RE.match(tok)
        split = _SPLIT_MARKER_RE.match(tok) if k > 0 and tokens[k - 1] in _SPLIT_MARKER_LEAD else None
        tre = _tre_letter(tok) if k > 0 and tokens[k - 1] in _SPLIT_MARKER_LEAD and split is None else None
        tre = tre or _fused_tre_letter(tok)
        if tre is not None:
            return letter_name(tre, "es", nato=False)[0], False  # type: ignore[index]
        m = fused or split
        if m is None or (split and (m.group(2) or "") in ("ctor", "iler", "bajo")):
            continue
        e, rest = m.group(1) or "", m.group(2) or ""
        if _SOUNDS_AS.get(e + rest, "").startswith(e + rest) and e + rest != "je":
            return "", False  # "le traen": "en" is the start of ene or eme; the caller's next letter is the next one
        name = _marker_letter(e, rest)
        if name == "" and k + 1 < len(tokens) and _strong_name(tokens[k + 1]):
            # "me trae ele", "le tra ese": "letra" garbled, its letter said whole after it - heard through the
            # garble as "litra eme" is
            return letter_name(tokens[k + 1], "es", nato=False)[0], True  # type: ignore[index]
        known = letter_name(name, "es", nato=False) if name else None
        if known is None:
            continue
        return known[0] + ("E" if e and rest and known[0] != "E" else ""), False
    return "", False


_TOKEN_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|-")
_PART_RE = re.compile(r"[a-z]+|\d+|-")
_VOWELS = frozenset("aeiou")
# One vowel drawn out as the recogniser wrote it ("aa", "ooo"): one letter, not a chunk of letters run together.
_DRAWN_OUT_VOWEL = re.compile(r"([aeiou])\1{1,3}")


# A hyphen inside a compound word is spelling, not a dictated dash: "forty-five", "double-u", "doble-ve".
_COMPOUND_HYPHEN_RE = re.compile(
    r"\b(double|doble|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)-(?=[a-z])"
)


# A caller thinking aloud amid a dictation ("y la otra es, este, ¿cómo se llama? Zeta", "what's it called"),
# pointing to the next character ("la que sigue es la zeta"), or asking for a moment ("wait a sec"): no letters
# ("se" is C, "que" Q, "a" A when dictated).
_THINKING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bcomo (?:se (?:llama|llaman|dice|escribe)|le (?:dicen|digo|decimos|llaman))\b"
                     r"|\b(?:la|el|lo) que (?:sigue|va|viene|falta)(?: (?:es|seria|son))?\b"),
    "en": re.compile(r"\b(?:whats it called|what do you call it|whats the word|how do you say it)\b"
                     rf"|\b{_WAIT_A_MOMENT}\b"),
}


def without_thinking_aloud(folded: str, lang: Lang) -> str:
    """`folded` without the words of a caller thinking aloud amid a dictation (see `_THINKING`)."""
    if "como" in folded or "que" in folded or "wh" in folded or "how" in folded or "wait" in folded:
        return _THINKING[lang].sub(" ", folded)
    return folded


# "Se de casa... ce de casa, pues, efe de foco": a letter named with a word, said again after a pause with the
# same word and then "pues" ("I mean", "that is") is the one letter said again to make it clear; the same twice
# without them ("ere de Roma, ere de Roma", "ere de Roma, ere de Roma, pues, equis") stays a double letter.
_RESTATED_SPELLING: dict[Lang, re.Pattern[str]] = {
    # (a pause between the two: "pues" is also the filler that goes on with the plate, "ere de Roma, ere de Roma,
    # pues, equis" is R twice)
    "es": re.compile(r"\b(\w+) de (\w+)\b\s*(?:\.{2,}|\u2026)[\s,.;:\u2026]*(\w+) de \2\b"
                     r"(?=[\s,.;:\u2026]+(?:pues|pos|o sea|digo)\b)"),
    "en": re.compile(r"\b(\w+) (?:as in|like|for) (\w+)\b\s*(?:\.{2,}|\u2026)[\s,.;:\u2026]*"
                     r"(\w+) (?:as in|like|for) \2\b"
                     r"(?=[\s,.;:\u2026]+(?:i mean|that is|i said)\b)"),
}


def _without_first_of_restated(folded: str, lang: Lang) -> str:
    """`folded` with the first saying of a letter restated with the same word (`_RESTATED_SPELLING`) left out,
    when both sayings name one letter."""
    if "pues" not in folded and "pos" not in folded and "o sea" not in folded and "digo" not in folded \
            and "i mean" not in folded and "that is" not in folded and "i said" not in folded:
        return folded

    def one(m: re.Match[str]) -> str:
        joiner = " de " if lang == "es" else " as in "
        first = letter_at([m.group(1), *joiner.split(), m.group(2)], 0, lang, nato=False)
        again = letter_at([m.group(3), *joiner.split(), m.group(2)], 0, lang, nato=False)
        return m.group(0)[m.start(3) - m.start():] if first and again and first[0] == again[0] else m.group(0)

    return _RESTATED_SPELLING[lang].sub(one, folded)


def tokenize(folded: str, lang: Lang) -> tuple[list[str], set[int]]:
    """Tokens for letter parsing, plus the indices of letter groups typed as one chunk ("abc1234")."""
    if _HOLD_HINT.search(folded):
        folded = _HOLD_PHRASE[lang].sub(" holdon ", folded)
    if _TAKE_BACK_HINT.search(folded):
        # only after pieces of this turn: opening a turn ("me equivoqué, la ce es de" at a read-back, "never
        # mind, it's one two three five") the words lead a correction in, read as before
        folded = TAKE_BACK_PHRASE[lang].sub(
            lambda m: f" {TAKE_BACK_WORD[lang]} " if said_before_take_back(folded[: m.start()]) else m.group(0),
            folded)
    folded = strip_filler_phrases(sizes_apart(folded) if lang == "es" else folded, lang)
    folded = folded.replace("x-ray", "xray").replace("x ray", "xray")
    folded = without_thinking_aloud(folded, lang)
    if lang == "en":
        folded = re.sub(r"\bniner\b", "nine", folded)  # the radio alphabet's nine
    folded = _COMPOUND_HYPHEN_RE.sub(r"\1 ", folded)
    fillers = _NOISE_WORDS[lang]
    tokens: list[str] = []
    glued: set[int] = set()
    for chunk in _TOKEN_RE.findall(folded):
        if chunk in fillers:
            continue
        parts = _PART_RE.findall(chunk)
        mixed = any(p.isdigit() for p in parts) and any(p.isalpha() for p in parts)
        for p in parts:
            if p in fillers and not mixed:
                continue  # "mm-hmm", "uh-huh": each half of a hyphenated noise is noise too
            if mixed and p.isalpha():
                glued.add(len(tokens))
            tokens.append(p)
    return merge_split_markers(tokens), glued


# A letter set against the one it is not: "be grande, no ve chica", "es con ese, no con zeta", "ene, no eme",
# "B as in boy, not V". The letter after the "no" is ruled out, not dictated: a careful listener writes the
# first one only. The "no" must run straight into that letter (no pause after it) and either follow a pause
# ("ese, no zeta"), or lead the letter with "con"/"es"/"la"/"letra", or one of the two be made clear
# ("be grande", "ve de vaca"); "be, no, ve" (a pause after the "no") and "be no ve" said in one breath
# take the first letter back instead, as a take-back does.
# The word after a letter's name that makes it clear: a size ("be grande") or "i latina", "y griega" (a regex
# alternation; "de burro" is the other way, see _CLEAR).
LETTER_QUALIFIERS = "|".join((*SIZE_BIG, *SIZE_SMALL, "latina", "griega"))
_CLEAR = rf"(?: de [a-z]+| (?:{LETTER_QUALIFIERS}))"
_RULED_OUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(rf"(?P<pause>[,;:]?)\s+no\s+(?P<lead>(?:(?:es|con|la|el|letra)\s+)*)"
                     rf"(?P<old>[a-z]+{_CLEAR}?)(?=$|[\s,.;!?])"),
    "en": re.compile(r"(?P<pause>[,;:]?)\s+not\s+(?P<lead>(?:(?:an?|the|letter)\s+)*)"
                     r"(?P<old>[a-z]+(?: as in [a-z]+)?)(?=$|[\s,.;!?])"),
}
_CLEAR_RE = re.compile(rf"{_CLEAR}$| as in [a-z]+$")


def without_ruled_out(folded: str, lang: Lang) -> str:
    """`folded` with each letter ruled out against the letter before it ("be grande, no ve chica") left out."""
    for m in reversed(list(_RULED_OUT[lang].finditer(folded))):
        before = folded[: m.start()]
        words = re.findall(r"[a-z]+", before)
        if not words or not re.fullmatch(r"[a-z]+(?: as in [a-z]+)?" + f"{_CLEAR}?", m.group("old")):
            continue
        old = letter_at(m.group("old").split(), 0, lang, nato=True)
        if old is None or old[3] != len(m.group("old").split()):
            continue  # "be grande, no ve nada": talk after the "no", not a letter
        after = folded[m.end() :]
        if re.match(r"\s+[a-z]", after) and letter_at(after.split(), 0, lang, nato=True) is not None:
            continue  # "ka erre te, no ka erre de": letters said again after the "no", a take-back of them
        tail = " ".join(words[-4:])
        if not (m.group("pause") or m.group("lead") or _CLEAR_RE.search(m.group("old"))
                or _CLEAR_RE.search(tail) or lang == "en"):
            continue
        said = next((got for k in range(max(0, len(words) - 4), len(words))
                     if (got := letter_at(words[k:], 0, lang, nato=True)) and k + got[3] == len(words)), None)
        if said is None or said[0] == old[0]:
            continue
        folded = folded[: m.start()] + " " + folded[m.end() :]
    return folded


# "ca de quince", "erre de 40": "de" said in one breath between a letter named alone and a number is the
# preposition ("K, the fifteen"), as "de" + a word names a letter by that word ("ca de kilo") - a NUMBER is no
# spelling word. Said apart ("ca, ere, de, nueve cuarenta") or inside a run of letters ("a be ce de uno dos
# tres") it is the letter D.
_WORD_AND_MARK_RE = re.compile(r"[a-z0-9]+[^a-z0-9\s]*")


def _de_before_number(folded: str, lang: Lang) -> str:
    """`folded` with the "de" of "<letter> de <number>" (said in one breath, the letter not in a run of
    letters) left out."""
    if lang != "es" or " de " not in folded:
        return folded
    words = _WORD_AND_MARK_RE.findall(folded)
    bare = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    keep: list[str] = []
    for k, word in enumerate(words):
        if word == "de" and 0 < k < len(words) - 1 and words[k - 1] == bare[k - 1]:
            lead = letter_name(bare[k - 1], lang, nato=False)
            nxt = bare[k + 1]
            in_run = k >= 2 and words[k - 2] == bare[k - 2] and letter_name(bare[k - 2], lang, nato=False)
            if lead and lead[1] and not in_run and (nxt.isdigit() or is_number_word(nxt, lang)):
                continue
        keep.append(word)
    return " ".join(keep) if len(keep) < len(words) else folded


def parse_pieces(
    folded: str,
    lang: Lang,
    *,
    common_words: frozenset[str] = frozenset(),
    upper_chunks: frozenset[str] = frozenset(),
) -> Parsed:
    """Letters, digits and dashes in a folded utterance, in order.

    `common_words`: everyday words that must never be read as a group of letters.
    `upper_chunks`: folded tokens the recogniser wrote in capitals ("NLE"), i.e. spelled letters.
    """
    if _GOING_ON[lang].fullmatch(folded.strip(" .,;:!?¡¿…")):
        return Parsed((), 1)  # "Y la", "y luego el": the caller going on, cut before the letter (the next turn)
    if lang == "es":
        folded = sizes_apart(folded)  # "be grande, no vechica": the sizes apart before a letter is ruled out
        folded = _de_before_number(folded, lang)
    folded = _without_first_of_restated(folded, lang)
    raw, glued = tokenize(without_ruled_out(folded, lang), lang)
    tokens = _without_frame_verbs(mend_letter_names(prepare_tokens(raw, lang), lang), lang,
                                  trails_off=bool(_TRAILS_OFF_RE.search(folded)))
    announced_at = _announced_first(tokens, lang)
    announced = -1  # the piece "empieza con la jota" names, when the dictation then starts with it again
    if len(tokens) != len(raw):
        glued = set()  # positions moved; glued chunks are rare enough not to track through rewrites
    lost = lost_letter_spelling(tokens, lang)
    if lost:
        return Parsed((Piece(lost, "letter", spelled=True),), 0)
    numbers = {span.start: span for span in find_numbers(tokens, lang)}
    ignorable = _IGNORABLE[lang]
    pieces: list[Piece] = []
    gaps: set[int] = set()  # piece indices preceded by a word that is not part of the dictation
    noise = 0
    take_back = _TAKE_BACK[lang]
    retract = -1  # while a take-back word waits for the character that replaces: where it will go
    retractions: set[int] = set()  # pieces said right after a take-back word
    lone_words: set[int] = set()  # pieces that are a spelling word said without its letter name
    confirms: set[int] = set()  # piece indices preceded by a yes ("ka, sí, ka")
    restarts: set[int] = set()  # piece indices preceded by a hold ("S, T... hold on, S, F, T")
    articled: set[int] = set()  # piece indices said after an article ("la ese")
    origins: set[int] = set()  # pieces that may be the verb "es" and where the plate is from ("es de Sonora la placa")
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if i == announced_at:
            announced = len(pieces)
        if 0 <= retract < len(pieces):
            retractions.add(retract)
            retract = -1
        if tok in _CONFIRM_WORDS[lang] and pieces:
            confirms.add(len(pieces))
            i += 1
            continue
        times = times_said(tokens, i, lang) if pieces and pieces[-1].kind == "letter" and pieces[-1].strong \
            and len(pieces) not in gaps else None
        if times is not None:
            # "a ele dos veces", "L twice": the letter before said that many times (A L L), as "doble ele" is
            last = pieces[-1]
            pieces[-1] = replace(last, chars=last.chars + last.chars[-1] * (times[0] - 1), strong=True)
            i += times[1]
            continue
        restating = tok in _RESTATE[lang]
        # a caller who says the article before every letter ("la ese, la ese, la te") says each one anew:
        # only a letter said bare and then with its article ("ca, la ca") is the same one
        if pieces and pieces[-1].kind == "letter" and i + 1 < n and (
                restating or tok in _LETTER_ARTICLE[lang] and len(pieces[-1].chars) == 1
                and len(pieces) - 1 not in articled):
            j = i + 1 + (restating and tokens[i + 1] in _RESTATE_ARTICLES and i + 2 < n)
            again = letter_at(tokens, j, lang, nato=True)
            if again and again[0] == pieces[-1].chars:
                confirms.add(len(pieces))  # "erre... es la erre", "ca, la ca": the letter said again
                i = j
                continue
        if tok in _LETTER_ARTICLE[lang]:
            articled.add(len(pieces))
        if tok in take_back and pieces:
            retract = len(pieces)
            noise += 1
            gaps.add(len(pieces))
            i += 1
            continue
        if _LETTER_MARKERS.match(tok) and i + 1 < n:
            got = letter_at(tokens, i + 1, lang, nato=True)
            if got:
                spelled = _with_word(tokens, i + 1, got[3], lang)
                said = " ".join(tokens[i + 1 : i + 1 + got[3]]) if spelled else ""
                pieces.append(Piece(got[0], "letter", spelled=spelled, said=said,
                                    sized=_sized(tokens, i + 1, lang)))
                i += 1 + got[3]
                continue
            if is_spelling_word(tokens[i + 1], lang):
                # "letra dedo": "letra de, de dedo" run together; the word of the spelling was kept
                pieces.append(Piece(tokens[i + 1][0].upper(), "letter", spelled=True))
                i += 2
                continue
            named = letter_name(tokens[i + 1], lang, nato=False)
            after = tokens[i + 2] if i + 2 < n else None
            if named is not None and (after is None or bool(_LETTER_MARKERS.match(after)) or after.isdigit()
                                      or is_number_word(after, lang) or letter_name(after, lang) is not None):
                # "letra de, letra ene": after "letra", "de" is the letter D ("la letra de la placa" is not)
                pieces.append(Piece(named[0], "letter"))
                i += 2
                continue
            i += 1
            continue
        if tok in _NUMBER_MARKERS:
            i += 1
            continue
        if i in numbers and span_counts(tokens, numbers[i].end):
            # "son nada más tres letras": how many, not a digit - only the last number said counts them ("1 2 3,
            # two days ago": the 1 2 3 before it are the plate's)
            span = numbers[i]
            pieces.extend(Piece(g, "digit")
                          for g in said_over(tokens[span.start : span.end], span.groups, lang)[:-1])
            noise += 1
            gaps.add(len(pieces))
            i = span.end + 1
            continue
        if i in numbers:
            span = numbers[i]
            # Spanish "a"/"o"/"e" are never numbers; English "a"/"oh" only when the number module says so.
            pieces.extend(Piece(g, "digit") for g in said_over(tokens[span.start : span.end], span.groups, lang))
            i = span.end
            continue
        if tok == "-" or tok in _DASH_WORDS:
            pieces.append(Piece("-", "dash"))
            i += 2 if i + 1 < n and tokens[i + 1] in ("medio", "corto") else 1
            continue
        if i in glued and tok.isalpha():
            pieces.append(Piece(tok.upper(), "letter"))  # letters typed together with digits ("abc1234")
            i += 1
            continue
        got = letter_at(tokens, i, lang, nato=True)
        if got:
            letter, strong, drop, used = got
            if _plate_is_from(tokens, i, used, lang):
                origins.add(len(pieces))
            spelled = _with_word(tokens, i, used, lang)
            said = " ".join(tokens[i : i + used]) if spelled else ""
            pieces.append(Piece(letter, "letter", strong, drop, spelled=spelled, said=said,
                                sized=_sized(tokens, i, lang)))
            i += used
            continue
        if tok in _REPEAT_LETTER and i + 1 < n:
            got = letter_at(tokens, i + 1, lang, nato=True)
            # "doble ele" -> LL; "doble a" -> AA (a vowel, "de", "te": weak alone, a letter after "doble")
            if got and (got[1] or not got[2]):
                pieces.append(Piece(got[0] * _REPEAT_LETTER[tok], "letter"))
                i += 1 + got[3]
                continue
        at = i + 2 if tok == "otra" and tokens[i + 1 : i + 2] == ["vez"] else i + 1
        if tok in _ONE_MORE_LETTER and at < n \
                and (at + 1 == n or tokens[at + 1].isdigit() or is_number_word(tokens[at + 1], lang)
                     or letter_name(tokens[at + 1], lang, nato=False) is not None):
            # "otra a." / "otra vez a." at A A: one more A - the weak name is a letter after the words that count it
            # (ending the turn or before more of the dictation, never "otra a la izquierda"); a strong name after
            # "otra" is read as before
            got = letter_at(tokens, at, lang, nato=True)
            if got and not got[1] and not got[2] and got[3] == 1:
                pieces.append(Piece(got[0], "letter"))
                i = at + 1
                noise += 1  # "otra" still marks the letter as one more (`_ANOTHER`), as before
                continue
        if tok in ignorable or _LETTER_MARKERS.match(tok):
            i += 1
            continue
        if is_spelling_word(tok, lang):
            # "Uva.": the word of "U de uva" with the letter name lost (kept only away from other words)
            lone_words.add(len(pieces))
            pieces.append(Piece(tok[0].upper(), "letter", False, False, spelled=True))
            i += 1
            continue
        if _DRAWN_OUT_VOWEL.fullmatch(tok) and n == 1 and i not in glued and tok not in upper_chunks:
            # "Aa.", "Ooo.": one vowel drawn out, written as the recogniser heard it - the letter said once (as
            # "A." is), never two or three of it, which a caller says apart ("A, A") or as "doble a". Only said
            # alone: beside other characters it is a hesitation ("Eee, a be ce uno dos tres") or two of the
            # vowel run together ("aa be uno dos tres"), read as before
            pieces.append(Piece(tok[0].upper(), "letter", False, False))
            i += 1
            continue
        if tok.isalpha() and 2 <= len(tok) <= 4 and tok not in common_words:
            # An unknown short chunk: letters run together by the recogniser ("xkm", "NLE").
            strong = i in glued or tok in upper_chunks or not (_VOWELS & set(tok))
            pieces.append(Piece(tok.upper(), "letter", strong, False))
            i += 1
            continue
        noise += 1
        gaps.add(len(pieces))
        i += 1
        if tok in _RESTART_HOLD[lang] and pieces:
            restarts.add(len(pieces))
        if tok not in _HOLD_ON[lang]:
            retract = -1  # "no se ven": talk, not a take-back ("no, espérame": still one)
    if 0 <= retract < len(pieces):
        retractions.add(retract)
    retractions |= {at for at in restarts if _said_again_from_start(pieces, gaps, at)}
    if 0 <= announced < len(pieces) - 1 and pieces[announced].kind == pieces[announced + 1].kind == "letter" \
            and pieces[announced].chars == pieces[announced + 1].chars:
        del pieces[announced]  # "empieza con la jota. Jota, e, doble u": the first letter, then the dictation
        gaps = _renumbered(gaps, announced)
        retractions = {r - 1 if r > announced else r for r in retractions if r != announced}
        lone_words = {w - 1 if w > announced else w for w in lone_words if w != announced}
    pieces, gaps, retractions, lone_words = _where_from(pieces, gaps, retractions, lone_words, origins)
    pieces, gaps, retractions = _lone_words_in_talk(pieces, gaps, retractions, lone_words)
    pieces, gaps, retractions = _confirmed(pieces, gaps, retractions, confirms)
    pieces, gaps = _taken_back(pieces, gaps, retractions)
    pieces, gaps = _restated(pieces, gaps)
    return Parsed(_between_letters(pieces, gaps, lang), noise)


# What a plate is said of: "la placa es de Sonora", "es de Jalisco la caja" say where it is from.
_PLATE_NOUNS = wordset("placa placas matricula caja remolque trailer traila tractor")
_NOUN_ARTICLES = wordset("la las el mi su")


def _plate_is_from(tokens: list[str], i: int, used: int, lang: Lang) -> bool:
    """Whether the "es de <word>" at tokens[i] may be the verb "is" with where the plate is from, not "ese de
    <word>" heard short: the plate is named right before it ("la placa es de Sonora") or right after it ("Es de
    Sonora la placa")."""
    if lang != "es" or tokens[i] != "es" or used < 3 or tokens[i + 1] != "de":
        return False
    said = tokens[i + 2]
    if letter_name(said, lang) is not None or said in SPELLING_NOUNS[lang]:
        # "la placa es de... ese de Sonora", "la placa es de sapo": a letter's name or an everyday noun of the
        # spelling is no place a plate is from - the letter it spells is the first of the plate
        return False
    after = tokens[i + used : i + used + 2]
    if after[:1] and after[0] in _NOUN_ARTICLES:
        after = after[1:]
    return (i > 0 and tokens[i - 1] in _PLATE_NOUNS) or bool(after) and after[0] in _PLATE_NOUNS


def _where_from(
    pieces: list[Piece], gaps: set[int], retractions: set[int], lone_words: set[int], origins: set[int]
) -> tuple[list[Piece], set[int], set[int], set[int]]:
    """An "es de <word>" beside the plate's name ("Es de Sonora la placa.", "la placa es de Texas") that no
    character follows in the same breath says where the plate is from - talk, no letter (once a letter
    follows it, "la placa es de sapo, a, be", it opens the dictation, "ese" heard short)."""
    out, gaps, retractions, lone_words = list(pieces), set(gaps), set(retractions), set(lone_words)
    for k in sorted(origins, reverse=True):
        if k + 1 < len(out) and k + 1 not in gaps:
            continue
        del out[k]
        gaps = _renumbered(gaps, k) | {k}
        retractions = {r - 1 if r > k else r for r in retractions if r != k}
        lone_words = {w - 1 if w > k else w for w in lone_words if w != k}
    return out, gaps, retractions, lone_words


def _lone_words_in_talk(
    pieces: list[Piece], gaps: set[int], retractions: set[int], lone_words: set[int]
) -> tuple[list[Piece], set[int], set[int]]:
    """A spelling word next to talk is a word of the talk, not a letter ("placas de Jalisco", "estoy en
    casa"), and one right after "X de <word>" goes on with that word ("ene de Nuevo León"). Among letters
    and digits, or alone ("Uva."), it is its letter."""
    out, gaps, retractions = list(pieces), set(gaps), set(retractions)
    for k in sorted(lone_words, reverse=True):
        after_spelling = k > 0 and k - 1 not in lone_words and out[k - 1].spelled
        if k in gaps or k + 1 in gaps or after_spelling:
            del out[k]
            retractions = {r - 1 if r > k else r for r in retractions if r != k}
            gaps = _renumbered(gaps, k)
    return out, gaps, retractions


_MARKED_NUMBERS = _NUMBER_MARKERS | wordset("numbers digits numeros digitos")


# "empieza con la jota", "it starts with a J": the caller names the first character before dictating.
_STARTS: dict[Lang, frozenset[str]] = {
    "es": wordset("empieza empiezan comienza comienzan inicia arranca"),
    "en": wordset("starts start begins begin"),
}
_STARTS_WITH = wordset("con with")
_STARTS_ARTICLES = wordset("la el una un letra a an the letter")


def _starts_with(tokens: list[str], k: int, lang: Lang) -> bool:
    """Whether tokens[k] is an article after "empieza con" / "starts with" ("...con la jota", "...with a J")."""
    return k >= 2 and tokens[k] in _STARTS_ARTICLES and tokens[k - 1] in _STARTS_WITH and tokens[k - 2] in _STARTS[lang]


def _announced_first(tokens: list[str], lang: Lang) -> int:
    """The index of the token "empieza con" / "starts with" names (-1 when none)."""
    for k in range(2, len(tokens)):
        if tokens[k - 1] in _STARTS_WITH and tokens[k - 2] in _STARTS[lang]:
            return k
    return -1


# "Letra es...", "letter is…": the turn written as trailing off, the caller in the middle of a sentence
# "Y la", "y luego el", "and then the": "and" with only the words that lead to the next piece, the turn cut before
# it - no "y" (Y) nor "el" (L) of the value; the letter comes in the next turn. A bare "y" may be the letter.
_GOING_ON: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"y (?:(?:luego|despues|ahora|ya|este) ?)*(?:(?:la|el|los|las|una|un|otra|otro)\b ?)*"),
    "en": re.compile(r"and (?:(?:then|next|now|after that|uh|um) ?)*(?:(?:the|a|an|another)\b ?)*"),
}
_TRAILS_OFF_RE = re.compile(r"(?:\.\.\.|…)[\s\"']*$")


def _without_frame_verbs(tokens: list[str], lang: Lang, *, trails_off: bool = False) -> list[str]:
    """Tokens without the verb of a marker ("letters are X Y", "las letras son...", "numbers are...") and
    the article after "empieza con" / "starts with" ("it starts with a J": "a" is no letter)."""
    verbs = _FRAME_VERBS[lang]
    return [
        tok for k, tok in enumerate(tokens)
        if not (tok in verbs and k > 0 and (_LETTER_MARKERS.match(tokens[k - 1]) or tokens[k - 1] in _MARKED_NUMBERS)
                and not _verb_is_the_letter(tokens, k, lang, trails_off=trails_off))
        and not _starts_with(tokens, k, lang)
    ]


def _verb_is_the_letter(tokens: list[str], k: int, lang: Lang, *, trails_off: bool = False) -> bool:
    """Whether the frame verb at k after one "letra"/"letter" is the letter it sounds like ("Letra es." =
    letra ese, "letter are" = R): nothing that could be the letter of a frame comes after it - the turn
    ends, or another "letra", a number, a size ("en minúscula") or "de <word>" spelling that very letter
    ("letra es de Sinaloa"). "La letra es be", "las letras son...", "la letra es, de dedo" stay frames."""
    marker = tokens[k - 1]
    if marker in _MARKED_NUMBERS or marker.endswith("s") or k > 1 and tokens[k - 2] in _FRAME_LEADS:
        return False  # "letras son", "número es", "la primera letra es": a frame for what follows
    named = letter_name(tokens[k], lang, nato=False)
    if named is None:
        return False  # "is", "son": no letter's name
    if trails_off and all(tok in _IGNORABLE[lang] for tok in tokens[k + 1 :]):
        return False  # "Letra es...", "letra es, este…": the caller trailing off before the letter
    verbs = _FRAME_VERBS[lang]
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after in _FRAME_ARTICLES and k + 2 < len(tokens) and letter_name(tokens[k + 2], lang, nato=False):
        return False  # "letra be, letra es la ce": the article leads the letter the frame names
    if any(_LETTER_MARKERS.match(tok) and tokens[j + 1] not in verbs for j, tok in enumerate(tokens[: k - 1])):
        return True  # "letra u, letra es, ve de vaca": "letra" said before each letter
    if after is None or _LETTER_MARKERS.match(after) or after.isdigit() or is_number_word(after, lang):
        return True
    if after in _IGNORABLE[lang] - _FRAME_ARTICLES or after == "en" and lang == "es":
        return True  # "letra es en minúscula", "letra es mayúscula"
    spelled = letter_at(tokens, k, lang, nato=False)
    return spelled is not None and spelled[3] > 1 and spelled[0] == named[0]  # "es de Sinaloa", not "de dedo"


# Articles after a frame verb ("la letra es la ese"): they lead the letter the frame names.
_FRAME_ARTICLES = wordset("la el los las una un the")
# Words before "letra" that make "letra es" the start of a sentence about a letter ("la letra es...", "la
# primera letra es...", "the last letter is..."), whatever ends the turn after it.
_FRAME_LEADS = wordset(
    "la el una un esa esta otra primera segunda tercera cuarta quinta ultima penultima siguiente misma "
    "the a an this that first second third fourth fifth last next other same"
)


def _with_word(tokens: list[str], i: int, used: int, lang: Lang) -> bool:
    """Whether the letter at i took a word to name it ("ve de vaca"), not just its name ("i griega",
    "ve chica")."""
    return used > (2 if _pair(tokens, i, lang) else 1)


# "tres letras", "four numbers": a number that counts characters is not one of them.
# Said after a number, what it counts: never characters of a value ("son tres letras", and the side remark
# "llevan tres semanas en el patio", "two days ago").
_COUNTED = wordset(
    "letras numeros digitos caracteres letters numbers digits characters "
    "semanas semana dias dia horas minutos meses mes anos veces kilometros kilos toneladas "
    "weeks week days day hours minutes months month years times miles tons"
)


def span_counts(tokens: list[str], end: int) -> bool:
    return end < len(tokens) and tokens[end] in _COUNTED


def _renumbered(gaps: set[int], removed: int) -> set[int]:
    return {g - 1 if g > removed else g for g in gaps}


def _confirmed(
    pieces: list[Piece], gaps: set[int], retractions: set[int], confirms: set[int]
) -> tuple[list[Piece], set[int], set[int]]:
    """ "ka de kilo... ka, sí, ka", "K, yes, K": a yes between two sayings of one letter confirms it, and
    the bare sayings of it right before the yes echo the letter before them. One letter in all."""
    out, gaps, retractions = list(pieces), set(gaps), set(retractions)

    def drop(k: int) -> None:
        nonlocal gaps, retractions
        del out[k]
        gaps = _renumbered(gaps, k)
        retractions = {r - 1 if r > k else r for r in retractions if r != k}

    for at in sorted(confirms, reverse=True):
        if not 0 < at < len(out):
            continue
        prev, nxt = out[at - 1], out[at]
        if not (prev.kind == nxt.kind == "letter" and len(prev.chars) == 1 and prev.chars == nxt.chars
                and not nxt.spelled):
            continue
        drop(at)  # the letter said again after the yes
        k = at - 1
        while k > 0 and k not in gaps and not out[k].spelled and out[k - 1].kind == "letter" \
                and out[k - 1].chars == out[k].chars:
            drop(k)  # "ka de kilo... ka": the bare echo of the letter just said
            k -= 1
    return out, gaps, retractions


def _said_again_from_start(pieces: list[Piece], gaps: set[int], at: int) -> bool:
    """Whether the letters from `at` on (two or more, said together) begin with the letter that began the run
    of letters said right before `at` (two or more): "S, T... hold on, S, F, T" says the plate again."""
    if not 0 < at < len(pieces) or pieces[at].kind != "letter" or not pieces[at].strong:
        return False
    end = at + 1
    while end < len(pieces) and pieces[end].kind == "letter" and end not in gaps:
        end += 1
    start = at
    while start > 0 and pieces[start - 1].kind == "letter" and (start == at or start not in gaps):
        start -= 1
    run, said = end - at, at - start
    while said > 2 and not pieces[start].strong and pieces[at - min(run, said)].chars != pieces[at].chars:
        start, said = start + 1, said - 1  # "Es ele, eme... espérame, ele, ene": the frame's "es" began no run
    return run >= 2 and said >= 2 and pieces[at - min(run, said)].chars == pieces[at].chars


def _taken_back(pieces: list[Piece], gaps: set[int], retractions: set[int]) -> tuple[list[Piece], set[int]]:
    """ "te de... no, de de dedo": a clear character said right after a take-back word replaces the last
    character of its kind said before it (a letter a letter, a number the number)."""
    out, gaps = list(pieces), set(gaps)
    for at in sorted(retractions, reverse=True):
        new = out[at]
        if not new.strong or new.kind == "dash":
            continue
        if new.said and at + 1 < len(out) and at + 1 not in gaps and out[at + 1].said == new.said:
            # "uve de vaca... no, be de burro, be de burro": the correction said twice to be sure of it
            del out[at + 1]
            gaps = _renumbered(gaps, at + 1)
        if new.kind == "digit":
            # as many digits as were said again: "quinientos treinta, no, quinientos trece" (3 for 3),
            # "cuatro cinco seis, no, cuatro cinco siete" (3 for 3), "cuatro cinco seis, no, siete" (1 for 1)
            end = at
            while end < len(out) and out[end].kind == "digit" and (end == at or end not in gaps):
                end += 1
            count = sum(len(p.chars) for p in out[at:end])
            k = at - 1
            while count > 0 and k >= 0 and out[k].kind == "digit":
                chars = out[k].chars
                if len(chars) <= count:
                    count -= len(chars)
                    del out[k]
                    gaps = _renumbered(gaps, k)
                    at -= 1
                else:
                    out[k] = Piece(chars[: len(chars) - count], "digit")
                    count = 0
                k -= 1
            continue
        before = [k for k in range(at) if out[k].kind == new.kind]
        if not before:
            continue
        # "Charlie Alpha Foxtrot... wait, Charlie Alpha Golf": a run of letters said again from where the
        # run before the take-back started replaces that whole run; otherwise one letter for one
        end = at
        while end < len(out) and out[end].kind == "letter" and (end == at or end not in gaps):
            end += 1
        run = end - at
        start = at
        while start > 0 and out[start - 1].kind == "letter" and start not in gaps - {at}:
            start -= 1
        said = at - start
        while said > 2 and not out[start].strong and out[at - min(run, said)].chars != new.chars:
            start, said = start + 1, said - 1  # "Es efe, ene... no, efe, eme, ce": the frame's "es" began no run
        if run >= 2 and said >= 2 and out[at - min(run, said)].chars == new.chars:
            count = min(run, said)
            del out[at - count : at]
            gaps = {g - count if g >= at else g for g in gaps if not at - count < g < at}
            continue
        k = before[-1]
        del out[k]
        gaps = _renumbered(gaps, k)
    return out, gaps


def _restated(pieces: list[Piece], gaps: set[int]) -> tuple[list[Piece], set[int]]:
    """ "ve, ve de vaca", "i, i de iglesia", "ve, ve chica", "be, be grande": a bare letter followed at once
    by the same letter named with a word or with its size is one letter said twice to make it clear. Two
    bare ones ("ele, ele") are two letters, and so are two named with words or sizes ("ere de Roma, ere de
    Roma", "ve chica, ve chica": a double letter)."""
    out, gaps = list(pieces), set(gaps)
    k = 1
    while k < len(out):
        prev, cur = out[k - 1], out[k]
        named_again = (cur.spelled and not prev.spelled) or (cur.sized and not (prev.spelled or prev.sized))
        if cur.kind == "letter" and named_again and prev.kind == "letter" and prev.chars == cur.chars \
                and len(cur.chars) == 1 and k not in gaps:
            del out[k - 1]
            gaps = _renumbered(gaps, k - 1)
            continue
        k += 1
    return out, gaps


def _strong_letter(p: Piece) -> bool:
    return p.kind == "letter" and p.strong


def _between_letters(pieces: list[Piece], gaps: set[int], lang: Lang) -> tuple[Piece, ...]:
    out = list(pieces)
    usually_not = {k for k, p in enumerate(pieces) if p.drop_first}  # "y", "es", "se", "el"
    # "x y z": a usually-not-a-letter word between two spelled letters is a letter after all.
    for k in range(1, len(out) - 1):
        p = out[k]
        if p.drop_first and _strong_letter(out[k - 1]) and _strong_letter(out[k + 1]):
            out[k] = Piece(p.chars, p.kind, False, False)
    if lang == "es":
        # "a be ce de 1 2 3": a lone vowel / "de" / "te" said right next to a spelled letter, with no other
        # word in between, is part of the dictation. It must not be dropped just to make the pattern fit
        # (that would save "BCD-123" for a four-letter dictation).
        # Spreads along a run ("a a be ce": both a's), so walk forwards then backwards.
        for order in (range(len(out)), range(len(out) - 1, -1, -1)):
            for k in order:
                p = out[k]
                if p.kind != "letter" or p.strong or k in usually_not or len(p.chars) != 1:
                    continue
                before = k > 0 and k not in gaps and _strong_letter(out[k - 1])
                after = k + 1 < len(out) and k + 1 not in gaps and _strong_letter(out[k + 1])
                if before or after:
                    out[k] = Piece(p.chars, p.kind, True, False)
        if len(out) >= 3 and out[0].drop_first and out[0].chars == "C" \
                and all(_strong_letter(q) for q in out[1:3]) and not gaps & {0, 1, 2}:
            # "Se, hache, de": the pronoun "se" needs a verb; before spelled letters it is the letter ce
            out[0] = Piece("C", "letter", True, False)
    return tuple(out)
