"""When a caller wants to be called back: "llámeme mañana", "el lunes en la tarde", "tonight at 7".

`callback_delay(text, locale, now)` gives the minutes from `now` (the call's local time) until the
moment the caller named, placed inside the calling hours:

- a duration ("en media hora", "in 2 hours", "en diez segundos") counts from now (seconds round up to
  a minute);
- a day: "hoy"/"today", "mañana"/"tomorrow", "pasado mañana", a weekday (the next one, a week ahead
  when it is today), "el fin de semana"/"the weekend" (Saturday), "la semana que viene"/"next week"
  (Monday), "otro día"/"another day" (tomorrow);
- a part of the day: morning/"temprano" at the start of the calling hours, noon 12:00, afternoon
  ("en la tarde", 16:00), evening/night ("en la noche", "tonight", 19:00); a part of today that has
  already begun is 30 minutes from now while it lasts, one that is over is tomorrow's;
- a clock time ("a las 5", "at 3 pm"): an hour said without am/pm that would fall before the calling
  hours is read in the afternoon ("mañana a las 5" -> 17:00).

A day without a time is called at the start of the calling hours. Whatever was named is then moved
into the calling hours: before them -> their start that day; after them -> the next day's start.
Calling hours default to `DEFAULT_CALLING_HOURS` (09:00-20:00); a call may have others (the runtime
reads the `calling_hours` context variable, "08:00-18:00", with `parse_calling_hours`). Gives None
when the turn names no time at all ("llámame luego"): the flow's own default applies.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from .durations import FROM_NOW, find_duration
from .normalize import Lang, content_words, fold, lang_of
from .numbers import digitize, prepare_tokens
from .times import extract_time

DEFAULT_CALLING_HOURS: tuple[dt.time, dt.time] = (dt.time(9, 0), dt.time(20, 0))
"""When a callback may ring when the caller does not say (start, end; local time of the call)."""

_PART_START = {"morning": None, "noon": dt.time(12, 0), "afternoon": dt.time(16, 0), "evening": dt.time(19, 0)}
_PART_END = {"morning": dt.time(12, 0), "noon": dt.time(14, 0), "afternoon": dt.time(19, 0), "evening": dt.time(23, 59)}
_PARTS: dict[Lang, tuple[tuple[re.Pattern[str], str], ...]] = {
    "es": tuple(
        (re.compile(p), k)
        for p, k in (
            # (the small hours, "en la madrugada", "de madrugada": the first of the calling hours)
            (r"\b(?:en|por|a|de) la (?:manana|madrugada)\b|\bde madrugada\b|\btemprano\b|\btempranito\b"
             r"|\bmanana manana\b", "morning"),
            (r"\b(?:al|a|en el|del) medio ?dia\b|\bmediodia\b|\bhora de la comida\b", "noon"),
            (r"\b(?:en|por|a|de) la tarde\b|\besta tarde\b|\btardecita\b", "afternoon"),
            (r"\b(?:en|por|a|de) la noche\b|\besta noche\b|\bnochecita\b", "evening"),
        )
    ),
    "en": tuple(
        (re.compile(p), k)
        for p, k in (
            (r"\bmorning\b|\bearly\b", "morning"),
            (r"\bnoon\b|\bmidday\b|\blunch ?time\b|\bat lunch\b", "noon"),
            (r"\bafternoon\b", "afternoon"),
            (r"\bevening\b|\btonights?\b|\bnight\b", "evening"),
        )
    ),
}
WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "es": ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
_DAYS: dict[Lang, tuple[tuple[re.Pattern[str], str], ...]] = {
    "es": tuple(
        (re.compile(p), k)
        for p, k in (
            (r"\bpasado manana\b", "+2"),
            # "mañana" the day, not "la mañana" the morning ("mañana en la mañana" is both); said small too ("mejor
            # mañanita"), not "en la mañanita" (early in the morning)
            (r"(?<!\bla )(?<!\bde )(?<!\bpor )\bmanan(?:a|ita)\b", "+1"),
            (r"\b(?:otro dia|otro momento que no sea hoy)\b", "+1"),
            # "al día siguiente", "el siguiente día": tomorrow, said from today
            (r"\b(?:dia siguiente|siguiente dia)\b", "+1"),
            (r"\b(?:fin de semana|finde)\b", "weekend"),
            (r"\b(?:semana que (?:entra|viene)|proxima semana|siguiente semana|otra semana)\b", "week"),
            (r"\bhoy\b|\besta (?:tarde|noche)\b", "+0"),
        )
    ),
    "en": tuple(
        (re.compile(p), k)
        for p, k in (
            (r"\bday after tomorrows?\b", "+2"),
            (r"\btomorrows?\b", "+1"),
            (r"\b(?:another|other|different) day\b", "+1"),
            # "the next day", "the following day", "the day after": tomorrow, said from today
            (r"\b(?:next|following) day\b|\bday after\b", "+1"),
            (r"\bweekend\b", "weekend"),
            (r"\bnext week\b", "week"),
            (r"\btodays?\b|\btonights?\b|\bthis (?:morning|afternoon|evening)\b", "+0"),
        )
    ),
}
_AM = {"es": re.compile(r"\b(?:de|en|por) la (?:manana|madrugada)\b|\bam\b"), "en": re.compile(r"\bam\b|\bmorning\b")}
_RELATIVE_DURATION = {
    "es": re.compile(rf"\b(?:{FROM_NOW['es']})\s+(?:unos?\s+|unas?\s+|como\s+)?$"),
    "en": re.compile(rf"\b(?:{FROM_NOW['en']})\s+(?:about\s+|like\s+|a\s+)?$"),
}
# ... or the count said first, "from now" after it ("two hours from now", "dos horas a partir de ahora")
_AFTER_NOW = {
    "es": re.compile(r"^\s*(?:a partir de (?:ahora|ahorita|este momento)|desde (?:ahora|ahorita)|de ahorita"
                     r"|de ahora)\b"),
    "en": re.compile(r"^\s*(?:from (?:right )?now|from this moment)\b"),
}
_SECONDS = {
    "es": re.compile(r"\b(\d{1,4}) (?:segundos?|segunditos?)\b"),
    "en": re.compile(r"\b(\d{1,4}) (?:seconds?|secs?)\b"),
}


def _digitized(text: str, lang: Lang) -> str:
    return " ".join(digitize(prepare_tokens(content_words(text, lang), lang), lang))


# Each weekday as a word of its own, compiled once rather than built again for every turn that names a time.
_WEEKDAY_RES: dict[Lang, tuple[re.Pattern[str], ...]] = {
    lang: tuple(re.compile(rf"\b{name}\b") for name in names) for lang, names in WEEKDAYS.items()
}


# A weekday of the week after this one: "el viernes de la próxima semana", "Friday of next week", "next week on Friday"
_OF_NEXT_WEEK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:de|para|en) (?:la )?(?:proxima|siguiente) semana\b|\bde la semana que (?:viene|entra)\b"
                     r"|\b(?:la )?(?:proxima|siguiente) semana,? (?:el )?(?:" + "|".join(WEEKDAYS["es"]) + r")\b"
                     r"|\bsemana que (?:viene|entra),? (?:el )?(?:" + "|".join(WEEKDAYS["es"]) + r")\b"),
    "en": re.compile(r"\b(?:of |on )?(?:the )?(?:next|following) week\b"),
}
# A week after the day said: "a week from Friday", "a week from tomorrow", "Friday week", "de hoy en ocho",
# "de mañana en ocho", "una semana después del viernes"
_WEEK_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bde (?:hoy|manana|pasado manana|(?:el )?(?:" + "|".join(WEEKDAYS["es"]) + r")) en (?:8|ocho)\b"
                     r"|\buna semana (?:despues|a partir) de\b|\b1 semana (?:despues|a partir) de\b"),
    "en": re.compile(r"\b(?:a|1|one) week (?:from|after)\b|\b(?:" + "|".join(WEEKDAYS["en"]) + r") week\b"),
}


def _day_offset(s: str, lang: Lang, today: dt.date) -> int | None:
    later = 7 if _WEEK_LATER[lang].search(s) else 0
    for i, rx in enumerate(_WEEKDAY_RES[lang]):
        if rx.search(s):
            if _OF_NEXT_WEEK[lang].search(s):
                # that weekday in the week that starts next Monday
                return (0 - today.weekday()) % 7 + i if today.weekday() else 7 + i
            ahead = (i - today.weekday()) % 7
            return (ahead or 7) + later
    for rx, kind in _DAYS[lang]:
        if rx.search(s):
            if kind == "weekend":
                return (5 - today.weekday()) % 7  # Saturday (today, when it is Saturday)
            if kind == "week":
                return (0 - today.weekday()) % 7 or 7
            return int(kind) + later
    return None


def names_week_only(text: str, locale: str) -> bool:
    """Whether the turn names a week and no day in it ("la próxima semana", "next week"): a callback rings on its
    Monday, a date slot asks which day."""
    lang = lang_of(locale)
    s = _digitized(text, lang)
    if _month_day(s, lang) is not None or _numeric_day(text, locale) is not None \
            or any(rx.search(s) for rx in _WEEKDAY_RES[lang]):
        return False
    return any(kind == "week" and rx.search(s) for rx, kind in _DAYS[lang])


MONTHS: dict[Lang, tuple[str, ...]] = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"),
}
# "next Friday" / "el próximo viernes" / "el viernes que viene": the caller may mean the coming one or the one after
_NEXT_WEEKDAY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:proximo|proxima|siguiente)\s+(?:\w+\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado"
                     r"|domingo)\b|\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+(?:que (?:viene|entra)"
                     r"|proximo|siguiente)\b"),
    "en": re.compile(r"\bnext\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
}
# An ordinal day of the month in words ("the first", "twenty-first": digitized "20 first"; "el primero").
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                  "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "primero": 1}
_ORDINAL_RE = re.compile(r"\b(?:(20|30) )?(" + "|".join(_ORDINAL_WORDS) + r")\b")
# An ordinal is a day only where a day is said: after "el" / "the" / "día" / a month ("March first"), or before its
# month ("primero de enero", "first of May", "del mes"), or said alone. "Primero, déjeme ver", "first thing Monday",
# "first of all", "el lunes primero y luego..." count nothing.
_ORDINAL_BEFORE = re.compile(r"(?:\b(?:el|the|dia|day|on|" + "|".join(MONTHS["en"]) + r") )$")
_ORDINAL_AFTER = re.compile(r"^ (?:de|of|del) (?:(?:the )?month|mes|" + "|".join(MONTHS["es"] + MONTHS["en"]) + r")\b")
# A number followed by what it counts is no day of the month: "15 minutos", "2 semanas", "3 days", "2 weeks from now"
_COUNTED = r"(?!\s+(?:minutos?|horas?|dias|semanas?|meses|anos|minutes?|hours?|days|weeks?|months|years)\b)"
_WEEKDAY_BEFORE = {lang: r"(?:" + "|".join(WEEKDAYS[lang]) + r")" for lang in ("es", "en")}
_MONTH_DAY: dict[Lang, re.Pattern[str]] = {
    # "el 15 de marzo", "el día 8", "el 8", "15 de marzo", "el jueves 10" (the weekday and its day, said together)
    "es": re.compile(r"(?:\b(?:(?:el|dia|para el|hasta el)\s+)?" + _WEEKDAY_BEFORE["es"] + r"\s+(?:dia\s+)?"
                     r"|\b(?:el|dia|para el|hasta el)\s+(?:dia\s+)?|^)(\d{1,2})" + _COUNTED + r"(?:\s+de\s+("
                     + "|".join(MONTHS["es"]) + r"))?\b"),
    # "march 15", "march 15 th", "the 3 rd", "on the 15", "15 th of march", "thursday 10 th"
    "en": re.compile(r"\b(?:(" + "|".join(MONTHS["en"]) + r")\s+(?:the\s+)?(\d{1,2})(?:\s+(?:st|nd|rd|th))?"
                     r"|(?:the\s+|\b" + _WEEKDAY_BEFORE["en"] + r"\s+|^)(\d{1,2})" + _COUNTED
                     + r"(?:\s+(?:st|nd|rd|th))?(?:\s+of\s+(" + "|".join(MONTHS["en"]) + r"))?)\b"),
}


def _ordinals(s: str) -> str:
    """ "the 20 first" -> "the 21", "el primero de enero" -> "el 1 de enero"; an ordinal where no day is said
    ("primero, déjeme ver") left as it is."""
    def day(m: re.Match[str]) -> str:
        alone = s.strip(" ,.") == m.group(0)
        if not (alone or m.group(1) or _ORDINAL_BEFORE.search(s[:m.start()]) or _ORDINAL_AFTER.match(s[m.end():])):
            return m.group(0)
        return str(int(m.group(1) or 0) + _ORDINAL_WORDS[m.group(2)])
    return _ORDINAL_RE.sub(day, s)


# A date in figures: "15/03", "03/15/2027", "8/12/26"; read day first or month first by the locale (below)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_MONTH_FIRST_LOCALES = ("en-us", "en-ph", "en")  # the United States write the month first; the rest the day


def _numeric_day(text: str, locale: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of a date written in figures, the locale's order first ("03/15" is 15 March in
    en-US, "15/03" in es-MX); a reading that is no date in that order ("15/03" in en-US) is read the other way."""
    m = _NUMERIC_DATE.search(text)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else None
    if year is not None and year < 100:
        year += 2000
    orders = ((b, a), (a, b)) if locale.lower() in _MONTH_FIRST_LOCALES else ((a, b), (b, a))
    for day, month in orders:
        if 1 <= day <= 31 and 1 <= month <= 12:
            return day, month, year
    return None


# The month after this one, said of a day: "el 5 del próximo mes", "el 5 del mes que viene", "the 5th of next month"
_NEXT_MONTH: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:del|de el) (?:proximo|siguiente) mes\b|\bdel mes que (?:viene|entra)\b"
                     r"|\b(?:el )?(?:proximo|siguiente) mes\b|\bel mes que (?:viene|entra)\b"),
    "en": re.compile(r"\bnext month\b|\bof the following month\b"),
}


def _month_day(s: str, lang: Lang) -> tuple[int, int | None] | None:
    """The day of the month named (1-31) and its month (1-12) when said, else None."""
    m = _MONTH_DAY[lang].search(_ordinals(s))
    if m is None:
        return None
    if lang == "es":
        day, month = m.group(1), m.group(2)
    else:
        day, month = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
    if day is None or not 1 <= int(day) <= 31:
        return None
    return int(day), (MONTHS[lang].index(month) + 1 if month else None)


def named_day(text: str, locale: str, today: dt.date) -> tuple[list[dt.date], bool] | None:
    """The day a caller names, as the callback times read a day ("mañana", "pasado mañana", "el martes", "next
    week"), or by its date ("el 15 de marzo", "the 3rd", "el 8", "March 15th"): its possible dates, nearest
    reading first, and whether the caller's words leave it open ("next Friday" said on a Thursday: tomorrow or the
    one after; "el 8" with no month: this month's or another's; the slot type decides which reading its bounds
    allow). None when no day is named."""
    lang = lang_of(locale)
    s = _digitized(text, lang)
    figures = _numeric_day(text, locale)
    if figures is not None and figures[2] is not None:
        try:
            return [dt.date(figures[2], figures[1], figures[0])], False
        except ValueError:
            return None
    said = figures[:2] if figures is not None else _month_day(s, lang)
    if said is not None:
        day, month = said
        found: list[dt.date] = []
        if month is None and _NEXT_MONTH[lang].search(s):
            y, mo = divmod(today.month, 12)
            try:
                return [dt.date(today.year + y, mo + 1, day)], False
            except ValueError:
                return None
        if month is not None:
            for year in (today.year, today.year + 1, today.year - 1):
                try:
                    found.append(dt.date(year, month, day))
                except ValueError:
                    continue
        else:
            for shift in (0, 1, -1):
                y, mo = divmod(today.month - 1 + shift, 12)
                try:
                    found.append(dt.date(today.year + y, mo + 1, day))
                except ValueError:
                    continue
        return (found, month is None) if found else None
    offset = _day_offset(s, lang, today)
    if offset is None:
        return None
    first = today + dt.timedelta(days=offset)
    if _NEXT_WEEKDAY[lang].search(s) and first.isocalendar()[1] == today.isocalendar()[1]:
        # "next Friday" on a Thursday: this week's Friday or the next week's
        return [first, first + dt.timedelta(days=7)], True
    return [first], False


def _part(s: str, lang: Lang) -> str | None:
    for rx, kind in _PARTS[lang]:
        if rx.search(s):
            return kind
    return None


def _clock(text: str, s: str, lang: Lang, hours: tuple[dt.time, dt.time]) -> dt.time | None:
    raw = extract_time(text, "es-MX" if lang == "es" else "en-US")
    if raw is None:
        return None
    hour, minute = int(raw[:2]), int(raw[3:])
    start, end = hours
    if hour < 12 and not _AM[lang].search(s) and dt.time(hour, minute) < start and dt.time(hour + 12, minute) < end:
        hour += 12  # "mañana a las 5": five in the afternoon, not before anyone calls
    return dt.time(hour, minute)


def _duration(s: str, lang: Lang) -> int | None:
    seconds = _SECONDS[lang].search(s)
    if seconds and _RELATIVE_DURATION[lang].search(s[: seconds.start()]):
        return max(1, math.ceil(int(seconds.group(1)) / 60))
    found = find_duration(s, lang)
    if found is None:
        return None
    start, end, minutes = found
    if minutes is not None and (_RELATIVE_DURATION[lang].search(s[:start]) or _AFTER_NOW[lang].match(s[end:])):
        return minutes
    return None


def _inside_hours(moment: dt.datetime, hours: tuple[dt.time, dt.time]) -> dt.datetime:
    start, end = hours
    if moment.time() < start:
        return moment.replace(hour=start.hour, minute=start.minute)
    if moment.time() >= end:
        nxt = moment + dt.timedelta(days=1)
        return nxt.replace(hour=start.hour, minute=start.minute)
    return moment


_HOURS_RE = re.compile(r"\s*(\d{1,2})(?::(\d{2}))?\s*(?:-|–|to|a)\s*(\d{1,2})(?::(\d{2}))?\s*")


def parse_calling_hours(value: object) -> tuple[dt.time, dt.time] | None:
    """ "09:00-20:00" (also "9-20", "8:30 to 18:00") -> (start, end); None when it is not that shape."""
    if not isinstance(value, str):
        return None
    m = _HOURS_RE.fullmatch(value)
    if m is None:
        return None
    h1, m1, h2, m2 = int(m.group(1)), int(m.group(2) or 0), int(m.group(3)), int(m.group(4) or 0)
    if not (h1 < 24 and h2 <= 24 and m1 < 60 and m2 < 60):
        return None
    start = dt.time(h1, m1)
    end = dt.time(23, 59) if h2 == 24 else dt.time(h2, m2)
    return (start, end) if start < end else None


def names_a_time(text: str, locale: str) -> bool:
    """Whether the turn names a day, a part of the day, a clock time or a duration from now."""
    lang = lang_of(locale)
    s = _digitized(text, lang)
    today = dt.date(2000, 1, 3)
    return (
        _day_offset(s, lang, today) is not None
        or _part(s, lang) is not None
        or _duration(s, lang) is not None
        or extract_time(text, locale) is not None
    )


def names_another_day(text: str, locale: str) -> bool:
    """Whether the turn names a day other than today ("mañana", "el lunes", "the next day"): a callback that rings
    another day only because of the calling hours ("llámame en la noche" said at nine at night) names none."""
    lang = lang_of(locale)
    return bool(_day_offset(_digitized(text, lang), lang, dt.date(2000, 1, 3)))


def callback_delay(
    text: str,
    locale: str,
    now: dt.datetime,
    hours: tuple[dt.time, dt.time] | None = None,
) -> int | None:
    """Minutes from `now` to the callback the caller asked for, or None when they named no time."""
    found = _callback_moment(text, locale, now, hours)
    return found[0] if found is not None else None


def moved_callback(text: str, locale: str, now: dt.datetime,
                   hours: tuple[dt.time, dt.time] | None = None) -> dt.datetime | None:
    """When the callback will ring, if the moment the caller named falls outside the calling hours and was moved
    into them ("call me back at 10:30 pm" with calls until 21:00: the next morning), else None. A person taking the
    call says so rather than promise a call at a time nobody will place it."""
    found = _callback_moment(text, locale, now, hours)
    return found[1] if found is not None else None


# A clock said as a limit ("llámame antes de las cinco", "call me by three"): the caller named no hour to ring at, and
# "a las cinco, como me dijo" would put words in his mouth.
_LIMIT_BEFORE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:antes de|a mas tardar|no (?:despues|mas tarde) de|hasta antes de)\b"),
    "en": re.compile(r"\b(?:before|by|no later than|not after|not later than)\b"),
}


def named_clock(text: str, locale: str, hours: tuple[dt.time, dt.time] | None = None) -> str | None:
    """The clock time ("HH:MM") the caller named for the callback ("márcame mañana a las diez", "call me at three
    tomorrow"), as it will ring (afternoon when the morning is before anyone calls), else None: a delay ("en una
    hora") or a day alone names none."""
    lang = lang_of(locale)
    s = _digitized(text, lang)
    if _duration(s, lang) is not None or _LIMIT_BEFORE[lang].search(fold(text)):
        return None
    clock = _clock(text, s, lang, hours or DEFAULT_CALLING_HOURS)
    return clock.strftime("%H:%M") if clock is not None else None


def _callback_moment(text: str, locale: str, now: dt.datetime,
                     hours: tuple[dt.time, dt.time] | None) -> tuple[int, dt.datetime | None] | None:
    """The minutes from `now` to the callback asked for, and the moment it rings when the one named was moved into
    the calling hours (else None); None when no time was named."""
    lang = lang_of(locale)
    hours = hours or DEFAULT_CALLING_HOURS
    s = _digitized(text, lang)
    minutes = _duration(s, lang)
    if minutes is not None:
        return minutes, None
    offset = _day_offset(s, lang, now.date())
    part = _part(s, lang)
    clock = _clock(text, s, lang, hours)
    if offset is None and part is None and clock is None:
        return None
    start = hours[0]
    when = clock or _PART_START.get(part or "") or start
    target = (now + dt.timedelta(days=offset or 0)).replace(hour=when.hour, minute=when.minute, second=0, microsecond=0)
    if target <= now:
        if offset is None and part is not None and clock is None and now.time() < _PART_END[part]:
            target = now + dt.timedelta(minutes=30)  # "en la tarde" said in the afternoon: a bit later today
        elif offset in (None, 0):
            target += dt.timedelta(days=1)
        else:
            target = now + dt.timedelta(minutes=30)
    placed = _inside_hours(target, hours)
    moved = placed if placed != target and clock is not None else None  # (a day or a part of it names no hour)
    return max(1, math.ceil((placed - now).total_seconds() / 60)), moved


__all__ = ["DEFAULT_CALLING_HOURS", "MONTHS", "WEEKDAYS", "callback_delay", "moved_callback", "named_clock",
           "named_day", "names_a_time", "names_week_only", "names_another_day", "parse_calling_hours"]
