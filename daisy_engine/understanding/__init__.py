"""Deterministic understanding of caller turns: slot extraction, validation, read-back, intents.

A leaf of the engine (imports neither livekit nor typer). The runtime codes against exactly this:

- ``types``: one module per slot type, each exporting a ``SlotType`` (extract, validate, a pure
  turn-by-turn feed, read-back, the options it accepts, whether it can be spelled or needs the clock,
  its ``eval`` kinds), and the registry every layer reads (``types.get``, ``types.register``); the
  functions below look a type up there by name (see docs/slot-types.md).
- ``SLOT_TYPES``: the built-in slot types.
- ``extract(slot_type, text, locale, options=None)``: utterance -> normalised value or None.
- ``validate_value(slot_type, value, locale, options=None)``: re-normalise a value proposed by the
  LLM fallback; the normal form or None.
- ``readback(slot_type, value, locale, spell=False)``: text for confirming a value.
- ``new_accumulator(slot_type, locale, options=None)`` -> ``Accumulator``: a value built over turns;
  ``feed(text) -> FeedResult`` (``FeedResult.closing``: the turn ended the dictation, "es todo" /
  "that's it"); ``finish()``: the value if what was collected is valid, else None.
- ``closing_phrase(text) -> (bool, text before it)``: whether a turn ends a dictation, without feeding it.
- ``extract_char(text, locale)``: one dictated character; ``ends_with_whole_number(text, locale)``: the
  turn ends with digits said as one number ("ciento veintidós"), so a valid plate is complete.
- ``doubts_value(text, locale)``: words after a yes that question the value ("sí, pero ...");
  ``hurried_only(text, locale)``: every "but" of them only asks for speed or says what keeps the caller busy;
  ``without_said_again(text, locale)``: the turn without the caller's "te lo repito" / "let me say that again"
  before the value said again;
  ``cannot_give(text, locale)``: the caller cannot give the value now ("no me acuerdo", "voy sin caja"),
  whatever explanation follows; ``unavailable(text, locale)``: that ("cannot"), or not yet, going to
  look ("looking": "no me las sé de memoria, déjame ver"), or None; ``has_none(text, locale)``: the turn says,
  naming nothing, that the caller has none ("No tengo.", "I don't have one") - none at all of a value one may lack
  (``SlotType.may_lack``: an e-mail), else not at hand.
- ``time_phrase(text, locale)``: a turn worded as a time ("y llego como a las cinco"), not digits;
  ``time_without_hour(text, locale)``: an arrival talked about without its hour ("mañana temprano");
  ``number_alone(text, locale)``: a number said with nothing besides but a yes ("Cinco uno siete, pues.");
  ``fills_only(text, locale)``: a turn of hesitation, a return from a hold or "¿qué me preguntaste?";
  ``statements(text, locale)``: the turn cut into "<the thing> es <value>" statements, with the words
  naming each thing ("el tractor es el 91 y las placas son ...").
- ``classify_yes_no(text, locale) -> YesNo``: yes/no/neither plus what followed; ``besides_the_rest(text,
  locale)``: what the turn says besides "the rest is fine" ("empieza con la eme, lo demás sí"), if both.
- ``only_acknowledges(text, locale)``: the turn only greets, checks the line or says "go ahead";
  ``talks_aside(text, locale)``: it puts the call on hold or is said to someone else ("ahorita voy");
  ``after_greeting(text, locale)``: what a turn says after the greeting or small talk it opens with.
- ``INTENTS``, ``detect_intent(text, locale, *, enabled=None, extra_phrases=None, question=None) -> IntentMatch |
  None`` (``question``: the ``OpenQuestion`` asked); ``asked_outright(intent, text, locale)``: the intent is asked
  for in so many words, not only hinted at. ``HINTS``: the built-in intents that only hint at another
  (``{"busy": "reschedule"}``): ``detect_intent`` gives the other when the hint is not ``enabled``.
  ``without_call_limits(text, locale)``: the turn without its clauses that only say when not to call ("no me
  llames a las cinco"), or None when none does; ``restates(text, locale, given)``: the turn says again, as a
  reminder, a number given for another question ("ya te lo dije tres veces, 452"); ``says_later(text, locale)``:
  nothing but "later" ("gracias, luego", "we're good here, later"); ``names_when(text, locale)``: the turn names
  when beyond a bare "later" ("después de la descarga", "mañana", "en una hora").
- ``caller_calls_back(text, locale)``: the caller says he will call himself ("yo te marco", "I'll call you back").
- ``line_checks_as_pauses_kept(text, locale)``: the turn as said with each line check asked in it ("¿bueno?",
  "hello?") made a pause.
- ``only_noise(text)``: the turn holds no caller's words, only what a recogniser writes for noise ("[ruido]",
  "Música.", "Subtítulos realizados por la comunidad de Amara.org").
- ``forget_turns()``: empty every cache of a caller's words (the runtime calls it when a call ends);
  ``turn_caches()``: those caches, for checking what they hold (see ``turn_cache``).

Locales: "es-*" and "en-*"; anything else is read with the Spanish rules. Every function is total.
"""

from .accumulators import (
    Accumulator,
    FeedResult,
    after_start_over,
    cannot_give,
    closing_phrase,
    corrects,
    dictates,
    doubts_value,
    goes_without,
    has_none,
    unavailable,
    without_said_again,
)
from .answer_shapes import (
    difference_said,
    number_alone,
    same_as_another,
    says_the_same,
    statements,
    tells_what_happened,
    time_phrase,
    time_without_hour,
)
from .busy_going_on import caller_calls_back
from .callback_cues import names_when, tells_arrival
from .callback_times import moved_callback, names_a_time
from .choices import choices_named, only_a_choice
from .fillers import fills_only
from .intent_rules import after_greeting, only_acknowledges, talks_aside
from .intents import (
    HINTS,
    INTENTS,
    IntentMatch,
    OpenQuestion,
    asked_about,
    asked_outright,
    asks_again,
    checks_line,
    detect_intent,
    goes_ahead,
    promises_value_later,
    restates,
    says_goodbye,
    says_later,
    spells_something,
    without_call_limits,
)
from .language import Language, caller_language, language_of, locales_by_language
from .letters import letter_after_announced, letter_lead_only, one_letter_said
from .normalize import line_checks_as_pauses_kept, only_noise
from .numbers import one_number_across
from .plates import ends_with_whole_number
from .readback import readback
from .registry import (
    SLOT_TYPES,
    classify_yes_no,
    extract,
    extract_char,
    new_accumulator,
    validate_value,
)
from .turn_cache import forget_turns, turn_caches
from .yes_no import YesNo, after_yes_but, besides_the_rest, hurried_only, only_hedges, radio_yes

__all__ = [
    "forget_turns",
    "turn_caches",
    "after_start_over",
    "HINTS",
    "INTENTS",
    "SLOT_TYPES",
    "Accumulator",
    "after_greeting",
    "FeedResult",
    "IntentMatch",
    "YesNo",
    "cannot_give",
    "has_none",
    "unavailable",
    "goes_without",
    "time_phrase",
    "time_without_hour",
    "same_as_another",
    "says_the_same",
    "number_alone",
    "difference_said",
    "statements",
    "choices_named",
    "only_a_choice",
    "classify_yes_no",
    "after_yes_but",
    "besides_the_rest",
    "radio_yes",
    "only_hedges",
    "closing_phrase",
    "detect_intent",
    "OpenQuestion",
    "asked_outright",
    "asks_again",
    "checks_line",
    "corrects",
    "dictates",
    "doubts_value",
    "hurried_only",
    "ends_with_whole_number",
    "extract",
    "extract_char",
    "new_accumulator",
    "only_acknowledges",
    "one_number_across",
    "fills_only",
    "readback",
    "talks_aside",
    "validate_value",
    "restates",
    "names_when",
    "tells_arrival",
    "says_goodbye",
    "says_later",
    "without_call_limits",
    "tells_what_happened",
    "goes_ahead",
    "moved_callback",
    "names_a_time",
    "promises_value_later",
    "spells_something",
    "asked_about",
    "without_said_again",
    "Language",
    "language_of",
    "locales_by_language",
    "caller_language",
    "letter_after_announced",
    "letter_lead_only",
    "one_letter_said",
    "only_noise",
    "line_checks_as_pauses_kept",
    "caller_calls_back",
]
