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
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Awaitable
from typing import Any

from daisy_engine import understanding
from daisy_engine.compiler.expand import step_name
from daisy_engine.compiler.table import STAY, Edge, Step
from daisy_engine.flow.model import RETURN
from daisy_engine.runtime.actions import Action as Out
from daisy_engine.runtime.actions import CallTool, Say
from daisy_engine.runtime.call import logger
from daisy_engine.runtime.caller_text import clean_turn
from daisy_engine.runtime.effects import Effects
from daisy_engine.runtime.events import Event
from daisy_engine.runtime.listening import (
    Dictation,
    Heard,
    asks_about_calling_back,
    close,
    dictated,
    fix_of,
    hear_char,
    hear_confirmation,
    hear_intent,
    hear_slot,
    hear_yes_no,
)
from daisy_engine.runtime.masking import preview
from daisy_engine.runtime.slot_types import Accumulator
from daisy_engine.runtime.walker import destination, enters_state

MAX_HOPS = 100
"""Steps one event may chain through (done → done → ...) before the call is stopped as looping."""


class Conversation(Effects):
    """One call through a compiled flow. Not safe to share between calls; cheap to create."""

    __slots__ = ()

    # -- events in, actions out ---------------------------------------------------------------------

    async def start(self) -> list[Out]:
        """Open (or resume) the record and enter the first step."""
        async with self._lock:
            if self._started_at is not None:
                raise RuntimeError("the conversation has already started")
            self._started_at = self.clock()
            await self._open_record()
            actions = await self._process(self._enter(self._step, None, entering=True))
            self._budget.arrive(self._place())
            return actions

    @property
    def outbound(self) -> bool:
        """True on a call the agent placed (call metadata `direction: outbound`)."""
        return self._context.get("direction") == "outbound"

    async def answered(self, first_words: str | None = None) -> list[Out]:
        """Start an outbound call once the callee answered and spoke first (`first_words`, e.g.
        "¿Bueno?") or stayed silent for the flow's `outbound.wait_for_callee` seconds (None).

        When the first words are an `outbound_only` intent the first step handles (a voicemail
        greeting: "deje su mensaje después del tono"), that intent is taken instead of the greeting;
        any other first words are a hello, logged and not answered as if they were a reply."""
        text, _ = clean_turn(first_words if isinstance(first_words, str) else "")
        async with self._lock:
            if self._started_at is not None:
                raise RuntimeError("the conversation has already started")
            self._started_at = self.clock()
            await self._open_record()
            step = self._step
            if text:
                self.log.line("caller", text)
                self.log.add("turn", text=text, first_words=True)
                heard = hear_intent(self.flow, step, text, self.locale, self.assets.intent_phrases,
                                    outbound=self.outbound, only_outbound=True)
                if heard is not None and self._select(step, heard.event) is not None:
                    self.log.add("intent", step=step.name, intent=heard.event)
                    self._event = Event(heard.event, text=text, intent=heard.event)
                    self._queue_event(self._event)
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
            if self._ended:
                return []
            step = self._step
            slot = self.flow.slots.get(step.slot) if step.slot else None
            if slot is None or not slot.dtmf or step.listen not in ("slot", "confirm") \
                    or not (digits.isascii() and digits.isdigit()):
                self.log.add("keypad_ignored", step=step.name, keys=len(digits))
                return []
            self.log.line("caller", f"{digits}#")
            self.log.add("turn", keypad=digits)
            self._silences = 0
            self._event = Event("turn", text=digits)
            value = self.assets.slot_types.validate(slot, digits, self.locale, self._slot_extra(slot))
            if value is None:
                heard = Heard("no_match")
            elif step.listen == "confirm":
                heard = Heard("yes") if value == self._pending else Heard("corrected", value)
            else:
                heard = Heard("filled", value)
            return await self._process(self._heard(step, heard, digits))

    async def transfer_failed(self, reason: str = "") -> list[Out]:
        """The transport could not carry out the `Transfer` it was given (nobody answered, SIP error).

        The call is not over after all: the step's `on: transfer_failed` runs (e.g. promise a
        callback); when the flow has none, the call ends with what it collected, so the caller is
        never left in silence."""
        async with self._lock:
            if not self._transferred:
                return []
            self._transferred = False
            self._ended = False
            self._ending = None
            self._outcome = None
            self._status = self._computed_status()
            self.log.add("transfer_failed", reason=reason)
            logger.warning("call %s: transfer failed: %s", self.call_id, preview(reason, 160))
            event = Event("transfer_failed", error=reason)
            if self._select(self._step, event.name) is None:
                self.log.add("unhandled", step=self._step.name, event=event.name)
                self.end(self._status)
                return await self._process()
            self._queue_event(event)
            return await self._process()

    async def user_turn(self, text: str) -> list[Out]:
        """A complete caller turn (speech-to-text output or typed text). Empty text counts as silence.

        The text is cleaned first (see `caller_text`): no escape sequences or control characters, at
        most `MAX_TURN_CHARS` characters."""
        text, cut_from = clean_turn(text if isinstance(text, str) else str(text))
        if not text:
            return await self.silence()
        async with self._lock:
            if self._ended:
                return []
            self.log.line("caller", text)
            self.log.add("turn", text=text, **({"truncated_from": cut_from} if cut_from else {}))
            logger.debug("call %s: caller said %s", self.call_id, preview(text))
            self._silences = 0
            self._event = Event("turn", text=text)
            return await self._process(self._hear(text), turn=True)

    async def silence(self) -> list[Out]:
        async with self._lock:
            if self._ended:
                return []
            self.log.add("turn", silence=True)
            self._queue_event(Event("silence"))
            return await self._process(turn=True)

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
        missed, re-validated here) or a flow tool the current step lists. `args` must be an object (a
        JSON text of one is read); anything else is refused with an error the model can read."""
        if isinstance(args, str | bytes):
            with contextlib.suppress(ValueError):
                args = json.loads(args or "{}")
        if not isinstance(args, dict):
            return [CallTool(str(name), {}, error="the arguments must be a JSON object, e.g. {\"value\": \"...\"}")]
        async with self._lock:
            if self._ended:
                return [CallTool(name, args, error="the call has ended")]
            if not self._budget.model_call(self.flow.limits.turns):
                # A model calling tools in a loop, with no caller turn in between, is stopped here; the
                # caller's own turns stay bounded by `limits` as always.
                self.log.add("limit", step=self._step.name, reason="model_calls", turns=self._budget.turns)
                return [CallTool(name, args, error="too many tool calls in this call; go on with the caller")]
            step = self._step
            slot = self.flow.slots.get(step.slot) if step.slot else None
            if slot is not None and name == f"record_{slot.name}" and step.listen in ("slot", "char", "confirm"):
                value = self.assets.slot_types.validate(slot, args.get("value"), self.locale,
                                                        self._slot_extra(slot))
                self.log.add("model_value", slot=slot.name, value=args.get("value"), accepted=value is not None)
                if value is None:
                    return [CallTool(name, args, error=f"not a valid {slot.type}; ask the caller again")]
                event = "corrected" if step.listen == "confirm" else "filled"
                self._out.append(CallTool(name, args, result={"accepted": value}))
                return await self._process(self._heard(step, Heard(event, value), None))
            if name in step.tools and name in self.tools:
                return await self._process(self._call(name, dict(args)))
            return [CallTool(name, args, error=f"'{name}' is not available at this point of the call")]

    async def speech_interrupted(self, said: str, heard: str) -> None:
        """The caller cut the agent off: of `said` (what the agent said last, its lines joined with a
        space) only `heard`, a prefix, was played. Transports call this before the turn that interrupted.

        While a value is being confirmed and the cut fell before the end of its read-back, the caller
        never heard the value: the next "yes" does not confirm it, the engine reads it back again (no
        attempt counted). A "no", a correction or a new value are taken as usual."""
        async with self._lock:
            if self._ended:
                return
            step, played = self._step, len(heard or "")
            value_end = self._readback_end(said) if step.listen == "confirm" and self._pending is not None else None
            unheard = value_end is not None and played < value_end
            self._unheard = self._unheard or unheard
            self.log.add("interrupted", step=step.name, played=played, of=len(said or ""),
                         **({"value_heard": not unheard} if value_end is not None else {}))
            logger.info("call %s: the caller interrupted after %d of %d characters%s", self.call_id, played,
                        len(said or ""), " (the value was not heard)" if unheard else "")

    def _readback_end(self, said: str) -> int:
        """Where, in `said`, the value being confirmed has been spoken in full: the end of its read-back
        (or of the raw value); for a template that shows neither, the end of all but its last sentence
        (the question that follows the value)."""
        slot = self.flow.slots.get(self._step.slot or "")
        shown = [self.assets.slot_types.readback(slot, self._pending, self.locale, self._said(self._pending))
                 if slot is not None else "",
                 str(self._pending)]
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
        self._turn_said = []
        said_from = len(self._out), len(self.log.transcript)
        if first is not None:
            await first
        await self._drain()
        if turn and self._ending is None:
            reason = self._budget.after_turn(self._place(), self._step.limits, self.flow.limits.turns)
            if reason is not None:
                await self._bound_reached(reason, said_from)
                await self._drain()
        self._queue.clear()
        self._unheard = False  # an interruption tells about the very next turn only
        if self._ending is not None:
            await self._finish()
        if self._turn_said:
            self._last_turn = " ".join(self._turn_said)
        out, self._out = self._out, []
        return out

    async def _drain(self) -> None:
        """Handle the queued events in order, at most `MAX_HOPS` of them."""
        hops = 0
        while self._queue and self._ending is None:
            hops += 1
            if hops > MAX_HOPS:
                self._error("loop", f"more than {MAX_HOPS} steps in one turn; ending the call")
                self._queue.clear()
                self._ending = self._status or "partial"
                break
            await self._handle(self._queue.popleft())

    # -- bounds ---------------------------------------------------------------------------------------------

    def _place(self) -> tuple[Any, ...]:
        """Where the call stands, for telling progress from going round (see `bounds`)."""
        return (self._step.name, repr(self._pending), self._acc.so_far() if self._acc is not None else "",
                repr(sorted(self._slots.items())))

    async def _bound_reached(self, reason: str, said_from: tuple[int, int]) -> None:
        """A bound is reached: what this turn would have said is dropped, and the call goes to the
        step's `limits.then` state (the first time) or ends with the record's status."""
        step, budget = self._step, self._budget
        out_from, lines_from = said_from
        kept = [action for action in self._out[out_from:] if not isinstance(action, Say)]
        dropped = len(self._out) - out_from - len(kept)
        self._out[out_from:] = kept
        del self.log.transcript[lines_from:]  # the agent's lines of this turn (the caller's came before)
        self._turn_said = []
        self._queue.clear()
        self.log.add("limit", step=step.name, reason=reason, turns=budget.turns, idle=budget.idle,
                     dropped=dropped)
        logger.info("call %s: %s reached at %s (%d turns, %d idle)", self.call_id, reason, step.name,
                    budget.turns, budget.idle)
        then = step.limits.then
        if then and not budget.fired and then in self.compiled.entries:
            budget.fired = True
            target = self.compiled.steps[self.compiled.entries[then]]
            self.log.add("transition", step=step.name, event="limit", edge=None, to=target.name)
            if await self._run(step.on_exit):
                await self._enter(target, step, entering=True)
            return
        self.end(None)

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
        if count >= step.policy.max_attempts and dictated(self.flow, step) and await self._offer_restart(step):
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
            self._denied = copy.deepcopy(self._acc) if self._kept is None and self._acc is not None \
                and self._acc.complete else None
            mark_wrong = getattr(self._denied, "mark_wrong", None)
            if callable(mark_wrong) and event.text:
                mark_wrong(event.text)  # "la única letra que está mal es la P": the fix may come next
            confirmed = self._confirmed_part()
            self._forget_value()
            if self._kept is not None:
                self._acc, self._kept = self._kept, None  # what the caller said was right stays
            else:
                self._keep_confirmed(confirmed)
            if step.slot in self._dictations:
                self._dictations[step.slot].seen.clear()  # a value denied at its read-back is dictated anew
        if edge.skip and step.slot:
            self._event = event  # what comes next may say why the value was left ("eso lo vemos al final")
            self._skipped.add(step.slot)
            self._dictations.pop(step.slot, None)
            self._attempts.pop(step.slot, None)
            self.log.add("skipped", slot=step.slot)
        if (edge.skip or edge.event in ("yes", "filled", "skip")) and step.kind != "plain" \
                and edge.dest not in (STAY, RETURN) and self.compiled.steps[edge.dest].origin != step.origin:
            # Leaving the collect state with its values: a value it skipped is asked once more first.
            retry = self._retry_skipped(step, just_skipped=step.slot if edge.skip else None)
            if retry is not None:
                self._log_edge(step, edge, retry)
                self._event = self._derived("retry")
                await self._enter(retry, step, entering=False)
                return
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
            self._pending, self._acc, self._acc_slot, self._denied = None, None, target.slot, None
        self.log.add("enter", step=target.name)
        self._update_model(target)
        if entering and not await self._run(target.on_enter):
            return
        if target.kind == "ask" and target.slot in self._slots:
            self._queue_event(self._derived("skip"))
            return
        if target.kind == "ask" and target.slot in self._skipped and target.slot not in self._retried:
            # Reached again after the values that follow it (the one before it was skipped once more):
            # this is its one more try, said as such ("todavía nos faltan las placas").
            self._retried.add(target.slot)
            self._attempts.pop(target.slot, None)
            self._dictations.pop(target.slot, None)
            self.log.add("retry", slot=target.slot)
            self._event = self._derived("retry")
        if target.kind == "ask" and 0 < target.policy.spell_after <= self._attempts.get(target.slot or "", 0) \
                and target.candidates("spell"):
            self._queue_event(self._derived("spell"))
            return
        if target.kind == "spell" and self._acc is not None \
                and not (source is not None and source.kind == "ask" and source.slot == target.slot):
            # From the ask step of the same value, what was heard so far carries over: the caller goes
            # on dictating ("Llevo 8 6 A K 3 D. ¿Qué sigue?") instead of starting again.
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
        heard = hear_intent(self.flow, step, text, self.locale, self.assets.intent_phrases, self._local_now(),
                            self._calling_hours(), asks_about_calling_back(self.compiled, step),
                            outbound=self.outbound)
        if heard is not None and self._select(step, heard.event) is not None:
            self.log.add("intent", step=step.name, intent=heard.event, minutes=heard.minutes)
            self._queue_event(Event(heard.event, text=text, minutes=heard.minutes, intent=heard.event))
            return
        if step.listen in ("slot", "char") and any(edge.skip for edge in step.candidates("exhausted")) \
                and understanding.cannot_give(text, self.locale):
            # "No me acuerdo", "no lo tengo a la mano": a value the flow may skip is skipped now rather than
            # asked again (a plate, an e-mail, a number or a time alike).
            self.log.add("cannot_give", step=step.name)
            self._queue_event(Event("exhausted", text=text))
            return
        heard = self._listen(step, text)
        if dictated(self.flow, step):
            heard = self._dictation_turn(step, heard)
        await self._heard(step, heard, text)

    def _dictation_turn(self, step: Step, heard: Heard) -> Heard:
        """A plate or e-mail dictated in pieces: a turn that adds something new resets the attempts (the
        caller is cooperating); one that restates what was collected is a failed attempt; and the whole
        dictation of one value is bounded in turns."""
        slot = step.slot or ""
        dictation = self._dictations.setdefault(slot, Dictation())
        dictation.turns += 1
        if dictation.too_long():
            dictation.restarted = True  # no fresh start after this: the value is exhausted
            self._attempts[slot] = max(self._attempts.get(slot, 0), step.policy.max_attempts - 1)
            self.log.add("dictation_bound", step=step.name, turns=dictation.turns)
            return Heard("no_match")
        if heard.event == "partial" and heard.accumulator is not None:
            if self._acc is not None:
                dictation.seen.add(self._acc.so_far())
            so_far = heard.accumulator.so_far()
            if getattr(heard.accumulator, "started_over", False):
                dictation.seen.clear()  # the caller began the value again: what came before is no guide
            if not dictation.progress(so_far) and so_far:  # starting over on purpose is not a restatement
                return Heard("no_match")
            self._attempts.pop(slot, None)
        return heard

    async def _offer_restart(self, step: Step) -> bool:
        """Attempts ran out while dictating a value of which something was heard: once per value, start it
        over (as a person would) instead of giving up on it."""
        slot = step.slot or ""
        dictation = self._dictations.setdefault(slot, Dictation())
        if dictation.restarted or self._acc is None or not self._acc.so_far():
            return False
        dictation.restarted = True
        dictation.seen.clear()
        self._attempts[slot] = 0
        if self._acc is not None:
            confirmed = self._confirmed_part()
            self._acc.reset()
            self._keep_confirmed(confirmed)
        self.log.add("restart", step=step.name, slot=slot)
        self._event = self._derived("restart")
        spell = self._select(step, "spell") if step.kind == "ask" else None
        if spell is not None:
            await self._take(step, spell, self._event)
        else:
            self._say_prompt(step)
        return True

    def _confirmed_part(self) -> Any:
        """What the caller confirmed of the value being dictated ("los números sí"), to keep over a
        start-over; None for accumulators that keep no such thing."""
        part = getattr(self._acc, "confirmed_part", None)
        return part() if callable(part) else None

    def _keep_confirmed(self, part: Any) -> None:
        keep = getattr(self._acc, "keep_confirmed", None)
        if part is not None and callable(keep):
            keep(part)

    def _retry_skipped(self, step: Step, just_skipped: str | None) -> Step | None:
        """The ask step of a value this collect state skipped, to ask once more before leaving it (not
        the one skipped this very moment: that one waits for the callback)."""
        for slot in self.compiled.groups.get(step.origin, ()):
            if slot in self._skipped and slot not in self._slots and slot not in self._retried \
                    and slot != just_skipped:
                self._retried.add(slot)
                self._attempts.pop(slot, None)
                self._dictations.pop(slot, None)
                self.log.add("retry", slot=slot)
                return self.compiled.steps.get(step_name(step.origin, slot, "ask"))
        return None

    def _listen(self, step: Step, text: str) -> Heard:
        if step.listen == "yes_no":
            return hear_yes_no(text, self.locale)
        slot = self.flow.slots.get(step.slot) if step.slot else None
        if slot is None:
            return Heard("no_match")
        slot_types = self.assets.slot_types
        if step.listen in ("slot", "char") and self._denied is not None and not self._accumulator(step).so_far():
            fixed = fix_of(self._denied, text)
            if fixed is not None:
                return fixed
        if step.listen == "slot":
            return hear_slot(self._accumulator(step), text)
        if step.listen == "char":
            return hear_char(self._accumulator(step), text, self.locale)
        if step.listen == "confirm":
            return hear_confirmation(text, self.locale, self._pending, self._accumulator(step),
                                     lambda: slot_types.accumulator(slot, self.locale, self._slot_extra(slot)))
        return Heard("no_match")

    async def _heard(self, step: Step, heard: Heard, text: str | None) -> None:
        if self._unheard and step.listen == "confirm" and heard.event == "yes":
            # The read-back was cut off before its value: this "yes" cannot confirm what was not heard.
            self.log.add("heard", step=step.name, event="yes", unheard_value=True)
            logger.info("call %s: a yes to a value the caller did not hear; reading it back again", self.call_id)
            self._say_prompt(step)
            return
        self._kept = heard.accumulator if heard.event == "no" else None
        if heard.event in ("filled", "partial", "corrected"):
            self._denied = None  # a new value (or a piece of one) is being dictated
        if heard.accumulator is not None and self._kept is None:
            self._acc = heard.accumulator
        self.log.add("heard", step=step.name, event=heard.event, value=heard.value,
                     so_far=self._acc.so_far() if self._acc is not None else "")
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
            self._acc = self.assets.slot_types.accumulator(slot, self.locale, self._slot_extra(slot))
            self._acc_slot = step.slot
        return self._acc

    async def _on_silence(self, step: Step, event: Event) -> None:
        edge = self._select(step, "silence")
        if edge is not None:
            await self._take(step, edge, event)
            return
        if dictated(self.flow, step) and self._acc is not None and self._acc.so_far():
            # A pause after a complete, valid value: the caller is done; read it back.
            closed = close(self._acc)
            if closed is not None:
                await self._heard(step, Heard("filled", closed.value, accumulator=closed), None)
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
