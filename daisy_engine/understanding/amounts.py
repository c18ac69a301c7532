"""The `amount` slot: a sum of money said or typed -> a decimal string ("50.25", "500000").

Understands digits with separators ("$1,500.25", "1.500.000", "50,25"), number words in Spanish and
English ("dos mil quinientos", "a hundred and fifty"), a decimal point said as a word ("cincuenta punto
veinticinco", "two point five million"), halves of a scale ("medio millón", "half a million", "un
millón y medio", "two and a half million"), a currency word and its cents ("fifty dollars and twenty
five cents", "cincuenta pesos con veinticinco", "veinticinco centavos"), thousands slang ("20k", "five
grand", "cinco lucas") and a price said in two groups ("twelve fifty" -> 12.50).

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

from .normalize import FILLERS, Lang, after_correction, fold, lang_of, strip_filler_phrases, wordset
from .numbers import digitize, prepare_tokens

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
    fillers = FILLERS[lang]
    return [t for t in _TOKEN_RE.findall(text) if t not in fillers]


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


def _combine(tokens: list[str]) -> Decimal | None:
    """One amount from digitized tokens, or None when there is none or more than one."""
    values: list[Decimal] = []
    i = 0
    n = len(tokens)
    negative = False
    while i < n:
        tok = tokens[i]
        value = _number(tok)
        if value is None:
            if _SIGNS.get(tok) == "-" and i + 1 < n and _number(tokens[i + 1]) is not None:
                negative = True
            k = i + 1 + (1 if i + 1 < n and tokens[i + 1] in ("of", "de", "a") else 0)
            k += 1 if k < n and tokens[k] == "a" and k == i + 2 else 0
            if (
                tok in _FRACTION
                and k < n
                and (scale := _number(tokens[k])) is not None
                and scale >= 1000
                and _scale_of(scale) == scale
            ):
                values.append((_FRACTION[tok] * scale).quantize(Decimal(1)))  # "medio millón", "a quarter million"
                i = k + 1
                continue
            i += 1
            continue
        i += 1
        # "three quarters of a million", "tres cuartos de millón"
        if i < n and tokens[i] in ("quarters", "cuartos", "thirds", "tercios") and value < 10:
            k = i + 1 + (1 if i + 1 < n and tokens[i + 1] in ("of", "de") else 0)
            k += 1 if k < n and tokens[k] == "a" else 0
            if k < n and (scale := _number(tokens[k])) is not None and scale >= 1000 and _scale_of(scale) == scale:
                part = _FRACTION[tokens[i]] if tokens[i] in _FRACTION else Decimal(1) / 3
                values.append((value * part * scale).quantize(Decimal(1)))
                i = k + 1
                continue
        # "two and a half million", "dos y medio millones"
        k = i
        if k < n and tokens[k] in _AND:
            k += 1
        if k < n and tokens[k] == "a":
            k += 1
        if k < n and tokens[k] in _HALF and k != i:
            after = _number(tokens[k + 1]) if k + 1 < n else None
            if after is not None and after >= 1000 and _scale_of(after) == after:
                values.append((value + Decimal("0.5")) * after)
                i = k + 2
                continue
            # "un millón y medio", "a million and a half": half of the scale the number ends in
            scale = _scale_of(value)
            if scale >= 1000:
                values.append(value + scale / 2)
                i = k + 1
                continue
        # "20k", "cinco lucas", "1.5 millones"
        if i < n and tokens[i] in _THOUSANDS:
            value *= 1000
            i += 1
        elif i < n and tokens[i] in _MILLIONS:
            value *= 1000000
            i += 1
        elif (
            i < n
            and (scale := _number(tokens[i])) is not None
            and scale >= 1000
            and _scale_of(scale) == scale
            and value < 1000
            and "." in tokens[i - 1]
        ):
            value *= scale
            i += 1
        elif (
            i < n
            and (scale := _number(tokens[i])) is not None
            and scale >= 1000
            and _scale_of(scale) == scale
            and value < 1000
            and tokens[i - 1] in ("1",)
        ):
            value *= scale  # "un mil"
            i += 1
        # cents: "50 pesos con 25 (centavos)", "50 dollars and 25 cents", "50 con 25", "25 centavos"
        currency = i < n and tokens[i] in _CURRENCY
        if currency:
            i += 1
            if i + 1 < n and tokens[i] in _AND and tokens[i + 1] in _HALF and value == value.to_integral():
                values.append(value + Decimal("0.5"))  # "veinte pesos y medio"
                i += 2
                continue
        if i < n and tokens[i] in _CENTS and not currency:
            values.append(value / 100 if value < 100 and value == value.to_integral() else Decimal(-1))
            i += 1
            continue
        k = i
        if k < n and tokens[k] in _AND:
            k += 1
        cents = _number(tokens[k]) if k < n else None
        if (
            cents is not None
            and cents == cents.to_integral()
            and cents < 100
            and (k > i or currency)
            and not _has_cents(value)
        ):
            cents_word = k + 1 < n and tokens[k + 1] in _CENTS
            # "a buck fifty", "cincuenta pesos veinticinco" (two digits: "500 pesos 2 veces" is not cents)
            if cents_word or k > i or (currency and cents >= 10):
                values.append(value + cents / 100)
                i = k + 1 + (1 if cents_word else 0)
                continue
        values.append(value)
    if not values:
        return None
    if negative:
        return None
    if len(values) == 1:
        return values[0]
    return _two_groups(values)


def _two_groups(values: list[Decimal]) -> Decimal | None:
    if all(v < 10 and v == v.to_integral() for v in values):
        return Decimal("".join(str(int(v)) for v in values))  # "cinco cero cero": digits one by one
    if len(values) == 2:
        main, cents = values
        if main >= 10 and main == main.to_integral() and 10 <= cents < 100 and cents == cents.to_integral():
            return main + cents / 100  # "twelve fifty", "doce cincuenta": a price
    return None


def _has_cents(value: Decimal) -> bool:
    return value != value.to_integral()


def _in_text(text: str, lang: Lang) -> Decimal | None:
    if _APPROXIMATE[lang].search(text):
        return None
    words = _tokens(text, lang)
    if not words or "-" in words[:1]:
        return None
    words = [w for w in words if w != "-"]
    prepared = prepare_tokens(words, lang)
    return _combine(_split_point(prepared, lang))


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


def extract_amount(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    lang = lang_of(locale)
    folded = fold(text)
    tail = after_correction(folded, lang)
    for candidate in (tail, folded) if tail else (folded,):
        value = _in_text(candidate, lang)
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


__all__ = ["amount_readback", "extract_amount", "normalise_amount", "validate_amount"]
