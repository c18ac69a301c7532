"""`time`: a time of day, "HH:MM" on the 24-hour clock; needs the call's clock ("en dos horas")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..accumulators import Accumulator, SimpleAccumulator
from ..normalize import fold, lang_of
from ..readback import time_readback
from ..times import day_part_said, extract_time, moved_to_day_part, said_on_24_hour_clock
from .base import Options, SlotType, repeats_part

# A part of the day said with the hour: "de la tarde", "p.m.", "in the morning", "mediodía".
_PART_OF_DAY = re.compile(
    r"\b(?:de la (?:manana|tarde|noche|madrugada)|mediodia|medianoche|[ap]\.? ?m\b\.?|"
    r"in the (?:morning|afternoon|evening)|at night|noon|midnight)", re.IGNORECASE)


def _validate(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, (dt.time, dt.datetime)):
        return value.strftime("%H:%M")
    return extract_time(value, locale, options) if isinstance(value, str) else None


def _readback(value: Any, locale: str, spell: bool, said: str | None) -> str:
    # a time the caller said on the 24-hour dial ("diecisiete cuarenta y cinco") is read back on it, and
    # 7 p.m. said "de la noche" is read back "de la noche" (see `readback.time_readback`)
    return time_readback(str(value), lang_of(locale), clock24=bool(said) and said_on_24_hour_clock(said or "", locale),
                         day_part=day_part_said(said, locale) if said else None)


class TimeAccumulator(SimpleAccumulator):
    """A time, complete on its first valid extraction, whose half of the day the caller may correct at the
    read-back without saying the hour again ("no, de la noche" at "7 de la mañana", "in the evening" at
    "7 AM"): `edit` moves the value read back to that half."""

    def edit(self, text: str) -> bool:
        moved = moved_to_day_part(self.value, text, self.locale) if isinstance(self.value, str) else None
        if moved is None or moved == self.value:
            return False
        self.value, self.complete, self.said = moved, True, text
        return True


def _start(locale: str, options: Options) -> Accumulator:
    return TimeAccumulator("time", locale, options, extract=extract_time,
                           readback=lambda value: _readback(value, locale, False, None))


def _restates(pending: Any, said: Any, text: str, locale: str) -> bool:
    """After a yes, the same time, or the same hour on the other half of the day when the caller did not
    say which half ("sí, a las cinco" at 5 de la mañana): the yes stands."""
    if repeats_part(pending, said):
        return True
    try:
        a, b = (dt.datetime.strptime(str(v), "%H:%M") for v in (pending, said))
    except ValueError:
        return False
    twelve = abs((a - b).total_seconds()) == 12 * 3600
    return twelve and not _PART_OF_DAY.search(fold(text)) and not said_on_24_hour_clock(text, locale)


TYPE = SlotType(
    name="time",
    extract_fn=extract_time,
    validate_fn=_validate,
    readback_fn=_readback,
    start_fn=_start,
    restates_fn=_restates,
    options=frozenset({"pattern"}),
    needs_clock=True,
    approximate=True,
    eval_kinds={"eta": extract_time},
    description='a time of day, "HH:MM" 24 h (the call\'s clock resolves "en dos horas")',
    order=50,
)
