"""The state one call holds, and the small helpers every part of a call uses.

A call is only this: its step, confirmed slots, the value being confirmed, attempts, the return stack
and what it said. The compiled flow, templates and tools are shared by every call of the flow.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daisy_engine.compiler.table import CompiledFlow, Edge, Step
from daisy_engine.flow.model import Slot
from daisy_engine.runtime.actions import Action as Out
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.bounds import TurnBudget
from daisy_engine.runtime.events import CallLog, Event
from daisy_engine.runtime.listening import Dictation
from daisy_engine.runtime.masking import mask
from daisy_engine.runtime.slot_types import Accumulator
from daisy_engine.runtime.tools import ToolRegistry
from daisy_engine.runtime.walker import edge_index, select_edge
from daisy_engine.store import MemoryStore, Store
from daisy_engine.store.records import utc_now

logger = logging.getLogger("daisy_engine.runtime")


class CallCore:
    """A call's own state over a shared compiled flow."""

    __slots__ = (
        "compiled", "flow", "locale", "store", "tools", "assets", "clock", "log", "call_id", "record_id",
        "_context", "_step", "_slots", "_pending", "_acc", "_acc_slot", "_attempts", "_silences", "_stack",
        "_results", "_event", "_status", "_ending", "_outcome", "_transferred", "_resumed", "_caller_gone",
        "_callback_at", "_ended", "_started_at", "_queue", "_out", "_turn_said", "_said_for", "_last_turn", "_lock",
        "_model_view", "_resume", "_prior_events", "_prior_transcript", "_dictations", "_skipped", "_retried", "_kept",
        "_unheard", "_denied",
        "_budget",
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
        self.assets = assets or FlowAssets.of(compiled)
        self.tools = tools if tools is not None else self.assets.tools
        self.clock = clock
        self.log = CallLog()
        self._context = self.assets.call_context(context or {})
        # Unique across processes too: it names the call that holds its record open.
        self.call_id = str(self._context.get("call_id") or f"call-{uuid.uuid4().hex[:16]}")
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
        # The caller's turn each confirmed value came from, so that the summary reads it as it was said
        # ("diecisiete cuarenta y cinco" stays on the 24-hour dial).
        self._said_for: dict[str, str] = {}
        self._last_turn = ""
        self._lock = asyncio.Lock()
        self._model_view: tuple[str, tuple[str, ...]] | None = None
        self._resume = resume
        self._prior_events: list[dict[str, Any]] = []
        self._prior_transcript: list[dict[str, Any]] = []
        self._dictations: dict[str, Dictation] = {}  # per slot dictated in pieces
        self._skipped: set[str] = set()  # slots left missing by `on_exhausted: skip`
        self._retried: set[str] = set()  # skipped slots already asked once more
        self._kept: Accumulator | None = None  # what a "no" at a read-back keeps ("los números sí")
        # The value a plain "no" at its read-back turned down, kept so that a correction said next ("no." -
        # "le falta el Mario al principio") applies to it instead of being dictated as a new value.
        self._denied: Accumulator | None = None
        self._unheard = False  # the caller cut the read-back off before its value: a "yes" does not confirm
        self._budget = TurnBudget()

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

    def _queue_event(self, event: Event) -> None:
        self._queue.append(event)

    def _derived(self, name: str) -> Event:
        """An event the engine raises during a turn; it keeps the turn's words and minutes."""
        return Event(name, text=self._event.text, minutes=self._event.minutes)

    # -- values ----------------------------------------------------------------------------------------------

    async def _accept(self, step: Step) -> None:
        """The pending value is confirmed: write it to the store now, before anything else happens."""
        slot, value = step.slot, self._pending
        if slot is not None and value is not None:
            self._slots[slot] = value
            said = self._said(value)
            if said is not None:
                self._said_for[slot] = said
            else:
                self._said_for.pop(slot, None)
            await self._persist_slot(slot, value)
            self.log.add("confirmed", slot=slot, value=value)
            logger.info("call %s: %s confirmed", self.call_id, slot)
            self._attempts.pop(slot, None)
            self._dictations.pop(slot, None)
            self._skipped.discard(slot)
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

    # -- helpers -------------------------------------------------------------------------------------------------

    def _select(self, step: Step, event: str) -> Edge | None:
        candidates = step.candidates(event)
        if step.slot is None or self._pending is None or not any(e.effect == "accept" for e in candidates):
            return select_edge(step, event, self._holds)
        # The edge that confirms a value decides with it confirmed: `when: "birth_year == ..."` on the
        # `done` after the last slot reads the year just given, not the empty slot.
        had, before = step.slot in self._slots, self._slots.get(step.slot)
        self._slots[step.slot] = self._pending
        try:
            return select_edge(step, event, self._holds)
        finally:
            if had:
                self._slots[step.slot] = before
            else:
                del self._slots[step.slot]

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

    def _said(self, pending: Any) -> str | None:
        """The caller's turn the pending value came from, when the value being built is that one."""
        acc = self._acc
        if acc is None or pending is None or acc.value != pending:
            return None
        said = getattr(acc, "said", None)
        return said if isinstance(said, str) else None

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
            readback=self.assets.slot_types.readback(slot, pending, self.locale, self._said(pending))
            if slot is not None else "",
            so_far=self._acc.so_far() if self._acc is not None else "",
            slot=step.slot,
            outcome=self._outcome or self._ending,
            agent_name=self.agent_name,
            resumed=self._resumed,
        )
        # Not a template variable (no flow name can start with "_"): read by the `readback` filter.
        variables["_said_for"] = {name: (variables.get(name), said) for name, said in self._said_for.items()}
        return variables

    def _slot_extra(self, slot: Slot) -> dict[str, Any]:
        """Call-time options for a slot's understanding: a time slot resolves "en dos horas y media"
        from the call's local time (the call's clock, in the zone of the `timezone` context variable
        when the call has one, else this machine's)."""
        return {"now": self._local_now()} if slot.type == "time" else {}

    def _local_now(self) -> datetime:
        now = self.clock()
        if now.tzinfo is None:
            return now
        zone = self._context.get("timezone")
        if not zone and self.flow.callbacks.quiet_hours is not None:
            zone = self.flow.callbacks.timezone  # the zone the flow's quiet hours are written in
        if isinstance(zone, str) and zone:
            try:
                return now.astimezone(ZoneInfo(zone))
            except (ZoneInfoNotFoundError, ValueError):
                self._error("timezone", f"unknown time zone {zone!r}; using this machine's")
        return now.astimezone()

    def _calling_hours(self) -> str | None:
        """When a callback asked for a day ("llámeme mañana") may be placed: the call's `calling_hours`
        context variable, else the hours outside the flow's `callbacks.quiet_hours` (the scheduler would
        not place it inside them anyway), else the understanding layer's default."""
        hours = self._context.get("calling_hours")
        if isinstance(hours, str) and hours:
            return hours
        quiet = self.flow.callbacks.quiet_hours
        return f"{quiet[1]}-{quiet[0]}" if quiet is not None else None

    def _render_value(self, raw: Any) -> Any:
        return self.assets.render_value(raw, self._variables())
