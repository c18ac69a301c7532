"""`time`: a time of day, "HH:MM" on the 24-hour clock; needs the call's clock ("en dos horas")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..accumulators import Accumulator, SimpleAccumulator, Status
from ..normalize import fold, lang_of
from ..numbers import NUMBER_WORDS, cut_by_pause
from ..readback import time_readback
from ..times import day_part_said, extract_time, moved_to_day_part, said_on_24_hour_clock
from .base import Options, SlotType, repeats_part

# A part of the day said with the hour: "de la tarde", "p.m.", "in the morning", "mediodía".
_PART_OF_DAY = re.compile(
    r"\b(?:de la (?:manana|tarde|noche|madrugada)|mediodia|medianoche|[ap]\.? ?m\b\.?|"
    r"in the (?:morning|afternoon|evening)|at night|noon|midnight)", re.IGNORECASE)


# What may come with a part of the day said alone ("pues de la tarde", "en la noche", "sí, p.m.").
_DAY_PART_FILLER = r"\b(?:de|en|por|la|y|pues|este|eh|si|yes|uh|um|and|its|thats|in|the)\b"
# An hour said whole, its minutes none: "en punto", "o'clock", "sharp".
_WHOLE_HOUR = re.compile(r"\b(?:en punto|o ?clock|sharp|cero cero|hundred)\b")


def _minutes_alone(folded: str) -> bool:
    """Whether a turn is only the minutes of a time: a number from one to fifty-nine ("diez.", "cuarenta y
    cinco", "thirty"), or "y" / "and" with it or with "media", "cuarto" ("y media", "and a half")."""
    words = re.findall(r"[a-z]+|\d+", folded)
    if words[:1] in (["y"], ["and"]):
        words = words[1:]
        if words in (["media"], ["cuarto"], ["a", "half"], ["a", "quarter"]):
            return True
    return bool(words) and words[-1] not in ("y", "and") \
        and all(w in NUMBER_WORDS or w.isdigit() or w in ("y", "and") for w in words)


def _other_half(hour: str) -> str:
    """The same hour on the other half of the day ("06" - "18")."""
    return f"{(int(hour) + 12) % 24:02d}" if hour.isdigit() else hour


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
    "7 AM"): `edit` moves the value read back to that half.

    A time cut by a pause is read back at once, and the caller's next turn may say its rest: the minutes after
    an hour said alone ("Dieciocho" - "diez." is 18:10, "Four" - "thirty."), or the part of the day after a time
    said without it ("Cuatro y cuarto." - "De la tarde.", "Ocho y diez" - "de la noche."). Such a turn at the
    read-back goes on with the time (`goes_on`), and the two turns are read as one."""

    def goes_on(self, text: str) -> bool:
        return isinstance(text, str) and self._with_rest(text) is not None

    def _with_rest(self, text: str) -> str | None:
        """The time said over this turn and the last one, when this turn is only the rest of it; else None."""
        said = self.said
        if not isinstance(said, str) or not isinstance(self.value, str):
            return None
        folded = fold(text)
        if _PART_OF_DAY.search(folded):
            # "De la tarde.": only the part of the day, to a time said without one
            rest = _PART_OF_DAY.sub(" ", folded)
            if _PART_OF_DAY.search(fold(said)) or re.search(r"[a-z0-9]", re.sub(_DAY_PART_FILLER, " ", rest)):
                return None
        elif not (_minutes_alone(folded) and self.value.endswith(":00") and cut_by_pause(said)
                  and not _WHOLE_HOUR.search(fold(said))):
            return None
        joined = f"{said.rstrip()}. {text.strip()}"
        value = self._extract(joined, self.locale, self.options)
        if not isinstance(value, str) or value[:2] not in (self.value[:2], _other_half(self.value[:2])):
            return None  # no time read together, or another hour: not the rest of this one
        if value[3:] == self.value[3:] and not _PART_OF_DAY.search(folded):
            return None  # "A las cinco" - "cinco": the hour said again, no minutes
        return joined

    def _feed(self, text: str) -> Status:
        joined = self._with_rest(text) if isinstance(text, str) else None
        return super()._feed(joined if joined is not None else text)

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
