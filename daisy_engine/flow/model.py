"""The flow language as typed, immutable specs.

A `Flow` is built from data the JSON Schema has already accepted; every spec keeps its `path` in the
YAML document so later checks and the compiler can point back at the line that declared it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from daisy_engine.flow.yaml_source import Path_, SourceMap

BUILTIN_INTENTS = ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint", "busy")
# Events the engine raises by itself; intent names and tools' `on_error` names are events too.
ENGINE_EVENTS = (
    "done",
    "yes",
    "no",
    "filled",
    "no_match",
    "silence",
    "tool_error",
    "exhausted",
    "hangup",
    "transfer_failed",
)
# What a call may be given besides the flow's own context variables (`--set`, dispatch metadata).
CALL_METADATA = ("phone", "caller_id", "call_id", "agent_name", "direction")
# Variables every template and `when:` condition may read, besides slot and context names.
BUILTIN_VARIABLES = (
    "locale",
    "phone",
    "caller_id",
    "call_id",
    "attempt",
    "event",
    "results",
    "value",
    "readback",
    "so_far",
    "missing_part",
    "no_room",
    "not_held",
    "slot",
    "outcome",
    "agent_name",
    "resumed",
    "absent",
    "missing",
    "asked_before",
)
OUTCOMES = ("complete", "partial", "rescheduled", "refused", "transferred")
# The call record's own fields, which `records export --format csv` writes as columns beside one column per
# slot (docs/records.md): a slot of the same name would make two columns of one name, so `validate`
# rejects it (E209). The built-ins among them (phone, locale, outcome, absent...) are rejected as such.
# One list for both: the export takes its columns from here, so a field it adds is a name `validate` rejects.
RECORD_COLUMNS = (
    "id", "flow", "status", "outcome", "phone", "caller_id", "call_id", "locale", "callback_at",
    "created_at", "updated_at",
)
"""The record's own fields written before the slots' columns, in this order."""
RECORD_TRAILING_COLUMNS = ("complaints", "absent", "unconfirmed")
"""The record's own fields written after the slots' columns, in this order (a column added later goes at the end:
readers that go by position keep working)."""
RECORD_FIELDS = (*RECORD_COLUMNS, *RECORD_TRAILING_COLUMNS)
ACTION_VERBS = ("say", "call", "set", "end_call", "transfer", "reschedule", "save")
RETURN = "return"
# `on_exhausted: skip` (a slot of a collect state): the value is left missing, the others are collected,
# and it is asked once more when the state's other slots are done.
SKIP = "skip"
# An intent handler's `then: absent`: the value asked is one the caller has none of (settled, as "no tengo" at a
# question for a value that may be missing), and the collect goes on with its next value.
ABSENT = "absent"


@dataclass(frozen=True)
class Policy:
    max_attempts: int = 3
    confirm: bool = True
    reprompts: tuple[str, ...] = ()
    on_exhausted: str | None = None
    spell_after: int = 0

    def merged(self, data: dict[str, Any] | None) -> Policy:
        if not data:
            return self
        return Policy(
            max_attempts=data.get("max_attempts", self.max_attempts),
            confirm=data.get("confirm", self.confirm),
            reprompts=tuple(data.get("reprompts", self.reprompts)),
            on_exhausted=data.get("on_exhausted", self.on_exhausted),
            spell_after=data.get("spell_after", self.spell_after),
        )


@dataclass(frozen=True)
class Silence:
    timeout: float = 8.0
    reprompts: tuple[str, ...] = ()
    then: str | None = None

    def merged(self, data: dict[str, Any] | None) -> Silence:
        if not data:
            return self
        return Silence(
            timeout=data.get("timeout", self.timeout),
            reprompts=tuple(data.get("reprompts", self.reprompts)),
            then=data.get("then", self.then),
        )


@dataclass(frozen=True)
class Limits:
    """How long a call may go on: `turns` caller turns (answers and silences) per call, `idle_turns`
    turns in a row that get the call nowhere new (see `daisy_engine.runtime.bounds`). When one is
    reached the call goes to `then`, or ends with the record's status when there is none."""

    turns: int = 100
    idle_turns: int = 8
    then: str | None = None

    def merged(self, data: dict[str, Any] | None) -> Limits:
        if not data:
            return self
        return Limits(
            turns=data.get("turns", self.turns),
            idle_turns=data.get("idle_turns", self.idle_turns),
            then=data.get("then", self.then),
        )


@dataclass(frozen=True)
class SlotPrompts:
    ask: str
    confirm: str
    spell: str
    reprompts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    name: str
    type: str
    path: Path_
    description: str = ""
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: dict[str, tuple[str, ...]] | None = None
    leading_zeros: bool = False
    hours: str | None = None
    future_only: bool = False
    # a date's time of day: True (required), "optional", False; anything else is reported (E242)
    with_time: Any = False
    confirm: bool | None = None
    spell_back: bool = False
    required: bool = True
    # False: the value only steers the call (which value to fix at the summary); never written to the
    # record, so neither `records show`/`export` nor a callback sees it
    record: bool = True
    dtmf: bool = False
    prompts: SlotPrompts = field(default_factory=lambda: SlotPrompts("", "", ""))

    @property
    def is_custom(self) -> bool:
        return ":" in self.type

    def options(self) -> dict[str, Any]:
        """The options the understanding layer needs for this slot."""
        options: dict[str, Any] = {"leading_zeros": self.leading_zeros}
        if self.pattern is not None:
            options["pattern"] = self.pattern
        # `max: .inf` / `min: -.inf` (accepted as "no bound") bound nothing: the types see no such option
        if self.minimum is not None and math.isfinite(self.minimum):
            options["min"] = self.minimum
        if self.maximum is not None and math.isfinite(self.maximum):
            options["max"] = self.maximum
        if self.hours is not None:
            options["hours"] = self.hours
        if self.future_only:
            options["future_only"] = True
        if self.with_time is True or self.with_time == "optional":
            options["with_time"] = self.with_time
        if self.choices is not None:
            options["choices"] = {key: list(values) for key, values in self.choices.items()}
        return options


@dataclass(frozen=True)
class Action:
    verb: str
    value: Any
    path: Path_
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Transition:
    event: str
    to: str
    path: Path_
    when: str | None = None
    actions: tuple[Action, ...] = ()
    say: str | None = None


@dataclass(frozen=True)
class IntentHandler:
    """What happens when an intent fires: go `to` a state, or handle it and `then` return/stay, or (`absent`)
    settle the value asked as one the caller has none of and go on."""

    path: Path_
    to: str | None = None
    then: str | None = None
    say: str | None = None
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Intent:
    name: str
    path: Path_
    handler: IntentHandler
    description: str = ""
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    is_global: bool = True
    outbound_only: bool = False

    @property
    def builtin(self) -> bool:
        return self.name in BUILTIN_INTENTS


@dataclass(frozen=True)
class Tool:
    name: str
    path: Path_
    builtin: str | None = None
    python: str | None = None
    description: str = ""
    parameters: dict[str, Any] | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    timeout: float = 10.0
    retries: int = 0
    on_error: str = "tool_error"


@dataclass(frozen=True)
class CollectItem:
    slot: str
    path: Path_
    prompts: dict[str, Any] = field(default_factory=dict)
    confirm: bool | None = None
    on_exhausted: str | None = None
    # Intent overrides at this slot's question only (ask, spell and read-back), over the state's: same shape as
    # `State.intents` (None: not listened for here).
    intents: dict[str, IntentHandler | None] = field(default_factory=dict)


@dataclass(frozen=True)
class State:
    name: str
    path: Path_
    description: str = ""
    say: str | None = None
    instruct: str | None = None
    tools: tuple[str, ...] = ()
    capture: str | None = None
    collect: tuple[CollectItem, ...] = ()
    policy: Policy = field(default_factory=Policy)
    on_enter: tuple[Action, ...] = ()
    on_exit: tuple[Action, ...] = ()
    transitions: tuple[Transition, ...] = ()
    intents: dict[str, IntentHandler | None] = field(default_factory=dict)
    silence: Silence | None = field(default_factory=Silence)
    limits: Limits = field(default_factory=Limits)
    final: bool = False

    @property
    def is_collect(self) -> bool:
        return bool(self.collect)

    @property
    def handlers(self) -> tuple[IntentHandler, ...]:
        """Every intent handler the state writes: its own `intents:` and its collect items'."""
        overrides = [*self.intents.values(), *(h for item in self.collect for h in item.intents.values())]
        return tuple(handler for handler in overrides if handler is not None)


DEFAULT_MODELS = {"realtime": "gpt-realtime", "pipeline": "gpt-4.1-mini"}
DEFAULT_TRANSCRIPTION_MODEL = "gpt-4o-transcribe"
DEFAULT_TTS_MODEL = "gpt-4o-mini-tts"
DEFAULT_VOICE = "marin"


@dataclass(frozen=True)
class VoiceSettings:
    """How one locale's calls sound and are heard: the `agent:` block resolved for a locale."""

    mode: str
    model: str
    voice: str
    temperature: float | None
    transcription_model: str
    language: str
    tts_model: str
    tts_instructions: str | None


@dataclass(frozen=True)
class Agent:
    persona: str | None = None
    mode: str = "realtime"
    model: str | None = None
    voice: dict[str, str] = field(default_factory=dict)
    temperature: float | None = None
    transcription: dict[str, Any] = field(default_factory=dict)
    tts: dict[str, Any] = field(default_factory=dict)
    locales: dict[str, dict[str, Any]] = field(default_factory=dict)

    def settings(self, locale: str) -> VoiceSettings:
        """The settings a call in `locale` uses: the locale's overrides, else the block's values, else
        the defaults (realtime, gpt-realtime or gpt-4.1-mini, voice marin, the locale's language)."""
        own = self.locales.get(locale, {})
        mode = own.get("mode", self.mode)
        transcription = {**self.transcription, **own.get("transcription", {})}
        tts = {**self.tts, **own.get("tts", {})}
        language = transcription.get("language")
        if isinstance(language, dict):
            language = language.get(locale)
        return VoiceSettings(
            mode=mode,
            model=own.get("model") or self.model or DEFAULT_MODELS[mode],
            voice=own.get("voice") or self.voice.get(locale) or DEFAULT_VOICE,
            temperature=own.get("temperature", self.temperature),
            transcription_model=transcription.get("model") or DEFAULT_TRANSCRIPTION_MODEL,
            language=language or locale.split("-")[0].lower(),
            tts_model=tts.get("model") or DEFAULT_TTS_MODEL,
            tts_instructions=tts.get("instructions"),
        )


@dataclass(frozen=True)
class Callbacks:
    """`callbacks:`: how the callback scheduler calls people back."""

    max_attempts: int = 3
    quiet_hours: tuple[str, str] | None = None  # ("21:00", "08:00"), local to `timezone`
    timezone: str = "UTC"
    retry_after: float | None = None  # minutes; None = unanswered calls are not retried


@dataclass(frozen=True)
class Outbound:
    """`outbound:`: etiquette of calls the agent places."""

    wait_for_callee: float = 3.0


@dataclass(frozen=True)
class ContextVar:
    name: str
    type: str = "text"
    description: str = ""
    default: Any = None


@dataclass(frozen=True)
class Flow:
    """A parsed flow file. Build it with `daisy_engine.load_flow`, which also validates it."""

    name: str
    file: Path
    source: SourceMap
    locales: tuple[str, ...]
    prompts_dir: Path
    initial: str
    states: dict[str, State]
    slots: dict[str, Slot] = field(default_factory=dict)
    intents: dict[str, Intent] = field(default_factory=dict)
    tools: dict[str, Tool] = field(default_factory=dict)
    context: dict[str, ContextVar] = field(default_factory=dict)
    agent: Agent = field(default_factory=Agent)
    description: str = ""
    policy: Policy = field(default_factory=Policy)
    silence: Silence = field(default_factory=Silence)
    limits: Limits = field(default_factory=Limits)
    tool_timeout: float = 10.0
    callbacks: Callbacks = field(default_factory=Callbacks)
    outbound: Outbound = field(default_factory=Outbound)
    # `switch_locale:` a call follows the caller into another of `locales` (see `Conversation`); off with one locale
    switch_locale: bool = True
    # The data as loaded from YAML, for checks that need to see exactly what was written.
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def default_locale(self) -> str:
        return self.locales[0]

    def recorded(self, name: str) -> bool:
        """Whether a value of slot `name` belongs in the call record: every slot but one declared `record: false`
        (which only steers the call); a name the flow does not declare is the caller's data a tool set."""
        slot = self.slots.get(name)
        return slot is None or slot.record

    def template_variables(self) -> set[str]:
        """Every name a template or `when:` of this flow may read: slots, context variables, built-ins."""
        return set(self.slots) | set(self.context) | set(BUILTIN_VARIABLES)
