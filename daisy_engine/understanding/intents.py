"""Global intents ("repeat", "call me back in 10 minutes"...) detected from per-locale phrase lists.

Phrase data lives in `data/intents.<lang>.yaml`. Matching is on folded words: exact phrase hits score
1.0; phrases of 8+ letters also match fuzzily (rapidfuzz ratio over word windows of the same length)
so "llamame en" still matches "yámame en". Precision over recall: an intent interrupts the form, so
phrases are specific, short words only count as the whole turn, and a fuzzy hit needs a high score.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from rapidfuzz import fuzz, process

from .answer_shapes import time_phrase
from .busy_going_on import (
    bad_time_denied,
    busy_hint,
    busy_said_apart,
    goes_on_after_but,
    going_on,
    later_named,
    only_going_on,
    only_going_on_after_but,
    phone_trouble,
)
from .callback_cues import (
    PHONE_AFTER_ES,
    REQUEST_TAKEN_BACK,
    contact_on_need,
    contact_with_time,
    denied_contact,
    names_when,
    someone_else_calls,
)
from .callback_times import callback_delay, names_a_time
from .durations import corrected_duration, duration_minutes
from .emails import MAIL_NAMED
from .failures import log_failure
from .intent_data import builtin_intent_data
from .intent_grievances import (
    after_reminder,
    all_given_asked,
    another_number,
    before_blessing,
    do_not_call,
    grievance,
    leaving,
    limited_denial,
    only_a_reminder,
    only_takes_leave,
    reminds,
    takes_leave,
    thanks_only,
    without_hanging_up,
)
from .intent_rules import (
    COURTESY,
    answers_for_another,
    answers_in_his_place,
    asks_how_long,
    asks_if_a_boss_is_there,
    asks_if_done,
    asks_the_question_again,
    asks_what_is_needed,
    asks_what_the_agent_is,
    attended_by_a_person,
    bad_line,
    bare_minutes,
    busy_later_not_now,
    call_first,
    call_ordered,
    callback_asked_outright,
    callback_request,
    calls_back_after_errand,
    delay_alone,
    done_is_when,
    news_about_a_person,
    only_a_time,
    only_bare_later,
    only_go_ahead_words,
    only_later,
    own_duration,
    person_request,
    redial_asked,
    small_talk,
    talks_aside,
    time_asked_for,
    trip_news,
    value_promised_later,
    value_said_later,
)
from .normalize import (
    Lang,
    content_words,
    drop_fillers,
    fold,
    join_backchannels,
    join_split_clitics,
    lang_of,
    strip_filler_phrases,
    words,
    wordset,
)
from .numbers import digitize, is_number_word, prepare_tokens
from .turn_cache import turn_cache

log = logging.getLogger(__name__)

# A whole turn that only checks the line ("¿Bueno?", "hello?"), whose words are fillers elsewhere.
_LINE_CHECK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:y |pues )?bueno(?: bueno)*"),
    "en": re.compile(r"(?:hello|hallo)(?: hello)*"),
}

INTENTS: tuple[str, ...] = ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint", "busy")
# Built-in intents that only hint at another: each is heard as the one it stands for when a flow does not
# handle it (a bare "voy manejando" is a callback for a flow with no `busy`).
HINTS: Mapping[str, str] = MappingProxyType({"busy": "reschedule"})

_MAX_TOKENS = 40
_MAX_FUZZY_TOKENS = 24  # fuzzy windows are the costly part; long turns still get exact matching
_FUZZY_MIN_CHARS = 8
_FUZZY_CUTOFF = 88.0  # phrases of 8-11 letters
_FUZZY_CUTOFF_LONG = 85.0  # phrases of 12+ letters tolerate one more ASR slip


@dataclass(frozen=True)
class OpenQuestion:
    """The question the caller is answering, as the intent rules may weigh it: how the step listens
    (`listen`: "slot", "char", "confirm", "yes_no", ...), the type of the value asked (`slot_type`), and whether
    that value is a time of day (`clock`: its type reads the call's clock). At a question for a time, a time
    that suits the caller better ("mañana mejor, como a las siete", "tomorrow's better, around eight") is the
    answer, not a callback: only a callback asked for in so many words is one there."""

    listen: str | None = None
    slot_type: str | None = None
    clock: bool = False
    # The question offers a callback in so many minutes (its yes schedules one: "¿le llamo en 15 minutos?"):
    # a delay said alone there ("Treinta", "mejor en cuarenta", "an hour") is the callback the caller wants then.
    offers_callback: bool = False


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
    # first word of a phrase -> the word counts of the phrases it starts, longest first: a window is looked
    # up only where a phrase can start (most words of a turn start none)
    starts: Mapping[str, tuple[int, ...]]
    # the built-in line checks, as whole turns are compared with them (see `checks_line`)
    line_checks: frozenset[str]
    # (word count, window length) -> the fuzzy phrases a window so long can match, filled as windows come
    # (see `_near_in_length`)
    near: dict[tuple[int, int], tuple[tuple[str, ...], tuple[int, ...]]] = field(
        default_factory=dict, compare=False, repr=False)


def _norm(phrase: str, lang: Lang) -> tuple[str, ...]:
    return tuple(content_words(phrase, lang))


_PHONETIC_ES = (("ch", "#"), ("ll", "y"), ("qu", "k"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("z", "s"),
                ("v", "b"), ("h", ""), ("#", "ch"))


@turn_cache(4096)  # a turn's words, each read as sound for every intent heard in it, and the same words again and again
def _phonetic(text: str, lang: Lang) -> str:
    """Spanish spelling collapsed to sound ("llámame"/"yamame", "diez"/"dies") for fuzzy matching."""
    if lang != "es":
        return text
    for a, b in _PHONETIC_ES:
        text = text.replace(a, b)
    return text


# How a built-in phrase list is matched (see intents.es.yaml). `line_check` phrases are `whole` ones that only
# ask whether anyone is there ("¿Bueno?", "can you hear me?"), apart so a call can tell a caller who does not hear
# from one who hears and did not understand ("¿Mande?", "what?"; see `checks_line`).
_KINDS = ("phrases", "exact", "whole", "line_check")


# Keyed by the flow only (its patterns, its phrases), never a caller's words: no `turn_cache`.
@lru_cache(maxsize=2)
def _builtin(lang: Lang) -> dict[str, dict[str, list[str]]]:
    data = builtin_intent_data(lang)
    return {
        str(name): {kind: [str(p) for p in spec.get(kind) or []] for kind in _KINDS}
        for name, spec in data.items()
    }


class IntentPhrases(Mapping[str, Mapping[str, tuple[str, ...]]]):
    """A flow's own intent phrases, `{intent: {locale: phrases}}`, copied once and never changed, for
    `detect_intent(extra_phrases=...)`: each language's phrases are gathered from it once, not on every
    turn (gathering them cost a tenth of a caller's turn)."""

    __slots__ = ("_data", "_frozen")

    def __init__(self, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        self._data: dict[str, Mapping[str, tuple[str, ...]]] = {
            str(name): MappingProxyType({locale: tuple(items) for locale, items in per_locale.items()})
            for name, per_locale in phrases.items()
        }
        self._frozen: dict[str, tuple] = {}

    def __getitem__(self, name: str) -> Mapping[str, tuple[str, ...]]:
        return self._data[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def frozen(self, lang: Lang) -> tuple:
        """The phrases for `lang`, as `detect_intent` indexes them."""
        found = self._frozen.get(lang)
        if found is None:
            found = self._frozen[lang] = _gather(self._data, lang)
        return found


def _freeze_extra(extra: Mapping[str, Mapping[str, Sequence[str]]] | None, lang: Lang) -> tuple:
    if isinstance(extra, IntentPhrases):
        return extra.frozen(lang)
    return _gather(extra, lang)


def _gather(extra: Mapping[str, Mapping[str, Sequence[str]]] | None, lang: Lang) -> tuple:
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


# Keyed by the flow only (its patterns, its phrases), never a caller's words: no `turn_cache`.
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
        for p in (*spec["whole"], *spec["line_check"]):
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
        starts=_starts(exact),
        line_checks=frozenset(_pieces(", ".join(_builtin(lang).get("repeat", {}).get("line_check", ())))),
    )


def _near_in_length(index: _Index, n: int, length: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The phrases of `n` words that a window of `length` characters can match at the fuzzy cutoff, in their
    order in `index.fuzzy[n]`, and their positions there. Scoring every phrase of every word count for every
    window of every turn was the largest cost of hearing an intent; most phrases are too long or too short
    for the window to reach the cutoff at all, and most windows of a word or two have none left.

    Exact, so the match is the one the whole list gives: `fuzz.ratio` is 200 * LCS / (a + b) for strings of
    a and b characters, and their longest common subsequence is no longer than the shorter one, so a phrase
    whose length alone keeps 200 * min(a, b) / (a + b) under the cutoff never scores it (the margin keeps
    float rounding on the safe side). Those left keep their order, so the best hit (the first of equal
    scores) and every hit `process.extract` lists are the same."""
    key = (n, length)
    found = index.near.get(key)
    if found is None:
        phrases = index.fuzzy[n][0]
        at = tuple(i for i, phrase in enumerate(phrases)
                   if 200 * min(length, len(phrase)) / (length + len(phrase)) >= _FUZZY_CUTOFF_LONG - 1e-6)
        found = (tuple(phrases[i] for i in at), at)
        if at or length <= 2 * max(map(len, phrases), default=0):
            index.near[key] = found  # bounded: every longer window has no phrase left
    return found


def _starts(exact: Mapping[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    by_first: dict[str, set[int]] = {}
    for phrase in exact:
        by_first.setdefault(phrase[0], set()).add(len(phrase))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in by_first.items()}


def _without_courtesy(tokens: list[str], lang: Lang) -> list[str]:
    courtesy = COURTESY[lang]
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
        "llantas descanso "
        # where to eat, asked ("¿sabes dónde venden tacos buenos por aquí?"); no "café": it is also a colour
        # ("¿la café?" asks which trailer)
        "tacos taqueria taquerias tortas birria menudo pozole tamales antojitos hamburguesas pizza cerveza "
        "fonda fondas cocina economica"
    ),
    "en": wordset(
        "fuel diesel gas pay paid paying payment paycheck deposit bonus weather rain raining snow snowing "
        "scale scales toll tolls food eat lunch dinner restaurant parking park shower showers bathroom "
        "restroom hotel motel game insurance hiring jobs ticket tickets tire tires mechanic layover "
        "detention lumper perdiem "
        # where to eat, asked ("know any good taco spot around here?")
        "tacos taco burger burgers pizza coffee diner bbq barbecue steakhouse"
    ),
}


# Money to be moved to the caller's card or account ("¿me puedes transferir lo del diésel a mi tarjeta?",
# "wire the advance to my account"): a transaction asked for, not a question off the subject (nor a
# transfer to a person). None of the built-in intents; a flow may define its own.
_MONEY_MOVED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:transferir|transfiere|transfieres|transfiera|transfieran|transfiereme|transfierame|depositar|deposita"
        r"|depositas|deposite|depositen|depositame|depositeme|mandar|mandas|manden|mandame|mandeme|enviar|envia|envias"
        r"|envieme|enviame|abonar|abona|abonas|cargar|cargas|cargame|pasar|pasas|pasame)\b"
        r"(?: \w+){0,6}? (?:a|en) (?:mi|mis|la|su) (?:otra |nueva |vieja |misma )?(?:tarjeta|cuenta|tarjetas|cuentas"
        r"|edenred|si vale|sivale|ticket car|efecticard|spin|mercado pago)\b"
        r"|\b(?:(?:mandar|pagar|depositar|enviar|transferir|pasar)(?:me|nos)?|mandas|manda|manden|mandame|mandeme|pagas"
        r"|paga|paguen|pagame|pagueme|depositas|deposita|depositen|depositame|envias|envia|envien|enviame"
        r"|pasas|pasa|pasen|pasame|paseme|transfieres|transfiere|transfieran)"
        r" (?:me |nos |(?:me |nos )?(?:mi|mis|el|la|lo|los|las|eso) (?:\w+ ){0,3}?)(?:por|via|con|en)"
        r" (?:deposito|transferencia|deposito directo|cheque|spei|efectivo|comchek|comdata|edenred|si vale|sivale"
        r"|ticket car|efecticard|mercado pago|oxxo|western union|elektra|coppel)\b"
    ),
    "en": re.compile(
        # (the bank or card named before its noun: "into my Chase account", "onto my Comdata card")
        r"\b(?:transfer|wire|send|deposit|put|move|load|zelle|venmo)\b(?: \w+){0,6}? (?:to|into|on|onto) (?:my|the) "
        r"(?:\w+ ){0,2}?(?:card|account|bank|fuel card|debit card|checking|savings|comdata|efs|tchek|wex|fleetone"
        r"|comchek|comcheck|money code|cash app|paypal|venmo|zelle|chime)\b"
        # paid by a way of moving money ("send my settlement by direct deposit", "pay me via Zelle")
        r"|\b(?:send|pay|deposit|put|get|do|wire|issue|load|move|transfer)"
        r" (?:me |us |(?:me |us )?(?:my|the|our|that|this|it) (?:\w+ ){0,2}?)"
        r"(?:by|via|through|with|as an?|thru|over|on|onto)"
        r" (?:(?:a |an |my |the )?(?:direct deposit|deposit|transfer|bank transfer|wire|zelle|venmo|check|ach|paypal"
        # ... or a fuel card's or a payment app's own name ("send the lumper money through Comchek")
        r"|comchek|comcheck|comdata|efs|tchek|wex|fleetone|money code|express code|cash app|chime|fuel card))\b"
    ),
}


# Whether money moved to the caller has gone through, asked ("¿ya me cayó el depósito del anticipo?", "¿ya me hicieron
# la transferencia?", "is the fuel advance gonna hit my T-Chek card?", "did my settlement go through yet?"): the state
# of one transaction, the same request the agent has no part in as `_MONEY_MOVED` - no intent, and in a call the
# flow's word on money. Only asked ("ya me depositaron el pago completo" tells it); "¿cuándo me depositan?", "how
# much do y'all pay?" ask about the pay itself: off the subject. Still not arrived is a grievance (`intent_grievances`).
_MONEY_ES = (r"(?:deposito|depositos|transferencia|transferencias|pago|pagos|anticipo|anticipos|viaticos|reembolso"
             r"|sueldo|nomina|quincena|liquidacion|bono|lana|dinero|spei"
             # ... money said as what it is for ("lo de las maniobras", "lo del diésel"; not "lo de la cita")
             r"|lo del? (?:la |las |los |el |mi |mis )?(?:diesel|combustible|gasolina|caseta|casetas|peaje|peajes"
             r"|maniobra|maniobras|viaticos|estadia|estadias|anticipo|anticipos|reembolso|bono|pago|deposito|comida"
             r"|comidas|hotel|flete|fletes|sueldo|nomina|quincena|liquidacion|lumper|pension|pensiones))")
_MONEY_EN = (r"(?:pay|paycheck|check|money|deposit|direct deposit|advance|fuel advance|cash advance|reimbursement"
             r"|bonus|per diem|perdiem|settlement|transfer|wire|detention pay|layover pay|lumper money)")
_MONEY_STATUS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bya (?:me |nos )?(?:cayo|cayeron|llego|llegaron|hicieron|mandaron|depositaron|transfirieron|pasaron"
        r"|reflejo|reflejaron|aparecio|aparecieron|salio|salieron|soltaron|liberaron|cae|llega|se reflejo)"
        r"(?: \w+){0,2}? (?:el |la |los |las |mi |mis )?" + _MONEY_ES + r"\b"
        r"|\bya (?:me|nos) (?:depositaron|pagaron|transfirieron|reembolsaron|liquidaron)\b"
        r"|\b(?:ya )?(?:cayo|llego|se hizo|se reflejo|salio|paso) (?:el |la |mi )?" + _MONEY_ES + r"(?: \w+){0,3}? ya\b"
        # what is left on a card or an account ("¿me pasas el saldo de la tarjeta de gasolina?", "¿cuánto saldo
        # tengo en la tarjeta?"): the state of the caller's money too
        r"|\bsaldo\b"
    ),
    "en": re.compile(
        # (right after who does it, "check" is the verb: "did you check the load posted?")
        r"\b(?:is|are|will|did|has|have|does|do|was)\b (?:\w+ ){0,3}?(?<!\byou )(?<!\byall )(?<!\bthey )(?<!\bi )"
        r"(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bdispatch )" + _MONEY_EN + r"s? (?:\w+ )?(?:gonna |going to "
        r"|gon )?(?:hit|hits|go through|gone through|went through|come through|came through|come in|clear|cleared"
        r"|land|landed|post|posted|show up|showed up|arrive|arrived|drop|dropped|load|loaded)\b"
        r"|\b(?:did|have|has) (?:you|yall|you guys|they|dispatch|payroll|the office) (?:already |ever )?(?:send|sent"
        r"|wire|wired|deposit|deposited|transfer|transferred|load|loaded|release|released|issue|issued) (?:me )?(?:my"
        r"|the|that) (?:\w+ ){0,2}?" + _MONEY_EN + r"\b"
        # ... and what is left on a card or an account ("what's the balance on my fuel card?")
        r"|\bbalance (?:on|of|in|left on|left in) (?:my|the|our|that) (?:\w+ ){0,2}?(?:card|account|comdata|efs"
        r"|tchek|wex|fleetone)\b"
    ),
}


def _money_asked_after(text: str, joined: str, lang: Lang) -> bool:
    """Whether the turn asks if money moved to the caller has gone through (`_MONEY_STATUS`)."""
    return ("?" in text or "\u00bf" in text) and _MONEY_STATUS[lang].search(joined) is not None


# Impatience in a question of how long ("¿cuánto más?", "how much longer?", "how long now?"): a complaint wherever.
_MORE_TIME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:cuanto mas|cuanto tiempo mas|todavia|aun|otra vez|ya)\b"),
    "en": re.compile(r"\b(?:longer|still|now|already|more)\b"),
}


# The road and its state, asked ("¿sabes si ya abrieron la autopista a Saltillo?", "is the highway still closed?"):
# the road alone may be the way of the call's own trip ("¿cómo van a Monterrey, por la autopista?"); open, closed,
# blocked or how it is makes it news of the road. ("tráfico" is also the dispatch office: no road word here.)
_ROADS: dict[Lang, frozenset[str]] = {
    "es": wordset("autopista autopistas carretera carreteras libramiento garita garitas frontera aduana puente cruce"),
    "en": wordset("highway interstate freeway turnpike border bridge crossing pass road roads"),
}
_ROAD_STATE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:abrieron|abrio|cerraron|cerro|abierta|abierto|cerrada|cerrado|bloquead[oa]|bloqueo"
                     r"|bloqueos|cierre|cierres|desvio|como esta|como estan|como anda|como va|hay fila|hay mucha fila"
                     r"|esta libre|ya jala|ya pasa|ya se puede pasar)\b"),
    "en": re.compile(r"\b(?:open|opened|reopened|closed|shut|shut down|blocked|backed up|clear|cleared|closure"
                     r"|closures|detour|hows|how is|how bad)\b"),
}


# The parts of a turn that are asked: "¿...?" or what ends in "?" ("¿Como a las cinco? La autopista está cerrada":
# only the time is asked, the road is news said after it).
_ASKED_PART = re.compile(r"\u00bf[^?\u00bf]*\??|[^.!?\u00bf]*\?")
# What an estimate hangs on ("si la autopista está abierta, ¿como a las 3?", "how about 5, if the road is clear?"):
# no question of the road. After "sabes" / "know" the "si" / "if" is the question itself ("¿sabes si ya abrieron
# la autopista?").
_ROAD_CONDITION: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?<!\bsabes )(?<!\bsabe )(?<!\bsaben )(?<!\bsabra )(?<!\bpregunto )\bsi\b(?! como\b)[^,;]*"),
    "en": re.compile(r"(?<!\bknow )(?<!\bwonder )(?<!\bwondering )(?<!\bsee )(?<!\btell me )\bif\b(?! how\b)[^,;]*"),
}


def _road_asked(text: str, tokens: list[str], lang: Lang) -> bool:
    """Whether the turn asks of a road and its state ("¿ya abrieron la autopista?", "is the highway still
    closed?"): the road and the state in a part that is asked, not a condition of the estimate."""
    if _ROADS[lang].isdisjoint(tokens):
        return False
    parts = _ASKED_PART.findall(text) if "?" in text or "\u00bf" in text else [text]
    for part in parts:
        said = _ROAD_CONDITION[lang].sub(" ", " ".join(words(fold(part))))
        if not _ROADS[lang].isdisjoint(said.split()) and _ROAD_STATE[lang].search(said):
            return True
    return False


def _off_topic_question(text: str, tokens: list[str], lang: Lang) -> bool:
    subjects = _OFF_TOPIC_SUBJECTS[lang]
    if not any(t in subjects for t in tokens) and not _road_asked(text, tokens, lang):
        return False
    if _MONEY_MOVED[lang].search(" ".join(tokens)) or _money_asked_after(text, " ".join(tokens), lang):
        return False
    if "?" in text or "\u00bf" in text:
        return True
    k = 0
    while k < len(tokens) - 1 and tokens[k] in _QUESTION_LEAD[lang]:
        k += 1
    return tokens[k] in _QUESTION_WORDS[lang]


# "Otra vez, ¿sí?", "Again, please?": a whole-turn request with a tag asked after it. The tag is only
# dropped when it is asked ("¡Que sí!" is an answer, not "¿qué?").
_ASKED_TAG: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(.*?)[\s,]+\??\s*(?:si|sale|va|ok|okey|porfa|por favor|quieres|puedes|puede)\s*\?+\W*$"),
    "en": re.compile(r"^(.*?)[\s,]+(?:ok|okay|please|yeah|yes|will you|would you|can you|could you)\s*\?+\W*$"),
}
# "¿Mande? Es que pasó un camión", "What? Sorry, a truck went by": a whole-turn request asked on its own,
# then why the caller missed it. An answer after it ("¿Mande? Sí, es Juan") is not a request.
_MISSED_BECAUSE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"^(?:es que|esque|perdon|disculpa|disculpe|no (?:te |le |se )?(?:oi|escuche|oyo|escucho|entendi|alcance)"
        r"|hay (?:mucho |un )?ruido|(?:paso|pasaba|iba|venia|sono|se oyo) (?:un|una|el|la)\b|estaba"
        r"|se (?:me |nos |te )?(?:corto|fue|oyo|cayo|perdio)|perdi|me quede sin"
        r"|con el ruido|ando en|voy en|estoy en"
        # the noise won over the agent's voice ("me ganó el ruido", "me tapó el camión")
        r"|(?:me|nos|te) (?:gano|gana|ganaba|tapo|tapa|tapaba) (?:el|la|los|las|un|una) \w+"
        # the noise around the caller ("traigo la ventana abierta", "tengo el radio prendido")
        r"|(?:traigo|tengo) (?:la|el|las|los|un|una) \w+ (?:(?:bien |muy )?(?:abiert|prendid|encendid|fuerte|sonando"
        r"|a todo|bajad))|(?:traigo|tengo|hay) (?:mucho |un )?(?:ruido|escandalo|aire)"
        r"|(?:la|el) \w+ (?:esta|estaba|va|iba|hace|hacia|suena|sonaba) (?:bien |muy )?"
        r"(?:fuerte|sonando|ruido|abiert)"
        # the noise being put down ("le bajo a la música", "déjame cerrar la ventana", "apago el radio")
        r"|(?:(?:dejame|deja|espera|esperame|ahorita|ya|nomas) )?(?:le |lo |la )?(?:bajo|bajamos|apago|apagamos|cierro"
        r"|cerramos|subo|quito|bajar|apagar|cerrar|subir|quitar)(?:le|lo|la)? (?:a |al |el |la |los |las |tantito)"
        # what the caller was doing ("estaba leyendo un letrero", "iba rebasando")
        r"|(?:estaba|iba|andaba|venia) \w+(?:ando|iendo|endo)\b)"
    ),
    "en": re.compile(
        r"^(?:sorry|my bad|there was|theres|a truck|its (?:loud|noisy|windy)|i (?:couldnt|didnt|cant|could not|did not)"
        r"|you (?:cut|broke)|the line|it cut|im (?:driving|in|on|at)|i lost|lost (?:you|the signal|signal)"
        r"|(?:bad|no|weak) signal|my phone|i hit|i was|i got|we hit"
        # the noise around the caller ("the reefer just kicked on", "the wind's loud", "my window's down")
        r"|(?:the|my|this|a|that) \w+(?: \w+)? (?:just )?(?:kicked|started|came|went|turned|fired|roared|blew|honked"
        r"|passed|rumbled|drowned|drowns|covered|cut)(?: on| off| up| by| past| you out| it out| out| over)?\b"
        # the noise put down, or what the caller was doing ("let me turn the radio down", "I was reading a sign")
        r"|(?:let me |lemme |hold on |hang on |gotta |i gotta )?(?:turn|roll|shut|close) (?:down |up |off )?(?:the|my"
        r"|this) \w+|i was (?:\w+ing|on the|backing|merging|busy)\b|(?:couldnt|cant|could not) hear (?:you |it )?over"
        r"|you (?:got )?(?:drowned|cut|broke) (?:out|up)"
        # the noise won over the agent's voice ("the engine drowned you out", "the noise got me")
        r"|(?:the|a|that|this|my) \w+ (?:got|beat|drowned|covered) (?:me|you|it|ya)\b"
        r"|(?:the|my|this) \w+(?: \w+)?(?: is|s| was) (?:so |really |too |real )?(?:loud|blasting|down|open"
        r"|going off)\b)"
    ),
}


_CLOSING_MARK = re.compile(r"(?<=\w)\?+")

# "Say what now?", "¿Cómo dijiste ahora?": a request to repeat with the word "now" put after it for emphasis.
# A request of two words at least ("what now?" alone is asking what comes next, or exasperation).
_EMPHATIC_NOW: dict[Lang, frozenset[str]] = {"es": wordset("ahora ahorita"), "en": wordset("now")}


def _repeat_said_with_now(folded: str, lang: Lang, index: _Index, allowed: Collection[str] | None) -> bool:
    """Every question of the turn asks to repeat, one of them with "now" after it ("Huh? Say what now?").
    `folded`: the turn as `normalize.fold` gives it."""
    if not (allowed is None or "repeat" in allowed):
        return False
    parts = [content_words(p, lang) for p in folded.split("?")]
    parts = [p for p in parts if p]
    if not parts or not any(len(p) >= 3 and p[-1] in _EMPHATIC_NOW[lang] for p in parts):
        return False
    for said in parts:
        if len(said) >= 3 and said[-1] in _EMPHATIC_NOW[lang]:
            said = said[:-1]
        names = index.whole.get(" ".join(said)) or index.exact.get(tuple(said)) or ()
        if "repeat" not in names:
            return False
    return True


# The caller saying his own words again ("let me repeat that: unit 471", "te lo repito, es la 471"): no
# request to hear the agent again.
_SAYS_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:(?:dejame|dejeme|permiteme|permitame|voy a|te voy a|le voy a) (?:repetir|volver a repetir"
                     r"|volver a decir)(?:te|le|lo|la|telo|tela|selo|sela)?|(?:te|le|se) (?:lo |la )?(?:repito"
                     r"|vuelvo a repetir|vuelvo a decir)|repito)\b"),
    "en": re.compile(r"\b(?:let me|lemme|ill|i will|i can|i could|i|allow me to|im gonna|im going to|i wanna"
                     r"|i want to|i can just|ill just|let me just) repeat(?: (?:that|it|this|myself|back|again|them"
                     r"|the \w+))*\b"
                     # ... or says it, reads it or gives it again ("let me say that again: 4471")
                     r"|\b(?:let me|lemme|ill|i will|i can|im gonna|im going to|let me just)"
                     r" (?:say|read|give you|spell) (?:that|it|this|them)(?: back)?(?: for you| to you)?"
                     r" (?:again|one more time|once more)\b"),
}


# Someone else who says it again to the caller ("mi compa siempre me repite que ustedes pagan a tiempo", "my
# buddy keeps repeating that you pay on time"): news, no request to hear the agent again.
_OTHERS_SAY_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:mi|el|la|los|las|su|mis|sus|un|una|tu) \w+(?: \w+)? (?:siempre |nomas |luego |ya |tambien"
                     r" |nunca |a cada rato |todo el tiempo )?(?:me|nos|le|les) (?:lo |la )?(?:repite|repiten|repitio"
                     r"|repitieron|ha repetido|han repetido|anda repitiendo|andan repitiendo) que\b"),
    "en": re.compile(r"\b(?:my|the|his|her|our|a|your) \w+(?: \w+)? (?:always |also |just )?(?:repeats|repeated"
                     r"|keeps repeating|kept repeating|keeps saying|kept saying) (?:to me |to us )?(?:that|how)\b"),
}


def _says_again(tokens: list[str], lang: Lang) -> tuple[int, int] | None:
    """Where the turn says the caller repeats himself, as a span of the joined tokens, or None."""
    m = _SAYS_AGAIN[lang].search(" ".join(tokens))
    return None if m is None else (m.start(), m.end())


# What leads the reason said after a request ("otra vez, que pasó un tráiler", "again, 'cause a truck went by").
_WHY_LEAD: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:(?:que|porque|pues|es que|ya que|como|pero) )+"),
    "en": re.compile(r"^(?:(?:cause|because|since|as|cuz|coz) )+"),
}


def _asked_apart(folded: str, lang: Lang, index: _Index, allowed: Collection[str] | None) -> bool:
    """A whole-turn repeat request said with a tag after it or before the reason it was needed.
    `folded`: the turn as `normalize.fold` gives it ("¿" is "?" there as well)."""

    def repeat_phrase(part: str) -> bool:
        said = content_words(part, lang)
        for part_words in (said, _without_courtesy(said, lang)):  # "pardon?" is also a courtesy word
            names = index.whole.get(" ".join(part_words)) or index.exact.get(tuple(part_words)) or ()
            if "repeat" in names:
                return allowed is None or "repeat" in allowed
        return False

    # the request first, then why it was needed, with no question mark ("Otra vez, porfa, que pasó un torton y no
    # oí", "Say that again, the reefer kicked on"): the reason must be one (an answer after it is no request)
    comma = folded.find(",")
    if comma > 0 and repeat_phrase(folded[:comma]):
        rest = " ".join(_without_courtesy(content_words(folded[comma + 1:], lang), lang))
        rest = _WHY_LEAD[lang].sub("", rest)
        if rest and _MISSED_BECAUSE[lang].match(rest) is not None:
            return True
    if "?" not in folded:
        return False

    def request(part: str) -> bool:
        # ... said with a tag asked after it ("Una vez más, ¿sí? Me ganó el ruido")
        if repeat_phrase(part):
            return True
        tagged = _ASKED_TAG[lang].match(part + "?")
        return tagged is not None and repeat_phrase(tagged.group(1))

    tagged = _ASKED_TAG[lang].match(folded)
    if tagged and repeat_phrase(tagged.group(1)):
        return True
    # one request or several in a row ("¿Cómo? ¿Cómo dices? Traigo la ventana abierta"), then the reason
    start, asked = 0, False
    for closing in _CLOSING_MARK.finditer(folded):
        if not request(folded[start: closing.start()]):
            break
        asked, start = True, closing.end()
        rest = " ".join(content_words(folded[start:], lang))
        if rest and _MISSED_BECAUSE[lang].match(rest) is not None:
            return True
    if asked:
        return not content_words(folded[start:], lang)
    # the reason first, then the request asked on its own ("Discúlpame, se me fue, ¿otra vuelta?", "Sorry, a truck
    # went by, say again?")
    cut = max(folded.rfind(mark, 0, len(folded.rstrip(" ?.!"))) for mark in (",", ".", "?", "!", ";"))
    if cut <= 0 or not repeat_phrase(folded[cut + 1:].strip(" ?.!")):
        return False
    before = _without_courtesy(content_words(folded[:cut], lang), lang)
    return bool(before) and _MISSED_BECAUSE[lang].match(" ".join(before)) is not None


_WORD_CUTOFF = 70.0


def _same_words(window: str, phrase: str, lang: Lang) -> bool:
    """A fuzzy hit is a slip inside words, never another word: "perdón me (llamo)" is not "perdón
    qué", "transfer money" is not "transfer me". Every word must be close to the phrase's word."""
    return all(fuzz.ratio(w, p) >= _WORD_CUTOFF and not _other_tense(w, p) and not _negated(w, p)
               and not _without_clitic(w, p) and not (lang == "en" and _short_swapped(w, p))
               for w, p in zip(window.split(), phrase.split(), strict=False))


def _short_swapped(word: str, phrase_word: str) -> bool:
    """"rear" is not "real": in an English word of four letters or fewer, one letter put for another mostly
    makes another word ("someone rear-ended me" asks for nobody; "read"/"real", "seal"/"real"), where a letter
    dropped or doubled is a slip of the recogniser ("agen", "reall"). Not in Spanish, where the letter is mostly
    the verb's ending ("¿con quién hablo?" / "¿con quién habla?" ask the same)."""
    if word == phrase_word or len(word) != len(phrase_word) or len(word) > 4:
        return False
    differ = [(a, b) for a, b in zip(word, phrase_word, strict=True) if a != b]
    # A last consonant said unvoiced ("sent me a whatsapp", "bat time"): how a Spanish speaker, and the recogniser
    # after him, ends "send" or "bad" - a slip, not another word.
    return len(differ) == 1 and not (word[-1] != phrase_word[-1] and {word[-1], phrase_word[-1]} in _VOICED_PAIRS)


_VOICED_PAIRS = ({"d", "t"}, {"s", "z"})


_CLITICS = ("me", "nos", "le", "les")


def _without_clitic(word: str, phrase_word: str) -> bool:
    """"pasa" is not "pásame": the pronoun joined to the verb says who it is asked for ("¿qué pasa con
    ustedes?" asks what goes on, "pásame con" asks to be put through)."""
    return any(phrase_word == word + c for c in _CLITICS)


def _negated(word: str, phrase_word: str) -> bool:
    """"can" is not "cant": one letter apart, the opposite meaning ("I can talk" is no "I can't talk")."""
    short, long = sorted((word, phrase_word), key=len)
    return long.endswith("nt") and long in (short + "t", short + "nt")


def _other_tense(word: str, phrase_word: str) -> bool:
    """"talked" is not "talk": the past tense tells what happened ("I already talked to a person at
    dispatch"), never asks for it."""
    return word != phrase_word and word.startswith(phrase_word) and word[len(phrase_word):] in ("ed", "d")


def _says_phrase_of(tokens: list[str], index: _Index, name: str) -> bool:
    """Whether the turn says one of the exact phrases of intent `name` of two words or more, anywhere in it (the
    whole turn's best phrase may be another intent's). A lone word ("queja", "complaint") may only name it: "¿es
    por la queja que puse?" asks about one."""
    for start, token in enumerate(tokens):
        for n in index.starts.get(token, ()):
            if n >= 2 and start + n <= len(tokens) \
                    and name in index.exact.get(tuple(tokens[start : start + n]), ()):
                return True
    return False


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
    # the longest phrase said wins, the earliest of equally long ones
    for start, token in enumerate(tokens):
        for n in index.starts.get(token, ()):
            if start + n > len(tokens) or (best is not None and n <= best[2]):
                continue
            name = first_ok(index.exact.get(tuple(tokens[start : start + n])))
            if name:
                best = (name, 1.0, n)
                break
    if best:
        return best
    # each word's sound once per turn, not once per window: the spellings collapsed never span a space,
    # so a window's sound is its words' sounds joined
    sounds = [_phonetic(t, lang) for t in tokens[:_MAX_FUZZY_TOKENS]]
    for n, (_, names) in index.fuzzy.items():
        for start in range(0, len(sounds) - n + 1):
            window = " ".join(sounds[start : start + n])
            phrases, at = _near_in_length(index, n, len(window))  # only those it can match: the same hits
            if not phrases:
                continue
            hit = process.extractOne(window, phrases, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG)
            if not hit:
                continue
            if allowed is not None and names[at[hit[2]]] not in allowed:
                # the closest phrase belongs to a disabled intent: the closest of an enabled one, if any
                hits = process.extract(window, phrases, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG,
                                       limit=None)
                hit = next((h for h in hits if names[at[h[2]]] in allowed), None)
                if hit is None:
                    continue
            phrase, score, pos = hit
            if not _same_words(window, phrase, lang):
                continue
            name = names[at[pos]]
            cutoff = _FUZZY_CUTOFF_LONG if len(phrase) >= 12 else _FUZZY_CUTOFF
            score = min(score / 100, 0.99)  # not what the phrase list says, only sounds like it
            if score * 100 >= cutoff and (best is None or score > best[1]):
                best = (name, score, n)
    return best


# "15 more minutes", "otros 15 más minutos": how much longer, a delay like "15 minutes".
_MORE_UNITS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(\d) (?:mas|extra) (?=min|hor)"),
    "en": re.compile(r"(\d) (?:more|extra) (?=min|hour)"),
}

# The delay said with the call ("my thirty-minute break starts in ninety, so call me in ninety minutes"): it
# outranks a span said earlier in the turn about something else.
_CALL_IN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llamame|marcame|hablame|llameme|marqueme|hableme|llamenme|marquenme|hablenme|buscame"
                     r"|me (?:llamas|marcas|hablas|llama|marca|habla|llaman|marcan|hablan|buscas|busca)"
                     r"|intentale|intentele|intentalo|reintentame)(?: (?:otra vez|de nuevo|nuevamente|mejor|ya))?"
                     r" (en .+)$"),
    "en": re.compile(r"\b(?:call|ring|try|buzz|reach|hit|phone) (?:me |us )?(?:back |up |again )?(in .+)$"),
}


def _delay_of_the_call(digits: str, lang: Lang) -> int | None:
    """The delay said right after the callback verb, or None. `digits`: the turn's words with numbers as digits."""
    m = _CALL_IN[lang].search(digits)
    return duration_minutes(m.group(1), lang) if m else None


_CALLED_BY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:(?:me|nos) (habla|llama|marca|hablan|llaman|marcan|va a hablar|va a llamar|va a marcar)"
                     # "mi esposa (me) puede llamar en la noche": can call, of someone else; "el despachador le puede
                     # llamar", "la de despacho te puede marcar": can call the agent (or a third person)
                     r"|(?:(me|nos|te|le|les|lo|la) )?((?:puede|pueden|podria|podrian) (?:llamar|marcar|hablar)))\b"),
    "en": re.compile(r"\b(?:calls|rings|will call|is calling|is going to call|gonna call) (?:me|us)\b"
                     # "my wife can call you back", "dispatch will call back later": another calls the agent
                     r"|\b(?:can|could|will|would|gonna|should|might|may|going to) (?:call|ring|phone)"
                     r"(?: you| yall)? back\b"),
}


# The call asked with "can" ("¿me puede llamar en una hora?"): of the agent, or of someone else named before it.
_CAN_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:puede|pueden|podria|podrian) (?:llamar|marcar|hablar)\b"),
    "en": re.compile(r"\b(?:can|could|will|would|gonna|should|might|may|going to) (?:call|ring|phone)"
                     r"(?: you| yall)? back\b"),
}


# "¿Me le puede marcar?": the caller is who is called, "le" only an everyday flourish
_CALLER_BEFORE_CLITIC = re.compile(r"\b(?:me|nos)$")
# Who can call, said as a pronoun before "puede llamar" (folded: "él" is "el", which no article stands right before
# a verb as)
# ("no hay nadie, ¿puede marcar en una hora?": nobody there is what "hay" has, no subject of the call asked for)
_PRONOUN_SUBJECT = re.compile(r"\b(?:ella|el|ellos|ellas|quien|(?<!\bhay )(?<!\bhabia )(?<!\besta )(?<!\bestaba )"
                              r"(?<!\bqueda )(?<!\bencuentra )(?:alguien|nadie))(?: mas)?$")


def _another_calls(tokens: list[str], lang: Lang) -> bool:
    """Someone else is the one who calls the caller ("mi compañero me habla en media hora")."""
    joined = " ".join(tokens)
    m = _CALLED_BY[lang].search(joined)
    if m is None:
        return False
    before = joined[: m.start()].rstrip()
    if lang == "es" and m.group(3):
        # "el despachador le puede llamar", "la de despacho te puede marcar": whoever can call, the one called is
        # the agent (te, le) or a third person - never the caller ("¿me le puede marcar?" is, colloquially)
        if m.group(2) not in (None, "me", "nos") and not _CALLER_BEFORE_CLITIC.search(before):
            return True
        # "ella puede llamar en la noche", "¿quién más puede llamar?": a subject pronoun said, no one asked
        if _PRONOUN_SUBJECT.search(before):
            return True
    if lang == "es":
        said = (m.group(1) or m.group(3)).split()
        verb = said[0] if m.group(3) else said[-1]  # "puede" asks as usted, or says what another can do
    else:
        verb = m.group(0).split()[0]
    return someone_else_calls(before, verb, lang, joined[m.end():])


# The road as where something happened to the caller ("somebody rear-ended me on the highway", "a truck hit me on
# the interstate", "me chocaron en la carretera"): news of an accident, not the caller on the road now - no busy
# place, no callback asked for.
_HAPPENED_ON_THE_ROAD: dict[Lang, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:\w+ed|hit|ran|cut|broke|blew|got \w+ed|got hit|got \w+en)(?: (?:me|us|my \w+|our \w+))?"
                     r"(?: (?:off|over|down))? (?P<place>(?:on|at) (?:the|a) (?:highway|road|interstate|freeway))\b"),
    "es": re.compile(r"\b(?:me|nos) \w+(?:aron|ieron|o|io)(?: \w+){0,3}? (?P<place>en (?:la|el) (?:carretera|autopista"
                     r"|camino|libre|cuota))\b"),
}


# The caller says he will call someone else ("luego le llamo a mi esposa", "le marco mañana al despachador"): his
# errand, no callback (`callback_cues.CALLS_ANOTHER_AFTER_ES` keeps the call-back patterns off it; this is for the
# phrases of the list, "luego le llamo").
_CALLS_ANOTHER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:le|les|te) (?:llamo|marco|hablo|voy a (?:llamar|marcar|hablar))(?: (?!a\b|al\b)\w+){0,3}"
                     r" (?:a (?:mi|mis|su|sus|tu|tus)\b" + PHONE_AFTER_ES
                     + r"|al (?!rato|ratito|ratillo|mediodia|celular|cel|numero|telefono|whatsapp|movil|fijo))"
                     r"\w*(?: \w+)?"),
    "en": re.compile(r"(?!)"),
}


def _calls_another(tokens: list[str], lang: Lang, index: _Index, allowed: Collection[str] | None) -> bool:
    """Whether the call the turn names is one the caller makes to someone else (`_CALLS_ANOTHER`), and nothing else
    in it asks to be called later."""
    joined = " ".join(tokens)
    m = _CALLS_ANOTHER[lang].search(joined)
    if m is None:
        return False
    rest = (joined[: m.start()] + joined[m.end():]).split()
    again = _best(rest, index, allowed, lang) if rest else None
    return not ((again is not None and again[0] in ("reschedule", "busy")) or callback_request(rest, lang))


def _happened_on_the_road(tokens: list[str], lang: Lang, index: _Index, allowed: Collection[str] | None) -> bool:
    """Whether the road the turn names is only where something happened to the caller (`_HAPPENED_ON_THE_ROAD`),
    and nothing else in it asks to be called later."""
    joined = " ".join(tokens)
    m = _HAPPENED_ON_THE_ROAD[lang].search(joined)
    if m is None:
        return False
    rest = (joined[: m.start("place")] + joined[m.end("place"):]).split()
    again = _best(rest, index, allowed, lang) if rest else None
    return not ((again is not None and again[0] in ("reschedule", "busy")) or callback_request(rest, lang))


def _busy_going_on(tokens: list[str], lang: Lang, index: _Index, allowed: Collection[str] | None) -> bool:
    """The caller says he is busy and goes on with the call in the same turn, asking no callback apart
    from the busy words ("Sí, ahorita no puedo, voy manejando" still asks for one)."""
    apart = busy_said_apart(tokens, lang)
    if apart is None or not going_on(tokens, apart[1], lang):
        return False
    rest = apart[1]
    again = _best(rest, index, allowed, lang) if rest else None
    # ("Gimme fifteen, I'm fueling up": the time asked for is read with the activity that explains it)
    return not ((again is not None and again[0] == "reschedule") or callback_request(rest, lang)
                or time_asked_for(tokens, lang))


# Words that only join the busy reason to what is asked ("repítemelo despacito que voy manejando", "otra vez,
# porque voy en carretera", "say that again, 'cause I'm driving").
_JOINS_REASON: dict[Lang, frozenset[str]] = {
    "es": wordset("que porque pues es como ya y pero"),
    "en": wordset("cause because since as cuz coz and but so"),
}


# An again-word alone beside the activity asks to hear it again only when set apart ("Otra vez, que voy en
# carretera", "¿De nuevo? Voy manejando"); run into it, it tells of the activity ("I'm driving again").
_BARE_AGAIN: dict[Lang, frozenset[str]] = {
    "es": frozenset({"otra vez", "de nuevo", "nuevamente", "otra vuelta"}),
    "en": frozenset({"again", "once more", "one more time"}),
}


def _repeat_beside_busy(tokens: list[str], lang: Lang, index: _Index, folded: str) -> bool:
    """The caller asks to hear it again and says he is busy as why ("Repítemelo despacito que voy manejando",
    "Otra vez, que voy en carretera"): the request is what he asks, the activity only why he missed it. Only
    a repeat said as its list phrase (never a fuzzy one) or asked in other words; a word that also joins the
    reason ("¿qué?", "que voy manejando") only when asked. `folded`: `normalize.fold` of the turn."""
    apart = busy_said_apart(tokens, lang)
    if apart is None:
        return False
    said = _without_courtesy(apart[1], lang)
    rest, cut = said, _JOINS_REASON[lang] | COURTESY[lang]
    while rest and rest[-1] in cut:
        rest = rest[:-1]
    while rest and rest[0] in cut:
        rest = rest[1:]
    if not said or _LINE_CHECK[lang].fullmatch(" ".join(said)):
        return False  # "Hello? I'm driving." only checks the line: the busy hint
    if later_named(" ".join(said), lang):
        return False  # "voy manejando, repítamelo más tarde" asks a callback
    bare = " ".join(rest)
    if bare in _BARE_AGAIN[lang] and not re.search(
            r"(?:^|[,.;:!?\u00bf\u00a1])\s*" + bare + r"\s*(?:[,.;:!?]|$)", folded):
        return False  # "I'm driving again", "otra vez voy manejando": the activity again, no request
    if "?" in folded and "repeat" in index.whole.get(" ".join(said), ()):
        return True  # "¿Qué? Voy manejando"
    if not rest:
        return False
    if "repeat" in index.whole.get(" ".join(rest), ()):
        return True
    found = _best(rest, index, frozenset({"repeat"}), lang)
    return (found is not None and found[1] == 1.0) or asks_the_question_again(rest, lang)


def _only_busy(tokens: list[str], lang: Lang, index: _Index, allowed: Collection[str] | None) -> bool:
    """The caller names an activity that only implies he is busy ("¿Bueno? Voy manejando, eh.", "I'm at the
    dock") and asks no callback, says no can't-talk and gives no answer beside it (see `busy_hint`)."""
    rest = busy_hint(tokens, lang)
    if rest is None or going_on(tokens, rest, lang) or callback_asked_outright(tokens, lang):
        return False
    if not rest:
        return True
    again = _best(rest, index, allowed, lang)
    return not ((again is not None and again[0] == "reschedule") or callback_request(rest, lang))


# What an answer opens with after a reminder ("ya te lo había dicho, es la unidad 509", "like I said, the trailer is
# five three two"): the value said again, not more exasperation ("ya te lo dije, ¿qué no entiendes?"). An article or
# "my" opens one only with the value named and said ("la placa es ...", "the trailer is 532") or a number after it:
# "ya te lo dije, la verdad no tengo tiempo", "I already told you, the truck isn't mine" are no answer.
_VALUE_NAMED = (r"(?:unidad|numero|economico|placa|placas|correo|email|mail|nombre|caja|remolque|tractor|trailer"
                r"|truck|unit|plate|plates|name|number)")
_ANSWER_OPENS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:es(?! que\b)|son|era|eran|soy|me llamo|se llama|unidad|placa|placas|\d+"
                     r"|(?:mi|la|el|los|las) (?:\d+|" + _VALUE_NAMED + r" (?:es|son|era|eran|\d+)))\b"),
    "en": re.compile(r"^(?:its|it is|thats|that is|unit|trailer|truck|plate|im|i am|\d+"
                     r"|(?:the|my) (?:\d+|" + _VALUE_NAMED + r" (?:is|was|\d+)))\b"),
}
# ... never how often it was said, nor only that it is the same as before ("ya te lo dije hace rato, es el mismo"),
# nor what the value is not ("es que el correo no lo uso", "it's not my truck")
_TIMES_SAID: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b\d+ (?:veces|vez)\b|\b(?:mism[oa]s?|igual)\b|\b(?:no|nunca|ni)\b"),
    "en": re.compile(r"\b\d+ times\b|\btwice\b|\bsame\b|\b(?:not|no|never|isnt|aint|dont|doesnt)\b"),
}


def _answered_after_reminder(text: str, tokens: list[str], lang: Lang, index: _Index,
                             allowed: Collection[str] | None) -> bool:
    """The caller reminds he said it before and says it again ("Ya te lo había dicho, es la unidad quinientos
    nueve"): a mild annoyance around an answer, no complaint. Asked back or complained of in the rest ("ya te lo
    dije tres veces, ¿qué no entiendes?"), it stays one."""
    rest = after_reminder(tokens, lang)
    if not rest or "?" in text:
        return False
    digits = " ".join(digitize(prepare_tokens(rest, lang), lang))
    if not _ANSWER_OPENS[lang].search(digits) or _TIMES_SAID[lang].search(digits) or grievance(rest, lang):
        return False
    # nothing else asked in it either ("ya te lo dije, es que ando manejando, háblame en una hora" keeps its callback
    # to be heard)
    return _best(rest, index, allowed, lang) is None


def _confirmed_as_said_before(text: str, locale: str, lang: Lang) -> bool:
    from .yes_no import classify_yes_no  # yes/no reads intents too: imported when needed

    said = classify_yes_no(text, locale)
    return said.answer == "yes" and bool(said.rest) and only_a_reminder(" ".join(words(fold(said.rest))), lang)


_TAKES_BACK_TO = frozenset(("reschedule", "human", "end_call"))
# A "no" then thanks is a polite refusal ("márcame mañana, no, gracias, bye"), never the tag "¿no?"; `tail`: folded.
_THANKS_FIRST = re.compile(r"(?:gracias|muchas gracias|thanks|thank you|thank u|thx)\b")


# Talking again, said as a farewell ("ahí nos hablamos"): with a moment named, when to call.
_TALK_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bnos (?:hablamos|estamos hablando|marcamos|llamamos)\b"),
    "en": re.compile(r"\btalk (?:to you|again)\b"),
}
# "Ahí nos habla (al rato)": the caller asks to be called - no farewell, however close it sounds to "ahí nos hablamos".
_CALL_US: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bnos (?:habla|hablas|hablan|llama|llamas|llaman|marca|marcas|marcan)\b"),
    "en": re.compile(r"(?!)"),
}


def _talk_again_when(folded: str, lang: Lang, locale: str) -> bool:
    """Whether a turn that says the talking again at a question of a value names when: in the clause of the farewell
    ("ahí nos hablamos en una hora"), or in a clause of nothing but a time ("mañana, ahí nos hablamos"). A number said
    bare in another clause is the value asked ("la 452, ahí nos hablamos", "es la 120, ahí nos hablamos"), no time to
    call."""
    for clause in re.split(r"[,.;:!?¿¡…]+", folded):
        tokens = drop_fillers(words(clause), lang)
        if not tokens:
            continue
        if _TALK_AGAIN[lang].search(" ".join(tokens)):
            if names_a_time(clause, locale):
                return True
        elif only_a_time(clause, tokens, lang, locale) and not all(
                t in _BEFORE_A_VALUE or t.isdigit() or is_number_word(t, lang) for t in tokens):
            return True  # "mañana, ahí nos hablamos"; never "la 452" (the unit asked, no 4:52)
    return False


# Words that lead or join a number said as the value asked ("la 452", "es el 120", "la cuatro cincuenta y dos").
_BEFORE_A_VALUE = wordset("la el es son y the its it is and number numero")


def detect_intent(
    text: str,
    locale: str,
    *,
    enabled: Collection[str] | None = None,
    extra_phrases: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    now: dt.datetime | None = None,
    calling_hours: tuple[dt.time, dt.time] | None = None,
    when_alone: bool = False,
    question: OpenQuestion | None = None,
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
    question: the question the caller answers (see `OpenQuestion`), when the caller knows it.
    Never raises.
    """
    try:
        lang = lang_of(locale)
        folded = join_split_clitics(fold(text), lang)  # once: the words and the rules that read punctuation share it
        taken = REQUEST_TAKEN_BACK.match(folded)
        if taken is not None:
            # "que me llame mi despachador... no, llámame tú en una hora": one request taken back for another - the
            # one said last is what the caller asks (with its hour), never the first
            def heard(part: str) -> IntentMatch | None:
                return detect_intent(part, locale, enabled=enabled, extra_phrases=extra_phrases, now=now,
                                     calling_hours=calling_hours, when_alone=when_alone, question=question)
            later = heard(taken.group("tail"))
            if later is not None and later.name in _TAKES_BACK_TO:
                first = heard(taken.group("head"))
                if first is not None and first.name != later.name and first.name in _TAKES_BACK_TO:
                    if first.name == "reschedule" and later.name == "end_call" and taken.group("instead") is None \
                            and taken.group("no") in ("no", "nope", "nah") \
                            and says_goodbye(taken.group("tail"), locale) \
                            and only_takes_leave(words(taken.group("tail")), lang) \
                            and _THANKS_FIRST.match(taken.group("tail")) is None:
                        # "márcame mañana, no, bye", "call me tomorrow, no? bye": a lone "no" asked as a tag ("¿no?")
                        # with its marks lost, then the goodbye - the callback stands (it ends the call too); a
                        # take-back says so ("no, mejor adiós", "no, no, bye", "no, ya no me llames", "no, olvídalo,
                        # bye", "no, ya no, adiós": more than the goodbye after the "no"; "no, gracias, bye", "no,
                        # thanks, bye": the offer of a call turned down)
                        return first
                    return later
        tokens = drop_fillers(words(strip_filler_phrases(join_backchannels(folded), lang)), lang)[:_MAX_TOKENS]
        value_asked = question is not None and question.listen in ("slot", "char", "confirm")
        if (enabled is None or "off_topic" in enabled) and asks_if_done(text, folded, lang, value_asked=value_asked):
            # "¿ya terminamos?", "are we done?": asked, answered ("ya casi") - not the goodbye its words say unasked
            return IntentMatch("off_topic", 0.95, None)
        if not tokens:
            # "¿Bueno?" is how a Mexican caller answers the phone or checks the line (its word is a filler
            # elsewhere): the question is asked again, never counted as a failed answer.
            said = " ".join(folded.replace("?", " ").replace(".", " ").replace(",", " ").split())
            if _LINE_CHECK[lang].fullmatch(said) and (enabled is None or "repeat" in enabled):
                return IntentMatch("repeat", 1.0, None)
            return None
        index = _index(lang, _freeze_extra(extra_phrases, lang))
        allowed = frozenset(enabled) if enabled is not None else None
        found = _best(tokens, index, allowed, lang)
        if found is not None and found[0] == "repeat" and (span := _says_again(tokens, lang)) is not None:
            # "let me repeat that: unit 471": the caller repeats, nothing asked of the agent unless the rest asks
            joined = " ".join(tokens)
            rest = (joined[: span[0]] + " " + joined[span[1] :]).split()
            found = _best(rest, index, allowed, lang) if rest else None
        if found is not None and found[0] == "repeat" and _OTHERS_SAY_AGAIN[lang].search(" ".join(tokens)):
            found = None  # "mi compa siempre me repite que ...": someone else repeats, nothing asked of the agent
        if found is not None and found[0] == "human" and news_about_a_person(tokens, lang):
            found = None
        if found is not None and found[0] == "end_call" and another_number(tokens, lang):
            found = None  # "don't call this number, call my other cell instead": a number, not goodbye
        if found is not None and found[0] == "end_call" and (limit := limited_denial(tokens, lang)) is not None:
            # "no quiero que me llamen en la noche": when not to call, not "don't call me again"; the end
            # stands only if the rest of the turn asks for it too ("..., y ya me tengo que ir")
            joined = " ".join(tokens)
            rest = (joined[: limit[0]] + " " + joined[limit[1] :]).split()
            again = _best(rest, index, allowed, lang) if rest else None
            found = again if again is not None and again[0] == "end_call" else None
        if found is not None and found[0] == "end_call" and (rest := without_hanging_up(tokens, lang)) is not None:
            # "no te voy a colgar", "don't hang up": the caller stays on the line; "ya colgamos la lona" hitched a
            # load - no goodbye, unless the rest of the turn says one ("..., bueno, bye")
            found = _best(rest, index, allowed, lang) if rest else None
        if (allowed is None or "end_call" in allowed) and (found is None or found[0] in INTENTS) \
                and do_not_call(tokens, folded, lang):
            # off the list outranks the exasperation around it ("ya no me estén marcando a este número"); an intent
            # of the flow's own said with it stays ("es número equivocado, ya no marquen": the wrong number)
            found = ("end_call", 1.0, len(tokens))
        if found is not None and found[1] < 1.0 and found[0] in ("reschedule", "end_call") \
                and talks_aside(text, locale):
            # "Ahorita voy, compadre, estoy en una llamada": said to someone beside the caller, and
            # only sounding like "estoy en una junta". A wait; a callback asked for in so many words
            # (below) or a phrase of the list said as it is still counts.
            found = None
        if found is not None and found[1] < 1.0 and found[0] == "end_call" and asks_how_long(tokens, lang):
            found = None  # "¿cuánto nos vamos a tardar en esto?" asks how long; it only sounds like "ya nos vamos"
        if found is not None and found[0] == "reschedule" \
                and (found[1] < 1.0 or _CAN_CALL[lang].search(" ".join(tokens))) and _another_calls(tokens, lang):
            # "mi compañero me habla en media hora" only sounds like "me hablas en"; "mi esposa me puede llamar en la
            # noche" says what she can do, as "¿me puede llamar en una hora?" asks the agent
            found = None
        if found is not None and found[0] in ("reschedule", "busy") \
                and _happened_on_the_road(tokens, lang, index, allowed):
            found = None  # "someone rear-ended me on the highway": an accident told, as "tuve un accidente"
        if found is not None and found[0] == "reschedule" and _calls_another(tokens, lang, index, allowed):
            found = None  # "luego le llamo a mi esposa": the caller's errand, said aside
        if found is not None and found[1] < 1.0 and found[0] == "reschedule" and denied_contact(tokens, lang):
            found = None  # "don't call me after nine" only sounds like "call me later"
        # "no te oigo bien; mejor háblame en una hora": the bad line is why, the callback is what is asked (and
        # "hang up and try me again in ten seconds" asks no goodbye; nor does "Gotta go. Try me in sixty minutes",
        # "ya me voy, márcame en una hora": leaving is why, a callback asked for a time is what is asked)
        if (found is None or found[1] < 1.0 or found[0] == "repeat"
                or (found[0] == "end_call" and (done_is_when(tokens, lang) or redial_asked(tokens, lang)
                                                or (callback_asked_outright(tokens, lang)
                                                    and contact_with_time(tokens, lang))))) \
                and (allowed is None or "reschedule" in allowed) \
                and (callback_request(tokens, lang, folded) or call_ordered(folded, lang)) \
                and not _happened_on_the_road(tokens, lang, index, allowed):
            found = ("reschedule", 0.95, len(tokens))
        if found is not None and found[0] == "reschedule" and value_said_later(tokens, lang) \
                and busy_said_apart(tokens, lang) is None and not callback_asked_outright(tokens, lang) \
                and not call_ordered(folded, lang):
            found = None  # "mejor luego te digo" at the arrival question: the value later, not the call
        if found is not None and found[0] == "reschedule" and contact_on_need(tokens, lang):
            found = None  # "call me in case something changes": contact offered, no callback asked for
        if found is not None and found[0] == "reschedule" and not callback_asked_outright(tokens, lang) \
                and (busy_later_not_now(folded, lang)
                     or (question is not None and question.clock and names_a_time(text, locale))):
            # "en una hora y media estoy descargando": busy then, not now; and at a question for a time,
            # "mañana mejor, como a las siete" is the time - only "llámame ..." or "ahorita no puedo" ask a callback
            found = None
        if found is not None and found[0] == "reschedule" and _busy_going_on(tokens, lang, index, allowed):
            found = None  # "Sí, rápido que voy manejando": why the caller wants it quick, not a callback
        went_on = False
        if found is not None and found[0] in ("reschedule", "busy") and not call_ordered(folded, lang) \
                and goes_on_after_but(tokens, lang):
            # "ahorita manejo pero tengo manos libres, dígame", "Bad timing on that load, but yes I have a couple
            # minutes": the half after the "but" goes on now - no callback (nor its "couple minutes" as a delay)
            found, went_on = None, True
        if found is not None and found[0] in ("reschedule", "busy") \
                and (denied := bad_time_denied(tokens, lang)) is not None:
            # "No es mal momento", "it's not a bad time": the busy words denied - a callback only if the rest asks one
            again = _best(denied, index, allowed, lang) if denied else None
            found = again if again is not None and again[0] in ("reschedule", "busy") \
                and not goes_on_after_but(denied, lang) else None
            went_on = found is None
            if went_on and question is not None and question.listen in ("slot", "char") \
                    and (allowed is None or "repeat" in allowed) and only_go_ahead_words(denied, lang):
                # "No es mal momento, dígame" at a question: the go-ahead, nothing of the answer - asked again
                found = ("repeat", 0.9, len(tokens))
        if found is None and question is not None and question.listen in ("slot", "char") \
                and (allowed is None or "repeat" in allowed) \
                and (only_going_on(tokens, lang) or went_on and only_going_on_after_but(tokens, lang)):
            # "Estoy en la aduana, dígame" at a question: the go-ahead, and nothing of the answer - the question
            # asked again, never a "didn't get that"
            found = ("repeat", 0.9, len(tokens))
        # "¿Bueno? Voy manejando, eh.": busy only implied, the `busy` hint; a callback where it is not handled (and
        # nothing to read where neither is: a yes read for a repeat asked after it)
        hint = "busy" if allowed is None or "busy" in allowed else HINTS["busy"] if HINTS["busy"] in allowed else None
        if hint is not None and (found is None or found[0] == "reschedule") and _only_busy(tokens, lang, index, None):
            found = (hint, found[1] if found is not None else 0.9, len(tokens))
        if hint is not None and (found is None or found[0] in ("off_topic", "complaint")) \
                and phone_trouble(folded, lang) and not takes_leave(folded, lang):
            # "se me está acabando la pila", "I'm losing signal": the call may be cut - no news of the trip to be
            # sorry about; the `busy` hint (quick, or a callback offered). A callback asked with it stays one, and a
            # goodbye said with it ends the call ("ahí te dejo, ya se me acaba la pila")
            found = (hint, 1.0, len(tokens))  # in so many words: never outweighed by "no tengo (pila)"
        if found is not None and found[0] in ("reschedule", "busy") and busy_said_apart(tokens, lang) is not None \
                and not callback_asked_outright(tokens, lang) and not call_ordered(folded, lang):
            # the activity only says why: "Repítemelo despacito que voy manejando" asks the question again, "Ya le
            # cuelgo, jefa, que voy en carretera. Bye." takes leave (a callback asked outright still counts)
            if (allowed is None or "repeat" in allowed) and _repeat_beside_busy(tokens, lang, index, folded):
                found = ("repeat", 1.0, len(tokens))
            elif (allowed is None or "end_call" in allowed) and takes_leave(folded, lang) \
                    and not later_named(" ".join(tokens), lang):
                found = ("end_call", 1.0, len(tokens))
        if (found is None or found[1] < 1.0 or found[0] == "human") and (allowed is None or "reschedule" in allowed) \
                and calls_back_after_errand(tokens, lang) and not contact_on_need(tokens, lang) \
                and not value_said_later(tokens, lang):
            # "voy a hablar con mi despachador y te marco": the caller's own callback after an errand, and the one he
            # talks to is his errand - no person asked of the agent
            found = ("reschedule", 1.0, len(tokens))
        # a person asked for outranks the exasperation around it ("que me atienda alguien, no me entiendes")
        # ... and so does a callback the person is to make ("ask payroll to call me back")
        # ... and the question what the agent is ("¿eres un robot? pásame con una persona")
        if (found is None or found[1] < 1.0 or found[0] in ("complaint", "off_topic")
                or (found[0] == "reschedule" and attended_by_a_person(tokens, lang))) \
                and (allowed is None or "human" in allowed) \
                and (person_request(tokens, lang) or asks_if_a_boss_is_there(folded, lang)) \
                and not news_about_a_person(tokens, lang):
            found = ("human", 0.95, len(tokens))
        if found is not None and found[0] == "human" and not person_request(tokens, lang) \
                and answers_for_another(tokens, lang):
            # "Isn't Mike there? This is his wife.": someone else answers for the one called - what else the turn
            # says (a wrong person, in a flow that lists it), never a person asked of the agent
            every = allowed if allowed is not None else frozenset(i for names in index.exact.values() for i in names)
            found = _best(tokens, index, every - {"human"}, lang)
        if found is not None and found[0] not in INTENTS and answers_for_another(tokens, lang) \
                and answers_in_his_place(tokens, lang):
            # "Soy su esposa, yo le doy los datos", "this is his wife, what do you need?": whoever answers for the
            # one called goes on in his place - none of the flow's own intents for someone else answering (a wrong
            # person, the one called away) takes the call from them
            found = None
        if found is not None and found[0] == "human" and asks_what_the_agent_is(tokens, lang) \
                and not person_request(tokens, lang):
            # "is there a human reading this or is it a computer?": asked what the agent is, nobody asked for
            found = ("off_topic", found[1], found[2]) if allowed is None or "off_topic" in allowed else None
        if found is not None and found[0] == "human" and call_first(" ".join(tokens), lang):
            found = None  # "quiero hablar con el jefe de patio, pero primero te doy mis datos": the call goes on first
        if found is None and (allowed is None or "repeat" in allowed) and bad_line(text, lang, folded):
            found = ("repeat", 0.9, len(tokens))
        if found is None and (allowed is None or "repeat" in allowed) and question is not None \
                and question.listen in ("slot", "char") and asks_what_is_needed(folded, lang):
            # "What do you need?" at "what's the trailer number?": that question again (at the question whether the
            # caller has a minute it is the go-ahead, `yes_no`)
            found = ("repeat", 0.9, len(tokens))
        if found is None and (allowed is None or "repeat" in allowed) and asks_the_question_again(tokens, lang):
            found = ("repeat", 0.9, len(tokens))
        if found is None and _repeat_said_with_now(folded, lang, index, allowed):
            found = ("repeat", 0.9, len(tokens))
        if found is None and _asked_apart(folded, lang, index, allowed):
            found = ("repeat", 0.9, len(tokens))
        if (found is None or found[0] == "end_call") and (allowed is None or "reschedule" in allowed
                                                          or "busy" in allowed) \
                and only_later(tokens, lang, arrival=question is not None and question.clock
                               and question.listen != "yes_no"):
            # "gracias, luego", "thanks, later", "we're good, later": the call wanted later, not ended ("al rato"
            # at "¿a qué hora llega?" is when he arrives). At a question for a value or its read-back a bare
            # "luego" ("sí, luego") is no callback asked for in so many words (at the e-mail it may be "I'll give
            # it later", at a read-back "yes, next"): the `busy` hint - the callback offered once, taken at its
            # word when said again. With thanks or a farewell around it, the caller takes leave: the callback.
            hinted = question is not None and question.listen in ("slot", "char", "confirm") \
                and (allowed is None or "busy" in allowed) and only_bare_later(tokens, lang)
            found = ("busy" if hinted else "reschedule", 0.9, len(tokens)) \
                if hinted or allowed is None or "reschedule" in allowed else found
        if found is None and (allowed is None or "end_call" in allowed) and leaving(folded, lang):
            found = ("end_call", 0.9, len(tokens))
        if (found is None or found[0] in ("repeat", "off_topic")) and (allowed is None or "complaint" in allowed) \
                and grievance(tokens, lang):
            # "nomás me repiten que espere y espere": what the caller is told again is the grievance; "otra vez a
            # pedir los datos, ya se los di ayer": asked what the call is for, and the grievance is why
            found = ("complaint", 0.9, len(tokens))
        if found is not None and found[0] == "off_topic" and (allowed is None or "complaint" in allowed) \
                and _says_phrase_of(tokens, index, "complaint"):
            # "¿con quién hablo? ya me cansé de esperar", "how did you get my number? this is ridiculous": the
            # question about the call is said with a complaint in so many words, and the complaint is what to take
            # (a longer question phrase outranks it only by its length)
            found = ("complaint", 0.9, len(tokens))
        if (allowed is None or "off_topic" in allowed) and asks_how_long(tokens, lang) \
                and not (question is not None and question.clock and own_duration(text, lang)) \
                and (found is None or (found[0] == "complaint" and question is not None
                                       and question.listen == "yes_no" and question.slot_type is None
                                       and not _MORE_TIME[lang].search(" ".join(tokens)))):
            # "¿cuánto se tarda?", "how long will it take?" - and at the question whether the caller has a minute,
            # "how long is this going to take?" too: asked, not complained of
            found = ("off_topic", 0.9, len(tokens))
        if found is None and (allowed is None or "off_topic" in allowed) and _off_topic_question(text, tokens, lang):
            found = ("off_topic", 0.9, len(tokens))
        if found is None and (allowed is None or "off_topic" in allowed) and small_talk(tokens, lang):
            found = ("off_topic", 0.9, len(tokens))
        if found is None and (news := trip_news(tokens, lang)) is not None:
            # "se me ponchó una llanta", "my truck broke down": news of the trip, told - heard as such at every
            # question, never a value (see `trip_news`); held up by the police now, the caller is busy for the moment
            if news == "stopped" and (allowed is None or "busy" in allowed):
                found = ("busy", 0.9, len(tokens))
            elif news == "news" and (allowed is None or "off_topic" in allowed):
                found = ("off_topic", 0.9, len(tokens))
        if found is None and when_alone and (allowed is None or "reschedule" in allowed) \
                and only_a_time(text, tokens, lang, locale):
            found = ("reschedule", 0.9, len(tokens))
        delay = delay_alone(tokens, lang) if found is None and question is not None and question.offers_callback \
            and (allowed is None or "reschedule" in allowed) else None
        if delay is not None:
            return IntentMatch("reschedule", 0.9, delay)  # "¿le llamo en 15 minutos?" - "Treinta": in 30
        if found is not None and found[0] == "complaint" and (allowed is None or "end_call" in allowed) \
                and (rest := all_given_asked(folded, lang)) is not None and takes_leave(rest, lang) \
                and not grievance(words(rest), lang) \
                and ((after := _best(words(rest), index, allowed, lang)) is None or after[0] == "end_call"):
            # "Ya te di todo, ¿no? Bueno, ahí nos vemos, bye.": everything given, asked back, then the goodbye - the
            # call closed, no grievance (a reminder said flat, "ya te di todo", still complains)
            found = ("end_call", 1.0, len(tokens))
        if found is not None and found[0] == "complaint" and _confirmed_as_said_before(text, locale, lang):
            found = None  # "Sí, ya te lo había dicho": a yes, reminding; for the yes/no answer to take
        if found is not None and found[0] == "complaint" and _answered_after_reminder(text, tokens, lang, index,
                                                                                      allowed):
            found = None  # "Ya te lo había dicho, es la unidad 509": the answer said again, for the slot to take
        if found is not None and found[0] == "end_call" and (allowed is None or "reschedule" in allowed) \
                and (_CALL_US[lang].search(" ".join(tokens))
                     or (_TALK_AGAIN[lang].search(" ".join(tokens))
                         and (_talk_again_when(folded, lang, locale) if value_asked else names_a_time(text, locale)))):
            # "ahí nos hablamos" takes leave; "ahí nos hablamos en una hora", "mañana nos hablamos" say when to talk;
            # "ahí nos habla al rato" asks to be called (no leave taken)
            found = ("reschedule", 0.95, len(tokens))
        if found is None:
            return None
        name, score, _ = found
        minutes = None
        if name == "reschedule":
            digits = " ".join(digitize(prepare_tokens(tokens, lang), lang))
            digits = _MORE_UNITS[lang].sub(r"\1 ", digits)  # "fifteen more minutes" is fifteen minutes
            minutes = corrected_duration(digits, lang, fold(text)) or _delay_of_the_call(digits, lang) \
                or duration_minutes(digits, lang)
            if minutes is None:
                minutes = bare_minutes(digits, lang)
            if minutes is None and now is not None:
                minutes = callback_delay(text, locale, now, calling_hours)
    except Exception as exc:  # malformed extra_phrases from a flow, or a rule's own bug, must not crash a live call
        log_failure(log, "detect_intent", exc, text)  # said, or a rule's bug hides behind "no intent"
        return None
    return IntentMatch(name, round(score, 3), minutes)


def asked_outright(name: str, text: str, locale: str) -> bool:
    """Whether `text` asks for the intent `name` in so many words, so that it outweighs an answer to the
    question said in the same turn: a callback asked with a verb of calling or a plain "I can't talk now"
    ("llámame en una hora", "ahorita no puedo", "call me back tomorrow"); a person asked for ("quiero hablar con
    una persona"); an end of the call other than thanks and a blessing ("no me vuelvas a llamar", "bye, I have
    to go"). An activity, a time that suits better, a question whether a boss is there, a complaint, a bad
    line, a question off the subject only hint at an intent, or would only ask the question again."""
    lang = lang_of(locale)
    folded = fold(text)
    tokens = drop_fillers(words(strip_filler_phrases(join_backchannels(folded), lang)), lang)[:_MAX_TOKENS]
    if name == "reschedule":
        return callback_asked_outright(tokens, lang) or call_ordered(folded, lang)
    if name == "human":
        return person_request(tokens, lang) and not news_about_a_person(tokens, lang)
    if name == "end_call":
        if thanks_only(folded, lang):
            # "Sí, gracias, bendiciones", "sale, gracias, que le vaya bien", "okay thanks, have a good one": agreement,
            # thanks and a wish - a Mexican driver's politeness at any read-back, not a hang-up. Ending there would
            # drop the rest of the registration over a courtesy; a caller who does leave hangs up, and the values
            # confirmed so far are kept all the same. (At the summary the yes saves and ends: `Conversation`.)
            return False
        before = before_blessing(folded, lang)
        # a wish of well said last after an answer ("a las cinco, cuídese", "Juan Pérez, que le vaya bien") is
        # politeness: it takes leave only with a leave of its own before it ("no me vuelvas a llamar, cuídese", "bye,
        # take care")
        if before is None or not words(before):
            return True
        found = detect_intent(before, locale)
        return found is not None and found.name == "end_call"
    return False


def says_later(text: str, locale: str) -> bool:
    """Whether the turn says nothing but "later", with courtesy, thanks, a "not now" or an "all set" around it
    ("luego", "gracias, luego", "we're good here, later"): at the question whether the caller has a minute, not
    now (see `intent_rules.only_later`; elsewhere "all set, later" is a goodbye)."""
    lang = lang_of(locale)
    tokens = drop_fillers(words(strip_filler_phrases(join_backchannels(fold(text)), lang)), lang)[:_MAX_TOKENS]
    return only_later(tokens, lang, all_set=True)




def asked_about(text: str, locale: str) -> str | None:
    """What a question off the subject asks that a flow may answer in its own words: "how_long" for how long the
    call takes ("¿cuánto se tarda?", "¿es muy largo?", "how long will this take?"); "done" for whether the call is over
    ("¿ya?", "¿ya terminamos?", "is that it?"); "news" for news of the trip told ("se me ponchó una llanta", see
    `intent_rules.trip_news`); "money" for money to be moved
    to the caller or whether it went through ("¿me puedes transferir lo del diésel a mi tarjeta?", "can you send my
    settlement by direct deposit?", "¿ya me cayó el depósito?": no intent of `detect_intent`'s, a request the agent
    has no part in); else None."""
    lang = lang_of(locale)
    folded = fold(text)
    tokens = drop_fillers(words(strip_filler_phrases(join_backchannels(folded), lang)), lang)[:_MAX_TOKENS]
    if asks_how_long(tokens, lang, of_the_call=True):
        return "how_long"
    if asks_if_done(text, folded, lang):
        return "done"  # "¿ya?", "is that it?": whether the call is over
    if trip_news(tokens, lang) == "news":
        return "news"  # "tuve un accidente": told, for the flow to say it is sorry to hear it
    joined = " ".join(tokens)
    # ... an e-mail to be sent to the caller's account is no money ("mándamelo a mi cuenta de correo", "send the
    # confirmation to my Gmail account"): the answer, or the question about it, of the e-mail question
    return "money" if (_MONEY_MOVED[lang].search(joined) or _money_asked_after(text, joined, lang)) \
        and not MAIL_NAMED.search(joined) else None


def says_goodbye(text: str, locale: str) -> bool:
    """Whether the turn takes leave in so many words ("adiós", "ya me tengo que ir", "bye"): a farewell, not a "don't
    call me again" (see `intent_grievances.takes_leave`)."""
    lang = lang_of(locale)
    folded = fold(text)
    return takes_leave(folded, lang) and not do_not_call(words(folded), folded, lang)


def promises_value_later(text: str, locale: str) -> bool:
    """Whether the turn promises the value asked for later rather than giving it ("al rato te la paso", "yo me
    comunico contigo para darte la placa", "I'll get back to you on the plate"): not at hand now - the question
    is put off, not a callback scheduled (see `intent_rules.value_said_later`)."""
    lang = lang_of(locale)
    folded = fold(text)
    if _VALUE_LATER_CUE[lang].search(folded) is None:
        return False  # most turns: no word of it at all
    tokens = drop_fillers(words(strip_filler_phrases(join_backchannels(folded), lang)), lang)[:_MAX_TOKENS]
    return value_promised_later(tokens, lang)


def spells_something(text: str) -> bool:
    """Whether the turn holds a digit or two single letters in a row ("al rato te la paso, A B C"): a value begun,
    not words alone ("luego se lo mando", "I'll send it to you in a bit")."""
    tokens = words(fold(text))
    return any(any(c.isdigit() for c in t) for t in tokens) \
        or any(len(a) == 1 and len(b) == 1 for a, b in zip(tokens, tokens[1:], strict=False))


def going_on_after_not_now(text: str, locale: str) -> bool:
    """Whether the turn says the caller is busy or it is a bad time, then takes it back and goes on ("ahorita manejo
    pero tengo manos libres", "Bad timing, but yes I have a couple minutes", "no es mal momento"): no callback."""
    lang = lang_of(locale)
    tokens = words(fold(text))
    if not tokens or detect_intent(text, locale) is not None:
        return False
    unsaid = detect_intent(" ".join(tokens), locale, enabled=("reschedule", "busy"))
    return unsaid is None and (goes_on_after_but(tokens, lang) or bad_time_denied(tokens, lang) is not None) \
        and _said_not_now(tokens, lang)


def _said_not_now(tokens: list[str], lang: Lang) -> bool:
    """Whether the words before the go-on ("pero" / the denial) alone are a callback or the busy hint."""
    joined = " ".join(tokens)
    denial = bad_time_denied(tokens, lang)
    if denial is not None:
        return True
    head = re.split(r"\b(?:pero|but)\b", joined)
    before = " ".join(head[:-1]).strip()
    found = detect_intent(before, "es-MX" if lang == "es" else "en-US") if before else None
    return found is not None and found.name in ("reschedule", "busy")


# The caller's data offered now ("te doy mis datos", "ahí le van mis datos", "let me give you my info").
_DATA_NOW: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:te|le|les) (?:doy|paso|dicto|digo) (?:mis|los|todos mis|todos los) datos\b"
                     r"|\b(?:ahi|aqui|alla) (?:te|le) (?:van|va) (?:mis|los) datos\b"),
    "en": re.compile(r"\b(?:let me give you|ill give you|i ll give you|i can give you|heres|here is|here are|take)"
                     r" (?:my|the|all my) (?:info|information|details|data)\b"),
}


def goes_ahead(text: str, locale: str) -> bool:
    """Whether the turn goes on with the call now, whatever else it asks for after it ("quiero hablar con el jefe
    de patio, pero primero te doy mis datos", "te doy mis datos", "I want dispatch, but first let me give you my
    info"): at a question whether the caller has a minute, the go-ahead. A promise of them later ("al rato te doy
    mis datos") is none."""
    lang = lang_of(locale)
    folded = fold(text)
    if going_on_after_not_now(text, locale):
        return True  # "voy manejando pero traigo el bluetooth": busy, and the call goes on all the same
    if not (call_first(folded, lang) or _DATA_NOW[lang].search(" ".join(words(folded)))):
        return False
    # ... nor the data offered for when something is done or at a time ("te doy los datos cuando llegue", "te paso
    # los datos en la noche"): not now either
    return not promises_value_later(text, locale) and not names_when(text, locale)


# A piece every promise of a value later holds (`intent_rules._VALUE_LATER`): a pronoun before the verb, an infinitive
# with one after it, the caller reporting back, or a verb of sending it another way ("I'll text them to dispatch").
_VALUE_LATER_CUE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:te|le|se)\b|r(?:te|le)|comunico|reporto|mando|envio|paso|escribo"),
    "en": re.compile(r"\bget back\b|\b(?:text|message|email|mail|whatsapp|send|shoot|forward|pass|give|get)\b"),
}


_CLOCK = re.compile(r"\d\s*[:.h]\s*\d\d\b")


def restates(text: str, locale: str, given: Collection[str]) -> bool:
    """The turn reminds that it was said before and says, worded as no time, a number that is one of `given`
    (whole numbers the caller gave for other questions): "Ya te lo dije tres veces, 452" or "I told you, four fifty
    two" at the arrival question, after unit 452 - that number said again, no arrival at 4:52."""
    lang = lang_of(locale)
    wanted = {v for v in given if len(v) >= 2 and v.isdigit()}
    if not wanted:
        return False
    tokens = drop_fillers(words(fold(text)), lang)[:_MAX_TOKENS]
    if not reminds(tokens, lang) or time_phrase(text, locale) or _CLOCK.search(text):
        return False  # a time worded as one ("ya te dije, a las cinco"; "I told you, 4:52" as STT writes it)
    runs, run = [], ""
    for token in digitize(prepare_tokens(tokens, lang), lang):  # "cuatro cinco dos", "four fifty two": 452
        if token.isdigit():
            run += token
        elif run:
            runs.append(run)
            run = ""
    return any(r in wanted for r in [*runs, run])


_DENYING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno\b"),
    "en": re.compile(r"\b(?:dont|do not|never|not|wont|cant|shouldnt)\b"),
}
_CLAUSES = re.compile(r"[,.;:!?\u00bf\u00a1\u2026]+")
# The arrival said in the same clause ("llego a las cinco así que no me marques a esa hora", "no me marques a las
# cinco porque a esa hora llego"): the clause says more than when not to call, and its time is the arrival.
_ARRIVES: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llego|llegue|llegamos|llegando|llegar|llegaria|llegare|estoy ahi|estare ahi|estoy alla"
                     r"|estare alla|ando llegando)\b"),
    "en": re.compile(r"\b(?:arrive|arriving|arrival|get there|get in|be there|make it|pull in|roll in|show up|eta"
                     r"|get here|be here)\b"),
}


def without_call_limits(text: str, locale: str) -> str | None:
    """The turn without its clauses that only say when not to call ("no me llames a las cinco", "don't call me
    before eight"), or None when no clause does. The time in such a clause is when the caller will not take a
    call: never the answer to a question for a time ("No me llames antes de las ocho, llego como a las diez" at
    the arrival question is 10:00; "no me llames a las cinco" alone answers nothing)."""
    lang = lang_of(locale)
    if _DENYING[lang].search(fold(text)) is None:
        return None  # every such clause denies: most turns are ruled out by one cheap search
    clauses = _CLAUSES.split(text)
    kept, changed = [], False
    for clause in clauses:
        tokens = drop_fillers(words(fold(clause)), lang)[:_MAX_TOKENS]
        if tokens and (limited_denial(tokens, lang) is not None or denied_contact(tokens, lang)):
            joined = " ".join(tokens)
            arrives = _ARRIVES[lang].search(joined)
            if arrives is None:
                continue
            if arrives.start() > 0 and joined[arrives.end():].strip() \
                    and time_phrase(joined[arrives.start():], locale):
                # the arrival said after the limit with no mark between ("no me llames antes de las ocho llego
                # como a las diez"): the arrival on its own
                kept.append(joined[arrives.start():])
                changed = True
                continue
        kept.append(clause)
    if len(kept) == len(clauses) and not changed:
        return None
    return ", ".join(c.strip() for c in kept if c.strip())


def checks_line(text: str, locale: str) -> bool:
    """Whether the whole turn only checks the line, piece after piece ("¿Bueno?", "¿Bueno? ¿Me escuchas?",
    "Hello? Hello?"): the built-in `line_check` phrases said as whole turns, nothing else. Said turn after turn,
    the caller does not hear the agent (see `Conversation`). "¿Mande?", "What?" or "¿Bueno? ¿Qué?" are no line
    check: the caller heard something and asks for it again (`asks_again`)."""
    lang = lang_of(locale)
    pieces = _pieces(text)
    return bool(pieces) and all(_is_line_check(p, lang) for p in pieces)


def asks_again(text: str, locale: str) -> bool:
    """Whether the whole turn only asks what was said, or checks the line and asks it ("¿Mande?", "What? Sorry?",
    "¿Bueno? ¿Cómo?"): the built-in whole-turn `repeat` phrases, at least one of them no line check. The caller
    hears the agent and did not understand."""
    lang = lang_of(locale)
    index = _index(lang, ())
    pieces = _pieces(text)
    return bool(pieces) and not all(_is_line_check(p, lang) for p in pieces) \
        and all(_is_line_check(p, lang) or "repeat" in index.whole.get(p, ()) for p in pieces)


def _is_line_check(piece: str, lang: Lang) -> bool:
    return piece in _index(lang, ()).line_checks or bool(_LINE_CHECK[lang].fullmatch(piece))


def _pieces(text: str) -> list[str]:
    return [p for p in (" ".join(words(piece)) for piece in _CLAUSES.split(fold(text))) if p]


def intent_phrases(locale: str) -> dict[str, dict[str, list[str]]]:
    """The built-in phrase lists of a locale's language (for docs and the flow checker)."""
    return {k: {kind: list(v) for kind, v in spec.items()} for k, spec in _builtin(lang_of(locale)).items()}


__all__ = ["HINTS", "INTENTS", "IntentMatch", "IntentPhrases", "OpenQuestion", "asked_outright", "asks_again",
           "checks_line",
           "detect_intent",
           "goes_ahead", "says_goodbye", "spells_something",
           "intent_phrases", "restates", "says_later", "without_call_limits"]
