"""`date`: a day of the calendar, ISO "YYYY-MM-DD", read from the caller's words relative to the call's date.

The days are read as the callback times read them (`callback_times.named_day`: "mañana", "pasado mañana", "el
martes", "el martes que viene", "next week", and by date: "el 15 de marzo", "the 3rd", "el 8", "March 15th"), on
the call's clock (option `now`, the runtime's, as for a time: the type `needs_clock`). The slot's options bound it:
`future_only: true` takes no day before the call's, `min` / `max` are days from the call's day (`min: 1` no
sooner than tomorrow, `max: 21` within three weeks). A day the words leave open ("el 8" with no month, "next
Friday" said on a Thursday) is taken at its next reading the bounds allow (the nearest, past or coming, when a
negative `min` lets the slot reach back), and read back in full - weekday, day and month, "el martes 8 de
diciembre", "Tuesday, December 8" - so the caller hears which one was understood; at
that read-back "no, el siguiente" / "no, the one after" moves it to the next reading (`DateAccumulator.edit`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..accumulators import Accumulator, SimpleAccumulator
from ..callback_times import MONTHS, WEEKDAYS, named_day
from ..normalize import after_correction, fold, lang_of
from .base import Options, SlotType

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WEEKDAY_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTH_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")


def _today(options: Options) -> dt.date:
    """The call's day: option `now` (the runtime passes the call's local time), else this machine's."""
    now = (options or {}).get("now")
    if isinstance(now, dt.datetime):
        return now.date()
    if isinstance(now, dt.date):
        return now
    if isinstance(now, str):
        try:
            return dt.date.fromisoformat(now[:10])
        except ValueError:
            pass
    return dt.date.today()


def _allowed(day: dt.date, today: dt.date, options: Options) -> bool:
    opts = options or {}
    ahead = (day - today).days
    if opts.get("future_only") and ahead < 0:
        return False
    low, high = opts.get("min"), opts.get("max")
    return (low is None or ahead >= low) and (high is None or ahead <= high)


def _readings(text: str, locale: str, options: Options) -> list[dt.date]:
    """The dates the turn may mean within the slot's bounds, the one taken first."""
    today = _today(options)
    # a day taken back within the turn ("el 8, perdón, el 9", "the 8th, sorry, the 9th"): the one said last
    tail = after_correction(fold(text), lang_of(locale))
    found = (named_day(tail, locale, today) if tail else None) or named_day(text, locale, today)
    if found is None:
        return []
    dates, open_ = found
    allowed = [d for d in dates if _allowed(d, today, options)]
    if open_ or len(dates) > 1:
        # a day is asked to come ("el 8", "the 15th of March": the next one), unless the slot reaches back (a
        # negative `min`: the date of something that happened): then the nearest, ties to the later one
        low = (options or {}).get("min")
        if low is not None and low < 0:
            first = min(allowed, key=lambda d: (abs((d - today).days), -d.toordinal()), default=None)
        else:
            first = min((d for d in allowed if d >= today), default=None)
        return [first, *sorted(d for d in allowed if d != first)] if first else []
    return allowed


def extract_date(text: str, locale: str, options: Options = None) -> str | None:
    """The day the caller names, "YYYY-MM-DD", within the slot's bounds; None when none is named or allowed."""
    if not isinstance(text, str):
        return None
    iso = _ISO.match(text)
    if iso:
        try:
            day = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
        return day.isoformat() if _allowed(day, _today(options), options) else None
    readings = _readings(text, locale, options)
    return readings[0].isoformat() if readings else None


def _validate(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat() if _allowed(value, _today(options), options) else None
    return extract_date(value, locale, options) if isinstance(value, str) else None


def date_readback(value: str, locale: str) -> str:
    """ "2026-12-08" as said: "el martes 8 de diciembre" / "Tuesday, December 8" (the year added when it is not
    this one). A value that is no date is read as it is."""
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    year = day.year != dt.date.today().year
    if lang_of(locale) == "es":
        return f"el {_WEEKDAY_ES[day.weekday()]} {day.day} de {_MONTH_ES[day.month - 1]}" + \
            (f" de {day.year}" if year else "")
    return f"{WEEKDAYS['en'][day.weekday()].capitalize()}, {MONTHS['en'][day.month - 1].capitalize()} {day.day}" + \
        (f", {day.year}" if year else "")


def _readback(value: Any, locale: str, spell: bool, said: str | None) -> str:
    return date_readback(str(value), locale)


# At the read-back of a day the words left open: "no, el siguiente", "el otro", "the one after", "the following one".
_OTHER_READING = {
    "es": re.compile(r"\b(?:el|la) (?:siguiente|otro|otra|de despues|que sigue)\b|\bel de la otra semana\b"
                     r"|\bdel (?:otro|siguiente) mes\b"),
    "en": re.compile(r"\b(?:the )?(?:one|week) after\b|\bthe (?:following|other|next) one\b|\bthe following\b"
                     r"|\bnext month\b"),
}


class DateAccumulator(SimpleAccumulator):
    """A day, complete on its first valid extraction; at its read-back "no, el siguiente" / "the one after" moves
    an open day ("next Friday", "el 8") to its next reading rather than asking the day again."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    def edit(self, text: str) -> bool:
        said, value = self.said, self.value
        if not isinstance(said, str) or not isinstance(value, str) \
                or not _OTHER_READING[lang_of(self.locale)].search(fold(text)):
            return False
        later = sorted(d for d in _readings(said, self.locale, self.options) if d.isoformat() > value)
        if not later:
            return False
        self.value, self.complete = later[0].isoformat(), True
        return True


def _start(locale: str, options: Options) -> Accumulator:
    return DateAccumulator("date", locale, options, extract=extract_date,
                           readback=lambda value: date_readback(value, locale))


TYPE = SlotType(
    name="date",
    extract_fn=extract_date,
    validate_fn=_validate,
    readback_fn=_readback,
    start_fn=_start,
    options=frozenset({"min", "max", "future_only"}),
    needs_clock=True,
    # no `eval` kind yet: the labelled sets (tests/data) have no date cases, and every kind must be covered
    description='a day, "YYYY-MM-DD" (the call\'s date resolves "mañana", "el martes", "el 8")',
    order=55,
)
