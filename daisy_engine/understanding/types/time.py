"""`time`: a time of day, "HH:MM" on the 24-hour clock; needs the call's clock ("en dos horas")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..normalize import lang_of
from ..readback import time_readback
from ..times import extract_time, said_on_24_hour_clock
from .base import Options, SlotType


def _validate(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, (dt.time, dt.datetime)):
        return value.strftime("%H:%M")
    return extract_time(value, locale, options) if isinstance(value, str) else None


def _readback(value: Any, locale: str, spell: bool, said: str | None) -> str:
    # a time the caller said on the 24-hour dial ("diecisiete cuarenta y cinco") is read back on it
    return time_readback(str(value), lang_of(locale), clock24=bool(said) and said_on_24_hour_clock(said or "", locale))


TYPE = SlotType(
    name="time",
    extract_fn=extract_time,
    validate_fn=_validate,
    readback_fn=_readback,
    options=frozenset({"pattern"}),
    needs_clock=True,
    eval_kinds={"eta": extract_time},
    description='a time of day, "HH:MM" 24 h (the call\'s clock resolves "en dos horas")',
    order=50,
)
