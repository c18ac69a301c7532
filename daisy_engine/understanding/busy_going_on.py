"""A caller who says he is busy while he goes on with the call ("Sí, rápido que voy manejando",
"I'm driving, make it quick", "Setenta, voy manejando").

"Voy manejando" alone only implies the caller is busy: the `busy` hint (`busy_hint`), which a flow may
answer in place ("no se preocupe, seré breve") and which is a callback for a flow that does not handle
it. Said with a yes, an answer, or
words urging the agent on, it is why he wants it quick, and moving the call would end a call the caller
is answering. A callback asked for in so many words in the same turn ("voy manejando, ¿me marcas en una
hora?", "ahorita no puedo, voy manejando") still counts: the caller of `going_on` checks the rest of the
turn for one (`busy_said_apart`).
"""

from __future__ import annotations

import re

from .callback_cues import CALLER_CALLS, REQUEST_TAKEN_BACK
from .durations import duration_minutes
from .normalize import Lang, fold, lang_of, wordset
from .numbers import digitize, is_number_word, prepare_tokens

# What the caller is in the middle of, as an activity that only implies he is busy: driving, loading, eating.
# He may still talk ("¿Bueno? Voy manejando, eh." and then every value): said alone it is the `busy` hint.
# So is a stop on the road that holds him up a moment: a toll booth, the scales, customs ("orita voy en la caseta").
_ACTIVITY: dict[Lang, str] = {
    "es": r"(?:manejando|conduciendo|maniobrando|cargando|descargando|trabajando|comiendo|almorzando|desayunando"
          r"|cenando|al volante|en (?:el )?volante|en (?:la |una |plena )?(?:carretera|autopista)"
          r"|(?:en|pasando) (?:la |una )?(?:caseta|bascula|aduana|garita|revision))",
    "en": r"(?:driving|on the road|on the highway|on the interstate|behind the wheel|loading|unloading|at the dock"
          r"|working|in traffic|rolling|on the move|eating|fueling|fueling up|backing in"
          r"|(?:at|going through|pulling into|in line at) (?:the |a )?(?:toll booth|tolls|toll|scales?|weigh station"
          r"|border|customs|inspection))",
}
# Busy said outright ("estoy ocupado", "estoy en junta", "I'm busy"): the caller cannot talk now.
_BUSY_OUTRIGHT: dict[Lang, str] = {
    "es": r"(?:ocupad[oa]s?|ataread[oa]s?|apurad[oa]s?|en (?:la |una )?(?:junta|reunion))",
    "en": r"(?:busy)",
}
# On the way, said as where the caller is ("voy en camino"): an answer to when he arrives as often as a reason.
_UNDER_WAY: dict[Lang, str] = {"es": r"|en (?:la |una |plena )?(?:ruta|camino)", "en": ""}
_BUSY_WHO: dict[Lang, str] = {
    "es": r"\b(?:(?:ahorita|ahora|orita|horita|ya) )?(?:estoy|voy|ando|vengo|andamos|vamos|estamos|sigo)"
          r" (?:bien |muy |re |super |algo |medio )?",
    "en": r"\b(?:(?:right now|now) )?(?:im|i am|were|we are)"
          r" (?:so |really |pretty |kinda |kind of |just |super |still )?",
}
# What the caller is in the middle of: an activity, or busy said outright.
_BUSY_STATE: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(_BUSY_WHO[lang] + "(?:" + _ACTIVITY[lang] + "|" + _BUSY_OUTRIGHT[lang] + _UNDER_WAY[lang]
                     + r")\b")
    for lang in ("es", "en")
}
# The activity alone, said with who is at it or opening the turn ("manejando ahorita", "driving right now").
_ONLY_ACTIVITY: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(r"(?:^(?:(?:ahorita|ahora|orita|horita|right now|now|just) )?|" + _BUSY_WHO[lang] + ")"
                     + _ACTIVITY[lang] + r"\b")
    for lang in ("es", "en")
}

# Words urging the agent on, or asking what she wants: the caller goes on with the call.
_URGES: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:rapido|rapidito|rapidin|aprisa|aprisita|deprisa|de prisa|apurale|apurate|apurese|apurele|apurenle"
        r"|de volada|andale|ande pues|sigale"
        r"|sigamos|adelante|hagale|dele|dale|echale|echele|pero (?:digame|dime|pregunte|pregunta|preguntame"
        r"|pregunteme|sigale|sigue|hagale|dale|adelante|ya|va)|que (?:mas )?(?:necesita|necesitas|ocupa|ocupas|quiere"
        r"|quieres|se le ofrece|se ofrece|me pregunta|me preguntas)|si puedo"
        r"|puedo hablar|si puedo hablar|te escucho|lo escucho|la escucho|le escucho"
        # "Estoy en la aduana, dígame": what the caller is at, and the go-ahead to say what is wanted
        # time to talk said to be there, or the phone kept free of the hands ("pero tengo manos libres", "traigo el
        # bluetooth", "sí tengo unos minutos"): the caller can talk while at it
        r"|(?:tengo|traigo|ando con|voy con) (?:tiempo|chance|un minuto|unos minutos|un par de minutos|unos minutitos"
        r"|un ratito|(?:el )?manos libres|(?:el )?bluetooth|(?:el )?altavoz|audifonos|(?:el )?auricular)"
        r"|(?:con|en) (?:el )?(?:manos libres|altavoz|bluetooth)"
        r"|(?<!\bno )(?:digame|dime|digamelo|dimelo)"
        # ... never when it names another moment ("estoy ocupado, dígame otro día", "dígame ahorita que llegue")
        r"(?! (?:mas tarde|luego|despues|al rato|cuando|a que hora|en que|en cuanto|si|otro|otra|la otra|ahorita que"
        r"|orita que|manana|mananita|pasado)\b))\b"
    ),
    "en": re.compile(
        r"\b(?:hurry|hurry up|quick|quickly|real quick|make it quick|make it fast|make it snappy|be quick|go ahead"
        r"|go on|shoot|fire away|keep going|lets do (?:it|this)|lets go|lets make it quick|what do you need"
        r"|what you need|what do you want|what can i do for you|whatcha need|i can talk|i can still talk"
        r"|im listening|i hear you|you can go on|but ask|ask away"
        # time to talk said to be there, or the phone kept free of the hands ("but I'm on hands-free", "I got my
        # headset on", "yes I have a couple minutes"): the caller can talk while at it
        # (the time itself named: "I have a meeting", "I got a customer here", "I have the kids with me" say what
        # keeps the caller busy, never that he can talk)
        r"|(?:i )?(?:have got|ve got|do have|have|got) (?:(?:a couple of|a couple|a few|a|some|the) )?"
        r"(?:minutes?|mins?|minute or two|seconds?|secs?|moment|time)"
        r"|(?:im |i am )?on (?:the )?(?:hands ?free|handsfree|speaker|speakerphone|bluetooth|headset)"
        r"|hands ?free|handsfree|(?:i )?(?:got|have) (?:my |the |a )?(?:headset|earpiece|bluetooth)(?: on)?)\b"
    ),
}

# A yes at the start, not taken back by a "but" ("Sí, pero voy manejando" is a polite not now).
_YES_FIRST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:si|claro|correcto|ok|okey|sale|va|simon|aja|asi es|esta bien|eso|exacto)(?: si)*"
                     r"(?! pero\b)(?: |$)"),
    "en": re.compile(r"^(?:yes|yeah|yep|yup|sure|ok|okay|correct|right|uh huh|thats right|affirmative)"
                     r"(?! but\b)(?: |$)"),
}


# A refusal or a later moment anywhere in the turn keeps a busy caller's turn a callback, whatever yes or
# urging words it also holds ("claro que no, voy manejando", "no sé si puedo", "shoot me a text later").
_DECLINES: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:no|nel|nop|tampoco|ahorita no|ahora no)\b"),
    "en": re.compile(r"\b(?:no|nope|not|cant|cannot|dont)\b"),
}
# "Sí, pero voy manejando": a polite not now, no bare activity.
_BUT: dict[Lang, re.Pattern[str]] = {"es": re.compile(r"\b(?:pero|nomas que|solo que)\b"), "en": re.compile(r"\bbut\b")}
_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:mas tarde|al rato|luego|despues|en (?:un|una|unos|unas|media|\d+|dos|tres|cinco|diez|quince"
                     r"|veinte|treinta)\b|cualquier cosa|manana|mananita|en la tarde|en la noche)\b"),
    "en": re.compile(r"\b(?:later|in (?:a|an|\d+|five|ten|fifteen|twenty|thirty|half)\b|tomorrow|tonight|text)\b"),
}


def later_named(joined: str, lang: Lang) -> bool:
    """The words name a later moment or the caller calling back ("más tarde", "nos vemos al rato", "te marco",
    "later", "I'll call you"): with an activity beside a request or a goodbye ("voy manejando, repítamelo más
    tarde", "voy manejando, te marco, adiós") the caller puts the call off, he does not ask to hear it now or end it."""
    joined = joined.replace("hasta luego", "hasta")  # "hasta luego" is a goodbye, no later moment
    return _LATER[lang].search(joined) is not None or _CALLS_BACK[lang].search(joined) is not None


# "but" between a not-now and what goes on (`goes_on_after_but`), and a yes opening what follows it.
_BUT: dict[Lang, re.Pattern[str]] = {"es": re.compile(r"\bpero\b"), "en": re.compile(r"\bbut\b")}
# (the yes alone: "pero sí", "but sure"; "pero si es lo de la placa, háblame ..." is an "if")
_YES_AFTER_BUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:si|claro|sale|va|ok|okey|orale|adelante|dale|ya)(?: (?:si|claro|sale|va|dale|pues))*"),
    "en": re.compile(r"(?:yes|yeah|yep|yup|sure|ok|okay)(?: (?:yes|sure|ok|okay))*"),
}
# A call asked in the half after the "but" ("..., pero si es lo de la placa mejor háblame en hora y media"): the
# callback stands, whatever else that half says.
_CALL_ASKED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llam|marc|marqu|habl)(?:a|e|en)me\b|\bme (?:llamas|marcas|hablas|llama|marca|habla)\b"),
    "en": re.compile(r"\b(?:call|ring|phone|try|hit) me\b"),
}
# A moment named after the "but" ("pero tengo un ratito como a las cinco", "but I've got a few minutes after lunch",
# "but I have time when I get to the yard"): the time there is, is then - the not-now stands.
_MOMENT_NAMED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:a las|a la una|como a|cuando|en cuanto|saliendo|llegando|terminando|ya que|hasta que"
                     r"|(?:en|por) la (?:tarde|noche|manana)|al mediodia|a mediodia|horas?)\b"),
    "en": re.compile(r"\b(?:after|at (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)"
                     r"|around|when|once|until|till|this (?:afternoon|evening|morning)|tonight|tomorrow|hours?)\b"),
}
# The timing of the call said not to be bad ("no es mal momento", "not a bad time", "you didn't catch me at a bad
# time"): never the busy words inside it - a go-ahead.
_BAD_TIME_DENIED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:es |era |seria |sera |fue |esta )?(?:(?:un|una) )?(?:tan )?(?:mal momento|mala hora"
                     r"|mal tiempo)\b|\bno me (?:agarraste|agarras|agarra|agarro|cachaste|cachas|cacho) en (?:un )?"
                     r"(?:mal momento|mala hora)\b"),
    "en": re.compile(r"\b(?:not|isnt|no|aint|never) (?:a |such a |really a |that |too )?(?:bad|terrible|lousy"
                     r"|horrible) (?:a )?(?:time|timing|moment)\b|\bdidnt catch me at a bad time\b"),
}


def goes_on_after_but(tokens: list[str], lang: Lang) -> bool:
    """Whether a not-now is taken back by what follows its last "pero" / "but": the caller goes on now ("ahorita
    manejo pero tengo manos libres, dígame", "I'm driving but I'm on hands-free, go ahead", "Bad timing on that
    load, but yes I have a couple minutes"). What follows urges the agent on, says there is time or a yes (never a
    refusal or a later moment), and nothing before it names a later moment or a call ("estoy manejando, márcame
    en una hora, pero ..." is still the callback). The half said last wins."""
    joined = " ".join(tokens)
    cuts = list(_BUT[lang].finditer(joined))
    if not cuts:
        return False
    head, tail = joined[: cuts[-1].start()].strip(), joined[cuts[-1].end() :].strip()
    if not head or not tail or _DECLINES[lang].search(tail) or later_named(tail, lang) or later_named(head, lang) \
            or _CALL_ASKED[lang].search(joined) or _MOMENT_NAMED[lang].search(tail):
        return False
    return urged(tail, lang) or _YES_AFTER_BUT[lang].fullmatch(tail) is not None


# Of the urging words, those saying there is time to talk ("tengo unos minutos", "I've got a couple minutes"): with a
# moment named beside them ("... como a las cinco", "... after lunch") the time is then, the caller does not go on now.
_TIME_TO_TALK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:tengo|traigo|ando con|voy con) (?:tiempo|chance|un minuto|unos minutos|un par de minutos"
                     r"|unos minutitos|un ratito)"),
    "en": re.compile(r"(?:i )?(?:have got|ve got|do have|have|got) .*"),
}


def urged(joined: str, lang: Lang) -> bool:
    """Whether the words urge the agent on (`_URGES`); time to talk said beside a moment named ("tengo un ratito como
    a las cinco", "I've got a few minutes after lunch") is that moment's, no go-ahead."""
    return any(not (_TIME_TO_TALK[lang].fullmatch(m.group()) and _MOMENT_NAMED[lang].search(joined))
               for m in _URGES[lang].finditer(joined))


def only_going_on_after_but(tokens: list[str], lang: Lang) -> bool:
    """Whether what follows the last "pero" / "but" of a turn that goes on after a not-now (`goes_on_after_but`) is
    nothing but the go-ahead ("..., but go ahead", "..., pero dígame"): at a question, the question asked again."""
    joined = " ".join(tokens)
    cuts = list(_BUT[lang].finditer(joined))
    if not cuts:
        return False
    rest = _URGES[lang].sub(" ", joined[cuts[-1].end() :]).split()
    return all(t in _JOINING[lang] or _YES_AFTER_BUT[lang].fullmatch(t) for t in rest)


def bad_time_denied(tokens: list[str], lang: Lang) -> list[str] | None:
    """The words of a turn that says the timing is not bad ("no es mal momento, dígame", "not a bad time"), without
    that denial; None when it says no such thing."""
    joined = " ".join(tokens)
    m = _BAD_TIME_DENIED[lang].search(joined)
    return None if m is None else (joined[: m.start()] + " " + joined[m.end() :]).split()


def busy_said_apart(tokens: list[str], lang: Lang) -> tuple[list[str], list[str]] | None:
    """The turn's words split into (the busy statement, the rest), or None when it says no such thing."""
    joined = " ".join(tokens)
    m = _BUSY_STATE[lang].search(joined)
    if m is None:
        return None
    rest = (joined[: m.start()] + " " + joined[m.end() :]).split()
    return m.group(0).split(), rest


# The caller calling back ("te marco", "nos hablamos", "I'll call you"); also a can't-talk (`_NOT_NOW`).
_CALLS_BACK_SAID: dict[Lang, str] = {
    "es": r"(?:te|le|les) (?:hablo|marco|llamo|regreso|devuelvo)|nos (?:hablamos|marcamos|llamamos)",
    "en": r"(?:ill|i will|let me|lemme) (?:call|hit|ring|get back to) (?:you|ya|u)|call you back",
}
_CALLS_BACK: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(r"\b(?:" + said + r")\b") for lang, said in _CALLS_BACK_SAID.items()
}


def caller_calls_back(text: str, locale: str) -> bool:
    """Whether the caller says he will call himself ("yo te marco", "ahorita lo busco y te marco", "I'll call you
    back") rather than asking to be called: the flow may say so (`event.value.caller_calls` of `reschedule`)."""
    if not isinstance(text, str):
        return False
    lang = lang_of(locale)
    folded = fold(text).replace("'", "")
    taken = REQUEST_TAKEN_BACK.match(folded)
    if taken is not None and CALLS_SAID[lang].search(taken.group("tail")) is not None:
        # "que me llame mi jefe, no, mejor yo le marco": the call said last is the one meant, the first taken back
        folded = taken.group("tail")
    # "le hablo a mi jefe y me marcas en diez": the caller asks to be called - Daisy calls, no wait for his call
    return CALLER_CALLS[lang].search(folded) is not None and _ASKS_TO_BE_CALLED[lang].search(folded) is None


# The agent asked to call, in the same turn ("... y me marcas en diez", "márcame en veinte", "call me back in ten").
_ASKS_TO_BE_CALLED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:me (?:marcas|marca|marques|marque|llamas|llama|llames|llame|hablas|habla|hables|hable|"
                     r"buscas|busca|reintentas)|(?:marca|llama|habla|busca)me|(?:marcar|llamar|hablar)me)\b"),
    "en": re.compile(r"\b(?:call|ring|try|reach|hit) me\b"),
}
# ... as a name must never hold it: the imperatives and requests only ("márcame", "call me back"), not "me llama"
# ("Juan, me llaman el Güero" names)
_ASKS_TO_BE_CALLED_SAID: dict[Lang, str] = {
    "es": r"\b(?:(?:marca|llama|habla|busca)me|(?:marque|llame|hable|busque)me|me (?:marcas|marques|marque|llamas"
          r"|llames|hablas|hables|reintentas) (?:luego|despues|mas tarde|al rato|manana|en|a las|a la)\b)",
    "en": r"\b(?:call|ring|try|reach|hit) me (?:back|later|tomorrow|at|in|on)\b",
}


# A call said to be made, by the caller or asked of the agent ("te marco a las cinco", "cualquier cosa le hablo",
# "márcame en una hora", "I'll call you back", "call me at five"): never a value of the question asked.
CALLS_SAID: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(CALLER_CALLS[lang].pattern + "|" + _ASKS_TO_BE_CALLED_SAID[lang]) for lang in ("es", "en")
}

# Sorry, or a can't-talk in other words ("voy manejando, perdón", "I'm driving right now, sorry", "voy manejando,
# está difícil hablar", "ahorita voy manejando, al ratito", "voy manejando, orita te hablo"): the caller excuses
# himself from the call, no bare activity.
_NOT_NOW: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:al ratito|un ratito|" + _CALLS_BACK_SAID["es"] + r"|perdon|disculpa|disculpe|disculpame"
                     r"|disculpeme|lo siento|dificil|complicado|peligroso|imposible)\b"),
    "en": re.compile(r"\b(?:sorry|my bad|apologies|" + _CALLS_BACK_SAID["en"] + r"|hard to talk|tough to talk|barely"
                     r"|dangerous|unsafe|illegal)\b"),
}


def busy_hint(tokens: list[str], lang: Lang) -> list[str] | None:
    """The rest of the turn when the caller names an activity that only implies he is busy ("¿Bueno? Voy
    manejando, eh.", "I'm at the dock") and says no refusal and no later moment with it ("voy manejando, no
    puedo hablar", "I'm driving, call me in an hour" ask a callback outright); else None. The caller checks
    the rest for a callback or an answer of its own."""
    joined = " ".join(tokens)
    m = _ONLY_ACTIVITY[lang].search(joined)
    if m is None or _DECLINES[lang].search(joined) or _LATER[lang].search(joined) or _BUT[lang].search(joined) \
            or _NOT_NOW[lang].search(joined):
        return None
    rest = (joined[: m.start()] + " " + joined[m.end() :]).split()
    digits = " ".join(digitize(prepare_tokens(rest, lang), lang))
    if any(c.isdigit() for c in digits) or duration_minutes(digits, lang) is not None:
        # a number or a while beside the activity is an answer ("I'm unloading, should be done in two hours",
        # "driving, almost there, like thirty minutes" at the arrival question) or when to call: no bare activity
        return None
    return rest


# Trouble with the caller's own phone, now or just now: the battery running out, the phone dying or gone off, the
# signal going ("se me está acabando la pila", "se me apagó el celular", "I'm losing signal", "my phone's about to
# die"). Like an activity it only implies the call may be cut: a person says they will be quick, or offers to call
# back (the `busy` hint), never news of the trip to be sorry about. (A line heard badly is `intent_rules._BAD_LINE`.)
_PHONE_TROUBLE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bse (?:me |nos )?(?:apago|esta apagando|va a apagar|apaga|descargo|esta descargando|va a descargar|murio"
        r"|esta muriendo|va a morir|acabo|esta acabando|va a acabar|acaba|termino|esta terminando) (?:el |la |mi )?"
        r"(?:celular|cel|telefono|fon|pila|bateria|saldo|credito|radio)\b"
        r"|\b(?:me estoy quedando|me voy a quedar) sin (?:pila|bateria|saldo|credito|senal)\b"
        # (the signal lost just now, "me quedé sin señal", is a line heard badly: the question said again)
        r"|\b(?:me quede|ya me quede|casi me quedo) sin (?:pila|bateria|saldo|credito)\b"
        r"|\b(?:tengo|traigo|me queda|ya tengo|ya traigo|ya me queda) (?:muy |bien |re )?(?:poca|nada de|casi nada de)"
        r" (?:pila|bateria|senal)\b"
        r"|\b(?:ya )?(?:casi )?no (?:tengo|traigo|me queda) (?:pila|bateria)\b"
        r"|\b(?:estoy|ando|voy) perdiendo (?:la )?(?:senal|linea|cobertura)\b"
        r"|\bse me esta (?:yendo|cortando) la senal\b"
    ),
    "en": re.compile(
        r"\b(?:my |the )?(?:phone|phones|cell|cells|battery|batterys)(?: is| s)? (?:about to die|dying|almost dead"
        r"|going dead|gonna die|going to die|low|really low|died|went dead|just died|turned off|shut off)\b"
        r"|\b(?:im|i am|were|we are) (?:losing|about to lose|gonna lose|going to lose) (?:the |my )?(?:signal|reception"
        r"|service|battery|you|connection)\b"
        r"|\b(?:im|i am) (?:running out of|almost out of|low on|out of) (?:battery|charge|juice|signal)\b"
        r"|\blow battery\b"
    ),
}


# (No "carga" among the phone's words: to a trucker it is the load - "no traigo carga", "ya se terminó la carga".)
# A battery of the truck ("se me murió la batería del tractor", "the truck battery died"): news of the trip, never
# the phone's (`intent_rules.trip_news`).
_VEHICLE_BESIDE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:camion|troca|trocka|tractor|unidad|trailer|traila|remolque|caja|carro|thermo|termo"
                     r"|refri|motor)\b"),
    "en": re.compile(r"\b(?:trucks?|rigs?|tractors?|trailers?|units?|reefers?|engines?|cars?)\b"),
}


def phone_trouble(folded: str, lang: Lang) -> bool:
    """Whether the turn tells of trouble with the caller's own phone (`_PHONE_TROUBLE`), never of the truck's battery
    (`_VEHICLE_BESIDE`); `folded`: `normalize.fold`."""
    folded = folded.replace("'", "")
    found = _PHONE_TROUBLE[lang].search(folded)
    if found is None:
        return False
    return not (re.search(r"\bbat(?:eria|tery|terys)\b", found.group()) and _VEHICLE_BESIDE[lang].search(folded))


# Words that may stand beside an activity and say nothing more ("pero orita voy en la caseta, eh").
_BESIDE_ACTIVITY = wordset("eh oiga oye joven senorita nomas ahorita orita horita ahora now right just here aqui "
                           "man buddy ma am maam y and")


def only_busy(tokens: list[str], lang: Lang) -> bool:
    """Whether the words say nothing but what keeps the caller busy ("orita voy en la caseta", "I'm at the scales
    right now"): said after a "but" beside a yes, why now is a bad time, no doubt of the value read back."""
    joined = " ".join(tokens)
    m = _ONLY_ACTIVITY[lang].search(joined) or _BUSY_STATE[lang].search(joined)
    return m is not None and all(w in _BESIDE_ACTIVITY for w in (joined[: m.start()] + " " + joined[m.end() :]).split())


def going_on(tokens: list[str], rest: list[str], lang: Lang) -> bool:
    """Whether the turn goes on with the call besides saying the caller is busy: a yes first, words urging
    the agent on, or a number that is no delay (an answer: "setenta, voy manejando")."""
    joined = " ".join(tokens)
    if _DECLINES[lang].search(joined) or _LATER[lang].search(joined):
        return False  # "sí, no puedo, voy manejando", "voy manejando, dele más tarde": the call waits
    if urged(joined, lang) or _YES_FIRST[lang].match(joined) or _ALL_WELL[lang].search(joined):
        return True
    if not any(t.isdigit() or is_number_word(t, lang) for t in rest):
        return False
    digits = " ".join(digitize(prepare_tokens(rest, lang), lang))
    return duration_minutes(digits, lang) is None  # "voy manejando, en diez minutos" is when to call


# All well on the road, said with what the caller is doing ("Rolling through Abilene now, everything's fine", "voy
# pasando Saltillo, todo tranquilo"): news of the trip, the call not put off.
_ALL_WELL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:todo (?:bien|tranquilo|en orden|normal|chido|va bien)|sin novedad|sin problemas?)$"),
    "en": re.compile(r"\b(?:everythings|everything is|everything s|all is|alls|its all) (?:fine|good|ok|okay|smooth"
                     r"|going fine|going good|going well)$|\ball good$|\bso far so good$"),
}


# What may stand beside the busy words and the go-ahead and add nothing ("Estoy en la aduana, pero dígame, jefa").
_JOINING: dict[Lang, frozenset[str]] = {
    "es": wordset("pero que y ya si pues bueno este eh jefa jefe senorita joven oiga mire"),
    "en": wordset("but so and yeah yes ok okay well uh um maam miss"),
}


def urged_on(joined: str, lang: Lang) -> bool:
    """Whether the turn (its words joined) urges the agent on or asks what she wants (`_URGES`: "dígame", "go
    ahead"): the caller takes the call now, whatever else keeps him."""
    return _URGES[lang].search(joined) is not None


def only_going_on(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn says nothing but that the caller is busy and goes on ("Estoy en la aduana, dígame", "I'm
    driving, go ahead"): at a question, the question asked again - no answer heard, and none missed."""
    apart = busy_said_apart(tokens, lang)
    if apart is None or not going_on(tokens, apart[1], lang):
        return False
    rest = _URGES[lang].sub(" ", " ".join(apart[1])).split()
    return all(t in _JOINING[lang] for t in rest)


__all__ = ["CALLS_SAID", "bad_time_denied", "busy_hint", "busy_said_apart", "goes_on_after_but", "going_on",
           "later_named", "only_busy", "only_going_on", "only_going_on_after_but", "urged_on"]
