"""The `email` slot: a dictated address ("juan punto perez arroba gmail punto com") -> "juan.perez@gmail.com".

Spoken symbols are read in both languages (callers mix "arroba" and "dot com"). Words of the local part
are run together, spelled letters are joined ("j u a n", "jota u a ene"), number words become digits.
`email-validator` (syntax only, no DNS) has the last word. A bare "gmail" gets ".com" - it has no other
domain; other providers need the caller to say the ending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email
from rapidfuzz import fuzz, process

from .letters import letter_at, letter_name
from .normalize import FILLERS, Lang, fold, lang_of, strip_filler_phrases, wordset
from .numbers import digitize, prepare_tokens

_READY_RE = re.compile(r"(?<![a-z0-9._%+\-])[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?![a-z0-9\-])")
_TOKEN_RE = re.compile(r"[a-z]+|\d+|[@._\-]")

# Spoken symbols, longest first; replaced in the folded text before tokenising.
_SYMBOL_PHRASES: tuple[tuple[str, str], ...] = (
    (r"guion(?:es)? (?:bajo|abajo)|bajo guion|under ?score|under ?bar|subrayado|guionbajo", " _ "),
    (r"guion(?:es)? (?:medio|alto|corto)|guion(?:cito)?|dash|hyphen", " - "),
    (r"arroba|aroba|arrova|arroba|arrobas|arobba|a rroba|a roba|at sign|at", " @ "),
    (r"puntocom", " . com "),
    (r"punto|dot|period", " . "),
    (r"todo junto|todo pegado|junto|sin espacios?|en minusculas?|minusculas?|mayusculas?|"
     r"all together|all one word|one word|no spaces|lower ?case|small letters", " "),
)
_SYMBOL_RES = tuple((re.compile(rf"\b(?:{p})\b"), r) for p, r in _SYMBOL_PHRASES)

# Words that introduce the address; everything up to them is dropped.
_LEAD_KEYWORDS = wordset("correo email mail imeil emeil imail electronico address adress")
_LEAD_WORDS = wordset(
    "es seria its it is thats that would sure si yes yeah ok okay claro mi my el the este pues bueno well so "
    "y luego despues sigue then and next no nope mejor pon ponle escribe anota apunta put write make"
)
_COPULAS = frozenset(("es", "is", "seria", "son"))
_MAX_LEAD = 4  # "el mío es ...": a copula this early ends the lead-in, later it may be spelled letters
_LEAD_PAIRS = (["would", "be"], ["will", "be"], ["should", "be"], ["el", "mio"], ["la", "mia"])
_POSSESSIVES = frozenset(("mi", "la", "su", "tu", "my", "the"))
_CONNECTORS = frozenset(("y", "and"))
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
_TLDS = wordset("com net org mx es edu gob gov us co io info biz ca uk ar cl")
_TLD_FIXES = {"con": "com", "kom": "com", "comb": "com", "come": "com", "nett": "net"}
_ONLY_DOMAIN = {"gmail": "gmail.com"}


# "t. miller": the recogniser wrote a spoken initial as an abbreviation; the caller said no "dot".
_INITIAL_RE = re.compile(r"(?<![a-z0-9.])([a-z])\. (?=[a-z])")


def email_tokens(text: str, lang: Lang) -> list[str]:
    """Folded tokens of an utterance with spoken symbols turned into "@", ".", "_", "-"."""
    text = _INITIAL_RE.sub(r"\1 ", strip_filler_phrases(fold(text), lang))
    for rx, rep in _SYMBOL_RES:
        text = rx.sub(rep, text)
    fillers = FILLERS[lang]
    return [t for t in _TOKEN_RE.findall(text) if t not in fillers]


def _letter(tok: str, lang: Lang) -> str | None:
    known = letter_name(tok, lang, nato=False)
    other: Lang = "en" if lang == "es" else "es"
    if known is None and len(tok) > 1:
        known = letter_name(tok, other, nato=False)
    return known[0].lower() if known else None


def _spell(tokens: Sequence[str], lang: Lang) -> str:
    """Join the tokens of one side of the address: words as said, spelled letters as letters."""
    tokens = digitize(prepare_tokens(list(tokens), lang), lang)
    letters = [_letter(t, lang) if t.isalpha() else None for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in _SPELLING_HINT and i + 1 < len(tokens):
            # "martha con hache": a hint about the spelling just said, not part of the address
            j = i + 1 + (tokens[i + 1] in ("una", "an", "a") and i + 2 < len(tokens))
            hint = letter_at(list(tokens), j, lang, nato=False)
            if hint and hint[1]:
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
            # a letter name is a letter only inside a spelled run ("jota u a ene"), else a word ("jay")
            near = (i > 0 and letters[i - 1] is not None) or (i + 1 < len(tokens) and letters[i + 1] is not None)
            if tok in _CONNECTORS and not near:
                pass
            else:
                out.append(letters[i] if near else tok)
        elif tok not in _CONNECTORS:
            out.append(tok)
        i += 1
    return "".join(out)


def strip_lead_in(local: list[str]) -> list[str]:
    """Drop what introduces the address ("mi correo es", "el mío es", "it would be") from its start."""
    cut = 0
    for idx, tok in enumerate(local):
        if tok in _LEAD_KEYWORDS or (tok in _COPULAS and 0 < idx <= _MAX_LEAD):
            cut = idx + 1
        elif tok in _COPULAS and any(_is_provider(t) for t in local[cut:idx]):
            cut = idx + 1  # "es de gmail, es memo07...": the provider named before the address
    local = local[cut:]
    while local:
        if local[0] in _LEAD_WORDS:
            local = local[1:]
        elif local[:2] in _LEAD_PAIRS:
            local = local[2:]
        elif local[:1] in (["de"], ["del"]) and len(local) > 2 and local[1] in _POSSESSIVES:
            local = local[3:]  # "el de mi esposa": whose address it is
        else:
            break
    return local


def _is_provider(tok: str) -> bool:
    return tok in _PROVIDERS or tok in _PROVIDER_VARIANTS


@lru_cache(maxsize=512)
def _fix_provider(label: str) -> str:
    if label in _PROVIDER_VARIANTS:
        return _PROVIDER_VARIANTS[label]
    if len(label) >= 4 and label not in _PROVIDERS:
        best = process.extractOne(label, _PROVIDERS, scorer=fuzz.ratio, score_cutoff=85)
        if best:
            return str(best[0])
    return label


def _domain(tokens: list[str], lang: Lang) -> str:
    # Stop after the first top-level domain that is not followed by another dot ("... punto com gracias").
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        kept.append(tok)
        fixed = _TLD_FIXES.get(tok, tok)
        if i > 0 and tokens[i - 1] == "." and fixed in _TLDS and (i + 1 >= len(tokens) or tokens[i + 1] != "."):
            kept[-1] = fixed
            break
    if "." not in kept and len(kept) > 1 and _TLD_FIXES.get(kept[-1], kept[-1]) in _TLDS:
        kept = [*kept[:-1], ".", _TLD_FIXES.get(kept[-1], kept[-1])]  # "gmail com": the dot went unheard
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


def assemble(tokens: list[str], lang: Lang) -> tuple[str, str | None]:
    """(local part, domain or None if no "@" was said) from `email_tokens`."""
    if "@" not in tokens:
        return _spell(strip_lead_in(tokens), lang), None
    first = tokens.index("@")
    last = len(tokens) - 1 - tokens[::-1].index("@")
    local = _spell(strip_lead_in(tokens[:first]), lang).strip(".")
    return local, _domain(tokens[last + 1 :], lang)


def extract_email(text: str, locale: str) -> str | None:
    folded = fold(text)
    ready = _READY_RE.search(folded.replace(" @ ", "@"))
    if ready:
        got = validated(ready.group(0))
        if got:
            return got
    lang = lang_of(locale)
    return address_from_tokens(email_tokens(text, lang), lang)


def address_from_tokens(tokens: list[str], lang: Lang) -> str | None:
    local, domain = assemble(tokens, lang)
    if not local or not domain:
        return None
    return validated(f"{local}@{domain}")
