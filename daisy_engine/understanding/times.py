"""The `time` slot: a spoken clock time -> "HH:MM" (24 h).

Rule for the part of day: a time is taken *as said* ("tres y cuarto" -> 03:15) unless the caller says
which half of the day it is. "de la tarde", "pm", "in the afternoon/evening" add 12 to hours 1-11;
"de la noche", "at night", "tonight" add 12 to hours 5-11 and make 12 midnight; "de la mañana", "am",
"in the morning", "de la madrugada" keep the hour (12 am is 00:00). Hours above 12 are 24 h already.
The flow's confirmation step is where "03:15" becomes "15:15" if the caller meant the afternoon.

So "at 5 tonight" -> 17:00, "hoy en la tarde a las 4" -> 16:00, "a las 5 de la madrugada" -> 05:00,
and a bare "a las 5" stays 05:00 (the flow asks am/pm or confirms).

With options["now"] (the runtime passes the call's local time), a bare 12-hour clock time - an hour
said as 1-11 (or "quarter to one"/"to twelve"), no am/pm, no part of the day, no noon/midnight, no
"mañana"/"tomorrow" - is the *next occurrence* at or after now of that time on the 12-hour dial: an
ETA is in the future. At 08:17 "4:15" -> 16:15 and "10" -> 10:00; at 15:00 "4" -> 16:00 and "2" ->
02:00 (14:00 has passed, so the next 2 o'clock is tomorrow's early hours); at 10:00 "10" -> 10:00.
Never shifted: 24-hour forms ("16:15", "dieciséis quince", "diecisiete horas"), zero-padded hours
("04:15", "0415"), 12 ("12:30" stays 12:30), and any explicit marker. Without now, nothing changes.

Durations are not clock times: a duration ("dos horas y media", "in two hours", "una hora y cuarto")
introduced by "en"/"dentro de"/"faltan"/"in"/"within" or an approximation ("unas", "como", "about")
is relative. Without a clock it gives None; with options["now"] ("HH:MM", a `datetime.time` or a
`datetime.datetime`) it is added to it. A clock time said in the same turn wins ("a las 5, en unas
dos horas" -> 05:00). "diecisiete horas" with no such marker is the clock time 17:00. Minutes may go
unsaid after "in"/"en" ("should be there in forty-five", "llego en unos veinte": 5-59 minutes); hours
and minutes need no "y"/"and" ("in an hour fifteen"). When the caller says what time it is for them
("ahorita son las tres, llego en unas dos horas"), their clock is the one counted from (on the half of
the day nearest the call's clock).

A bare hour is a time when the caller settles on it ("ponle siete", "calcúlale seis", "call it seven", "make
it seven") or hedges it ("como siete", "siete más o menos", "seven-ish") with nothing else after it in the
clause ("tengo como siete cajas" counts boxes); before hours the same words make a duration from now ("ponle
dos horas"). Road still ahead is a duration from now too ("dos horas y media de camino todavía", "three more
hours of driving").

A range ("entre cinco y seis", "cinco o cinco y media", "de cinco a seis", "from five to six", "en dos o
tres horas") gives its later end. Two times one after the other with no joining word ("cuatro y media,
cinco") are no range: the first is taken.

options["near"] ("HH:MM"): the time read back that the caller is correcting. A 12-hour time with no part
of the day is then put on the half of the day that fits it ("sí, como a las cinco y cuarto" at 17:00 ->
17:15 even after 17:15 has passed): the one still to come when the time read back is too and only one
is, else the one nearer the time read back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from .durations import FROM_NOW, corrected_duration, find_duration
from .normalize import (
    Lang,
    after_correction,
    drop_fillers,
    fold,
    lang_of,
    last_match,
    strip_filler_phrases,
    wordset,
)
from .numbers import digitize, prepare_tokens
from .turn_cache import turn_cache

_TOKEN_RE = re.compile(r"\d{1,2}:\d{2}|[a-z]+|\d+")
_H = r"(\d{1,2})"

# Each rule: (regex over digitized text, kind). Kinds say how groups become (hour, minute).
_RULES: dict[Lang, tuple[tuple[re.Pattern[str], str], ...]] = {
    "es": tuple(
        (re.compile(p), k)
        for p, k in (
            (r"\b(\d{1,2}):(\d{2})\b", "hm"),
            (rf"\b(\d{{1,2}}|cuarto)(?: minutos?)? (?:para|pa) (?:las|la) {_H}\b", "to"),
            (rf"\b{_H} (?:horas )?menos (\d{{1,2}}|cuarto)\b", "minus"),
            (rf"\b{_H} (?:horas )?(?:y|con) (media|cuarto|(?:tres|3) cuartos|\d{{1,2}})(?: minutos?)?\b", "hm"),
            (rf"\b{_H} (\d{{2}})\b", "hm"),
            (r"\b(\d{3,4})\b", "hhmm"),
            (rf"\b{_H}\b", "h"),
        )
    ),
    "en": tuple(
        (re.compile(p), k)
        for p, k in (
            (r"\b(\d{1,2}):(\d{2})\b", "hm"),
            (rf"\b(half|quarter|\d{{1,2}})(?: minutes?)? (?:past|after) {_H}\b", "past"),
            (rf"\b(quarter|\d{{1,2}})(?: minutes?)? (?:to|till|til|before) {_H}\b", "to"),
            (rf"\b{_H} (\d{{2}})\b", "hm"),
            (r"\b(\d{3,4})\b", "hhmm"),
            (rf"\b{_H}\b", "h"),
        )
    ),
}
_WORD_MINUTES = {"media": 30, "half": 30, "cuarto": 15, "quarter": 15, "tres cuartos": 45,
                 "3 cuartos": 45}  # "tres" is a digit by the time the rules read the turn

# A bare number is a time only with a clock word around it.
_BEFORE_HOUR = {
    "es": re.compile(r"\b(?:las|la|a las|tipo|eso de las|como a las|antes de las|despues de las)\s*$"),
    "en": re.compile(r"\b(?:at|around|about|by|before|after|till|until|like)\s*$"),
}
# So is a number the caller settles the estimate with ("ponle siete", "calcúlale siete", "call it seven",
# "make it seven") or hedges ("como siete", "unas siete", "probably seven"), when nothing follows it in the
# clause ("tengo como siete cajas" counts boxes) but a hedge or a time word.
_SETTLING: dict[Lang, str] = {
    "es": r"como|unas|ponle|pongale|pon|ponga|ponme|pongame|dile|digale|calculale|calculele|echale|anotale|"
          r"apuntale|anoteme|apunteme",
    "en": r"call it|make it|say|lets say|put me down for|mark me down for|put down|figure|maybe|probably|id say|"
          r"i would say",
}
_SETTLED_BEFORE = {lang: re.compile(rf"\b(?:{words})(?:\s+que)?\s*$") for lang, words in _SETTLING.items()}
_CLAUSE_END = re.compile(r"^\s*(?:$|[,.;:!?\u2026])")
# ... but a figure settled on after a duration said before it is that duration's ("dos horas, no, ponle tres",
# "in two hours, probably three": three hours), never an hour of the clock.
_UNIT_BEFORE = re.compile(r"\b(?:horas?|horitas?|minutos?|hours?|hrs?|minutes?|mins?)\b")
# A figure alone, with the words that settle or hedge it ("ponle unas tres", "make it three", "mejor como tres").
_SETTLED_FIGURE = {
    lang: re.compile(rf"\W*(?:(?:{_SETTLING[lang]}|{extra})(?:\s+que)?\W+)*(\d{{1,2}})\W*")
    for lang, extra in (("es", "mejor|mas bien|digamos|unos|en|dentro de"),
                        ("en", "about|around|like|in|within|lets say"))
}
_AFTER_HOUR = {
    "es": re.compile(r"^\s*(?:horas|hora|hrs|hr|h|en punto|am|pm|de la|del dia|en la|por la|mas o menos|"
                     r"aproximadamente|o algo asi|o asi|o por ahi)\b"),
    "en": re.compile(r"^\s*(?:oclock|o clock|am|pm|in the|at night|tonight|sharp|hours|hundred|or so|ish|"
                     r"give or take|more or less|or thereabouts)\b"),
}
_DURATION_BEFORE = {
    # ... and the end of a range of them: "entre dos y tres horas", "between two and three hours"
    "es": re.compile(r"\b(?:en|dentro de|unas|unos|como en|entre \d{1,2} y)\s*$"),
    "en": re.compile(r"\b(?:in|within|for|another|about|around|between \d{1,2} and)\s*$"),
}
_DURATION_AFTER = {
    "es": re.compile(r"^\s*(?:horas?|hrs?|minutos?|mins?)\b"),
    "en": re.compile(r"^\s*(?:hours?|hrs?|minutes?|mins?)\b"),
}

_PM = {
    # the part of the day may come before the hour and in other words: "ya entrada la tarde, a las cinco",
    # "de tarde", "en la tardecita", "late in the afternoon"
    "es": re.compile(r"\b(?:de|en|por) la tarde(?:cita)?\b|\bpm\b|\besta tarde\b|\bde tarde\b"
                     r"|\bentrad[ao] la tarde\b|\bya (?:en la )?tarde\b"),
    "en": re.compile(r"\bpm\b|\bin the (?:afternoon|evening)\b|\bthis (?:afternoon|evening)\b"
                     r"|\b(?:late|early) (?:afternoon|evening)\b"),
}
# Noon gone by ("a las tres, pasado el mediodía", "después del mediodía, como a las dos", "three, after noon", "a
# little past noon, like two"): the afternoon for an hour that can follow noon (`_AFTER_NOON_HOURS`) - after a
# morning hour it is said of something else ("a las nueve, después del mediodía descargo").
_AFTER_NOON = {
    "es": re.compile(r"\b(?:pasad[oa]|pasadito|pasando|despues|luego) (?:de |del |de el |el )?medio ?dia\b"),
    "en": re.compile(r"\b(?:past|after) (?:12 )?noon\b"),
}
_AFTER_NOON_HOURS = range(1, 8)
_NIGHT = {
    "es": re.compile(r"\b(?:de|en|por) la noche\b|\besta noche\b|\bde noche\b|\bentrad[ao] la noche\b"
                     r"|\bya (?:en la |de )?noche\b"
                     r"|\b(?:ya )?noche(?:cita)?\b(?=\W+(?:como |a eso de |tipo )?a las\b)"),
    "en": re.compile(r"\bat night\b|\btonights?\b|\blate evening\b|\bafter dark\b"),
}
_AM = {
    "es": re.compile(r"\b(?:de|en|por) la manana\b|\bam\b|\b(?:de|en) la madrugada\b"),
    "en": re.compile(r"\bam\b|\bin the morning\b|\bthis morning\b"),
}
# Early in the day said with an hour ("mañana temprano, a las seis y cuarto", "tempranito, como a las siete", "six
# fifteen, early morning"): that hour is in the morning (06:15 even when six has passed today), though no half of
# the day is named to correct a read-back by (`day_part_said`); never "más temprano" (earlier than another time).
_EARLY = {
    "es": re.compile(r"\bmanana (?:muy )?(?:temprano|tempranito)\b|(?<!mas )\btempranito\b"),
    "en": re.compile(r"\b(?:early|tomorrow) morning\b"),
}
_NOON_HOUR = {"es": re.compile(r"\bdel dia\b|\bmediodia\b"), "en": re.compile(r"\bnoon\b|\bmidday\b")}
_NOON = {"es": re.compile(r"\bmedio ?dia\b"), "en": re.compile(r"\bnoon\b|\bmidday\b")}
_MIDNIGHT = {"es": re.compile(r"\bmedia ?noche\b"), "en": re.compile(r"\bmidnight\b")}
# What makes a duration relative to now: "en unas dos horas", "faltan como 20 minutos", "in about an hour".
_RELATIVE = {
    "es": re.compile(rf"(?:\b(?:{FROM_NOW['es']}|faltan?|me faltan?|nos faltan?|quedan?|me quedan?|"
                     r"nos quedan?|unas|unos|como|ponle|pongale|pon|ponga|digamos|calculale|calculele|echale|"
                     # the end of a range: "entre dos y tres horas"
                     r"entre \d{1,3} y|"
                     r"aproximadamente|mas o menos|aprox|otras?|otros?|"
                     # what the navigator says ("el GPS dice cuarenta y cinco minutos", "según el Waze, una hora")
                     r"(?:segun )?(?:el |la |mi )?(?:gps|waze|google|google maps|maps|mapa|navegador|aplicacion|app)"
                     r"(?: (?:me )?(?:dice|marca|esta marcando|esta diciendo|indica|da|pone|calcula))?|"
                     # how far away in time the caller is: "ando a hora y media", "estoy como a dos horas"
                     r"(?:estoy|estamos|esta|ando|andamos|anda|voy|vamos|va|me encuentro|nos encontramos)"
                     r"(?:\s+(?:ya|como|unas?|unos|aproximadamente|mas o menos))*\s+a)\s*)+$"),
    "en": re.compile(rf"(?:\b(?:{FROM_NOW['en']}|another|about|around|like|roughly|approximately|maybe|just|say|"
                     r"give or take|an extra|some|call it|make it|lets say|figure|probably|between \d{1,3} and|"
                     # what the navigator says ("GPS says forty-five minutes", "Google Maps is showing an hour")
                     r"(?:the |my )?(?:gps|waze|google|google maps|maps|nav|navigation|app)(?: (?:says|is saying|shows"
                     r"|is showing|reads|tells me|has me at|puts me at|is telling me))?)\s*)+$"),
}
# Said after a duration, what makes it the time left ("dos horas para llegar", "two hours to go", "left").
# So is the road still ahead ("dos horas y media de camino todavía", "three hours of driving left"): time
# already driven was blanked out before (`_without_trip_so_far`).
_RELATIVE_AFTER = {
    "es": re.compile(r"^\s*(?:mas|de aqui|de aca|para llegar|pa llegar|por delante|que me faltan?|"
                     # being there said in other words ("cuarenta minutos para estar allá", "pa estar con ustedes")
                     r"(?:para|pa) estar (?:ahi|alla|aca|aqui|con ustedes|con usted|contigo)|"
                     r"todavia|aun|de (?:camino|carretera|viaje|manejo)\b(?:\s+(?:todavia|aun|mas|por delante))?|"
                     # the place still ahead: "a dos horas del destino", "a media hora de la entrega"
                     r"(?:del|de (?:el|la|mi|su))\s+(?:destino|entrega|descarga|cliente|bodega|almacen|planta|"
                     r"cedis)|de (?:ahi|alla|llegar))\b"),
    "en": re.compile(r"^\s*(?:away|out|from now|left|to go|more|still to go|to get there|till i get there|"
                     r"to be there|to be here|to be with you|to make it(?: there)?|"
                     r"of (?:driving|road|drive|highway)\b(?:\s+(?:left|to go|ahead))?|"
                     # the place still ahead: "two hours from the drop", "forty minutes from there"
                     r"from (?:the |my |our |your )?(?:destination|drop|delivery|customer|receiver|consignee|"
                     r"warehouse|dock|plant|site|there|you))\b"),
}
# Said after a duration, the arrival it ends in ("cuarenta minutos y estoy en el patio", "media hora y llego",
# "forty minutes and I'm there", "give me an hour and I'll be in the yard"): the duration is the time left.
_ARRIVES_AFTER = {
    "es": re.compile(r"^\W*(?:y|e)\s+(?:ya\s+|luego\s+|de volada\s+)?(?:(?:le|les|te)\s+(?:llego|llegamos|caigo|caemos)"
                     r"|(?:me\s+)?(?:llego|llegamos|caigo|caemos|entro"
                     r"|entramos|me reporto|me presento|descargo)\b"
                     # "y estoy en el patio", "y ya estoy", "y ando allá": where the caller is then; never what
                     # the caller does then ("y estoy comiendo", "y estoy libre") or a stop on the way
                     r"|(?:estoy|estamos|ando|andamos)(?=\W*$|\s+(?:alla|ahi|aqui|aca|con|descargando|entrando"
                     r"|llegando|en\b(?!\s+(?:la\s+|el\s+|una\s+|un\s+)?(?:gasolinera|comida|comedor|descanso|hotel|casa"
                     r"|camino|ruta|carretera|fila|parador)\b)))"
                     r"|paso\b(?!\s+(?:a\s+(?:cargar|comer|echar|descansar|dormir)|por\s+(?!ahi|alla|ustedes)))"
                     r"|listo\b|ya\W*$)"),
    "en": re.compile(r"^\W*and\s+(?:then\s+)?(?:(?:im|i am|were|we are)(?=\W*$|\s+(?:there|here|in\b|at\b|on site"
                     r"|rolling|pulling|backing|unloading|through|with you|done|parked at|arriving))"
                     r"|(?:ill|i will|i should|well|we will|i can)\s+(?:be\s+(?:there|here|in\b|at\b|on site|with you"
                     r"|rolling|pulling|backing|unloading)|arrive|get there|get in|pull|roll)"
                     r"|i get there|i get in|i pull|i roll|i arrive|thats it|done)\b"
                     # a stop on the way is no arrival ("and I'll be at the fuel stop"), nor being there already
                     # ("I waited an hour and I'm at the dock now")
                     r"(?!.*\b(?:fuel|gas station|truck stop|rest area|break|lunch|call you|ring you|now|already"
                     r"|still)\b)"),
}
# Said after a duration, what the caller will be or do once it has gone by ("dos horas y estoy libre", "tres
# horas y termino", "two hours and I'm free"): a span of time, never the hour of the clock the hours would name
# said alone ("dos horas" alone is 2:00 on the dial). An arrival (`_ARRIVES_AFTER`: "y llego") makes it the time
# left; anything else the caller does then is no arrival.
_THEN_AFTER = {
    "es": re.compile(r"^\W*(?:y|e)\s+(?:ya\s+|luego\s+)?(?:me\s+|nos\s+)?(?:estoy|estamos|ando|andamos|termino"
                     r"|terminamos|acabo|acabamos|salgo|salimos|quedo|quedamos|descargo|descargamos|paso|llego|desocupo"
                     r"|desocupamos|libero|liberamos|cargo|cargamos"
                     r"|llegamos|voy|vamos|te|le|les)\b"),
    "en": re.compile(r"^\W*and\s+(?:then\s+)?(?:im|i am|were|we are|ill|i will|well|we will|i get|i finish|"
                     r"i am done|im done|i can)\b"),
}
# Said before a duration, asking for that time ("dame cuarenta minutos", "give me forty minutes").
_GIVE_ME = {
    "es": re.compile(r"\b(?:dame|deme|denme|dele|regalame|regaleme)(?:\s+(?:como|unos|unas|otros|otras))?\s*$"),
    "en": re.compile(r"\b(?:give me|gimme|give us|allow me|allow)(?:\s+(?:about|like|another|around))?\s*$"),
}
# Said after the time asked for, what it is asked for when that is no arrival ("dame cuarenta minutos y te
# marco", "para descargar", "give me an hour, I'm driving"): a wait, not the time left.
_FOR_ELSE = {
    "es": re.compile(r"\W*(?:y|e|para|pa|por(?! ahi\b)|que|porque|mientras|ahorita|ahora|voy|estoy|ando)\b"),
    "en": re.compile(r"\W*(?:and|to|for|so|while|because|cause|cuz|im|i am|then|ill|i will)\b"),
}
# An hour right before the minutes ("a las cinco y cuarenta minutos y llego", "at 5, forty minutes and I'm
# there"): the minutes are the time's, not a duration from now.
_HOUR_BEFORE = re.compile(r"\b\d{1,2}(?::\d{2})?\s*,?\s*(?:(?:y|con|and)\s+)?$")
# Less than this asked for ("dame cinco minutos", "give me a minute") is a hold, not the time left.
_GIVE_ME_MINUTES = 10
# "three more hours", "twenty more minutes": the "more" said inside the duration goes after it ("three hours
# more"), where a duration's words are looked for; the text keeps its length, so positions hold.
_MORE_INSIDE = re.compile(r"\b(\d{1,3}) more (hours?|hrs?|minutes?|mins?)\b")


# "una" followed by its minutes ("una y cuarto", "una con diez", "una menos cuarto") is the hour one.
_ONE_WITH_MINUTES = re.compile(r"(?:y|con|menos) (?:media|cuarto|cinco|diez|quince|veinte|veinticinco|treinta"
                               r"|cuarenta|cuarenta y|cincuenta|\d{1,2})\b")
# ... unless it is what is left of the drive ("me faltan una y media", "nos quedan una y cuarto"), a duration said
# again ("unas dos horas, una y media") or hours of the road ("una y media de camino", "una y media hora").
_NO_HOUR_BEFORE_ONE = frozenset(("en", "de", "unos", "hace", "tengo", "llevo", "dentro", "otra", "por", "faltan",
                                 "falta", "faltaria", "faltarian", "quedan", "queda", "quedaria", "hora", "horas"))
_ONE_LASTS = frozenset(("hora", "horas", "hr", "hrs", "camino", "manejando", "viaje", "distancia", "aqui", "recorrido"))
# "hora del centro", "hora local": the clock it is told by, no hours of the road
_ZONE_AFTER_HOUR = frozenset(("del", "de", "local", "centro", "pacifico", "montana"))


def _one_lasts(after: list[str]) -> bool:
    """Whether the words after "una y media" (`after`) say it is hours of the road ("de camino", "hora")."""
    return any(w in _ONE_LASTS and not (w in ("hora", "horas") and after[i + 1 : i + 2]
                                        and after[i + 1] in _ZONE_AFTER_HOUR)
               for i, w in enumerate(after))


# A time is read from the turn's numbers in digits at more than one place (the time itself, a duration said
# again): once per turn.
@turn_cache(1024)
def _digitized(folded: str, lang: Lang) -> str:
    folded = folded.replace("a.m.", " am ").replace("p.m.", " pm ")
    tokens = _TOKEN_RE.findall(strip_filler_phrases(folded, lang))
    merged: list[str] = []
    for k, tok in enumerate(tokens):
        # "p m" / "a m" as the recogniser spells them
        if tok == "m" and merged and merged[-1] in ("a", "p"):
            merged[-1] += "m"
        elif lang == "es" and tok == "una" and merged and merged[-1] == "la":
            merged.append("1")  # "a la una": the one hour Spanish says with an article
        elif lang == "es" and tok == "una" and _ONE_WITH_MINUTES.match(" ".join(tokens[k + 1 : k + 3])) \
                and not (merged and merged[-1] in _NO_HOUR_BEFORE_ONE) and not _one_lasts(tokens[k + 2 : k + 7]):
            # "ponle una y cuarto", "mejor una y diez": the hour said with its minutes needs no article ("en una y
            # media" may be an hour and a half: left as it is)
            merged.append("1")
        else:
            merged.append(tok)
    tokens = drop_fillers(merged, lang)
    said = " ".join(digitize(prepare_tokens(tokens, lang), lang))
    return _MORE_INSIDE.sub(r"\1 \2 more", said) if lang == "en" and " more " in said else said


def _minutes_word(raw: str) -> int:
    return _WORD_MINUTES[raw] if raw in _WORD_MINUTES else int(raw)


def _twelve_hour(raw_hour: str) -> bool:
    """Whether an hour as said ("4", "12") is on the 12-hour dial; "04"/"16"/"0" are 24-hour forms."""
    return raw_hour.isdigit() and not (len(raw_hour) > 1 and raw_hour.startswith("0")) and 1 <= int(raw_hour) <= 12


def _match_to_hm(m: re.Match[str], kind: str, s: str, lang: Lang) -> tuple[int, int, bool] | None:
    """(hour, minute, whether the hour could be either half of the day) for one rule match."""
    g = m.groups()
    if kind == "hm":
        if g[1].isdigit() and _HOURS_WORD.match(s[m.end():]):
            return None  # "entre dos y tres horas": two durations, not 2:03 (the duration rules read it)
        return int(g[0]), _minutes_word(g[1]), _twelve_hour(g[0]) and int(g[0]) < 12
    if kind in ("to", "minus"):
        mins, hour = (g[0], g[1]) if kind == "to" else (g[1], g[0])
        before = _minutes_word(mins)
        if not 0 < before < 60:
            return None
        new_hour = (int(hour) - 1) % 24 if int(hour) != 0 else 23
        return new_hour, 60 - before, _twelve_hour(hour)
    if kind == "past":
        return int(g[1]), _minutes_word(g[0]), _twelve_hour(g[1]) and int(g[1]) < 12
    before, after = s[: m.start()], s[m.end() :]
    if _DURATION_BEFORE[lang].search(before) and _DURATION_AFTER[lang].match(after):
        return None  # "en 2 horas" is a duration
    if kind == "hhmm":
        raw = g[0]
        whole = s.strip() == raw
        if not (whole or _BEFORE_HOUR[lang].search(before) or _AFTER_HOUR[lang].match(after)
                or _settled_hour(before, after, lang)):
            return None
        return int(raw[:-2]), int(raw[-2:]), _twelve_hour(raw[:-2]) and int(raw[:-2]) < 12
    # bare hour
    whole = s.strip() == g[0]
    if not (whole or _BEFORE_HOUR[lang].search(before) or _AFTER_HOUR[lang].match(after)
            or _settled_hour(before, after, lang)):
        return None
    # "diez horas": an hour said with "horas" is on the 24-hour clock
    return int(g[0]), 0, _twelve_hour(g[0]) and int(g[0]) < 12 and not _HOURS_WORD.match(after)


def _settled_hour(before: str, after: str, lang: Lang) -> bool:
    """Whether a bare figure is an hour the caller settles on ("ponle siete", "call it seven"): see
    `_SETTLED_BEFORE`; never after a duration said in the same turn (`_UNIT_BEFORE`)."""
    return bool(_SETTLED_BEFORE[lang].search(before) and _CLAUSE_END.match(after)) \
        and not _UNIT_BEFORE.search(before)


_HOURS_WORD = re.compile(r"^\s*(?:horas|hrs|hours)\b")
# "mañana a las 5": not today, so "the next occurrence" does not apply - when "mañana" goes with the time
# said ("mañana llego como a las 8", "a las 8 mañana"), not with another thing in the turn ("llego a las 4, y
# mañana descargo": today at 4).
_OTHER_DAY = {
    "es": re.compile(r"\bmanana\b(?:\s+(?!y\b|pero\b|e\b)[a-z]+){0,6}?\s+\d|"
                     r"\d(?:\s+(?!y\b|pero\b|e\b)[a-z]+){0,3}?\s+manana\b"),
    # ("tomorrow's better, around eight": "tomorrow is", folded as one word)
    "en": re.compile(r"\btomorrows?\b(?:\s+(?!and\b|but\b)[a-z]+){0,6}?\s+\d|"
                     r"\d(?:\s+(?!and\b|but\b)[a-z]+){0,3}?\s+tomorrows?\b"),
}


def _has_day_part(s: str, lang: Lang) -> bool:
    return any(rx[lang].search(s) for rx in (_NIGHT, _PM, _AFTER_NOON, _AM, _EARLY, _NOON_HOUR, _NOON, _MIDNIGHT,
                                             _OTHER_DAY))


def _next_occurrence(hour: int, minute: int, now: dt.datetime) -> int:
    """hour or hour + 12, whichever comes first at or after now (wrapping past midnight)."""
    now_min = now.hour * 60 + now.minute
    for h in (hour, hour + 12):
        if h * 60 + minute >= now_min:
            return h
    return hour  # both have passed today: the early-hours one comes first, tomorrow


_HOURS_RE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")


def _within_hours(hour: int, minute: int, options: Mapping[str, Any] | None) -> int | None:
    """hour or hour + 12, the one within the slot's `hours` ("08:00-19:00": an office's), as a receptionist
    writes "a las 3" (15:00) and "a las 10" (10:00) whatever the time of the call; None when the slot gives no
    hours, or both readings or neither fall within them (the next on the clock decides then)."""
    found = _HOURS_RE.fullmatch(str((options or {}).get("hours") or ""))
    if found is None:
        return None
    start = int(found.group(1)) * 60 + int(found.group(2))
    end = int(found.group(3)) * 60 + int(found.group(4))

    def inside(at: int) -> bool:
        return start <= at <= end if start <= end else at >= start or at <= end  # hours past midnight

    readings = [h for h in (hour, hour + 12) if inside(h * 60 + minute)]
    return readings[0] if len(readings) == 1 else None


def _apply_day_part(hour: int, s: str, lang: Lang) -> int:
    if hour > 12:
        return hour
    if _NIGHT[lang].search(s):
        return 0 if hour == 12 else hour + 12 if hour >= 5 else hour
    if _PM[lang].search(s) or (_AFTER_NOON[lang].search(s) and hour in _AFTER_NOON_HOURS):
        return hour if hour == 12 else hour + 12
    if _AM[lang].search(s):
        return 0 if hour == 12 else hour
    if _EARLY[lang].search(s):
        # "mañana temprano, a las doce", "tomorrow morning at 12": early in the day puts one to eleven in the
        # morning, but twelve said so is noon - midnight is tonight, never "mañana temprano"
        return hour
    if _NOON_HOUR[lang].search(s) and hour == 12:
        return 12
    return hour


def _clock(s: str, lang: Lang) -> tuple[int, int, bool] | None:
    found: list[tuple[int, int, tuple[int, int, bool] | None]] = []
    for rx, kind in _RULES[lang]:
        for m in rx.finditer(s):
            found.append((m.start(), -(m.end() - m.start()), _match_to_hm(m, kind, s, lang)))
    # the earliest, longest reading wins; an out-of-range one (25:70) is not replaced by a shorter one
    found.sort(key=lambda f: (f[0], f[1]))
    for _, _, hm in found:
        if hm is not None:
            return hm
    return None


def _now(options: Mapping[str, Any] | None, key: str = "now") -> dt.datetime | None:
    raw = (options or {}).get(key)
    if isinstance(raw, dt.datetime):
        return raw
    if isinstance(raw, dt.time):
        return dt.datetime.combine(dt.date(2000, 1, 1), raw)
    if isinstance(raw, str):
        m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", raw)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return dt.datetime(2000, 1, 1, int(m.group(1)), int(m.group(2)))
    return None


def _nearest_half(hour: int, minute: int, ref: dt.datetime) -> int | None:
    """hour or hour + 12, whichever is nearer to `ref` around the clock; None when both are as near."""
    ref_min = ref.hour * 60 + ref.minute
    distances = []
    for h in (hour, hour + 12):
        gap = abs(h * 60 + minute - ref_min)
        distances.append((min(gap, 24 * 60 - gap), h))
    (d1, h1), (d2, h2) = distances
    return None if d1 == d2 else h1 if d1 < d2 else h2


def _near_half(hour: int, minute: int, near: dt.datetime, now: dt.datetime | None) -> int | None:
    """The half of the day of a time said to correct `near`, the time read back: the one still to come
    when only one is and the time read back is to come too (at 10:00, "a las seis" after 11:00 is
    18:00); else the one nearer the time read back when it is close to it (at 18:10, "cinco y cuarto"
    after 17:00 is 17:15). A time far from both readings is no nudge of the one read back (at 09:25, "no, a
    las diez" after 17:00): None, and the time is read as said on its own."""
    if now is not None and near.hour * 60 + near.minute >= now.hour * 60 + now.minute:
        to_come = [h for h in (hour, hour + 12) if h * 60 + minute >= now.hour * 60 + now.minute]
        if len(to_come) == 1:
            return to_come[0]
    half = _nearest_half(hour, minute, near)
    if half is None:
        return None
    gap = abs(half * 60 + minute - (near.hour * 60 + near.minute))
    return half if min(gap, 24 * 60 - gap) <= _NUDGE_MINUTES else None


# How far from the time read back a correction without its half of the day is still taken as a nudge of it.
_NUDGE_MINUTES = 3 * 60


# A duration said without its unit, after "in"/"en" ("should be there in forty-five", "llego en unos
# veinte"): minutes, as people say them; an hour count is never left unsaid ("in two" is no duration).
_UNITLESS_MINUTES = {
    "es": re.compile(r"\b(?:en|dentro de)\s+(?:(?:unos|como|otros|aproximadamente|mas o menos)\s+)*"
                     r"(\d{1,2})(?:\s+(?:o|u|a)\s+(\d{1,2}))?(?!\s*(?:\d|:|y\b|horas?\b|hrs?\b|de\b))"),
    "en": re.compile(r"\b(?:in|within)\s+(?:(?:about|around|like|another|maybe|roughly|just|say)\s+)*"
                     r"(\d{1,2})(?:\s+(?:or|to)\s+(\d{1,2}))?(?!\s*(?:\d|:|and\b|hours?\b|hrs?\b|am\b|pm\b))"),
}
_UNITLESS_RANGE = (5, 59)
# ... or after the masculine "unos" that only minutes take ("unos cuarenta, ya ando cerca"; an hour is "unas dos
# horas", a clock time "como a las cuatro"), when nothing but a word of nearness or a hedge follows ("unos veinte
# kilómetros" counts the road).
_UNOS_MINUTES = {
    # ("traigo unos cuarenta ya", "llevo unos cuarenta ya" count a load or the road done)
    "es": re.compile(r"(?<!\ba las )(?<!\bla )(?<!\btraigo )(?<!\bllevo )(?<!\bllevamos )(?<!\btraemos )"
                     r"(?<!\bcargo )\bunos\s+(?:(?:como|aproximadamente)\s+)?(\d{1,2})"
                     r"(?:\s+(?:o|u|a)\s+(\d{1,2}))?"
                     r"(?=\s*$|\s+(?:ya|mas o menos|aprox|aproximadamente|y (?:llego|estoy|ya)|para llegar"
                     r"|de aqui)\b)"),
}


# A call said right before the delay ("despacho te puede llamar en una hora", "¿puedes marcar en unos treinta?",
# "my wife can call you back in an hour"): the delay is the call's, never the time left to arrive.
_CALL_BEFORE_DELAY = {
    "es": re.compile(r"\b(?:llam|marc|marqu|habl|telefone)\w*(?: (?:yo|usted|tu|otra vez|de nuevo))?"
                     r" (?:en|dentro de|de aqui a)(?: (?:unos|unas|como|mas o menos|aproximadamente|otros|otras))?$"),
    "en": re.compile(r"\b(?:call|calls|ring|rings|phone|buzz)(?: (?:you|me|us|ya|yall))?(?: back| again| up)?"
                     r" in(?: (?:about|like|around|maybe|say|another))?$"),
}


def _relative_duration(s: str, lang: Lang, from_now: bool = False) -> tuple[int, int, int | None] | None:
    """The span and minutes of a duration said relative to now ("en unas 2 horas y media"), else None;
    `from_now`: any duration is (the caller just said what time it is: "son las diez, figure two hours")."""
    found = find_duration(s, lang)
    if found is not None and _CALL_BEFORE_DELAY[lang].search(s[: found[0]].rstrip()):
        return None
    if found is None:
        m = _UNITLESS_MINUTES[lang].search(s)
        if m is None and lang in _UNOS_MINUTES:
            m = _UNOS_MINUTES[lang].search(s)
        if m is None:
            return None
        minutes = max(int(g) for g in m.groups() if g is not None)
        if not _UNITLESS_RANGE[0] <= int(m.group(1)) <= minutes <= _UNITLESS_RANGE[1]:
            return None
        return m.start(1), m.end(), minutes
    start, end, minutes = found
    if minutes is None and _HUNDRED_HOURS.fullmatch(s[start:end]):
        return None  # "sixteen hundred hours", "a las mil seiscientas horas": the hour on the 24-hour dial
    lower = _LOWER_END[lang].search(s[:start])
    if lower is not None:  # "en dos o tres horas": the later end, like a range of times
        start = lower.start()
    if from_now or _RELATIVE[lang].search(s[:start]) or _RELATIVE_AFTER[lang].match(s[end:]):
        return start, end, minutes
    if (_ARRIVES_AFTER[lang].match(s[end:]) or _GIVE_ME[lang].search(s[:start])
            and (minutes is None or minutes >= _GIVE_ME_MINUTES) and not _FOR_ELSE[lang].match(s[end:])) \
            and (minutes is None or minutes < _DIAL_HOURS * 60) and not _HOUR_BEFORE.search(s[:start]):
        # "cuarenta minutos y estoy en el patio", "give me an hour": how long until the caller is there
        # ("diecisiete horas y llego" names the hour, never a drive of so many hours; "dame cinco minutos"
        # asks for a moment; "dame cuarenta minutos y te marco", "give me an hour to unload" ask for time for
        # something else; "a las cinco y cuarenta minutos y llego" is 5:40)
        return start, end, minutes
    hedged = re.search(r"[a-z]", s[:start] + s[end:]) is not None
    if _ONLY_HEDGE[lang].fullmatch(s[:start]) and _ONLY_HEDGE[lang].fullmatch(s[end:]) \
            and not _clock_hours(minutes, lang, hedged):
        # the whole answer is a duration ("forty-five minutes, give or take", "dos horas más o menos"): asked
        # when they will arrive, a caller who says only how long means from now ("I've been driving two
        # hours" says more than the duration, and stays no arrival time). "Diecisiete horas", "diez horas"
        # said alone are the hour on the 24-hour dial (17:00, 10:00), never a drive of so many hours; with a
        # hedge or a condition ("tres horas, si Dios quiere", "unas cuatro horas") it is a guess at the drive.
        return start, end, minutes
    return None


# From this many whole hours up, hours said alone are the 24-hour dial ("diecisiete horas" is 17:00).
_DIAL_HOURS = 13


def _clock_hours(minutes: int | None, lang: Lang, hedged: bool = False) -> bool:
    """Whole hours said alone that name the hour instead: Spanish "diez horas" (10:00) from two hours up
    ("una hora" is no hour of the clock), and in either language any count from 13 ("seventeen hours").
    `hedged`: said with a hedge or a condition ("tres horas, si Dios quiere", "diez horas más o menos"): an
    hour of the clock is never guessed at so, a drive is; only a count from 13 stays the 24-hour dial."""
    if minutes is None or minutes % 60:
        return False
    return minutes >= _DIAL_HOURS * 60 or lang == "es" and minutes >= 120 and not hedged


# An hour and its minutes said as one number of hours ("sixteen hundred hours" -> "1600 hours"): no duration
# (1,600 hours is none anybody drives) but the time on the 24-hour dial.
_HUNDRED_HOURS = re.compile(r"(?:[01]?\d|2[0-3])[0-5]\d (?:hours|hrs|horas|hrs)")

# What the estimate hangs on, said after it: a condition ("si no hay bronca", "si todo sale bien", "if
# nothing comes up", "barring traffic") or luck ("con suerte", "with any luck") - never a time of its own.
_CONDITION = {
    "es": r"si (?:no hay|no me|no nos|todo|nada|dios|el trafico|la carretera|el camino|me va bien|va bien"
          # a crossing or a stop on the way ("si el puente está libre", "si la garita no está llena")
          r"|el puente|la frontera|la garita|la aduana|el cruce|la caseta|la bascula|la sierra|el puerto"
          # ... or let through it ("si me dejan pasar en el retén", "si nos sueltan rápido en la aduana")
          r"|el reten|en el reten|(?:me|nos) (?:dejan|deja|dejaron|sueltan|suelta|liberan|libera|revisan|revisa"
          r"|checan|checa|atienden|despachan|dan chance|da chance|dan pase|dan paso))"
          r"(?: [a-z]+){0,4}|"
          r"con (?:suerte|el favor de dios)|(?:ojala|primeramente dios)",
    "en": r"if (?:theres no|there is no|theres not|there isnt|nothing|all goes|everything goes|traffic|the traffic|"
          r"the road|the roads|i dont|i do not|no|"
          # a crossing or a stop on the way ("if the bridge is clear", "if the border's not backed up")
          r"the bridges?|the borders?|the crossings?|the scales?|the pass|the ports?|the weigh stations?"
          # ... or let through it ("if they let me through the checkpoint", "if customs waves us on")
          r"|the checkpoints?|the inspection|customs|they (?:let|wave|clear|release) (?:me|us)"
          r"|(?:customs|the guard|the guards|dot|the cops|border patrol) (?:lets|waves|clears|let|wave|clear)"
          r" (?:me|us))"
          r"(?: [a-z]+){0,4}|barring(?: [a-z]+){1,3}|"
          r"(?:with|with any) luck|hopefully|knock on wood",
}

# How near the caller is, said beside the time left ("ya ando cerca", "ya veo la bodega", "I can see the yard from
# here", "almost there"): what the duration is counted to, never a time of its own.
_NEAR = {
    "es": r"ya (?:ando|estoy|voy|vengo|andamos|estamos|vamos) (?:bien |muy |re |mas o menos )?cerca"
          r"|(?:ya )?(?:casi|mero|ya mero) (?:llego|llegamos|estoy ahi|estoy alla)|ya mero"
          r"|ya (?:veo|se ve|se mira|miro|alcanzo a ver|se alcanza a ver) (?:el|la|los|las|su) (?:patio|bodega|planta"
          r"|cedis|caseta|entrada|puerta|almacen|nave|cliente|anden|edificio|letrero)(?: desde aqui| desde aca)?"
          r"|estoy a la vuelta(?: de la esquina)?"
          # coming into the town or the yard ("ya voy entrando a la ciudad", "voy llegando al pueblo", "ya
          # estoy entrando a Celaya"): what the time left is counted to, like "ya ando cerca"
          r"|(?:ya )?(?:voy|vamos|vengo|venimos|ando|andamos|estoy|estamos) (?:entrando|llegando)"
          r"(?: (?:a|al|a la) (?:ciudad|pueblo|patio|bodega|planta|cedis|zona|colonia|parque industrial|[a-z]+))?"
          r"|ya casi",
    "en": r"(?:im|i am|were|we are) (?:real |pretty |really |getting |very )?close(?: now| by)?"
          # coming into town ("I'm just coming into town", "pulling into the city now")
          r"|(?:(?:im|i am|were|we are) )?(?:just )?(?:coming|pulling|getting|heading) into "
          r"(?:town|the city|(?:the )?yard|the lot)(?: now)?"
          r"|(?:im |were )?(?:almost|nearly) there|getting close"
          r"|(?:i|we) can (?:already |just )?see (?:the|your|it)(?: (?:yard|dock|gate|building|warehouse|sign|plant"
          r"|entrance|place|lot))?(?: from here)?"
          r"|(?:just|right) (?:down the road|around the corner|up the road)",
}

# What may stand around a duration that is the whole answer: hedges and fillers, nothing that makes it
# something else. What the estimate hangs on ("si no hay tráfico", "if all goes well") is `_CONDITION`, not
# listed again here.
_ONLY_HEDGE = {
    # (a take-back or "rather" before it, "no, mejor hora y media", "no, actually two hours": the duration said
    # instead, no hour of the clock)
    "es": re.compile(r"\W*(?:(?:pues|este|eh|mm+|ah|uy|ay|oiga|mire|unas?|unos|como|mas o menos|aproximadamente|"
                     r"no|mejor|mas bien|o sea|perdon|"
                     r"aprox|algo asi|o algo asi|o asi|o menos|o mas|maximo|a lo mucho|cuando mucho|calculo|"
                     r"creo|primero dios|"
                     # what the estimate hangs on: stops and traffic ("tres horas, con todo y paradas")
                     r"(?:depende|dependiendo) (?:del|de el|de) (?:trafico|trafico que haya|paradas?|la parada)|"
                     r"con todo y (?:la |las )?(?:paradas?|trafico|comida)|con (?:una|alguna|la) parada|"
                     r"si no hago paradas?|sin contar (?:la |las )?paradas?|"
                     r"mas (?:una|la) parada|"
                     # luck the estimate hangs on ("si bien me va", "si todo sale bien", "con suerte")
                     r"si (?:bien|todo|no|nada|me) (?:me )?(?:va|sale|pasa|paran|detienen|atoran|agarra|toca)(?: bien)?"
                     r"|con (?:el )?favor de dios|dios mediante|si se puede|"
                     # how near the caller is ("diez minutos, ya veo el patio desde aquí", "ya ando cerca")
                     + _NEAR["es"] + "|" + _CONDITION["es"] + r")\b\W*)*"),
    "en": re.compile(r"\W*(?:(?:uh|um|er|well|so|oh|about|around|roughly|approximately|maybe|probably|like|"
                     r"no|actually|sorry|rather|i mean|"
                     r"give or take|more or less|or so|or less|at most|tops|ish|i guess|i think|i figure|"
                     r"i reckon|figure|prob|god willing|"
                     # what the estimate hangs on: stops and traffic ("three hours, give or take a stop")
                     r"give or take (?:a|one|the) (?:stop|break|fuel stop|bit)|plus or minus|"
                     r"(?:depending|depends) on (?:the )?(?:traffic|stops?)|with (?:a |one |the )?(?:stop|break)s?|"
                     r"with traffic|counting (?:a|the) stop|not counting (?:a |the )?stops?|"
                     r"plus (?:a|one) stop|"
                     # luck the estimate hangs on ("if all goes well", "with any luck")
                     r"with (?:some |a little )?luck|if im lucky|"
                     # how near the caller is ("ten minutes, I can see the yard from here", "I'm close")
                     + _NEAR["en"] + "|" + _CONDITION["en"] + r")\b\W*)*"),
}


# The lower end of a range of durations, said before the duration ("en dos o tres horas", "in 2 to 3 hours").
_LOWER_END = {"es": re.compile(r"\b\d{1,2} (?:o|u|a)\s*$"), "en": re.compile(r"\b\d{1,2} (?:or|to)\s*$")}


# The time it is now, said to place the time asked for ("si ahorita son las dos, como a las cuatro",
# "ahorita son las tres, llego en unas dos horas", "it's 2 now, so around 4"): not the answer, but the
# caller's own clock, which a time said relative to now is counted from (theirs may differ from the
# call's by a few minutes, or by a time zone).
_NOW_ES_TIME = (r"\d{1,2}(?::\d{2})?(?:\s+(?:y\s+)?(?:media|cuarto|\d{1,2}))?(?:\s+menos\s+(?:cuarto|\d{1,2}))?"
                r"(?:\s+de\s+la\s+(?:manana|tarde|noche))?")
_NOW_EN_TIME = r"\d{1,2}(?::\d{2}|\s+\d{2})?(?:\s*(?:am|pm))?"
_CURRENT_TIME = {
    "es": re.compile(rf"(?:^\s*|\b(?:ahorita|ahora|orita|ya|aqui|aca|si|pues|bueno)\s+)(?:mero\s+)?(?:son|es)\s+"
                     rf"(?P<clock>las?\s+{_NOW_ES_TIME})"),
    "en": re.compile(rf"\b(?:right\s+)?now\s+its\s+(?P<clock>{_NOW_EN_TIME})"
                     rf"|\bits\s+(?:already\s+)?(?P<clock2>{_NOW_EN_TIME})\s+(?:right\s+)?now\b"
                     rf"|^\s*(?:(?:well|so|ok|okay)\s+)?its\s+(?:already\s+)?(?P<clock3>{_NOW_EN_TIME})(?!\s*when\b)"),
}


def _callers_clock(said: str, lang: Lang, now: dt.datetime | None) -> dt.datetime | None:
    """The time the caller says it is now, on the half of the day nearest the call's clock ("son las
    tres" at 14:55 is 15:00) unless they say which half."""
    hm = _clock(said, lang)
    if hm is None or not (0 <= hm[0] <= 23 and 0 <= hm[1] <= 59):
        return None
    hour, minute, ambiguous = hm
    if _has_day_part(said, lang):
        hour = _apply_day_part(hour, said, lang)
    elif ambiguous and now is not None:
        hour = _nearest_half(hour, minute, now) or hour
    base = now or dt.datetime(2000, 1, 1)
    return base.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _without_current_time(s: str, lang: Lang, now: dt.datetime | None) -> tuple[str, dt.datetime | None]:
    """`s` without the time it is now when the turn says another time too, and the caller's clock it
    states (None when it states none, or states nothing else: "ahorita son las dos" may be the answer)."""
    m = _CURRENT_TIME[lang].search(s)
    if m is None:
        return s, None
    rest = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]
    said = _clock(rest, lang) is not None or find_duration(rest, lang) is not None \
        or _UNITLESS_MINUTES[lang].search(rest) is not None or any(rx[lang].search(rest) for rx in (_NOON, _MIDNIGHT))
    if not said:
        return s, None
    clock = next((said for said in m.groupdict().values() if said), "")
    return rest, _callers_clock(clock, lang, now)


# A range ("entre cinco y cinco y media", "cinco o seis", "de cinco a seis", "between five and six", "from
# five to six", "five or five thirty"): the later end is the arrival the caller can promise, and the words
# must not be read as one time ("5 y 5" is not 5:05, "5 to 6" after "from" not 5:55). Two times said one
# after the other with no joining word ("a las cuatro y media, cinco") are not taken as a range: the first
# is the answer, and a read-back lets the caller narrow it.
_RANGE_TIME = {
    "es": r"\d{1,2}(?::\d{2}| \d{2}| (?:y|con) (?:media|cuarto|(?:tres|3) cuartos|\d{1,2})| menos (?:cuarto|\d{1,2}))?",
    "en": r"\d{1,2}(?::\d{2}| \d{2})?(?: (?:am|pm))?",
}
_RANGE_RX = {
    "es": re.compile(rf"(?:\b(?P<open>entre|de|desde)\s+)?(?:(?:a\s+)?las?\s+)?(?P<a>{_RANGE_TIME['es']})\s+"
                     rf"(?P<join>o|u|a|hasta|y)\s+(?:(?:a\s+)?las?\s+)?(?P<b>{_RANGE_TIME['es']})"
                     r"(?!\s*(?:\d|:|horas?\b|hrs?\b|minutos?\b|mins?\b))"),
    "en": re.compile(rf"(?:\b(?P<open>between|from)\s+)?(?:at\s+)?(?P<a>{_RANGE_TIME['en']})\s+"
                     rf"(?P<join>or|to|till|until|and)\s+(?:at\s+)?(?P<b>{_RANGE_TIME['en']})"
                     r"(?!\s*(?:\d|:|hours?\b|hrs?\b|minutes?\b|mins?\b))"),
}
# The word that opens a range some joiners need: "entre 5 y 6", "de 5 a 6", "from 5 to 6"; "o", "or" need none.
_JOIN_OPENS = {"y": ("entre",), "a": ("de", "desde"), "hasta": ("de", "desde"), "and": ("between",),
               "to": ("from",), "till": ("from",), "until": ("from",)}
# Two times joined by "o"/"or" are a range only when the second comes soon after the first.
_LOOSE_RANGE_MAX = 3 * 60
_RANGE_AT = {"es": "a las ", "en": "at "}


def _range_end(s: str, lang: Lang) -> str:
    """`s` with a time range replaced by its later end; `s` itself when it holds no range."""
    for m in _RANGE_RX[lang].finditer(s):
        join, opened = m.group("join"), m.group("open")
        if join in _JOIN_OPENS and opened not in _JOIN_OPENS[join]:
            continue
        a, b = _clock(m.group("a"), lang), _clock(m.group("b"), lang)
        if a is None or b is None or not all(0 <= t[0] <= 23 and 0 <= t[1] <= 59 for t in (a, b)):
            continue
        gap = ((b[0] % 12) * 60 + b[1] - (a[0] % 12) * 60 - a[1]) % (12 * 60)
        if gap == 0 or (opened is None and gap > _LOOSE_RANGE_MAX):
            continue
        # keep any part of the day said once for both ("entre cinco y seis de la tarde")
        return s[: m.start()] + " " + _RANGE_AT[lang] + s[m.start("b") :]
    return s


# Times and durations that are not the arrival: time already spent on the road ("llevo dos horas
# manejando", "hace una hora que salí", "I've been driving two hours", "left two hours ago") and the time
# the caller set off ("salí a las diez", "I left at ten"). A careful listener hears them as the story of the
# trip, not as the answer: they are blanked out, and what is left (if anything) is the arrival.
_HEDGES = {
    "es": r"(?:(?:ya|como|unas?|unos|casi|mas de|poco mas de|apenas|aproximadamente|mas o menos|otras?|otros?)\s+)*",
    "en": r"(?:(?:about|around|like|almost|nearly|over|roughly|maybe|just|already|a good|a solid)\s+)*",
}
# Said before a duration: it has gone by ("llevo", "hace", "ya van"; "tengo/traigo" only with what was
# being done after it: "tengo dos horas para llegar" is time left).
_ELAPSED_BEFORE = {
    "es": re.compile(rf"\b(?:llevo|llevamos|lleva|llevaba|hace|hara|ya van|van|voy con|ya voy con)\s+{_HEDGES['es']}$"),
    "en": re.compile(rf"\b(?:(?:i|we|he|weve|ive|i have|we have)\s+)?(?:been|driven|drove|done|spent)\s+"
                     rf"(?:(?:\w+ing|on the road|out|at it|behind the wheel)\s+)?(?:for\s+)?{_HEDGES['en']}$"),
}
# After a duration, the caller arriving once it has gone by ("... y llego", "... y le caigo"): time still to come.
_ARRIVAL_VERB_AFTER = {
    "es": re.compile(r"^\W*(?:y|e)\s+(?:ya\s+|luego\s+|de volada\s+)?(?:(?:le|les|te|me)\s+)?"
                     r"(?:llego|llegamos|caigo|caemos|entro|entramos)\b"
                     # (an arrival with a when of its own, "y llego en 20 minutos", "y entro en cuanto me llamen",
                     # is that when: the span before it is still the time gone by)
                     r"(?!.*\b(?:en|a las|a la una|como|hasta|cuando|dentro|despues|luego|al rato|mas tarde)\b)"),
    "en": re.compile(r"(?!)"),
}
_HAVE_BEFORE = {
    "es": re.compile(rf"\b(?:tengo|tenemos|traigo|traemos|ando con|vengo con)\s+{_HEDGES['es']}$"),
    "en": re.compile(r"(?!)"),
}
_ALREADY_HAVE_BEFORE = {
    "es": re.compile(rf"\bya\s+(?:tengo|tenemos|traigo|traemos)\s+(?:aqui\s+|aca\s+|ahi\s+)?{_HEDGES['es']}$"),
    "en": re.compile(r"(?!)"),
}
_DOING_AFTER = {
    "es": re.compile(r"^\s*(?:\w+ando|\w+iendo|de (?:camino|viaje|carretera|manejo|manejar)|en (?:el )?camino|"
                     r"en (?:la )?carretera|arriba del camion|que sali|que salimos|desde que sali)\b"),
    "en": re.compile(r"^\s*(?:ago|already|so far|now|\w+ing|on the road|behind the wheel|since i left)\b"),
}
_AGO_AFTER = {"es": re.compile(r"(?!)"), "en": re.compile(r"^\s*ago\b")}
_DEPARTURE = {
    "es": re.compile(r"\b(?:sali|salimos|salio|salgo|saldre|saldremos|arranque|arrancamos|arranco|parti|partimos|"
                     r"cargue|cargamos|me fui|nos fuimos|empece|empezamos|me sali|nos salimos)\b"
                     # the words between never the arrival's ("salí de Laredo, pienso llegar a las cinco")
                     r"(?:\s+(?!lleg\w*\b|esta\w*\b|estoy\b|voy\b|vamos\b|and\w*\b|pienso\b|pensamos\b|creo\b|"
                     r"calculo\b|y\b|pero\b)[a-z]+){0,5}?\s+"
                     r"(?:(?:(?:como|tipo|eso de|a eso de)\s+)?(?:a\s+)?las?\s+\d{1,2}"
                     r"(?:\s+(?:y|con|menos)\s+(?:media|cuarto|(?:tres|3) cuartos|\d{1,2})(?:\s+minutos?)?|\s+\d{2})?"
                     r"(?:\s+(?:de|en|por)\s+la\s+(?:manana|tarde|noche|madrugada))?"
                     # or only the part of the day: "salí en la mañana", "salí al mediodía"
                     r"|(?:de|en|por)\s+la\s+(?:manana|tarde|noche|madrugada)|(?:al\s+)?medio ?dia|media ?noche"
                     r"|(?:desde\s+)?temprano)"),
    "en": re.compile(r"\b(?:left|leave|leaving|headed out|head out|took off|set out|started|departed|pulled out|"
                     r"rolled out|got going)\b"
                     r"(?:\s+(?!ill\b|i will\b|will\b|be\b|get\b|arriv\w*\b|eta\b|reach\w*\b|should\b|gonna\b|"
                     r"and\b|but\b)"
                     r"[a-z]+){0,4}?\s+"
                     r"(?:(?:at|around|about)\s+(?:(?:about|around)\s+)?\d{1,2}(?::\d{2}|\s+\d{2})?"
                     r"(?:\s+(?:am|pm|in the (?:morning|afternoon|evening)|at night))?"
                     r"|(?:at|around|about)\s+(?:noon|midnight|midday)|(?:this|in the)\s+(?:morning|afternoon)|early)"),
}


def _blank(s: str, start: int, end: int) -> str:
    return s[:start] + " " * (end - start) + s[end:]


def _without_trip_so_far(s: str, lang: Lang) -> str:
    """`s` (digitized) with the time already driven and the time of setting off blanked out."""
    for m in _DEPARTURE[lang].finditer(s):
        s = _blank(s, m.start(), m.end())
    rest = s
    while (found := find_duration(rest, lang)) is not None:
        start, end, _ = found
        before, after = s[:start], s[end:]
        said_before = _ELAPSED_BEFORE[lang].search(before)
        if said_before is None and _DOING_AFTER[lang].match(after):
            said_before = _HAVE_BEFORE[lang].search(before)
        if said_before is None and not _RELATIVE_AFTER[lang].match(after) \
                and not _ARRIVAL_VERB_AFTER[lang].match(after):
            # "ya tengo media hora y estoy en el patio", "ya tengo una hora aquí": the time the caller has
            # already been there, no time still to come ("ya nomás tengo dos horas para llegar" is, and so is
            # "ya tengo media hora y llego": the arrival once it has gone by)
            said_before = _ALREADY_HAVE_BEFORE[lang].search(before)
        ago = _AGO_AFTER[lang].match(after)
        if said_before is not None or ago is not None:
            s = _blank(s, said_before.start() if said_before else start, end + (ago.end() if ago else 0))
        rest = _blank(rest, start, end)
    return s


def _without_span_then(s: str, lang: Lang) -> str:
    """`s` with a span of hours blanked out when what the caller does once it has gone by follows it ("dos horas
    y estoy libre": no 2:00); a count from 13 stays the 24-hour dial ("diecisiete horas y llego")."""
    found = find_duration(s, lang)
    if found is None:
        return s
    start, end, minutes = found
    if minutes is None or minutes >= _DIAL_HOURS * 60 or _HOUR_BEFORE.search(s[:start]) \
            or not _THEN_AFTER[lang].match(s[end:]):
        return s
    return _blank(s, start, end)


# "Dieciocho cuarenta y cinco, hora de aquí", "a las seis, hora de allá": the clock the time is told by. "Hora"
# in the singular after a count of two or more is no duration ("dos horas de aquí" is the drive from here).
_LOCAL_CLOCK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?<=\d)(?<!\b1)\W+hora (?:de aqui|de aca|de alla|de por aqui|de por aca)\b"),
    "en": re.compile(r"(?<=\d)\W+(?:our|my|your|their) time\b"),
}


def _time_in(text: str, lang: Lang, options: Mapping[str, Any] | None) -> str | None:
    s = _digitized(text, lang)
    if not s:
        return None
    s = _without_trip_so_far(s, lang)
    if not s.strip():
        return None
    now = _now(options)
    s, callers = _without_current_time(s, lang, now)
    now = callers or now
    s = _range_end(s, lang)
    s = _LOCAL_CLOCK[lang].sub(lambda m: " " * len(m.group(0)), s)
    relative = _relative_duration(s, lang, from_now=callers is not None)
    if relative is not None:
        start, end, _ = relative
        s = s[:start] + " " * (end - start) + s[end:]  # its numbers are not a clock time
    else:
        s = _without_span_then(s, lang)
    hm = _clock(s, lang)
    if hm is None:
        if _MIDNIGHT[lang].search(s):
            return "00:00"
        if _NOON[lang].search(s):
            return "12:00"
        if now is not None and relative is not None and relative[2] is not None:
            return (now + dt.timedelta(minutes=relative[2])).strftime("%H:%M")
        return None
    hour, minute, ambiguous = hm
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    if ambiguous and not _has_day_part(s, lang):
        # a correction of a time read back keeps the half of the day of the value read back (`near`)
        near = _now(options, "near")
        half = _near_half(hour, minute, near, now) if near is not None else None
        if half is not None:
            return f"{half:02d}:{minute:02d}"
        within = _within_hours(hour, minute, options)
        if within is not None:
            return f"{within:02d}:{minute:02d}"
        if now is not None:
            return f"{_next_occurrence(hour, minute, now):02d}:{minute:02d}"
    return f"{_apply_day_part(hour, s, lang):02d}:{minute:02d}"


# A time taken back in the same breath: "a las cuatro, no, no, a las cinco", "no es a las cuatro, es a las
# cinco", "at four, no, at five", "it's not four, it's five": the time said after the "no" (or after the
# ", es" that follows "no es") is the one meant. A "no" with no time after it ("a las cinco, ¿no?") takes
# nothing back.
_TAKE_BACK = {
    # (an interjection may open the "no": "al mediodía... ah no, espérate, a la una y media", "noon... oh no, one")
    "es": re.compile(r"(?:\bno\s+(?:es|era|son|eran)\b[^,;]*[,;]\s*(?:(?:es|son|sino)\b|(?=\S))|"
                     r"[,;.]\s*(?:(?:ah|ay|oh|eh|este)[\s,]+)?no\b(?:[\s,;.]+no\b)*[\s,;.]+)"),
    "en": re.compile(r"(?:\bnot\b[^,;]*[,;]\s*(?:(?:it'?s|it is|but)\b|(?=\S))|"
                     r"[,;.]\s*(?:(?:ah|oh|uh|um|er)[\s,]+)?no\b(?:[\s,;.]+no\b)*[\s,;.]+)"),
}


def _taken_back(folded: str, lang: Lang) -> str | None:
    """The part of `folded` after a time taken back in the same breath, when a time was said before it
    and another comes after it; else None."""
    last = last_match(_TAKE_BACK[lang], folded)
    if last is None:
        return None
    # the time taken back comes before the marker's end ("no es a las cuatro, es" holds it)
    before, after = folded[: last.end()], folded[last.end() :]
    if not _names_a_time(_digitized(before, lang), lang) or _clock(_digitized(after, lang), lang) is None:
        return None
    return after


def _names_a_time(s: str, lang: Lang) -> bool:
    """Whether digitized `s` names a time of the clock: an hour, or noon or midnight in words ("at noon... no,
    make it one fifteen": the noon taken back must not set the half of the day of the time after it)."""
    return _clock(s, lang) is not None or _NOON[lang].search(s) is not None or _MIDNIGHT[lang].search(s) is not None


_CLAUSE_BREAK = re.compile(r"[,;.:\u2026]+\s*")

# An estimate revised in the same breath, after a pause: "forty-five minutes out... call it an hour",
# "dos horas, mejor ponle tres", "at four, let's say four thirty": the figure the caller settles on is the
# last one (the first was the caller thinking aloud).
# A hedge may revise a duration's figure too ("in two hours, probably three"), never a clock time (`_revised`).
_HEDGE_WORDS: dict[Lang, str] = {"es": r"probablemente|tal vez|a lo mejor|quizas?", "en": r"probably|maybe|more like"}
_REVISED = {
    "es": re.compile(r"[,;.:\u2026]+\s*(?:(?:bueno|pues|mejor|o sea|no|mas bien)\s+)*(?:digamos|digale|dile|ponle|"
                     r"pongale|pon|ponga|ponme|redondeale a|redondealo a|calculale|calculele|mejor|"
                     rf"{_HEDGE_WORDS['es']})(?:\s+que)?\b"),
    "en": re.compile(r"[,;.:\u2026]+\s*(?:(?:well|so|no|actually|better|or)\s+)*(?:call it|make it|lets say|let us say|"
                     rf"say|put(?: it| me)?(?: down)?(?: as| at| for)?|round it (?:up )?to|{_HEDGE_WORDS['en']})\b"),
}
_HEDGED = {lang: re.compile(rf"\b(?:{words})\b") for lang, words in _HEDGE_WORDS.items()}


def _revised(folded: str, lang: Lang) -> str | None:
    """The part of `folded` after an estimate revised in the same breath (see `_REVISED`), when a time or a
    duration is said both before and after the revision; else None."""
    last = last_match(_REVISED[lang], folded)
    if last is None:
        return None
    before, after = _digitized(folded[: last.start()], lang), _digitized(folded[last.end():], lang)
    duration = find_duration(before, lang)
    if not _names_a_time(before, lang) and duration is None:
        return None
    bare = _SETTLED_FIGURE[lang].fullmatch(after)
    if duration is not None and duration[2] is not None and bare is not None:
        # "two hours... make it three", "treinta minutos, ponle cuarenta": the figure in the first one's unit
        return _in_unit_of(before, duration, bare.group(1), lang)
    if _HEDGED[lang].search(last.group(0)):
        return None  # "a las cinco, tal vez seis": a hedge revises only a duration's figure (the range's end)
    if _clock(after, lang) is None and find_duration(after, lang) is None:
        return None
    if not _only_the_figure(after, lang):
        return None  # "a las cinco, pon que a las seis descargo", "ponle media hora más": more than the estimate
    return folded[last.end():].strip()


def _in_unit_of(before: str, duration: tuple[int, int, int | None], figure: str, lang: Lang) -> str:
    """`figure` in the unit of the `duration` found in `before`, as a duration said from now ("en 3 horas").
    "Media hora, ponle cuarenta" is forty minutes: a count of hours is a small one."""
    unit_said = before[duration[0]:duration[1]]
    hours = bool(re.search(r"\b(?:hora|horas|horita|horitas|hour|hours|hr|hrs)\b", unit_said)) and int(figure) <= 12
    unit = {"es": ("horas", "minutos"), "en": ("hours", "minutes")}[lang][0 if hours else 1]
    return f"en {figure} {unit}" if lang == "es" else f"in {figure} {unit}"


def _figure_after_duration(folded: str, tail: str, lang: Lang) -> str | None:
    """"Dos horas, no, ponle tres", "two hours, no, make it three": a figure alone (with the words that settle
    or hedge it) said after a duration taken back is in that duration's unit, never an hour of the clock; as
    a duration from now (see `_in_unit_of`). None otherwise."""
    at = folded.rfind(tail)
    if at <= 0:
        return None
    bare = _SETTLED_FIGURE[lang].fullmatch(_digitized(tail, lang))
    if bare is None:
        return None
    before = _digitized(folded[:at], lang)
    duration = find_duration(before, lang)
    if duration is None or duration[2] is None:
        return None
    return _in_unit_of(before, duration, bare.group(1), lang)
# What a revised estimate may be said with besides its figure ("ponle que a las cinco y media de la tarde",
# "call it an hour or so, to be safe"): anything else (a verb, "más", another matter) makes the words after
# the revision word something other than the estimate the caller settles on.
_FIGURE_WORDS = {
    "es": wordset("que a al las la los el como tipo eso de unas unos una un en y media cuarto cuartos menos con "
                  "minutos minuto minutitos horas hora horita horitas tarde manana noche madrugada mediodia medio "
                  "dia pm am por si acaso aprox aproximadamente llego llegamos llegaria estoy estare ahi para "
                  "temprano mejor bueno pues seguro mejor dicho tu usted le"),
    "en": wordset("at around about in by like maybe a an the half quarter past to of minutes minute mins hours hour "
                  "hrs pm am oclock morning afternoon evening tonight night noon ish or so be safe there ill i get "
                  "arrive and just say safer side on"),
}
_MORE_OR_LESS = re.compile(r"\b(?:mas o menos|more or less|mas tarde|mas temprano|later|earlier)\b")
# A reason given after the revised figure ("ponle a las cuatro por el tráfico", "make it four because of
# traffic", "mejor a las cuatro para estar seguros"): why the caller settles on it, not more of the estimate.
_REASON = {
    "es": re.compile(r"\b(?:por|porque|para|pa|si|con|ya|debido|es que)\b"),
    "en": re.compile(r"\b(?:because|cause|cuz|to|just|in case|since|with|if|for)\b"),
}


def _only_the_figure(after: str, lang: Lang) -> bool:
    """Whether the words after a revision word are the estimate alone ("ponle tres", "que a las seis", "an
    hour"), a reason for it after the figure aside ("ponle cuatro por el tráfico")."""
    after = _MORE_OR_LESS.sub(" ", after)
    figure = re.search(r"\d", after)
    reason = _REASON[lang].search(after, figure.end()) if figure else None
    words = _TOKEN_RE.findall(after[: reason.start()] if reason else after)
    return all(w[0].isdigit() or w in _FIGURE_WORDS[lang] for w in words)


def _narrowed(folded: str, lang: Lang) -> str | None:
    """"Pasadito de las dos, como dos y cuarto", "around five, five thirty": an hour said whole and then, after
    a pause, the same hour with its minutes narrows it down. The turn with the narrowed time first (any part
    of the day said with the whole hour still counts), else None."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded) if m.end() < len(folded)]
    if not breaks:
        return None
    # the whole hour is the first clause that says a time ("eh... como a las doce. doce y cuarto, mejor": a
    # hesitation before it is no clause of its own)
    at = next((i for i, b in enumerate(breaks) if _clock(_digitized(folded[:b], lang), lang) is not None), None)
    if at is None:
        return None
    first = _clock(_digitized(folded[: breaks[at]], lang), lang)
    if first is None or first[1] != 0:
        return None
    for start in breaks[at:]:
        later = _clock(_digitized(folded[start:], lang), lang)
        if later is not None and later[1] > 0 and later[0] % 12 == first[0] % 12:
            return folded[start:] + ", " + folded[:start]
    return None


def _duration_said_again(folded: str, lang: Lang, options: Mapping[str, Any] | None) -> str | None:
    """"Llego en una hora, no, mejor en dos", "in an hour, no, two hours", "en veinte minutos, digo, en
    treinta": an arrival said as a duration from now and taken back in the same breath is the last one said
    (the durations module reads the amount said again, in the first one's unit). None when the first is no
    arrival from now ("llevo dos horas manejando, no, tres") or there is no such take-back."""
    now = _now(options)
    s = _digitized(folded, lang)
    if now is None or not s:
        return None
    again = corrected_duration(s, lang, folded)
    if again is None:
        return None
    s, callers = _without_current_time(_without_trip_so_far(s, lang), lang, now)
    first = _relative_duration(s, lang, from_now=callers is not None)
    if first is None or first[2] is None:
        return None
    return ((callers or now) + dt.timedelta(minutes=again)).strftime("%H:%M")


def extract_time(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    lang = lang_of(locale)
    folded = fold(text)
    again = _duration_said_again(folded, lang, options)
    if again is not None:
        return again
    tail = after_correction(folded, lang) or _taken_back(folded, lang) or _revised(folded, lang) \
        or _narrowed(folded, lang)
    if tail is not None:
        tail = _figure_after_duration(folded, tail, lang) or tail
    for candidate in (tail, folded) if tail else (folded,):
        got = _time_in(candidate, lang, options)
        if got:
            return _with_minutes_added(folded, got, locale, options) or got
    return None


# The word joining minutes added to the time said just before them ("y", "plus", "otros", "ponle")
_JOINED_TO_TIME = re.compile(
    r"\W*(?:y|and|plus|mas|otros?|otras?|another|ponle|ponele|ponganle|agregale|sumale|add)\W*")
_LATER = re.compile(r"\b(?:later|tarde|despues)\b")
_MAYBE_ADDED = re.compile(r"\b(?:mas|more|extra|adicional\w*|later|despues|plus|otros?|otras?|another)\b")


def _with_minutes_added(folded: str, got: str, locale: str, options: Mapping[str, Any] | None) -> str | None:
    """ "a las tres y cinco minutos más", "at three, plus ten minutes": a time said with minutes added after it
    (`minutes_added`) is that time plus them (15:05, 15:10). Only when the words before the minutes say the
    same time as the whole turn: "son las tres, llego en dos horas más" counts from the hour said as now."""
    if not _MAYBE_ADDED.search(folded):
        return None
    words = folded.split()
    for i in range(1, len(words)):
        added = minutes_added(" ".join(words[i:]), locale)
        if added is None:
            continue
        head = " ".join(words[:i])
        if extract_time(head, locale, options) != got or not re.fullmatch(r"\d{2}:\d{2}", got):
            return None
        joined = any(_JOINED_TO_TIME.fullmatch(w) for w in words[i - 1 : i + 1])
        if not joined and not _LATER.search(" ".join(words[i:])):
            # said in the same turn, the minutes are added only when joined to the time ("a las tres y cinco
            # minutos más", "at three plus ten minutes") or said later than it ("media hora más tarde"): "a las
            # cinco, o sea en dos horas más", "como dos horas más", "at five, that's two hours more", "so about
            # two more hours" are the time it takes to get there at five (17:00), never two hours on top of it
            return None
        total = (int(got[:2]) * 60 + int(got[3:]) + added) % (24 * 60)
        return f"{total // 60:02d}:{total % 60:02d}"
    return None


def said_on_24_hour_clock(text: str, locale: str) -> bool:
    """Whether `text` states its clock time on the 24-hour dial ("diecisiete cuarenta y cinco", "17:45",
    "cero horas treinta"): an hour of 0 or 13-23 and no part of the day. Such a caller is read the time
    back the same way, not as "5:45 de la tarde" (a form they may not recognise and deny)."""
    lang = lang_of(locale)
    folded = fold(text if isinstance(text, str) else "")
    tail = after_correction(folded, lang)
    for candidate in (tail, folded) if tail else (folded,):
        s = _digitized(candidate, lang)
        if not s or _has_day_part(s, lang):
            continue
        hm = _clock(s, lang)
        if hm is not None:
            return hm[0] == 0 or 13 <= hm[0] <= 23
    return False


def day_part_said(text: str, locale: str) -> str | None:
    """The half of the day `text` names, as read back in Spanish: "noche", "tarde", "manana" or None.
    "de la noche", "esta noche", "at night" -> "noche"; "de la tarde", "p.m.", "in the evening" -> "tarde";
    "de la mañana", "a.m.", "de la madrugada" -> "manana"."""
    lang = lang_of(locale)
    s = fold(text if isinstance(text, str) else "").replace(".", "")
    if _NIGHT[lang].search(s):
        return "noche"
    if _PM[lang].search(s) or _AFTER_NOON[lang].search(s):
        return "tarde"
    if _AM[lang].search(s):
        return "manana"
    return None


# A part of the day said without an hour, as a caller says when they arrive ("mañana temprano", "ya tarde", "early
# tomorrow"): never "mañana" alone, which is tomorrow.
_VAGUE_PART = {
    "es": re.compile(r"\b(?:temprano|tempranito|madrugada|tarde|tardecita|noche|nochecita)\b"),
    "en": re.compile(r"\b(?:early|morning|afternoon|evening|tonight|night)\b"),
}


def part_of_day_said(text: str, locale: str) -> bool:
    """Whether `text` says a part of the day, with an hour or not ("a las seis de la tarde", "mañana temprano",
    "tonight"); "mañana" / "pasado mañana" alone say a day, not a part of it."""
    return day_part_said(text, locale) is not None \
        or bool(_VAGUE_PART[lang_of(locale)].search(fold(text if isinstance(text, str) else "")))


def moved_to_day_part(value: str, text: str, locale: str) -> str | None:
    """`value` ("HH:MM") on the half of the day `text` names when `text` names one and no time of its own
    ("no, de la noche" at 7 de la mañana -> 19:00; "in the morning" at 7 PM -> 07:00): the caller keeps the
    hour read back and corrects only its half. None when `text` says a time, names no half, or `value` is
    not a time."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip()) if isinstance(value, str) else None
    part = day_part_said(text, locale)
    if m is None or part is None or extract_time(text, locale) is not None:
        return None
    lang = lang_of(locale)
    s = fold(text).replace(".", "")
    hour = _apply_day_part(int(m.group(1)) % 12 or 12, s, lang)
    return f"{hour:02d}:{m.group(2)}"


# A number of minutes added to a time already said, as the whole turn: "y cinco minutos más", "otros diez
# minutos", "media hora más tarde", "and five more minutes", "plus ten minutes", "ten minutes later". Before the
# duration only its joining word ("y", "plus", "otros", "another") and hedges; after it only its "more" words.
# "en cinco minutos más", "in ten minutes" count from now, and "con diez minutos de retraso" is a delay.
_ADDED_BEFORE = re.compile(
    r"(?:(?:y|and|plus|mas|otros?|otras?|another|unos|unas|como|quizas?|tal vez|a lo mejor|pues|este|eh|bueno|"
    r"maybe|probably|about|like|around|uh|um|well|say|oh)\s+)*")
# "y" / "and" alone do not join: "y cinco minutos" at 5:30 may be 5:35 or 5:05 (see `TimeAccumulator`)
_ADDED_JOIN = re.compile(r"\b(?:plus|mas|otros?|otras?|another)\b")
_ADDED_AFTER = re.compile(
    r"(?:\s*(?:mas o menos|more or less|or so|o asi|aproximadamente|mas|more|extra|adicionales?|de mas|tarde|"
    r"later|despues|on top|after that|encima))*")
_ADDED_MORE = re.compile(r"\b(?:mas|more|extra|adicional\w*|later|despues|on top|encima)\b")


def minutes_added(text: str, locale: str) -> int | None:
    """The minutes a turn adds to a time said before it, when the turn is only that ("A las tres" - "y cinco
    minutos más" is 15:05, never five minutes from now); None for any other turn. The duration must be joined to
    the time ("plus", "otros") or said as more ("más", "later"): "diez minutos" alone, "en diez minutos"
    are a duration from now."""
    lang = lang_of(locale)
    s = _digitized(fold(text).strip(" ,.;:!?¡¿-"), lang)
    found = find_duration(s, lang)
    if found is None or found[2] is None:
        return None
    start, end, minutes = found
    before, after = s[:start], s[end:]
    if not _ADDED_BEFORE.fullmatch(before) or not _ADDED_AFTER.fullmatch(after):
        return None
    after = re.sub(r"\b(?:mas o menos|more or less)\b", " ", after)
    return minutes if _ADDED_JOIN.search(before) or _ADDED_MORE.search(after) else None
