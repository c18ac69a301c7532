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
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step
from daisy_engine.flow.model import RETURN, Action
from daisy_engine.runtime.actions import Action as Out
from daisy_engine.runtime.actions import CallTool, EndCall, Instruct, Say, ScheduleCallback, SetTools, Transfer
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.events import CallLog, Event
from daisy_engine.runtime.listening import (
    Heard,
    hear_char,
    hear_confirmation,
    hear_intent,
    hear_slot,
    hear_yes_no,
)
from daisy_engine.runtime.masking import preview
from daisy_engine.runtime.slot_types import Accumulator
from daisy_engine.runtime.tools import ToolContext, ToolError, ToolRegistry
from daisy_engine.runtime.walker import destination, edge_index, enters_state, select_edge
from daisy_engine.store import MemoryStore, NewRecord, RecordUpdate, Store
from daisy_engine.store.records import STATUSES, iso, utc_now

logger = logging.getLogger("daisy_engine.runtime")

MAX_HOPS = 100
"""Steps one event may chain through (done → done → ...) before the call is stopped as looping."""

CALL_KEYS = ("phone", "caller_id", "call_id")


class Conversation:
    """One call through a compiled flow. Not safe to share between calls; cheap to create."""

    __slots__ = (
        "compiled", "flow", "locale", "store", "tools", "assets", "clock", "log", "call_id", "record_id",
        "_context", "_step", "_slots", "_pending", "_acc", "_acc_slot", "_attempts", "_silences", "_stack",
        "_results", "_event", "_status", "_ending", "_outcome", "_transferred", "_resumed", "_caller_gone",
        "_callback_at", "_ended", "_started_at", "_queue", "_out", "_turn_said", "_last_turn", "_lock",
        "_model_view", "_resume", "_prior_events", "_prior_transcript",
    )

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
        self.tools = tools if tools is not None else ToolRegistry(self.flow)
        self.assets = assets or FlowAssets.of(compiled)
        self.clock = clock
        self.log = CallLog()
        self._context = self.assets.call_context(context or {})
        self.call_id = str(self._context.get("call_id") or f"call-{id(self):x}")
        self.record_id: int | None = None
        self._step: Step = compiled.steps[compiled.initial]
        self._slots: dict[str, Any] = {}
        self._pending: Any = None
        self._acc: Accumulator | None = None
        self._acc_slot: str | None = None
        self._attempts: dict[str, int] = {}
        self._silences = 0
        self._stack: list[str] = []
        self._results: dict[str, Any] = {}
        self._event = Event("start")
        self._status: str | None = None
        self._ending: str | None = None
        self._outcome: str | None = None
        self._transferred = False
        self._resumed = False
        self._caller_gone = False
        self._callback_at: str | None = None
        self._ended = False
        self._started_at: datetime | None = None
        self._queue: deque[Event] = deque()
        self._out: list[Out] = []
        self._turn_said: list[str] = []
        self._last_turn = ""
        self._lock = asyncio.Lock()
        self._model_view: tuple[str, tuple[str, ...]] | None = None
        self._resume = resume
        self._prior_events: list[dict[str, Any]] = []
        self._prior_transcript: list[dict[str, Any]] = []

    # -- what the call looks like from outside ---------------------------------------------------------

    @property
    def step(self) -> Step:
        return self._step

    @property
    def slots(self) -> dict[str, Any]:
        """Confirmed values (a copy)."""
        return dict(self._slots)

    @property
    def confirmed(self) -> dict[str, Any]:
        return dict(self._slots)

    @property
    def flow_name(self) -> str:
        return self.flow.name

    @property
    def pending(self) -> Any:
        """The value being confirmed, not yet accepted."""
        return self._pending

    @property
    def ended(self) -> bool:
        return self._ended

    @property
    def outcome(self) -> str | None:
        return self._outcome

    @property
    def agent_name(self) -> str:
        return self.assets.agent_name(self._context)

    @property
    def resumed(self) -> bool:
        return self._resumed

    @property
    def silence_timeout(self) -> float | None:
        """Seconds of caller silence after which the transport should call `silence()`; None = never."""
        return None if self._step.silence is None or self._ended else self._step.silence.timeout

    def attempts(self) -> int:
        """Failed attempts at the current question."""
        return self._attempts.get(self._attempt_key(self._step), 0)

    def snapshot(self) -> dict[str, Any]:
        """Where the call stands, for debugging views and tests."""
        return {
            "step": self._step.name,
            "slots": dict(self._slots),
            "pending": self._pending,
            "so_far": self._acc.so_far() if self._acc is not None else "",
            "attempts": self.attempts(),
            "stack": list(self._stack),
            "status": self._status,
            "outcome": self._outcome,
            "ended": self._ended,
        }

    # -- events in, actions out ---------------------------------------------------------------------

    async def start(self) -> list[Out]:
        """Open (or resume) the record and enter the first step."""
        async with self._lock:
            if self._started_at is not None:
                raise RuntimeError("the conversation has already started")
            self._started_at = self.clock()
            await self._open_record()
            return await self._process(self._enter(self._step, None, entering=True))

    async def user_turn(self, text: str) -> list[Out]:
        """A complete caller turn (speech-to-text output or typed text). Empty text counts as silence."""
        text = text.strip()
        if not text:
            return await self.silence()
        async with self._lock:
            if self._ended:
                return []
            self.log.line("caller", text)
            self.log.add("turn", text=text)
            logger.debug("call %s: caller said %s", self.call_id, preview(text))
            self._silences = 0
            self._event = Event("turn", text=text)
            return await self._process(self._hear(text))

    async def silence(self) -> list[Out]:
        async with self._lock:
            if self._ended:
                return []
            self.log.add("turn", silence=True)
            self._queue_event(Event("silence"))
            return await self._process()

    async def hangup(self) -> list[Out]:
        """The caller hung up. The record is saved whatever the flow does with it."""
        async with self._lock:
            if self._ended:
                return []
            self.log.add("turn", hangup=True)
            self._caller_gone = True
            self._queue_event(Event("hangup"))
            actions = await self._process()
            if not self._ended:
                self._ending = self._status or "partial"
                await self._finish()
            return actions

    async def model_tool_call(self, name: str, args: dict[str, Any]) -> list[Out]:
        """The model called a function tool: `record_<slot>` (its reading of a value the extractors
        missed, re-validated here) or a flow tool the current step lists."""
        async with self._lock:
            if self._ended:
                return [CallTool(name, args, error="the call has ended")]
            step = self._step
            slot = self.flow.slots.get(step.slot) if step.slot else None
            if slot is not None and name == f"record_{slot.name}" and step.listen in ("slot", "char", "confirm"):
                value = self.assets.slot_types.validate(slot, args.get("value"), self.locale)
                self.log.add("model_value", slot=slot.name, value=args.get("value"), accepted=value is not None)
                if value is None:
                    return [CallTool(name, args, error=f"not a valid {slot.type}; ask the caller again")]
                event = "corrected" if step.listen == "confirm" else "filled"
                self._out.append(CallTool(name, args, result={"accepted": value}))
                return await self._process(self._heard(step, Heard(event, value), None))
            if name in step.tools and name in self.tools:
                return await self._process(self._call(name, dict(args)))
            return [CallTool(name, args, error=f"'{name}' is not available at this point of the call")]

    # -- the event loop of one call -----------------------------------------------------------------------

    async def _process(self, first: Awaitable[Any] | None = None) -> list[Out]:
        """Run `first` (what the turn starts with), then every event it raised, in order."""
        self._turn_said = []
        if first is not None:
            await first
        hops = 0
        while self._queue and self._ending is None:
            hops += 1
            if hops > MAX_HOPS:
                self._error("loop", f"more than {MAX_HOPS} steps in one turn; ending the call")
                self._queue.clear()
                self._ending = self._status or "partial"
                break
            await self._handle(self._queue.popleft())
        self._queue.clear()
        if self._ending is not None:
            await self._finish()
        if self._turn_said:
            self._last_turn = " ".join(self._turn_said)
        out, self._out = self._out, []
        return out

    def _queue_event(self, event: Event) -> None:
        self._queue.append(event)

    def _derived(self, name: str) -> Event:
        """An event the engine raises during a turn; it keeps the turn's words and minutes."""
        return Event(name, text=self._event.text, minutes=self._event.minutes)

    async def _handle(self, event: Event) -> None:
        step = self._step
        self._event = event
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
        key = self._attempt_key(step)
        count = self._attempts[key] = self._attempts.get(key, 0) + 1
        self.log.add("attempt", step=step.name, attempt=count)
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
            self._forget_value()
        if edge.dest == STAY:
            self._log_edge(step, edge, step)
            if edge.say:
                self._say(edge.say)
            if await self._run(edge.actions):
                self._after_stay(step, edge, event)
            return
        target_name = destination(edge, step.name, self._stack)
        if target_name is None:
            self._error("return", f"`return` from {step.name} with nothing to return to; staying")
            return
        target = self.compiled.steps[target_name]
        self._log_edge(step, edge, target)
        entering = enters_state(self.compiled, step, target, edge)
        if entering and not await self._run(step.on_exit):
            return
        if edge.say:
            self._say(edge.say)
        if await self._run(edge.actions):
            await self._enter(target, step, entering=entering, returning=edge.dest == RETURN)

    def _after_stay(self, step: Step, edge: Edge, event: Event) -> None:
        if edge.resume:
            # "then: return": the interruption is handled; ask the current question again.
            if edge.intent == "repeat" and self._last_turn:
                self._say_text(self._last_turn, "repeat")
            else:
                self._say_prompt(step)
        elif event.name in ("partial", "corrected"):
            self._say_prompt(step)

    async def _enter(self, target: Step, source: Step | None, *, entering: bool, returning: bool = False) -> None:
        self._step = target
        self._silences = 0
        if target.kind == "plain" and not returning and (source is None or source.name != target.name):
            self._attempts.pop(target.name, None)
        if target.slot != self._acc_slot:
            self._pending, self._acc, self._acc_slot = None, None, target.slot
        self.log.add("enter", step=target.name)
        self._update_model(target)
        if entering and not await self._run(target.on_enter):
            return
        if target.kind == "ask" and target.slot in self._slots:
            self._queue_event(self._derived("skip"))
            return
        if target.kind == "ask" and 0 < target.policy.spell_after <= self._attempts.get(target.slot or "", 0) \
                and target.candidates("spell"):
            self._queue_event(self._derived("spell"))
            return
        if target.kind == "spell" and self._acc is not None:
            self._acc.reset()
        if target.say:
            self._say(target.say)
        if target.final:
            self.end(None)
        elif target.immediate:
            self._queue_event(self._derived("done"))

    # -- listening ----------------------------------------------------------------------------------------

    async def _hear(self, text: str) -> None:
        step = self._step
        heard = hear_intent(self.flow, step, text, self.locale, self.assets.intent_phrases)
        if heard is not None and self._select(step, heard.event) is not None:
            self.log.add("intent", step=step.name, intent=heard.event, minutes=heard.minutes)
            self._queue_event(Event(heard.event, text=text, minutes=heard.minutes, intent=heard.event))
            return
        await self._heard(step, self._listen(step, text), text)

    def _listen(self, step: Step, text: str) -> Heard:
        if step.listen == "yes_no":
            return hear_yes_no(text, self.locale)
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None:
            return Heard("no_match")
        if step.listen == "slot":
            return hear_slot(self._accumulator(step), text)
        if step.listen == "char":
            return hear_char(self._accumulator(step), text, self.locale)
        if step.listen == "confirm":
            return hear_confirmation(text, self.locale, self._pending, self._accumulator(step),
                                     lambda: self.assets.slot_types.accumulator(slot, self.locale))
        return Heard("no_match")

    async def _heard(self, step: Step, heard: Heard, text: str | None) -> None:
        self.log.add("heard", step=step.name, event=heard.event, value=heard.value,
                     so_far=self._acc.so_far() if self._acc is not None else "")
        if heard.accumulator is not None:
            self._acc = heard.accumulator
        if heard.value is not None:
            self._pending = heard.value
            if step.kind == "plain" and step.slot:
                # A plain `capture` has no confirm step: the value counts as soon as it is heard, and
                # the `filled` conditions read it.
                await self._accept(step)
        self._queue_event(Event(heard.event, text=text, value=heard.value))

    def _accumulator(self, step: Step) -> Accumulator:
        if self._acc is None or self._acc_slot != step.slot:
            slot = self.flow.slots[step.slot or ""]
            self._acc = self.assets.slot_types.accumulator(slot, self.locale)
            self._acc_slot = step.slot
        return self._acc

    # -- values ----------------------------------------------------------------------------------------------

    async def _accept(self, step: Step) -> None:
        """The pending value is confirmed: write it to the store now, before anything else happens."""
        slot, value = step.slot, self._pending
        if slot is not None and value is not None:
            self._slots[slot] = value
            await self._persist_slot(slot, value)
            self.log.add("confirmed", slot=slot, value=value)
            logger.info("call %s: %s confirmed", self.call_id, slot)
            self._attempts.pop(slot, None)
        self._forget_value()

    def _forget_value(self) -> None:
        self._pending = None
        if self._acc is not None:
            self._acc.reset()

    async def _persist_slot(self, slot: str, value: Any) -> None:
        if self.record_id is not None:
            await self.store.save_slot(self.record_id, slot, value)

    def _attempt_key(self, step: Step) -> str:
        return step.slot if step.kind != "plain" and step.slot else step.name

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
        if self._caller_gone:
            self.log.add("say_skipped", template=template)
            return
        self._out.append(Say(text))
        self._turn_said.append(text)
        self.log.line("agent", text)
        self.log.add("say", template=template, text=text)

    def _say_prompt(self, step: Step) -> None:
        if step.say:
            self._say(step.say)

    def _reprompt(self, step: Step, attempt: int) -> None:
        """The no-match ladder: rung N for the Nth failure, the last rung repeats; else the prompt again."""
        if not step.reprompts:
            self._say_prompt(step)
            return
        rung = min(attempt, len(step.reprompts))
        self.log.add("reprompt", step=step.name, rung=rung)
        self._say(step.reprompts[rung - 1])

    async def _on_silence(self, step: Step, event: Event) -> None:
        edge = self._select(step, "silence")
        if edge is not None:
            await self._take(step, edge, event)
            return
        if step.silence is None:
            self.log.add("unhandled", step=step.name, event="silence")
            return
        self._silences += 1
        ladder = step.silence.reprompts or ((step.say,) if step.say else ())
        if self._silences <= len(ladder):
            self.log.add("silence_reprompt", step=step.name, rung=self._silences)
            self._say(ladder[self._silences - 1])
        elif step.silence.then:
            target = self.compiled.steps[self.compiled.entries[step.silence.then]]
            self.log.add("transition", step=step.name, event="silence", edge=None, to=target.name)
            if await self._run(step.on_exit):
                await self._enter(target, step, entering=True)
        else:
            self.end(self._status or "partial")

    def _update_model(self, step: Step) -> None:
        """Tell the transport's model what this step is about, when that changed."""
        if self._caller_gone:
            return
        tools = list(step.tools)
        if step.slot and step.listen in ("slot", "char", "confirm"):
            tools.append(f"record_{step.slot}")
        parts = [name for name in (self.flow.agent.persona, step.instruct) if name]
        view = ("\n".join(parts), tuple(tools))
        if view == self._model_view:
            return
        self._model_view = view
        variables = self._variables()
        texts = []
        for name in parts:
            try:
                texts.append(self.assets.prompts.render(name, self.locale, variables))
            except Exception as exc:  # the spoken prompts still work without model instructions
                self._error("template", f"{name}: {type(exc).__name__}: {exc}")
        self._out.append(Instruct("\n\n".join(texts)))
        self._out.append(SetTools(tuple(tools)))

    # -- actions ------------------------------------------------------------------------------------------------

    async def _run(self, actions: tuple[Action, ...]) -> bool:
        """Run flow actions in order. False when a tool failure raised an event this step handles."""
        for action in actions:
            try:
                if not await self._perform(action):
                    return False
            except Exception as exc:  # a bad template or value in one action must not end the call
                self._error("action", f"{action.verb}: {type(exc).__name__}: {exc}")
        return True

    async def _perform(self, action: Action) -> bool:
        self.log.add("action", verb=action.verb)
        verb, value = action.verb, action.value
        if verb == "say":
            self._say(value)
        elif verb == "call":
            return await self._call(value, self._render_value(action.args))
        elif verb == "set":
            for name, raw in (value or {}).items():
                await self._set(name, self._render_value(raw))
        elif verb == "end_call":
            self.end(value)
        elif verb == "transfer":
            self.transfer(str(self._render_value(value)))
        elif verb == "reschedule":
            await self.reschedule(float(self._render_value(value)))
        elif verb == "save":
            await self.save(value)
        return True

    async def _call(self, name: str, args: dict[str, Any]) -> bool:
        spec = self.flow.tools[name]
        started = self.log.ms()
        error: str | None = None
        result: Any = None
        try:
            settings = self._render_value(spec.settings)
            result = await self.tools.call(name, args, ToolContext(self, spec, settings))
        except ToolError as exc:
            error = str(exc)
        except Exception as exc:  # settings that do not render are a tool failure like any other
            error = f"{name}: {type(exc).__name__}: {exc}"
        ms = round(self.log.ms() - started, 1)
        self._out.append(CallTool(name, args, result, error, ms))
        self.log.add("tool", name=name, args=args, ms=ms, ok=error is None,
                     **({"error": error} if error else {"result": result}))
        logger.info("call %s: tool %s %s in %.0f ms", self.call_id, name, "failed" if error else "ok", ms)
        if error is None:
            self._results[name] = result
            return True
        event = Event(spec.on_error, text=self._event.text, tool=name, error=error)
        if self._select(self._step, event.name) is not None:
            self._queue_event(event)
            return False
        self.log.add("unhandled", step=self._step.name, event=event.name)
        logger.warning("call %s: %s (no `%s` edge in %s; going on)", self.call_id, error, event.name,
                       self._step.name)
        return True

    async def _set(self, name: str, value: Any) -> None:
        if name in self.flow.slots:
            if value is None or value == "":
                self._slots.pop(name, None)
                value = None
            else:
                self._slots[name] = value
            await self._persist_slot(name, value)
            self.log.add("set", slot=name, value=value)
        elif name in self.flow.context:
            self._context[name] = self.assets.coerce_context(name, value)
            self.log.add("set", context=name, value=self._context[name])
        else:
            self._error("set", f"'{name}' is neither a slot nor a context variable")

    # -- CallControl: what actions and built-in tools do to the call --------------------------------------

    async def save(self, status: str | None = None) -> dict[str, Any]:
        """Save the record now, with `status` (default: complete when every required slot is confirmed)."""
        if status is not None and status not in STATUSES:
            raise ToolError(f"unknown status '{status}'")
        self._status = status or self._computed_status()
        await self._save_record()
        return {"record_id": self.record_id, "status": self._status}

    def end(self, outcome: str | None = None) -> None:
        """End the call once what was decided in this turn has been said."""
        if outcome is not None and outcome not in STATUSES:
            self._error("end_call", f"unknown outcome '{outcome}'; using the record's status")
            outcome = None
        if self._ending is None:
            self._ending = outcome or self._status or self._computed_status()

    def transfer(self, to: str) -> None:
        self._out.append(Transfer(to))
        self.log.add("transfer", to=to)
        self._transferred = True
        self._status = "transferred"
        self._ending = "transferred"

    async def reschedule(self, minutes: float) -> str:
        at = iso(self.clock() + timedelta(minutes=minutes))
        self._callback_at = at
        self._status = "rescheduled"
        self._out.append(ScheduleCallback(minutes, at))
        self.log.add("reschedule", minutes=minutes, at=at)
        if self.record_id is not None:
            await self.store.update(self.record_id, RecordUpdate(status="rescheduled", callback_at=at))
        return at

    async def complaint(self, text: str) -> None:
        self.log.add("complaint", step=self._step.name)
        if self.record_id is not None:
            await self.store.add_complaint(
                self.record_id, {"text": text, "at": iso(self.clock()), "step": self._step.name})

    # -- the record -----------------------------------------------------------------------------------------

    async def _open_record(self) -> None:
        phone, caller_id = self._context.get("phone"), self._context.get("caller_id")
        record = None
        if self._resume and (phone or caller_id):
            record = await self.store.find_resumable(self.flow.name, phone=phone, caller_id=caller_id)
        if record is not None:
            self._resumed = True
            self._slots = {name: value for name, value in record.slots.items() if name in self.flow.slots}
            self._callback_at = record.callback_at
            self._prior_events, self._prior_transcript = record.events, record.transcript
            self.record_id = record.id
        else:
            record = await self.store.create(NewRecord(
                flow=self.flow.name, phone=phone, caller_id=caller_id, call_id=self.call_id,
                locale=self.locale, context=_jsonable(self._context)))
            self.record_id = record.id
        self.log.add("start", call_id=self.call_id, record=self.record_id, resumed=self._resumed,
                     slots=sorted(self._slots))
        logger.info("call %s: started, record %s%s", self.call_id, self.record_id,
                    " (resumed)" if self._resumed else "")

    async def _save_record(self) -> None:
        if self.record_id is None:
            return
        await self.store.update(self.record_id, RecordUpdate(
            status=self._status, outcome=self._outcome, callback_at=self._callback_at,
            events=self._prior_events + self.log.events,
            transcript=self._prior_transcript + self.log.transcript))

    async def _finish(self) -> None:
        if self._ended or self._ending is None:
            return
        self._ended = True
        self._outcome = self._ending
        self._status = self._outcome if self._outcome in STATUSES else self._status or self._computed_status()
        if not self._transferred and not self._caller_gone:
            self._out.append(EndCall(self._outcome))
        self.log.add("end", outcome=self._outcome, status=self._status)
        logger.info("call %s: ended (%s)", self.call_id, self._outcome)
        await self._save_record()

    def _computed_status(self) -> str:
        required = [slot.name for slot in self.flow.slots.values() if slot.required]
        return "complete" if all(name in self._slots for name in required) else "partial"

    # -- helpers -------------------------------------------------------------------------------------------------

    def _select(self, step: Step, event: str) -> Edge | None:
        return select_edge(step, event, self._holds)

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
        logger.warning("call %s: %s: %s", self.call_id, where, message)

    def _variables(self) -> dict[str, Any]:
        """The template variables (see `daisy_engine.runtime.variables`), as of now."""
        flow, step = self.flow, self._step
        variables = {name: self._slots.get(name) for name in flow.slots}
        for name in flow.context:
            variables[name] = self._context.get(name)
        slot = flow.slots.get(step.slot) if step.slot else None
        pending = self._pending
        variables.update(
            locale=self.locale,
            phone=self._context.get("phone"),
            caller_id=self._context.get("caller_id"),
            call_id=self.call_id,
            attempt=self.attempts(),
            event=self._event.payload(),
            results=self._results,
            value=pending,
            readback=self.assets.slot_types.readback(slot, pending, self.locale) if slot is not None else "",
            so_far=self._acc.so_far() if self._acc is not None else "",
            slot=step.slot,
            outcome=self._outcome or self._ending,
            agent_name=self.agent_name,
            resumed=self._resumed,
        )
        return variables

    def _render_value(self, raw: Any) -> Any:
        return self.assets.render_value(raw, self._variables())


def _jsonable(context: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in context.items() if isinstance(value, str | int | float | bool | None)}
