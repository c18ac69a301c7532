"""`time`: a time of day, "HH:MM" on the 24-hour clock; needs the call's clock ("en dos horas")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..accumulators import Accumulator, SimpleAccumulator, Status
from ..integers import digits_in
from ..normalize import fold, lang_of
from ..numbers import NUMBER_WORDS, cut_by_pause
from ..readback import time_readback
from ..times import day_part_said, extract_time, minutes_added, moved_to_day_part, said_on_24_hour_clock
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


# The minutes of an hour said on their own, as the rest of a time cut by a pause: "y media", "y cuarto",
# "y diez", "menos cuarto"; a bare number of minutes ("quince", "thirty", "forty-five", "oh five") only after an
# hour cut by a pause (see `_bare_minutes`). Each may end with the part of the day
# ("y media de la tarde", "thirty p.m.").
_JOINED_MINUTES = re.compile(r"^(?:y|and|menos|con)\s+\S")
_MINUTE_WORDS = frozenset(("oh", "o", "y", "and"))
_HOUR_ONLY = re.compile(r"^\d{1,2}:00$")


def _words_but_day_part(folded: str) -> list[str]:
    """The words and digit runs of a folded turn with its part of the day left out ("diez de la noche" - diez)."""
    return re.findall(r"[a-z]+|\d+", _PART_OF_DAY.sub(" ", folded))


def _bare_minutes(folded: str, locale: str, hour24: int | None = None) -> bool:
    """Whether a turn is a number of minutes alone (1-59), with at most the part of the day after it. After an
    hour said on the 24-hour dial (`hour24`: "Dieciocho", 18) also 10-12 are ("diez." - 18:10): a caller who
    says the hours so would say another hour so too ("veintidós"), never "diez". A single digit alone is no
    minutes even then: minutes 1-9 are said with their zero ("dieciocho cero seis", "oh five"), and a listener
    hears "Dieciocho" - "Seis." as the hour again on the 12-hour dial (six p.m., 18:00), "siete" as another
    hour; nor is the hour's own 12-hour number ("Veintidós" - "Diez." is ten p.m., 22:00)."""
    words = _words_but_day_part(folded)
    if not words or words[0] in ("y", "and") or not all(w in NUMBER_WORDS or w.isdigit() or w in _MINUTE_WORDS
                                                        for w in words):
        return False
    digits = digits_in(" ".join(w for w in words if w not in ("oh", "o")), locale) or ""
    if not digits.isdigit():
        return False
    minutes = int(digits)
    # "tres", "four" alone may be the hour said again or another hour: only minutes no clock hour is
    # ("quince", "thirty", "forty-five"), or said as minutes ("oh five", "cero cinco")
    said_as_minutes = words[0] in ("oh", "o") or (digits.startswith("0") and len(digits) == 2)
    return 12 < minutes < 60 or (said_as_minutes and 0 < minutes < 10) \
        or (hour24 is not None and 9 < minutes < 60 and minutes != hour24 - 12)


# The words of a minute named alone, after its joining word: "y cuarto", "y tres cuartos", "con diez",
# "menos veinte", "and a quarter"; "minutos", "de retraso", "tarde" and the like make it a count of minutes.
_MINUTE_NAMES = frozenset(("media", "cuarto", "cuartos", "half", "quarter", "a"))


def _only_the_minute(folded: str) -> bool:
    """Whether a turn opened by "y" / "con" / "menos" is only the minute of the hour named (with at most the part
    of the day after it): "y tres cuartos", "menos cuarto de la tarde" are; "y cinco minutos", "con diez minutos
    de retraso" are not."""
    words = _words_but_day_part(folded)[1:]
    return bool(words) and all(w in NUMBER_WORDS or w.isdigit() or w in _MINUTE_NAMES for w in words)


# Minutes said as a delay or a margin, never the minute of the hour: "con diez minutos de retraso", "y cinco
# minutos más", "ten minutes late", "and a few minutes more".
_DELAY = re.compile(r"\b(?:retras\w*|atras\w*|demora\w*|retardo|tarde|mas|late|later|delay\w*|more|extra)\b")


# What may come with a part of the day said alone ("pues de la tarde", "en la noche", "sí, p.m.").
_DAY_PART_FILLER = re.compile(r"\b(?:de|en|por|la|y|pues|este|eh|si|yes|uh|um|and|its|thats|in|the)\b")


class TimeAccumulator(SimpleAccumulator):
    """A time, complete on its first valid extraction, whose half of the day the caller may correct at the
    read-back without saying the hour again ("no, de la noche" at "7 de la mañana", "in the evening" at
    "7 AM"): `edit` moves the value read back to that half. An hour said without its minutes is read back at
    once, and its minutes said next, at that read-back ("A las tres" - "y media."), make one time with it
    (`goes_on`), as a listener hears a time cut by a pause."""

    _shares_options = True  # read only by the engine's code (see `Accumulator.__deepcopy__`)

    def goes_on(self, text: str) -> bool:
        return self._continued(text) is not None

    def _continued(self, text: str) -> str | None:
        """The time the hour read back makes with `text` when `text` is its minutes alone ("y media",
        "menos cuarto", "y diez de la tarde"; a bare "quince" / "thirty" only after an hour cut by a pause,
        "A las tres" but not "A las tres."); None for any other turn (an answer, a correction, a time)."""
        said = self.said
        if not isinstance(text, str) or not isinstance(said, str) or not isinstance(self.value, str):
            return None
        folded = fold(text).strip(" ,.;:!?¡¿-")
        day_part = self._day_part_after(said, folded)
        if day_part is not None:
            return day_part
        if self._same_hour_again(said, folded) is not None:
            return self.value
        added = minutes_added(text, self.locale)
        if added is not None:
            # "A las tres" - "y cinco minutos más": minutes more than the time read back (15:05), as a listener
            # hears them - never a duration counted from the call's clock
            total = (int(self.value[:2]) * 60 + int(self.value[3:5]) + added) % (24 * 60)
            return f"{total // 60:02d}:{total % 60:02d}"
        joined = bool(_JOINED_MINUTES.match(folded))
        if not _HOUR_ONLY.match(self.value):
            return self._minutes_again(folded) if joined else None
        if joined and _DELAY.search(_PART_OF_DAY.sub(" ", folded)):
            return None  # "A las tres" - "con diez minutos de retraso": a delay, never 3:10
        if not joined and not (cut_by_pause(said) and _bare_minutes(folded, self.locale,
                                                                   self._hour_on_24_hour_clock(said, folded))):
            return None
        head = said.rstrip(" ,.;:!?…-")
        for whole in ((f"{head} {text}",) if joined else (f"{head} {text}", f"{head} y {text}")):
            value = extract_time(whole, self.locale, self.options)
            # bare minutes go on with the hour held, never move it ("Dieciocho horas" - "Diez." is no 0:10)
            if value is not None and value != self.value and not _HOUR_ONLY.match(value) \
                    and (joined or value[:2] == self.value[:2]):
                return value
        return None

    def _same_hour_again(self, said: str, folded: str) -> str | None:
        """ "Dieciocho" - "Seis.", "A las diecisiete" - "cinco de la tarde": the hour read back on the 24-hour
        dial said again on the 12-hour one. A listener hears the same hour put another way - never its minutes
        (18:06), never a yes either: the caller may have meant "diecisiete cero cinco" and only the read-back in
        the caller's own words lets them say so ("no, y cinco"). The hour held (as read back anew), else None."""
        if not isinstance(self.value, str) or not _HOUR_ONLY.match(self.value) \
                or not said_on_24_hour_clock(said, self.locale) or said_on_24_hour_clock(folded, self.locale) \
                or _JOINED_MINUTES.match(folded):
            return None
        value = extract_time(folded, self.locale, {**self.options, "near": self.value})
        return self.value if value == self.value else None

    def _minutes_again(self, folded: str) -> str | None:
        """ "A las 3:30" - "y cuarto.": other minutes alone after a whole time read back put its minutes right
        (3:15), as a listener hears a caller who fixes the part misheard; the hour and its half of the day stay.
        None when the turn is more than the minutes ("y cuarto para las cuatro" is a time of its own), or when
        it counts minutes rather than names the minute (`_only_the_minute`): "con diez minutos de retraso" is
        a delay, "y cinco minutos" at 5:30 / "menos diez minutos" at 3:30 more or fewer minutes than read back
        (5:35? 3:20?) - no listener hears 5:05 or 2:50 in them, and the value stands, read back again."""
        if extract_time(folded, self.locale, self.options) is not None or not _only_the_minute(folded):
            return None
        value = extract_time(f"{int(self.value[:2])} {folded}", self.locale, self.options)
        if value is None or value[:2] != self.value[:2] and not folded.startswith("menos"):
            return None
        return value if value != self.value else None

    def _hour_on_24_hour_clock(self, said: str, folded: str) -> int | None:
        """The hour held (13-23) when a bare number 10-59 after the hour `said` is its minutes: the hour was
        said on the 24-hour dial ("Dieciocho" - "diez." 18:10), and the turn has no part of the day - one goes
        with an hour, never with minutes after a 24-hour one: "Seis de la tarde." at 18:00 is that hour again on
        the 12-hour dial, "Diez de la noche." another (22:00). None otherwise."""
        if not said_on_24_hour_clock(said, self.locale) or _PART_OF_DAY.search(folded) \
                or not isinstance(self.value, str):
            return None
        return int(self.value[:2])

    def _day_part_after(self, said: str, folded: str) -> str | None:
        """ "Cuatro y cuarto." - "De la tarde.", "Ocho y diez" - "de la noche.": the part of the day alone, after a
        time said without one, is the end of that time (16:15, 20:10), read together with it; None otherwise."""
        if not _PART_OF_DAY.search(folded) or _PART_OF_DAY.search(fold(said)) \
                or re.search(r"[a-z0-9]", _DAY_PART_FILLER.sub(" ", _PART_OF_DAY.sub(" ", folded))):
            return None
        value = extract_time(f"{said.rstrip(' ,.;:!?…-')} {folded}", self.locale, self.options)
        return value if isinstance(value, str) and self.value and value[3:] == self.value[3:] else None

    def _feed(self, text: str) -> Status:
        continued = self._continued(text)
        if continued is None:
            return super()._feed(text)
        if continued == self.value:
            # the same hour said again on the 12-hour dial: read back as the caller said it now ("5 de la tarde")
            self.said = text
            return "corrected"
        # "A las tres" + "y media.": the whole time as one saying, so its read-back knows how it was said
        self.said = f"{(self.said or '').rstrip(' ,.;:!?…-')} {text}"
        self.value, self.complete = continued, True
        return "corrected"

    def edit(self, text: str) -> bool:
        moved = moved_to_day_part(self.value, text, self.locale) if isinstance(self.value, str) else None
        if moved is None or moved == self.value:
            return False
        self.value, self.complete, self.said = moved, True, text
        return True


def _start(locale: str, options: Options) -> Accumulator:
    return TimeAccumulator("time", locale, options, extract=extract_time,
                           readback=lambda value: _readback(value, locale, False, None))


def _counts_from_now(text: str, locale: str) -> bool:
    """Whether the time a turn says is counted from the clock ("en dos horas", "mejor dos horas"): read at two
    nearby clocks it moves with them, where a time of the clock ("a las cinco") stays."""
    early, later = (extract_time(text, locale, {"now": now}) for now in ("01:00", "01:10"))
    return early is not None and later is not None and early != later


# A word offering the time said as a change ("mejor dos horas", "better make it two hours"): the caller means another
# time than the one read back.
_OFFERED_AS_CHANGE: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:mejor|mas bien|digo|ponle|ponlo|ponme|cambialo)\b"),
    "en": re.compile(r"\b(?:better|rather|instead|make it|i mean|change it)\b"),
}


def _restates(pending: Any, said: Any, text: str, locale: str) -> bool:
    """After a yes, the same time, or the same hour on the other half of the day when the caller did not
    say which half ("sí, a las cinco" at 5 de la mañana): the yes stands."""
    if said == pending and _counts_from_now(text, locale) \
            and _OFFERED_AS_CHANGE[lang_of(locale)].search(fold(text)):
        # "Mejor dos horas" at 17:00 when it is 15:00: offered as another time, it comes to the one read back -
        # read it back again. Without a word of change ("en dos horas", "sí, más o menos en dos horas") the
        # caller only says the read-back's time their way: reading the same clock back again would go round
        # and round with them
        return False
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
    options=frozenset({"pattern", "hours"}),
    needs_clock=True,
    approximate=True,
    eval_kinds={"eta": extract_time},
    description='a time of day, "HH:MM" 24 h (the call\'s clock resolves "en dos horas")',
    order=50,
)
