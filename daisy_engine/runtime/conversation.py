"""One call: takes the caller's turns and other events, walks the compiled table, returns actions.

The engine decides, the model speaks: every move is an edge of the shared, immutable `CompiledFlow`;
a `Conversation` only holds what is particular to its call (current step, slots, pending value,
attempts, return stack) so thousands run side by side in one asyncio process. Each confirmed value is
written to the store before the call moves on.

Public API (all async, one event at a time per call):

    conv = Conversation(compiled, locale="es-MX", context={"phone": "+52..."}, store=store)
    actions = await conv.start()
    actions = await conv.user_turn("sí, claro")
    actions = await conv.silence()            # the transport's silence timer ran out
    actions = await conv.model_tool_call("record_email", {"value": "ana@example.com"})
    actions = await conv.hangup()
    await conv.speech_interrupted(said, heard)  # the caller cut the agent off: only `heard` was played

On the phone:

    actions = await conv.answered("¿Bueno?")   # an outbound call was answered: start (instead of start())
    actions = await conv.keypad("4512#")      # digits keyed in on the phone keypad (DTMF)
    actions = await conv.transfer_failed("486 Busy Here")   # the transport could not transfer the call

The call's parts, each in a module of its own and each usable alone:

- `CallState` (`state`): the step, slots, value being built, counters, return stack and the call's
  life (ending, ended, the record's status, set in one place);
- `Output` (`output`): the actions of the turn being built, and what the agent said in it;
- `ActionRunner` (`action_runner`): the flow's actions, each run by its verb's handler;
- `CallRecord` (`record`): the record in the store, opened or resumed, written value by value;

and, shared by every call of the flow, the compiled table, `FlowAssets` (templates, slot types, tools)
and `listening` (what a turn means at a step). `Conversation` keeps the public API and the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import json
import math
import os
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daisy_engine import understanding
from daisy_engine.compiler.expand import step_name
from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step
from daisy_engine.flow.model import RETURN, Flow, Slot
from daisy_engine.runtime.action_runner import RUNNER, call_tool
from daisy_engine.runtime.actions import Action as Out
from daisy_engine.runtime.actions import (
    CallTool,
    EndCall,
    Instruct,
    ScheduleCallback,
    SetLocale,
    SetTools,
    Transfer,
)
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.caller_text import clean_turn
from daisy_engine.runtime.events import CallLog, Event
from daisy_engine.runtime.listening import (
    Dictation,
    Heard,
    Routed,
    asks_about_calling_back,
    close,
    corrected_values,
    dictated,
    fits_later,
    fix_of,
    fresh_copy,
    hear_char,
    hear_confirmation,
    hear_intent,
    hear_slot,
    hear_yes_no,
    names_another_alone,
    names_only_another,
    offers_callback,
    offers_callback_on_no,
    reads_something,
    route_turn,
    spells_characters,
    starts_over,
)
from daisy_engine.runtime.masking import mask, masked_logger, preview
from daisy_engine.runtime.model_view import tool_schemas, view_at
from daisy_engine.runtime.output import Output
from daisy_engine.runtime.precedence import (
    answer_apart,
    gives_way,
    open_question,
    split_clauses,
    thanks_after_yes,
    yes_apart,
)
from daisy_engine.runtime.record import CallRecord
from daisy_engine.runtime.slot_types import Accumulator
from daisy_engine.runtime.state import CallState
from daisy_engine.runtime.tools import ToolError, ToolRegistry
from daisy_engine.runtime.turn_parts import absent_thing
from daisy_engine.runtime.variables import call_variables
from daisy_engine.runtime.walker import destination, edge_index, enters_state, select_edge
from daisy_engine.store import MemoryStore, Store
from daisy_engine.store.records import STATUSES, iso, utc_now
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.accumulators import missing_unsaid
from daisy_engine.understanding.callback_times import (
    callback_delay,
    named_clock,
    names_another_day,
    parse_calling_hours,
)
from daisy_engine.understanding.letters import letters_spelled
from daisy_engine.understanding.normalize import fold, lang_of
from daisy_engine.understanding.times import day_part_said, part_of_day_said

logger = masked_logger("daisy_engine.runtime")  # masked at INFO, whatever the handlers

# `event.value.day` of a callback moved into the calling hours later this week (`Conversation._moved_callback`)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MAX_HOPS = 100
"""Steps one event may chain through (done → done → ...) before the call is stopped as looping."""

MAX_LOCALE_SWITCHES = 2
"""Times one call may change language on what the caller only spoke (Spanish to English and back): a caller mixing
both cannot make it loop."""
MAX_ASKED_SWITCHES = 4
"""Times in all one call may change language when the caller asks for one in so many words ("in English please"):
a switch taken wrongly from speech and taken back does not cost the caller his ask."""

FREE_FILLERS = 3
"""Turns per value that answer nothing yet (greetings, fillers, a hold) asked again without counting an attempt."""

LINE_CHECKS_ANSWERED = 3
"""Turns in a row that only check the line ("¿Bueno?", "Hello?", "What?") answered by asking the question again. Past
them the caller is not hearing the agent: each further one is a silence, answered by the step's silence ladder ("¿Me
escucha?") and ending where a silence does, in a few turns. Real calls check the line at most twice in a row (none of
the 47 real calls nor the 1,700 or so labelled ones has three). "¿Mande?", "What?" are no line check
(`REPEATS_ANSWERED`)."""

REPEATS_ANSWERED = 4
"""Turns in a row that only ask what was said ("¿Mande?", "¿Qué?", "What?", "¿Cómo?") answered by saying it again,
the second time and after with the question alone (the shortest way to say it). Such a caller hears the agent and
does not understand her: no silence ("¿Sigue ahí?", "se cortó la llamada") fits. Past them the call goes where the
step's `limits.then` sends a call that gets nowhere (Daisy: apologise, then a person or a callback), sooner than the
idle bound: real calls never ask twice in a row (ten whole-turn repeat requests in all the labelled calls), so a
fifth in a row is a caller the phone is not going to help. The same bound holds for a run that mixes them with line
checks ("¿Bueno?" / "¿Mande?" / "¿Bueno?" ...: each resets the other's count, so alone they bound it only at the idle
bound, 10 turns): five non-answers of either kind in a row go where five "¿Mande?" do - the caller hears something
and gets nothing of it either way. A run of line checks alone keeps its own, shorter way out (`LINE_CHECKS_ANSWERED`:
the silence ladder)."""


def flow_zone(flow: Flow) -> str | None:
    """The time zone a call of `flow` reads its clock in when its context names none: the zone the flow's
    quiet hours are written in, or None (this machine's) when it has none."""
    return flow.callbacks.timezone if flow.callbacks.quiet_hours is not None else None


class Conversation:
    """One call through a compiled flow. Not safe to share between calls; cheap to create.

    Also the `CallControl` the built-in tools act on (`save`, `end`, `transfer`, `reschedule`,
    `complaint`)."""

    __slots__ = ("compiled", "flow", "locale", "store", "tools", "assets", "clock", "log", "call_id", "state",
                 "output", "actions", "record", "_lock", "_after_ask", "_hearings")

    def __init__(
        self,
        compiled: CompiledFlow,
        *,
        locale: str | None = None,
        context: dict[str, Any] | None = None,
        store: Store | None = None,
        tools: ToolRegistry | None = None,
        clock: Callable[[], datetime] = utc_now,
        assets: FlowAssets | None = None,
        resume: bool = True,
    ) -> None:
        self.compiled = compiled
        self.flow = compiled.flow
        self.locale = locale or self.flow.default_locale
        if self.locale not in self.flow.locales:
            raise ValueError(f"flow '{self.flow.name}' does not speak {self.locale} "
                             f"(it speaks {', '.join(self.flow.locales)})")
        self.store: Store = store if store is not None else MemoryStore()
        self.assets = assets or FlowAssets.of(compiled)
        self.tools = tools if tools is not None else self.assets.tools
        self.clock = clock
        self.log = CallLog()
        context = self.assets.call_context(context or {})
        # Unique across processes too: it names the call that holds its record open.
        # 64 random bits, as 16 hex digits (uuid4() costs a third of creating a call).
        self.call_id = str(context.get("call_id") or f"call-{os.urandom(8).hex()}")
        self.state = CallState(self.flow, compiled.steps[compiled.initial], context)
        self.output = Output(self.log)
        self.actions = RUNNER
        self.record = CallRecord(self.store, self.state, self.log, self.call_id, self.locale, resume=resume)
        self._lock = asyncio.Lock()
        # True while the rest of a turn that asked for a language is heard (see `_turn`)
        self._after_ask = False
        # The hearings of the turn being heard, only while it is (see `_hearing`): None between turns
        self._hearings: dict[tuple[Any, ...], tuple[Accumulator, tuple[str, bool], Heard]] | None = None

    @property
    def record_id(self) -> int | None:
        """The call's record in the store, once the call has started."""
        return self.record.id

    # -- events in, actions out ---------------------------------------------------------------------

    async def start(self) -> list[Out]:
        """Open (or resume) the record and enter the first step."""
        async with self._lock:
            if self.state.started_at is not None:
                raise RuntimeError("the conversation has already started")
            self.state.started_at = self.clock()
            await self.record.open()
            actions = await self._process(self._enter(self.state.step, None, entering=True))
            self.state.budget.arrive(self.state.place())
            return actions

    @property
    def outbound(self) -> bool:
        """True on a call the agent placed (call metadata `direction: outbound`)."""
        return self.state.context.get("direction") == "outbound"

    async def answered(self, first_words: str | None = None) -> list[Out]:
        """Start an outbound call once the callee answered and spoke first (`first_words`, e.g.
        "¿Bueno?") or stayed silent for the flow's `outbound.wait_for_callee` seconds (None).

        When the first words are an `outbound_only` intent the first step handles (a voicemail
        greeting: "deje su mensaje después del tono"), that intent is taken instead of the greeting;
        any other first words are a hello, logged and not answered as if they were a reply."""
        text, _ = clean_turn(first_words if isinstance(first_words, str) else "")
        async with self._lock:
            if self.state.started_at is not None:
                raise RuntimeError("the conversation has already started")
            self.state.started_at = self.clock()
            await self.record.open()
            step = self.state.step
            if text:
                self.log.line("caller", text)
                self.log.add("turn", text=text, first_words=True)
                # "Yeah, this is Kevin": the greeting is said in the callee's language
                await self._follow_language(text)
                heard = hear_intent(self.flow, step, text, self.locale, self.assets.intent_phrases,
                                    outbound=self.outbound, only_outbound=True)
                if heard is not None and self._select(step, heard.event) is not None:
                    self.log.add("intent", step=step.name, intent=heard.event)
                    self.state.event = Event(heard.event, text=text, intent=heard.event)
                    self.state.queue.append(self.state.event)
                    return await self._process()
            return await self._process(self._enter(step, None, entering=True))

    async def keypad(self, keys: str) -> list[Out]:
        """Digits the caller keyed in on the phone keypad (DTMF), e.g. "4512#" (`#` ends an entry).

        Where the call asks for, or reads back, an integer slot declared with `dtmf: true`, the digits
        are that slot's value with the same validation (min, max) and confirmation as a spoken one: a
        new value at the read-back is a correction, the same value confirms it. Anywhere else a key
        press changes nothing (it is logged): a stray key never counts as a failed answer."""
        digits = (keys if isinstance(keys, str) else str(keys)).strip().rstrip("#")
        async with self._lock:
            if self.state.ended:
                return []
            step = self.state.step
            slot = self.flow.slots.get(step.slot) if step.slot else None
            if slot is None or not slot.dtmf or step.listen not in ("slot", "confirm") \
                    or not (digits.isascii() and digits.isdigit()):
                self.log.add("keypad_ignored", step=step.name, keys=len(digits))
                return []
            self.log.line("caller", f"{digits}#")
            self.log.add("turn", keypad=digits)
            self.state.silences = 0
            self.state.event = Event("turn", text=digits)
            value = self.assets.slot_types.validate(slot, digits, self.locale, self._slot_extra(slot))
            if value is None:
                heard = Heard("no_match")
            elif step.listen == "confirm":
                heard = Heard("yes") if value == self.state.pending else Heard("corrected", value)
            else:
                heard = Heard("filled", value)
            # A keyed entry is a caller turn like a spoken one: it counts against the call's bounds.
            return await self._process(self._heard(step, heard, digits), turn=True)

    async def transfer_failed(self, reason: str = "") -> list[Out]:
        """The transport could not carry out the `Transfer` it was given (nobody answered, SIP error).

        The call is not over after all: the step's `on: transfer_failed` runs (e.g. promise a
        callback); when the flow has none, the call ends with what it collected, so the caller is
        never left in silence."""
        async with self._lock:
            if not self.state.transferred:
                return []
            self.state.transferred = False
            self.state.ended = False
            self.state.ending = None
            self.state.outcome = None
            self.state.set_status(self.state.computed_status())
            self.log.add("transfer_failed", reason=reason)
            logger.warning("call %s: transfer failed: %s", self.call_id, preview(reason, 160))
            event = Event("transfer_failed", error=reason)
            if self._select(self.state.step, event.name) is None:
                self.log.add("unhandled", step=self.state.step.name, event=event.name)
                self.end(self.state.status)
                return await self._process()
            self.state.queue.append(event)
            return await self._process()

    async def user_turn(self, text: str) -> list[Out]:
        """A complete caller turn (speech-to-text output or typed text). Empty text counts as silence.

        The text is cleaned first (see `caller_text`): no escape sequences or control characters, at
        most `MAX_TURN_CHARS` characters."""
        text, cut_from = clean_turn(text if isinstance(text, str) else str(text))
        if not text:
            return await self.silence()
        async with self._lock:
            # a turn after the call ended is not read at all: nothing of it is left in the understanding's caches
            if self.state.ended:
                return []
            noise = understanding.only_noise(text)
            if noise:
                # "[ruido]", "Música.", caption credits: the recogniser heard sound, not the caller - a silence
                # (answered, and bounded, as one), with what was written kept in the log
                self.log.add("noise", text=text)
        if noise:
            return await self.silence()
        async with self._lock:
            if self.state.ended:
                return []
            self.log.line("caller", text)
            self.log.add("turn", text=text, **({"truncated_from": cut_from} if cut_from else {}))
            logger.debug("call %s: caller said %s", self.call_id, preview(text))
            checks = understanding.checks_line(text, self.locale)
            self.state.line_checks = self.state.line_checks + 1 if checks else 0
            again = not checks and understanding.asks_again(text, self.locale)
            self.state.repeats = self.state.repeats + 1 if again else 0
            self.state.non_answers = self.state.non_answers + 1 if checks or again else 0
            if self.state.repeats > REPEATS_ANSWERED or (self.state.non_answers > REPEATS_ANSWERED
                                                         and self.state.line_checks < self.state.non_answers):
                # "¿Mande? ... ¿Mande?": said again and again, and still not understood - and so is a run of
                # them mixed with line checks ("¿Bueno?" / "¿Mande?" / "¿Bueno?" ...), which neither counter alone sees
                # (each resets the other): the caller hears something and gets nothing of it either way
                self.log.add("repeats", step=self.state.step.name, count=self.state.non_answers)
                self.state.event = Event("turn", text=text)
                return await self._process(self._bound_reached("repeats", self.output.mark()), turn=True)
            if self.state.line_checks > LINE_CHECKS_ANSWERED and self.state.step.silence is not None:
                # "¿Bueno? ... ¿Bueno?" again and again: the question asked again is not reaching the caller.
                # A silence from the caller's side - the ladder asks whether he hears, then ends politely.
                self.log.add("line_checks", step=self.state.step.name, count=self.state.line_checks)
                self.state.queue.append(Event("silence"))
                return await self._process(turn=True)
            self.state.silences = 0
            self.state.event = Event("turn", text=text)
            return await self._process(self._turn(text), turn=True)

    async def silence(self) -> list[Out]:
        async with self._lock:
            if self.state.ended:
                return []
            self.log.add("turn", silence=True)
            self.state.queue.append(Event("silence"))
            return await self._process(turn=True)

    async def hangup(self) -> list[Out]:
        """The caller hung up. The record is saved whatever the flow does with it."""
        async with self._lock:
            if self.state.ended:
                return []
            self.log.add("turn", hangup=True)
            self.state.caller_gone = True
            self.state.queue.append(Event("hangup"))
            actions = await self._process()
            if not self.state.ended:
                self.state.ending = self.state.status or "partial"
                await self._finish()
            return actions

    async def model_tool_call(self, name: str, args: dict[str, Any]) -> list[Out]:
        """The model called a function tool: `record_<slot>` (its reading of a value the extractors
        missed, re-validated here) or a flow tool the current step lists. `args` must be an object (a
        JSON text of one is read); anything else is refused with an error the model can read."""
        if isinstance(args, str | bytes):
            with contextlib.suppress(ValueError):
                args = json.loads(args or "{}")
        if not isinstance(args, dict):
            return [CallTool(str(name), {}, error="the arguments must be a JSON object, e.g. {\"value\": \"...\"}")]
        async with self._lock:
            if self.state.ended:
                return [CallTool(name, args, error="the call has ended")]
            if not self.state.budget.model_call(self.flow.limits.turns):
                # A model calling tools in a loop, with no caller turn in between, is stopped here; the
                # caller's own turns stay bounded by `limits` as always.
                self.log.add("limit", step=self.state.step.name, reason="model_calls", turns=self.state.budget.turns)
                return [CallTool(name, args, error="too many tool calls in this call; go on with the caller")]
            step = self.state.step
            slot = self.flow.slots.get(step.slot) if step.slot else None
            if slot is not None and name == f"record_{slot.name}" and step.listen in ("slot", "char", "confirm"):
                value = self.assets.slot_types.validate(slot, args.get("value"), self.locale,
                                                        self._slot_extra(slot))
                self.log.add("model_value", slot=slot.name, value=args.get("value"), accepted=value is not None)
                if value is None:
                    return [CallTool(name, args, error=f"not a valid {slot.type}; ask the caller again")]
                event = "corrected" if step.listen == "confirm" else "filled"
                self.output.actions.append(CallTool(name, args, result={"accepted": value}))
                return await self._process(self._heard(step, Heard(event, value), None))
            if name in step.tools and name in self.tools:
                return await self._process(call_tool(self, name, dict(args)))
            return [CallTool(name, args, error=f"'{name}' is not available at this point of the call")]

    async def speech_interrupted(self, said: str, heard: str) -> None:
        """The caller cut the agent off: of `said` (what the agent said last, its lines joined with a
        space) only `heard`, a prefix, was played. Transports call this before the turn that interrupted.

        While a value is being confirmed and the cut fell before the end of its read-back, the caller
        never heard the value: the next "yes" does not confirm it, the engine reads it back again (no
        attempt counted). A "no", a correction or a new value are taken as usual."""
        async with self._lock:
            if self.state.ended:
                return
            step, played = self.state.step, len(heard or "")
            confirming = step.listen == "confirm" and self.state.pending is not None
            value_end = self._readback_end(said) if confirming else None
            unheard = value_end is not None and played < value_end
            self.state.unheard = self.state.unheard or unheard
            if unheard:
                self.state.prompted = None  # the value was never heard: said again, it is said whole (`asked_before`)
            self.log.add("interrupted", step=step.name, played=played, of=len(said or ""),
                         **({"value_heard": not unheard} if value_end is not None else {}))
            logger.info("call %s: the caller interrupted after %d of %d characters%s", self.call_id, played,
                        len(said or ""), " (the value was not heard)" if unheard else "")

    def _readback_end(self, said: str) -> int:
        """Where, in `said`, the value being confirmed has been spoken in full: the end of its read-back
        (or of the raw value); for a template that shows neither, the end of all but its last sentence
        (the question that follows the value)."""
        slot, pending = self.flow.slots.get(self.state.step.slot or ""), self.state.pending
        shown = [self.assets.slot_types.readback(slot, pending, self.locale, self.state.said(pending))
                 if slot is not None else "",
                 str(pending)]
        for text in shown:
            at = said.rfind(text) if text else -1
            if at >= 0:
                return at + len(text)
        body = said.rstrip().rstrip(".?!¿¡ ")
        cut = max(body.rfind(mark) for mark in ".?!¿¡")
        return cut + 1 if cut > 0 else len(said.rstrip())

    # -- the event loop of one call -----------------------------------------------------------------------

    async def _process(self, first: Awaitable[Any] | None = None, *, turn: bool = False) -> list[Out]:
        """Run `first` (what the turn starts with), then every event it raised, in order. A caller
        `turn` (an answer or a silence) counts against the call's bounds (see `bounds`)."""
        self.output.start_turn()
        said_from = self.output.mark()
        began = getattr(self.state.acc, "turn_began", None) if turn else None
        if callable(began):
            began()  # the value's notes about the caller's last turn are that turn's only (`no_room`)
        if first is not None:
            await first
        await self._drain()
        if turn and self.state.ending is None:
            reason = self.state.budget.after_turn(self.state.place(), self.state.step.limits, self.flow.limits.turns)
            if reason is not None:
                await self._bound_reached(reason, said_from)
                await self._drain()
        self.state.queue.clear()
        self.state.reask = False
        self.state.unheard = False  # an interruption tells about the very next turn only
        if self.state.ending is not None:
            await self._finish()
        else:
            # what the turn added (its log, a value heard but not confirmed yet) is in the store before the agent
            # speaks, as a confirmed value is: a call killed after this turn keeps it
            await self.record.keep_turn()
        if self.output.said:
            # a rung of the silence ladder ("¿Sigue ahí?") asks nothing of the step: "¿mande?" after it is answered
            # with the step's own question, not with "¿Sigue ahí?" again
            self.state.last_turn = "" if self.state.silences else " ".join(self.output.said)
        return self.output.take()

    async def _drain(self) -> None:
        """Handle the queued events in order, at most `MAX_HOPS` of them."""
        hops = 0
        while self.state.queue and self.state.ending is None:
            hops += 1
            if hops > MAX_HOPS:
                self._error("loop", f"more than {MAX_HOPS} steps in one turn; ending the call")
                self.state.queue.clear()
                self.state.ending = self.state.status or "partial"
                break
            await self._handle(self.state.queue.pop(0))

    # -- bounds ---------------------------------------------------------------------------------------------

    async def _bound_reached(self, reason: str, said_from: tuple[int, int]) -> None:
        """A bound is reached: what this turn would have said is dropped, and the call goes to the
        step's `limits.then` state (the first time) or ends with the record's status."""
        step, budget = self.state.step, self.state.budget
        dropped = self.output.unsay(said_from)
        self.state.queue.clear()
        self.log.add("limit", step=step.name, reason=reason, turns=budget.turns, idle=budget.idle,
                     dropped=dropped)
        logger.info("call %s: %s reached at %s (%d turns, %d idle)", self.call_id, reason, step.name,
                    budget.turns, budget.idle)
        then = step.limits.then
        if then and not budget.fired and then in self.compiled.entries:
            budget.fired = True
            target = self.compiled.steps[self.compiled.entries[then]]
            self.log.add("transition", step=step.name, event="limit", edge=None, to=target.name)
            if await self.actions.run(self, step.on_exit):
                await self._enter(target, step, entering=True)
            return
        self.end(None)

    async def _handle(self, event: Event) -> None:
        step = self.state.step
        self.state.event = event
        if event.name == "silence":
            await self._on_silence(step, event)
            return
        if event.name == "no_match":
            await self._failed(step, event, self._select(step, "no_match"))
            return
        edge = self._select(step, event.name)
        if edge is None:
            await self._unhandled(step, event)
        elif edge.effect == "reject":
            await self._failed(step, event, edge)
        else:
            await self._take(step, edge, event)

    async def _unhandled(self, step: Step, event: Event) -> None:
        if event.name in ("yes", "no", "filled"):
            # An answer this step has no use for ("no" where only "yes" leads on) is not understood.
            await self._failed(step, Event("no_match", text=event.text), self._select(step, "no_match"))
        elif event.name == "partial":
            self._say_prompt(step)
        else:
            self.log.add("unhandled", step=step.name, event=event.name)
            logger.info("call %s: no edge for %s in %s; going on", self.call_id, event.name, step.name)

    async def _failed(self, step: Step, event: Event, edge: Edge | None) -> None:
        """A failed attempt (not understood, or a value denied): exhausted, spell, or try again."""
        if self._after_ask and event.name == "no_match":
            # what the caller said besides "¿habla español?" answers nothing here: the ask is then the turn's
            # whole answer, and the question is asked again in the new language with no attempt counted
            self.log.add("after_ask_not_understood", step=step.name)
            self._say_prompt(step)
            return
        key = self.state.attempt_key(step)
        count = self.state.attempts[key] = self.state.attempts.get(key, 0) + 1
        self.log.add("attempt", step=step.name, attempt=count)
        if count >= step.policy.max_attempts and self._dictated(step) and await self._offer_restart(step):
            return
        if count >= step.policy.max_attempts:
            out = self._select(step, "exhausted")
            if out is not None:
                await self._take(step, out, self._derived("exhausted"))
                return
        if event.name == "no_match" and 0 < step.policy.spell_after <= count:
            spell = self._select(step, "spell")
            if spell is not None:
                await self._take(step, spell, self._derived("spell"))
                return
        if edge is not None and edge.dest != STAY:
            await self._take(step, edge, event)
            return
        if edge is not None:
            self._log_edge(step, edge, step)
        self._reprompt(step, count)

    async def _take(self, step: Step, edge: Edge, event: Event) -> None:
        if edge.effect == "accept":
            await self._accept(step)
        elif edge.effect == "reject":
            if step.slot is not None:
                self.state.unconfirmed.pop(step.slot, None)  # turned down: not the caller's value after all
            acc = self.state.acc
            self.state.denied = copy.deepcopy(acc) if self.state.kept is None and acc is not None \
                and acc.complete else None
            mark_wrong = getattr(self.state.denied, "mark_wrong", None)
            if callable(mark_wrong) and event.text:
                mark_wrong(event.text)  # "la única letra que está mal es la P": the fix may come next
            confirmed = self._confirmed_part()
            self.state.forget_value()
            if self.state.kept is not None:
                self.state.acc, self.state.kept = self.state.kept, None  # what the caller said was right stays
            else:
                self._keep_confirmed(confirmed)
            slot = self.flow.slots.get(step.slot or "")
            if self.state.denied is not None and slot is not None and self.state.acc is not None \
                    and (self.assets.slot_types.needs_clock(slot) or self.assets.slot_types.hears_read_back(slot)) \
                    and not self.state.acc.so_far():
                # made anew next turn, near the value turned down or knowing it (see `_accumulator`)
                self.state.acc = None
            if step.slot in self.state.dictations:
                self.state.dictations[step.slot].seen.clear()  # a value denied at its read-back is dictated anew
        if edge.skip and step.slot:
            self.state.event = event  # what comes next may say why the value was left ("eso lo vemos al final")
            self.state.skipped.add(step.slot)
            self.state.dictations.pop(step.slot, None)
            self.state.attempts.pop(step.slot, None)
            self.log.add("skipped", slot=step.slot)
        if (edge.skip or edge.event in ("yes", "filled", "skip")) and step.kind != "plain" \
                and edge.dest not in (STAY, RETURN) and self.compiled.steps[edge.dest].origin != step.origin:
            # Leaving the collect state with its values: a value it skipped is asked once more first.
            retry = self._retry_skipped(step, just_skipped=step.slot if edge.skip else None)
            if retry is not None:
                self._log_edge(step, edge, retry)
                self.state.event = self._derived("retry")
                await self._enter(retry, step, entering=False)
                return
        if edge.dest == STAY:
            self._log_edge(step, edge, step)
            if edge.say:
                self._say(edge.say)
            if await self.actions.run(self, edge.actions):
                if edge.absent and step.slot is not None and step.kind != "plain" and self.state.ending is None:
                    await self._none_of(step, edge)
                else:
                    self._after_stay(step, edge, event)
            return
        target_name = destination(edge, step.name, self.state.stack)
        if target_name is None:
            self._error("return", f"`return` from {step.name} with nothing to return to; staying")
            return
        target = self.compiled.steps[target_name]
        self._log_edge(step, edge, target)
        entering = enters_state(self.compiled, step, target, edge)
        if entering and not await self.actions.run(self, step.on_exit):
            return
        if edge.say:
            self._say(edge.say)
        if await self.actions.run(self, edge.actions):
            await self._enter(target, step, entering=entering, returning=edge.dest == RETURN)

    def _after_stay(self, step: Step, edge: Edge, event: Event) -> None:
        if edge.resume:
            # "then: return": the interruption is handled; ask the current question again.
            reask, self.state.reask = self.state.reask, False
            if edge.intent == "repeat" and self.state.last_turn and not reask and self.state.repeats < 2:
                self._say_text(self.state.last_turn, "repeat")
            else:
                if edge.intent == "repeat":
                    # "¿Mande? ... ¿Mande?": the caller did not hear it - said whole again, never the shorter
                    # re-ask of a question heard unchanged (`asked_before`: the summary's yes/no alone)
                    self.state.prompted = None
                self._say_prompt(step)
        elif event.name in ("partial", "corrected"):
            self._say_prompt(step)

    async def _enter(self, target: Step, source: Step | None, *, entering: bool, returning: bool = False) -> None:
        self.state.step = target
        self.state.silences = 0
        if target.kind == "plain" and not returning and (source is None or source.name != target.name):
            self.state.attempts.pop(target.name, None)
        if target.slot != self.state.acc_slot:
            self.state.pending, self.state.acc, self.state.acc_slot, self.state.denied = None, None, target.slot, None
        self.log.add("enter", step=target.name)
        self._update_model(target)
        if entering and not await self.actions.run(self, target.on_enter):
            return
        if target.kind == "ask" and self.state.revisits:
            # The caller went back to a value already confirmed: read it back before going on.
            late = self._next_revisit(target)
            if late is not None:
                await self._revisit(target, late, self.state.event.text or "")
                return
        if target.kind == "ask" and (target.slot in self.state.slots or target.slot in self.state.absent):
            self.state.queue.append(self._derived("skip"))
            return
        if target.kind == "ask" and target.slot in self.state.carried:
            self.state.carried = self.state.carried - {target.slot}
            if target.slot in self.state.unconfirmed and target.slot not in self.state.volunteered:
                # Heard in an earlier call that ended before the caller confirmed it (the line dropped during
                # its read-back): read back for confirmation, not asked from scratch. A yes confirms it; a no
                # asks for it again as usual. What the caller said for it in this call (below) is newer.
                self.log.add("unconfirmed_value", step=target.name, slot=target.slot)
                value = self.state.unconfirmed[target.slot]
                await self._heard(target, Heard("filled", value, accumulator=self._rebuilt(target, value)), None)
                self.state.recalled = target.slot
                return
        if target.kind == "ask" and target.slot in self.state.volunteered:
            # Said earlier, at another question ("y llego como a las cinco"): read it back now; a value
            # only begun ("pe de Puebla" at the number question) is dictated on from there.
            acc = self.state.volunteered.pop(target.slot)
            self.state.acc, self.state.acc_slot = acc, target.slot
            self.log.add("volunteered_value", step=target.name, slot=target.slot)
            if acc.complete and acc.value is not None:
                await self._heard(target, Heard("filled", acc.value, accumulator=acc), getattr(acc, "said", None))
                return
            # only begun ("pe de Puebla" at the number question): dictated on from there, a character at a
            # time where the flow has a spell step ("Llevo P. ¿Qué sigue?"), else asked with what was heard
            if self._select(target, "spell") is not None:
                self.state.queue.append(self._derived("spell"))
                return
        if target.kind == "ask" and target.slot in self.state.skipped and target.slot not in self.state.retried:
            # Reached again after the values that follow it (the one before it was skipped once more):
            # this is its one more try, said as such ("todavía nos faltan las placas").
            self.state.retried.add(target.slot)
            self.state.attempts.pop(target.slot, None)
            self.state.dictations.pop(target.slot, None)
            self.log.add("retry", slot=target.slot)
            self.state.event = self._derived("retry")
        if target.kind == "ask" and 0 < target.policy.spell_after <= self.state.attempts.get(target.slot or "", 0) \
                and target.candidates("spell"):
            self.state.queue.append(self._derived("spell"))
            return
        if await self._answered_on_the_way(target, source, returning):
            return
        if self._back_for_the_next_named(target):
            return
        if target.kind == "spell" and self.state.acc is not None \
                and not (source is not None and source.kind == "ask" and source.slot == target.slot):
            # From the ask step of the same value, what was heard so far carries over: the caller goes
            # on dictating ("Llevo 8 6 A K 3 D. ¿Qué sigue?") instead of starting again.
            self.state.acc.reset()
        if target.say:
            self._asking(target)
            self._say(target.say)
        if target.final:
            self.end(None)
        elif target.immediate:
            self.state.queue.append(self._derived("done"))

    # -- listening ----------------------------------------------------------------------------------------

    async def _turn(self, text: str) -> None:
        """A caller's turn: first the language it is in (the call may go on in another of the flow's
        locales, see `_follow_language`), then what it says, heard in the call's language."""
        switched = await self._follow_language(text)
        langs = tuple(understanding.locales_by_language(self.flow.locales))
        if switched is not None and switched.asked:
            # "Do you speak English?", "¿habla español?": the question is asked again in the caller's language, no
            # attempt counted - unless the turn says more ("Do you speak English? My name is John Smith"), which is
            # heard in the language just asked for
            text = understanding.language.rest_of_ask(text, langs)
            if not text:
                self._say_prompt(self.state.step)
                return
            self._after_ask = True
            try:
                # "Do you speak English? Uno dos tres.": the numbers said the old way are understood as well
                await self._hear(self._with_foreign_numbers(text, langs))
            finally:
                self._after_ask = False
            return
        if switched is None:
            # "one oh six", "A B C one two three" on a Spanish call: the value said in the other language's
            # numbers is understood, and the call stays in its language until the caller says more in the other
            text = self._with_foreign_numbers(text, langs)
        await self._hear(text)

    def _with_foreign_numbers(self, text: str, langs: tuple[str, ...]) -> str:
        """The turn with a value said in the other language's numbers written as digits (`foreign_numbers`)."""
        if len(langs) > 1 and (numbers := understanding.language.foreign_numbers(
                text, understanding.language_of(self.locale), langs)) is not None:
            return understanding.language.with_digits(text, numbers)
        return text

    async def _follow_language(self, text: str) -> understanding.Language | None:
        """Switch the call to the flow's locale of the language the caller asks for or clearly speaks
        (`understanding.caller_language`: this turn, or the caller's last short turns together). At most
        `MAX_LOCALE_SWITCHES` a call, never with `switch_locale: false`. Returns what was heard when the call
        switched, else None."""
        if not self.flow.switch_locale or self.state.locale_switches >= MAX_ASKED_SWITCHES:
            return None
        locales = understanding.locales_by_language(self.flow.locales)
        current = understanding.language_of(self.locale)
        if current not in locales:
            return None  # a language the detector does not know: never guess
        turns = (*self.state.recent_turns, text)[-understanding.language.RUN:]
        heard = understanding.caller_language(turns, current, tuple(locales))
        acc = self.state.acc
        if heard is not None and acc is not None and acc.slot_type == "name" and acc.so_far() \
                and understanding.language.names_language_only(text, current):
            # "Juan" - "¿y sus apellidos?" - "Inglés.": the surname asked for, said in the call's own language and
            # not asked ("¿Inglés?", "English?" and "en inglés" still ask)
            heard = None
        if heard is not None and not heard.asked and self.state.locale_switches >= MAX_LOCALE_SWITCHES:
            heard = None
        if heard is None:
            self.state.recent_turns = turns
            return None
        self.state.recent_turns = ()
        await self._switch_locale(locales[heard.lang], "asked" if heard.asked else "spoken")
        return heard

    async def _switch_locale(self, locale: str, reason: str) -> None:
        """The call goes on in `locale`: templates, slot rules and the model's language from now on; the
        values being built keep what they hold; the record speaks it; the transport is told (`SetLocale`)."""
        before, step = self.locale, self.state.step
        self.locale = locale
        self.state.locale_switches += 1
        for acc in (self.state.acc, self.state.kept, self.state.denied, *self.state.volunteered.values(),
                    *self.state.revisits.values()):
            if acc is not None:
                acc.relocale(locale)
        await self.record.relocale(locale)
        self.log.add("locale", step=step.name, reason=reason, to=locale, **{"from": before})
        logger.info("call %s: the caller speaks %s (%s); the call goes on in it", self.call_id, locale, reason)
        self.output.actions.append(SetLocale(locale))
        self.state.last_turn = ""  # "what?" next asks the question in the new language, not the old line again
        self.state.model_view = None  # the model's instructions again, in the new locale's templates
        self._update_model(step)

    async def _hear(self, text: str) -> None:
        # A turn is heard against the value asked once, however many checks read that hearing (see `_hearing`);
        # what is remembered goes with the turn (a caller's words kept no longer than they are heard)
        held, self._hearings = self._hearings, {}
        try:
            await self._hear_turn(text)
        finally:
            self._hearings = held

    def _yes_beside_intent(self, step: Step, event: str, text: str) -> bool:
        """Whether the turn that asks `event` (a callback, a goodbye, a hint of either) at a read-back opens with a
        yes to the value: a plain yes ("Sí, llámame en diez minutos"), or a yes whose "but" asks that and nothing
        else ("Sí, pero llámame en diez minutos, ¿sí?", "Yes, but call me back in an hour"): the "but" takes the
        call elsewhere, it puts nothing of the value right. A "but" that also says the value otherwise ("Sí, pero es
        cuatro cinco tres, llámame en diez minutos" at 452, "Yes, but it's Mercier, call me back in an hour") is no
        yes to the value read back: it is not stored (a value stored is skipped on the callback, never asked again)."""
        if understanding.classify_yes_no(text, self.locale).answer == "yes":
            return True
        but = understanding.after_yes_but(text, self.locale)
        if but is None:
            return False
        again = self._intent(step, but)
        return again is not None and again.event == event and not self._says_of_the_value(step, but)

    def _says_of_the_value(self, step: Step, text: str) -> bool:
        """Whether the turn, at the read-back of `step`'s value, or any clause of it, puts the value right or says
        no to it ("es cuatro cinco tres", "llámame luego que es cuatro cinco tres", "con doble ene"): heard as
        the read-back's answer it is anything but a yes or nothing understood. Heard on a copy of the value."""
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None:
            return False
        for part in (text, *split_clauses(text)):
            heard = hear_confirmation(part, self.locale, self.state.pending, copy.deepcopy(self._accumulator(step)),
                                      lambda: self._new_accumulator(slot, self.state.pending))
            if heard.event not in ("yes", "no_match"):
                return True
        return False

    async def _hear_turn(self, text: str) -> None:
        step = self.state.step
        said_before, self.state.said_again = self.state.said_again, None
        if said_before is not None and said_before[0] == step.name \
                and understanding.says_the_same(text, self.locale) and not understanding.spells_something(text):
            # "Sí, es igual.", "es el mismo", "yes it's the same" (never a bare yes) right after the question came again
            # saying the value said was the one just confirmed (`event.value.said_again`): that value is this
            # question's too - heard as the caller saying it once more, which this question takes as its answer
            self.log.add("same_as_said_again", step=step.name)
            text = said_before[1]
        heard = self._intent(step, text) or self._intent_in_its_language(step, text)
        if (heard is None or self._select(step, heard.event) is None) \
                and (plain := understanding.without_said_again(text, self.locale)) != text:
            # "Como le dije, no sé", "like I said, no idea": the announcement that the answer is said again is no
            # part of it - the rest is heard as if said alone, intents too (never "se" begun as an e-mail). An
            # intent of the whole turn ("one more time, please": say it again) is heard first.
            text, heard = plain, self._intent(step, plain)
        if heard is None and self._select(step, "off_topic") is not None \
                and understanding.asked_about(text, self.locale) == "money":
            # "¿Me puedes transferir lo del diésel a mi tarjeta?": a request the agent has no part in, answered as
            # off the subject (the flow says where to turn) rather than as an answer not understood
            heard = Heard("off_topic", score=0.9)
        if heard is not None and self._select(step, heard.event) is not None:
            answer = self._answer_over_intent(step, heard, text)
            if answer is not None:
                # "Se te cortó la voz. A las cinco", "Qué onda. Cristian Lara": the answer said apart from an
                # intent that only re-asks or only hints at moving the call wins (see `precedence`)
                self.log.add("answer_over_intent", step=step.name, intent=heard.event)
                if not await self._respond_in_place(step, heard, text):
                    return
                text, heard = answer, None
        if heard is not None and self._yes_over_intent(step, heard, text):
            # "Sí soy yo, y qué bueno que hablan, me descontaron una caseta" at "¿tiene un par de minutos?" or at a
            # read-back: the complaint is logged in place (its `say` and `actions`) and the yes still answers
            self.log.add("yes_over_intent", step=step.name, intent=heard.event)
            if await self._respond_in_place(step, heard, text, absent_too=True):
                await self._heard(step, Heard("yes"), text)
            return
        if self._later_not_now(step, heard, text):
            # "Luego", "later", "we're good, later", "llámame más tarde" at "¿tiene un par de minutos?": not now, and
            # no time said - the "no", whose offer of a callback asks when ("¿le parece si le llamo en 15 minutos?")
            self.log.add("later_asks_when", step=step.name)
            await self._heard(step, Heard("no"), text)
            return
        if self._yes_then_later(step, heard, text):
            # "Sí, gracias, luego", "sí, gracias, adiós" at "¿todo está correcto?": the yes answers and the rest takes
            # leave - no callback, no call ended before its answer is acted on (at a read-back the yes is taken below,
            # the same way)
            self.log.add("yes_before_leaving", step=step.name)
            await self._heard(step, Heard("yes"), text)
            return
        if heard is not None and self._select(step, heard.event) is not None \
                and self._not_at_hand_first(step, heard, text):
            # "No las tengo. La caja es de la empresa, no me pasaron los papeles": the answer is that the
            # value is not at hand; an aside that only sounds like a complaint ("no me pagaron") is no
            # reason to ask for it again
            self.log.add("cannot_give_over_intent", step=step.name, intent=heard.event)
            heard = None
        if heard is not None and self._select(step, heard.event) is not None:
            if heard.event in ("end_call", "reschedule", *understanding.HINTS) and step.listen == "confirm" \
                    and self.state.pending is not None and not self.state.unheard \
                    and any(e.effect == "accept" for e in step.candidates("yes")) \
                    and self._yes_beside_intent(step, heard.event, text):
                if heard.event in understanding.HINTS:
                    # "Sí, luego" at a read-back: the yes confirms the value; "later" only hints at a callback, offered
                    # at the next question (said again, it is taken at its word)
                    self.log.add("yes_with_a_hint", step=step.name, intent=heard.event)
                    self.state.hinted.add(heard.event)
                    if await self._respond_in_place(step, heard, text):
                        await self._heard(step, Heard("yes"), text)
                    return
                if heard.event == "end_call" and thanks_after_yes(text, self.locale):
                    # "Sí, gracias, bendiciones" at a read-back: thanks, not a goodbye; the yes confirms the
                    # value and the call goes on
                    self.log.add("thanks_after_yes", step=step.name)
                    await self._heard(step, Heard("yes"), text)
                    return
                # "Sí, gracias, hasta luego" at a read-back: the caller confirms the value and takes leave; the
                # value is stored before the call ends, not lost with it. So with "sí, luego" or "yes, call me back
                # in an hour": the value stands, the callback resumes after it.
                self.log.add("yes_before_leaving", step=step.name)
                await self._accept(step)
            elif heard.event == "reschedule" and step.slot and understanding.caller_calls_back(text, self.locale) \
                    and self.assets.slot_types.of(self.flow.slots[step.slot]).needs_clock \
                    and (given := self._value_beside_goodbye(step, text, heard.event)) is not None:
                # "Llego a las cinco, te marco a las cuatro para confirmar": the caller calling later is no callback of
                # Daisy's to book, and the arrival beside it is the answer - read back, and the call goes on (as in
                # English, "I'll get there at five, I'll call you at four to confirm")
                self.log.add("value_beside_own_call", step=step.name, slot=step.slot)
                await self._heard(step, Heard("filled", given), text)
                return
            elif heard.event in ("end_call", "reschedule") and step.slot \
                    and (given := self._value_beside_goodbye(step, text, heard.event)) is not None:
                # "Juan Pérez, adiós", "Soy Juan Pérez y te marco" at the name: the value the caller gave is kept
                # (written down, as a person taking the call would) - unconfirmed, never read back, so the callback
                # reads it back - then the call ends or is put off as asked
                self.log.add("value_before_leaving", step=step.name, slot=step.slot)
                self.state.unconfirmed[step.slot] = given
            self.log.add("intent", step=step.name, intent=heard.event, minutes=heard.minutes)
            if heard.event in understanding.HINTS:
                self.state.hinted.add(heard.event)
            # a question off the subject the flow may answer ("¿cuánto se tarda?"): what it asks, as `event.value`
            topic = understanding.asked_about(text, self.locale) if heard.event == "off_topic" \
                else self._moved_callback(text) if heard.event == "reschedule" else None
            self.state.queue.append(Event(heard.event, text=text, minutes=heard.minutes, intent=heard.event,
                                          value=topic))
            return
        if step.listen in ("slot", "char") and (apart := understanding.without_call_limits(text, self.locale)) \
                is not None:
            # "No me llames a las cinco" at the arrival question: when not to call, no arrival; what the rest of
            # the turn says is heard ("..., llego como a las diez"), and a turn of nothing else asks again, once
            self.log.add("call_limit_apart", step=step.name)
            if not apart.strip(" .,;:!?") and self._free_reask(step):
                self._ask_again(step, text)
                return
            text = apart
        if step.listen == "slot" and self.flow.slots.get(step.slot or "") is not None \
                and self.assets.slot_types.of(self.flow.slots[step.slot or ""]).needs_clock \
                and understanding.restates(text, self.locale, self._given_elsewhere(step)):
            # "I told you, four fifty two" at the arrival question after unit 452: the number given before, said
            # again - no arrival at 4:52; the question is asked again, once, as one not yet answered
            self.log.add("restated", step=step.name)
            if self._free_reask(step):
                self._ask_again(step, text)
                return
            text = ""
        if self._recalled(step) and any(edge.skip for edge in step.candidates("exhausted")) \
                and understanding.unavailable(text, self.locale) == "cannot" and not self._about_another(step, text) \
                and absent_thing(text) in (None, *self.assets.slot_names(self.locale).get(step.slot or "", ())):
            # "No traigo caja", "ahorita no lo tengo a la mano" to a value read back as the earlier call heard it:
            # that read-back stands for the question, never asked in this call, so it takes the question's
            # answers - the thing is not there (settled) or the value is not at hand (put off), as when asked. A
            # thing of another value ("no, voy sin caja" at the tractor's number) leaves this one to the yes/no.
            self.log.add("cannot_give", step=step.name)
            self._absent(step, text)
            self.state.queue.append(Event("exhausted", text=text))
            return
        unavailable = understanding.unavailable(text, self.locale) if step.listen in ("slot", "char") else None
        if unavailable is None and step.listen in ("slot", "char") and not self._asks_a_time(step) \
                and understanding.promises_value_later(text, self.locale) \
                and (afresh := self._listen_afresh(step, text).event) in ("no_match", "partial") \
                and (afresh == "no_match" or not self.state.so_far() and not understanding.spells_something(text)
                     and self._only_promised(step, text)):
            # "yo me comunico contigo para darte la placa", "al rato te la paso": the value promised, not given -
            # not at hand now, so put off like one (asked again later in the call), no callback scheduled. (A time
            # promised later, "al rato te digo la hora", is asked for roughly instead, as before.) Words only, begun
            # as a dictation ("luego se lo mando" at the e-mail), are the promise too; a letter or a digit is begun.
            unavailable = "cannot"
        if unavailable is None and self._lacks(step, text):
            unavailable = "cannot"  # "No uso.", "None." at the e-mail: there is none (see `_absent`)
        elif unavailable is None and self._in_unspoken_language(step, text):
            # "llámeme mañana" on a call in English only: words of a language the flow does not speak are no
            # value (never the name "Llámeme Mañana"); the question is asked again in the call's language
            self.log.add("unspoken_language", step=step.name)
            await self._failed(step, Event("no_match", text=text), self._select(step, "no_match"))
            return
        elif unavailable is None and self._declines_required(step, text):
            # a bare "No" at a required free-text question ("¿Qué medicamento?"): no value to write down - the
            # question is asked again, never the text "No" read back and saved
            self.log.add("declined_required", step=step.name)
            await self._failed(step, Event("no_match", text=text), self._select(step, "no_match"))
            return
        aside = bool(unavailable) and self._about_another(step, text)
        if aside:
            unavailable = None  # "es una caja rentada, no traigo los papeles" at the arrival time
        if unavailable and (answer := self._answer_beside_another_none(step, text)) is not None:
            # "No manejo correo, soy Juan Pérez" at the name: the e-mail is what there is none of (its question
            # hears it when it comes); the name is this question's answer
            self.log.add("answer_beside_another_none", step=step.name)
            text, unavailable = answer, None
        if unavailable and not any(edge.skip for edge in step.candidates("exhausted")) \
                and self._listen_afresh(step, text).event == "filled":
            # "No email" at "Which detail is wrong?": a question nothing is put off at (no skip) hears the value the
            # turn gives (the e-mail is the wrong one), not a value out of reach
            unavailable = None
        if unavailable == "cannot" and any(edge.skip for edge in step.candidates("exhausted")):
            # "No me acuerdo", "no lo tengo a la mano", "voy sin caja": a value the flow may skip is skipped
            # now rather than asked again (a plate, an e-mail, a number or a time alike).
            self.log.add("cannot_give", step=step.name)
            self._absent(step, text)
            self.state.queue.append(Event("exhausted", text=text))
            return
        if self._goes_ahead(step, text):
            # "Quiero hablar con el jefe de patio, pero primero te doy mis datos" at "¿Tiene un par de minutos?": the
            # caller goes on with the call now - the go-ahead, whatever else he asks for after it
            self.log.add("goes_ahead", step=step.name)
            await self._heard(step, Heard("yes"), text)
            return
        ahead = self._value_before_asked(step, text)
        if ahead is not None:
            # "Ezequiel Montaño." at "¿Tiene un par de minutos?": the caller goes ahead - a yes, and the
            # value read back when its question comes
            slot, acc = ahead
            self.state.volunteered[slot] = acc
            self.log.add("volunteered", step=step.name, slot=slot)
            await self._heard(step, Heard("yes"), text)
            return
        if self._names_another_only(step, text) and self._free_reask(step):
            # "Sí, espera, no, el nombre" at the e-mail read-back: the caller means another value (fixed when he
            # says it, or at the summary) - this one is neither denied nor its words dictated; asked again, once
            self._ask_again(step, text, about_another=True)
            return
        late = self._late_correction(step, text)
        if late is not None:
            await self._revisit(step, late, text)
            return
        said_again = not unavailable and self._says_last_value_again(step, text)
        if said_again and self._free_reask(step):
            # "Sí." - "Mil veinte, sí." after tractor 1020 was read back, heard at the plates: the caller saying
            # the value once more, not the start of the plates (no failed attempt at this question). The question
            # says why it comes again (`event.value.said_again`: the slot whose value the turn was), so a caller
            # whose answer really is the same ("1234" as trailer number after plates XYK-1234) says it once more
            # knowing it is taken, rather than repeating it to a bare question
            last = self._last_value_before(step)
            self._ask_again(step, text, echo=True, said_again=last[0].name if last is not None else None)
            if said_again == "whole":
                self.state.said_again = (step.name, text)
            return
        if not unavailable and self._confirms_late(step, text) and self._free_reask(step):
            # "Así es.", "That's right." as the next question comes: the yes to the read-back, said late - no answer
            # to this question and no failed attempt at it; asked again, once
            self._ask_again(step, text, late_yes=True)
            return
        # Otherwise such a turn ("no me las sé de memoria, déjame ver") is never read as the value: its
        # words are an explanation, not characters.
        routed = self._route(step, text) if not unavailable else Routed(None)
        kept = dict(routed.kept)
        spelled = self._spelled_ahead(step, routed.own) if routed.own and not unavailable else {}
        if said_again == "other":
            # "Uno ocho cero cero." - "Sí, mil ochocientos." at the plates after trailer 1800: said again once
            # more, its free re-ask spent - a failed attempt (bounded), never the start of the plates. (A turn
            # this question hears whole - "Cinco uno siete." twice at the trailer number after plates GVD-517 -
            # is its answer the second time: a number it really is comes the same at the next try.)
            heard = Heard("no_match")
        elif spelled:
            # "De de Durango" at the name question: a character of the plates asked next, never a name
            heard = Heard("no_match")
            kept.update(spelled)
        elif routed.own is not None:
            heard = self._listen(step, routed.own)
            if heard.event == "filled" and self.state.day_said is not None and self.state.day_said[0] == step.name:
                heard = self._with_day_said(step, routed.own, heard)
        elif not unavailable and self._dictated(step):
            # A turn that only answers another question adds nothing to the value being dictated: like a
            # pause, it ends a dictation that was valid but could have gone on ("C A C uno dos").
            heard = self._listen(step, "")
        else:
            heard = Heard("no_match")
        if heard.event == "no_match" and routed.own and self._dictated(step) and self.state.acc is not None \
                and self.state.so_far() and starts_over(self.state.acc, routed.own):
            # "Mejor empiezo otra vez. Ele de León.": the caller starts the value over, with what follows
            heard = self._listen_afresh(step, routed.own)
        if heard.event == "no_match" and routed.own and self._dictated(step) and not kept \
                and self._denies_what_is_held(routed.own):
            await self._start_over_denied(step)
            return
        if heard.event == "no_match" and routed.own and not unavailable and not said_again:
            # No answer to this question, but exactly one to a question still to come ("doscientos catorce"
            # at the name, an e-mail address at the unit number, after "¡ya voy! perdón" said aside too):
            # kept for it, not a failed attempt.
            fit = self._fits_later(step, routed.own)
            kept.update(fit)
            if fit and self._dictated(step):
                heard = self._listen(step, "")
        if heard.event == "no_match" and not kept and routed.own and not unavailable \
                and self._echoes_last_value(step, routed.own) and self._free_reask(step):
            # "Ve de vaca." once more after the plates were confirmed: no failed attempt at this question
            self.state.echoed = (step.name, routed.own)
            self._ask_again(step, text, echo=True)
            return
        if heard.event == "no_match" and aside and not kept and self._free_reask(step):
            # "No traigo caja hoy." - "Voy en vacío." at the arrival time: said of the trailer, no answer to this
            # question yet no failed attempt at it either
            self._ask_again(step, text, about_another=True)
            return
        if heard.event == "no_match" and not kept and not routed.earlier and not unavailable \
                and (self._after_ask or self._answers_nothing_yet(step, text)
                     and (self._greets(step, text) or self._free_filler(step))):
            self._ask_again(step, text, acknowledged=True)
            return
        if heard.event == "no_match" and routed.own and not unavailable and self._no_hour(step, routed.own) \
                and self._free_filler(step):
            # "Mañana temprano", "depende del tráfico": when, but not the hour. Asked for the hour, no
            # attempt counted; what the turn gave other questions ("... y mi correo es ...") is kept.
            for slot, acc in kept.items():
                self.state.volunteered[slot] = acc
                self.log.add("volunteered", step=step.name, slot=slot)
            self.log.add("no_hour", step=step.name)
            self.state.day_said = (step.name, routed.own)
            self.state.event = Event("no_hour", text=text)
            self._say_prompt(step)
            return
        earlier = dict(routed.earlier)
        for slot, acc in kept.items():
            if slot in self.state.skipped and acc.complete and self._before(step, slot):
                # a value left for later, given now after all: read back like a correction
                earlier.setdefault(slot, acc)
                continue
            # "Y llego como a las cinco" at the plate question: kept for the arrival time, read back when
            # its turn comes; what the turn says for this value (if anything) is heard as usual.
            self.state.volunteered[slot] = acc
            self.log.add("volunteered", step=step.name, slot=slot)
        if earlier:
            # "Sí. Oye, el número del tractor era otro, es el 815": the caller goes back to a value
            # already confirmed. Read back once this turn's own answer is settled (now, when it has none).
            slot, acc = next(iter(earlier.items()))
            self.state.revisits[slot] = acc
            self.log.add("going_back", step=step.name, slot=slot)
            if heard.event == "no_match" and await self._go_back(step, text):
                return
        if heard.event == "no_match" and kept and not earlier and self._moved_on(step, kept):
            # "Sí, trece treinta" at 13:27, then at the read-back of 13:30 the e-mail: the caller said yes to
            # the value they gave and went on to the next question; the value stands, the other is kept.
            self.log.add("moved_on", step=step.name, slot=step.slot, held=sorted(kept))
            heard = Heard("yes")
        elif heard.event == "no_match" and (kept or earlier):
            if self._free_reask(step):
                # The turn answered other questions only: this one is asked again, once, as a question not
                # yet answered rather than a failed attempt.
                self._ask_again(step, text, held=sorted(kept))
                return
            if kept and step.listen in ("slot", "char") and not self.state.so_far() \
                    and any(edge.skip for edge in step.candidates("exhausted")):
                # Asked again, the caller still answers what comes next: this value is left for later
                # (asked once more at the end) and the call goes on where the caller is.
                self.log.add("left_for_later", step=step.name, held=sorted(kept))
                self.state.queue.append(Event("exhausted", text=text))
                return
        if step.listen == "confirm":
            yes_with_value = heard.event == "corrected" and heard.value is not None and step.slot \
                and understanding.classify_yes_no(text, self.locale).answer == "yes"
            self.state.affirmed = (step.slot or "", heard.value) if yes_with_value else None
        if self._dictated(step):
            # "Mejor empiezo otra vez. Ele de León.": the caller starts the value over on purpose, even
            # with the same first character; that is no restatement
            anew = heard.event == "partial" and self.state.acc is not None and bool(routed.own) \
                and starts_over(self.state.acc, routed.own or "")
            heard = self._dictation_turn(step, heard, anew=anew)
        await self._heard(step, heard, text)

    def _rebuilt(self, step: Step, value: Any) -> Accumulator | None:
        """The value of an earlier call built again by its slot type, as if the caller had said it: its read-back
        then takes what a read-back of a value said in this call takes ("no, la segunda es ene, no eme", "ciento
        veintidós" for the plate's digits alone). None when the type does not build that very value from it."""
        if not isinstance(value, str):
            return None
        slot = self.flow.slots[step.slot or ""]
        acc = self._new_accumulator(slot)
        acc.feed(value)
        if not acc.complete or acc.value != value:
            return None
        if getattr(acc, "said", None) is not None:
            acc.said = None  # not the caller's words (a time would be read back on the 24-hour dial)
        return acc

    def _recalled(self, step: Step) -> bool:
        """Whether `step` reads back a value the earlier call heard, not one said in this call."""
        return step.listen == "confirm" and step.slot is not None and self.state.recalled == step.slot \
            and self.state.pending is not None

    def _lacks(self, step: Step, text: str) -> bool:
        """Whether `text`, at the question for a value a caller may have none of (`SlotType.may_lack`: an
        e-mail), says the caller has none ("No tengo.", "I don't have one.")."""
        slot = self.flow.slots.get(step.slot or "")
        if step.listen not in ("slot", "char") or slot is None:
            return False
        kind = self.assets.slot_types.of(slot)
        if kind.may_lack and understanding.has_none(text, self.locale):
            return True
        # "No, ninguno" declines only a value the flow lets the caller leave out (`required: false`, a comment): at
        # a required one ("¿Instrucciones para el repartidor?" asked until given) a bare "no" settles nothing
        return not slot.required and kind.says_none(text, self.locale)

    def _in_unspoken_language(self, step: Step, text: str) -> bool:
        """Whether `text`, at a value's question, is said in a language the flow does not speak: it asks something
        in that language's words (an intent: "llámeme mañana", "no puedo hablar") or is clearly spoken in it, and
        holds a word the call's language has no use for."""
        if step.listen not in ("slot", "char") or not step.slot:
            return False
        spoken = understanding.locales_by_language(self.flow.locales)
        current = understanding.language_of(self.locale)
        others = [lang for lang in understanding.language.MARKERS if lang not in spoken and lang != current]
        if current not in spoken or not others:
            return False
        for other in others:
            locale = understanding.language.LOCALE_OF[other]
            if understanding.language.spoken_language(text, (current, other)) == other:
                return True
            if understanding.detect_intent(text, locale) is not None \
                    and understanding.language.has_foreign_word(text, current, other):
                return True
        return False

    def _declines_required(self, step: Step, text: str) -> bool:
        """Whether `text` only declines ("No.", "Nope, nothing") at the question for a required value whose type
        reads a decline in its own words (`SlotType.none_fn`: free text)."""
        slot = self.flow.slots.get(step.slot or "")
        return step.listen == "slot" and slot is not None and slot.required \
            and self.assets.slot_types.of(slot).says_none(text, self.locale)

    def _absent(self, step: Step, text: str) -> None:
        """"No traigo caja" at the trailer number: the thing is not there, so the values of it that follow
        in the collect (its plates) are left too, and neither is asked again in this call (they stay
        missing in the record, for the callback)."""
        thing = absent_thing(text)
        group = self.compiled.groups.get(step.origin, ())
        names = self.assets.slot_names(self.locale)
        if step.slot in group and self._lacks(step, text):
            # "No tengo." at the e-mail question: the caller has none (settled: "Sin correo"), not one out of
            # reach - at the plates question the same words only put the value off
            self.state.retried.add(step.slot or "")
            self.state.absent.add(step.slot or "")
            return
        if thing is None or step.slot not in group or thing not in names.get(step.slot or "", frozenset()):
            return
        self.state.retried.add(step.slot or "")
        self.state.absent.add(step.slot or "")  # templates may say so ("Sin caja"), not "pendiente"
        for slot in reversed(group[: group.index(step.slot or "")]):
            # the values of it left for later before ("no lo tengo a la mano" at the trailer number)
            if slot not in self.state.skipped or thing not in names.get(slot, frozenset()):
                break
            self.state.retried.add(slot)
            self.state.absent.add(slot)
        for slot in group[group.index(step.slot or "") + 1:]:
            if slot in self.state.slots or thing not in names.get(slot, frozenset()):
                break
            self.state.absent.add(slot)
            self.state.skipped.add(slot)
            self.state.retried.add(slot)
            self.state.volunteered.pop(slot, None)
            self.log.add("skipped", slot=slot, absent=thing)

    async def _none_of(self, step: Step, edge: Edge) -> None:
        """An intent handled with `then: absent` at a value's question ("yo todo por WhatsApp" at the e-mail): the
        caller has none of the value asked, as when "no tengo" is said there - settled (`absent`: "Sin correo", not
        "pendiente"), not asked again in this call, and the collect goes on with its next value. Whatever was heard
        of the value so far (a piece dictated, one read back, one kept from another question) is dropped: the
        turn's words are not the value."""
        slot = step.slot or ""
        self.log.add("absent_by_intent", step=step.name, slot=slot, intent=edge.intent)
        self.state.forget_value()
        self.state.acc, self.state.denied, self.state.kept = None, None, None
        for held in (self.state.unconfirmed, self.state.volunteered, self.state.dictations, self.state.attempts):
            held.pop(slot, None)
        self.state.skipped.discard(slot)
        self.state.retried.add(slot)
        self.state.absent.add(slot)
        # the slot's question, entered again, passes a value that is absent by (`skip`) to the next one
        await self._enter(self.compiled.steps[step_name(step.origin, slot, "ask")], step, entering=False)

    def present_after_all(self, slot: str) -> None:
        """A value of a thing said not to be there ("no traigo caja") is given after all, or the flow clears
        it to ask for it again (the driver corrects "Sin caja" at the summary, or has a trailer on the
        callback): the thing is there, so neither it nor the values said absent with it (the run of absent
        values around it in its collect: the trailer's plates) are settled any more. Those not given are
        missing again: asked in their turn when the collect is entered again, else (the collect under way
        may be past them) once more before it is left."""
        if slot not in self.state.absent:
            return
        together: set[str] = {slot}
        behind: set[str] = set()
        for origin, group in self.compiled.groups.items():
            if slot not in group:
                continue
            at = group.index(slot)
            for run in (group[at + 1:], tuple(reversed(group[:at]))):
                for name in run:
                    if name not in self.state.absent:
                        break
                    together.add(name)
                    if self.state.step.origin == origin:
                        behind.add(name)
        for name in together:
            self.state.absent.discard(name)
            self.state.retried.discard(name)
            if name in behind and name not in self.state.slots:
                self.state.skipped.add(name)
            else:
                self.state.skipped.discard(name)
        self.log.add("present_after_all", slot=slot, cleared=sorted(together))

    def _with_day_said(self, step: Step, text: str, heard: Heard) -> Heard:
        """The time heard in `text` read with the part of the day the caller said before the hour was asked for
        ("Llego mañana temprano." - "Como a las seis.": 06:00, not 18:00); the turn's own part of the day wins
        ("a las seis de la tarde" stays 18:00). Used once."""
        assert self.state.day_said is not None
        before, self.state.day_said = self.state.day_said[1], None
        if day_part_said(text, self.locale) is not None or not part_of_day_said(before, self.locale):
            # the hour said with its own part of the day ("Llego en la noche." - "A las diez de la mañana.",
            # "tonight" - "ten AM"): that one is meant, never the one said before (22:00 for 10:00); and a turn
            # that named a day but no part of it ("Mañana." - "A las cinco.") says nothing of the hour (5 PM, not
            # 5 in the small hours)
            return heard
        together = self._listen_afresh(step, f"{text}, {before}")
        return together if together.event == "filled" and together.value != heard.value else heard

    def _no_hour(self, step: Step, text: str) -> bool:
        """At a question for a time ("¿a qué hora calcula llegar?"), a turn that says when without the
        hour ("mañana temprano"), or promises the time later ("al rato te digo la hora", "yo me comunico contigo
        para darte la hora", "I'll get back to you on the time"): asked for it roughly, as a human would."""
        slot = self.flow.slots.get(step.slot) if step.slot else None
        return slot is not None and step.listen == "slot" and self.assets.slot_types.needs_clock(slot) \
            and (understanding.time_without_hour(text, self.locale)
                 or understanding.promises_value_later(text, self.locale))

    def _value_before_asked(self, step: Step, text: str) -> tuple[str, Accumulator] | None:
        """At a yes/no question whose yes leads into a collect ("¿Tiene un par de minutos?"), a turn that
        plainly gives the value of its first question still open, with or without a yes ("Ezequiel
        Montaño.", "sí, soy Juan Pérez", "yes, this is Bart Simpson"): that slot and its value, else None.
        Only a slot type that can tell such a turn from any other (its `outright_fn`: a name) takes it."""
        if step.listen != "yes_no" or not self._yes_may_collect(step):
            # first, as neither asks anything of the turn: classifying every turn of every question (and the
            # answer at the summary, whose yes enters no collect) cost each turn dearly
            return None
        answer = understanding.classify_yes_no(text, self.locale).answer
        if answer == "no":
            return None
        target, group = self._collect_after_yes(step)
        slot = next((name for name in group if name not in self.state.slots and name not in self.state.skipped), None)
        if slot is None or slot in self.state.volunteered:
            return None
        declared = self.flow.slots[slot]
        outright = self.assets.slot_types.of(declared).outright_fn
        value = outright(text, self.locale) if outright is not None else None
        if not value and answer == "yes" and len(text.split()) <= 3 and not any(ch.isdigit() for ch in text):
            # a short yes with no digit ("sí, claro", "sí, cómo no") dictates no value: trying every spellable
            # type on it cost each call's first turn more than its other turns together
            return None
        if not value:
            # "S de Sapo, A de Ángel, guión, uno, tres, siete, nueve" at "¿Tiene un par de minutos?": a value of the
            # collect plainly dictated in characters (never a bare number: "cinco" may be the minutes he has) -
            # the caller goes ahead too, and the value is read back when its question comes
            first = self.compiled.steps.get(step_name(target.origin, slot, "ask")) if target is not None else None
            types = self.assets.slot_types
            spellable = {name for name in group if name not in self.state.slots and name not in self.state.skipped
                         and name not in self.state.volunteered and types.of(self.flow.slots[name]).spellable}

            def start(name: str) -> Accumulator:
                return self._new_accumulator(self.flow.slots[name])

            kept = fits_later(self.flow, first, text, self.locale, list(group), spellable, start, types) \
                if first is not None and spellable else {}
            return next(iter(kept.items())) if len(kept) == 1 else None
        acc = self._new_accumulator(declared)
        fed = understanding.types.feed(acc, str(value))
        return (slot, fed.state) if fed.state.complete and fed.state.value is not None else None

    def _goes_ahead(self, step: Step, text: str) -> bool:
        """At a yes/no question whose yes leads into a collect ("¿Tiene un par de minutos?"), a turn with no
        "no" that goes on with the call now ("primero te doy mis datos": `understanding.goes_ahead`)."""
        if step.listen != "yes_no" or not understanding.goes_ahead(text, self.locale) \
                or understanding.classify_yes_no(text, self.locale).answer == "no":
            return False
        return bool(self._collect_after_yes(step)[1])

    def _yes_may_collect(self, step: Step) -> bool:
        """Whether any of `step`'s yes edges enters a collect (`_collect_after_yes`, before a condition is weighed)."""
        return any(self.compiled.groups.get(target.origin) for edge in step.candidates("yes")
                   if (target := self.compiled.steps.get(edge.dest)) is not None)

    def _collect_after_yes(self, step: Step) -> tuple[Step | None, tuple[str, ...]]:
        """Where a yes at `step` leads, and the slots of the collect it enters there (none when it enters none)."""
        edge = self._select(step, "yes")
        target = self.compiled.steps.get(edge.dest) if edge is not None else None
        return target, self.compiled.groups.get(target.origin, ()) if target is not None else ()

    def _later_not_now(self, step: Step, heard: Heard | None, text: str) -> bool:
        """At a yes/no question whose "no" offers a callback (`offers_callback_on_no`), a callback asked for naming
        no time ("llámame más tarde"; "después de la descarga" names one) or a turn that says nothing but "later"
        ("luego", "we're good here, later": a goodbye elsewhere)."""
        if not offers_callback_on_no(self.compiled, step) or self._select(step, "no") is None:
            return False
        if heard is not None and heard.event == "reschedule":
            # the caller's own callback ("sí, y te marco") is no question of when Daisy calls: taken as said
            return heard.minutes is None and not understanding.names_when(text, self.locale) \
                and not understanding.caller_calls_back(text, self.locale)
        # ... or the data promised later ("al rato te doy mis datos"): not now either
        return (heard is None or heard.event == "end_call") and understanding.says_later(text, self.locale) \
            or heard is None and understanding.promises_value_later(text, self.locale)

    def _yes_then_later(self, step: Step, heard: Heard | None, text: str) -> bool:
        """At a yes/no question whose "no" offers no callback, a yes and then nothing but "later" or a farewell
        ("sí, luego", "yeah, thanks, later", "sí, gracias, adiós", "sí, gracias, bendiciones, jefa" at "¿todo está
        correcto?"): the yes, said by one who takes leave - the flow goes where the yes leads (the summary's yes
        saves the record and ends the call with its own goodbye), never ends at once and loses the answer. So with
        a call of the caller's own said after the yes ("sí, le marco a las cinco", "yes, I'll call you tomorrow"):
        a remark of one who is done, no callback of Daisy's to book."""
        if heard is None or step.listen != "yes_no" or self._select(step, "yes") is None:
            return False
        if offers_callback_on_no(self.compiled, step):
            # "Sí, que esté bien", "yes, God bless" at "¿tiene un par de minutos?": a yes and a courtesy, no goodbye
            # said outright (as at a read-back: `thanks_after_yes`) - the caller has the time, the call goes on
            return heard.event == "end_call" and thanks_after_yes(text, self.locale) \
                and understanding.classify_yes_no(text, self.locale).answer == "yes"
        if heard.event == "reschedule":
            leaving = heard.minutes is None and understanding.says_later(text, self.locale) \
                or understanding.caller_calls_back(text, self.locale)
        else:
            leaving = heard.event == "end_call"
        return leaving and understanding.classify_yes_no(text, self.locale).answer == "yes"

    def _yes_over_intent(self, step: Step, heard: Heard, text: str) -> bool:
        """At a yes/no question or a read-back, a yes said apart before an intent handled in place (a complaint, a
        remark off the subject) that is the whole turn's intent (see `precedence.yes_apart`)."""
        edge = self._select(step, heard.event)
        # at a read-back, an intent that says there is none of the value (`then: absent`: "sí, y también por
        # WhatsApp" at the e-mail read back) is outweighed by the yes to it, as one handled in place is: the value is
        # there, and confirmed
        reads_back = step.listen == "confirm"
        if edge is None or not (edge.resume or reads_back and edge.absent) or heard.event == "repeat" \
                or self._select(step, "yes") is None:
            return False
        if step.listen == "confirm" and (self.state.pending is None or self.state.unheard
                                         or not any(e.effect == "accept" for e in step.candidates("yes"))):
            return False

        def intent_in(words: str) -> str | None:
            found = self._intent(step, words)
            if found is None and self._select(step, "off_topic") is not None \
                    and understanding.asked_about(words, self.locale) == "money":
                return "off_topic"  # "Sí, oye, ¿ya me cayó el depósito?": money, answered off the subject (`_hear`)
            return found.event if found is not None and self._select(step, found.event) is not None else None

        def in_place(intent: str) -> bool:
            other = self._select(step, intent)
            return other is not None and (other.resume or reads_back and other.absent)

        return yes_apart(step, text, self.locale, intent_in=intent_in, in_place=in_place)

    def _not_at_hand_first(self, step: Step, heard: Heard, text: str) -> bool:
        """Whether a turn that says the value asked is not at hand ("no las tengo, ...") outweighs the intent
        heard in it: one only sounded like (not said in the words of its phrases) that would only ask the
        question again (`then: return`: a complaint, small talk). Intents said in so many words, and
        those that take the call elsewhere (a callback, a person), still win."""
        if heard.score >= 1.0 or step.listen not in ("slot", "char"):
            return False
        edge = self._select(step, heard.event)
        if edge is None or not edge.resume:
            return False
        return understanding.unavailable(text, self.locale) == "cannot" and not self._about_another(step, text)

    def _only_promised(self, step: Step, text: str) -> bool:
        """Whether every clause of the turn either promises the value later or gives nothing of it ("luego se lo
        mando", "ahorita no, después se lo doy"): never "al rato te lo paso, es juan punto pérez" (the value begun)."""
        return all(understanding.promises_value_later(clause, self.locale)
                   or self._listen_afresh(step, clause).event == "no_match"
                   for clause in split_clauses(text) if clause.strip(" .,;:!?¿¡…"))

    def _asks_a_time(self, step: Step) -> bool:
        slot = self.flow.slots.get(step.slot) if step.slot else None
        return slot is not None and self.assets.slot_types.of(slot).needs_clock

    def _greets(self, step: Step, text: str) -> bool:
        """A greeting, a go-ahead or a hold at a question of which nothing was heard yet ("Hola, buenas
        tardes", "espérame tantito"): never counted, however often (the limits' idle turns bound it)."""
        return step.listen == "slot" and not self.state.so_far() \
            and (understanding.only_acknowledges(text, self.locale) or understanding.talks_aside(text, self.locale))

    def _free_filler(self, step: Step) -> bool:
        """Other turns that answer nothing yet ("mmm", "ya, aquí estoy", "sí" between pieces) cost no
        attempt `FREE_FILLERS` times per value; said again and again they count like any turn not
        understood, so the value is still given up on (and the call goes on) in bounded turns."""
        key = self.state.attempt_key(step)
        count = self.state.fillers.get(key, 0)
        if count >= FREE_FILLERS:
            return False
        self.state.fillers[key] = count + 1
        return True

    def _before(self, step: Step, slot: str) -> bool:
        """Whether `slot` comes before `step`'s own in its collect."""
        group = self.compiled.groups.get(step.origin, ())
        return slot in group and step.slot in group and group.index(slot) < group.index(step.slot or "")

    def _spelled_ahead(self, step: Step, text: str) -> dict[str, Accumulator]:
        """At a question for a value that is not dictated (a name, a number), a turn that plainly spells
        characters ("pe de Puebla") and begins the value dictated next: that value."""
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None or step.listen not in ("slot", "confirm") or self.assets.slot_types.of(slot).spellable \
                or not spells_characters(text, self.locale):
            return {}
        if step.listen == "confirm" and self.state.acc is not None \
                and slot_types.edit(self.state.acc, text) is not None:
            return {}  # "es de noche" at "7 de la mañana": a correction of the value read back, not "N de noche"
        return self._fits_later(step, text)

    def _listen_afresh(self, step: Step, text: str) -> Heard:
        """The turn heard against the value started over (a new state, nothing collected)."""
        fresh = fresh_copy(self.state.acc) if self.state.acc is not None else self._accumulator(step)
        heard = self._hearing(step, fresh, text, keep=True)
        return heard if heard.event in ("partial", "filled") else Heard("no_match")

    def _hearing(self, step: Step, acc: Accumulator, text: str, keep: bool = False) -> Heard:
        """The turn heard against `acc` (`hear_char` at a question dictated a character at a time, else `hear_slot`),
        once in a turn: at the first question after a value, the check for that value said again hears the turn as
        this question's answer (`_says_last_value_again`, through `_listen_afresh`, which `keep`s its hearing), and
        `_listen` hears the same words against the same accumulator next - as dear as a turn. A hearing leaves `acc`
        as it was (it feeds a copy), so the same `acc` object, holding what it held, and the same words hear the
        same; the memo lives only while `_hear` hears the turn."""
        memo = self._hearings
        key = (step.listen, id(acc), text, self.locale)
        held = memo.get(key) if memo else None
        if held is not None and held[0] is acc and held[1] == (acc.so_far(), acc.complete):
            return held[2]
        heard = hear_char(acc, text, self.locale) if step.listen == "char" else hear_slot(acc, text)
        if keep and memo is not None:
            memo[key] = (acc, (acc.so_far(), acc.complete), heard)  # `acc` held: its id is its own while kept
        return heard

    def _ask_again(self, step: Step, text: str, **detail: Any) -> None:
        """The question is asked again as one not yet answered (no failed attempt counted): logged as a repeat,
        with why (`detail`)."""
        self.log.add("intent", step=step.name, intent="repeat", **detail)
        self.state.reask = True
        said_again = detail.get("said_again")
        # (`event.value` of the question asked again: {"said_again": slot} when the turn was that slot's value)
        self.state.queue.append(Event("repeat", text=text, intent="repeat",
                                      value={"said_again": said_again} if said_again else None))

    def _free_reask(self, step: Step) -> bool:
        """Once per value: a question whose turn answered only other questions is asked again without
        counting a failed attempt (bounded: the second time it counts)."""
        key = self.state.attempt_key(step)
        if key in self.state.reasked or self._select(step, "repeat") is None:
            return False
        self.state.reasked.add(key)
        return True

    def _moved_on(self, step: Step, kept: dict[str, Accumulator]) -> bool:
        """At the read-back of a value the caller gave with a yes (see `CallState.affirmed`), the turn gives
        only a whole value for a later question, of another type (it cannot be this value said again)."""
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if step.listen != "confirm" or slot is None or self.state.affirmed != (step.slot, self.state.pending):
            return False
        return all(acc.complete and self.flow.slots[name].type != slot.type for name, acc in kept.items())

    def _fits_later(self, step: Step, text: str) -> dict[str, Accumulator]:
        if step.listen not in ("slot", "char", "confirm") or not step.slot:
            return {}
        group = list(self.compiled.groups.get(step.origin, ()))
        begun = {slot: acc for slot, acc in self.state.volunteered.items() if not acc.complete}
        still_open = {slot for slot in group if slot not in self.state.slots
                      and (slot not in self.state.volunteered or slot in begun)}

        def start(slot: str) -> Accumulator:
            if slot in begun:
                return copy.deepcopy(begun[slot])  # "pe de Puebla", then "ce de Culiacán": the plate goes on
            declared = self.flow.slots[slot]
            return self._new_accumulator(declared)

        later = fits_later(self.flow, step, text, self.locale, group, still_open, start, self.assets.slot_types)
        if later and all(not acc.complete for acc in later.values()) and self._echoes_last_value(step, text):
            return {}  # (a whole value, "equis ye zeta arroba gmail punto com", is that value whatever it spells)
        echoed = self.state.echoed
        if later and echoed is not None and echoed[0] == step.name \
                and not any(slot in self.state.volunteered for slot in later):
            # "A de árbol" taken as said again, then "equis de xilófono": the trailer plates began with the A
            joined = fits_later(self.flow, step, f"{echoed[1]} {text}", self.locale, group, still_open, start,
                                self.assets.slot_types)
            if joined.keys() == later.keys():
                return joined
        return later

    def _echoes_last_value(self, step: Step, text: str) -> bool:
        """At the first try of the question after a value dictated in characters was confirmed, a turn that
        only spells characters that value holds ("eso. Ve de vaca." after L M V 3 0 8, the V just put right)
        is the caller saying it once more, not the start of a value still to come."""
        last = self._last_value_before(step)
        if last is None or not self.assets.slot_types.of(last[0]).spellable:
            return False  # (at the summary, "Anguiano con ge u i" is a remark on the values read back)
        declared, value = last
        said = _characters(slot_types.feed(self._new_accumulator(declared), text).state.so_far())
        return bool(said) and said in _characters(value)

    def _last_value_before(self, step: Step) -> tuple[Slot, str] | None:
        """The value confirmed last (its slot and words), at the first try of a value question after it: what a
        turn there may only be saying again (`_echoes_last_value`, `_says_last_value_again`)."""
        if step.slot is None or step.listen not in ("slot", "char") or not self.state.slots \
                or self.state.attempts_at(step):
            return None
        last, value = next(reversed(self.state.slots.items()))
        declared = self.flow.slots.get(last)
        if declared is None or not isinstance(value, str):
            return None
        return declared, value

    def _names_another_only(self, step: Step, text: str) -> bool:
        """At a read-back, a turn that names another value of the collect by its own words and gives nothing of any
        ("sí, espera, no, el nombre", "no, the name's wrong" at the e-mail): about that value, not this one."""
        group = list(self.compiled.groups.get(step.origin, ()))
        if step.listen != "confirm" or step.slot is None or len(group) < 2 or understanding.spells_something(text):
            return False
        if missing_unsaid(text, self.locale) is not None:
            # "No, falta una letra", "Le falta un número": a part of this value said missing (which and where come
            # next, see `hear_char`), even where another question's prompt has the word ("Todavía nos falta su hora")
            return False
        # only a value already given: "no, la caja" at the tractor's number (the trailer not asked yet) says the
        # number read back is the trailer's - a "no" to this value, asked again as before
        given = [name for name in group if name == step.slot or name in self.state.slots]
        if understanding.classify_yes_no(text, self.locale).answer == "yes" \
                or not names_another_alone(step.slot, text, given, self.assets.slot_names(self.locale)):
            return False
        fixed = slot_types.edit(self._accumulator(step), text)
        if fixed is not None and fixed.so_far():
            # "the last a is an e" at anna@, "no, es con ese al final" at Luiz: a fix of this value, whatever other
            # question's words it holds ("last" of "last name", "final" of "al final oprimir gato")
            return False
        routed = self._route(step, text)
        return not routed.earlier and not routed.kept

    def _confirms_late(self, step: Step, text: str) -> bool:
        """At the first try of the question after a value was confirmed, a turn that is only a yes ("Así es.",
        "Eso.", "Correcto, sí", "That's right.", "Yep, that's it"): the read-back's answer said again, late. A turn
        this question hears anything of is its answer ("Sí, la 412"), and one with a value for another question
        ("¡Que sí, ya voy! Perdón. Es jota ce olvera setenta y siete arroba gmail punto com." at the arrival time)
        is that value, kept for its question."""
        if self._last_value_before(step) is None or self.state.so_far():
            return False
        # this question's own hearing first (shared with the check for a value said again): a turn it hears is its
        # answer, and a value's question never reads a turn as a yes/no at a cost on every turn
        if self._listen_afresh(step, text).event != "no_match" \
                or understanding.classify_yes_no(text, self.locale).answer != "yes" \
                or understanding.spells_something(text):
            return False
        routed = self._route(step, text)
        return not routed.earlier and not routed.kept and not (routed.own and self._fits_later(step, routed.own))

    def _says_last_value_again(self, step: Step, text: str) -> Literal["whole", "other"] | None:
        """At the first try of the question after a value was confirmed, a turn that is that whole value once more,
        in any wording ("Cuatro doce." after tractor 412, "Nueve en punto." after 21:00), at a question of another
        type: the caller saying it again as the next question comes, not that question's answer (plate
        characters 4 1 2, an e-mail "9 en punto"). A turn this question hears whole is its answer, but for the
        value's own characters said alone ("Cinco uno siete." at the trailer number after plates GVD-517):
        "whole" then, "other" for a turn this question does not hear whole, None for no value said again."""
        last = self._last_value_before(step)
        if last is None or (self.state.acc_slot == step.slot and self.state.so_far()):
            return None
        declared, value = last
        own = self.flow.slots.get(step.slot or "")
        if own is None or declared.type == own.type or not value:
            return None
        # this question's own hearing first: on most turns it is the answer (filled), and the other type's
        # hearing - as dear as a turn's - is never needed
        own_heard = self._listen_afresh(step, text)
        if own_heard.event == "filled" and self._says_digits_of_last_again(declared, value, own_heard, text):
            return "whole"
        again = hear_slot(self._new_accumulator(declared, read_back=value), text)
        if again.event != "filled" or str(again.value) != value:
            return None
        if own_heard.event == "filled":
            # "B V zero four six one." at the trailer number after plates BV-0461: the whole plate said again,
            # the number this question reads out of it only its digits
            return "whole" if len(_characters(value)) > len(_characters(str(own_heard.value))) else None
        # "A be ce cuatro uno dos." at the plates after tractor 412: the number read out of the turn is the
        # tractor's, yet the turn holds characters beyond it - the plates, whose digits are the unit number's
        held = _characters(own_heard.accumulator.so_far()) if own_heard.accumulator is not None else ""
        # (a value written otherwise, a time "21:00", is no run of characters to hold the turn's against)
        written_in_characters = all(ch.isalnum() or ch == "-" for ch in value)
        said = not held or not written_in_characters or held in _characters(value)
        return "other" if said else None

    def _says_digits_of_last_again(self, declared: Slot, value: str, heard: Heard, text: str) -> bool:
        """Whether a number this question hears whole is the number of the value just confirmed, dictated in
        characters, said once more ("Cinco uno siete, pues." at the trailer's number after plates GVD-517): the
        caller still on the plates as the next question comes. Only a number said alone (a yes or "pues"
        besides): "la caja es la 517" names what it is of. Asked again once, a number said again is the answer."""
        if not self.assets.slot_types.of(declared).spellable or not any(ch.isalpha() for ch in value):
            return False
        digits = "".join(ch for ch in value if ch.isdigit())
        return len(digits) > 1 and str(heard.value) == digits and understanding.number_alone(text, self.locale)

    async def _go_back(self, step: Step, text: str) -> bool:
        """Read back now a value the caller went back to (see `Routed.earlier`); what was being asked or
        read back here is kept, to come back to. False when there is nothing to go back to."""
        late = self._next_revisit(step)
        if late is None:
            return False
        acc = self.state.acc
        if step.slot and acc is not None and acc.so_far() and self.state.acc_slot == step.slot \
                and step.slot not in self.state.slots:
            # what was heard of this value waits for its turn again (read back, or dictated on from there)
            self.state.volunteered[step.slot] = copy.deepcopy(acc)
        await self._revisit(step, late, text)
        return True

    def _next_revisit(self, step: Step) -> tuple[Step, Heard] | None:
        """The read-back step and value of the first value the caller went back to, in `step`'s collect."""
        for slot in list(self.state.revisits):
            acc = self.state.revisits.pop(slot)
            confirm = self.compiled.steps.get(step_name(step.origin, slot, "confirm"))
            if confirm is not None and slot in self.compiled.groups.get(step.origin, ()):
                return confirm, Heard("filled", acc.value, accumulator=acc)
        return None

    def _intent(self, step: Step, text: str) -> Heard | None:
        """An intent the step has an edge for in `text` (see `listening.hear_intent`), told the question asked.
        None when the turn is only words the flow lists for the choice asked: they are that answer."""
        slot = self.flow.slots.get(step.slot) if step.slot and step.listen == "slot" else None
        if slot is not None and self.assets.slot_types.of(slot).name == "choice" \
                and understanding.only_a_choice(text, self.locale, slot.options()):
            return None
        if step.listen in ("slot", "char") and self.state.so_far() and understanding.letter_after_announced(
                text, self._caller_before(), understanding.language_of(self.locale)):
            return None  # "A B" - "y la" - "Y.": the letter announced, never "¿Y?" (say that again)
        return hear_intent(self.flow, step, text, self.locale, self.assets.intent_phrases, self._local_now(),
                           self._calling_hours(), asks_about_calling_back(self.compiled, step),
                           outbound=self.outbound,
                           question=dataclasses.replace(open_question(self.flow, step, self.assets.slot_types),
                                                        offers_callback=offers_callback(self.compiled, step)),
                           hinted=self.state.hinted)

    def _caller_before(self) -> str:
        """What the caller said the turn before this one ("" at the first)."""
        said = [line["text"] for line in self.log.transcript if line["role"] == "caller"]
        return said[-2] if len(said) >= 2 else ""

    def _intent_in_its_language(self, step: Step, text: str) -> Heard | None:
        """The intent of a turn with no word of the call's language that did not switch it, heard in the flow's
        other language when the call's own hears none: "okay thank you, have a good one" on a Spanish call, "ok
        gracias, adiós" on an English one take leave, and the goodbye is said in the call's language."""
        locales = understanding.locales_by_language(self.flow.locales)
        current = understanding.language_of(self.locale)
        if len(locales) < 2 or current not in locales or understanding.language.has_words_of(text, current):
            return None
        if step.listen in ("slot", "char") and self.state.so_far() \
                and understanding.one_letter_said(text, current):  # type: ignore[arg-type]
            # "X." - "Y." - "Z." dictated on an English call: the letter Y, never the Spanish "¿Y?" (go on)
            return None
        for lang, locale in locales.items():
            if lang == current:
                continue
            heard = hear_intent(self.flow, step, text, locale, self.assets.intent_phrases, self._local_now(),
                                self._calling_hours(), asks_about_calling_back(self.compiled, step),
                                outbound=self.outbound, question=open_question(self.flow, step, self.assets.slot_types),
                                hinted=self.state.hinted)
            if heard is not None and self._select(step, heard.event) is not None:
                self.log.add("intent_in_its_language", step=step.name, intent=heard.event, locale=locale)
                return heard
        return None

    async def _respond_in_place(self, step: Step, heard: Heard, text: str, *, absent_too: bool = False) -> bool:
        """What an intent handled in place (`then: return`) says and does, without asking the question again:
        the answer said beside it comes next ("Lamento la molestia, ya dejé su queja registrada" - "Llegada a las
        5, ¿correcto?"). `absent_too`: one handled with `then: absent` as well, its say and actions only (a yes
        to the value read back said it is there). False when its actions ended the call."""
        edge = self._select(step, heard.event)
        if edge is None or not (edge.resume or absent_too and edge.absent) or not (edge.say or edge.actions):
            return True
        # what a remark off the subject asks, for the flow to answer in its own words ("¿ya me cayó el depósito?")
        topic = understanding.asked_about(text, self.locale) if heard.event == "off_topic" else None
        self.state.event = Event(heard.event, text=text, intent=heard.event, value=topic)
        self._log_edge(step, edge, step)
        if edge.say:
            self._say(edge.say)
        return await self.actions.run(self, edge.actions) and self.state.ending is None

    def _answer_over_intent(self, step: Step, heard: Heard, text: str) -> str | None:
        """The words of the turn that answer the question and outweigh the intent heard in it (see
        `precedence`), else None."""
        edge = self._select(step, heard.event)
        if edge is None or not gives_way(heard.event, edge, text, self.locale):
            return None

        heard_in: dict[str, str | None] = {}  # each part is tried on both sides of several cuts: heard once

        def intent_in(words: str) -> str | None:
            if words not in heard_in:
                found = self._intent(step, words)
                heard_in[words] = found.event if found is not None and self._select(step, found.event) is not None \
                    else None
            return heard_in[words]

        def yields(intent: str, words: str) -> bool:
            other = self._select(step, intent)
            return other is not None and gives_way(intent, other, words, self.locale)

        moves = not edge.resume  # an intent that would move the call, only hinted at

        def fits(words: str) -> bool:
            slot = self.flow.slots[step.slot or ""]
            fresh = self._new_accumulator(slot)
            alone = hear_slot(fresh, words).event
            if step.listen == "confirm" or moves:
                # at a read-back, a whole value said anew ("... es la 4512"); a fix of the value read back
                # beside an intent ("va con ene normal, el correo no agarra la eñe") is no plain answer. Beside a
                # callback or a person hinted at, only a whole value: a piece of one ("Voy manejando. En media
                # hora." at the e-mail question) is the rest of the request, not a start of the answer
                heard = alone == "filled"
            else:
                # a piece of a value only goes on with one being dictated, or is plainly dictated itself ("Sorry, you
                # cut out. 452" at the plates): free words beside a complaint ("Eres pito, pendejo" at the e-mail
                # question) start no address
                begun = self.state.acc is not None and self.state.acc_slot == step.slot \
                    and bool(self.state.acc.so_far())
                heard = alone == "filled" or ((begun or (self._dictated(step) and understanding.dictates(
                    words, self.locale))) and self._listen(step, words).event in ("filled", "partial"))
            if not heard:
                return False
            kind = self.assets.slot_types.of(slot)
            if kind.needs_clock:
                # a time heard at the question for a time is its answer, unless it is a number given before, said
                # again ("Ya te lo dije tres veces, 452" after unit 452)
                return not understanding.restates(text, self.locale, self._given_elsewhere(step))
            # a time is no answer here ("Tomorrow's better, around eight" at the unit number: the time of the
            # callback hinted at; "Me tienen aquí esperando, ya llevo tres horas": how long he waited, no unit 3)
            return not understanding.time_phrase(words, self.locale)

        # an intent that says there is none of the value ("I'm self employed" at the company, `then: absent`) is
        # outweighed only by a value said in a clause of its own: the words after an "I'm" it opens with are its own
        def begins(words: str) -> bool:
            # after a greeting the rest is the answer, begun as much as whole; never beside a move it would hide
            return not moves and step.listen in ("slot", "char") and not understanding.time_phrase(words, self.locale) \
                and self._listen(step, words).event == "partial"

        return answer_apart(step, text, self.locale, intent_in=intent_in, yields=yields, fits=fits,
                            after_greeting=not edge.absent,
                            run_on=heard.minutes is None and not edge.resume, begins=begins)

    def _value_beside_goodbye(self, step: Step, text: str, intent: str = "end_call") -> Any:
        """At a question for a value, the whole value said apart from a goodbye in the same turn ("Juan Pérez,
        adiós", "It's 452, bye"), or from a callback asked for (`intent` "reschedule": "Soy Juan Pérez y te
        marco"), else None. Beside a "don't call me again" only an arrival told in so many words is kept ("Ya no me
        marquen, llego a las cinco"): another time or number may be part of the refusal ("No me vuelvas a llamar, a
        las cinco"); beside a callback a time is kept only when the callback
        names a time of its own in another clause ("llego a las cinco, te marco a las cuatro para confirmar"): else
        it may be the callback's ("a las cinco, te marco")."""
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None or step.listen not in ("slot", "char") or self.state.so_far():
            return None
        clock = intent == "reschedule" and self.assets.slot_types.of(slot).needs_clock

        def heard(words: str) -> Heard:
            fresh = self._new_accumulator(slot)
            return hear_char(fresh, words, self.locale) if step.listen == "char" else hear_slot(fresh, words)

        def intent_in(words: str) -> str | None:
            found = self._intent(step, words)
            if found is None and intent == "reschedule":
                # "Soy Juan Pérez y te marco": the clause joined on says the callback with its subject left out
                found = self._intent(step, f"{'yo' if self.locale.startswith('es') else 'I'} {words}")
                found = found if found is not None and found.event == intent else None
            return found.event if found is not None else None

        def yields(said: str, words: str) -> bool:
            if said != intent:
                return False
            # a goodbye gives way to the value said beside it; a "don't call me again" only to an arrival told
            # in so many words in a clause of its own ("Ya no me marquen, llego a las cinco"; see below)
            return intent == "reschedule" or understanding.says_goodbye(words, self.locale) \
                or self.assets.slot_types.of(slot).needs_clock

        answer = answer_apart(step, text, self.locale, intent_in=intent_in, yields=yields,
                              fits=lambda words: heard(words).event == "filled")
        if answer is None:
            return None
        if intent == "end_call" and not understanding.says_goodbye(text, self.locale) \
                and not understanding.tells_arrival(answer, self.locale):
            return None  # "No me vuelvas a llamar, a las cinco": the time may be part of the refusal
        if clock and not any(answer not in part and understanding.names_a_time(part, self.locale)
                             for part in split_clauses(text)):
            return None
        return heard(answer).value

    def _given_elsewhere(self, step: Step) -> list[str]:
        """The values given for the other questions of the call, as text (not a slot that only steers the
        call: which value to fix, "email", is no value the caller gave)."""
        return [str(value) for slot, value in self.confirmed.items() if slot != step.slot]

    def _dictated(self, step: Step) -> bool:
        return dictated(self.flow, step, self.assets.slot_types)

    def _about_another(self, step: Step, text: str) -> bool:
        """At a time question, the turn names another value of this collect, not the one asked (see
        `names_only_another`): a time is never "not carried" nor "gone without" - such words are about
        the other value. (At a question for a thing, callers name it by words the flow may not use:
        "ando sin remolque, nomás llevo el tractor" at the trailer number is about the trailer.)"""
        group = list(self.compiled.groups.get(step.origin, ()))
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None or len(group) < 2 or not self.assets.slot_types.of(slot).needs_clock:
            return False
        # "No traigo caja hoy." - "Voy en vacío.": the trip made without the trailer, said once more at the time
        # question, names no value of the flow's, yet is about the trailer all the same - unless the turn talks of
        # the arrival too ("Voy en vacío, no sé a qué hora llego": the time is what it says is not known)
        return names_only_another(slot.name, text, group, self.assets.slot_names(self.locale)) \
            or understanding.goes_without(text, self.locale) and not understanding.time_without_hour(text, self.locale)

    def _answer_beside_another_none(self, step: Step, text: str) -> str | None:
        """The clauses of a turn that answer the question, beside one that says another value of this collect is
        not had and names it ("No manejo correo, soy Juan Pérez" at the name; "I don't do email, I'm John Smith"),
        else None."""
        group = list(self.compiled.groups.get(step.origin, ()))
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None or len(group) < 2:
            return None
        names = self.assets.slot_names(self.locale)
        parts = split_clauses(text)
        for k, part in enumerate(parts):
            rest = " ".join(parts[:k] + parts[k + 1:])
            if rest and understanding.unavailable(part, self.locale) \
                    and names_only_another(slot.name, part, group, names) \
                    and not understanding.unavailable(rest, self.locale) \
                    and self._listen_afresh(step, rest).event == "filled":
                return rest
        return None

    def _route(self, step: Step, text: str) -> Routed:
        """The words of a turn for the value asked, and values it gave for other slots of this collect
        (see `listening.route_turn`)."""
        if step.listen not in ("slot", "char", "confirm") or not step.slot:
            return Routed(text)
        group = list(self.compiled.groups.get(step.origin, ()))
        if len(group) < 2:
            return Routed(text)
        types = self.assets.slot_types
        # A time held for its question may be said again before it comes ("como a las cinco, cinco y media",
        # then "póngale cinco y media"): the newer one replaces it. Other held values stay as they were.
        still_open = {slot for slot in group if slot not in self.state.slots
                      and (slot not in self.state.volunteered or types.needs_clock(self.flow.slots[slot]))}

        def start(slot: str) -> Accumulator:
            declared = self.flow.slots[slot]
            held = self.state.volunteered.get(slot)
            near = held.value if held is not None and types.needs_clock(declared) else None
            return self._new_accumulator(declared, near)

        return route_turn(self.flow, step, text, self.locale, group, still_open,
                          self.assets.slot_names(self.locale), start,
                          self.assets.slot_types, confirmed={slot: self.state.slots[slot] for slot in group
                                                             if slot in self.state.slots},
                          first_ask=step.listen == "slot" and not self.attempts() and not self.state.so_far())

    def _answers_nothing_yet(self, step: Step, text: str) -> bool:
        """"Hola, buenas tardes", "Y ya, sí", "espérame tantito", "ahorita voy, compadre", "mmm", "ya,
        aquí estoy", "¿qué me preguntaste?" at a question that wants a value, or while it is dictated (a
        "sí" or "ajá" between pieces): the caller is still greeting, says go ahead, thinks aloud or is
        busy beside the phone. The question is asked again (its `repeat`), no attempt counted; the
        limits' idle turns still bound a caller who only ever says that."""
        if step.listen not in ("slot", "char") or self._select(step, "repeat") is None:
            return False
        if self._dictated(step) and reads_something(self._accumulator(step), text):
            return False  # "ok" at a plate may be O K: characters heard are never a filler
        if self._dictated(step) and not self.state.so_far() and understanding.letter_lead_only(text):
            # "Letra", "Nitra", "Le trae" and nothing more, before any character: the caller began the first letter and
            # a pause cut it, no turn not understood (bounded as fillers are: said again and again it counts). Amid
            # the dictation the value hears it (a garbled "letra" there makes the letter after it unsure)
            return True
        if understanding.fills_only(text, self.locale) or understanding.talks_aside(text, self.locale) \
                or understanding.only_hedges(text, self.locale):
            # "Mmm.", "Ya, aquí están.", "¿Qué me preguntaste?", "espérame, me está hablando el de la
            # caseta": during a dictation too, what was heard so far stays and is said again; "Más o
            # menos." is how rough the value before was, said late
            return True
        return understanding.only_acknowledges(text, self.locale)

    def _late_correction(self, step: Step, text: str) -> tuple[Step, Heard] | None:
        """At a question of which nothing was heard yet, "no, <value>" where the value is a whole value of
        one this collect state left for later, of another type, and not one of the question's own: the
        caller is still correcting that value ("No, diecisiete cuarenta y cinco" at the e-mail question
        after the arrival time was left). Its read-back step and the value, else None."""
        if step.listen not in ("slot", "char") or step.kind == "plain" or not self.state.skipped \
                or self.state.so_far():
            return None
        verdict = understanding.classify_yes_no(text, self.locale)
        rest = verdict.rest if verdict.answer == "no" else ""
        current = self.flow.slots.get(step.slot) if step.slot else None
        group = self.compiled.groups.get(step.origin, ())
        # "Es que no me lo sé de memoria." - "Déjame ver." - "Doscientos once." at the plates asked next: the value
        # just put off, found (no "no" before it) - only the one asked right before this question, which has had
        # no answer and no failed attempt since
        just_put_off = group[group.index(step.slot) - 1] if not rest.strip() and step.slot in group \
            and group.index(step.slot) > 0 and not self.attempts() and step.slot not in self.state.retried else None
        if current is None or not rest.strip() and just_put_off is None:
            return None
        rest = rest if rest.strip() else text
        for name in reversed(group):
            slot = self.flow.slots.get(name)
            confirm = self.compiled.steps.get(step_name(step.origin, name, "confirm"))
            if slot is None or confirm is None or name not in self.state.skipped or name in self.state.slots \
                    or slot.type == current.type or just_put_off not in (None, name) \
                    or name in self.state.retried:
                continue
            heard = hear_slot(self._new_accumulator(slot), rest)
            if heard.event != "filled":
                continue
            own = hear_slot(self._new_accumulator(current), text)
            if own.event == "filled" or just_put_off is not None and self._later_value_said(step, group, text):
                return None  # (nor a value of a question still to come: "Como a las once" is the arrival time)
            if just_put_off is not None and own.event == "partial" and own.accumulator is not None \
                    and _characters(own.accumulator.so_far()) != _characters(str(heard.value)):
                return None  # "A B C two one one" at the plates: more of them than the number put off
            if just_put_off is not None and self.assets.slot_types.of(current).spellable \
                    and len(set(letters_spelled(text, lang_of(self.locale))) - set(_characters(str(heard.value)))) > 1:
                # "Seis cuatro a ka siete pe" at the plates (a plate that starts with its digits, as Mexican
                # federal plates do), even where the plate is no whole one the question's type takes: the letters
                # the number put off lacks make it a dictation of the question's value, never that number (647)
                return None
            return confirm, heard
        return None

    def _later_value_said(self, step: Step, group: tuple[str, ...], text: str) -> bool:
        """Whether the turn is the whole value of a question still to come, said as one ("Como a las once de la
        mañana" at the plates: the arrival time). A time only with its clock words or part of the day: a bare
        number ("Doscientos once.") reads as a time too, yet says none."""
        for later in group[group.index(step.slot) + 1:] if step.slot in group else ():
            slot = self.flow.slots.get(later)
            if slot is None or later in self.state.slots \
                    or hear_slot(self._new_accumulator(slot), text).event != "filled":
                continue
            if not self.assets.slot_types.of(slot).needs_clock or part_of_day_said(text, self.locale) \
                    or _CLOCK_WORDS.search(fold(text)):
                return True
        return False

    async def _revisit(self, step: Step, late: tuple[Step, Heard], text: str) -> None:
        """Read back a value the caller corrected at another question (see `_late_correction`); once it
        is settled the flow comes back to the question, as it does to any value still missing."""
        confirm, heard = late
        self.log.add("late_correction", step=step.name, slot=confirm.slot, value=heard.value)
        self.state.event = Event("filled", text=text, value=heard.value)
        self.state.acc, self.state.acc_slot, self.state.pending = heard.accumulator, confirm.slot, heard.value
        self.state.denied = None
        await self._enter(confirm, step, entering=False)

    def _dictation_turn(self, step: Step, heard: Heard, *, anew: bool = False) -> Heard:
        """A plate or e-mail dictated in pieces: a turn that adds something new resets the attempts (the
        caller is cooperating); one that restates what was collected is a failed attempt; and the whole
        dictation of one value is bounded in turns."""
        slot = step.slot or ""
        dictation = self.state.dictations.setdefault(slot, Dictation())
        dictation.turns += 1
        if dictation.too_long():
            dictation.restarted = True  # no fresh start after this: the value is exhausted
            self.state.attempts[slot] = max(self.state.attempts.get(slot, 0), step.policy.max_attempts - 1)
            self.log.add("dictation_bound", step=step.name, turns=dictation.turns)
            return Heard("no_match")
        if heard.event == "partial" and heard.accumulator is not None:
            if self.state.acc is not None:
                dictation.seen.add(self.state.acc.so_far())
            so_far = heard.accumulator.so_far()
            if anew or getattr(heard.accumulator, "started_over", False):
                dictation.seen.clear()  # the caller began the value again: what came before is no guide
            # starting over on purpose is not a restatement, nor is a letter heard through a garbled "letra"
            # made sure (`clarified`), nor "falta una letra" (`missing_said`: where and which come next)
            if not dictation.progress(so_far) and so_far and not getattr(heard.accumulator, "clarified", False) \
                    and not getattr(heard.accumulator, "missing_said", False):
                return Heard("no_match")
            self.state.attempts.pop(slot, None)
        return heard

    async def _offer_restart(self, step: Step) -> bool:
        """Attempts ran out while dictating a value of which something was heard: once per value, start it
        over (as a person would) instead of giving up on it."""
        slot = step.slot or ""
        dictation = self.state.dictations.setdefault(slot, Dictation())
        if dictation.restarted or self.state.acc is None or not self.state.acc.so_far():
            return False
        dictation.restarted = True
        dictation.seen.clear()
        self.state.attempts[slot] = 0
        if self.state.acc is not None:
            confirmed = self._confirmed_part()
            self.state.acc.reset()
            self._keep_confirmed(confirmed)
        self.log.add("restart", step=step.name, slot=slot)
        self.state.event = self._derived("restart")
        spell = self._select(step, "spell") if step.kind == "ask" else None
        if spell is not None:
            await self._take(step, spell, self.state.event)
        else:
            self._say_prompt(step)
        return True

    def _denies_what_is_held(self, text: str) -> bool:
        """Whether the turn is a bare "no" ("No.", "No, no.") to the characters held so far, read back as the
        dictation goes ("Llevo J 1 1 1. ¿Qué sigue?"), while they are no whole value yet: the caller says they
        are wrong, not that nothing follows (a whole value is read back instead, see `hear_char`). A "¿no?"
        asked is doubt, no denial; "no, espérame" says more than no."""
        acc = self.state.acc
        if acc is None or not acc.so_far() or acc.complete or "?" in text:
            return False
        verdict = understanding.classify_yes_no(text, self.locale)
        return verdict.answer == "no" and not (verdict.rest or "").strip()

    async def _start_over_denied(self, step: Step) -> None:
        """The characters held turned down with a bare "no": the dictation begins again from nothing (what the
        caller confirmed of it kept), and the question asks for the value slowly, as after a "no" to its
        read-back - callers then say the value again from its first character ("No." - "Letra K." - "Letra J." -
        "Ciento once."), which appended to what was held would make another value (J K J 1 1 1). Not a failed
        attempt, and no start-over of the ones `_offer_restart` gives: the dictation's turns still bound it."""
        slot = step.slot or ""
        dictation = self.state.dictations.setdefault(slot, Dictation())
        dictation.turns += 1
        dictation.seen.clear()
        assert self.state.acc is not None
        confirmed = self._confirmed_part()
        # kept as a value turned down at its read-back is: the caller may say what is wrong with it next ("No." -
        # "No es be, es ve de vaca."), which then applies to it (`fix_of`) rather than to nothing
        self.state.denied = copy.deepcopy(self.state.acc)
        self.state.acc.reset()
        self._keep_confirmed(confirmed)
        self.log.add("restart", step=step.name, slot=slot, reason="denied")
        self.state.event = self._derived("restart")
        spell = self._select(step, "spell") if step.kind == "ask" else None
        if spell is not None:
            await self._take(step, spell, self.state.event)
        else:
            self._say_prompt(step)

    def _confirmed_part(self) -> Any:
        """What the caller confirmed of the value being dictated ("los números sí"), to keep over a
        start-over; None for accumulators that keep no such thing."""
        part = getattr(self.state.acc, "confirmed_part", None)
        return part() if callable(part) else None

    def _keep_confirmed(self, part: Any) -> None:
        keep = getattr(self.state.acc, "keep_confirmed", None)
        if part is not None and callable(keep):
            keep(part)

    def _retry_skipped(self, step: Step, just_skipped: str | None) -> Step | None:
        """The ask step of a value this collect state skipped, to ask once more before leaving it (not
        the one skipped this very moment: that one waits for the callback)."""
        for slot in self.compiled.groups.get(step.origin, ()):
            if slot in self.state.skipped and slot not in self.state.slots and slot not in self.state.retried \
                    and slot != just_skipped:
                self.state.retried.add(slot)
                self.state.attempts.pop(slot, None)
                self.state.dictations.pop(slot, None)
                self.log.add("retry", slot=slot)
                return self.compiled.steps.get(step_name(step.origin, slot, "ask"))
        return None

    def _listen(self, step: Step, text: str) -> Heard:
        if step.listen == "yes_no":
            # "no, así está bien" keeps values a summary read back; it declines a callback offered
            of_value = self.assets.reads_values(step.say, self.locale)
            return hear_yes_no(text, self.locale, of_value=of_value,
                               read=(lambda: self._read_back_values(step)) if of_value else None)
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None:
            return Heard("no_match")
        if step.listen in ("slot", "char") and self.state.denied is not None and not self._accumulator(step).so_far():
            fixed = fix_of(self.state.denied, text)
            if fixed is not None:
                return fixed
        if step.listen in ("slot", "char") and not self._accumulator(step).so_far():
            copied = self._same_as_another(step, slot, text)
            if copied is not None:
                return copied
        if step.listen in ("slot", "char"):
            heard = self._hearing(step, self._accumulator(step), text)
            return self._first_named(step, text, heard) if step.listen == "slot" else heard
        if step.listen == "confirm":
            return hear_confirmation(text, self.locale, self.state.pending, self._accumulator(step),
                                     lambda: self._new_accumulator(slot, self.state.pending))
        return Heard("no_match")

    async def _heard(self, step: Step, heard: Heard, text: str | None) -> None:
        if self.state.unheard and step.listen == "confirm" and heard.event == "yes":
            # The read-back was cut off before its value: this "yes" cannot confirm what was not heard.
            self.log.add("heard", step=step.name, event="yes", unheard_value=True)
            logger.info("call %s: a yes to a value the caller did not hear; reading it back again", self.call_id)
            self._say_prompt(step)
            return
        self.state.kept = heard.accumulator if heard.event == "no" else None
        if heard.event in ("filled", "partial", "corrected"):
            self.state.denied = None  # a new value (or a piece of one) is being dictated
        if heard.accumulator is not None and self.state.kept is None:
            self.state.acc = heard.accumulator
        self.log.add("heard", step=step.name, event=heard.event, value=heard.value,
                     so_far=self.state.acc.so_far() if self.state.acc is not None else "")
        if heard.value is not None:
            self.state.pending = heard.value
            self.state.recalled = None  # a value heard in this call
            if step.slot and step.kind != "plain":
                # Heard whole and valid: until it is confirmed or turned down, a call that ends here keeps it
                # in the record as unconfirmed (see `CallRecord.save`).
                self.state.unconfirmed[step.slot] = heard.value
            if step.kind == "plain" and step.slot:
                # A plain `capture` has no confirm step: the value counts as soon as it is heard, and
                # the `filled` conditions read it.
                self._name_next(step, heard.value, text)
                await self._accept(step)
        self.state.queue.append(Event(heard.event, text=text, value=heard.value))

    async def _answered_on_the_way(self, target: Step, source: Step | None, returning: bool) -> bool:
        """Whether the caller's turn that led to a `capture` question already answered it, and was heard there:
        "No, the trailer number is wrong" at the summary names the value to fix, so "Which detail is wrong?"
        is not asked (the caller would only say it again). Only a value the turn says outright (an extraction
        of the whole turn, past its yes or no), only from another step."""
        if target.kind != "plain" or not target.slot or target.listen != "slot" or returning \
                or source is None or source.name == target.name:
            return False
        if self.state.named_next is not None and self.state.named_next[0] == target.name:
            # the next of the options named together ("el número de la caja y la hora"): taken as said then
            values = self.state.named_next[1]
            value = values.pop(0)
            if not values:
                self.state.named_next = None
            self.log.add("named_before", step=target.name, value=value)
            await self._heard(target, Heard("filled", value), None)
            return True
        text = self.state.event.text if self.state.event is not None else None
        if not text or self.state.event.name not in ("no", "yes"):
            return False
        slot = self.flow.slots.get(target.slot)
        if slot is None or self.assets.slot_types.of(slot).name == "yes_no":
            # The yes or no of that turn answered the question before; this one has not been asked yet ("Yes" to
            # the e-mail read back is no "yes" to "Was anyone injured?").
            return False
        # past the yes or no ("No, el correo"); the whole turn when its "no" is in other words ("la hora está mal"),
        # never a yes alone ("sí" names nothing to fix: a choice listing "sí" is not answered by it)
        said = understanding.classify_yes_no(text, self.locale).rest
        if not said and self.state.event.name == "yes":
            return False
        rest = said or text
        heard = self._first_named(target, rest, hear_slot(self._accumulator(target), rest))
        if source.listen == "yes_no" and (heard.event != "filled" or heard.value not in self.flow.slots):
            # "Sí, todo bien, nomás que lleva guion bajo entre marcos y ruiz": no option named (or "todo bien",
            # none to fix), yet the turn corrects a value: that one
            fixed = self._fix_named_by_correction(target, source, text)
            heard = fixed if fixed.event == "filled" else heard
        if heard.event != "filled" or heard.value is None:
            self.state.acc = None  # nothing of it heard: the question is asked as always
            return False
        self.log.add("answered_on_the_way", step=target.name)
        await self._heard(target, heard, rest)
        return True

    def _read_back_values(self, step: Step) -> dict[str, Accumulator]:
        """The values a question reads back (a summary) that are spelled a character at a time (plates, e-mails:
        the values a detail of a character is said of), by slot, each built again by its type as if the caller
        had said it, for the corrections said to them to apply to (see `listening.corrected_values`); a value
        its type does not build again as it is is left out (a name takes any word as more of it: "Sí, pero con
        punto" is no surname)."""
        if not step.say:
            return {}
        read = self.assets.prompts.reads(step.say, self.locale)
        built: dict[str, Accumulator] = {}
        for name, value in self.state.slots.items():
            slot = self.flow.slots.get(name)
            if slot is None or name not in read or not isinstance(value, str) or not value \
                    or not self.assets.slot_types.of(slot).spellable:
                continue
            acc = self._new_accumulator(slot)
            acc.feed(value)
            if acc.complete and acc.value == value:
                built[name] = acc
        return built

    def _fix_named_by_correction(self, target: Step, source: Step, text: str) -> Heard:
        """At the `capture` of which value to fix, after a "no" to the values read back that was a correction of
        one of them ("Sí, pero lleva punto entre lety y bravo"): the option named as that slot (a choice whose
        options are the slots' names, as "which value is wrong" is), the corrected value kept to be read back
        when its question comes again (`volunteered`), not dictated from scratch. No match when the turn
        corrects no value, or several alike (the caller is asked which)."""
        choice = self.flow.slots.get(target.slot or "")
        corrected = corrected_values(self._read_back_values(source), understanding.after_yes_but(text, self.locale)
                                     or text, sure=True)
        if choice is None or len(corrected) != 1 or not choice.choices:
            return Heard("no_match")
        (name, acc), = corrected.items()
        if name not in choice.choices:
            return Heard("no_match")
        self.state.volunteered[name] = acc
        self.log.add("correction_of_value_read", step=target.name, slot=name)
        return Heard("filled", name)

    def _name_next(self, step: Step, value: Any, text: str | None) -> None:
        """A `capture` of a choice heard `value` from a turn that named other options too ("el número de la caja y
        la hora", "the trailer plates and the e-mail"): they are kept, to go through one after another (see
        `_back_for_the_next_named`) - never only the first."""
        slot = self.flow.slots.get(step.slot or "")
        if slot is None or not text or self.assets.slot_types.of(slot).name != "choice":
            return
        rest = [key for key in understanding.choices_named(text, self.locale, slot.options()) if key != value]
        self.state.named_next = (step.name, rest) if rest else None
        if rest:
            self.log.add("named_together", step=step.name, count=len(rest) + 1)

    def _same_as_another(self, step: Step, slot: Slot, text: str) -> Heard | None:
        """"Lo mismo que el tractor, pero con E al final" at the trailer's plates, "same as the tractor" at the
        trailer's number: the value confirmed for the one other slot of the same type the thing named is a word
        of (`slot_names`), with the difference said after it applied ("con E al final": the last letter is E),
        heard as the value given - read back as any. None when the turn names no such value, or says a
        difference the value's type cannot read (never a value read back that the caller said is other)."""
        said = understanding.same_as_another(text, self.locale)
        if said is None or not text:
            return None
        thing, rest = said
        names = self.assets.slot_names(self.locale)
        if thing in names.get(slot.name, frozenset()):
            return None  # "la misma caja de siempre": its own thing, no other value
        kind = self.assets.slot_types.of(slot).name
        others = [name for name, value in self.state.slots.items()
                  if name != slot.name and name in self.flow.slots and value not in (None, "")
                  and thing in names.get(name, frozenset())
                  and self.assets.slot_types.of(self.flow.slots[name]).name == kind]
        if len(others) != 1:
            return None
        value = slot_types.feed(self._new_accumulator(slot), str(self.state.slots[others[0]])).state
        if not value.complete:
            return None  # the other value does not fit this one (a pattern of its own)
        if rest.strip(" ,.;:!?"):
            edited = slot_types.edit(value, understanding.difference_said(rest, self.locale))
            if edited is None or not edited.complete:
                return None
            value = edited
        self.log.add("same_as_another", step=step.name, slot=slot.name, other=others[0])
        return Heard("filled", value.value, accumulator=value)

    def _first_named(self, step: Step, text: str, heard: Heard) -> Heard:
        """At a `capture` of a choice, options named together as alike ("el nombre y el correo", "the trailer plates
        and the e-mail") are no tie to give up on: the first said is taken, the others follow (`_name_next`)."""
        slot = self.flow.slots.get(step.slot or "")
        if heard.event != "no_match" or step.kind != "plain" or slot is None \
                or self.assets.slot_types.of(slot).name != "choice":
            return heard
        named = understanding.choices_named(text, self.locale, slot.options())
        return Heard("filled", named[0]) if len(named) > 1 else heard

    def _back_for_the_next_named(self, target: Step) -> bool:
        """Back at a step with an edge into the capture whose options are still to go through (the summary after
        the first value named was fixed): that edge is taken at once, without asking the step's question again -
        the caller already said what comes next."""
        if self.state.named_next is None or target.final:
            return False
        capture = self.state.named_next[0]
        event = next((name for name, edges in target.edges.items() for edge in edges if edge.dest == capture), None)
        if event is None:
            return False
        self.log.add("next_named", step=target.name, to=capture)
        self.state.queue.append(Event(event, text=None))
        return True

    def _accumulator(self, step: Step) -> Accumulator:
        if self.state.acc is None or self.state.acc_slot != step.slot:
            slot = self.flow.slots[step.slot or ""]
            # after a "no" to a value read back, the value the caller says next may only fix part of it
            denied = getattr(self.state.denied, "value", None) if self.state.denied is not None else None
            self.state.acc = self._new_accumulator(slot, denied)
            self.state.acc_slot = step.slot
        return self.state.acc

    async def _on_silence(self, step: Step, event: Event) -> None:
        edge = self._select(step, "silence")
        if edge is not None:
            await self._take(step, edge, event)
            return
        if self._dictated(step) and self.state.acc is not None and self.state.acc.so_far():
            # A pause after a complete, valid value: the caller is done; read it back.
            closed = close(self.state.acc)
            if closed is not None:
                await self._heard(step, Heard("filled", closed.value, accumulator=closed), None)
                return
        if step.silence is None:
            self.log.add("unhandled", step=step.name, event="silence")
            return
        self.state.silences += 1
        ladder = step.silence.reprompts or ((step.say,) if step.say else ())
        if self.state.silences <= len(ladder):
            self.log.add("silence_reprompt", step=step.name, rung=self.state.silences)
            self._say(ladder[self.state.silences - 1])
        elif step.silence.then:
            target = self.compiled.steps[self.compiled.entries[step.silence.then]]
            self.log.add("transition", step=step.name, event="silence", edge=None, to=target.name)
            if await self.actions.run(self, step.on_exit):
                await self._enter(target, step, entering=True)
        else:
            self.end(self.state.status or "partial")

    # -- what the call looks like from outside ---------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.state.step

    @property
    def slots(self) -> dict[str, Any]:
        """Confirmed values (a copy)."""
        return dict(self.state.slots)

    @property
    def confirmed(self) -> dict[str, Any]:
        """The confirmed values the call collected, as the record keeps them (what the `email` built-in
        sends): a slot declared `record: false` only steers the call and is left out."""
        return {name: value for name, value in self.state.slots.items() if self.flow.recorded(name)}

    @property
    def unconfirmed(self) -> dict[str, Any]:
        """Values heard whole but not confirmed (yet), by slot: what the record keeps as unconfirmed."""
        return self.record.unconfirmed()

    @property
    def flow_name(self) -> str:
        return self.flow.name

    @property
    def pending(self) -> Any:
        """The value being confirmed, not yet accepted."""
        return self.state.pending

    @property
    def ended(self) -> bool:
        return self.state.ended

    @property
    def outcome(self) -> str | None:
        return self.state.outcome

    @property
    def agent_name(self) -> str:
        return self.assets.agent_name(self.state.context)

    @property
    def resumed(self) -> bool:
        return self.state.resumed

    @property
    def silence_timeout(self) -> float | None:
        """Seconds of caller silence after which the transport should call `silence()`; None = never."""
        return None if self.state.step.silence is None or self.state.ended else self.state.step.silence.timeout

    def attempts(self) -> int:
        """Failed attempts at the current question."""
        return self.state.attempts.get(self.state.attempt_key(self.state.step), 0)

    def snapshot(self) -> dict[str, Any]:
        """Where the call stands, for debugging views and tests."""
        return {
            "step": self.state.step.name,
            "slots": dict(self.state.slots),
            # each value as it is read back where that differs from the value (a `choice` key and its words)
            "read": self._values_read(),
            "pending": self.state.pending,
            "unconfirmed": self.record.unconfirmed(),
            "so_far": self.state.acc.so_far() if self.state.acc is not None else "",
            "attempts": self.attempts(),
            "stack": list(self.state.stack),
            "status": self.state.status,
            "outcome": self.state.outcome,
            "ended": self.state.ended,
        }

    def _values_read(self) -> dict[str, str]:
        read: dict[str, str] = {}
        for name, value in self.state.slots.items():
            slot = self.flow.slots.get(name)
            if slot is None or value is None:
                continue
            words = self.assets.slot_types.readback(slot, value, self.locale, self.state.said_for.get(name))
            if words and words != str(value):
                read[name] = words
        return read

    def _derived(self, name: str) -> Event:
        """An event the engine raises during a turn; it keeps the turn's words and minutes."""
        return Event(name, text=self.state.event.text, minutes=self.state.event.minutes)

    # -- values ----------------------------------------------------------------------------------------------

    async def _accept(self, step: Step) -> None:
        """The pending value is confirmed: write it to the store now, before anything else happens."""
        slot, value = step.slot, self.state.pending
        if slot is not None and value is not None:
            self.state.slots[slot] = value
            self.state.unconfirmed.pop(slot, None)
            said = self.state.said(value)
            if said is not None:
                self.state.said_for[slot] = said
            else:
                self.state.said_for.pop(slot, None)
            await self.record.persist_slot(slot, value)
            self.log.add("confirmed", slot=slot, value=value)
            logger.info("call %s: %s confirmed", self.call_id, slot)
            self.state.attempts.pop(slot, None)
            self.state.dictations.pop(slot, None)
            self.state.skipped.discard(slot)
            self.present_after_all(slot)
        self.state.forget_value()

    # -- helpers -------------------------------------------------------------------------------------------------

    def _select(self, step: Step, event: str) -> Edge | None:
        candidates = step.candidates(event)
        if step.slot is None or self.state.pending is None or not any(e.effect == "accept" for e in candidates):
            return select_edge(step, event, self._holds)
        # The edge that confirms a value decides with it confirmed: `when: "birth_year == ..."` on the
        # `done` after the last slot reads the year just given, not the empty slot.
        had, before = step.slot in self.state.slots, self.state.slots.get(step.slot)
        self.state.slots[step.slot] = self.state.pending
        try:
            return select_edge(step, event, self._holds)
        finally:
            if had:
                self.state.slots[step.slot] = before
            else:
                del self.state.slots[step.slot]

    def _holds(self, expression: str) -> bool:
        try:
            return bool(self.assets.prompts.evaluate(expression, self._variables()))
        except Exception as exc:  # a condition that cannot be evaluated is false, and logged
            self._error("condition", f"{expression!r}: {type(exc).__name__}: {exc}")
            return False

    def _log_edge(self, step: Step, edge: Edge, target: Step) -> None:
        self.log.add("transition", step=step.name, event=edge.event, edge=edge_index(step, edge),
                     to=target.name)
        if target.name != step.name:
            logger.info("call %s: %s -> %s on %s", self.call_id, step.name, target.name, edge.event)

    def _error(self, where: str, message: str) -> None:
        self.log.add("error", where=where, message=message)
        logger.warning("call %s: %s: %s", self.call_id, where, mask(message))

    def _variables(self) -> dict[str, Any]:
        """The template variables (see `daisy_engine.runtime.variables`), as of now."""
        return call_variables(self.state, self.assets, self.locale, self.call_id)

    def _new_accumulator(self, slot: Slot, read_back: Any = None) -> Accumulator:
        """A fresh accumulator of `slot`'s type, in the call's locale, with its call-time options (`_slot_extra`)."""
        return self.assets.slot_types.accumulator(slot, self.locale, self._slot_extra(slot, read_back))

    def _slot_extra(self, slot: Slot, read_back: Any = None) -> dict[str, Any]:
        """Call-time options for a slot's understanding: a time slot resolves "en dos horas y media"
        from the call's local time (the call's clock, in the zone of the `timezone` context variable
        when the call has one, else this machine's). Which types need it is the type's own say. At a
        read-back, `read_back` (the value read back) is option `near`: a correction that does not say
        which half of the day ("sí, como a las cinco y cuarto" at 17:00) keeps the one read back. A type
        that hears the call's other values gets those confirmed so far as option `other_values`; one that hears
        the value read back gets it (or the one just turned down) as option `read_back`."""
        if self.assets.slot_types.hears_others(slot):
            others = tuple(str(value) for name, value in self.state.slots.items()
                           if name != slot.name and isinstance(value, (str, int)) and str(value))
            return {"other_values": others} if others else {}
        if self.assets.slot_types.hears_read_back(slot):
            return {"read_back": read_back} if read_back is not None else {}
        if not self.assets.slot_types.needs_today(slot):
            return {}
        if not self.assets.slot_types.needs_clock(slot):
            return {"now": self._local_now()}  # a date: its days counted from the call's
        return {"now": self._local_now(), **({"near": read_back} if read_back is not None else {})}

    def _local_now(self) -> datetime:
        now = self.clock()
        if now.tzinfo is None:
            return now
        zone = self.state.context.get("timezone") or flow_zone(self.flow)
        if isinstance(zone, str) and zone:
            try:
                return now.astimezone(ZoneInfo(zone))
            except (ZoneInfoNotFoundError, ValueError):
                self._error("timezone", f"unknown time zone {zone!r}; using this machine's")
        return now.astimezone()

    def _moved_callback(self, text: str) -> dict[str, str] | None:
        """A callback asked for a clock time outside the calling hours ("call me back at 10:30 pm"), as the flow may
        say it (`event.value`): when it will ring instead, `at` ("08:00") and `day` ("today", "tomorrow", the
        weekday within the week - "monday" ... "sunday", as "el lunes a las seis" moved to 08:00 that Monday is no
        "as soon as I can" - or "later"), `hour` (the clock time the caller named, when it rings then: "márcame
        mañana a las diez" - with its `day`), and `caller_calls` (the caller said he will call himself: "yo te marco";
        then alone, `at` and `day` None). A callback rung when asked on another day than today ("call me the next
        day") gives its `day` alone (`at` None). None when it rings today when asked and the caller asked to be
        called."""
        now = self._local_now()
        hours = parse_calling_hours(self._calling_hours())
        moved = understanding.moved_callback(text, self.locale, now, hours)
        # the caller himself will call ("ahorita lo busco y te marco"): the callback stays set in case he does
        # not, and the flow may say so (`caller_calls`)
        caller_calls = understanding.caller_calls_back(text, self.locale)

        def day_of(moment: datetime) -> str:
            days = (moment.date() - now.date()).days
            return "today" if days == 0 else "tomorrow" if days == 1 else _WEEKDAYS[moment.weekday()] if days < 7 \
                else "later"

        if moved is None:
            if caller_calls:
                return {"at": None, "day": None, "hour": None, "caller_calls": True}
            # "call me the next day", "márcame el lunes": asked for another day, rung when asked - the day is said
            # back (`day`, `at` None), never left out of "I'll call you back then"
            delay = callback_delay(text, self.locale, now, hours)
            rings = now + timedelta(minutes=delay) if delay is not None else None
            # "márcame mañana a las diez": the hour the caller named is said back with its day (`hour`), never
            # dropped for "mañana, como me dijo"
            hour = named_clock(text, self.locale, hours) if rings is not None else None
            if rings is not None and hour is not None and rings.strftime("%H:%M") == hour:
                return {"at": None, "day": day_of(rings), "hour": hour, "caller_calls": False}
            # ... only a day the caller named: "llámame en la noche" said at nine at night rings tomorrow morning
            # (the calling hours), and "mañana, como me dijo" would put words in his mouth
            return {"at": None, "day": day_of(rings), "hour": None, "caller_calls": False} \
                if rings is not None and rings.date() != now.date() and names_another_day(text, self.locale) \
                else None
        return {"at": moved.strftime("%H:%M"), "day": day_of(moved), "hour": None, "caller_calls": caller_calls}

    def _calling_hours(self) -> str | None:
        """When a callback asked for a day ("llámeme mañana") may be placed: the call's `calling_hours`
        context variable, else the hours outside the flow's `callbacks.quiet_hours` (the scheduler would
        not place it inside them anyway), else the understanding layer's default."""
        hours = self.state.context.get("calling_hours")
        if isinstance(hours, str) and hours:
            return hours
        quiet = self.flow.callbacks.quiet_hours
        return f"{quiet[1]}-{quiet[0]}" if quiet is not None else None

    def _render_value(self, raw: Any) -> Any:
        return self.assets.render_value(raw, self._variables() if self.assets.reads_variables(raw) else {})

    # -- speaking ----------------------------------------------------------------------------------------

    def _say(self, template: str) -> None:
        try:
            text = self.assets.prompts.render(template, self.locale, self._variables())
        except Exception as exc:  # a broken template must not end the call; the log shows it
            self._error("template", f"{template}: {type(exc).__name__}: {exc}")
            return
        self._say_text(text, template)

    def _say_text(self, text: str, template: str) -> None:
        if not text:
            return
        if self.state.caller_gone:
            self.log.add("say_skipped", template=template)
            return
        self.output.say(text, template)

    def _say_prompt(self, step: Step) -> None:
        if step.say:
            self._asking(step)
            self._say(step.say)

    def _asking(self, step: Step) -> None:
        """`step`'s prompt is about to be said: how often it was said just before, in a row, with nothing changed
        (`asked_before`). Where the call stands is the step, the value being confirmed, what was dictated of it and
        the values collected (not a preference noted by a `set:`, which changes nothing the question asks)."""
        # The collected slots walked in name order (sorted once per flow) give the same pairs, in the same order,
        # as sorting the call's slots every time: slot names are unique, so no tie is left to the value's repr.
        slots = self.state.slots
        values = tuple((name, repr(slots[name])) for name in self.compiled.collected_slots_sorted if name in slots)
        where = hash((step.name, repr(self.state.pending), self.state.so_far(), values))
        before = self.state.prompted
        self.state.asked_before = before[1] + 1 if before is not None and before[0] == where else 0
        self.state.prompted = (where, self.state.asked_before)

    def _reprompt(self, step: Step, attempt: int) -> None:
        """The no-match ladder: rung N for the Nth failure, the last rung repeats; else the prompt again."""
        if not step.reprompts:
            self._say_prompt(step)
            return
        rung = min(attempt, len(step.reprompts))
        self.log.add("reprompt", step=step.name, rung=rung)
        self._asking(step)
        self._say(step.reprompts[rung - 1])

    def _update_model(self, step: Step) -> None:
        """Tell the transport's model what this step is about, when that changed (see `model_view`)."""
        if self.state.caller_gone:
            return
        parts, tools = view_at(self.flow, step)
        view = ("\n".join(parts), tools)
        if view == self.state.model_view:
            return
        self.state.model_view = view
        variables = self._variables()
        texts = []
        for name in parts:
            try:
                texts.append(self.assets.prompts.render(name, self.locale, variables))
            except Exception as exc:  # the spoken prompts still work without model instructions
                self._error("template", f"{name}: {type(exc).__name__}: {exc}")
        self.output.actions.append(Instruct("\n\n".join(texts)))
        self.output.actions.append(SetTools(tools))

    def tool_schemas(self) -> list[dict[str, Any]]:
        """The function tools the model may call now (name, description, JSON Schema of arguments),
        for transports that hand them to a model: the step's flow tools and `record_<slot>`."""
        return tool_schemas(self.flow, self.tools, self.state.model_view[1] if self.state.model_view else ())

    # -- CallControl: what actions and built-in tools do to the call --------------------------------------

    async def save(self, status: str | None = None) -> dict[str, Any]:
        """Save the record now, with `status` (default: complete when every required slot is confirmed)."""
        if status is not None and status not in STATUSES:
            raise ToolError(f"unknown status '{status}'")
        self.state.set_status(status or self.state.computed_status())
        await self.record.save()
        return {"record_id": self.record.id, "status": self.state.status}

    def end(self, outcome: str | None = None) -> None:
        """End the call once what was decided in this turn has been said."""
        if outcome is not None and outcome not in STATUSES:
            self._error("end_call", f"unknown outcome '{outcome}'; using the record's status")
            outcome = None
        if self.state.ending is None:
            self.state.ending = outcome or self.state.status or self.state.computed_status()

    def transfer(self, to: str) -> None:
        self.output.actions.append(Transfer(to))
        self.log.add("transfer", to=to)
        self.state.transferred = True
        self.state.set_status("transferred")
        self.state.ending = "transferred"

    async def reschedule(self, minutes: float) -> str:
        """Schedule a callback `minutes` from now. Minutes that are not a positive, finite number would
        put the callback in the past (or nowhere): ToolError, and nothing is scheduled. For the
        `reschedule` tool that is a tool failure (its `on_error` event); for a `reschedule:` action it
        is a WARNING ("action: reschedule: ...") and the call goes on without a callback."""
        try:
            minutes = float(minutes)
        except (TypeError, ValueError):
            raise ToolError(f"minutes must be a number, got {minutes!r}") from None
        if not math.isfinite(minutes) or minutes <= 0:
            raise ToolError(f"minutes must be a positive number, got {minutes:g}; no callback scheduled")
        if minutes.is_integer():
            minutes = int(minutes)
        at = iso(self.clock() + timedelta(minutes=minutes))
        self.state.callback_at = at
        self.state.set_status("rescheduled")
        self.output.actions.append(ScheduleCallback(minutes, at))
        self.log.add("reschedule", minutes=minutes, at=at)
        await self.record.rescheduled(at)
        return at

    async def complaint(self, text: str) -> None:
        self.log.add("complaint", step=self.state.step.name)
        await self.record.complaint(text, self.clock(), self.state.step.name)

    # -- the end of the call ----------------------------------------------------------------------------

    async def _finish(self) -> None:
        if self.state.ended or self.state.ending is None:
            return
        self.state.ended = True
        self.state.outcome = self.state.ending
        state = self.state
        state.set_status(state.outcome if state.outcome in STATUSES else state.status or state.computed_status())
        if not self.state.transferred and not self.state.caller_gone:
            self.output.actions.append(EndCall(self.state.outcome))
        self.log.add("end", outcome=self.state.outcome, status=self.state.status)
        logger.info("call %s: ended (%s)", self.call_id, self.state.outcome)
        await self.record.save()
        # The caller's words are data: once the call is over no cache of the understanding keeps them (the
        # one place every call ends, whatever its transport: console, LiveKit, replay, conversation tests).
        understanding.forget_turns()


# Words that make a number said a time of the clock ("a las once", "at eleven", "eleven am", "las 11 horas").
_CLOCK_WORDS = re.compile(r"\b(?:a las|a la una|las|at|am|pm|a m|p m|oclock|o clock|horas|hrs|hours)\b")


def _characters(value: str) -> str:
    """A value's letters and digits alone, upper case ("TR-307" and "t r 3 0 7" alike: "TR307")."""
    return "".join(ch for ch in value.upper() if ch.isalnum())
