"""The `email` slot: a dictated address ("juan punto perez arroba gmail punto com") -> "juan.perez@gmail.com".

Spoken symbols are read in both languages (callers mix "arroba" and "dot com"). Words of the local part
are run together, spelled letters are joined ("j u a n", "jota u a ene"), number words become digits.
`email-validator` (syntax only, no DNS) has the last word. A bare "gmail" gets ".com" - it has no other
domain; other providers need the caller to say the ending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from rapidfuzz import fuzz, process

from .accumulators import _LOOKING
from .edges import edge_words
from .intent_rules import _HOLD_RE
from .letters import (
    _LETTER_MARKERS,
    _SOUND_ALIKE,
    BACKCHANNELS,
    LETTER_QUALIFIERS,
    SIZE_BIG,
    SIZE_SMALL,
    TAKE_BACK_PHRASE,
    TAKE_BACK_WORD,
    _names_run_together,
    eh_spelled,
    heard_spelling,
    joined_spelling_places,
    letter_at,
    letter_name,
    lost_letter_spelling,
    merge_split_markers,
    sizes_apart,
    without_thinking_aloud,
)
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS, GIVEN_NAMES
from .normalize import (
    CORRECTION_MARKERS,
    FILLERS,
    LETTER_RUNS_RE,
    Lang,
    fold,
    lang_of,
    line_checks_as_pauses,
    strip_filler_phrases,
    wordset,
)
from .numbers import digitize, is_number_word, prepare_tokens, said_in_digits_once, times_said
from .turn_cache import turn_cache

_READY_RE = re.compile(r"(?<![a-z0-9._%+\-])[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?![a-z0-9\-])")
_TOKEN_RE = re.compile(r"[a-z]+|\d+|[@._\-]")

# Spoken symbols, longest first; replaced in the folded text before tokenising.
# the article a symbol is named with ("luego la arroba", "marisol, el guion bajo, q", "then the at", "the
# underscore"): no part of the address (never the letters L A, nor a word "el"); after "sin"/"con"/"without" it is
# read with the note it belongs to ("sin el punto"). Replaced before `_SYMBOL_PHRASES`.
# "la" names only the (feminine) arroba: before "punto" or "guion" it is a word of the address ("la punto garza":
# la.garza@), never their article - where a word of the address can be: before the arroba, and never the domain's
# ending ("gmail, y luego la punto com" is gmail.com, never gmailla.com; see `_without_symbol_article`).
_SYMBOL_ARTICLE_RE = re.compile(
    r"\b(?<!\bsin )(?<!\bcon )(?<!\bwith )(?<!\bwithout )(?<!\bno )(?:la|el|the)"
    r"(?= (?:arroba|aroba|arrova|at sign|at(?! the\b| all\b| least\b)|guion|guiones"
    r"|punto|dot|period|underscore|dash|hyphen)\b)")
# An e-mail named (a mail provider, the word itself, the "arroba", or the confirmation the agent sends by it).
MAIL_NAMED = re.compile(r"\b(?:correo|correos|email|emails|e mail|mail|gmail|hotmail|yahoo|outlook|icloud|live"
                        r"|prodigy|confirmacion|confirmation|arroba)\b")
_AT_SAID_RE = re.compile(r"\b(?:arroba|aroba|arrova|at sign)\b|@")


def _without_symbol_article(text: str, lang: Lang) -> str:
    """`text` without the article a symbol is named with; an "el" after a letter spelled is the L the recogniser
    wrote so ("de a ene i e el arroba": daniel@, never danie@); a "la" before "punto"/"guion" where a word of the
    address can be is that word ("la punto garza": la.garza@)."""
    def dropped(m: re.Match[str]) -> str:
        before = _TOKEN_RE.findall(m.string[: m.start()])
        spelled = m.group(0) == "el" and lang == "es" and bool(before) and _spelled_letter(before[-1], lang) is not None
        word = lang == "es" and _LA_WORD_RE.match(m.string, m.start()) is not None \
            and _AT_SAID_RE.search(m.string[: m.start()]) is None and _begins_a_part(before)
        return m.group(0) if spelled or word else " "

    return _SYMBOL_ARTICLE_RE.sub(dropped, text)


# Words said before the address that leave "la" at its start ("es la punto garza", "mi correo es la punto garza");
# so does any everyday word ("el correo es la punto garza", "anote la punto garza": never garza@ nor anote.garza@).
_BEFORE_THE_ADDRESS = wordset(
    "es seria mi correo email mail imeil electronico pues bueno este y luego despues ok okay si claro sale mire "
    "oiga eh ah mm apuntele anotele apunte anote apunta anota"
)
# A symbol said last: "la" after it begins the next word of the address ("marisol punto la punto garza").
_SYMBOL_SPOKEN = frozenset(("punto", "guion", "bajo", "medio", ".", "_", "-"))


def _begins_a_part(before: list[str]) -> bool:
    """Whether a "la" said before "punto"/"guion" after the words `before` it begins a word of the address ("la
    punto garza": la.garza@) - nothing of the address said before it, or a symbol just said - rather than being the
    article of the symbol after a word ("marisol la punto garza" is marisol.garza@, never marisolla.garza@: the
    same article dropped before the domain's ending, "gmail, la punto com")."""
    return not before or before[-1] in _SYMBOL_SPOKEN \
        or all(w in _BEFORE_THE_ADDRESS or w in EVERYDAY_WORDS for w in before)


_SYMBOL_PHRASES: tuple[tuple[str, str], ...] = (
    # how a word is written that the address cannot show ("efraín, con acento, pérez", "josé sin acento",
    # "with an accent"): no part of it
    (r"(?:con|sin|lleva|tiene|va con|with|without|no)(?: (?:su|el|la|an|a|the))? (?:acento|acentos|tilde|tildes"
     r"|accent|accents|accent mark)(?: (?:en|on|over) (?:la|el|the) [a-z]\b)?", " "),
    # the "ñ" the address cannot hold, and how to write it instead ("treviño, con eñe pero ponle ene", "lleva eñe,
    # escríbela con ene", "with an ñ but just put n"): no part of it (the folded "eñe" is "ene")
    (r"(?:con|lleva|tiene|va con|es con|with)(?: (?:la|una|an|a))? (?:ene|enie|enye|n),? (?:pero |but |y |and )?"
     r"(?:nomas |solo |just )?(?:ponle|ponla|ponlo|pon|escribela|escribelo|escribele|escribe|usa|put|write|use)"
     r"(?: (?:con|como|an|a))?(?: (?:la|una))? (?:ene|n)(?: normal| sola| simple)?", " "),
    # no dash between the words ("sin guion, toño transportes"): read before the dash itself
    (r"sin (?:ningun |el )?guion(?:es|cito)?(?! (?:bajo|abajo))|without (?:a |any |the )?(?:dash|hyphen)e?s?", " "),
    (r"guion(?:es)? (?:bajo|abajo)|bajo guion|under ?score|under ?bar|subrayado|guionbajo", " _ "),
    (r"guion(?:es)? (?:(?:de en |de |del |en )?medio|(?:de )?enmedio|alto|corto)|guion(?:cito)?|dash|hyphen", " - "),
    # "at the end" places a letter ("lopes with a z at the end"); it is no "@"
    (r"arroba|aroba|arrova|arroba|arrobas|arobba|a rroba|a roba|at sign|at(?! the (?:end|start|beginning|front)\b)",
     " @ "),
    (r"puntocom", " . com "),
    # no dot between the words ("wes pardee, no dot, at gmail", "juan perez sin punto"): read before the dot itself;
    # "no dot com" is the ending said ("no, dot com")
    (r"sin (?:ningun |el )?puntos?|no dots?(?! (?:com|net|org|edu|gov|mx|us|co|io)\b)|without (?:a |any )?dots?"
     r"|no periods?", " "),
    # "punto en medio": the dot between two parts, said with where it goes
    (r"punto(?: (?:de en |de |del |en )?medio| enmedio)?|dot|period", " . "),
    # "pegado con rentería", "junto a la palabra", "stuck to", "joined with": the word the piece before is glued
    # to comes next, the words that join them no part of the address (before a letter's name, "con ele" may be a
    # spelling note: kept for its reader)
    (r"(?:todo )?(?:junt|pegad)(?:it)?[oa]s? (?:con|a|al)(?= (?!(?:ele|eme|ene|efe|ese|ere|erre|equis|hache|jota|"
     r"zeta|acento)\b)[a-z0-9]{3,})|(?:stuck|joined|glued|attached) (?:on )?(?:to|with)(?= [a-z0-9]{3,})|"
     r"todo (?:junt|pegad)(?:it)?[oa]s?|(?:junt|pegad)(?:it)?[oa]s?|(?:todo )?(?:en )?una (?:sola )?palabra|"
     r"sin espacios?|sin puntos?|sin guion(?:es)?|"
     r"(?:todo )?(?:en )?(?:minusculas?|mayusculas?)|all together|all one word|one word|no spaces|no dots|"
     # a bare "together" is the remark only set apart by a comma or closing the turn ("mike... mike jones,
     # together, at gmail", "just d hollis together"); amid the words it may be one ("get together at yahoo",
     # "mike.together@gmail.com")
     r"(?<![.@] )(?<![.@])(?:(?<=, )together|(?<=,)together|together(?=\s*,)|together(?=[\s.!;]*$))|"
     r"(?:all )?(?:in )?lower ?case|small letters",
     " "),
)
_SYMBOL_RES = tuple((re.compile(rf"\b(?:{p})\b"), r) for p, r in _SYMBOL_PHRASES)

# Words that introduce the address; everything up to them is dropped.
_LEAD_KEYWORDS = wordset(
    "correo email mail imeil emeil imail electronico address adress apellido apellidos surname lastname"
)
# "Y luego mi apellido, bernal": these name a piece of the address, not the address itself (said amid a
# dictation they go on with it rather than start it again).
_NAME_KEYWORDS = wordset("apellido apellidos surname lastname")
_LEAD_WORDS = wordset(
    "es seria its it is thats that would sure si yes yeah yep yup ok okay okey okei oquei claro mi my el the este pues "
    "bueno well so "
    "y luego despues sigue then and next no nope mejor pon ponle escribe anota apunta put write make i "
    # where the address is ("está en hotmail", "mi correo está en gmail")
    "esta"
)
# A lead word that says where the address is ("está en hotmail"): joined to the rest by a symbol ("esta.gomez",
# "esta punto gomez") it is the address's own start.
_WHERE_LEADS = frozenset(("esta",))
# A word that hands the address over ("anótale", "ándale", "apúntele"): dictation starts after it, unless a
# symbol joins it to the next part ("andale.ruiz" is the address).
_HAND_OVER = wordset(
    "anotale anotele anote anotame anoteme apuntale apuntele apunte apuntame apunteme escribele escribale "
    "escriba ponga pongale ponele andale orale sale okey va ahi aqui "
    # a word that asks for attention before the address ("sí, mire: efrén punto ibarra", "look, it's ...")
    "mire mira mireme oiga oye fijese fijate look listen"
)
# "Only this", then a colon and the address ("el de mi esposa, nomás: yolanda. ruiz. 90 ...", "just: ..."): it
# hands the address over. Only before a colon: "nomás el punto después de pedro" at a read-back restricts a
# correction, and "nomas.3" may be an address.
_JUST_THIS_RE = re.compile(r"(?:^|(?<=[\s,.;¿¡]))(?:nomas|namas|nada mas|just|only)\s*:")
# A lead word of one language is a letter in the other: Spanish "letra I" is no English "I", English
# "letter Y" no Spanish "y".
_NOT_LEAD: dict[Lang, frozenset[str]] = {"es": frozenset(("i",)), "en": frozenset(("y",))}
_COPULAS = frozenset(("es", "is", "seria", "son"))
_PROVIDER_LEAD = frozenset(("de", "del", "en", "con", "a", "at", "on", "in", "with", "from", "un", "uno", "one"))
# The words that say where an address is kept before its provider ("lo tengo en el gmail", "it's on yahoo").
_WHERE_KEPT = frozenset(("de", "del", "en", "el", "on", "in", "at", "with", "the"))
# The words that say the caller has the address somewhere ("lo tengo en gmail", "lo tengo en el celular").
_KEPT_PAIRS = (["lo", "tengo"], ["la", "tengo"], ["lo", "tenemos"], ["have", "it"], ["got", "it"])
_MAX_LEAD = 4  # "el mío es ...": a copula this early ends the lead-in, later it may be spelled letters
_LEAD_PAIRS = (["would", "be"], ["will", "be"], ["should", "be"], ["el", "mio"], ["la", "mia"],
               # where the address is kept before it ("lo tengo en gmail", "I have it on yahoo")
               *_KEPT_PAIRS,
               # agreeing before the address ("sure thing, bigrig dot bev ...", "you bet, ...", "of course, ...")
               ["sure", "thing"], ["you", "bet"], ["of", "course"], ["no", "problem"], ["con", "gusto"],
               ["por", "supuesto"])
# Phrases that hand the address over before it ("ahí te va", "send it to", "mándalo a"): the words of a
# sentence, never of the address, when the address follows them.
_HANDING_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "ahi te va", "ahi le va", "ahi va", "ahi te lo paso", "ahi se lo paso", "te lo paso", "se lo paso",
    "ahi le voy", "ahi te voy", "alla va", "mandalo a", "mandalo al", "mandamelo a", "mandamelo al",
    "mandemelo a", "mandemelo al", "envialo a", "envialo al", "enviamelo a", "envienmelo a", "mandelo a",
    "mandelo al", "mandala a", "envielo a", "send it to", "send them to", "send that to", "send it over to",
    "email it to", "mail it to", "shoot it to", "shoot it over to", "send to", "here it goes", "here you go",
    "here goes", "here it is", "heres it", "you can send it to", "can you send it to", "puedes mandarlo a",
    "puede mandarlo a", "lo puede mandar a", "me lo puede mandar a", "me lo mandas a", "me lo manda a",
    # "es mi nombre, macario, ...", "it's my name, john ...": the address is the caller's name, said next
    "mi nombre", "my name", "just my name", "nomas mi nombre", "nada mas mi nombre",
    # "write down hank dot miller", "take this down: ...": the words asking to note it
    "write down", "write this down", "write it down", "write that down", "take down", "take this down",
    "take it down", "jot down", "jot this down", "jot it down", "put down", "note down",
))
_POSSESSIVES = frozenset(("mi", "la", "su", "tu", "my", "the"))
# "y", "luego", "and then" between parts of the address join them; they are never part of it.
_CONNECTORS = frozenset(("y", "and", "luego", "despues", "then"))
_SPELLING_HINT = frozenset(("con", "with"))

_PROVIDERS = ("gmail", "hotmail", "yahoo", "outlook", "icloud", "live", "aol", "prodigy", "msn",
              "protonmail", "proton", "yandex", "zoho")
_PROVIDER_VARIANTS = {
    "jimeil": "gmail", "jimail": "gmail", "yimeil": "gmail", "yimail": "gmail", "gimeil": "gmail",
    "gimail": "gmail", "gemail": "gmail", "gemeil": "gmail", "jmail": "gmail", "geemail": "gmail",
    "gmeil": "gmail", "jeimeil": "gmail", "yemail": "gmail", "jotmail": "hotmail",
    "jotmeil": "hotmail", "otmail": "hotmail", "hotmeil": "hotmail", "jatmail": "hotmail",
    "yajoo": "yahoo", "yaju": "yahoo", "yahu": "yahoo", "yajo": "yahoo", "autlook": "outlook",
    "autluk": "outlook", "outluk": "outlook", "aoutlook": "outlook", "aicloud": "icloud",
    "aiclaud": "icloud", "icloud": "icloud", "laif": "live", "laiv": "live",
}
# "transrocha en hotmail punto com": with no "arroba" said, the "en" right before a mail provider is where
# the address is (an "at" in Spanish); never before any other word ("juan en la oficina").
_AT_PROVIDER_RE = re.compile(
    rf"(?<=[a-z0-9])[\s,;:]+en\s+(?=(?:{'|'.join((*_PROVIDERS, *_PROVIDER_VARIANTS))}"
    # ... the provider heard in two pieces ("leti punto ibarra en g mail punto com", "en jot mail")
    r"|(?:g|ge|je|hot|jot) mail)(?:\s*\.|\s*$))")
# "transportes guion zavala, g mail punto com", "mike dash jones, gmail dot com": with no "arroba"/"at" said at
# all, a mail provider said with its ending after a pause that closes the user part is where the address is, as
# a listener writes it (batches 24-29).
_PAUSED_PROVIDER_RE = re.compile(
    rf"(?<=[a-z0-9])\s*[,;:]\s*(?=(?:{'|'.join((*_PROVIDERS, *_PROVIDER_VARIANTS))}|(?:g|ge|je|hot|jot) mail)"
    r"\s*\.\s*[a-z])")


def _names_someone(before: str, lang: Lang) -> bool:
    """Whether the words before a provider said after a pause can be the user part of an address: a symbol, a
    digit or a word that is no everyday word ("mike dash jones", "juanperez", "pepe"), or nothing but a filler
    ("pues, gmail punto com": the part before the @ still to come). "Sí, correcto, gmail punto com", "es el mismo,
    gmail punto com", "yes sir, gmail dot com" answer a read-back and name the provider again: no "correcto@",
    "mismo@", "sir@", nor "my mistake, hotmail dot com" mistake@."""
    said = _TOKEN_RE.findall(before)
    # (a take-back before the provider, "my mistake, hotmail dot com", "me confundí, hotmail punto com", is talk too)
    talk = EVERYDAY_WORDS | _CHATTER | _APOLOGIES | {w for m in CORRECTION_MARKERS[lang] for w in m.split()}
    return all(tok in FILLERS[lang] for tok in said) or any(not tok.isalpha() or tok not in talk for tok in said)


# How many characters of a kind the value has ("nomás son tres letras", "it's just five numbers", "lleva dos
# dígitos"): a remark on the address's shape, no piece of it (never the address "3").
_SHAPE_REMARK_RE = re.compile(
    r"\b(?:\d|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|one|two|three|four|five|six|seven|eight"
    r"|nine|ten) (?:puras |pura |solas |only |just )?(?:letras|numeros|digitos|caracteres|letters|numbers|digits"
    r"|characters)\b")
_TLDS = wordset("com net org mx es edu gob gov us co io info biz ca uk ar cl")
# "la" before a symbol that may begin a word of the address ("la punto garza"), never before the domain's ending
# ("la punto com"): see `_without_symbol_article`
_LA_WORD_RE = re.compile(r"la (?:guion|guiones|punto)\b(?! (?:" + "|".join(sorted(_TLDS)) + r")\b)")
_TLD_FIXES = {"con": "com", "kom": "com", "comb": "com", "come": "com", "nett": "net"}
_ONLY_DOMAIN = {"gmail": "gmail.com"}


def _ending_word(tok: str) -> str:
    """The domain ending a word after a dot says: a misheard one put right ("con" is "com"), and two Spanish
    letter names the recogniser ran into one word ("punto emequis" is ".mx", "punto ceo" stays a word: only an
    ending of `_TLDS` spelled by exactly two names); else the word as it is."""
    fixed = _TLD_FIXES.get(tok, tok)
    if fixed in _TLDS:
        return fixed
    pair = _names_run_together(tok)
    if pair is None:
        return tok
    named = [letter_name(name, "es") for name in pair]
    spelled = "".join(n[0] for n in named if n is not None).lower()
    return spelled if len(spelled) == 2 and spelled in _TLDS else tok


# "t. miller": the recogniser wrote a spoken initial as an abbreviation; the caller said no "dot".
_INITIAL_RE = re.compile(r"(?<![a-z0-9.])([a-z])\. (?=[a-z])")


# A period that ends a sentence ("letra p minúscula. Número cuatro.") is punctuation the recogniser added,
# not a dot of the address: those come as "punto"/"dot" or inside a written address ("gmail.com").
_SENTENCE_PERIOD_RE = re.compile(r"(?:\.+|…)(?=\s|$)")  # an ellipsis too ("es..."): a pause, not dots
# "te repito", "se lo deletreo", "I repeat": the caller announcing the address, not part of it.
# ... and the words that say where the address starts ("empieza con ele, luego ...", "it starts with a j"): the
# letter after them is its first, never a word spelled with it ("empieza" with an L).
_ANNOUNCE_RE = re.compile(r"\b(?:(?:(?:te|le|se lo|se la) (?:repito|digo|deletreo)|i repeat|let me spell it)\b|"
                          r"(?:empieza|comienza|inicia|arranca|starts|begins|start) (?:con|por|with)"
                          r"(?: (?:la|el|una|un|letra|a|an|the|letter)\b)*(?= [a-z]))")
# The first letter announced, then said again as the dictation starts ("empieza con la jota. Jota, e, doble u",
# "it starts with a J. J, O, H, N"): one letter, said twice.
_ANNOUNCED_THEN_SAID_RE = re.compile(r"\b(?:empieza|comienza|inicia|arranca|starts|begins|start) (?:con|por|with)"
                                     r"(?: (?:la|el|una|un|letra|a|an|the|letter)\b)* ([a-z]+)\W+(?=\1\b)")
_NUMBER_MARKERS = wordset("numero numeros number num digito digit")
# "email's", "address's": the contraction of "is" after the word naming the address (fold drops the
# apostrophe, which would leave "emails" as one word of the address).
_CONTRACTED_IS_RE = re.compile(r"\b(e-?mail|mail|address|correo|it|that|mine)'s\b", re.IGNORECASE)
# "eighty-eight": an English number written with a hyphen is one number, not a dash of the address.
_TENS_EN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_HYPHEN_NUMBER_RE = re.compile(rf"\b({_TENS_EN})-({_UNITS_EN})\b")
# "b-i-g-t-e-x": letters joined by hyphens are a spelling, not dashes (a dash is said, or sits between
# longer parts).
# The words that lead a word's spelling after it ("rourke, that's r-o-u-r-k-e", "spelled r o u r k e", "o sea,
# ere o u ..."): how it is spelled, said of the word before; the spelling itself is said once (`_spelling_said_once`).
_SPELLING_LEAD_RE = re.compile(r"(?<=[a-z])[\s,]+(?:that is|thats|that is spelled|its spelled|it is spelled|spelled"
                               r"|spelt|se escribe|o sea|eso es)[\s,:]+(?=[a-z](?:[\s,.]+[a-z]\b){2,})")
_HYPHEN_SPELLED_RE = re.compile(r"(?<![a-z0-9-])[a-z](?:-[a-z]){2,}(?![a-z0-9-])")
# "gmailpuntocom", "hotmaildotcom", "gmailcom": the domain's dot (said or not) written into one word.
_GLUED_ENDING_RE = re.compile(r"(?<=[a-z])(?:punto|dot)(?=(?:com|net|org|mx|edu)\b)")
_GLUED_TLD_RE = re.compile(r"\b(gmail|hotmail|yahoo|outlook|icloud|aol|live|prodigy|msn)(com|net|mx)\b")
# A letter said with its case ("ese minúscula", "la jota mayúscula", "capital b"): the case word makes the
# letter's name a letter even alone, where "ese" or "de" would be read as a word.
_CASED_LETTER_RE = re.compile(r"\b(?:(capital|small) )?([a-z]+)(?: (?:en )?(minusculas?|mayusculas?|chica|"
                              r"lowercase|uppercase|lower case|upper case))?\b")
# A turn made only of these adds nothing to an address ("ajá", "sí, correcto", "hello?", "espere", "Yup."): the
# go-ahead said at the question is no part of the address.
_CHATTER = wordset(
    "aja aha ajam aham mhm uhum orale espere espera esperame momento si no correcto correcta exacto eso asi "
    "hello hola alo bueno mande yes yeah yep yup yea yeh yah sure nope correct right ok okay okey okei oquei vale sale "
    "simon claro perfecto "
    "wait hold on hi gracias thanks thank you sorry perdon what como repite repeat again otra vez listo "
    "that its it is hm mm um alright gotcha understood entiendo entendido"
) | BACKCHANNELS
# The sound of taking something in, before chatter ("Oh, okay."): alone it may be the letter O (or A).
_SURPRISE = wordset("oh o ah a")
_TAKEN_IN = frozenset(("i see", "all right", "got it", "i got it", "ya veo", "ya entendi", "ya", "ya ya"))
# "Ese mero", "sí, ese", "esa es": the caller pointing at what was read as the one; "ese" alone is the S.
_THAT_ONE_RE = re.compile(r"(?:(?:si|asi|exacto|correcto|aja)[,.]? )?(?:ese|esa|eso) (?:mero|mera|merito|merita|"
                          r"mismo|misma|es|era|si)|(?:si|asi|exacto|correcto|aja)[,.]? (?:ese|esa|eso)")
# "be grande", "ve chica", "be larga", "ve corta": B and V told apart by their size, as Mexican callers do; the
# size says which letter (a "ve grande" is the B, however the recogniser wrote the name).
_SIZED_BV_RE = re.compile(rf"\b(?:b|be|v|ve|uve) (?:(?P<big>{'|'.join(SIZE_BIG)})|{'|'.join(SIZE_SMALL)})\b")
# "uh-huh", "mm-hmm": listening noises whose hyphen would otherwise be read as a dash of the address.
_NOISE_RE = re.compile(r"\b(?:uh-huh|uh-uh|mm-hmm|mm-hm|m-hm|uh-hum)\b")
# Polite words and slips that open a corrected address ("no, perdón, ana arroba ...", "sorry, it's bob").
_APOLOGIES = wordset("perdon perdona perdone disculpa disculpe sorry oops osea mejor dicho mean rather actually "
                     "correction correccion")
# Words that open a turn taking back what was said: what follows replaces it ("no, perdón, ana arroba ..."). Both
# languages' at once (an address is dictated in either), and not normalize.TAKE_BACK_WORDS' "digo": "te digo, ana
# arroba ..." announces the address (`_ANNOUNCE_RE`), it takes nothing back.
TAKE_BACK = _APOLOGIES | wordset("no nope")


# Said alone where the domain begins, these are a pause or talk rather than the domain's name.
_NOT_A_DOMAIN = wordset("ahorita luego despues entonces pues este bueno okey aja sale va orale dale later then well")


def domain_word(text: str, lang: Lang) -> str | None:
    """The one word of a turn said right after "arroba" ("Transportes.", "Fletes."): the name the domain
    begins with, even an everyday word that alone would be talk; None for chatter, fillers and pauses
    ("sí", "este...", "ahorita") or a turn of more than one word."""
    words = _TOKEN_RE.findall(_SENTENCE_PERIOD_RE.sub(" ", fold(text)))
    if len(words) != 1 or not words[0].isalpha() or len(words[0]) < 3:
        return None
    word = words[0]
    if word in _CHATTER or word in FILLERS[lang] or word in _NOT_A_DOMAIN or word in TAKE_BACK:
        return None
    return word


def email_tokens(text: str, lang: Lang) -> list[str]:
    """Folded tokens of an utterance with spoken symbols turned into "@", ".", "_", "-".

    Dictation words are read as a person would: "letra t minúscula" is t, "número cuatro" is 4, a mangled
    "Hije de gato" is g (see `letters.heard_spelling`), and "cuatro, no, letra T" keeps only the T. A turn
    that is only chatter ("ajá", "sí, correcto", "hello?") gives no tokens."""
    return list(_email_tokens(text, lang))  # a list of its own: a caller may change it


# Cached: a pure function of the turn, read several times a turn (the dictation, its commands, the checks of a
# read-back's answer), and the costliest part of an e-mail's turn.
@turn_cache(1024)
def _email_tokens(text: str, lang: Lang) -> tuple[str, ...]:
    return tuple(_tokens(text, lang, sentences=True))


# "Ledezma es con zeta", "va con ve chica", "se escribe con ese", "it's spelled with a z": the word's note said with
# a verb; the note is the same as without it ("ledezma con zeta")
_NOTE_VERB_RE = re.compile(
    r"(?<=[a-zñáéíóú]),?(?: (?:es|va|se escribe|lo escribo|la escribo|is|goes|is spelled|is written|spelled|written)"
    r"|['’]s) (?=(?:con|with)\b)"
    r"|(?<=[a-zñáéíóú]) lleva (?!(?:con|with)\b)")


def noted_spelling(text: str, lang: Lang) -> tuple[str, str, str] | None:
    """(the word as said, as written, the letter) when a turn says one word with a note on its spelling and
    nothing else ("Ever con ve chica", "Luna con ele", "Lopes with a z at the end", "Ledezma es con zeta");
    else None."""
    notes: list[tuple[str, str, str]] = []
    text = _NOTE_VERB_RE.sub(lambda m: " con " if m.group(0).strip() == "lleva" else " ", text.lower())
    tokens = strip_lead_in(_tokens(text, lang, sentences=True, notes=notes), lang)
    if len(notes) != 1 or len(tokens) != 1 or tokens[0] != notes[0][1] or notes[0][2] not in notes[0][1]:
        return None  # (a note it could not place, "espinosa con zeta", says nothing of how it is written)
    return notes[0]


def respelled_in(local: str, written: str, letter: str) -> str | None:
    """`local` with a word a spelling note is about written as the note says (`noted_spelling`): as it is
    when the word is in it so written already ("everluna", "ever con ve chica"); the one piece of it that
    differs only where the note's letter sounds like the one heard put right ("eberluna" -> "everluna");
    None when the word is not in it (it is more of the address)."""
    if len(written) < 3:
        return None
    if written in local:
        return local
    places = [at for at in range(len(local) - len(written) + 1)
              if all(h == w or (w == letter and _sounds_alike(h, w))
                     for h, w in zip(local[at : at + len(written)], written, strict=True))]
    if len(places) != 1:
        return None
    at = places[0]
    return local[:at] + written + local[at + len(written) :]


# Which of the caller's addresses it is, said first and closed by a colon ("El de trabajo: ...", "el del trabajo:",
# "el personal:", "la de la empresa:", "The work one: ...", "my personal one:"): no part of the address ("de
# trabajo" is never the letter T spelled with a word); "el de ..." / "the ... one" closed by a comma too ("el de
# siempre, gmail punto com": the usual one, no S spelled with "siempre").
_WHICH_ONE_RE = re.compile(r"^\W*(?:(?:el|la|the|my|mi|su|his|her)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s*:"
                           r"|(?:el|la)\s+(?:de|del)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*,"
                           r"|(?:the|my)\s+(?:[a-z]+\s+){0,2}?one\s*,)\s*")


def _tokens(text: str, lang: Lang, *, sentences: bool,
            notes: list[tuple[str, str, str]] | None = None) -> list[str]:
    said = fold(text)  # the turn as said: "orita se lo digo" is looking for it, though "se lo digo" goes below
    # "Mi correo, ¿bueno?, ¿me oyes?, fletes guion lara ...": the line check is no part of the address
    folded = line_checks_as_pauses(fold(_CONTRACTED_IS_RE.sub(r"\1 is", text)), lang)
    folded = without_thinking_aloud(_without_origin_remark(_WHICH_ONE_RE.sub("", folded, count=1)), lang)
    folded = _symbol_taken_back(eh_spelled(folded, lang))
    if _THAT_ONE_RE.fullmatch(folded.strip(" .,!?¡¿…")):
        return []
    folded = _without_asides(_restated_in_turn(_talk_before(folded, lang), lang) if sentences else folded, lang)
    # "punto... (espérate) ... punto": a dot said again after a pause is one dot (two in a row are no address)
    folded = _SAID_AGAIN_DOT_RE.sub(r"\1", _ASIDE_RE.sub(" ", _JUST_THIS_RE.sub(" ", folded)))
    folded = _word_unheard(_false_starts(said_in_digits_once(folded, lang)), lang)
    folded = _AND_WORD_RE.sub(lambda m: m.group(0) if _letter_word(m.group(1), lang) else " ",
                              _AND_THEN_RE.sub(" ", folded))
    folded = _SEPARATED_AFTER_RE.sub(lambda m: f"{m.group(1)} {m.group(3) or m.group(4)} {m.group(2)}", folded)
    folded = _SENTENCE_PERIOD_RE.sub(" ", _NOISE_RE.sub(" ", folded))
    folded = _ANNOUNCE_RE.sub(" ", _ANNOUNCED_THEN_SAID_RE.sub(" ", _SHAPE_REMARK_RE.sub(" ", folded)))
    folded = _HYPHEN_NUMBER_RE.sub(r"\1 \2", folded)
    folded = _HYPHEN_SPELLED_RE.sub(lambda m: m.group(0).replace("-", " "), folded)
    folded = _SPELLING_LEAD_RE.sub(" ", folded)
    folded = _GLUED_TLD_RE.sub(r"\1 . \2", _GLUED_ENDING_RE.sub(" . ", folded))
    if lang == "es":
        folded = _SIZED_BV_RE.sub(lambda m: " b " if m.group("big") else " v ", sizes_apart(folded))
    folded = _CASED_LETTER_RE.sub(lambda m: _cased_letter(m, lang), folded)
    if lang == "es":
        folded = _spoken_i(folded)
    text = _INITIAL_RE.sub(r"\1 ", strip_filler_phrases(folded, lang))
    text = _without_symbol_article(text, lang)
    for rx, rep in _SYMBOL_RES:
        text = rx.sub(rep, text)
    text = _WITH_THE_RE.sub(lambda m: " " if _number_said(m.group(1), lang) else m.group(0), text)
    text = _WORD_NAMED_RE.sub(" ", text)
    if lang == "es" and "@" not in text and " en " in f" {text} ":
        text = _AT_PROVIDER_RE.sub(" @ ", text)
    if "@" not in text:
        text = _PAUSED_PROVIDER_RE.sub(lambda m: " @ " if _names_someone(text[: m.start()], lang) else m.group(0), text,
                                       count=1)
    found = list(_TOKEN_RE.finditer(text))
    paused = frozenset(k for k, m in enumerate(found) if _PAUSE_AFTER_RE.match(text, m.end()))
    tokens = _without_fillers([m.group(0) for m in found], lang, paused)
    if tokens and all(t in _CHATTER for t in tokens):
        return []
    if len(tokens) > 1 and tokens[0] in _SURPRISE and (all(t in _CHATTER for t in tokens[1:])
                                                       or " ".join(tokens[1:]) in _TAKEN_IN):
        return []  # "Oh, okay.", "Ah, ya veo": the caller taking in what was said; "Oh." alone is the letter O
    tokens = _domain_named(tokens)
    if not tokens:
        return []
    tokens = joined_spelling_places(merge_split_markers(_unglued(tokens) if lang == "es" else tokens), lang)
    if _unheard_marker(tokens):
        return []
    out = _domain_said_first(_spelling_notes(_dictation(tokens, lang), lang, notes), lang, said)
    out = _spelling_said_once(out, lang)
    return [] if _only_talk(out, lang) or _remark_sentence(out, lang) or _kept_elsewhere(out) else out


def _remark_sentence(tokens: list[str], lang: Lang) -> bool:
    """A sentence of everyday words (and the road's or the weather's) that says nothing of the address ("si no me
    agarra el tráfico", "if the highway is clear": the caller still on the question before; "luego te lo mando"),
    though a word of it is no everyday one; unlike a turn of such words alone (`_only_talk`), a piece may not hide
    in it. One that names the address or a piece of it ("y luego mi apellido, Nava") or says a number ("cuarenta,
    como el número de la caja") goes on with it; so does the piece said after a lead-in ("Sí, con gusto, es
    Tráfico", "Sí, mire, es Luna", "Yeah sure, it's Smith": a mailbox or a surname, no remark)."""
    if not _talk_sentence(tokens, lang, _ROAD_TALK) \
            or any(t in _LEAD_KEYWORDS or _number_said(t, lang) for t in tokens):
        return False
    # what is left after the lead-in: a sentence of its own ("luego te lo mando"), or a short remark whose road
    # word was said before it ("if the highway is clear" -> "clear"); one or two words with nothing of the road
    # before them, or holding the road word themselves, are the piece the lead-in brings
    rest = strip_lead_in(tokens, lang)
    road = any(t in _ROAD_WORDS for t in tokens)
    if len(tokens) > 1 and tokens[-2] in _PIECE_BRINGERS and tokens[-1] not in EVERYDAY_WORDS \
            and not any(t in _ROAD_WORDS for t in tokens[:-1]):
        return False  # "Yes ma'am, it's Walker", "Sí, claro, nada más Luna": "es" or "just" brings the piece
    return len(rest) > 2 or (road and not any(t in _ROAD_WORDS for t in rest))


# The words that bring the piece said last ("..., es Campos", "it's Walker", "nada más Luna", "just Jones").
_PIECE_BRINGERS = wordset("es its is mas just solo")


# The road and the weather, said of the arrival ("si no hay mucho tráfico", "depende del clima", "if the highway is
# clear"): talk in a sentence, yet no everyday words - said alone they are as likely the address's own start
# ("Tráfico." then "arroba transportes flores punto com": a company's dispatch desk; "Rain.", "Highway.").
_ROAD_WORDS = wordset(
    "trafico transito autopista libramiento clima neblina depende "
    "traffic highway freeway interstate weather rain fog depends construction"
)
_ROAD_TALK = EVERYDAY_WORDS | _ROAD_WORDS


def _kept_elsewhere(tokens: list[str]) -> bool:
    """Whether the turn says where the caller keeps the address, somewhere that is no provider ("lo tengo en el
    celular", "la tengo en la libreta", "I have it in my truck"): talk, never an address "nlcelular" - nothing
    of one is said (no provider, no "@")."""
    kept = any(tokens[k : k + 2] == pair and tokens[k + 2 : k + 3] in (["en"], ["in"], ["on"], ["at"])
               for k in range(3) for pair in _KEPT_PAIRS)
    return kept and "@" not in tokens and not any(is_provider(tok) for tok in tokens)


def _domain_said_first(tokens: list[str], lang: Lang, folded: str = "") -> list[str]:
    """The tokens in the address's order when the caller says where it is before whose it is: "lo tengo en
    gmail, juan perez", "está en hotmail.com, es juanperez", "it's on gmail, john smith" are juanperez@...,
    never "lotengo@", "esta@"; the words before the provider only say where the address is ("lo tengo", "está
    en", "it's on"). Alone ("Lo tengo en gmail.") the provider is the domain, its user still to come - and so
    when the turn (`folded`) goes on to say the caller is still looking for it ("está en gmail, ahorita lo
    busco", "I have it on gmail, hold on a sec"): those words are no user ("dejelobusco@", "asec@")."""
    at = next((k for k, tok in enumerate(tokens) if is_provider(tok)), None)
    if at is None or "@" in tokens[at + 1 :]:
        return tokens
    lead = tokens[:at]
    said = strip_lead_in(lead[:-1] if lead[-1:] == ["@"] else lead, lang)
    # only the words of where it is ("está en", "lo tengo en el", "it's on") stand before the provider: a letter or
    # a word there is the address's own start ("juan en gmail", "be e a @ yahoo"); "gmail punto com" alone too
    if not lead or lead[-1:] == ["@"] and said or any(tok not in _WHERE_KEPT for tok in said):
        return tokens
    end = at + 1
    while end + 1 < len(tokens) and tokens[end] == "." and (tokens[end + 1] in _TLDS or tokens[end + 1] in _TLD_FIXES):
        end += 2
    if end < len(tokens) and (tokens[end] in (".", "_", "-", "@") or tokens[end] in _TLDS and end == len(tokens) - 1):
        return tokens  # "arroba yahoo punto com punto eme equis": more of the domain, however it is spelled
    rest = strip_lead_in(tokens[end:], lang)
    looking = _looking_after(folded, tokens[at], lang) if rest else None
    if looking:
        # "está en gmail, ahorita se lo paso, juanp", "it's on gmail, hold on, johnp": the user said after the
        # moment asked for, once the caller has it
        said = email_tokens(looking, lang)
        user = strip_lead_in(said, lang)
        # "it's on gmail, one sec, it's my wife's": whose the address is, never its user
        if _user_after_talk(user, lang) and not _whose(said, user):
            return [*user, "@", *tokens[at:end]]
    if rest and (looking is not None or _whose(tokens[end:], rest)):
        return ["@", *tokens[at:end]]
    if rest and not _user_after_talk(rest, lang):
        # "en gmail punto com, es todo", "en hotmail, gracias", "arroba gmail punto com, lo demás se lo mando por
        # mensaje": talk after the domain, no user of it
        return tokens
    return [*rest, "@", *tokens[at:end]]


def _user_after_talk(rest: list[str], lang: Lang) -> bool:
    """Whether the words after a provider said first (`rest`, lead-in dropped) may be the user of the address:
    a few words, not all everyday ones, at most one common word ("juan perez" is; "gracias", "es todo" are not)."""
    return bool(rest) and not (all(tok in EVERYDAY_WORDS and not is_provider(tok) for tok in rest) or len(rest) > 3
                               or sum(len(tok) > 1 and tok in COMMON_WORDS[lang] for tok in rest) >= 2)


# Whose the address is, said after its provider in English: "on gmail, it's my wife's" ("wifes" once folded) -
# the owner of the address, never its user part (the Spanish "es el de mi esposa" is dropped as a lead-in: see
# `strip_lead_in`).
_OWNERS_EN = wordset("wifes husbands sons daughters moms dads mothers fathers brothers sisters bosses bosss kids "
                     "partners girlfriends boyfriends fiances fiancees companys cousins uncles aunts friends")
_OWNER_POSSESSIVES = frozenset(("my", "our", "his", "her", "their", "the"))


def _whose(after: list[str], rest: list[str]) -> bool:
    """Whether the words after the provider (`after`; `rest` without their lead-in) only say whose the address
    is ("it's my wife's", "my husband's"): no user said, the provider kept."""
    return len(rest) == 1 and rest[0] in _OWNERS_EN and len(after) >= 2 and after[-2] in _OWNER_POSSESSIVES


def _looking_after(folded: str, provider: str, lang: Lang) -> str | None:
    """When the words of the turn after the provider named in it say the caller is looking for the rest or
    asks for a moment ("ahorita lo busco", "déjeme ver", "hold on a sec", "let me check"), what the turn says
    after that clause, past a pause ("ahorita se lo paso, juanp" - "juanp"; "" when nothing); else None."""
    m = re.search(rf"{re.escape(provider)}\w*", folded)
    after = folded[m.end() :] if m else folded
    # the last such clause: "ahorita lo busco, espéreme, juanp"
    found = max((*_LOOKING[lang].finditer(after), *_HOLD_RE[lang].finditer(after)), key=lambda f: f.end(),
                default=None)
    if found is None:
        return None
    pause = re.search(r"[,.;:!?\u2026]", after[found.end() - 1 :])
    return after[found.end() - 1 + pause.end() :] if pause else ""


def _spelling_said_once(tokens: list[str], lang: Lang) -> list[str]:
    """The tokens with a word and its own spelling next to it said once - the caller spelling a word just
    said (or about to be said) to make it clear, not adding it again:
    - right after it: "jennyw, J E N N Y W", "rmz, erre eme zeta"; the spelling may leave out a first letter
      the caller took as heard ("esparza con zeta, ese, pe, a, ere, zeta, a", once the note is applied);
    - after the words before it, joined: "jett trucking, j e t t, one word" is "jetttrucking";
    - right before it: "ce a ene a ele e ese, canales" is "canales";
    - its first letters spelled and the rest said whole: "maguisotelo, eme a ge u i sotelo" is "maguisotelo".
    Only a run of two or more letters (single letters, or letter names right after a word) that is exactly
    the word next to it counts; letters that differ from it ("ana, b c") are more of the address."""
    if sum(len(t) == 1 for t in tokens) < 2 and not any(_letter(t, lang) for t in tokens if len(t) > 1):
        return tokens  # cheap way out: no letters spelled
    out = list(tokens)
    i = 1
    while i < len(out):
        word = out[i - 1]
        n = len(word)
        # the word's letters said one by one right after it, letter names too
        if n >= 2 and word.isalnum() and len(out) - i >= n - 1:
            spelled = [t if len(t) == 1 else (_letter(t, lang) or t) for t in out[i : i + n]]
            if spelled == list(word):
                del out[i : i + n]
                continue
            # a note the reader could not apply may stand between ("baltazar con zeta, be, a, ele, ...")
            at = i + 2 if i + 1 < len(out) and out[i] in _SPELLING_HINT and _letter(out[i + 1], lang) else i
            run = 0
            while at + run < len(out) and run < n and out[at + run].isalpha() \
                    and (len(out[at + run]) == 1 or _letter(out[at + run], lang)):
                run += 1
            letters = "".join(t if len(t) == 1 else _letter(t, lang) or "" for t in out[at : at + run])
            if n >= 4 and word.isalpha() and run >= max(3, n - 1) and letters == word[n - run :]:
                del out[at : at + run]
                continue
            # its first letters spelled and the rest said as a word ("maguisotelo, eme a ge u i sotelo")
            if n >= 5 and word.isalpha() and run >= 2 and at + run < len(out) and len(out[at + run]) >= 2 \
                    and letters + out[at + run] == word:
                del out[at : at + run + 1]
                continue
        i += 1
    i = 0
    while i < len(out):  # single letters spelling the words before them joined, or the word after them
        j = i
        while j < len(out) and len(out[j]) == 1 and out[j].isalpha():
            j += 1
        if j - i < 2:
            i = j + 1 if j == i else j
            continue
        run = "".join(out[i:j])
        words = 0  # how many whole words stand right before the run (at most three are looked at)
        while words < min(3, i) and out[i - words - 1].isalpha() and len(out[i - words - 1]) > 1:
            words += 1
        before = any("".join(out[k:m]) == run for k in range(i - words, i) for m in range(k + 1, i + 1))
        if before or (j < len(out) and out[j] == run and (i == 0 or not out[i - 1].isalpha()
                                                                     or len(out[i - 1]) > 1)):
            del out[i:j]  # the spelling goes; the word said stays
            if not before and i + 1 < len(out) and out[i + 1] == run:
                del out[i]  # "ese, i, ele, ve, a... silva pues, silva setenta": the word said twice after it, once
            continue
        i = j
    return _names_spelling_the_word_after(out, lang)


def _names_spelling_the_word_after(tokens: list[str], lang: Lang) -> list[str]:
    """The tokens with a run of letter names that spells the word said right after it left out: "erre o be e
    erre te o roberto", "a ge u i ele a erre aguilar" are the caller spelling the word and then saying it whole
    - the word once. (Single letters are read above; a run that spells anything else stays letters.)"""
    out = list(tokens)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].isalpha() and (len(out[j]) == 1 or _letter(out[j], lang)):
            j += 1
        word = out[j] if j < len(out) else ""
        named = any(len(t) > 1 for t in out[i:j])
        if j - i >= 3 and named and len(word) == j - i and word.isalpha() and not _letter(word, lang) \
                and "".join(t if len(t) == 1 else _letter(t, lang) or "" for t in out[i:j]) == word:
            del out[i:j]
            if i + 1 < len(out) and out[i + 1] == word:
                del out[i]  # "ese, i, ele, ve, a... silva pues, silva setenta": the word said twice after it, once
            continue
        i = max(j, i + 1)
    return out


# "salas, y luego arroba", "y después guion bajo": the "and" that leads on to the next piece, as said (a letter
# y is named: "i griega", "ye", "letra y")
# So is the "and" said after a pause before the symbol that comes next ("sandoval, y arroba outlook", "smith,
# and at gmail"): a letter y said there is named ("ye", "i griega").
_AND_THEN_RE = re.compile(r"(?<!letra )(?<!letter )(?<!la )\b(?:y|and)[\s,]+(?=(?:luego|despues|then)\b)"
                          r"|(?<=[a-z]{3},) (?:y|and) (?=(?:arroba|punto|guion|at|dot|underscore|dash)\b)")


# "la palabra transportes", "the word trucking": a word of the address said as one (after "todo junto", "one
# word" are read as joining); the words naming it are no part of it.
# So is the article before "número" / "number" ("luego el número diez", "then the number nine").
_WORD_NAMED_RE = re.compile(r"\b(?:la|una|the|a) (?:palabra|word)(?: (?:completa|entera|whole))?"
                            r"(?= [a-z]{3,}\b)|\b(?:el|the) (?=(?:numero|number) [a-z0-9])")


# "te, guion bajo, y quezada", "efe de Francia, y pegado valdez", "b, and kowalski": after a pause, the "and"
# that leads on to the next word of the address (one that names no letter: "ele, y griega", "a, y ene" keep it).
# Two words, then what goes between them said after them ("ramiro baeza, separado con un punto", "juan perez con
# guion bajo en medio", "mike ross, separated by a dot"): the symbol written between the two words.
_SYMBOL_WORDS = r"(punto|guion bajo|guion|dot|period|underscore|hyphen|dash)"
_SEPARATED_AFTER_RE = re.compile(
    # (words, not letters spelled: "j u a n, separado con un punto, p e r e z" puts it between the spellings)
    r"(?<!\b[a-z] )(?<!\b[a-z], )\b([a-z0-9]{2,})[\s,]+([a-z0-9]{2,})\s*,?\s+"
    r"(?:(?:los dos |las dos |ambos |both )?(?:separad[oa]s?|separated|split)"
    r" (?:con|por|with|by) (?:un |una |a |an )?" + _SYMBOL_WORDS + r"|(?:con|with) (?:un |una |a |an )?" + _SYMBOL_WORDS
    + r" (?:en medio|enmedio|entre (?:los dos|las dos|ellos|ellas)|in between|between (?:them|the two)))\b")
_AND_WORD_RE = re.compile(r"(?<=[a-z0-9],) (?:y|and) (?=([a-z]{3,})\b)")


# "juan, con el noventa", "luna with the 45": a number joined to the address by "with the" - the words that
# join it are no letters of the address ("conel"). (Before a letter, "con" may be a spelling note: "con ele".)
_WITH_THE_RE = re.compile(r"\b(?:con|with) (?:el|the) (?=([a-z0-9]+))")


def _number_said(word: str, lang: Lang) -> bool:
    return word.isdigit() or word in ("numero", "number") or is_number_word(word, lang)


def _letter_word(word: str, lang: Lang) -> bool:
    return word in _PAIR_TAILS or letter_name(word, lang, nato=False) is not None


# "Ele de...", "L as in...": a letter's name and the words of its spelling, the word after them unheard (the
# caller trailed off or was cut); nothing but a pause follows. The letter is said; the "de" is no letter D,
# the "in" no I. A bare letter ("u de") is one only before a pause written out ("U de..."): "u, de" may be
# two letters.
_WORD_UNHEARD_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b([a-z]+) de\s*(\.{2,}|…)?\s*$"),
    "en": re.compile(r"\b([a-z]+),? (?:as in|like|for)\s*(\.{2,}|…)?\s*$"),
}


# "Bernal, como mi apellido", "Smith, like my last name", "Ortiz. Es mi apellido.": after a piece of the
# address, a clause saying where it comes from (the caller's own name). It ends the turn; it is no part of
# the address, and its "apellido" / "name" no announcement of one.
_ORIGIN_REMARK_RE = re.compile(
    r"(?:[,.;:!?…]+|\s)\s*(?:(?:como|igual (?:que|a)|es|son|el|la|lo|los|de|del|que|mismo|misma|same as|like|just "
    r"like|as|as in|thats|that is|its|it is|is|which is|from)\s+)*(?:mi|mis|su|sus|tu|el|la|my|his|her|the)\s+"
    r"(?:(?:primer|segundo|first|second|middle|last|family|mero)\s+)?(?:apellidos?|nombres?|names?|surname|lastname)"
    r"(?:\s+(?:de (?:pila|soltera)|completo|paterno|materno))?[\s,.;:!?…]*$"
)


def _without_origin_remark(folded: str) -> str:
    cut = _ORIGIN_REMARK_RE.search(folded)
    if cut is None or not re.search(r"[a-z0-9]", folded[: cut.start()]):
        return folded
    return folded[: cut.start()]


# A word cut off by a pause and said again whole after it ("Sara te... zárate", "Mar... martínez"): the
# words before the pause (the recogniser may split the fragment in two), then the word.
_FALSE_START_RE = re.compile(r"((?:[a-z]+ ){0,2}[a-z]+)\s*(?:\.{2,}|…)\s*([a-z]+)")
# A word said, a pause (and a remark of how it is written), then the same word again with the next word of the
# part after it ("Es jesús... sin acento, jesus arreola", "it's mike... mike jones"): the caller starting the part
# over, the word said once; so is the word confirmed with "pues" / "o sea" and said again with more ("silva pues,
# silva setenta"). Followed by a symbol ("ana... ana punto") it may be the word twice: left as said.
_STARTED_AGAIN_RE = re.compile(
    r"\b([a-z]{3,})\s*(?:\.{2,}|\u2026|[\s,]+(?:pues|o sea|i mean)\b[.,\u2026]*)[\s,]*"
    r"(?:(?:con|sin|no|with|without|lleva|tiene|va con)(?: (?:su|el|la|an|a"
    r"|the))? (?:acento|acentos|tilde|tildes|accent|accents|accent mark)[\s,.]*)?"
    r"(?=\1\b[\s,]+(?!(?:punto|dot|period|arroba|aroba|at|guion|dash|hyphen|underscore|com)\b)[a-z])")
_SOUND_FOLD = str.maketrans({"z": "s", "v": "b", "y": "i", "k": "c", "q": "c", "h": None})


# A symbol taken back ("a punto... ah no, sin punto, asalinas treinta", "toño guion transportes... no, sin guion,
# toño transportes junto", "kevin dot rourke, no, no dot"): a take-back word (`TAKE_BACK`) and the symbol withdrawn.
_SYMBOL_BACK_RE = re.compile(
    rf"[\s,.;:…]*\b(?:(?:ah|eh|oh|ay)[\s,.;:…]+)?(?:{'|'.join(sorted(TAKE_BACK))})[\s,.;:…]+"
    rf"(?:(?:{'|'.join(sorted(TAKE_BACK))}|digo|es|va|its|it is)[\s,.;:…]+)?(?:sin|without|no) (?:el |la |un |una "
    r"|the |a |any )?(?P<sym>punto|guion bajo|guion|dot|period|underscore|dash|hyphen)(?:e?s)?\b[\s,.;:…]*")
_SYMBOL_SAID: dict[str, str] = {
    "punto": r"\bpunto\b", "dot": r"\b(?:dot|period)\b", "period": r"\b(?:dot|period)\b",
    "guion": r"\bguion\b(?! bajo)", "guion bajo": r"\bguion bajo\b", "underscore": r"\bunderscore\b",
    "dash": r"\b(?:dash|hyphen)\b", "hyphen": r"\b(?:dash|hyphen)\b",
}
# Where the part said again ends: the "@" and the words of writing it together that follow a part.
_PART_END_RE = re.compile(r"\b(?:arroba|aroba|arrova|at)\b|@")
_WRITING_WORDS = wordset("junto juntos junta todo pegado pegadito juntito together all one word")


def _symbol_taken_back(folded: str) -> str:
    """The turn with a symbol taken back ("... no, sin punto, ...") written without it: the symbol said last
    before the take-back goes, and when the words after it say the part again ("a punto... ah no, sin punto,
    asalinas treinta": "asalinas" begins with the "a" said before) the words they say again go too."""
    m = _SYMBOL_BACK_RE.search(folded)
    if m is None or not re.search(r"[a-z0-9]", folded[: m.start()]):
        return folded  # "no, sin punto" alone, at a read-back: the correction's own reader takes it
    before, after = folded[: m.start()], folded[m.end() :]
    said = list(re.finditer(_SYMBOL_SAID[m.group("sym")], before))
    if said:
        before = before[: said[-1].start()] + " " + before[said[-1].end() :]
    head = _PART_END_RE.split(after, maxsplit=1)[0]
    again = "".join(w for w in re.findall(r"[a-z0-9]+", head) if w not in _WRITING_WORDS)
    words = list(re.finditer(r"[a-z0-9]+", before))
    if again:
        for k in range(len(words), 0, -1):
            if again.startswith("".join(w.group(0) for w in words[-k:])):
                before = before[: words[-k].start()]
                break
    return f"{before.rstrip()} , {after}" if before.strip() else after


def _false_starts(folded: str) -> str:
    """The turn with a false start before a pause said once: the word said again after the pause starts
    with the fragment or sounds like it ("sarate" / "zarate"), and it is the word that counts. A fragment
    of fewer than three letters ("ge... gómez": a letter and its word) or the same word said again is left
    as it is."""
    def once(m: re.Match[str]) -> str:
        words, word = m.group(1).split(), m.group(2)
        heard = word.translate(_SOUND_FOLD)
        for k in range(len(words), 0, -1):
            frag = "".join(words[-k:])
            said = frag.translate(_SOUND_FOLD)
            if len(frag) < 3 or frag == word or len(frag) > len(word) + 1:
                continue
            if heard.startswith(said) or (len(said) >= 4 and fuzz.ratio(said, heard) >= 85):
                return " ".join(words[:-k]) + (" " if words[:-k] else "") + word
        return m.group(0)
    return _FALSE_START_RE.sub(once, _STARTED_AGAIN_RE.sub("", folded))


def _word_unheard(folded: str, lang: Lang) -> str:
    m = _WORD_UNHEARD_RE[lang].search(folded)
    if m is None:
        return folded
    known = letter_name(m.group(1), lang, nato=False)
    bare = len(m.group(1)) == 1
    if known is None or (not bare and not known[1]) or (bare and lang == "es" and not m.group(2)):
        return folded
    return folded[: m.start()] + m.group(1)


_SPELLED_WITH = frozenset(("de", "como", "for", "like"))


# A pause written after a word ("mira, punto"): a filler said so is talk, never a word of the address.
_PAUSE_AFTER_RE = re.compile(r"\s*[,;:\u2026]")
# Fillers that are only sounds of hesitation, never a word of an address ("este... punto com").
_HESITATIONS = wordset("este esteee eh ehh ehhh em emm mm mmm mmmm hmm hm ah ahh ahm pues pos bueno um umm uh uhh uhm "
                       "er erm well so")

# Hesitation sounds that are also a letter's name cut short by the recogniser ("em": eme).
_CUT_LETTER_NAMES: dict[Lang, dict[str, str]] = {"es": {"em": "eme"}}


def _without_fillers(tokens: list[str], lang: Lang, paused: frozenset[int] = frozenset()) -> list[str]:
    """The tokens without fillers, but for the word a letter is spelled with ("be de bueno", "e de este", "W as
    in well"): after a letter's name and "de" / "como" / "as in" / "for" / "like", a word starting with that
    letter is the spelling's, not a filler. `paused`: the indices of tokens said before a pause (a comma)."""
    fillers = FILLERS[lang]
    out: list[str] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tok in fillers and tok not in _HESITATIONS and k not in paused and (
                not out and nxt in ("_", "-", ".") and k + 2 < len(tokens) and tokens[k + 2].isalnum()
                or out and out[-1] in ("_", "-", ".") and nxt in ("_", "-", ".", "@", "")):
            # "mira punto luna", "luna punto mira arroba ...": a word joined to the address by symbols is of it
            # ("mira, punto, pérez" with a pause after it is the caller's "look")
            out.append(tok)
            continue
        if tok in _CUT_LETTER_NAMES.get(lang, {}) and out[-1:] == ["."] and letter_name(nxt, lang, nato=False):
            # "punto em equis": after a dot and before a letter's name the sound is the letter's name cut short
            # ("eme"), an ending spelled letter by letter (.mx), never a hesitation between them
            out.append(_CUT_LETTER_NAMES[lang][tok])
            continue
        if tok in fillers:
            lead = 3 if tokens[k - 2 : k] == ["as", "in"] else 2 if k >= 1 and tokens[k - 1] in _SPELLED_WITH else 0
            known = letter_name(tokens[k - lead], lang, nato=False) if lead and k >= lead else None
            if known is None or tok[0] != known[0].lower():
                continue
        out.append(tok)
    return out


# A sentence of the turn ends at a period, an ellipsis, "!" or "?" followed by a space ("gmail.com" is no end);
# "¡" and "¿" (folded to "!" and "?") open one.
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s)|(?:^|(?<=\s))[!?]+")
# Words said to someone else amid the address ("espérame, mijo", "hold on, honey"): a pause in it, not part.
_ASIDE_RE = re.compile(
    r"\b(?:esperame|esperate|espereme|espera(?:te)? tantito|permiteme|permitame|aguantame|dejame ver|"
    r"(?:hold on|hang on)(?: (?:a|one) (?:sec(?:ond)?|moment|minute))?|one sec(?:ond)?|just a (?:sec(?:ond)?|moment))"
    r"(?:,? (?:mijo|mija|mi amor|gordo|gorda|viejo|vieja|compa|oye|ahorita|tantito|ya voy|honey|buddy|babe))*\b"
    r"|\b(?:mijo|mija|mi amor)(?=[,.!?]|$)"
)


# A list item of its own ("ve de vaca, y, ene, o"): the recogniser writes the spoken letter "i" as the word
# "y" (they sound alike); the conjunction "y" never stands alone between two commas.
_LISTED_Y_RE = re.compile(r"(?<=,)\s*y\s*(?=,)")


def _spoken_i(folded: str) -> str:
    """"ve de vaca, y, ene, o" -> "ve de vaca, i, ene, o": a "y" set off by commas between two spelled
    letters is the letter i the caller said ("i griega" names the letter Y); a "y" joining words or letters
    ("ene y o", "pedro y luis") stays what it is."""
    def letter_item(item: str, last: bool) -> bool:
        words = item.split()
        if not words:
            return False
        word = words[-1] if last else words[0]
        if len(words) >= 3 and words[1] == "de":  # "ve de vaca": a letter named by a word
            word = words[0]
        return _letter(word, "es") is not None and len(words) <= 3

    def swap(m: re.Match[str]) -> str:
        before = folded[: m.start()].rstrip(",").rsplit(",", 1)[-1]
        after = folded[m.end() :].lstrip(",").split(",", 1)[0]
        after = re.split(r"[.;!?]", after, maxsplit=1)[0]
        return " i " if letter_item(before, True) and letter_item(after, False) else m.group(0)

    return _LISTED_Y_RE.sub(swap, folded)


def _talk_before(folded: str, lang: Lang) -> str:
    """The turn from its first sentence with something of an address in it: sentences of talk before it
    ("Ese no lo tengo aquí... espérame. Es tapia ...", "¡Que sí, ya voy! Perdón. Es jota ce ...") are not
    part of the address, and their "es" is no announcement of it. A leading "no" of that talk is kept: it
    still takes back what was said before."""
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(folded)]
    if not cuts:
        return folded
    start = 0
    for end in cuts:
        if folded[start:end].strip(" !?.…,") and not _talk_sentence(_tokens(folded[start:end], lang, sentences=False),
                                                                      lang):
            break
        start = end
    if start == 0 or not folded[start:].strip(" !?.…,") or not _tokens(folded[start:], lang, sentences=False):
        return folded
    words = re.findall(r"[a-z]+", folded[:start])  # "... 5 6": digits after a pause, no word before them
    return (words[0] + ", " if words and words[0] in TAKE_BACK else "") + folded[start:]


# A sentence opening this way says again, more fully, what the turn said before it ("Olvera. Es efe olvera.").
_RESTATING_LEAD_RE = re.compile(r"^\W*(?:o sea|osea|es decir|mejor dicho|o mejor dicho|es|seria|i mean|its|it is)\b")


def _restated_in_turn(folded: str, lang: Lang) -> str:
    """The turn from its last sentence when that sentence says again, more fully, what the sentences before
    it said ("Olvera. Es efe olvera.": the surname, then the part with its initial): the caller's own
    restatement, said once. Otherwise the turn as it is."""
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(folded)]
    cuts = [c for c in cuts if folded[c:].strip(" !?.…,")]
    if not cuts:
        return folded
    before, last = folded[: cuts[-1]], folded[cuts[-1] :]
    if not _RESTATING_LEAD_RE.match(last):
        return folded
    said, _ = assemble(_tokens(before, lang, sentences=False), lang)
    again, domain = assemble(_tokens(last, lang, sentences=False), lang)
    if domain is not None or len(said) < 3 or len(again) <= len(said) or said not in again \
            or "@" in _tokens(before, lang, sentences=False):
        return folded
    return last


_SAID_AGAIN_DOT_RE = re.compile(r"\b(punto|dot)(?:[\s.,…]+\1\b)+")


def _talk_sentence(tokens: list[str], lang: Lang, talk: frozenset[str] = EVERYDAY_WORDS) -> bool:
    """A sentence with nothing of an address: no tokens left, or a sentence of words (four or more, no
    symbol, digit or spelled letters), nearly all everyday ones ("I don't have it in front of me"): of `talk`."""
    if not tokens:
        return True
    if len(tokens) < 4 or not all(t.isalpha() for t in tokens):
        return False
    if any(_letter(a, lang) and _letter(b, lang) for a, b in zip(tokens, tokens[1:], strict=False)):
        return False
    if any(tuple(tokens[k : k + len(p)]) == p and k + len(p) < len(tokens)
           for p in _HANDING_PHRASES for k in range(len(tokens) - len(p))):
        return False  # "Sale, ahí te va: rosendo. Punto. ...": the address begins after the words handing it over
    return sum(t in talk for t in tokens) >= 0.75 * len(tokens)


# Who side talk is said to ("espérame, mijo", "coming, honey"): with the hold before it, not the address.
_ADDRESSEES = wordset("mijo mija mijito mijita compa compadre carnal jefe joven viejo vieja amor gordo gorda "
                      "honey babe buddy man bro dude sweetie hon")
_ADDRESSEE_RE = re.compile(rf"^\W*(?:{'|'.join(sorted(_ADDRESSEES))})\b")
_ADDRESSEE_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(_ADDRESSEES))})\b")
# The words before an aside said again after it: the caller picks the address up where it was.
_PICKED_UP_RE = re.compile(r"\b([a-z0-9]+(?: [a-z0-9]+){0,2})\W*\|\W*\1\b")


def _without_asides(folded: str, lang: Lang) -> str:
    """The folded turn without what the caller says to someone else in the middle of the address
    ("ramiro... ¡ahorita voy, compa!... ramiro ochenta arroba", "tom, hang on buddy, tom smith at"): a hold
    phrase ending its clause, with whom it is said to. Words said before it and again after it are the
    caller picking up the address again: said once."""
    # "hang on buddy,": whom the hold is said to may stand before the pause that ends it
    masked = _ADDRESSEE_WORD_RE.sub(lambda w: "," * len(w.group(0)), folded)
    out, last = [], 0
    for m in _HOLD_RE[lang].finditer(masked):
        if m.start() < last:
            continue
        end = m.end()
        while end < len(folded) and masked[end] != folded[end]:
            end += 1  # the rest of a masked "buddy"
        who = _ADDRESSEE_RE.match(folded[end:])
        if who:
            end += who.end()
        out.append(folded[last : m.start()] + " | ")
        last = end
    if not out:
        return folded
    joined = "".join(out) + folded[last:]
    return _PICKED_UP_RE.sub(r"\1", joined).replace("|", " ")


def _cased_letter(m: re.Match[str], lang: Lang) -> str:
    if not (m.group(1) or m.group(3)):
        return m.group(0)
    letter = _letter(m.group(2), lang)
    return f" {letter} " if letter else m.group(0)


_VOWEL_SOUNDS = frozenset("aeiouy")


def _only_talk(tokens: list[str], lang: Lang) -> bool:
    """"Siesta ahora", "ya le dije": everyday words with nothing of a dictation in them (no symbol, digit,
    spelled letter, letter name in a short turn, or provider) are talk, not the start of an address."""
    words = strip_lead_in(tokens, lang)
    if not words:
        return False
    if len(words) > 3 and all(_letter(tok, lang) for tok in words) \
            and not (lang == "es" and set(words) <= _VOWEL_SOUNDS):
        # "I, de, e, ese", "a, ese, te, o": nothing but letter names is a spelling, not a sentence - but Spanish
        # vowels alone ("e, a, o, u", "a, a, a, a") are how the recogniser writes someone thinking aloud
        return False
    for tok in words:
        if len(tok) == 1 and len(words) > 3 and tok in EVERYDAY_WORDS:
            continue  # "otra vez a pedir los datos": "a", "y", "o" are words in a sentence
        # a word of the road or the weather is talk amid others ("depende del clima"), alone a piece ("Tráfico.")
        if not tok.isalpha() or len(tok) == 1 or is_provider(tok) \
                or tok not in (_ROAD_TALK if len(words) > 2 else EVERYDAY_WORDS):
            return False
        if len(words) <= 3 and _letter(tok, lang) is not None:
            return False  # "ese", "de": a letter said by its name
    return True


# "Dominio", "domain": the caller names the part after "@" ("el dominio es gmail punto com"). With nothing
# after it ("¿y el dominio?") the turn asks or remarks about the address and adds nothing to it.
_DOMAIN_WORDS = wordset("dominio domain")
_AFTER_DOMAIN_WORD = wordset("es seria is would be")


def _domain_named(tokens: list[str]) -> list[str]:
    for i, tok in enumerate(tokens):
        if tok in _DOMAIN_WORDS and "@" not in tokens:
            rest = tokens[i + 1 :]
            while rest and rest[0] in _AFTER_DOMAIN_WORD:
                rest = rest[1:]
            if not rest:
                return []
            start = i - 1 if i > 0 and tokens[i - 1] in ("el", "la", "su", "mi", "the", "my") else i
            return [*tokens[:start], "@", *rest]
    return tokens


# "iletraje@gmail.com": "y letra ge" written as one word with the address around it.
_GLUED_MARKER_RE = re.compile(r"^[iy](le|li|ni)(tra[a-z]{1,5})$")


def _unglued(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        m = _GLUED_MARKER_RE.match(tok)
        out += ["y", m.group(1), m.group(2)] if m else [tok]
    return out


# "Le trae", "ni traerne": the first syllables of "letra" with a letter the recogniser did not make out
# (`merge_split_markers` found none in them). The turn announced a letter that went unheard.
_UNHEARD_MARKER_RE = re.compile(r"^tra[a-z]{0,5}$")
_MARKER_LEADS = wordset("le li ni ne me mi y")


def _unheard_marker(tokens: list[str]) -> bool:
    return 2 <= len(tokens) <= 3 and tokens[-2] in _MARKER_LEADS and bool(_UNHEARD_MARKER_RE.match(tokens[-1])) \
        and all(t in _MARKER_LEADS for t in tokens[:-1])


# A turn of only these around the word "letra" (or its first syllable, all the recogniser kept of it: "Le",
# "¿Y letra?", "mi letra") announces a letter that went unheard: it adds nothing to the address.
_MARKER_ONLY = wordset("le y mi la su una otra")


def _dictation(tokens: list[str], lang: Lang) -> list[str]:
    lost = lost_letter_spelling(tokens, lang)
    if lost:
        return [lost.lower()]  # "de tigre": the letter before "de" went unheard
    if lang == "es" and tokens and all(t in _MARKER_ONLY or _LETTER_MARKERS.match(t) for t in tokens) \
            and (tokens[-1] == "le" or _LETTER_MARKERS.match(tokens[-1])):  # "letra y" names the letter
        return []
    if _letters_run_together(tokens, lang):
        # "Hace y o." for "a, ce, i, o": a fragment of letter names where the recogniser ran two of them
        # into one word; each word is its letters, and a "y" among them is the sound of the letter i (the
        # letter Y is said "i griega" or "ye")
        return [c.lower() for t in tokens
                for c in ("i" if t == "y" else _letter_pair(t, lang) or letter_name(t, lang, nato=False)[0])]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        times = times_said(tokens, i, lang) if out and out[-1].isalpha() and (
            len(out[-1]) == 1 or (named := letter_name(out[-1], lang, nato=False)) is not None and len(named[0]) == 1
        ) else None
        if times is not None:
            out += [out[-1]] * (times[0] - 1)  # "a ele dos veces", "L twice": the letter said that many times
            i += times[1]
            continue
        if lang == "es" and "@" not in tokens and _article_letter(tokens, i, lang):
            # "la e minúscula y la g minúscula": Spanish names a letter with its article ("la e", "la
            # jota"); the article, and the "y" joining two such letters, are not part of the address
            if tok == "la":
                out.append(nxt if len(nxt) == 1 else (_letter(nxt, lang) or nxt))
                i += 2
            else:
                i += 1
            continue
        if tok in _LETTER_LIST and nxt:
            listed, used = _listed_letters(tokens, i + 1, lang)
            if listed:
                # "grupo y las letras de y pe": the letters named in a list; the article before "letras"
                # and the "y" before the last one are words of the sentence, not of the address
                if out and out[-1] in _LIST_ARTICLES:
                    out.pop()
                    if out and out[-1] in _CONNECTORS:
                        out.pop()
                out += listed
                i += 1 + used
                continue
        if _LETTER_MARKERS.match(tok) and not nxt and out:
            i += 1  # "..., letra": the letter after it went unheard
            continue
        if _LETTER_MARKERS.match(tok) and nxt:
            got = letter_at(tokens, i + 1, lang, nato=False)
            if got:
                out.append(got[0].lower())
                i += 1 + got[3]
                continue
            named = letter_name(nxt, lang, nato=False)
            if named is not None:
                out.append(named[0].lower())  # "letra de arroba ...": after "letra", "de" is the letter
                i += 2
                continue
            if nxt.isalpha() and len(nxt) > 1 and not _LETTER_MARKERS.match(nxt) \
                    and digitize([nxt], lang) == [nxt] and nxt not in _NUMBER_MARKERS:
                i += 2  # "letra esngi": the word after "letra" is a letter the recogniser garbled, not a word
                continue
            i += 1
            continue
        if tok in _NUMBER_MARKERS and nxt and (nxt.isdigit() or digitize([nxt], lang) != [nxt]):
            i += 1
            continue
        again = _symbol_said_again(tokens, i, out)
        if again is not None:
            i = again + 1  # "arroba... no, espérame, mijo... arroba outlook": side talk, then the "@" again
            continue
        if tok in ("no", "nope") and out and out[-1] in _SYMBOLS and nxt in _SYMBOLS and nxt != out[-1]:
            out.pop()  # "arroba, no, punto pérez": the symbol said after the "no" replaces the one before
            i += 1
            continue
        if tok == "no" and nxt in ("griega", "latina") and out and len(out[-1]) == 1:
            i += 2  # "i latina, no griega": the letter said, then the one it is not
            continue
        if tok in ("no", "nope") and out and nxt and nxt not in ("@", ".") \
                and (restart := _letters_restarted(out, tokens, i + 1, lang)):
            del out[-restart:]  # "ese, ele, ere... no, ese, ele, a": the letters said again from their start
            i += 1
            continue
        if tok in ("no", "nope") and out and (len(out[-1]) == 1 or digitize([out[-1]], lang) != [out[-1]]
                                              or _spelled_letter(out[-1], lang)) \
                and nxt and nxt not in ("@", "."):
            out.pop()  # "cuatro, no, letra t", "ese, ele, ere, no, a": the caller took the last character back
            i += 1
            continue
        if (letter_name(tok, lang, nato=False) is not None and nxt in ("de", "como", "as", "for", "like")) \
                or tok in ("doble", "double") or nxt in _PAIR_TAILS:
            spelled = letter_at(tokens, i, lang, nato=False)
            if spelled and i + 2 < len(tokens) and is_provider(tokens[i + 2]):
                spelled = None  # "es de gmail": which provider, no "ese de <word>" spelling
            if spelled and spelled[3] == 3 and _spelling_follows(tokens, i + 1, lang):
                out.append(tok)  # "u, de de dado": the "de" after "u" is the next letter, spelled
                i += 1
                continue
            if spelled and spelled[3] > 1:  # "ese de sapo", "R as in Robert", "doble u", "i griega": one letter
                if out and out[-1] == tok and tok not in ("doble", "double") \
                        and (len(out) < 2 or out[-2] != tok):
                    out.pop()  # "lalo zeta, zeta de zapato": the letter said, then made clear; one letter
                letter = spelled[0].lower()
                if letter == "y" and lang == "es" and tokens[i] in ("i", "y", "ye") \
                        and (not out or out[-1] in "._-@" or out[-1] in _SPELLING_HINT):
                    # "ye griega, o, ele, a": the Y by its name, never the "y" ("and") a turn opens with; nor the
                    # one a spelling note names ("yolanda con ye griega")
                    letter = "ye"
                out.append(letter)
                i += spelled[3]
                continue
        if tok in ("doble", "double") and nxt and letter_at(tokens, i, lang, nato=False) is None:
            named = letter_name(nxt, lang, nato=False)
            digit = digitize([nxt], lang)
            if named is None and len(digit) == 1 and len(digit[0]) == 1 and digit[0].isdigit():
                named = (digit[0], True, False)  # "doble cero", "double seven": the digit twice
            if named is not None and named[0].isalnum():
                # "doble ele", "double s": the letter twice ("doble u", "doble ve" are the one letter w)
                out += [named[0].lower()] * 2
                i += 2
                continue
        fused = _fused_spelling(tok, nxt, lang)
        if fused:
            out.append(fused)  # "emede mamá": "eme de mamá" with "de" run onto the letter's name
            i += 2
            continue
        # A mangled spelling only in a dictation fragment ("Hije de gato."): in a whole address a word
        # such as "pon paco" or "ave avila" is part of it.
        fragment = len(tokens) <= 3 and "@" not in tokens
        heard = heard_spelling(tokens, i, lang) if fragment and letter_name(tok, lang, nato=False) is None else None
        if heard:
            out.append(heard[0].lower())
            i += heard[1]
            continue
        out.append(tok)
        i += 1
    return out


def _letter_pair(tok: str, lang: Lang) -> str | None:
    """The two letters of a word that is a vowel's name and another letter name run together ("hace" = a +
    ce, the "h" silent; "ate" = a + te), or None. A vowel's name is one sound, the one the next name is
    most often run onto; a word that is itself a letter name is one letter."""
    if lang != "es" or not tok.isalpha() or not 3 <= len(tok) <= 6 or letter_name(tok, lang, nato=False):
        return None
    vowel = 2 if tok[0] == "h" else 1  # "ha": a silent h
    if tok[vowel - 1] not in "aeiou":
        return None
    second = letter_name(tok[vowel:], lang, nato=False)
    return tok[vowel - 1] + second[0] if second is not None and second[0].isalpha() else None


def _letters_run_together(tokens: Sequence[str], lang: Lang) -> bool:
    """A short fragment of letter names only, with at least one word that is two of them run together
    and at least one letter said alone: a caller spelling letter by letter, not a word of the address."""
    if lang != "es" or not 2 <= len(tokens) <= 4 or "@" in tokens or any(t in _SPELLED_WITH for t in tokens):
        return False  # "O de oye": a letter spelled with its word, the word is no letters
    pairs = [t for t in tokens if _letter_pair(t, lang)]
    alone = [t for t in tokens if len(t) <= 3 and letter_name(t, lang, nato=False) is not None]
    return bool(pairs) and bool(alone) and len(pairs) + len(alone) == len(tokens)


_LETTER_LIST = frozenset(("letras", "letters", "iniciales", "initials"))
_LIST_ARTICLES = frozenset(("las", "sus", "mis", "the", "my", "his", "her"))


def _listed_letters(tokens: list[str], j: int, lang: Lang) -> tuple[list[str], int]:
    """The letters of a list after "las letras" ("de, y pe", "a, b and c"), and the tokens it takes."""
    out: list[str] = []
    start = j
    while j < len(tokens):
        if tokens[j] in _CONNECTORS and out and j + 1 < len(tokens):
            last = letter_at(tokens, j + 1, lang, nato=False)
            after = j + 1 + last[3] if last else j + 1
            if last and (after >= len(tokens) or letter_at(tokens, after, lang, nato=False) is None):
                out.append(last[0].lower())  # "... y pe": "y" joins the last letter to the list
                j = after
                break
        got = letter_at(tokens, j, lang, nato=False) if tokens[j].isalpha() else None
        named = letter_name(tokens[j], lang, nato=False)
        if not got and not named:
            break
        out.append((got or named)[0].lower())  # type: ignore[index]
        j += got[3] if got else 1  # after "letras", "de" is a letter, not the preposition
    return (out, j - start) if len(out) >= 2 else ([], 0)


_SYMBOLS = frozenset("@._-")
_SEPARATORS = frozenset("._-")


def _symbol_said_again(tokens: list[str], i: int, out: list[str]) -> int | None:
    """Where the symbol just said ("@", ".") is said again after a "no" and words that hold nothing of an
    address ("arroba... no, espérame, mijo... arroba"): those words are talk to someone else, and the
    symbol said again is the one already written. None when the words between spell something (a symbol,
    a digit: "arroba, no, punto pérez" takes the "@" back)."""
    if tokens[i] not in TAKE_BACK or not out or out[-1] not in _SYMBOLS:
        return None
    for j in range(i + 1, min(len(tokens), i + 8)):
        if tokens[j] == out[-1]:
            return j if j > i + 1 else None
        if tokens[j] in _SYMBOLS or tokens[j].isdigit() or len(tokens[j]) == 1:
            return None
    return None


# Second words of two-word letter names ("i griega", "i latina", "x ray").
_PAIR_TAILS = frozenset(("griega", "latina", "ray"))
_FUSED_DE_RE = re.compile(r"^([a-z]{1,5}?)de$")


def _spelling_follows(tokens: list[str], j: int, lang: Lang) -> bool:
    """Whether tokens[j] is a letter's name spelled with its own word after it ("de de dado")."""
    known = letter_name(tokens[j], lang, nato=False) if j + 2 < len(tokens) else None
    return known is not None and tokens[j + 1] in ("de", "como") and tokens[j + 2].isalpha() \
        and len(tokens[j + 2]) > 2 and tokens[j + 2][0].upper() == known[0]


def _fused_spelling(tok: str, nxt: str, lang: Lang) -> str | None:
    """"emede" + "mama": a letter's name with "de" run onto it, then the word, which starts with the letter."""
    m = _FUSED_DE_RE.match(tok) if lang == "es" and nxt.isalpha() and len(nxt) > 2 else None
    known = letter_name(m.group(1), lang, nato=False) if m else None
    if known is None or not known[1] or nxt[0].upper() != known[0]:
        return None
    return known[0].lower()


def _article_letter(tokens: list[str], i: int, lang: Lang) -> bool:
    """Whether tokens[i] is the article before a letter ("la e"), or the "y" joining two of them."""
    def letter_after_article(j: int) -> bool:
        return j + 1 < len(tokens) and tokens[j] == "la" and (
            (len(tokens[j + 1]) == 1 and tokens[j + 1].isalpha()) or letter_name(tokens[j + 1], lang, nato=False)
            is not None)
    if tokens[i] == "la":
        return letter_after_article(i)
    return tokens[i] == "y" and i > 1 and tokens[i - 2] == "la" and letter_after_article(i + 1)


def _spelled_letter(tok: str, lang: Lang) -> str | None:
    """The letter a token of a dictation names: a single letter, or a letter's name of two letters or more that is
    no everyday word ("ere", "ele", "eme"; never "de", "te", "se"), else None."""
    if len(tok) == 1 and tok.isalpha():
        return tok
    named = letter_name(tok, lang, nato=False)
    return named[0].lower() if named is not None and named[1] else None


def _letters_restarted(out: list[str], tokens: list[str], j: int, lang: Lang) -> int:
    """How many letters at the end of `out` (two or more) the letters from `tokens[j]` on (two or more, after any
    take-back words) say again from their start, beginning with the same letter: "ese, ele, ere... no, perdón,
    ese, ele, a" restarts all three; 0 when they do not. Amid letters said outright a letter name that is a word too
    is the letter ("te, a... no, te, o, ere": the T restarts with the A)."""
    def letter(tok: str) -> str | None:
        if (named := _spelled_letter(tok, lang)) is not None:
            return named
        word_too = letter_name(tok, lang, nato=False) if lang == "es" and tok in _WORDLIKE_INITIALS else None
        return word_too[0].lower() if word_too is not None else None

    while j < len(tokens) and tokens[j] in TAKE_BACK:
        j += 1
    again = 0
    while j + again < len(tokens) and letter(tokens[j + again]):
        again += 1
    said = 0
    while said < len(out) and letter(out[-1 - said]):
        said += 1
    if again < 2 or said < 2:
        return 0
    # (each run with one letter said outright at least: "te se" alone is words)
    if not any(_spelled_letter(t, lang) for t in tokens[j : j + again]) \
            or not any(_spelled_letter(t, lang) for t in out[len(out) - said :]):
        return 0
    return said if letter(out[-said]) == letter(tokens[j]) else 0


def _letter(tok: str, lang: Lang) -> str | None:
    known = letter_name(tok, lang, nato=False)
    other: Lang = "en" if lang == "es" else "es"
    if known is None and len(tok) > 1:
        known = letter_name(tok, other, nato=False)
    return known[0].lower() if known else None


# Spanish letter names a caller says for an initial that are also short words ("te", "se"): an initial only
# where an address part starts and a name-like word follows ("te osuna", not "te amo" nor "de la cruz").
_WORDLIKE_INITIALS = frozenset(("te", "se", "ce", "be", "ve", "ese"))


def _initial(tokens: Sequence[str], i: int, lang: Lang) -> bool:
    """Whether the letter name tokens[i] is a letter standing next to words of the address: "ge ávila",
    "efe quintanilla", "baltazar eme 55", "amador" said "ado erre", "te osuna". A Spanish letter name that is
    no word ("ge", "efe", "erre", "eme") can only be the letter; English names are first names too ("jay",
    "kay") and stay words."""
    tok = tokens[i]
    if lang != "es" or len(tok) < 2:
        return False
    known = letter_name(tok, lang, nato=False)
    if known is None:
        return False
    if known[1] and tok not in EVERYDAY_WORDS:
        return True
    if tok not in _WORDLIKE_INITIALS or (i > 0 and tokens[i - 1].isalnum()) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.isalpha() and len(nxt) >= 4 and nxt not in EVERYDAY_WORDS and letter_name(nxt, lang, nato=False) is None


# English "o"/"oh" before digits is a zero ("nine oh one"), but after a letter spelled on its own it is the
# letter O, the last of the letters ("l e o 1 9 9 9": leo1999). Held as this mark while the numbers are read.
_LETTER_O = "O"


def _o_kept(tokens: list[str], lang: Lang) -> list[str]:
    if lang != "en":
        return tokens
    out: list[str] = []
    for k, t in enumerate(tokens):
        prev = out[k - 1] if k else ""
        letter = t in ("o", "oh") and (prev == _LETTER_O or len(prev) == 1 and prev.isalpha()
                                       and prev not in ("a", "i", "o")) and not _name_spelled_before(out)
        out.append(_LETTER_O if letter else t)
    return out


def _name_spelled_before(tokens: list[str]) -> bool:
    """Whether the letters spelled last already spell a whole given name that an O would not go on ("j o h n
    oh seven": john07, the "oh" is the number's zero; "l e o 1 9 9 9" and "p e d r o" spell on)."""
    k = len(tokens)
    while k and len(tokens[k - 1]) == 1 and tokens[k - 1].isalpha():
        k -= 1
    run = "".join(tokens[k:]).lower()
    return len(run) >= 3 and run in GIVEN_NAMES and f"{run}o" not in GIVEN_NAMES


def _o_after_a_letter(tokens: list[str]) -> list[str]:
    return ["o" if t == _LETTER_O else t for t in tokens]


def _spell(tokens: Sequence[str], lang: Lang) -> str:
    """Join the tokens of one side of the address: words as said, spelled letters as letters."""
    tokens = _o_after_a_letter(digitize(_o_kept(prepare_tokens(list(tokens), lang), lang), lang, dictated=True))
    letters = [_letter(t, lang) if t.isalpha() else None for t in tokens]

    def lone_digit(k: int) -> bool:
        return 0 <= k < len(tokens) and len(tokens[k]) == 1 and tokens[k].isdigit()

    def near(k: int) -> bool:
        # next to a spelled letter, or, for a Spanish letter name that is a short word too, to a digit said on its
        # own ("número cuatro", "ve", "número cero": the letter V of "4v0", not the word "ve"). Only those: other
        # words beside a digit stay words ("ventas de 2", "jose en 5", "sales 4 you", "back 2 see": sales4you)
        return (k > 0 and letters[k - 1] is not None) or (k + 1 < len(tokens) and letters[k + 1] is not None) \
            or (lang == "es" and tokens[k] in _WORDLIKE_INITIALS and (lone_digit(k - 1) or lone_digit(k + 1)))

    def alone(k: int) -> bool:  # a part of its own, between symbols ("punto, te, arroba")
        return (k == 0 or not tokens[k - 1].isalnum()) and (k + 1 == len(tokens) or not tokens[k + 1].isalnum())

    # Spelled letter by letter somewhere: then a letter's name standing alone is a letter too ("...o,
    # punto, te, arroba": the initial t, not the word "te").
    spelled = any(letters[k] and near(k) for k in range(len(tokens)))
    initials = _initials(tokens, lang)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in _SPELLING_HINT and i + 1 < len(tokens):
            # "martha con hache": a hint about the spelling just said, not part of the address
            j = i + 1 + (tokens[i + 1] in ("una", "an", "a") and i + 2 < len(tokens))
            hint = letter_at(list(tokens), j, lang, nato=False)
            if hint and hint[1]:
                if i >= 2 and tokens[i - 1] == tokens[i - 2] and len(tokens[i - 1]) > 2 and out \
                        and out[-1] == tokens[i - 1]:
                    out.pop()  # "ochoa, ochoa con hache": the word said again to spell it is said once
                i = j + hint[3]
                continue
        if i + 2 < len(tokens) and letters[i] and tokens[i + 1] in ("de", "como") and tokens[i + 2].isalpha() \
                and len(tokens[i + 2]) > 2 and tokens[i + 2] not in ("la", "el", "los", "las"):
            out.append(tokens[i + 2][0])  # "be de burro"
            i += 3
            continue
        if len(tok) == 1 or not tok.isalpha():
            out.append(tok)
        elif letters[i]:
            # a letter name is a letter inside a spelled run ("jota u a ene"), and an initial said by its
            # name next to a word ("ge ávila", "baltazar eme"); else a word ("jay", "de")
            letter = near(i) or (spelled and alone(i)) or i in initials
            if tok in _CONNECTORS and not letter:
                pass
            else:
                out.append(letters[i] if letter else tok)
        elif tok not in _CONNECTORS:
            out.append(tok)
        i += 1
    return "".join(out)


# Where a spelling note puts its letter ("ordás con zeta al final", "turbide con i al principio"); never "in front
# of the n", "al principio de ...": a place next to another letter, not an edge of the word.
_EDGES: dict[str, tuple[list[str], ...]] = {edge: edge_words(edge) for edge in ("end", "start")}


def _spelling_notes(tokens: list[str], lang: Lang,
                    notes: list[tuple[str, str, str]] | None = None) -> list[str]:
    """The tokens with a note on a word's spelling applied to it and taken out ("ordas con zeta al final"
    -> "ordaz", "turbide con i al principio" -> "iturbide", "lopes with a z at the end" -> "lopez"; see
    `spelled_with`), and without the "con" / "with" of a symbol said between two parts ("oscar con punto
    iturbide", "con guion bajo" amid a dictation). A note whose letter is not clear ("con e": a weak name,
    placed nowhere) is left for `_spell`. Each note applied goes into `notes` (word said, written, letter)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        at = _noted_word_at(out)
        prev = out[at] if out else ""
        k = i + 1 + (i + 2 < len(tokens) and tokens[i + 1] in ("un", "una", "el", "la", "a", "an", "the"))
        if tok in _SPELLING_HINT and (not out or prev.isalnum()) and k < len(tokens) \
                and tokens[k] in ("_", "-", "."):
            i = k  # "oscar con punto iturbide", "ana with a dash ruiz": the symbol between the parts
            continue
        if tok in _SPELLING_HINT and i + 1 < len(tokens) and prev.isalpha() and len(prev) >= 3 \
                and letter_name(prev, lang, nato=False) is None:
            j = i + 1 + (tokens[i + 1] in ("una", "un", "la", "an", "a") and i + 2 < len(tokens))
            hint = letter_at(list(tokens), j, lang, nato=False) if j < len(tokens) else None
            after = j + hint[3] if hint else j
            edge, size = next(((e, len(w)) for e, ws in _EDGES.items() for w in ws
                               if list(tokens[after : after + len(w)]) == w
                               and tokens[after + len(w) : after + len(w) + 1] not in (["of"], ["de"])), (None, 0))
            spelled = _letters_spelled(tokens, j, lang) if hint and hint[1] and edge is None else ""
            if len(spelled) >= 2 and spelled in prev:
                # "anguiano con ge u i": the letters the word is written with, in a row - so written already
                if notes is not None:
                    notes.append((prev, prev, spelled[0]))
                i = j + _letters_used(tokens, j, lang)
                continue
            if hint and (hint[1] or edge is not None) and hint[0].isalpha():
                if at == len(out) - 1 and len(out) >= 2 and out[-2] == prev:
                    out.pop()  # "ochoa, ochoa con hache": the word said again to spell it is said once
                    at = len(out) - 1
                out[at] = spelled_with(prev, hint[0].lower(), edge)
                if notes is not None:
                    notes.append((prev, out[at], hint[0].lower()))
                i = after + size
                continue
        out.append(tok)
        i += 1
    return out


def _noted_word_at(out: list[str]) -> int:
    """Where the word a spelling note said now is about stands in `out`: the last one, but after a whole
    address ("ordaz arroba gmail punto com, con zeta al final") the last word before the "@" - a note is
    never about the ending of a domain ("com", "mx")."""
    if "@" not in out or "." not in out[out.index("@") :] or not out[-1].isalpha():
        return len(out) - 1
    before = out.index("@") - 1
    return before if before >= 0 else len(out) - 1


def _letters_spelled(tokens: list[str], j: int, lang: Lang) -> str:
    """The letters said one by one from tokens[j] to the end of the turn or a symbol ("ge u i" -> "gui");
    "" when anything else is said among or after them."""
    letters = ""
    while j < len(tokens) and tokens[j] not in _SYMBOLS:
        found = letter_at(list(tokens), j, lang, nato=False)
        if found is None or not found[0].isalpha():
            return ""
        letters += found[0].lower()
        j += found[3]
    return letters


def _letters_used(tokens: list[str], j: int, lang: Lang) -> int:
    used = 0
    while j + used < len(tokens) and tokens[j + used] not in _SYMBOLS:
        used += letter_at(list(tokens), j + used, lang, nato=False)[3]  # type: ignore[index]
    return used


# The consonants an S is lost before at a word's start: a Spanish speaker says "es-" before them ("Estefani",
# "Esteven", "Escott"), and the recogniser drops that syllable ("Tefani"). "Tefani" - "no, empieza con ese" is the
# S lost (Stefani), never the T heard wrong (Sefani).
_LOST_S_BEFORE = frozenset("tpck")


def spelled_with(word: str, letter: str, edge: str | None, *, exact: bool = False, refused: bool = False,
                 lang: Lang | None = None, placed: bool = False) -> str:
    """`word` as a note on its spelling says it is written ("ordas" + "con zeta al final" -> "ordaz",
    "turbide" + "con i al principio" -> "iturbide", "espinosa" + "con zeta" -> "espinoza"): at an edge, the
    letter there that sounds like it is that letter, or the letter was not heard and goes there; with no
    edge, the one letter sounding like it is that letter. A word that has the letter already, or where its
    place is not clear, stays as said. `exact`: the note says the letter is the very last one ("termina con",
    "ends with" - see `EdgeNote`), not only toward the end: "smith" + "ends with a y" is smithy, never smyth.
    `refused`: the note follows a "no" to the word as read back ("Anabeli" - "no, termina con e"): a vowel there
    is the letter refused and the note's vowel takes its place (Anabele, never Anabelie); a consonant there was
    heard right and the letter goes after (before) it, as without the "no" ("Anabel" - "no, termina con i":
    Anabeli); so is an i before a vowel said apart from it in `lang` (see `_AFTER_THE_I`: "Sofi" - "no, termina
    con a" is Sofia); a consonant refused there, for another, is the one heard wrong ("Lacey" - "no, empieza con
    ka": Kacey), except an S before a consonant it is lost before (`_LOST_S_BEFORE`: "Tefani" - "no, empieza con
    ese" is Stefani). `placed`: the note names the letter's place ("la última es con a", "the last letter is an
    a"): a vowel there is that letter, even an i a sounded vowel could go after ("Anabeli" - "la última es con
    a" is Anabela, never Anabelia; see `_NEVER_SOUNDED`)."""
    at = len(word) - 1 if edge == "end" else 0
    if refused and (exact or edge == "end") and word and letter in _EDGE_VOWELS and word[at] in _EDGE_VOWELS \
            and word[at] != letter and (not _goes_after_the_i(word, letter, edge, lang)
                                        or (placed and letter not in _NEVER_SOUNDED.get(lang or "es", ""))):
        # ("no, lleva e al final" at "Anabeli" says the last letter too: Anabele)
        return word[:at] + letter + word[at + 1 :]
    if refused and exact and word and edge is not None and _consonant(letter) and _consonant(word[at]):
        # "Lacey" - "no, the first letter is a k": the consonant there was heard wrong (Kacey, never Klacey); a
        # consonant beside a vowel was not heard ("Omar" - "no, empieza con hache": Homar)
        # (never a C before e/i/y: it sounds as the S there, "Cerena" - "no, empieza con ese" is Serena)
        if edge == "start" and letter == "s" and word[0] in _LOST_S_BEFORE and word[1:2] not in ("", "s") \
                and word[:2] not in ("ce", "ci", "cy"):
            return letter + word  # "Tefani" - "no, empieza con ese": the S lost before the T (Stefani)
        return word[:at] + letter + word[at + 1 :]
    def alike(k: int) -> bool:
        c = word[k]
        if c == "l" and letter in "iy" and "l" not in (word[k - 1 : k], word[k + 1 : k + 2]):
            return False  # an L sounds like a Y only doubled ("ll"): "anabel" + "termina con i" is anabeli
        return _sounds_alike(c, letter)
    places = [k for k in range(len(word)) if alike(k)]
    if edge == "end" and exact:
        return word if word.endswith(letter) else word[:-1] + letter if word and alike(len(word) - 1) \
            else word + letter
    if edge == "end":  # "al final" is toward the end: "baltazar con zeta al final" has it
        if word.endswith(letter) or (letter in word and not alike(len(word) - 1)):
            return word
        # only a letter in the word's second half is toward its end ("jon" + "with an h at the end" is no "hon")
        places = [k for k in places if 2 * k >= len(word)]
        return word[: places[-1]] + letter + word[places[-1] + 1 :] if places else word + letter
    if edge == "start":
        return word if word.startswith(letter) else letter + word[1:] if alike(0) else letter + word
    if letter in word:
        return word
    if len(places) > 1:
        # "espinosa con zeta": of the two s, only the one before a vowel may be written z (a z or a soft c
        # before a consonant is no Spanish spelling): espinoza
        places = [k for k in places if _may_stand(letter, word[k + 1 : k + 2])]
    return word[: places[0]] + letter + word[places[0] + 1 :] if len(places) == 1 else word


# The letters a caller refusing how a word ends or begins means in place of the one there (see `spelled_with`).
_EDGE_VOWELS = frozenset("aeiouy")
# The vowels a name's last i is heard right before, the vowel said apart from it lost on a bad line (or never
# sounded, the English e): "Sofi" - "no, termina con a" is Sofia, "Antoni" - "no, termina con o" Antonio, "Sophi" -
# "no, it ends with an e" Sophie, never Sofa, Antono, Sophe; elsewhere a vowel refused at the edge was misheard
# ("Anabeli" - "no, termina con e": Anabele, as Spanish names end in -e, never -ie).
_AFTER_THE_I: dict[Lang, str] = {"es": "ao", "en": "aeo"}
# The vowel never sounded after a last i (English -ie): "Jodi" - "the last letter is an e" is Jodie even with the
# place named; a sounded one named at the last place takes the i's ("Anabeli" - "la última es con a": Anabela).
_NEVER_SOUNDED: dict[Lang, str] = {"es": "", "en": "e"}


def _consonant(c: str) -> bool:
    return c.isalpha() and c not in _EDGE_VOWELS


def _goes_after_the_i(word: str, letter: str, edge: str | None, lang: Lang | None) -> bool:
    return lang is not None and edge == "end" and word.endswith("i") and letter in _AFTER_THE_I[lang]


def edge_vowel_in_doubt(word: str, letter: str, edge: str, lang: Lang) -> bool:
    """Whether a note's vowel ("termina con e") would stand beside another vowel at that edge of `word`
    ("anabeli") that does not sound like it: in place of it or after it, only a "no" said with the note tells
    (see `spelled_with`); a reader hearing the note without one leaves it. A vowel that goes after an i (see
    `_AFTER_THE_I`: "Sofi termina con a") is in no doubt."""
    at = word[-1:] if edge == "end" else word[:1]
    return at != letter and at in _EDGE_VOWELS and letter in _EDGE_VOWELS and not _sounds_alike(at, letter) \
        and not _goes_after_the_i(word, letter, edge, lang)


# A note on how a word - a name, an address or a part of it - ends or begins, one reading wherever it is said
# (`names`, `types.email`): said with a verb, the letter is the very first or last one ("Anabel termina con i
# latina", "Nancy acaba en i", "Omar empieza con hache", "Lacey ends with a y", "it starts with an h"); said
# with where it goes, it is at or toward that edge ("con hache al principio", "lleva zeta al final", "with a k
# at the end"). The letter may be made clear ("i latina", "be grande", "hache de hotel", "h as in hotel").
_NOTE_LETTER = (r"(?:la |el |una |un |an? |the )?(?:letra |letter )?"
                rf"(?P<said>[a-z0-9]+(?: de [a-z]{{3,}}| as in [a-z]{{3,}}| (?:{LETTER_QUALIFIERS}))?)")
_EDGE_NOTES: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(r"\b(?:(?:y|pero|que) )?(?P<verb>empieza|comienza|inicia|arranca|termina|acaba|empiezo|comienzo"
                   rf"|termino) (?:con|en) {_NOTE_LETTER}(?=$|[ ,.;!?])"),
        re.compile(rf"(?:^|\b)(?:(?:va|lleva|tiene|es|hay|pon|ponle|empieza|comienza) )?(?:con )?{_NOTE_LETTER} "
                   r"(?P<edge>al principio|al inicio|al comienzo|hasta adelante|adelante|al final|al ultimo"
                   r"|hasta el final|hasta atras)(?=$|[ ,.;!?])"),
        # the place named as a letter's: "la última letra es i", "no, la primera es hache"
        re.compile(r"\b(?:la |el )?(?P<verb>ultima|ultimo|primera|primer|primero) (?:letra |de todas )?"
                   rf"(?:es|va|seria|debe ser|lleva) (?:con )?{_NOTE_LETTER}(?=$|[ ,.;!?])"),
    ),
    "en": (
        re.compile(r"\b(?:(?:and|but|it|that) )?(?P<verb>starts|begins|start|begin|starting|beginning|ends|end"
                   rf"|ending) (?:with|in) {_NOTE_LETTER}(?=$|[ ,.;!?])"),
        re.compile(rf"(?:^|\b)(?:(?:it has|has|theres|there is|its|put|add|it starts|starts) )?(?:with )?"
                   rf"{_NOTE_LETTER} (?P<edge>at the (?:beginning|start|front|end)|in front|up front)(?=$|[ ,.;!?])"),
        # "last letter's a y", "the first letter is an h" (the "is" may be run into the word before)
        re.compile(r"\b(?:the |my )?(?P<verb>last|first) (?:letter|one)(?:s|,? is|,? should be|,? has to be) "
                   rf"{_NOTE_LETTER}(?=$|[ ,.;!?])"),
    ),
}
_END_SAID = frozenset(("termina", "acaba", "termino", "ends", "end", "ending", "al final", "al ultimo",
                       "hasta el final", "hasta atras", "at the end", "ultima", "ultimo", "last"))
# The edge named as a letter's place ("la primera es ka", "the last letter is an e"): the letter read back there
# is refused, as after a "no".
_PLACE_SAID = frozenset(("ultima", "ultimo", "primera", "primer", "primero", "last", "first"))
# A refusal of the word as read back, before a note on it in the same turn ("no, termina con e", "nope, it ends
# with an e"): the note then says which letter is wrong (see `spelled_with`).
_REFUSED_BEFORE = re.compile(r"(?:^|\b)(?:no|nope|nah|negativo)\b")
# What may stand beside such a note in its turn: yes or no, a hesitation, what the note is about.
BESIDE_EDGE_NOTE = re.compile(r"(?:(?:si|no|nope|nah|pues|pero|bueno|oiga|mire|este|solo que|nada mas que|yes|"
                              r"but|well|so|its|it|el correo|the email|mi correo|my email|el nombre|mi nombre|the name"
                              r"|my name)[ ,]*)*")


@dataclass(frozen=True)
class EdgeNote:
    """A note that a word ends or begins with a letter (see `_EDGE_NOTES`)."""

    said: str  # the letter as said ("i latina", "hache de hotel")
    edge: str  # "start" or "end"
    exact: bool  # said with a verb: the very first or last letter, not only toward that edge
    start: int  # where the note is in the folded turn
    end: int
    mark: int  # where the words saying the edge begin ("al final" of "Juan Pérez al final")
    refused: bool  # a "no" is said before it, or the place named ("the first letter is"): the letter there is refused
    placed: bool = False  # said as the letter's place ("the first letter is", "la última es"): of the whole value


def edge_note_in(folded: str, lang: Lang) -> EdgeNote | None:
    """The note in a folded turn that a word ends or begins with a letter ("termina con i latina", "con hache al
    principio", "ends with a y"); None when it has none. The letter is as said: each reader makes it a character
    its own way (a name's is a letter; an address's may be a digit)."""
    for rx in _EDGE_NOTES[lang]:
        m = rx.search(folded)
        if m:
            verb = m.groupdict().get("verb")
            if verb is None and m.group("said") == "de" and "letra" not in m.group(0):
                # "la de al final", "el de adelante": Spanish for "the one at the end / in front", no letter D
                continue
            said = m.groupdict().get("edge") or verb
            mark = m.start("edge") if m.groupdict().get("edge") else m.start("verb")
            return EdgeNote(m.group("said"), "end" if said in _END_SAID else "start", verb is not None,
                            m.start(), m.end(), mark,
                            # "the first letter is a k" at "Lacey" refuses the L read back there, "no" or not
                            verb in _PLACE_SAID or _REFUSED_BEFORE.search(folded[: m.start()]) is not None,
                            verb in _PLACE_SAID)
    return None


def _may_stand(letter: str, after: str) -> bool:
    """Whether `letter` may be written before `after` (the next letter, "" at the word's end)."""
    if letter == "z":
        return after == "" or after in "aeiou"
    if letter == "c":  # the c that sounds like s or z
        return after in ("e", "i")
    return True


# Letter names that are also given names or everyday words before a name ("Jay Smith", "de León").
_NOT_INITIALS = wordset("de jay kay dee")


def _name_like(word: str, lang: Lang) -> bool:
    """A word that may be a name or surname in an address: no everyday word, no letter, no provider."""
    return word.isalpha() and len(word) >= 3 and word not in EVERYDAY_WORDS and _letter(word, lang) is None \
        and not is_provider(word)


# Words that order the pieces of a dictation ("dee, then renfro", "jota, luego ramírez").
_SEQUENCE = frozenset(("then", "luego", "despues"))


def _piece_in_sequence(tokens: Sequence[str], k: int, lang: Lang) -> bool:
    """A letter's name said as a piece of its own and ordered against a word of the address by "then" /
    "luego" ("Dee, then renfro", "renfro, then jay", "de, luego villalobos"): the letter, even when the name
    is also a given name or a word ("Jay Smith" said as one stays a name)."""
    tok = tokens[k]
    known = letter_name(tok, lang, nato=False)
    if known is None or len(tok) < 2 or known[2] or (lang == "en" and not known[1]):
        return False
    before = tokens[k - 1] if k > 0 else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if after in _SEQUENCE and k + 2 < len(tokens) and _name_like(tokens[k + 2], lang):
        return k == 0 or not tokens[k - 1].isalpha() or before in _SEQUENCE
    return before in _SEQUENCE and k >= 2 and _name_like(tokens[k - 2], lang) \
        and (not after or after.isdigit() or after in _SYMBOLS)


def _initials(tokens: Sequence[str], lang: Lang) -> set[int]:
    """Where a letter's name in an address is an initial, the one place that says so: a Spanish letter
    name that can only be a letter, or a short-word one opening a part before a name (`_initial`); and
    a letter's name beside a name: "ce anaya", "ge punto ochoa", "te osuna 85", "tee miller" (opening the
    address before a surname), "baltazar eme 55" (after a name, before digits, a symbol or the end). These
    are the commonest shapes of an address; "ce" is written c. Names that are also words or given names
    ("de", "Jay"), and a letter's name between two words, stay."""
    found: set[int] = set()
    for k, tok in enumerate(tokens):
        if _initial(tokens, k, lang) or _piece_in_sequence(tokens, k, lang):
            found.add(k)
            continue
        if len(tok) < 2 or tok in _NOT_INITIALS:
            continue
        known = letter_name(tok, lang, nato=False)
        if known is None or (lang == "en" and not known[1]) or known[2]:
            continue  # English weak names are words ("see", "you"); Spanish "es", "y", "se" are too
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if k == 0 and after in _SYMBOLS and k + 2 < len(tokens):
            after = tokens[k + 2]  # "ge punto ochoa"
        # a letter's name that is also a short word opens an address only before a name of some length
        # ("te osuna", not "te amo")
        opens = k == 0 and _name_like(after, lang) and (tok not in _WORDLIKE_INITIALS or len(after) >= 4)
        # closing a name, or a short part of its own after a name and a separator ("garza guion bajo te
        # arroba": the initial t, as "garza te arroba" is; "juan punto ese" may be the word)
        named = k > 0 and (_name_like(tokens[k - 1], lang) or (
            (len(tok) == 2 or lang == "en") and k >= 2 and tokens[k - 1] in _SEPARATORS
            and _name_like(tokens[k - 2], lang)))
        closes = named and (not after or after.isdigit() or after in _SYMBOLS)
        if opens or closes:
            found.add(k)
    return found


def strip_lead_in(local: list[str], lang: Lang | None = None, *, joined_letter: bool = True) -> list[str]:
    """Drop what introduces the address ("mi correo es", "el mío es", "it would be") from its start.

    `joined_letter`: a one-letter lead word joined by a symbol to what follows ("y.cardenas", "y punto
    cárdenas", "i dot smith") is the address's first letter, no "and" / "I" before it - an address never
    starts with a symbol. False where the turn may go on with an address already begun ("juan" - "y punto
    pérez": and dot pérez)."""
    cut = _announcement_end(local)
    local = local[cut:]
    not_lead = _NOT_LEAD[lang] if lang else frozenset()
    while local:
        if joined_letter and len(local[0]) == 1 and local[0].isalpha() and local[1:2] in (["."], ["_"], ["-"]) \
                and len(local) > 2 and _TLD_FIXES.get(local[2], local[2]) not in _TLDS:
            # ("y punto com" is "and dot com": no address starts with a letter and its ending)
            break
        if (phrase := next((p for p in _HANDING_PHRASES if tuple(local[: len(p)]) == p), None)) \
                and len(local) > len(phrase) and local[len(phrase)] not in (".", "_", "-", "@"):
            local = local[len(phrase) :]
        elif local[:2] in _LEAD_PAIRS and len(local) > 2 and local[2] not in (".", "_", "-", "@"):
            local = local[2:]  # before its first word alone: "sure" of "sure thing" is a lead word too
        elif (local[0] in _LEAD_WORDS or local[0] in _APOLOGIES) and local[0] not in not_lead \
                and not (local[0] in _WHERE_LEADS and local[1:2] in (["."], ["_"], ["-"])) \
                or local[0] in _HAND_OVER and not (len(local) > 1 and local[1] in (".", "_", "-")):
            local = local[1:]
        elif local[:2] in _LEAD_PAIRS:
            local = local[2:]
        elif local[0] == "con" and len(local) > 1 and local[1].isalpha() \
                and (len(local[1]) == 1 or len(local) == 2 and letter_name(local[1], "es", nato=False)):
            # "es con be", "con ese": the letter it is written with; "con be grande, be, a, ele": the same
            # letter then spelled from it was only announced
            first = letter_name(local[1], "es", nato=False)
            again = letter_name(local[2], "es", nato=False) if len(local) > 2 and local[2].isalpha() else None
            local = local[2:] if first and again and first[0] == again[0] else local[1:]
        elif local[:1] in (["de"], ["del"]) and len(local) > 2 and local[1] in _POSSESSIVES:
            local = local[3:]  # "el de mi esposa": whose address it is
        else:
            break
    return local


def announces_address(tokens: list[str]) -> bool:
    """Whether the turn opens by naming the address ("el correo es ...", "my email is ..."): what follows
    is the address from its start, not more of one."""
    cut = _announcement_end(tokens)
    return cut > 0 and any(t in _LEAD_KEYWORDS and t not in _NAME_KEYWORDS for t in tokens[:cut])


def _announcement_end(local: list[str]) -> int:
    """Where the words naming the address ("mi correo es", "es de gmail, es") end: 0 when there are none."""
    cut = 0
    for idx, tok in enumerate(local):
        if tok in _LEAD_KEYWORDS and idx + 1 < len(local) and local[idx + 1] == ".":
            continue  # "ge", "mail punto com": "mail" is a piece of the domain here, not the word for it
        if tok in _COPULAS and idx > 0 and local[idx - 1] in (".", "_", "-"):
            continue  # "ramiro punto es parsa": after a dot "es" is a piece of the address, not "it is"
        if tok in _LEAD_KEYWORDS or (tok in _COPULAS and 0 < idx <= _MAX_LEAD):
            cut = idx + 1
        elif tok in _COPULAS and any(is_provider(t) for t in local[cut:idx]):
            cut = idx + 1  # "es de gmail, es memo07...": the provider named before the address
        elif is_provider(tok) and idx > 0 \
                and all(t in _LEAD_WORDS or t in _HAND_OVER or t in _PROVIDER_LEAD for t in local[:idx]):
            cut = idx + 1  # "es de gmail, arroba gmail punto com": which provider, not the address itself
    return cut


def is_provider(tok: str) -> bool:
    """A mail provider's name (\"gmail\", \"hotmail\") or a way it is misheard."""
    return tok in _PROVIDERS or tok in _PROVIDER_VARIANTS


@turn_cache(512)
def _fix_provider(label: str) -> str:
    if label in _PROVIDER_VARIANTS:
        return _PROVIDER_VARIANTS[label]
    if len(label) >= 4 and label not in _PROVIDERS:
        best = process.extractOne(label, _PROVIDERS, scorer=fuzz.ratio, score_cutoff=85)
        if best:
            return str(best[0])
    return label


# "punto com, y al final punto mx", "dot com and then dot mx": the words that lead on from a generic ending
# to the country ending said after it (the domain goes on; they are no part of it).
_ENDING_LINKS = wordset("y luego despues al final ultimo hasta el la ya nada mas and then at the end last also "
                        "tambien plus mas")
_GENERIC_ENDINGS = frozenset(("com", "net", "org", "edu", "gob"))
# Not "es": "punto com y punto, es todo" ("y punto": that is all) is no ".es".
_COUNTRY_ENDINGS = frozenset(("mx", "us", "ar", "cl", "co", "uk", "ca"))


def _country_after(tokens: list[str], i: int) -> int | None:
    """Where the dot of a country ending said after the generic ending at `i` is, past words leading on to
    it ("com, y al final punto mx"); None when no such ending follows."""
    if _TLD_FIXES.get(tokens[i], tokens[i]) not in _GENERIC_ENDINGS:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j] in _ENDING_LINKS:
        j += 1
    if j > i + 1 and j + 1 < len(tokens) and tokens[j] == "." and tokens[j + 1] in _COUNTRY_ENDINGS:
        return j
    return None


def _domain(tokens: list[str], lang: Lang) -> str:
    # Stop after the first top-level domain that is not followed by another dot ("... punto com gracias").
    tokens = list(tokens)
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        kept.append(tok)
        fixed = _ending_word(tok)
        if i > 0 and tokens[i - 1] == "." and fixed in _TLDS and (i + 1 >= len(tokens) or tokens[i + 1] != "."):
            kept[-1] = fixed
            country = _country_after(tokens, i)
            if country is not None:
                del tokens[i + 1 : country]  # the words leading on go; the country ending is kept next
                continue
            break
    if "." not in kept and len(kept) > 1 and _TLD_FIXES.get(kept[-1], kept[-1]) in _TLDS:
        # "gmail com", "yahoo com mx" (the recogniser's periods taken for sentence ends): the dots went unheard
        # before each ending
        start = len(kept) - 1
        while start > 1 and _TLD_FIXES.get(kept[start - 1], kept[start - 1]) in _TLDS:
            start -= 1
        endings = [part for t in kept[start:] for part in (".", _TLD_FIXES.get(t, t))]
        kept = [*kept[:start], *endings]
    domain = _spell(kept, lang)
    domain = re.sub(r"\.{2,}", ".", domain).strip(".-")
    labels = domain.split(".")
    labels[0] = _fix_provider(labels[0])
    domain = ".".join(labels)
    return _ONLY_DOMAIN.get(domain, domain)


def validated(address: str) -> str | None:
    """Syntax-only validation with email-validator; the lower-case normal form, or None."""
    if not address or len(address) > 254 or not address.isascii():
        return None
    try:
        result = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except (EmailNotValidError, ValueError, TypeError):
        return None
    return str(result.normalized).lower()


def assemble(tokens: Sequence[str], lang: Lang, *, lead_in: bool = True) -> tuple[str, str | None]:
    """(local part, domain or None if no "@" was said) from `email_tokens`. Without `lead_in` the tokens
    hold no words introducing the address (a dictation whose turns were each stripped of them)."""
    return _assembled(tuple(tokens), lang, lead_in)


# Cached: a pure function of the tokens, and the checks of one correction at a read-back each assemble the
# same address again (eight times for a plain "sí").
@turn_cache(1024)
def _assembled(said: tuple[str, ...], lang: Lang, lead_in: bool) -> tuple[str, str | None]:
    tokens = list(said)

    def strip(part: list[str]) -> list[str]:
        return strip_lead_in(part, lang) if lead_in else part
    if "@" not in tokens:
        return _spell(strip(tokens), lang), None
    first = tokens.index("@")
    last = len(tokens) - 1 - tokens[::-1].index("@")
    local = _spell(strip(tokens[:first]), lang).strip(".")
    return local, _domain(tokens[last + 1 :], lang)


# A letter spelled with a word of its own, the whole sentence ("La ce de casa.", "C as in Charlie"): said
# after the address it says which letter was meant where the address has one sounding alike.
_CLARIFYING_RE = re.compile(r"^\W*(?:(?:no|sorry|perdon),? )?(?:(?:la|el|es|con|its|with) )?(?:(?:an?|una?) )?"
                            r"(?P<x>[a-z]+) (?:de|como|as in|for|like) (?P<w>[a-z]{3,})\W*$")


def clarified_letter(sentence: str, lang: Lang) -> str | None:
    """The letter a sentence names by spelling it with a word ("la ce de casa" -> "c"), else None."""
    m = _CLARIFYING_RE.match(fold(sentence))
    if not m:
        return None
    known = letter_name(m.group("x"), lang, nato=False)
    if known is None or known[0].lower() != m.group("w")[0] and not _sounds_alike(known[0].lower(), m.group("w")[0]):
        return None
    return m.group("w")[0] if m.group("w")[0] != "h" else known[0].lower()


def _sounds_alike(a: str, b: str) -> bool:
    return a != b and any(a.upper() in g and b.upper() in g for g in _SOUND_ALIKE)


def with_clarified_letter(local: str, letter: str) -> str | None:
    """`local` with its one initial (a letter standing at the start of a part, before a longer word) that
    sounds like `letter` but is not it replaced by it ("sanaya" + "c" -> "canaya"); None when the address
    has no such letter, or more than one, or the letter is already there."""
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=[._-]))[a-z](?=[a-z]{3,})", local)]
    if any(local[k] == letter for k in starts):
        return None
    alike = [k for k in starts if _sounds_alike(local[k], letter)]
    if len(alike) != 1:
        return None
    return local[: alike[0]] + letter + local[alike[0] + 1 :]


# The provider taken back in the same breath: "juan arroba gmail punto com, no, perdón, hotmail", "john at
# gmail dot com, no, sorry, yahoo": the provider said after the "no" replaces the one said before it; the rest
# of the address stands. Only a provider after the "no" (with its ending, at most): anything else is the
# address said again, which the take-back words already handle.
# The "no" is a take-back only with a pause after it or a take-back word: "gmail, no hotmail", "gmail, no es
# hotmail" and "gmail, not yahoo" rule the other provider out, and the address stands.
# A take-back word or phrase alone takes the provider back too: "gmail, digo, hotmail", "gmail perdón hotmail",
# "at gmail, sorry, hotmail", "at gmail, I mean hotmail", "at gmail, my bad, hotmail" (the correction markers
# of `normalize`, and the phrases of taking a piece back of `letters`).
_TAKE_BACK_WORDS = "(?:" + "|".join(sorted(
    {*(re.escape(w) for markers in CORRECTION_MARKERS.values() for w in markers),
     "perdona", "perdone", "sino", "mas bien", "rather", "mentira", "no es cierto", "wait", "no wait"},
    key=len, reverse=True)) + ")"
_PROVIDER_BACK_RE = re.compile(
    r"^(?P<head>.*\b(?:arroba|at)\s+)(?P<old>[a-z]+)(?P<mid>.*?)[\s,.;]+(?:(?:no|nope)"
    rf"(?:\s*[,.;]+[\s,.;]*|\s+(?={_TAKE_BACK_WORDS}\b))|(?={_TAKE_BACK_WORDS}\b))"
    rf"(?:(?:{_TAKE_BACK_WORDS}|es|its|it is)\b[\s,.;]*)*"
    r"(?:(?:arroba|at)\s+)?(?P<new>[a-z]+)(?P<tail>(?:\s+(?:punto|dot)\s+[a-z]+)*)[\s.,!?]*$")


# "En gmail no, en hotmail: juanp", "de yahoo no, de gmail, es memo": the provider ruled out with the "no" after
# it ("X no, Y" is "not X but Y"), then the one it is, before the user is said.
_PROVIDER_NOT_RE = re.compile(
    r"^(?P<head>.*?)\b(?:(?:en|de|del|con|on|at|in)\s+)?(?P<old>[a-z]+)\s+no\s*[,.;:]+"
    rf"[\s,.;:]*(?:(?:{_TAKE_BACK_WORDS}|es|en|de|del|con|on|at|in|arroba)\b[\s,.;:]*)*(?P<new>[a-z]+)(?P<tail>.*)$")


# "juanp arroba gmail no hotmail", "john at gmail, not yahoo": the provider said, then another ruled out with no
# pause after the "no" (see `_PROVIDER_BACK_RE`): the address stands with the first one.
_PROVIDER_RULED_OUT_RE = re.compile(
    r"^(?P<head>.*\b(?:arroba|at)\s+(?P<old>[a-z]+)(?:\s+(?:punto|dot)\s+[a-z]+)*)[\s,.;]+(?:y\s+|and\s+)?"
    r"(?:no|not)\s+(?:es\s+|de\s+|en\s+|at\s+|arroba\s+)?(?P<other>[a-z]+)[\s.,!?]*$")


def provider_taken_back(folded: str) -> str:
    """`folded` with a provider taken back in the same breath replaced by the one said after it."""
    if not any(is_provider(w) for w in LETTER_RUNS_RE.findall(folded)[1:]):
        return folded  # cheap way out: no provider that could be the second
    said = folded
    for lang, words in TAKE_BACK_WORD.items():
        said = TAKE_BACK_PHRASE[lang].sub(words, said)  # "scratch that", "me equivoqué": one take-back word
    m = _PROVIDER_BACK_RE.match(said)
    if m is not None and is_provider(m.group("old")) and is_provider(m.group("new")) \
            and _fix_provider(m.group("old")) != _fix_provider(m.group("new")):
        ending = m.group("tail") or m.group("mid")
        implied = _ONLY_DOMAIN.get(_fix_provider(m.group("old")), "").partition(".")[2]
        if not ending.strip(" ,.;") and implied:
            # "juanp arroba gmail no, hotmail": the ending gmail has without saying it stays with the provider
            # said instead, as a said one would ("gmail punto com, no, hotmail") - the address was whole
            ending = f" {'punto' if 'arroba' in m.group('head') else 'dot'} {implied}"
        return m.group("head") + m.group("new") + ending
    m = _PROVIDER_NOT_RE.match(folded)
    if m is not None and is_provider(m.group("old")) and is_provider(m.group("new")) \
            and _fix_provider(m.group("old")) != _fix_provider(m.group("new")):
        return f"{m.group('head')}en {m.group('new')}{m.group('tail')}"
    m = _PROVIDER_RULED_OUT_RE.match(folded)
    if m is not None and is_provider(m.group("old")) and is_provider(m.group("other")) \
            and _fix_provider(m.group("old")) != _fix_provider(m.group("other")):
        return m.group("head")
    return folded


# A provider said to replace another at the read-back: "cámbiale gmail por hotmail", "es yahoo, no hotmail",
# "no es gmail, es hotmail", "hotmail en vez de gmail", "change gmail to yahoo", "it's yahoo, not gmail".
_PROVIDER_CHANGE: dict[Lang, tuple[re.Pattern[str], ...]] = {
    "es": (
        re.compile(r"\b(?:cambia|cambiale|cambie|cambiele|cambialo|reemplaza|reemplazale|reemplace|pon|ponle|"
                   r"ponga|pongale)\s+(?:el |la |lo de )?(?:arroba )?(?P<old>[a-z]+)\s+(?:por|a|con)\s+"
                   r"(?:el |la )?(?:arroba )?(?P<new>[a-z]+)"),
        re.compile(r"\bno es (?:el |la )?(?:arroba )?(?P<old>[a-z]+)[\s,.;]+(?:es|sino|si no)\s+(?:el |la )?"
                   r"(?:arroba )?(?P<new>[a-z]+)"),
        re.compile(r"\ben (?:vez|lugar) de (?:arroba )?(?P<old>[a-z]+)[\s,.;]+(?:es |va |pon |ponle )?"
                   r"(?:arroba )?(?P<new>[a-z]+)"),
        re.compile(r"(?:^|\b(?:es|va|seria|con)\s+)(?:arroba )?(?P<new>[a-z]+)[\s,.;]+(?:no|en vez de|en lugar de)"
                   r"\s+(?:es |con )?(?:arroba )?(?P<old>[a-z]+)"),
    ),
    "en": (
        re.compile(r"\b(?:change|switch|swap|replace|make)\s+(?:the )?(?P<old>[a-z]+)\s+(?:to|for|with|into)\s+"
                   r"(?:a |an )?(?P<new>[a-z]+)"),
        re.compile(r"\b(?:its|it is|thats) not (?:at )?(?P<old>[a-z]+)[\s,.;]+(?:its |it is |but )?(?:at )?"
                   r"(?P<new>[a-z]+)"),
        re.compile(r"(?:^|\b(?:its|it is|at)\s+)(?:at )?(?P<new>[a-z]+)[\s,.;]+(?:not|instead of)\s+(?:at )?"
                   r"(?P<old>[a-z]+)"),
    ),
}


def provider_change(folded: str, lang: Lang) -> tuple[str | None, str] | None:
    """(the provider ruled out, the one meant) a turn says at an address's read-back; the ruled-out one is
    None when the turn only names the provider ("no, es hotmail", "hotmail"). None when it says no such
    change."""
    for rx in _PROVIDER_CHANGE[lang]:
        m = rx.search(folded)
        if m and is_provider(m.group("old")) and is_provider(m.group("new")):
            return _fix_provider(m.group("old")), _fix_provider(m.group("new"))
    words = LETTER_RUNS_RE.findall(folded)
    said = [w for w in words if is_provider(w)]
    rest = [w for w in words if not is_provider(w) and w not in _PROVIDER_ONLY_WORDS]
    if len(said) == 1 and not rest:
        return None, _fix_provider(said[0])
    return None


# What may stand around a provider said alone at a read-back ("no, es de hotmail", "sí, pero hotmail").
_PROVIDER_ONLY_WORDS = wordset("no nope es de el la arroba at its it is its con with pero but sino era seria "
                               "punto dot com net perdon sorry oh")


def extract_email(text: str, locale: str) -> str | None:
    lang = lang_of(locale)
    folded = provider_taken_back(fold(text))
    text = folded if folded != fold(text) else text
    ready = _READY_RE.search(folded.replace(" @ ", "@"))
    if ready:
        got = validated(ready.group(0))
        if got:
            return got
    tokens = email_tokens(text, lang)
    if "@" in tokens and _described(strip_lead_in(tokens[: tokens.index("@")], lang), lang):
        return None
    address = address_from_tokens(tokens, lang)
    last = [s for s in _SENTENCE_END_RE.split(fold(text)) if s.strip(" !?.…,")]
    letter = clarified_letter(last[-1], lang) if address and len(last) > 1 else None
    if letter:
        # "Es ese anaya arroba icloud punto com. La ce de casa.": the initial heard as "ese" is the C
        local, domain = address.split("@", 1)  # type: ignore[union-attr]
        fixed = with_clarified_letter(local, letter)
        address = validated(f"{fixed}@{domain}") if fixed else address
    return address


# "It's my first name and then at gmail", "mi nombre arroba hotmail": the part before the "@" described, not
# said. What it stands for is not in the turn.
_DESCRIBING = wordset("name names nombre nombres initial initials inicial iniciales")


# "Nomás sé que termina en arroba gmail", "I only know it ends in at gmail dot com": words saying how the
# address ends, right before its "@" - the part before it is unknown, not these words.
_ENDS_IN = (("termina", "en"), ("terminan", "en"), ("acaba", "en"), ("ends", "in"), ("ends", "with"),
            ("end", "in"), ("ends",), ("termina",), ("acaba",))


def _described(local: list[str], lang: Lang) -> bool:
    if any(tuple(local[-len(p):]) == p for p in _ENDS_IN) and len(local) > 1:
        return True
    if _talk_sentence(local, lang):
        return True  # a sentence said before the domain ("no me lo sé, nomás que es ..."), not its local part
    return any(t in _DESCRIBING for t in local) and sum(t in EVERYDAY_WORDS for t in local) >= 2


def address_from_tokens(tokens: list[str], lang: Lang, *, lead_in: bool = True) -> str | None:
    local, domain = assemble(tokens, lang, lead_in=lead_in)
    if not local or not domain:
        return None
    return validated(f"{local}@{domain}")
