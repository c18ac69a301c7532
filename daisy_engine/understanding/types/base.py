"""What a slot type is, and the registry every layer reads it from.

A slot type is one `SlotType` object, defined in one module of this package (`plate.py`, `email.py`...)
that exports it as `TYPE`. Everything about the type is on it: how a value is found in a caller's turn
(`extract`), how a value proposed by the model is checked (`validate`), how a value is built over
several turns (`start`/`feed`/`close`), how it is read back, which slot options it accepts, whether it
can be dictated one character at a time, whether it needs the call's clock, and which `eval` case kinds
measure it. The flow schema and checks, the compiler, the runtime and `daisy-engine eval` all read the
registry, so adding a slot type means adding one module here (see docs/slot-types.md).

The state of one value being built is an `accumulators.Accumulator` (the base class of every built-in
type's state; a project's own may be any object of its shape: `feed`, `so_far`, `reset`, `value`,
`complete`), and `feed` below never changes the state it is given: it feeds a copy and returns it.

Every function a `SlotType` exposes is total: any input gives a value or None (or "nothing"), never an
exception; an unexpected internal error is logged and read as "nothing understood".
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..accumulators import Accumulator, SimpleAccumulator
from ..failures import log_failure

log = logging.getLogger("daisy_engine.understanding")

Options = Mapping[str, Any] | None
Status = Literal["complete", "partial", "nothing", "corrected"]

OPTION_KEYS = ("pattern", "min", "max", "choices", "leading_zeros", "dtmf", "hours", "future_only", "with_time")
"""The slot keys a type may accept, besides `type` and the keys every slot has."""


@dataclass(frozen=True)
class Fed:
    """One turn fed to a value being built: the new state and what the turn did to it.

    status: complete | partial | nothing | corrected (see `accumulators`); value: the value when the
    state now holds a valid one; closing: the caller has finished dictating - something was collected
    before this turn and the turn added nothing to it (a closing phrase, "es todo", "that's it", or
    words with no piece of the value), so the value is to be closed (`close`) and read back when it is
    valid; so_far: the read-back of what was collected. `feed` is the one place that decides `closing`:
    the runtime reads it."""

    state: Accumulator
    status: str
    value: Any
    closing: bool = False
    so_far: str = ""


Extract = Callable[[str, str, Options], Any]
Validate = Callable[[Any, str, Options], Any]
Readback = Callable[[Any, str, bool, "str | None"], str]
Start = Callable[[str, Options], Accumulator]
Restates = Callable[[Any, Any, str, str], bool]


@dataclass(frozen=True)
class SlotType:
    """Everything the engine knows about one slot type.

    name: what a flow writes after `type:`.
    options: the slot keys it accepts (of `OPTION_KEYS`; `dtmf` is keypad entry on a phone).
    requires: the options it cannot do without (a choice slot needs `choices`).
    spellable: a value can be dictated one character at a time (`spell_after`, the spell step).
    needs_clock: the runtime passes the call's local time as option `now` ("en dos horas"), and reads the type as
    one of times of day: a time said at another question ("a las 10") is routed to it.
    needs_today: the runtime passes the call's local time as option `now` (a day, "mañana", is counted from it),
    and the type is no time of day: a date slot is not where "a las 10" said at another question goes, and at its
    own question a time said with the day is no request to be called back.
    hears_others: the runtime passes the values of the call's other slots, confirmed before this one was
    asked, as option `other_values` (a tractor's number said again at the question for its plate is no
    part of the plate).
    hears_read_back: the runtime passes the value just read back, or turned down at its read-back, as option
    `read_back` ("No es el setenta y tres" asked again after 73 was turned down rules 73 out again).
    approximate: callers give the value roughly (a time of arrival): at its read-back a yes that only
    hedges ("sí, más o menos", "yeah, give or take") confirms it; for any other type it does not.
    may_lack: a caller may have no such value at all (an e-mail address; a truck always has plates): at its
    question a bare "No tengo." / "I don't have one." says there is none (`has_none`), not that it is out of
    reach.
    none_fn: (text, locale) -> whether the turn says there is none in the type's own words too, beside
    `has_none` (a free text's "No, ninguno.", "Nope, that's all."); only at a slot the flow lets the caller leave
    out (`required: false`), whatever `may_lack` says.
    holds: what a condition sees - "text", "yes_no" (the words 'yes'/'no', both true), "int"/"float"
    (digits kept as text, to convert before comparing with a number).
    eval_kinds: `daisy-engine eval` case kinds -> (text, locale, options) -> value.
    restates_fn: (value read back, value the caller said, the caller's words, locale) -> whether saying it
    after a yes only repeats what was read back ("sí, a las cinco" at 17:00); default: `restates`.
    outright_fn: (the caller's words, locale) -> the value when a turn plainly gives it before it was asked
    (at the question whether the caller can talk: "Ezequiel Montaño."), else None; default: never taken
    so (a number or a word said there may mean anything).
    words_fn: (value, locale, the slot's options, the caller's turn or None) -> the value in the words the slot's
    options give it, or None: a `choice` is read back as the words listed for its key (the ones the caller
    said, else the call's language), never as the key. Read before `readback_fn` when the runtime knows the
    slot's options.
    order: where the type comes in listings (built-ins first, in the documented order).
    """

    name: str
    extract_fn: Extract
    validate_fn: Validate | None = None
    readback_fn: Readback | None = None
    start_fn: Start | None = None
    restates_fn: Restates | None = None
    outright_fn: Callable[[str, str], Any] | None = None
    words_fn: Callable[[Any, str, Options, str | None], str | None] | None = None
    options: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    spellable: bool = False
    needs_clock: bool = False
    needs_today: bool = False
    hears_others: bool = False
    hears_read_back: bool = False
    approximate: bool = False
    may_lack: bool = False
    none_fn: Callable[[str, str], bool] | None = None
    holds: Literal["text", "yes_no", "int", "float"] = "text"
    eval_kinds: Mapping[str, Extract] = field(default_factory=dict)
    description: str = ""
    order: int = 1000

    def __call__(self, text: str, locale: str, options: Options = None) -> Any | None:
        """A type is also its extractor, so `module:TYPE` imports as any `module:function` slot type does."""
        return self.extract(text, locale, options)

    def extract(self, text: str, locale: str, options: Options = None) -> Any | None:
        """The normalised value in the caller's utterance, or None."""
        if not isinstance(text, str):
            return None
        try:
            return self.extract_fn(text, locale, options)
        except Exception as exc:
            log_failure(log, f"extractor {self.name}", exc, text)
            return None

    def validate(self, value: Any, locale: str, options: Options = None) -> Any | None:
        """A value proposed by the model, re-normalised: the normal form, or None when it is not valid.
        Every value `extract` returns validates to itself. Without a validator of its own, a type reads a
        text value as an utterance."""
        if value is None:
            return None
        try:
            if self.validate_fn is not None:
                return self.validate_fn(value, locale, options)
            return self.extract_fn(value, locale, options) if isinstance(value, str) else None
        except Exception as exc:
            log_failure(log, f"validator {self.name}", exc, value)
            return None

    def says_none(self, text: str, locale: str) -> bool:
        """Whether the turn declines the value in the type's own words (`none_fn`); False without one. A failing
        `none_fn` (a project's code) is logged like a failing extractor and read as no decline."""
        if self.none_fn is None or not isinstance(text, str):
            return False
        try:
            return bool(self.none_fn(text, locale))
        except Exception as exc:
            log_failure(log, f"none_fn {self.name}", exc, text)
            return False

    def readback(
        self, value: Any, locale: str, spell: bool = False, said: str | None = None, options: Options = None
    ) -> str:
        """Text for reading `value` back to the caller; "" for None. `said` is the caller's turn the value
        came from, when known; `options` the slot's (a choice's words). Never raises."""
        if value is None:
            return ""
        try:
            if self.words_fn is not None and options is not None:
                words = self.words_fn(value, locale, options, said)
                if words:
                    return words
            if self.readback_fn is not None:
                return self.readback_fn(value, locale, spell, said)
            return str(value)
        except Exception:  # read-back of a strange value must not break the call
            return ""

    def start(self, locale: str, options: Options = None) -> Accumulator:
        """A fresh state for one value built over turns."""
        if self.start_fn is not None:
            return self.start_fn(locale, options)
        return SimpleAccumulator(
            self.name, locale, options,
            extract=lambda text, loc, opts: self.extract(text, loc, opts),
            # with the slot's options: what is held of a `choice` reads as its listed words (`so_far`), not its key
            readback=lambda value: self.readback(value, locale, options=options),
        )

    def feed(self, state: Accumulator, text: str) -> Fed:
        """`state` after one more turn, as a new state: `state` itself is left as it was."""
        return feed(state, text)

    def close(self, state: Accumulator) -> Accumulator | None:
        """The caller says the value is complete ("es todo"): a new state holding the value, or None."""
        return close(state)

    @staticmethod
    def so_far(state: Accumulator) -> str:
        """What has been collected in `state`, readable in the call's language."""
        return state.so_far()


# Pure accumulation: each function takes a state and gives a new one, never changing the one it was
# given, so the runtime can try a turn several ways and keep the reading it chooses.


def feed(state: Accumulator, text: str) -> Fed:
    """`state` after one more turn, as a new state: `state` itself is left as it was."""
    before = state.so_far()
    new = copy.deepcopy(state)
    result = new.feed(text)
    # The state's own result already holds its read-back (`FeedResult.so_far`); only a state whose
    # result does not is asked again (a read-back can cost more than the feed itself).
    so_far = getattr(result, "so_far", None)
    if not isinstance(so_far, str):
        so_far = new.so_far()
    status = result.status
    # A turn that is only a closing phrase is "nothing" (the accumulator cuts the phrase off, see
    # `FeedResult.closing`); a status the runtime does not read as a change counts as nothing added
    # when it left what was collected as it was.
    added_nothing = status == "nothing" or (status not in ("partial", "corrected") and so_far == before)
    return Fed(new, status, result.value, bool(before) and added_nothing, so_far)


def repeats_part(pending: Any, said: Any) -> bool:
    """Whether `said` is `pending` or a part of it, word for word ("Raymundo" of "Raymundo Cisneros"), or
    for digits the one digit group `pending` repeats ("4" of "444")."""
    if said == pending:
        return True
    if isinstance(pending, int | str) and isinstance(said, int | str) and str(said).isdigit() \
            and str(pending).isdigit():
        # "sí, puro cuatro" at 444: the digits read back, all the one said
        # ("sí, quinientos veinte" at 520520 is another number: the digits were taken twice)
        whole, part = str(pending), str(said)
        return len(part) == 1 and part * len(whole) == whole
    if not isinstance(pending, str) or not isinstance(said, str):
        return False
    from daisy_engine.understanding.normalize import fold

    words, whole = fold(said).split(), fold(pending).split()
    return bool(words) and all(word in whole for word in words)


def restates(state: Accumulator, pending: Any, said: Any, text: str = "") -> bool:
    """Whether a value the caller said after a yes at a read-back only repeats the value read back (or a
    part of it), so the yes stands; else the caller gave another value (a correction). The slot type
    decides with its `restates_fn` when it has one."""
    slot_type = REGISTRY.get(getattr(state, "slot_type", "") or "")
    if slot_type is not None and slot_type.restates_fn is not None:
        try:
            return bool(slot_type.restates_fn(pending, said, text, getattr(state, "locale", "") or ""))
        except Exception as exc:  # understanding must never end a call
            log_failure(log, f"restates {slot_type.name}", exc, text)
            return False
    return repeats_part(pending, said)


def close(state: Accumulator) -> Accumulator | None:
    """The caller says the value is complete ("es todo"): a new state, closed by the state's own
    `finish()` when it has one, when it then holds a valid value; else None."""
    closed = copy.deepcopy(state)
    finish = getattr(closed, "finish", None)
    if callable(finish):
        try:
            finish()
        except Exception:  # understanding must never end a call; not closed, then
            return None
    return closed if closed.complete and closed.value is not None else None


def edit(state: Accumulator, text: str) -> Accumulator | None:
    """A new state with the one-character correction the turn holds applied ("va sin la n", "en vez de
    la P es la T"), or None when it holds none or the state's type takes no such corrections."""
    if not callable(getattr(state, "edit", None)):
        return None
    trial = copy.deepcopy(state)
    try:
        changed = trial.edit(text)  # type: ignore[attr-defined]
    except Exception:  # understanding must never end a call
        return None
    return trial if changed else None


def describes(state: Accumulator, text: str) -> bool | None:
    """Whether a correction in the turn describes the value in `state` as it already is, or names a
    character it does not have (True), changes it (False), or is no such correction (None); None for a
    state that reads no corrections."""
    method = getattr(state, "describes", None)
    if not callable(method):
        return None
    try:
        found = method(text)
    except Exception as exc:  # understanding must never end a call
        log_failure(log, "describes", exc, text)
        return None
    return found if found is None else bool(found)


def spoken_of(state: Accumulator, text: str) -> bool:
    """Whether a detail said of several values read back at once can be of the value in `state` (see
    `Accumulator.spoken_of`); True for a state that does not say."""
    method = getattr(state, "spoken_of", None)
    if not callable(method):
        return True
    try:
        return bool(method(text))
    except Exception as exc:  # understanding must never end a call
        log_failure(log, "spoken_of", exc, text)
        return True


def emptied(state: Accumulator) -> Accumulator:
    """A new state of the same type and options with nothing collected."""
    fresh = copy.deepcopy(state)
    fresh.reset()
    return fresh


def starts_over(state: Accumulator, text: str) -> bool:
    """Whether the turn says to start the value over ("otra vez", "start over"), for a state that reads
    such commands."""
    commands = getattr(state, "_commands", None)
    if not callable(commands):
        return False
    from daisy_engine.understanding.normalize import fold

    try:
        return bool(commands(fold(text))[0] == "reset")
    except Exception:  # understanding must never end a call
        return False


def check_options(slot_type: SlotType) -> None:
    """ValueError when the type's `options` are not slot keys, or it `requires` one it does not accept."""
    unknown = set(slot_type.options) - set(OPTION_KEYS)
    if unknown:
        raise ValueError(f"slot type {slot_type.name!r}: unknown options {sorted(unknown)} "
                         f"(a type accepts some of {', '.join(OPTION_KEYS)})")
    missing = set(slot_type.requires) - set(slot_type.options)
    if missing:
        raise ValueError(f"slot type {slot_type.name!r} requires {sorted(missing)} but does not accept "
                         f"them (add them to its options)")


REGISTRY: dict[str, SlotType] = {}
VERSION: list[int] = [0]  # bumped by every change of the registry, for readers that cache what they derive


def register(slot_type: SlotType) -> SlotType:
    """Make `slot_type` known to every layer (the schema, the checks, the runtime, `eval`). A type of the
    same name is replaced: a test or a project may redefine one."""
    if not isinstance(slot_type, SlotType):
        raise TypeError(f"register() takes a SlotType, not {type(slot_type).__name__}")
    check_options(slot_type)
    REGISTRY[slot_type.name] = slot_type
    VERSION[0] += 1
    return slot_type


def unregister(name: str) -> None:
    """Forget a registered type (tests that register one clean up with this)."""
    REGISTRY.pop(name, None)
    VERSION[0] += 1


_LOADED: list[bool] = []  # set once the built-in type modules are registered


def _load() -> None:
    from daisy_engine.understanding.types import load_builtins

    load_builtins()


def get(name: str) -> SlotType | None:
    """The registered type called `name`, or None (a custom `module:function` type is not registered)."""
    if not _LOADED:
        _load()
    return REGISTRY.get(name)


def names() -> tuple[str, ...]:
    """Every registered type's name, built-ins first in their documented order."""
    if not _LOADED:
        _load()
    return tuple(t.name for t in sorted(REGISTRY.values(), key=lambda t: t.order))


def all_types() -> tuple[SlotType, ...]:
    """Every registered type, in `names()` order."""
    return tuple(t for name in names() if (t := REGISTRY.get(name)) is not None)
