"""The `amount` slot: a sum of money said or typed -> a decimal string ("50.25", "500000").

Understands digits with separators ("$1,500.25", "1.500.000", "50,25"), number words in Spanish and
English ("dos mil quinientos", "a hundred and fifty"), a decimal point said as a word ("cincuenta punto
veinticinco", "two point five million"), halves of a scale ("medio millón", "half a million", "un
millón y medio", "two and a half million"), a currency word and its cents ("fifty dollars and twenty
five cents", "cincuenta pesos con veinticinco", "veinticinco centavos"), thousands slang ("20k", "five
grand", "cinco lucas") and a price said in two groups ("twelve fifty" -> 12.50; in English a digit and two
digits are hundreds, "three eighty-five" -> 385, unless a price per unit: "three eighty-five a gallon").

The normal form has no currency and no thousands separator: whole amounts as digits ("1500"), others
with two decimals ("1500.50"). What is not clearly one amount gives None so the flow asks again: two
unrelated numbers ("2 de 500"), an unknown remainder ("quinientos y pico", "two hundred something"),
more than two decimals, or a negative sign. A self-correction ("cincuenta, no perdón, sesenta") keeps
what follows it. Options: `min` and `max` bound the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from .normalize import (
    FILLERS,
    Lang,
    after_correction,
    fold,
    lang_of,
    split_at_line_checks,
    strip_filler_phrases,
    wordset,
)
from .numbers import digitize, is_number_word, prepare_tokens, without_restarts

MAX_AMOUNT = Decimal(10) ** 12
"""Larger amounts are taken as misheard (a runaway digit string), not as money."""

_CENT = Decimal("0.01")
_POINT = wordset("punto point dot coma")
_HALF = wordset("half medio media")
# A fraction of a scale: "a quarter million", "un cuarto de millón", "three quarters of a million".
_FRACTION = {
    "half": Decimal("0.5"),
    "medio": Decimal("0.5"),
    "media": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "cuarto": Decimal("0.25"),
    "quarters": Decimal("0.25"),
    "cuartos": Decimal("0.25"),
    "third": Decimal(1) / 3,
    "tercio": Decimal(1) / 3,
}
_AND = wordset("y and con with")
_CURRENCY = wordset(
    "peso pesos dolar dolares dollar dollars buck bucks varo varos euro euros mxn usd mn bucks dls dlls"
)
_CENTS = wordset("centavo centavos cent cents penny pennies")
_THOUSANDS = wordset("k grand lucas luca mil thousand")
_MILLIONS = wordset("million millions millon millones")
_SIGNS = {"dollarsign": "", "menos": "-", "minus": "-", "negative": "-", "negativo": "-"}
_APPROXIMATE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\by (?:pico|picos|tantos|tantas|feria|cacho|algo)\b"),
    "en": re.compile(r"\b(?:and something|something|odd)\b|\b(?:ty|red|nd)ish\b"),
}
# Digits as written: "$1,500.25", "1.500.000" (dots between several thousands groups), "50,25" (a
# decimal comma), "20k". One dot is always a decimal point, as in Mexico and the US.
_LITERAL_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:([.,])(\d{1,2}|\d{4,}))?(?![\d])")
_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[a-z]+|-")


def _literal(m: re.Match[str]) -> str:
    whole, sep, frac = m.group(1), m.group(2), m.group(3)
    groups = re.split(r"[.,]", whole)
    if len(groups) == 2 and "." in whole and not sep:
        return f" {groups[0]}.{groups[1]} "  # one dot is a decimal point (Mexico and the US), "50.255" too
    if len(groups) > 1:
        separators = set(re.findall(r"[.,]", whole))
        if len(separators) > 1:
            return m.group(0)  # "1.500,000": no reading is safe; left for the word rules to refuse
        whole = "".join(groups)
        if sep and sep in separators:
            return m.group(0)
    if sep and frac is not None:
        if len(frac) > 2 and sep == ",":
            return f" {whole}{frac} "
        return f" {whole}.{frac} "
    return f" {whole} "


def _tokens(folded: str, lang: Lang) -> list[str]:
    text = folded.replace("$", " dollarsign ")
    text = re.sub(r"(\d)\s*k\b", r"\1 k", text)
    text = re.sub(r"(\d)(?:m|mm|mdp)\b", r"\1 million", text)  # "$3.5M", "2mdp" (millones de pesos)
    text = re.sub(r"\b(?:a|one|un) (buck|dollar|peso|varo)\b", r"1 \1", text)  # "a buck fifty"
    text = _LITERAL_RE.sub(_literal, text)
    text = strip_filler_phrases(text, lang)
    fillers = FILLERS[lang] | _LINE_CHECKS
    return [t for t in _TOKEN_RE.findall(text) if t not in fillers]


# "About eight hundred, hello?, eight hundred twenty": a line check between two figures is no word of either
# (the Spanish "¿bueno?" is a filler already), so the figure said again with more is one amount (820)
_LINE_CHECKS = wordset("hello hallo")


def _scale_of(value: Decimal) -> Decimal:
    """The largest power of 1000 an amount said with a scale word ends in (2000000 -> 1000000)."""
    scale = Decimal(1)
    while value and value % (scale * 1000) == 0:
        scale *= 1000
    return scale


def _split_point(tokens: list[str], lang: Lang) -> list[str]:
    """Prepared word tokens with "<number> punto <digits>" as one decimal token ("50 punto 2 5")."""
    digits = digitize(tokens, lang)
    out: list[str] = []
    i = 0
    while i < len(digits):
        tok = digits[i]
        if tok in _POINT and out and out[-1].isdigit() and i + 1 < len(digits) and digits[i + 1].isdigit():
            j = i + 1
            frac = ""
            while j < len(digits) and digits[j].isdigit():
                frac += digits[j]
                j += 1
            scale = ""
            if len(frac) >= 4 and j == i + 2:  # "two point five million": text2num made it 5000000
                value = Decimal(frac)
                unit = _scale_of(value)
                if unit > 1:
                    frac, scale = str(int(value / unit)), str(unit)
            out[-1] = f"{out[-1]}.{frac}"
            if scale:
                out.append(scale)
            i = j
            continue
        out.append(tok)
        i += 1
    return out


def _number(tok: str) -> Decimal | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", tok):
        return Decimal(tok)
    return None


def _combine(tokens: list[str], small: str | None = None) -> Decimal | None:
    """One amount from digitized tokens, or None when there is none or more than one; `small` says what a
    digit then two digits are (see `_two_groups`)."""
    values: list[Decimal] = []
    said: list[str] = []  # each number as said when it stands alone ("00" keeps its zeros), else ""
    negative = False
    i = 0
    while i < len(tokens):
        value = _number(tokens[i])
        if value is None:
            negative = negative or (_SIGNS.get(tokens[i]) == "-" and _number(_at(tokens, i + 1)) is not None)
            found = _fraction_of_scale(tokens, i)
            if found is None:
                i += 1
                continue
        else:
            found = _amount_at(tokens, i + 1, value)
        values.append(found[0])
        said.append(tokens[i] if value is not None and found[0] == value else "")
        i = found[1]
    if not values or negative:
        return None
    if len(values) == 1:
        return values[0]
    return _two_groups(values, small, said)


Found = tuple[Decimal, int]  # an amount and the index of the token after it


def _at(tokens: list[str], i: int) -> str:
    return tokens[i] if 0 <= i < len(tokens) else ""


def _is_scale(value: Decimal | None) -> bool:
    return value is not None and value >= 1000 and _scale_of(value) == value


def _fraction_of_scale(tokens: list[str], i: int) -> Found | None:
    """ "medio millón", "a quarter million", "un cuarto de millón" (the fraction word at i)."""
    if tokens[i] not in _FRACTION:
        return None
    k = i + 1 + (1 if _at(tokens, i + 1) in ("of", "de", "a") else 0)
    k += 1 if _at(tokens, k) == "a" and k == i + 2 else 0
    scale = _number(_at(tokens, k))
    if not _is_scale(scale):
        return None
    return (_FRACTION[tokens[i]] * scale).quantize(Decimal(1)), k + 1  # type: ignore[operator]


def _amount_at(tokens: list[str], i: int, value: Decimal) -> Found:
    """The amount a number starts, with what follows it: a fraction of a scale, a half, a scale
    word, a currency and its cents. `i` is the token after the number."""
    found = _times_fraction(tokens, i, value) or _and_a_half(tokens, i, value)
    if found is not None:
        return found
    value, i = _scaled(tokens, i, value)
    return _with_cents(tokens, i, value)


def _times_fraction(tokens: list[str], i: int, value: Decimal) -> Found | None:
    """ "three quarters of a million", "tres cuartos de millón"."""
    if _at(tokens, i) not in ("quarters", "cuartos", "thirds", "tercios") or value >= 10:
        return None
    k = i + 1 + (1 if _at(tokens, i + 1) in ("of", "de") else 0)
    k += 1 if _at(tokens, k) == "a" else 0
    scale = _number(_at(tokens, k))
    if not _is_scale(scale):
        return None
    part = _FRACTION.get(tokens[i], Decimal(1) / 3)
    return (value * part * scale).quantize(Decimal(1)), k + 1  # type: ignore[operator]


def _and_a_half(tokens: list[str], i: int, value: Decimal) -> Found | None:
    """ "two and a half million", "dos y medio millones"; "un millón y medio", "a million and a half"."""
    k = i + (1 if _at(tokens, i) in _AND else 0)
    k += 1 if _at(tokens, k) == "a" else 0
    if k == i or _at(tokens, k) not in _HALF:
        return None
    after = _number(_at(tokens, k + 1))
    if _is_scale(after):
        return (value + Decimal("0.5")) * after, k + 2  # type: ignore[operator]
    scale = _scale_of(value)  # half of the scale the number ends in
    return (value + scale / 2, k + 1) if scale >= 1000 else None


def _scaled(tokens: list[str], i: int, value: Decimal) -> Found:
    """ "20k", "cinco lucas", "1.5 millones", "un mil"."""
    word = _at(tokens, i)
    if word in _THOUSANDS:
        return value * 1000, i + 1
    if word in _MILLIONS:
        return value * 1000000, i + 1
    scale = _number(word)
    if _is_scale(scale) and value < 1000 and ("." in tokens[i - 1] or tokens[i - 1] == "1"):
        return value * scale, i + 1  # type: ignore[operator]
    return value, i


def _with_cents(tokens: list[str], i: int, value: Decimal) -> Found:
    """ "50 pesos con 25 (centavos)", "50 dollars and 25 cents", "50 con 25", "25 centavos",
    "veinte pesos y medio", "a buck fifty"."""
    currency = _at(tokens, i) in _CURRENCY
    if currency:
        i += 1
        if _at(tokens, i) in _AND and _at(tokens, i + 1) in _HALF and not _has_cents(value):
            return value + Decimal("0.5"), i + 2
    elif _at(tokens, i) in _CENTS:  # cents alone; a cents count of 100 or more is no amount
        return (value / 100 if value < 100 and not _has_cents(value) else Decimal(-1)), i + 1
    k = i + (1 if _at(tokens, i) in _AND else 0)
    cents = _number(_at(tokens, k))
    if cents is None or _has_cents(cents) or cents >= 100 or _has_cents(value) or not (k > i or currency):
        return value, i
    cents_word = _at(tokens, k + 1) in _CENTS
    # "cincuenta pesos veinticinco" takes two digits: "500 pesos 2 veces" is not cents
    if cents_word or k > i or cents >= 10:
        return value + cents / 100, k + 1 + (1 if cents_word else 0)
    return value, i


def _two_groups(values: list[Decimal], small: str | None = None, said: list[str] | None = None) -> Decimal | None:
    """Two numbers said as one amount: digits one by one, or a price ("doce cincuenta" -> 12.50). A digit
    then two digits are what `small` says: "hundreds" ("three eighty-five" -> 385, as English says
    hundreds), "cents" (a price per unit, "three eighty-five a gallon" -> 3.85), else no one amount.
    `said`: each number as said; a run of zeros ("cero cero" -> "00") is digits one by one, and keeps them."""
    said = said or [""] * len(values)
    if all(v == v.to_integral() and (v < 10 or raw.isdigit() and raw.startswith("0"))
           for v, raw in zip(values, said, strict=True)):
        # "cinco cero cero", "one five zero zero": digits one by one (a run of zeros keeps its zeros)
        return Decimal("".join(raw if raw.startswith("0") and raw.isdigit() else str(int(v))
                               for v, raw in zip(values, said, strict=True)))
    if len(values) == 2:
        main, cents = values
        if small == "hundreds" and 1 <= main < 10 and main == main.to_integral() and _has_cents(cents) \
                and 10 <= cents < 100:
            return main * 100 + cents  # "four sixty and twenty cents": 460.20, the price's cents said apart
        if small and 1 <= main < 10 and main == main.to_integral() and 10 <= cents < 100 \
                and cents == cents.to_integral():
            return main * 100 + cents if small == "hundreds" else main + cents / 100
        if main >= 10 and main == main.to_integral() and 10 <= cents < 100 and cents == cents.to_integral():
            return main + cents / 100  # "twelve fifty", "doce cincuenta": a price
    return None


def _has_cents(value: Decimal) -> bool:
    return value != value.to_integral()


# A price per unit ("three eighty-five a gallon", "two fifty per mile") is dollars and cents, never hundreds.
_PER_UNIT = re.compile(r"\b(?:a|an|per|every)\s+(?:gallon|gal|mile|pound|lb|liter|litre|hour|hr|unit|pallet|case|box|"
                       r"ton|piece)s?\b|\beach\b")


def after_estimate(folded: str, approximate: re.Pattern[str]) -> str | None:
    """What follows a rough figure ("ocho mil y pico... ocho mil cien", "two hundred something, two
    forty"): the caller narrowing it down; None when nothing follows the last rough one."""
    ends = [m.end() for m in approximate.finditer(folded)]
    rest = folded[ends[-1]:] if ends else ""
    return rest if re.search(r"[a-z0-9]", rest) else None


def _in_text(text: str, lang: Lang) -> Decimal | None:
    if _APPROXIMATE[lang].search(text):
        return None
    words = _tokens(text, lang)
    if not words or "-" in words[:1]:
        return None
    words = [w for w in words if w != "-"]
    # "como ochocientos, ¿bueno?, ochocientos veinte": a round figure said again with more is one amount
    prepared = without_restarts(prepare_tokens(words, lang), lang)
    small = None if lang != "en" else "cents" if _PER_UNIT.search(text) else "hundreds"
    return _combine(_split_point(prepared, lang), small)


def normalise_amount(value: Decimal, options: Mapping[str, Any] | None) -> str | None:
    """The normal form of an amount within the slot's bounds, else None."""
    try:
        if not value.is_finite() or value < 0 or value > MAX_AMOUNT:
            return None
        if value != value.quantize(_CENT, rounding=ROUND_HALF_UP):
            return None  # "50.255": more than cents is not money as spoken
        opts = options or {}
        lo, hi = opts.get("min"), opts.get("max")
        if lo is not None and value < Decimal(str(lo)):
            return None
        if hi is not None and value > Decimal(str(hi)):
            return None
    except (InvalidOperation, TypeError, ValueError):
        return None
    if value == value.to_integral():
        return str(int(value))
    return f"{value.quantize(_CENT):f}"


# What the money paid for, with a count of things ("for the two steer tires", "por las dos llantas", "on
# the three pallets"): a count, never a second amount.
_PAID_FOR = re.compile(r"\b(?:for|on|covering|por|para|de) (?:the |those |these |my |our |both |all |las |los |"
                       r"mis |sus |esas |esos |estas |estos |unas |unos )?(?P<count>[a-z0-9]+)(?P<things>[^,.;]*)")
_NOT_A_THING = _CURRENCY | _CENTS | _THOUSANDS | _MILLIONS | _AND | wordset("hundred hundreds cientos point punto")


def _without_paid_for(folded: str, lang: Lang) -> str | None:
    """The turn without its "for the two steer tires" (see `_PAID_FOR`): a count and the words of things,
    with no other number or money word in them ("for the 2 tires and 50 for labor" is two amounts); None
    when it has none."""
    for m in _PAID_FOR.finditer(folded):
        count, things = m.group("count"), m.group("things").split()
        after = re.findall(r"[a-z0-9]+", folded[m.end() :])
        if (count.isdigit() or is_number_word(count, lang)) and things \
                and not any(t in _NOT_A_THING or t.isdigit() or is_number_word(t, lang) for t in things + after):
            return folded[: m.start()] + folded[m.end() :]
    return None


# A bare "no" between two pauses after a figure ("mil doscientos... no, mil trescientos", "twelve hundred, no,
# thirteen hundred"): the caller takes the figure back and says the one meant, as with "no perdón" (the
# correction markers); a "no" asked back ("mil doscientos, ¿no?") is a tag, not a take-back.
_NO_TAKE_BACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"[,;:\u2026.]\s*(?<!\?)\bno(?:\s*,?\s*no)*\s*[,;:\u2026.!]+\s*(?!\s*\?)"),
    "en": re.compile(r"[,;:\u2026.]\s*(?<!\?)\b(?:no|nope|nah)(?:\s*,?\s*no)*\s*[,;:\u2026.!]+\s*(?!\s*\?)"),
}


def _after_no_take_back(folded: str, lang: Lang) -> str | None:
    """What follows the last bare "no" that takes a figure back (see `_NO_TAKE_BACK`), when a figure stands
    before it; None otherwise (the figure after it is read as said)."""
    for m in reversed(list(_NO_TAKE_BACK[lang].finditer(folded))):
        if _in_text(folded[: m.start()], lang) is not None:
            tail = folded[m.end() :]
            return tail if re.search(r"[a-z0-9]", tail) else None
    return None


def extract_amount(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    lang = lang_of(locale)
    folded = fold(text)
    said = [_in_text(piece, lang) for piece in split_at_line_checks(folded, lang)]
    if len(said) > 1 and said[0] is not None and all(value == said[0] for value in said):
        return normalise_amount(said[0], options)  # "twelve hundred, hello? twelve hundred even": said again
    tail = after_correction(folded, lang) or after_estimate(folded, _APPROXIMATE[lang]) \
        or _after_no_take_back(folded, lang)
    for candidate in (tail, folded) if tail else (folded,):
        value = _in_text(candidate, lang)
        if value is None and (bare := _without_paid_for(candidate, lang)) is not None:
            value = _in_text(bare, lang)
        if value is not None:
            return normalise_amount(value, options)
    return None


def validate_amount(value: Any, locale: str, options: Mapping[str, Any] | None) -> str | None:
    """A value from the model (50.25, "50.25", "$1,500", "cincuenta pesos") in normal form, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return normalise_amount(Decimal(value), options)
    if isinstance(value, float):
        try:
            return normalise_amount(Decimal(repr(value)), options)
        except InvalidOperation:
            return None
    if isinstance(value, str):
        return extract_amount(value, locale, options)
    return None


def amount_readback(value: str, lang: Lang) -> str:
    """ "$1,500.50": a currency sign and thousands separators, which TTS reads as money in both languages."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    if number == number.to_integral():
        return f"${int(number):,}"
    return f"${number.quantize(_CENT):,.2f}"


__all__ = ["after_estimate", "amount_readback", "extract_amount", "normalise_amount", "validate_amount"]
