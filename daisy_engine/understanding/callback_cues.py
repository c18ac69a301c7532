"""A callback asked for by its two cues, wherever they stand: a contact verb and a later time.

"En cuarenta y cinco me llamas", "mañana en la tarde me agarras más tranquilo", "a eso de las cinco me
encuentras desocupado", "en diez minutos te regreso la llamada", "you'll catch me after lunch", "I'll
ring you back in twenty": no fixed phrase, but always (1) a verb of getting in touch addressed to the
agent ("me marcas", "búscame", "catch me") or promised by the caller ("te regreso la llamada", "I'll
ring you") and (2) a reference to a later moment anywhere in the turn: a duration or a bare delay ("en
45": minutes), a day, a part of the day, a clock time, a moment the caller waits for ("ya que llegue",
"once I park") or the state the caller will be in ("más tranquilo", "desocupado", "free").
The verb alone is not enough ("en la oficina me llaman Chuy", "ayer me marcaron") and neither is the
time ("llego en una hora" is an arrival): both must be there. A denial ("no me marques en la noche")
asks for nothing.
"""

from __future__ import annotations

import re

from .callback_times import names_a_time
from .normalize import Lang, fold, lang_of, words
from .numbers import digitize, prepare_tokens

# A call said as a noun, in Mexican speech ("un grito", "un telefonazo", "un timbrazo").
_CALL_NOUN = r"grito|gritito|telefonazo|fonazo|timbrazo|llamada|llamadita|marcada|marcadita|toque|toquido|campanazo"
# The call handed back ("me regresas la llamada", "¿me regresas el fon en treinta y cinco?", "te devuelvo el
# telefonazo"): "fon" is the phone, and the call, in Mexican speech.
CALL_RETURNED = r"(?:la llamada|la llamadita|el fon|el fonazo|el telefonazo)"

# The agent gets in touch with the caller: present/future second person or an imperative, with "me".
_AGENT_CONTACTS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bme (?:vuelves a |vuelve a )?(?:llamas|llama|llaman|marcas|marca|marcan|hablas|habla|hablan|agarras|agarra"
        r"|agarran|encuentras|encuentra|encuentran|localizas|localiza|localizan|pescas|pesca|buscas|busca|buscan"
        r"|contactas|contacta|contactan|timbras|llames|marques|hables|busques|agarres|localices)\b"
        # "el jueves me busca el de mantenimiento": someone else is the one who calls
        r"(?! (?:el|la|los|las) de\b| (?:mi|mis|su|sus)\b)"
        r"|\b(?:llam|marqu|marc|habl|agarr|busc|localic|localiz|encuentr|contact)(?:a|e|en)me\b"
        # the call named by a noun ("¿me echas un grito?", "échame un telefonazo", "me das un timbrazo")
        r"|\b(?:me (?:echas|echa|echan|das|da|dan|pegas|pega|pegan|haces|hace|hacen)|(?:ech|peg)(?:a|e|en)me"
        r"|(?:da|de|den)me|haz(?:me)?|hag(?:a|an)me) (?:un|una|otro|otra) (?:" + _CALL_NOUN + r")\b"
        # asked in the infinitive ("hazme el favor de llamarme", "¿puedes marcarme?")
        r"|\b(?:favor de|puedes|puede|pueden|podrias|podria|podrian|quieres|quiere|olvides|olvide|olviden"
        r"|acuerdate de|acuerdese de|vuelve a|vuelva a|vuelvan a|tienes que|tiene que|trata de|trate de|ocupo que)"
        r" (?:volver a |regresar a )?(?:llamar|marcar|hablar|buscar|localizar|contactar|telefonear)me\b"
        # ... with the "me" said first ("¿me puedes buscar en unos cuarenta y cinco?", "¿me podría localizar
        # mañana?"); "¿me puedes buscar el número?" names no later moment, and asks for nothing here
        r"|\bme (?:puedes|puede|pueden|podrias|podria|podrian|quieres|quiere|quisieras|quisiera) (?:volver a "
        r"|regresar a )?(?:buscar|localizar|contactar|telefonear|agarrar|encontrar)\b"
        # tried again ("intenta otra vez en media hora", "vuelve a marcar más tarde", "inténtale luego")
        r"|\b(?:intent|prueb)(?:a|e|en|ale|ele|alo|elo|ame|eme)(?: (?:otra vez|de nuevo|nuevamente))\b"
        r"|\b(?:vuelv|regres)(?:e|a|an|en) a (?:llamar|marcar|intentar|probar)(?:lo|le|me)?\b"
        # "te comunicas conmigo en una hora", "comuníquese conmigo mañana"
        r"|\b(?:(?:te|se) (?:comunicas|comunica|comunican|reportas|reporta|reportan)|comunicate|comuniquese"
        r"|reportate|reportese) conmigo\b"
    ),
    "en": re.compile(
        r"\b(?:call|ring|phone|buzz|try|reach|catch|hit|find|text) me\b"
        r"|\byou(?:ll| will| can| could| should)? (?:catch|reach|find|get|call|try) me\b"
        # the call named by a noun ("give me a shout in ten", "hit me with a call")
        r"|\b(?:give|send|drop) (?:me|us) (?:a |another )?(?:shout|holler|call|ring|buzz|jingle)\b"
        # "reach out again", "get in touch with me", "check back with me" ("reach out to dispatch" is not the caller)
        r"|\breach (?:out|back)(?: to me| again)?\b(?! to (?!me\b))|\bget (?:back )?in touch(?: with me)?\b"
        r"|\b(?:check|circle) back(?: in)?(?: with me)?\b|\bfollow up with me\b"
        r"|\bgimme (?:a |another )?(?:shout|holler|call|ring|buzz|jingle)\b|\b(?:holler|shout) (?:back )?at (?:me|us)\b"
        r"|\b(?:try|call|ring) (?:again|back)\b"
    ),
}
# Someone else named as the one the caller calls, right after the call or a few words of when on ("le llamo luego a
# mi esposa", "le marco mañana al despachador", "te llamo a las cinco a la bodega" no - "a las" is when): the
# caller's errand, no call to the agent. A lookahead for the words after the verb.
# A phone named after it is where the call goes, never whom ("le marco en una hora a su celular", "te llamo al
# número que me diste": the caller calls the agent).
_PHONES_ES = r"celular|cel|numero|telefono|whatsapp|movil|fijo"  # the phone words, once for both lookaheads
PHONE_AFTER_ES = r"(?! (?:" + _PHONES_ES + r"|linea)\b)"  # "a su línea"; "al línea" is said by no one
CALLS_ANOTHER_AFTER_ES = (r"(?!(?: (?!a\b|al\b)\w+){0,3} a (?:mi|mis|su|sus|tu|tus|un|una|mí)\b" + PHONE_AFTER_ES
                          + r"|(?: (?!a\b|al\b)\w+){0,3} al (?!rato|ratito|ratillo|mediodia|" + _PHONES_ES + r")\w)")
# The caller himself will call, get back in touch ("yo te marco", "en diez minutos te regreso la llamada", "le voy a
# marcar al rato", "I'll ring you back"): the one list of it, for a callback of the caller's own here and for
# `busy_going_on` (the flow may say he calls; never a value of the question asked). Not the agent asked to call
# ("llámame", "call me back": `_AGENT_CONTACTS`), nor a call to someone else ("le marco al despachador").
CALLER_CALLS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # ("te devuelvo yo la llamada": the subject may stand between the verb and the call)
        r"\b(?:(?:te|le|les) (?:llamo|marco|hablo|busco|(?:regreso|devuelvo) (?:yo )?" + CALL_RETURNED
        + r"|(?:vuelvo|regreso) a (?:llamar|marcar|hablar)|marcare|llamare|hablare"
        # what the caller can or will do ("yo te puedo llamar en una hora", "le voy a marcar al rato")
        r"|(?:puedo|podria|voy a) (?:volver a |regresar a )?(?:llamar|marcar|hablar|regresar la llamada"
        r"|devolver la llamada)"
        r"|(?:echo|doy|pego|hago|echare|dare) (?:un|una|otro|otra) (?:" + _CALL_NOUN + r"))"
        r"|(?:puedo|podria|voy a) (?:llamar|marcar|hablar)(?:te|le|les))\b"
        + CALLS_ANOTHER_AFTER_ES
        # ... or lets know, once his errand is done ("déjame preguntarle a mi jefe y te aviso"); alone "te aviso" may
        # promise the value (`intent_rules.value_said_later`). Arriving or being there is no errand: "voy a llegar a
        # las cinco y le aviso" answers when he arrives (and tells when he does)
        + r"|\b(?:dejame|deja|dejeme|voy a|tengo que) (?!(?:llegar|estar|andar|entrar|arribar)\b)(?:\w+ ){1,8}y "
        r"(?:ya |luego |ahorita |orita |al rato )?(?:yo )?"
        r"(?:te|le|les) (?:aviso|confirmo)\W*$"
    ),
    "en": re.compile(
        r"\b(?:ill|i will|i can|i could|let me|lemme|i ll|ima|im gonna|i am going to|im going to) (?:(?:call|ring"
        r"|phone|buzz|get back to|hit) (?:you|yall|ya|u)(?: back| up)?"
        r"|(?:give|send|drop) (?:you|yall|ya) (?:a |another )?(?:shout|holler|call|ring|buzz))\b"
        # the caller's errand first, his call after it ("I'll call dispatch and call you back", "let me check with
        # my boss and get back to you"): the subject said once for both
        r"|\b(?:ill|i will|let me|lemme|i can|i gotta|i have to|i need to) (?:\w+ ){1,5}"
        r"(?:and|then|and then) (?:(?:ill|i will) )?"
        r"(?:(?:call|ring|hit) (?:you|ya|u)(?: back| up)?|get (?:right )?back to (?:you|ya))\b"
    ),
}
# ... as a cue of a callback here: never with "a" right after it ("le marco a las cinco al despachador": the caller's
# errand at five, which `CALLS_ANOTHER_AFTER_ES` cannot tell apart from "te marco a las cinco"; that one the intents
# hear as a callback on their own). The pattern is grouped whole: it has alternatives at its top level ("... y te
# aviso"), and the lookahead must close every one of them, never only the last.
_CALLER_CALLS_BACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:" + CALLER_CALLS["es"].pattern + r")(?! (?:a|al|a la|a mi|a mis|a su|a sus|a los|a las)\b)"),
    "en": CALLER_CALLS["en"],
}
# "Llego a las cinco y te hablo": an arrival time with a courtesy call after it is the arrival.
_ARRIVAL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llego|llegando|llegaria|llegare|llegamos|ando llegando|estoy llegando)\b"),
    "en": re.compile(r"\b(?:ill arrive|ill get there|ill be there|im arriving|ill pull in)\b"),
}
# Any word of arriving ("be there", "llego", "twenty minutes out"), said by the caller in any tense. Read on
# digitized words.
_ARRIVING_ANY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llego|llegando|llegaria|llegare|llegamos|llegar|arribo|estoy ahi|estoy alla"
                     r"|(?:estoy|ando|voy) a (?:\d+|una|media) (?:minutos|horas?|millas|kilometros))\b"),
    "en": re.compile(r"\b(?:arrive|arriving|get there|be there|pull in|make it"
                     r"|(?:\d+|an|a few|a couple) (?:minutes?|mins|hours?|miles) (?:out|away))\b"),
}
# "Mi esposa me llama en la noche": the one who calls named before the verb (not a time: "el lunes en
# la tarde me llama" is the agent asked, as usted).
_SUBJECT_BEFORE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:mi|mis|su|sus|el|la|los|las) (?!(?:tarde|noche|manana|madrugada|semana|lunes|martes|miercoles|jueves"
        r"|viernes|sabado|domingo|mediodia|tardecita|nochecita|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
        r"|once|doce|\d+)\b)\w+ $"
    ),
    # ... in English with what they can or will do ("my wife can call you back", "she'll call back", "dispatch is
    # gonna call"); "can you have someone call me" asks the agent, and "I can call you back" is the caller's own
    "en": re.compile(r"(?:\b(?:my|his|her|the|their|our) \w+|\b(?:he|she|they|hell|shell|theyll|he ll|she ll|they ll"
                     r"|dispatch|dispatcher|payroll|the office))"
                     r"(?: (?:can|could|will|would|should|might|may|gonna|is gonna|is going to|are gonna|are going to"
                     r"|wants to|needs to|has to|have to|can just|will just))? $"),
}
# A later moment that is not a clock or a day: an event the caller waits for, or a state they will be in.
_LATER_CUE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:ya que|en cuanto|nomas|nada mas|apenas|hasta que|cuando|despues de que|luego que|saliendo de)"
        r" (?:me |lo |la |yo )?\w+(?:e|a|o)\b"
        r"|\b(?:mas )?(?:tranquil[oa]s?|desocupad[oa]s?|libres?|disponibles?|desahogad[oa]s?|con calma"
        r"|con (?:mas )?tiempo)\b"
        r"|\b(?:luego|despues|mas tarde|al rato|al ratito|mas al rato|mas tardecito|en un rato|en un ratito)\b"
        r"|\b(?:en|dentro de) (?:unos |como |otros |unos |tipo )?\d{1,3}\b"
        # time given before the call ("dame veinte y me llamas", "aguántame cuarenta minutitos y me buscas")
        r"|\b(?:dame|deme|denme|me das|me da|me dan|aguantame|aguanteme|aguantenme|esperame|espereme|esperenme"
        r"|dejame|dejeme) (?:unos |como |otros |tipo )?\d{1,3}\b"
        # "de aquí a una hora", "de aquí a dos horas": counted from now
        r"|\bde (?:aqui|aca) a (?:unos |unas |como )?(?:\d{1,3}|una|un|media|un par)\b"
        # once a thing is past ("ya pasando la comida", "terminando de descargar", "saliendo del patio")
        r"|\b(?:ya )?(?:pasando|pasadito|pasadita|terminando|acabando|despues de|saliendo de)"
        r" (?:de |del |la |el |las |los |mi |que )?\w+"
    ),
    "en": re.compile(
        r"\b(?:once|when|after|as soon as|soon as|by the time) (?:i|im|we|were)\b"
        r"|\b(?:free|available|parked|done|off|home|settled|less busy|not driving)\b"
        r"|\b(?:later|in a (?:bit|while|few)|by then|in \d{1,3}|give me \d{1,3}|gimme \d{1,3})\b"
    ),
}
# A span of time said right before the call it delays: "Twenty minutes, then call me", "fifteen minutes, then
# reach out again", "veinte minutos y me marcas". Read on digitized words, and never in a turn about
# arriving ("twenty minutes and I'll be there, call me when you need"): there the time is the arrival's.
_SPAN_THEN_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:(?:\d{1,3}|media|una|un par de) (?:minutos|minutitos|horas?|horitas?)|(?:un )?cuarto de hora"
        r"|(?:una )?hora y (?:media|cuarto))(?: mas)?"
        # the words joining them ("y ahí sí me buscas", "y ya luego me marcas")
        r" (?:(?:y|ya|luego|entonces|despues|ahi|si) ){0,4}"
        r"(?:me (?:\w+ )?(?:llam|marc|habl|busc|agarr|encuentr|contact|localiz|timbr)|(?:llam|marc|marqu|habl|busc)"
        r"(?:a|e|en)me\b|(?:te|le) (?:llamo|marco|hablo|busco|regreso|devuelvo))"
    ),
    "en": re.compile(
        r"\b(?:\d{1,3}|half an|an|a couple(?: of)?|a few) (?:more )?(?:minutes|mins|hours?|hrs?)(?: from now)?"
        # how sure the span is ("twenty minutes, tops, then give me a shout", "an hour or so and call me")
        r"(?: (?:tops|max|maximum|at most|at the most|or so|ish|give or take|more or less|or less|or))?"
        r" (?:(?:then|and then|and|after that|so) )?(?:call|ring|phone|buzz|try|reach|hit|text|give|gimme"
        r"|get back|check back|you can call|you can reach|you can try|ill call|i will call|ill ring)\b"
    ),
}
# Contact asked for only in case of need ("call me if you need anything", "cualquier cosa me marcas", "me
# hablas si algo"): no callback at a later time, even beside an arrival time ("llego en veinte, me marcas si
# algo").
_ON_NEED_AFTER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?: (?:de nuevo|otra vez|tu|usted))? (?:(?:si|por si) (?:algo|necesitas|necesita|necesitan"
                     r"|ocupas|ocupa|ocupan|hay|pasa|tienes|tiene|se ofrece|surge|sale|se ocupa|se necesita"
                     r"|llegas a|llega a)|en caso de|cuando (?:necesites"
                     r"|necesite|ocupes|ocupe|quieras|quiera|gustes|guste)"
                     # ... or only if the caller runs late ("yo me comunico contigo si me atraso")
                     r"|(?:si|por si|en caso de que) (?:me |nos )?(?:atraso|retraso|tardo|demoro|atoro|atrasamos"
                     r"|llego tarde|voy tarde|cambia|hay (?:algun )?cambio))\b"),
    "en": re.compile(r"^(?: back| up)?(?: to you| with you)? (?:if|in case|whenever you (?:need|want|like)|anytime"
                     r"|any time)\b"),
}
_ON_NEED_BEFORE: dict[Lang, re.Pattern[str]] = {
    # (the need said impersonally or as a chance too: "si se ocupa algo", "si llegas a necesitar algo")
    "es": re.compile(r"\b(?:si (?:algo|necesitas|necesita|necesitan|ocupas|ocupa|ocupan|hay algo|pasa algo|tienes"
                     r"|tiene|hay (?:algun|alguna|cualquier)|se (?:ocupa|ocupan|necesita|necesitan|ofrece|requiere"
                     r"|requieren|llega a ocupar|llega a necesitar)|(?:llegas|llega|llegan) a (?:ocupar|necesitar)"
                     r"|(?:me |nos )?(?:atraso|retraso|tardo|demoro|atoro|atrasamos)|llego tarde|voy tarde)"
                     r"|cualquier cosa|por cualquier cosa|cualquier duda|en caso de)\b(?: \w+){0,4} $"),
    "en": re.compile(r"\b(?:if (?:you need|you have|you got|anything|something|theres|there is|there s|you want"
                     r"|im late|i am late|im running late|i run late|i get held up|im delayed)"
                     r"|in case|anything else)\b(?: \w+){0,4} $"),
}


def _on_need(joined: str, m: re.Match[str], lang: Lang) -> bool:
    return _ON_NEED_AFTER[lang].search(joined[m.end():]) is not None \
        or _ON_NEED_BEFORE[lang].search(joined[: m.start()]) is not None


def on_need_around(joined: str, m: re.Match[str], lang: Lang) -> bool:
    """Whether the words around a contact the caller offers (`m`, in `joined`) make it one only in case of need
    ("cualquier cosa yo me comunico con usted", "I'll get back to you if I'm running late")."""
    return _on_need(joined, m, lang)


# "No me marques en la noche", "don't call me after six": the verb denied. ("¿No me llamas mañana?" asks
# for it: only the negative imperative, "no" + subjunctive, denies in Spanish.)
_DENIED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:me )?(?:vuelvas a |vuelva a |vuelvan a )?(?:\w+es|\w+en|\w+e|\w+ques|\w+ces)$"),
    "en": re.compile(r"\b(?:dont|do not|never|not|wont|cant|shouldnt)(?: ever)? \w+ me$"),
}


# This very call, said as why the caller brings something up ("ya que me hablas, me descontaron las casetas",
# "since you're calling, they docked my tolls"): the contact verb is the call going on, none to come. Searched
# in what comes before the verb's "me" (or, in English, the verb).
THIS_CALL_BEFORE: dict[Lang, str] = {
    "es": r"\b(?:ya que|ahora que|aprovechando que)",
    "en": r"\b(?:since|now that|while) (?:you|youre|you are|youve|you have|yall)(?: got me)?",
}
_THIS_CALL: dict[Lang, re.Pattern[str]] = {lang: re.compile(rx + "$") for lang, rx in THIS_CALL_BEFORE.items()}


def this_very_call(before: str, lang: Lang) -> bool:
    """Whether the words before a contact verb make it this call ("ya que | me hablas")."""
    return _THIS_CALL[lang].search(before.rstrip()) is not None


_SUBJECT_AFTER = re.compile(r"^ (?:(?:el|la|los|las) de|mi|mis|su|sus)\b")


def someone_else_calls(before: str, verb: str, lang: Lang, after: str = "") -> bool:
    """The words around "me llama" name who calls ("mi compadre me habla en la tarde", "mañana me
    marca el de la aseguradora"). A verb said to "tú" ("de la báscula me agarras") has the agent for
    subject whatever comes before it."""
    if lang == "es" and verb.endswith("s"):
        return False
    if lang == "es" and _SUBJECT_AFTER.match(after):
        return True
    found = _SUBJECT_BEFORE[lang].search(before + " ")
    if found is not None and lang == "es" and verb in _ASKED_AS_USTED \
            and _PLACE_BEFORE.search(before[: found.start()].rstrip() + " "):
        return False  # "estoy en la báscula, ¿me puede marcar?": the place where the caller is, no subject
    return found is not None


# "¿Me puede/podría marcar?" is how a caller asks the agent (usted); the noun before it is a subject only
# when no preposition makes it a place ("ahorita estoy en la báscula, me puede marcar en un ratito").
_ASKED_AS_USTED = frozenset({"puede", "podria", "pudiera", "quiere", "quisiera"})
_PLACE_BEFORE = re.compile(r"\b(?:en|a|al|por|desde|hasta|cerca de|junto a|frente a) $")


def contact_on_need(tokens: list[str], lang: Lang) -> bool:
    """The turn offers contact only in case of need ("call me in case something changes", "cualquier cosa
    me marcas"): no callback asked for, whatever time is said around it."""
    joined = " ".join(tokens)
    m = _AGENT_CONTACTS[lang].search(joined) or _CALLER_CALLS_BACK[lang].search(joined)
    return m is not None and _on_need(joined, m, lang)


def denied_contact(tokens: list[str], lang: Lang) -> bool:
    """The turn denies the contact ("don't call me after nine", "no me marques tan tarde")."""
    joined = " ".join(tokens)
    m = _AGENT_CONTACTS[lang].search(joined)
    return m is not None and _DENIED[lang].search(joined[: m.end()]) is not None


# "Later" said bare, no moment named: the one list of it (folded). `names_when` looks past it; `intent_rules`
# hears a turn of nothing else as "not now" (`only_later`) and a value promised with it as put off.
BARE_LATER: dict[Lang, tuple[str, ...]] = {
    "es": ("luego", "al rato", "al ratito", "mas tarde", "mas tardecito", "mas al rato", "despues", "en un rato",
           "en un ratito"),
    "en": ("later", "later on"),
}
# ... as `names_when` strips it: "después de la descarga" names when; "in a bit" is as bare
_BARE_LATER: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(r"\b(?:" + "|".join(
        sorted((p.replace("despues", "despues(?! de\\b| que\\b)") for p in phrases), key=len, reverse=True)
        + ([r"in a (?:bit|while|few)"] if lang == "en" else [])) + r")\b")
    for lang, phrases in BARE_LATER.items()
}


def tells_arrival(text: str, locale: str) -> bool:
    """Whether the caller says he arrives in so many words ("llego a las cinco", "I'll be there at five")."""
    return _ARRIVING_ANY[lang_of(locale)].search(" ".join(words(fold(text)))) is not None


def names_when(text: str, locale: str) -> bool:
    """Whether the turn names when, beyond a bare "later": a duration, a clock time, a day or a part of it, an event
    the caller waits for or a state he will be in ("después de la descarga", "cuando esté desocupado", "once I
    park", "mañana en la tarde"). "Luego", "más tarde", "later on" name none: a callback asked for with them has
    its time still to be asked."""
    lang = lang_of(locale)
    joined = " ".join(words(fold(text)))
    bare = " ".join(_BARE_LATER[lang].sub(" ", joined).split())
    if _LATER_CUE[lang].search(bare):
        return True
    digits = " ".join(digitize(prepare_tokens(bare.split(), lang), lang))
    return _LATER_CUE[lang].search(digits) is not None or names_a_time(bare, locale)


def contact_with_time(tokens: list[str], lang: Lang) -> bool:
    """A contact verb for a later contact and a later moment in the same turn (see the module doc)."""
    joined = " ".join(tokens)
    m = _AGENT_CONTACTS[lang].search(joined)
    said = m.group(0).split() if m is not None else []
    # the verb: after "me" ("me echas un grito"), else the first word ("échame un grito", "call me")
    verb = said[1] if said[:1] == ["me"] and lang == "es" else said[0] if said else ""
    # an imperative with its "me" ("échame un grito") has the agent for subject whatever comes before it
    imperative = lang == "es" and verb.endswith(("me", "nos")) and said[:1] != ["me"]
    if m is not None and not imperative and (someone_else_calls(joined[: m.start()].rstrip(), verb, lang)
                                             or this_very_call(joined[: m.start()], lang)):
        m = None
    if m is None:
        m = _CALLER_CALLS_BACK[lang].search(joined)
        if m is None or _ARRIVAL[lang].search(joined):
            return False
    if _DENIED[lang].search(joined[: m.end()]) or _on_need(joined, m, lang):
        return False
    if _LATER_CUE[lang].search(joined):
        return True
    digits = " ".join(digitize(prepare_tokens(tokens, lang), lang))
    if _LATER_CUE[lang].search(digits):
        return True  # "en cuarenta y cinco"
    if _SPAN_THEN_CALL[lang].search(digits) and not _ARRIVING_ANY[lang].search(digits):
        return True  # "twenty minutes, then call me"
    return names_a_time(joined, "es-MX" if lang == "es" else "en-US")


def caller_calls_back(tokens: list[str], lang: Lang) -> bool:
    """The caller promises to get back in touch at a later moment ("en diez minutos te regreso la llamada", "I'll
    call you back in ten"): a callback of his own, not an arrival."""
    return _CALLER_CALLS_BACK[lang].search(" ".join(tokens)) is not None and contact_with_time(tokens, lang)


# A request, a pause, a bare "no" and another request: the first taken back ("que me llame mi despachador... no,
# llámame tú en una hora", "have dispatch call me - no, you call me in an hour", "que me llame mi jefe, no, mejor yo
# le marco"). `no`: the "no" said ("no", "no, no"); `instead`: the word that says the tail replaces the head.
REQUEST_TAKEN_BACK = re.compile(r"^(?P<head>.*\w)(?<!\bno)(?<!\bnope)(?<!\bnah)\s*(?:\.{2,}|…|[,.;:-])\s*"
                                r"(?P<no>(?:no|nope|nah)(?:\s*,?\s*no)?)\s*[,.;!?…-]+\s*"
                                r"(?P<instead>mejor |better |actually |rather |wait )?(?P<tail>\w.*)$")


__all__ = ["CALLER_CALLS", "CALLS_ANOTHER_AFTER_ES", "PHONE_AFTER_ES", "REQUEST_TAKEN_BACK", "THIS_CALL_BEFORE",
           "caller_calls_back", "contact_on_need", "contact_with_time",
           "denied_contact", "names_when", "on_need_around", "someone_else_calls", "this_very_call"]
