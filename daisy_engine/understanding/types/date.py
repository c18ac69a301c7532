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

from ..accumulators import Accumulator, SimpleAccumulator, Status
from ..callback_times import MONTHS, WEEKDAYS, named_clock, named_day, names_week_only
from ..normalize import after_correction, fold, lang_of
from .base import Options, SlotType

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WEEKDAY_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTH_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")


def machine_today() -> dt.date:
    """This machine's day: the read-back of a date outside a call says the year when it is not this one. Tests
    replace it (`monkeypatch.setattr(date, "machine_today", ...)`), so none depends on the day it runs."""
    return dt.date.today()


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
    return machine_today()


def _allowed(day: dt.date, today: dt.date, options: Options) -> bool:
    opts = options or {}
    ahead = (day - today).days
    if opts.get("future_only") and ahead < 0:
        return False
    low, high = opts.get("min"), opts.get("max")
    return (low is None or ahead >= low) and (high is None or ahead <= high)


# "el 8, no, el 9", "the 8th, no, the 9th", "el 8... no, mejor el 9": a "no" between two days takes the first back
_TAKEN_BACK = re.compile(r"[,.;]\s*(?:no|nope|nah)(?:,|\s*\.\.\.|\s+(?:mejor|wait|better|make it))\s*")
# A time with the day ("2026-12-08T10:00"), for a slot `with_time`
_ISO_TIME = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})\s*$")


def _readings(text: str, locale: str, options: Options) -> list[dt.date]:
    """The dates the turn may mean within the slot's bounds, the one taken first."""
    today = _today(options)
    # a day taken back within the turn ("el 8, perdón, el 9", "the 8th, sorry, the 9th", "el 8, no, el 9"): the
    # one said last
    folded = fold(text)
    tail = after_correction(folded, lang_of(locale))
    taken_back = _TAKEN_BACK.split(folded)
    found = (named_day(tail, locale, today) if tail else None) \
        or (named_day(taken_back[-1], locale, today) if len(taken_back) > 1 else None) \
        or named_day(text, locale, today)
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


def _with_time(options: Options) -> str:
    """The slot's `with_time`: "required" (true: the day and its time), "optional" (the time when said), or ""."""
    value = (options or {}).get("with_time")
    return "required" if value is True else "optional" if value == "optional" else ""


def _clock(text: str, locale: str) -> str | None:
    """The time of day said with the day ("mañana a las 10", "Friday at 3 pm"), "HH:MM": an hour without am/pm
    that falls before the working day is the afternoon's ("el martes a las 5" -> 17:00), as for a callback. A date
    in figures ("15/03") is no time."""
    return named_clock(re.sub(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", " ", text), locale)


def extract_date(text: str, locale: str, options: Options = None) -> str | None:
    """The day the caller names, "YYYY-MM-DD", within the slot's bounds; None when none is named or allowed. A
    slot `with_time` takes the time said with it, "YYYY-MM-DDTHH:MM" (`with_time: true` needs it: a day said
    alone is no value yet, the accumulator holds it and asks the time)."""
    if not isinstance(text, str):
        return None
    timed = _with_time(options)
    iso = _ISO.match(text) or _ISO_TIME.match(text)
    if iso:
        try:
            day = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            clock = dt.time(int(iso.group(4)), int(iso.group(5))).strftime("%H:%M") if iso.lastindex == 5 else None
        except ValueError:
            return None
        if not _allowed(day, _today(options), options):
            return None
        return _joined(day, clock if timed else None, timed)
    if names_week_only(text, locale):
        return None  # "la próxima semana": which day of it is asked, never guessed (`DateAccumulator`)
    readings = _readings(text, locale, options)
    if not readings:
        return None
    return _joined(readings[0], _clock(text, locale) if timed else None, timed)


def _joined(day: dt.date, clock: str | None, timed: str) -> str | None:
    if timed == "required" and clock is None:
        return None
    return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


def _validate(value: Any, locale: str, options: Options) -> str | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat() if _allowed(value, _today(options), options) else None
    return extract_date(value, locale, options) if isinstance(value, str) else None


def date_readback(value: str, locale: str, today: dt.date | None = None) -> str:
    """ "2026-12-08" as said: "el martes 8 de diciembre" / "Tuesday, December 8", the year added when it is not
    `today`'s (the call's day; else this machine's, `machine_today`); "2026-12-08T17:00" with its time, "el martes
    8 de diciembre a las 17:00" / "Tuesday, December 8 at 17:00". A value that is no date is read as it is."""
    text = str(value)
    clock = None
    if len(text) > 10 and text[10] in "T ":
        text, clock = text[:10], text[11:16]
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return str(value)
    year = day.year != (today or machine_today()).year
    if lang_of(locale) == "es":
        said = f"el {_WEEKDAY_ES[day.weekday()]} {day.day} de {_MONTH_ES[day.month - 1]}" + \
            (f" de {day.year}" if year else "")
        return said + (f" a {'la' if clock[:2] in ('01', '13') else 'las'} {clock}" if clock else "")
    said = f"{WEEKDAYS['en'][day.weekday()].capitalize()}, {MONTHS['en'][day.month - 1].capitalize()} {day.day}" + \
        (f", {day.year}" if year else "")
    return said + (f" at {clock}" if clock else "")


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
    an open day ("next Friday", "el 8") to its next reading rather than asking the day again.

    What is said in parts is held: a week and no day ("la próxima semana", "next week") waits for the day
    (`missing_part` "day": the question is asked again, and "el martes" is that week's Tuesday); under
    `with_time: true` a day without its time waits for the time (`missing_part` "time": "a las 10")."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.week: str | None = None  # the Monday of a week said without its day
        self.day: str | None = None  # a day said without the time `with_time: true` needs

    def _feed(self, text: str) -> Status:
        today, timed = _today(self.options), _with_time(self.options)
        if self.value is None and names_week_only(text, self.locale):
            self.week, self.day = (today + dt.timedelta(days=_week_ahead(today))).isoformat(), None
            return "partial"
        day = _weekday_in(text, self.locale, dt.date.fromisoformat(self.week)) \
            if self.week is not None and self.value is None else None
        if day is not None and _allowed(day, today, self.options):
            clock = _clock(text, self.locale) if timed else None
            self.week = None
            if timed == "required" and clock is None:
                self.day, self.said = day.isoformat(), text
                return "partial"
            self.value, self.complete, self.said = _joined(day, clock, timed), True, text
            return "complete"
        status = super()._feed(text)
        if status != "nothing":
            self.week = self.day = None
            return status
        if timed != "required":
            return status
        # `with_time: true`: the day alone is held until its time comes; the time alone completes a day held
        clock = _clock(text, self.locale)
        if self.day is not None and clock is not None:
            self.value, self.complete, self.said = f"{self.day}T{clock}", True, text
            self.day = None
            return "complete"
        readings = _readings(text, self.locale, self.options)
        if readings:
            self.day, self.said, self.week = readings[0].isoformat(), text, None
            return "partial"
        return status

    def missing_part(self) -> str:
        if self.value is not None:
            return ""
        return "day" if self.week is not None else "time" if self.day is not None else ""

    def so_far(self) -> str:
        if self.value is None and self.day is not None:
            return date_readback(self.day, self.locale, _today(self.options))
        if self.value is None and self.week is not None:
            first = date_readback(self.week, self.locale, _today(self.options))  # "el lunes 7 de diciembre"
            return f"la semana del {first.split(' ', 2)[2]}" if lang_of(self.locale) == "es" \
                else f"the week of {first.split(', ', 1)[1]}"
        return super().so_far()

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


def _week_ahead(today: dt.date) -> int:
    """Days from `today` to next week's Monday."""
    return (0 - today.weekday()) % 7 or 7


def _weekday_in(text: str, locale: str, monday: dt.date) -> dt.date | None:
    """A weekday said alone after a week was ("la próxima semana" ... "el martes"): that week's day; None when the
    turn names no weekday, or names a day of the month with it ("el martes 15")."""
    folded = fold(text)
    if re.search(r"\d", _clockless(folded)):
        return None
    for i, name in enumerate(WEEKDAYS[lang_of(locale)]):
        if re.search(rf"\b{name}\b", folded):
            return monday + dt.timedelta(days=i)
    return None


def _clockless(folded: str) -> str:
    """The words without a time said in them ("a las 10", "at 3 pm")."""
    return re.sub(r"\b(?:a las?|at) \d{1,2}(?::\d{2})?(?: ?[ap]\.? ?m\.?)?", " ", folded)


def _start(locale: str, options: Options) -> Accumulator:
    return DateAccumulator("date", locale, options, extract=extract_date,
                           readback=lambda value: date_readback(value, locale, _today(options)))


TYPE = SlotType(
    name="date",
    extract_fn=extract_date,
    validate_fn=_validate,
    readback_fn=_readback,
    start_fn=_start,
    options=frozenset({"min", "max", "future_only", "with_time"}),
    needs_today=True,
    # `eval` cases of kind "date" give the day they are said on, `"options": {"now": "2026-12-01"}`
    eval_kinds={"date": extract_date},
    description='a day, "YYYY-MM-DD" (the call\'s date resolves "mañana", "el martes", "el 8")',
    order=55,
)
