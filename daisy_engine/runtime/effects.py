"""What flow actions and built-in tools do to a call, and the call's record in the store.

These methods are also the `CallControl` the built-in tools act on (save, end, transfer, reschedule,
complaint).

A callback is only ever scheduled in the future: minutes that are not a positive, finite number
("abc", 0, -5) schedule nothing. From the `reschedule` tool that is a tool failure (its `on_error`
event, e.g. `tool_error`); from a `reschedule:` action it is a WARNING (`action: reschedule: ...`) and
the call goes on with its other actions (`end_call` still ends it), without a callback.

`call:` arguments are rendered templates, hence text; before the tool's JSON Schema check, a value that
came from a template is given the type the tool's `parameters` declare for it when it reads cleanly as
that type ("2" → 2 for `integer`, "true" → True for `boolean`). Literals are never retyped.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from daisy_engine.flow.model import Action
from daisy_engine.runtime.actions import CallTool, EndCall, ScheduleCallback, Transfer
from daisy_engine.runtime.call import logger
from daisy_engine.runtime.events import Event
from daisy_engine.runtime.masking import mask, preview
from daisy_engine.runtime.speech import Speech
from daisy_engine.runtime.tools import ToolContext, ToolError
from daisy_engine.store import NewRecord, RecordUpdate
from daisy_engine.store.records import STATUSES, iso


class Effects(Speech):
    """Actions (say, call, set, end_call, transfer, reschedule, save) and record keeping."""

    __slots__ = ()

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
            return await self._call(value, self._render_args(value, action.args))
        elif verb == "set":
            for name, raw in (value or {}).items():
                await self._set(name, self._render_value(raw))
        elif verb == "end_call":
            self.end(value)
        elif verb == "transfer":
            to = self._render_value(value)
            to = "" if to is None else str(to).strip()
            if not to:
                return self._transfer_not_possible("no number to transfer to")
            self.transfer(to)
        elif verb == "reschedule":
            await self.reschedule(self._render_value(value))
        elif verb == "save":
            await self.save(value)
        return True

    def _render_args(self, name: str, raw: dict[str, Any] | None) -> dict[str, Any]:
        """A `call` action's arguments rendered, and typed as the tool declares them: a template renders
        to text ("{{ quantity }}" is "2"), which the tool's `integer` parameter takes as 2. Only values
        that came from a template are retyped; a literal of the wrong type stays wrong (and fails)."""
        args = self._render_value(raw or {})
        if not isinstance(raw, dict) or not isinstance(args, dict) or name not in self.tools:
            return args  # type: ignore[no-any-return]
        templated = {key for key, value in raw.items() if isinstance(value, str) and "{" in value}
        return self.tools.typed_args(name, args, templated)

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
        if error is None:
            logger.info("call %s: tool %s ok in %.0f ms", self.call_id, name, ms)
        else:  # the reason, masked and shortened: it may quote what the caller said
            logger.info("call %s: tool %s failed in %.0f ms: %s", self.call_id, name, ms, preview(error, 160))
        if error is None:
            self._results[name] = result
            return True
        event = Event(spec.on_error, text=self._event.text, tool=name, error=error)
        if self._select(self._step, event.name) is not None:
            self._queue_event(event)
            return False
        self.log.add("unhandled", step=self._step.name, event=event.name)
        logger.warning("call %s: %s (no `%s` edge in %s; going on)", self.call_id, mask(error), event.name,
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

    def _transfer_not_possible(self, reason: str) -> bool:
        """A transfer that cannot happen: the step's `transfer_failed` edge runs (False: the actions
        after the transfer are skipped), else the call goes on with its other actions. The record is
        not left saying `transferred`."""
        self._transferred = False
        if self._status == "transferred":
            self._status = self._computed_status()
        self.log.add("transfer_failed", reason=reason)
        logger.warning("call %s: transfer failed: %s", self.call_id, mask(reason))
        event = Event("transfer_failed", text=self._event.text, error=reason)
        if self._select(self._step, event.name) is not None:
            self._queue_event(event)
            return False
        self.log.add("unhandled", step=self._step.name, event=event.name)
        return True

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
            # Claimed for this call: a second call from the same number at the same time is not given
            # this record (it gets its own), so neither call's values overwrite the other's.
            record = await self.store.find_resumable(self.flow.name, phone=phone, caller_id=caller_id,
                                                     claim=self.call_id)
        if record is not None:
            # The record is picked up (partial or rescheduled only: see `Store.find_resumable`), but the
            # call counts as `resumed` ("let's pick up where we left off") only when there is something
            # to pick up. The callback it was scheduled for is this call: unless this call schedules
            # another, `callback_at` is cleared when it ends (`_save_record`). The record now speaks
            # this call's language.
            self._slots = {name: value for name, value in record.slots.items() if name in self.flow.slots}
            self._resumed = bool(self._slots)
            self._prior_events, self._prior_transcript = record.events, record.transcript
            self.record_id = record.id
            if record.locale != self.locale:
                await self.store.update(record.id, RecordUpdate(locale=self.locale))
        else:
            record = await self.store.create(NewRecord(
                flow=self.flow.name, phone=phone, caller_id=caller_id, call_id=self.call_id,
                locale=self.locale, context=_jsonable(self._context), open=True))
            self.record_id = record.id
        self.log.add("start", call_id=self.call_id, record=self.record_id, resumed=self._resumed,
                     slots=sorted(self._slots))
        logger.info("call %s: started, record %s%s", self.call_id, self.record_id,
                    " (resumed)" if self._resumed else "")

    async def _save_record(self) -> None:
        if self.record_id is None:
            return
        await self.store.update(self.record_id, RecordUpdate(
            status=self._status, outcome=self._outcome, callback_at=self._callback_at, locale=self.locale,
            clear_callback=self._ended and self._callback_at is None,
            close=self._ended,
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


def _jsonable(context: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in context.items() if isinstance(value, str | int | float | bool | None)}
