"""`yes_no`: the words "yes" or "no"; read back as "sí"/"yes" or "no"."""

from __future__ import annotations

from typing import Any

from ..normalize import lang_of
from ..yes_no import classify_yes_no
from .base import Options, SlotType


def _extract(text: str, locale: str, options: Options) -> str | None:
    return classify_yes_no(text, locale).answer


def _validate(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        if value.strip().lower() in ("yes", "no"):
            return value.strip().lower()
        return classify_yes_no(value, locale).answer
    return None


def _readback(value: Any, locale: str, spell: bool, said: str | None) -> str:
    yes = "sí" if lang_of(locale) == "es" else "yes"
    return yes if value in ("yes", True) else "no"


TYPE = SlotType(
    name="yes_no",
    extract_fn=_extract,
    validate_fn=_validate,
    readback_fn=_readback,
    holds="yes_no",
    eval_kinds={"yes_no": _extract},
    description='"yes" or "no"',
    order=70,
)
