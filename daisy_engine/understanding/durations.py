"""Spoken durations -> minutes ("en media hora" -> 30, "in an hour and a half" -> 90).

Used for reschedule requests and relative ETAs. Works on digitized text (`numbers.digitize`).
Seconds round up to whole minutes ("en diez segundos" -> 1).
Diminutives count as their unit ("diez minutitos" -> 10, "una horita" -> 60); vague amounts ("un
ratito", "a while") are no duration. Absurd amounts are taken as misheard and give None: anything over
7 days, and minutes counted past a day ("diez mil minutos": nobody says that on purpose).
"""

from __future__ import annotations

import re

from .normalize import Lang

# The words that put a duration after now ("en diez minutos", "dentro de una hora", "in ten minutes"): a regex
# alternation, for the arrival (`times`) and the callback (`callback_times`) readers alike.
FROM_NOW: dict[Lang, str] = {"es": "en|dentro de|de aqui a|de aca a", "en": "in|within"}

MAX_MINUTES = 7 * 24 * 60
# An amount said *in minutes* above this is a mishearing, not a plan ("en diez mil minutos").
MAX_MINUTES_UNIT = 24 * 60

_H = r"(\d{1,6})"
_HOUR_ES = r"(?:horas?|hrs?|horitas?)"
_MIN_ES = r"(?:minutos?|mins?|minutitos?)"
# "con" before minutes ("dos horas con veinte", "con quince minutos", "hora con cinco me marcas"), never before
# a count of what the trip holds ("dos horas con dos paradas", "con tres entregas"): those are no minutes.
_CON_MINUTES = (r"con(?! \d{1,2} (?:paradas?|cargas?|descansos?|escalas?|comidas?|entregas?|cajas?|casetas?|"
                r"vueltas?|horas?)\b)")
_HOUR_EN = r"(?:hours?|hrs?)"
_MIN_EN = r"(?:minutes?|mins?)"
# formula: "h*60+N" hours then N minutes; "h*60+m" hours and minutes ("dos horas y veinte", "two hours
# twenty"); "60+m" an hour and minutes ("una hora quince"); "h*60"; "m" minutes; "N" fixed.
_RULES: dict[Lang, tuple[tuple[re.Pattern[str], str], ...]] = {
    "es": tuple(
        (re.compile(p), f)
        for p, f in (
            (rf"\b{_H} {_HOUR_ES} y media\b", "h*60+30"),
            (rf"\b{_H} {_HOUR_ES} y tres cuartos\b", "h*60+45"),
            (rf"\b{_H} {_HOUR_ES} (?:y|con) (?:un )?cuarto\b", "h*60+15"),
            (r"\b(?:(?:una|1) )?(?:hora|horita) y media\b", "90"),
            (r"\b(?:(?:una|1) )?(?:hora|horita) y tres cuartos\b", "105"),
            (r"\b(?:(?:una|1) )?(?:hora|horita) (?:y|con) (?:un )?cuarto\b", "75"),
            # "dos horas con veinte", "una hora con diez": the Mexican "con" joins the minutes as "y" does
            (rf"\b{_H} {_HOUR_ES} (?:y|{_CON_MINUTES}) {_H}(?: {_MIN_ES})?\b", "h*60+m"),
            (rf"\b{_H} {_HOUR_ES} {_H}(?: {_MIN_ES})?\b", "h*60+m"),
            (rf"\b(?:una|1) (?:hora|horita) {_H}(?: {_MIN_ES})?\b", "60+m"),
            # "una hora y quince", "hora y veinte": an hour and minutes, the unit of the minutes left out
            (rf"\b(?:(?:una|1) )?(?:hora|horita) (?:y|{_CON_MINUTES}) {_H}(?: {_MIN_ES})?\b", "60+m"),
            (r"\bmedia (?:hora|horita)\b", "30"),
            (r"\b(?:tres|3) cuartos de hora\b", "45"),
            (r"\b(?:un )?cuarto de hora\b", "15"),
            (rf"\b{_H} {_HOUR_ES}\b", "h*60"),
            (rf"\b(?:un )?par de {_HOUR_ES}\b", "120"),
            (r"\b(?:una|1) (?:hora|horita)s?\b", "60"),
            (rf"\b{_H} {_MIN_ES}\b", "m"),
            (rf"\b(?:un )?par de {_MIN_ES}\b", "2"),
            (r"\b(\d{1,6}) (?:segundos?|segunditos?|segs?)\b", "s"),
            # half a minute is the shortest delay there is, a minute ("aguántame medio minuto")
            (r"\bmedio (?:minuto|minutito)\b", "1"),
            # ... and so is a minute or a second said with its article after "en" ("me marcas en un minuto", "en un
            # segundo"); alone it is a hold ("un segundo") or no time at all ("no tengo ni un minuto")
            (r"(?<=\ben )(?:un|1) (?:minuto|minutito|segundo|segundito)\b", "1"),
        )
    ),
    "en": tuple(
        (re.compile(p), f)
        for p, f in (
            (rf"\b{_H} and a half {_HOUR_EN}\b", "h*60+30"),
            (rf"\b{_H} and (?:a|one) quarter {_HOUR_EN}\b", "h*60+15"),
            (rf"\b{_H} {_HOUR_EN} and a half\b", "h*60+30"),
            (rf"\b{_H} {_HOUR_EN} and (?:a|one) quarter\b", "h*60+15"),
            (r"\b(?:(?:an?|1|one) )?hour and a half\b", "90"),
            (r"\b(?:(?:an?|1|one) )?hour and (?:a|one) quarter\b", "75"),
            (rf"\b{_H} {_HOUR_EN} and {_H}(?: {_MIN_EN})?\b", "h*60+m"),
            (rf"\b{_H} {_HOUR_EN} {_H}(?: {_MIN_EN})?\b", "h*60+m"),
            (rf"\b(?:an?|one|1) hour {_H}(?: {_MIN_EN})?\b", "60+m"),
            # "an hour and fifteen": an hour and minutes, the unit of the minutes left out
            (rf"\b(?:an?|one|1) hour and {_H}(?: {_MIN_EN})?\b", "60+m"),
            (r"\bhalf (?:an )?hour\b", "30"),
            (r"\b(?:3|three) quarters of an hour\b", "45"),
            (r"\b(?:a )?quarter (?:of an )?hour\b", "15"),
            (rf"\b{_H} {_HOUR_EN}\b", "h*60"),
            (r"\b(?:a )?couple (?:of )?hours\b", "120"),
            (r"\b(?:an?|one) hour\b", "60"),
            (rf"\b{_H} {_MIN_EN}\b", "m"),
            (r"\b(?:a )?couple (?:of )?minutes\b", "2"),
            (r"\b(\d{1,6}) (?:seconds?|secs?)\b", "s"),
            (r"\bhalf (?:a )?minute\b", "1"),
            # ("call me back in a minute"; not "give me a second", "I don't have a minute")
            (r"(?:(?<=\bin )|(?<=\bwithin ))(?:a|one|1) (?:minute|second|sec)\b", "1"),
        )
    ),
}


def find_duration(digitized: str, lang: Lang) -> tuple[int, int, int | None] | None:
    """(start, end, minutes) of the first duration mentioned; minutes None when absurd (see module doc)."""
    best: tuple[int, int, int | None] | None = None  # the earliest mention wins; at a tie the first rule
    for rx, formula in _RULES[lang]:
        m = rx.search(digitized)
        if not m or (best and m.start() >= best[0]):
            continue
        nums = [int(g) for g in m.groups() if g is not None]
        minutes: int | None
        if formula.startswith("h*60+") and formula != "h*60+m":
            minutes = nums[0] * 60 + int(formula[5:])
        elif formula == "h*60+m":
            minutes = nums[0] * 60 + nums[1] if nums[1] < 60 else None
        elif formula == "60+m":  # "una hora quince", "an hour fifteen"
            minutes = 60 + nums[0] if nums[0] < 60 else None
        elif formula == "h*60":
            minutes = nums[0] * 60
        elif formula == "m":
            minutes = nums[0] if nums[0] <= MAX_MINUTES_UNIT else None
        elif formula == "s":  # "en diez segundos": the shortest delay there is, a minute
            minutes = max(1, -(-nums[0] // 60)) if nums[0] <= MAX_MINUTES_UNIT * 60 else None
        else:
            minutes = int(formula)
        if minutes is not None and not 0 < minutes <= MAX_MINUTES:
            minutes = None
        best = (m.start(), m.end(), minutes)
    return best


# A duration taken back in the same breath: "en una hora... no, espérate, mejor en dos", "in ten minutes, no,
# make it twenty", "en dos horas, digo, en tres". Only words of correcting may stand between the "no" (or
# "mejor", "actually") and the new amount: "en una hora, no tengo 2 cargas" takes nothing back.
_TAKE_BACK_WORDS: dict[Lang, str] = {
    "es": r"\b(?:no|mejor|digo|perdon|mas bien|o sea)\b"
          r"(?: (?:no|espera|esperate|esperame|perdon|mejor|digo|mas bien|o sea|bueno|mejor dicho|sabes que|"
          r"ponle|ponlo|ponme|pon|dejalo|dejalo en|cambialo a))*",
    "en": r"\b(?:no|actually|make it|i mean|rather|sorry|better)\b"
          r"(?: (?:no|wait|hold on|actually|sorry|make it|i mean|better|rather|lets say|say|better yet|"
          r"put|put me down for|put it at|change it to|change that to))*",
}
# (read where a delay is asked for in other words too: "give me twenty... no, thirty minutes")
DELAY_TAKE_BACK_WORDS = _TAKE_BACK_WORDS
_TAKE_BACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(_TAKE_BACK_WORDS["es"]
                     + r" (?:(?:en|dentro de|de aqui a|como en|unos|unas|como|de) )*(\d{1,3})\b"
                     r"(?! ?(?:de |del |:|\d))"),
    "en": re.compile(_TAKE_BACK_WORDS["en"]
                     + r" (?:(?:in|within|about|like|say|an|another) )*(\d{1,3})\b(?! ?(?::|\d))"),
}
# ... or a whole duration said again with no figure in it ("en hora y cuarto... no, en hora y media mejor", "in an
# hour, no, in half an hour"): the duration that starts right after the take-back words.
_TAKE_BACK_BEFORE: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(said + r" ") for lang, said in _TAKE_BACK_WORDS.items()
}


_BEFORE_A_DELAY = re.compile(r"(?:(?:en|dentro de|de aqui a|como en|unos|unas|como|in|within|about|like|say) )*")


def _duration_said_again(digitized: str, lang: Lang, after: int) -> tuple[int, int | None] | None:
    """(where, minutes) of the last duration said whole right after take-back words past `after`, or None."""
    found = None
    for m in _TAKE_BACK_BEFORE[lang].finditer(digitized, after):
        rest = digitized[m.end():]
        again = find_duration(rest, lang)
        if again is not None and _BEFORE_A_DELAY.fullmatch(rest[: again[0]]):
            found = (m.start(), again[2])
    return found
# An amount said again as a delay ("mejor en dos", "make it two"): whatever follows it, it is one.
_DELAY_SAID: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:en|dentro de|de aqui a|mejor|digo|mas bien|mejor dicho|ponle|ponlo|ponme|pon|dejalo|"
                     r"cambialo a)\b"),
    "en": re.compile(r"\b(?:in|within|make it|i mean|better|rather|lets say|say|put|put me down for|put it at|"
                     r"change it to|change that to)\b"),
}
# Else, what may follow the bare amount said again: its unit, more of it ("y media"), the turn's end or a pause (the
# digitized text has no punctuation), or the words of asking for the call ("en dos, por favor").
_AMOUNT_ENDS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r" ?(?:$|[.,;!?\u2026]|(?:hor|minut|min\b|y\b|mas\b|por favor|porfa|mejor|me\b|le\b|te\b|"
                     r"ok|okey|va\b|sale|gracias|bueno|entonces|pues|ahi\b|nomas|si\b))"),
    "en": re.compile(r" ?(?:$|[.,;!?\u2026]|(?:h(?:ou)?rs?\b|hour|min|and\b|please|thanks|ok|okay|then|instead|"
                     r"tops|or so|ish|would|will|works|is|sounds|better|yeah|if\b))"),
}
# A first amount said without its unit as a delay ("en diez", "in ten"): minutes (see `corrected_duration`).
_BARE_FIRST: dict[Lang, re.Pattern[str]] = {
    # (or asked for: "dame chance de diez... no, mejor de quince", "give me twenty... no, thirty")
    "es": re.compile(rf"\b(?:{FROM_NOW['es']}|(?:dame|deme|denme|me das)(?: un)?(?: chance de| chance)?)"
                     r" (?:unos |como |otros )?(\d{1,3})\b(?! ?(?:\d|:|de |del |y |am\b|pm\b))"),
    "en": re.compile(rf"\b(?:{FROM_NOW['en']}|give me|gimme) (?:about |like |another |say )?(\d{{1,3}})\b"
                     r"(?! ?(?:\d|:|and |am\b|pm\b))"),
}
# What goes on with an amount said again ("5 y media", "5 and a half", "2 con 10"): not a whole count of it.
_MORE_OF_IT = re.compile(r" ?(?:y|and|con)\b")
_HOUR_WORD: dict[Lang, re.Pattern[str]] = {"es": re.compile(r"\bhor"), "en": re.compile(r"\bh(?:ou)?rs?\b")}


# "márcame en una hora, no en media hora": a "no" run straight into "en" + a delay, no pause between, rules that
# delay out ("not in half an hour") where "no, en media hora" takes the first back. Read on the turn as said: the
# digitized text has lost the comma that tells them apart.
_RULED_OUT_DELAY = re.compile(r"\bno en (?:media|una|un|unos|unas|\d|[a-z]+ (?:minutos?|horas?)\b)", re.IGNORECASE)


def _delay_ruled_out(said: str, lang: Lang) -> bool:
    """Whether the turn as said rules a delay out with "no en ..." (Spanish; English says "not in", no take-back)."""
    return lang == "es" and _RULED_OUT_DELAY.search(said) is not None


# A duration said after a take-back and itself ruled out at once ("márcame en media hora, no, en una hora no porque voy
# a estar cargando", "call me in half an hour, no, not in an hour, I'll be loading"): the first one stands.
_RULED_OUT_AFTER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\s*[,.;]?\s*no\b(?! (?:se|mas|mejor|espera|digo|perdon)\b)"
                     r"(?:\s*[,.;]|\s+(?:porque|que|pues|ya que|voy|estoy|ando|tengo)\b|\s*$)"),
    "en": re.compile(r"\s*[,.;]?\s*(?:no|not then|thats no good)\b(?:\s*[,.;]|\s+(?:because|cause|since|ill|im)\b"
                     r"|\s*$)"),
}


def _said_again_ruled_out(digitized: str, lang: Lang, at: int | None) -> bool:
    """Whether the duration said again from `at` (None: none) is followed by a "no" that rules it out."""
    if at is None:
        return False
    again = find_duration(digitized[at:], lang)
    return again is not None and _RULED_OUT_AFTER[lang].match(digitized, at + again[1]) is not None


def corrected_duration(digitized: str, lang: Lang, said: str | None = None) -> int | None:
    """Minutes of a duration said again after the first was taken back ("en una hora, no, mejor en dos" ->
    120), or None when none was taken back. An amount said again without its unit keeps the first one's
    ("dos" after "una hora" is two hours; "cuarenta" after "media hora" is minutes: nobody says forty hours).
    `said`: the turn with its marks (folded), where "no en media hora" rules the delay out (see
    `_RULED_OUT_DELAY`): then none was taken back."""
    if said is not None and _delay_ruled_out(said, lang):
        return None
    first = find_duration(digitized, lang)
    unit_said = first is not None
    if first is None:
        # "call me in ten, no, make it twenty", "llámame en diez, no, mejor en veinte": the first amount said
        # without its unit after "in"/"en" is minutes, as people say them
        bare = _BARE_FIRST[lang].search(digitized)
        if bare is None:
            return None
        first = (bare.start(1), bare.end(1), int(bare.group(1)))
    found = None
    for said_again in _TAKE_BACK[lang].finditer(digitized, first[1]):
        found = said_again  # the last one taken back counts
    whole = _duration_said_again(digitized, lang, first[1]) if unit_said else None
    if unit_said and _said_again_ruled_out(digitized, lang, whole[0] if whole is not None
                                           else found.start(1) if found is not None else None):
        return first[2]  # "en media hora, no, en una hora no porque...": the second one ruled out, the first stands
    if whole is not None and (found is None or whole[0] > found.start()):
        return whole[1]  # "en hora y cuarto, no, en hora y media": the whole duration said again
    if found is None:
        return None
    again = find_duration(digitized[found.start(1):], lang)
    if again is not None and again[0] == 0:
        return again[2]
    if not _DELAY_SAID[lang].search(found.group(0)) and not _AMOUNT_ENDS[lang].match(digitized, found.end(1)):
        return None  # "en una hora, no, 2 cargas": a count of something else, no delay said again
    if not unit_said and _MORE_OF_IT.match(digitized, found.end(1)):
        return None  # "en 5, no, en 5 y media": no count of minutes said again (a clock time, or hours)
    amount = int(found.group(1))
    # "media hora, mejor en cuarenta" is forty minutes: a count of hours is a small one
    in_hours = _HOUR_WORD[lang].search(digitized[first[0]:first[1]]) is not None and amount <= 12
    minutes = amount * 60 if in_hours else amount
    return minutes if 0 < minutes <= MAX_MINUTES else None


def duration_minutes(digitized: str, lang: Lang) -> int | None:
    """Minutes of the first duration mentioned, or None when there is none (or it is absurd)."""
    found = find_duration(digitized, lang)
    return found[2] if found else None
