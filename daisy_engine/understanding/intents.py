"""Global intents ("repeat", "call me back in 10 minutes"...) detected from per-locale phrase lists.

Phrase data lives in `data/intents.<lang>.yaml`. Matching is on folded words: exact phrase hits score
1.0; phrases of 8+ letters also match fuzzily (rapidfuzz ratio over word windows of the same length)
so "llamame en" still matches "yámame en". Precision over recall: an intent interrupts the form, so
phrases are specific, short words only count as the whole turn, and a fuzzy hit needs a high score.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz, process

from .callback_times import callback_delay, names_a_time
from .durations import duration_minutes
from .lexicon import COMMON_WORDS
from .normalize import Lang, content_words, lang_of, wordset
from .numbers import digitize, is_number_word, prepare_tokens

INTENTS: tuple[str, ...] = ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint")

_MAX_TOKENS = 40
_MAX_FUZZY_TOKENS = 24  # fuzzy windows are the costly part; long turns still get exact matching
_FUZZY_MIN_CHARS = 8
_FUZZY_CUTOFF = 88.0  # phrases of 8-11 letters
_FUZZY_CUTOFF_LONG = 85.0  # phrases of 12+ letters tolerate one more ASR slip


@dataclass(frozen=True)
class IntentMatch:
    """name: the intent; score: 0-1 match quality; minutes: for reschedule, the delay asked for."""

    name: str
    score: float
    minutes: int | None = None


@dataclass(frozen=True)
class _Index:
    # Each phrase maps to the intents that list it, the flow's first (a flow phrase takes precedence over a
    # built-in phrase with the same words, and a disabled intent lets the next one match).
    exact: Mapping[tuple[str, ...], tuple[str, ...]]  # phrase words -> intents
    whole: Mapping[str, tuple[str, ...]]  # whole-turn phrase -> intents
    fuzzy: Mapping[int, tuple[tuple[str, ...], tuple[str, ...]]]  # word count -> (phrases, intents), flow's first
    lengths: tuple[int, ...]


def _norm(phrase: str, lang: Lang) -> tuple[str, ...]:
    return tuple(content_words(phrase, lang))


_PHONETIC_ES = (("ch", "#"), ("ll", "y"), ("qu", "k"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("z", "s"),
                ("v", "b"), ("h", ""), ("#", "ch"))


def _phonetic(text: str, lang: Lang) -> str:
    """Spanish spelling collapsed to sound ("llámame"/"yamame", "diez"/"dies") for fuzzy matching."""
    if lang != "es":
        return text
    for a, b in _PHONETIC_ES:
        text = text.replace(a, b)
    return text


@lru_cache(maxsize=2)
def _builtin(lang: Lang) -> dict[str, dict[str, list[str]]]:
    raw = resources.files(__package__).joinpath("data").joinpath(f"intents.{lang}.yaml").read_text("utf-8")
    data = yaml.safe_load(raw) or {}
    return {
        str(name): {kind: [str(p) for p in spec.get(kind) or []] for kind in ("phrases", "exact", "whole")}
        for name, spec in data.items()
    }


def _freeze_extra(extra: Mapping[str, Mapping[str, Sequence[str]]] | None, lang: Lang) -> tuple:
    if not extra:
        return ()
    out = []
    for name, per_locale in extra.items():
        if not isinstance(per_locale, Mapping):
            continue
        phrases = tuple(
            str(p)
            for loc, items in per_locale.items()
            if isinstance(loc, str) and lang_of(loc) == lang and isinstance(items, Sequence)
            and not isinstance(items, str)
            for p in items
        )
        if phrases:
            out.append((str(name), phrases))
    return tuple(sorted(out))


@lru_cache(maxsize=64)
def _index(lang: Lang, extra: tuple) -> _Index:
    exact: dict[tuple[str, ...], list[str]] = {}
    whole: dict[str, list[str]] = {}
    fuzzy: dict[int, tuple[list[str], list[str]]] = {}
    fuzzy_flow: dict[int, tuple[list[str], list[str]]] = {}

    def put(table: dict, key: object, name: str, first: bool) -> None:
        names = table.setdefault(key, [])
        if name in names:
            return
        names.insert(0, name) if first else names.append(name)

    def add(name: str, phrase: str, is_whole: bool, fuzzy_ok: bool = True, flow: bool = False) -> None:
        words = _norm(phrase, lang)
        if not words:
            return
        if is_whole:
            put(whole, " ".join(words), name, flow)
            return
        put(exact, words, name, flow)
        if flow and " ".join(words) in whole:
            put(whole, " ".join(words), name, True)  # a flow phrase that is also a built-in whole-turn phrase
        if fuzzy_ok and len("".join(words)) >= _FUZZY_MIN_CHARS:
            bucket = (fuzzy_flow if flow else fuzzy).setdefault(len(words), ([], []))
            bucket[0].append(_phonetic(" ".join(words), lang))
            bucket[1].append(name)

    for name, spec in _builtin(lang).items():
        for p in spec["phrases"]:
            add(name, p, False)
        for p in spec["exact"]:
            add(name, p, False, fuzzy_ok=False)
        for p in spec["whole"]:
            add(name, p, True)
    for name, phrases in extra:  # flow phrases extend (or create) intents, and win over built-in ones
        for p in phrases:
            add(name, p, False, flow=True)
    buckets: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for n in sorted(set(fuzzy) | set(fuzzy_flow)):
        fp, fi = fuzzy_flow.get(n, ([], []))
        bp, bi = fuzzy.get(n, ([], []))
        buckets[n] = (tuple(fp + bp), tuple(fi + bi))  # ties go to the first: the flow's phrase
    return _Index(
        exact={k: tuple(v) for k, v in exact.items()},
        whole={k: tuple(v) for k, v in whole.items()},
        fuzzy=buckets,
        lengths=tuple(sorted({len(k) for k in exact})),
    )


# Courtesy words around a short request ("perdón, ¿otra vez?", "sorry, again?") that do not change it.
_COURTESY: dict[Lang, frozenset[str]] = {
    "es": wordset("perdon perdone disculpe disculpa disculpeme oiga oye senor senora senorita joven jefe "
                  "amigo compa porfa favor por"),
    "en": wordset("sorry excuse me pardon sir maam please man buddy"),
}


def _without_courtesy(tokens: list[str], lang: Lang) -> list[str]:
    courtesy = _COURTESY[lang]
    start, end = 0, len(tokens)
    while start < end and tokens[start] in courtesy:
        start += 1
    while end > start and tokens[end - 1] in courtesy:
        end -= 1
    return tokens[start:end]


# Off-topic questions: a question (by punctuation or its first word) about a subject the call is not about.
_QUESTION_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("que cuando cuanto cuanta cuantos cuantas donde adonde quien quienes cual cuales porque "
                  "sabe sabes saben hay tienen ustedes usted"),
    "en": wordset("what whats when where wheres who whos why how hows do does did is are will can could would "
                  "should any anybody"),
}
_QUESTION_LEAD: dict[Lang, frozenset[str]] = {"es": wordset("y oiga oye disculpe perdon"), "en": wordset("and so hey")}
_OFF_TOPIC_SUBJECTS: dict[Lang, frozenset[str]] = {
    "es": wordset(
        "diesel gasolina combustible pago pagos pagan paga pagar pagarme pagaran pagaron depositan deposito "
        "depositar depositaron depositen sueldo nomina cobrar cobro anticipo viaticos bono bonos aguinaldo "
        "vacaciones clima lluvia llover llueve lloviendo nieve nevando bascula basculas caseta casetas peaje "
        "comida comer desayunar cenar restaurante bano banos regadera regaderas estacionamiento estacionarme "
        "hotel partido futbol seguro imss incapacidad contratando vacantes multa multas taller mecanico "
        "llantas descanso"
    ),
    "en": wordset(
        "fuel diesel gas pay paid paying payment paycheck deposit bonus weather rain raining snow snowing "
        "scale scales toll tolls food eat lunch dinner restaurant parking park shower showers bathroom "
        "restroom hotel motel game insurance hiring jobs ticket tickets tire tires mechanic layover "
        "detention lumper perdiem"
    ),
}


def _off_topic_question(text: str, tokens: list[str], lang: Lang) -> bool:
    subjects = _OFF_TOPIC_SUBJECTS[lang]
    if not any(t in subjects for t in tokens):
        return False
    if "?" in text or "\u00bf" in text:
        return True
    k = 0
    while k < len(tokens) - 1 and tokens[k] in _QUESTION_LEAD[lang]:
        k += 1
    return tokens[k] in _QUESTION_WORDS[lang]


_WORD_CUTOFF = 70.0


def _same_words(window: str, phrase: str) -> bool:
    """A fuzzy hit is a slip inside words, never another word: "perdón me (llamo)" is not "perdón
    qué", "transfer money" is not "transfer me". Every word must be close to the phrase's word."""
    return all(fuzz.ratio(w, p) >= _WORD_CUTOFF for w, p in zip(window.split(), phrase.split(), strict=False))


# Small talk and questions about the agent herself ("¿cómo estás?", "are you a bot?", "how old are
# you?"): off-topic when the rest of the turn answers nothing ("Hola, ¿cómo está? Sí, dígame" is a yes).
_AGENT_ES = (r"robot|robota|maquina|humana?|persona|persona real|real|de verdad|inteligencia artificial|ia|bot|"
             r"chatbot|grabacion|grabadora|computadora|contestadora|asistente virtual|virtual|mujer|hombre|"
             r"programa|sistema|operadora automatica|voz automatica|automatica")
_AGENT_EN = (r"robot|bot|machine|human|real|a real person|real person|person|ai|an ai|artificial intelligence|"
             r"computer|recording|chatbot|virtual assistant|virtual|woman|man|alive|program|automated|"
             r"an automated system|automated system")
_SMALL_TALK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:como (?:estas|esta usted|te va|le va|amaneciste|amanecio|te fue|le fue|andas|has estado|ha estado"
        r"|te sientes|se siente|va tu dia|va su dia|esta tu dia|esta su dia)"
        r"|que tal (?:(?:tu|su|el|la) )?(?:dia|tarde|noche|manana|fin de semana)|que tal (?:te|le) va"
        r"|que (?:onda|haces|hace usted|cuentas|me cuentas|opinas)"
        rf"|(?:eres|es usted|usted es|estas|sos|es esta|esto es|hablo con|estoy hablando con) (?:una? )?(?:{_AGENT_ES})"
        r"|cuantos anos tienes|cuantos anos tiene|de donde eres|donde vives|donde estas|estas casada|tienes novio"
        r"|te gusta|le gusta|cual es tu \w+ favorit[oa]|quien te (?:hizo|creo|programo)|que eres$|como te llamas"
        r"|cual es tu nombre|como se llama usted|hablame de ti|cuentame de ti|cuentame algo|eres real)\b"
    ),
    "en": re.compile(
        r"\b(?:how (?:are|r) (?:you|ya|u)|hows it going|how is it going|how have you been|how you doing"
        r"|hows your (?:day|morning|afternoon|evening|weekend)|how is your (?:day|morning|afternoon|evening|weekend)"
        r"|how was your (?:day|morning|weekend)|whats up|how do you do|whats new"
        rf"|(?:are|r) (?:you|u) (?:an? )?(?:{_AGENT_EN})"
        r"|(?:is this|am i talking to|am i speaking to|am i speaking with|im talking to|is that)"
        rf" (?:an? )?(?:{_AGENT_EN})"
        r"|how old are you|where are you from|where are you located|where are you|are you married|are you single"
        r"|do you like|what do you like|whats your favorite|who made you|who built you|who programmed you"
        r"|what are you|tell me about yourself|whats your name|what is your name|do you have a boyfriend"
        r"|do you have feelings|do you sleep|do you eat)\b"
    ),
}
_GREETING_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("hola buenas buenos dias tardes noches oye oiga y tu usted que bien gracias amiga senorita"),
    "en": wordset("hi hello hey and you good fine thanks thank there so"),
}


def _small_talk(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    m = _SMALL_TALK[lang].search(joined)
    if m is None:
        return False
    rest = (joined[: m.start()] + " " + joined[m.end() :]).split()
    rest = [t for t in rest if t not in _GREETING_WORDS[lang] and t not in _COURTESY[lang]]
    if not rest:
        return True
    from .yes_no import classify_yes_no

    locale = "es-MX" if lang == "es" else "en-US"
    return classify_yes_no(" ".join(rest), locale).answer is None and not any(t.isdigit() for t in rest)


# Words a turn that only says when may hold ("no, mejor el lunes en la tarde", "tomorrow morning then").
_WHEN_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset(
        "el la las los lo a al en de del por para mejor pero no si sí ok okey bueno entonces ya este esta hoy "
        "manana pasado lunes martes miercoles jueves viernes sabado domingo semana fin finde proxima proximo "
        "siguiente que entra viene otro otra dia tarde temprano tempranito noche nochecita mediodia medio "
        "madrugada mas luego despues rato ratito horas hora horita minutos minuto minutitos segundos media cuarto "
        "y como tipo eso unas unos dentro favor porfa tal vez quizas quiza puede ser seria le te parece sale "
        "mejor ahorita ahora no puedo mero comida hasta como a eso de las"
    ),
    "en": wordset(
        "the a an at in on by around about tomorrow today tonight morning afternoon evening night noon midday "
        "monday tuesday wednesday thursday friday saturday sunday next week weekend later after before this "
        "coming day another some other time hours hour minutes minute seconds half quarter and or no yes yeah "
        "maybe how what better rather instead please pm am oclock early late lunch sometime then not now "
        "but can you maybe try me"
    ),
}


def _only_a_time(text: str, tokens: list[str], lang: Lang, locale: str) -> bool:
    words = _WHEN_WORDS[lang]
    if not all(t in words or t.isdigit() or is_number_word(t, lang) for t in tokens):
        return False
    return names_a_time(text, locale)


# Asking to be called back, by the verb rather than a fixed phrase: "¿me puede marcar en una hora?",
# "márqueme el lunes", "vuélvame a llamar", "luego le regreso la llamada", "give me a ring tomorrow".
_WHEN_MARK_ES = (r"(?:luego|despues|mas tarde|al rato|ratito|en un rato|otra vez|de nuevo|manana|hoy|en la|"
                 r"por la|a las|en \w+|el \w+|la semana|otro dia|ahorita no|temprano|esta (?:tarde|noche))")
_WHEN_MARK_EN = (r"(?:back|later|again|tomorrow|tonight|in|at|on|next|after|this|around|about|sometime|some time|"
                 r"another|when|first thing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                 r"early|before)")
_CALLBACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:llam|marc|marqu|telefone)(?:a|e|en)(?:me|nos)\b"
        r"|\bhabl(?:a|e|en)(?:me|nos)\b(?! de\b)"
        r"|\b(?:vuelv|regres|devuelv)(?:a|e|an|en)(?:me|nos) (?:a (?:llamar|marcar|hablar)|la llamada)\b"
        r"|\bme (?:puede|puedes|pueden|podria|podrias|podrian|quiere|quieres) (?:volver a |regresar a )?"
        r"(?:llamar|marcar|hablar|telefonear|regresar la llamada|devolver la llamada)\b"
        r"|\bme (?:llama|llamas|llaman|marca|marcas|marcan|habla|hablas|hablan) " + _WHEN_MARK_ES +
        r"|\bme (?:vuelve|vuelves|vuelven|regresa|regresas|regresan) (?:a llamar|a marcar|la llamada)\b"
        r"|\b(?:luego|despues|ahorita|al rato|mas tarde|yo) (?:te|le|les) (?:llamo|marco|hablo|regreso la llamada"
        r"|devuelvo la llamada)\b"
        r"|\b(?:te|le|les) (?:llamo|marco|hablo|regreso la llamada|devuelvo la llamada) (?:luego|despues|mas tarde"
        r"|al rato|en un rato|manana|yo)\b"
        r"|\b(?:podemos|podriamos) (?:hablar|hacerlo|seguir|continuar|verlo) (?:luego|despues|mas tarde|manana|"
        r"otro dia|al rato|en otro momento)\b"
        r"|\b(?:lo|la) (?:dejamos|dejemos|hacemos|vemos|seguimos) (?:para )?(?:luego|despues|mas tarde|manana|otro dia"
        r"|al rato)\b|\bdejemoslo para\b|\bdejarlo para (?:luego|despues|mas tarde|manana|otro dia)\b"
        # "luego me hablas", "mañana me marcas": the time first
        r"|\b(?:luego|despues|mas tarde|al rato|ahorita|manana) me (?:llamas|llama|llaman|marcas|marca|marcan|hablas"
        r"|habla|hablan)\b"
        # "mejor mañana", "¿puede ser más tarde?": another time instead of now
        r"|\bmejor (?:manana|luego|despues|mas tarde|al rato|otro dia|en otro momento|en la (?:tarde|noche)"
        r"|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
        r"|\b(?:puede|podria|podemos|puedes) (?:ser|hacerlo|dejarlo) (?:para )?(?:mas tarde|luego|despues|manana"
        r"|otro dia|al rato)\b"
    ),
    "en": re.compile(
        r"\b(?:call|ring|phone|buzz|try|reach|hit) (?:me|us) (?:up )?" + _WHEN_MARK_EN + r"\b"
        r"|\bgive (?:me|us) a (?:call|ring|buzz)\b|\bget back to me\b|\bcall back\b"
        r"|\b(?:ill|i will|let me|i can|i could|i ll) (?:call|ring) (?:you|yall) back\b"
        r"|\bcall (?:you|yall) back\b"
        r"|\b(?:can|could) (?:we|you) (?:do|talk|finish|continue) (?:this |it )?(?:later|tomorrow|another time|"
        r"some other time|next|on|in|tonight)\b"
        r"|\btalk (?:later|tomorrow|another time|some other time)\b|\btry (?:me )?again\b"
        r"|\b(?:can|could) (?:it|this|that) wait\b|\b(?:better|maybe|rather) (?:tomorrow|later|another day)\b"
    ),
}
_NOT_CALLBACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:me |nos )?(?:vuelv\w* a )?(?:llam|marqu|marc|habl)\w*\b"),
    "en": re.compile(r"\b(?:dont|do not|never|stop|quit) (?:ever )?(?:call|ring|phone|calling|ringing)\b"),
}


# Asking for a person by role, with a verb: "quiero hablar con el despachador", "¿me pasa con su
# supervisor?", "let me speak to your manager". The role alone is not enough: "ya hablé con el
# despachador" and "the dispatcher told me" are news, not requests.
_ROLES_ES = (r"despachador|despachadora|despacho|encargado|encargada|gerente|supervisor|supervisora|jefe|jefa|"
             r"asesor|asesora|ejecutivo|ejecutiva|coordinador|coordinadora|humano|humana|persona|agente|"
             r"representante|trafico|monitoreo|oficina|alguien|licenciado|licenciada|responsable")
_ROLES_EN = (r"dispatcher|dispatch|manager|supervisor|boss|representative|rep|agent|human|person|someone|"
             r"somebody|office|customer service|real person|live person|people|anyone|anybody|driver manager|"
             r"fleet manager")
_HUMAN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:quiero hablar|quisiera hablar|necesito hablar|puedo hablar|podria hablar|dejame hablar|"
        r"dejeme hablar|hablar|platicar|comunicarme|comuniqueme|comunicame|paseme|pasame|me pasa|me pasas|"
        r"me comunica|me comunicas|me transfiere|me transfieres|transfiereme|transfierame|me puede pasar|"
        r"me puedes pasar|me puede comunicar|me puedes comunicar|me comunique) (?:con|a|al)(?: el| la| un| una|"
        r" algun| alguna| mi| tu| su| sus)? (?:" + _ROLES_ES + r")\b"
        # "¿no hay alguien con quien hablar?", "alguien que me atienda"
        r"|\b(?:con quien (?:hablar|hable|pueda hablar|puedo hablar)|(?:alguien|una persona|un humano) que me "
        r"(?:atienda|pueda atender|ayude|pueda ayudar|conteste))\b"
    ),
    "en": re.compile(
        r"\b(?:talk|speak|chat|connect me|put me through|transfer me|get me|give me|patch me through|"
        r"send me|put me on with|put me on the phone with|hook me up with|get me through to)(?: (?:to|with|over to|"
        r"through to))?(?: (?:a|an|the|your|my|some|one of your))? (?:"
        + _ROLES_EN + r")\b"
        r"|\b(?:someone|somebody|anyone|anybody|a person|a human) (?:i can|to) (?:talk|speak) (?:to|with)\b"
    ),
}


def _person_request(tokens: list[str], lang: Lang) -> bool:
    return _HUMAN[lang].search(" ".join(tokens)) is not None


# "Llámame Chuy", "call me Bob": the imperative followed by a word that says neither when nor how is
# how to address the caller, not a callback.
_NAMING_IMPERATIVE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llam(?:a|e|en)me|dime|digame|dinos) (\w+)"),
    "en": re.compile(r"\bcall me (\w+)"),
}
_BUSY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:te |le |lo |la |les )?(?:puedo|podemos|voy a poder) "
                     r"(?:atender|hablar|contestar|platicar|ahorita|ahora)\b|\bno puedo atender(?:te|le|lo|la)\b"),
    "en": re.compile(r"\b(?:cant|cannot|can not|couldnt) (?:really )?"
                     r"(?:talk|chat|speak|take (?:this|your|the) call)\b"),
}


# "márcame en diez", "call me back in 20": a callback delay said without its unit is in minutes.
_BARE_DELAY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:en|dentro de) (?:unos |como |otros )?(\d{1,3})(?! ?(?:\d|horas?|hrs?|seg|de |del |am\b|pm\b))"),
    "en": re.compile(r"\b(?:in|within) (?:about |like |another |say )?(\d{1,3})(?! ?(?:\d|hours?|hrs?|sec|am\b|pm\b))"),
}
_BARE_DELAY_RANGE = range(5, 121)


def _bare_minutes(digitized: str, lang: Lang) -> int | None:
    m = _BARE_DELAY[lang].search(digitized)
    if m is None or int(m.group(1)) not in _BARE_DELAY_RANGE:
        return None
    return int(m.group(1))


def _callback_request(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    if _BUSY[lang].search(joined):
        return True
    m = _CALLBACK[lang].search(joined)
    if m is None or _NOT_CALLBACK[lang].search(joined[: m.end()]):
        return False
    naming = _NAMING_IMPERATIVE[lang].search(joined)
    if naming and naming.start() == m.start():
        nxt = naming.group(1)
        when = _WHEN_WORDS[lang] | COMMON_WORDS[lang] | _COURTESY[lang]
        if not (nxt.isdigit() or nxt in when or is_number_word(nxt, lang)):
            return False
    return True


def _best(
    tokens: list[str], index: _Index, allowed: Collection[str] | None, lang: Lang
) -> tuple[str, float, int] | None:
    def first_ok(names: tuple[str, ...] | None) -> str | None:
        for name in names or ():
            if allowed is None or name in allowed:
                return name
        return None

    joined = " ".join(tokens)
    name = first_ok(index.whole.get(joined))
    if name:
        return name, 1.0, len(tokens)
    bare = " ".join(_without_courtesy(tokens, lang))
    if bare != joined:
        name = first_ok(index.whole.get(bare))
        if name:
            return name, 1.0, len(tokens)
    best: tuple[str, float, int] | None = None
    for n in index.lengths:
        for start in range(0, len(tokens) - n + 1):
            name = first_ok(index.exact.get(tuple(tokens[start : start + n])))
            if name and (best is None or n > best[2]):
                best = (name, 1.0, n)
    if best:
        return best
    fuzzy_tokens = tokens[:_MAX_FUZZY_TOKENS]
    for n, (phrases, names) in index.fuzzy.items():
        for start in range(0, len(fuzzy_tokens) - n + 1):
            window = _phonetic(" ".join(fuzzy_tokens[start : start + n]), lang)
            hit = process.extractOne(window, phrases, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG)
            if not hit:
                continue
            if allowed is not None and names[hit[2]] not in allowed:
                # the closest phrase belongs to a disabled intent: the closest of an enabled one, if any
                hits = process.extract(window, phrases, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG,
                                       limit=None)
                hit = next((h for h in hits if names[h[2]] in allowed), None)
                if hit is None:
                    continue
            phrase, score, pos = hit
            if not _same_words(window, phrase):
                continue
            name = names[pos]
            cutoff = _FUZZY_CUTOFF_LONG if len(phrase) >= 12 else _FUZZY_CUTOFF
            score = min(score / 100, 0.99)  # not what the phrase list says, only sounds like it
            if score * 100 >= cutoff and (best is None or score > best[1]):
                best = (name, score, n)
    return best


def detect_intent(
    text: str,
    locale: str,
    *,
    enabled: Collection[str] | None = None,
    extra_phrases: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    now: dt.datetime | None = None,
    calling_hours: tuple[dt.time, dt.time] | None = None,
    when_alone: bool = False,
) -> IntentMatch | None:
    """The intent the caller expressed, or None.

    enabled: only these intent names may match (None: all, built-in and flow-defined).
    extra_phrases: {intent: {locale: [phrases]}} from the flow; phrases for every locale of the same
    language apply ("es", "es-MX" and "es-US" all feed es-MX); they add to the built-in phrases of an
    intent of the same name, or define a new intent. A flow phrase takes precedence over a built-in
    phrase with the same words, exactly and fuzzily: "quién habla" listed for a flow's `who_is_calling`
    is that intent, not the built-in off_topic.
    now: the call's local time; with it a callback asked for a day, a part of the day or a clock time
    ("llámeme mañana", "el lunes en la tarde", "call me tonight at 7") gets its minutes from now,
    inside `calling_hours` (default `callback_times.DEFAULT_CALLING_HOURS`). Without it only durations
    ("en diez minutos") give minutes.
    when_alone: the question was a yes/no one (may I go on? may I call you back?), so a turn that only
    names a time ("el lunes", "no, mejor en la noche", "tomorrow morning") asks for a callback then.
    Never raises.
    """
    try:
        lang = lang_of(locale)
        tokens = content_words(text, lang)[:_MAX_TOKENS]
        if not tokens:
            return None
        index = _index(lang, _freeze_extra(extra_phrases, lang))
        allowed = frozenset(enabled) if enabled is not None else None
        found = _best(tokens, index, allowed, lang)
        if (found is None or found[1] < 1.0) and (allowed is None or "reschedule" in allowed) \
                and _callback_request(tokens, lang):
            found = ("reschedule", 0.95, len(tokens))
        if (found is None or found[1] < 1.0) and (allowed is None or "human" in allowed) \
                and _person_request(tokens, lang):
            found = ("human", 0.95, len(tokens))
        if found is None and (allowed is None or "off_topic" in allowed) and _off_topic_question(text, tokens, lang):
            found = ("off_topic", 0.9, len(tokens))
        if found is None and (allowed is None or "off_topic" in allowed) and _small_talk(tokens, lang):
            found = ("off_topic", 0.9, len(tokens))
        if found is None and when_alone and (allowed is None or "reschedule" in allowed) \
                and _only_a_time(text, tokens, lang, locale):
            found = ("reschedule", 0.9, len(tokens))
        if found is None:
            return None
        name, score, _ = found
        minutes = None
        if name == "reschedule":
            digits = " ".join(digitize(prepare_tokens(tokens, lang), lang))
            minutes = duration_minutes(digits, lang)
            if minutes is None:
                minutes = _bare_minutes(digits, lang)
            if minutes is None and now is not None:
                minutes = callback_delay(text, locale, now, calling_hours)
    except Exception:  # malformed extra_phrases from a flow must not crash a live call
        return None
    return IntentMatch(name, round(score, 3), minutes)


def intent_phrases(locale: str) -> dict[str, dict[str, list[str]]]:
    """The built-in phrase lists of a locale's language (for docs and the flow checker)."""
    return {k: {kind: list(v) for kind, v in spec.items()} for k, spec in _builtin(lang_of(locale)).items()}


__all__ = ["INTENTS", "IntentMatch", "detect_intent", "intent_phrases"]
