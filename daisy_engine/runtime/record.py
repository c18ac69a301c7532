"""A call's record in the store: opened (or resumed) when the call starts, each confirmed value written
when it is confirmed, the values heard but not confirmed yet (kept apart as unconfirmed) and those the caller
has none of written as soon as they change, the event log and transcript added to after every turn, and the
whole saved when the call ends (and whenever a `save` asks for it). So a call whose process dies midway (kill -9, a
power cut) loses no value it heard - the callback reads an unconfirmed one back instead of asking for it again -
and keeps its log and transcript up to its last finished turn.

A record is resumed only for the same flow and caller, and claimed for this call: a second call from
the same number at the same time gets a record of its own (see `Store.find_resumable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from daisy_engine.runtime.events import CallLog
from daisy_engine.runtime.masking import masked_logger, preview
from daisy_engine.runtime.state import CallState
from daisy_engine.store import NewRecord, RecordUpdate, Store
from daisy_engine.store.records import iso

logger = masked_logger("daisy_engine.runtime")  # masked at INFO, whatever the handlers


class CallRecord:
    """The store's record of one call."""

    __slots__ = ("store", "id", "_state", "_log", "_call_id", "_locale", "_resume", "_prior_events",
                 "_prior_transcript", "_heard", "_events_kept", "_lines_kept", "_last_line")

    def __init__(self, store: Store, state: CallState, log: CallLog, call_id: str, locale: str,
                 *, resume: bool = True) -> None:
        self.store = store
        self.id: int | None = None
        self._state = state
        self._log = log
        self._call_id = call_id
        self._locale = locale
        self._resume = resume
        # What a resumed record already held (shared empty tuples until then: most calls resume nothing)
        self._prior_events: Sequence[dict[str, Any]] = ()
        self._prior_transcript: Sequence[dict[str, Any]] = ()
        # The unconfirmed and absent values the record holds as this call last wrote them (None: not written yet)
        self._heard: tuple[dict[str, Any], list[str]] | None = None
        # How many of the call's events and transcript lines the record holds (written turn by turn)
        self._events_kept = 0
        self._lines_kept = 0
        # The last of those lines, as the call's log held it: a turn cut back by a bound after a `save` wrote its
        # lines (`Output.unsay`) drops lines the record holds, and the log no longer has this very line there
        self._last_line: dict[str, Any] | None = None

    async def open(self) -> None:
        """Resume the caller's unfinished record of this flow (its confirmed values come back), or
        create one."""
        state, flow = self._state, self._state.flow
        phone, caller_id = state.context.get("phone"), state.context.get("caller_id")
        record = None
        if self._resume and (phone or caller_id):
            # Claimed for this call: a second call from the same number at the same time is not given
            # this record (it gets its own), so neither call's values overwrite the other's.
            record = await self.store.find_resumable(flow.name, phone=phone, caller_id=caller_id,
                                                     claim=self._call_id)
        if record is not None:
            # The record is picked up (partial or rescheduled only: see `Store.find_resumable`), but the
            # call counts as `resumed` ("let's pick up where we left off") only when there is something
            # to pick up. The callback it was scheduled for is this call: unless this call schedules
            # another, `callback_at` is cleared when it ends (`save`). The record now speaks this call's
            # language.
            state.slots = {name: value for name, value in record.slots.items()
                           if name in flow.slots and flow.recorded(name)}
            # What the caller has none of ("no traigo caja") is not asked again on the callback.
            state.absent = {name for name in record.absent if name in flow.slots and name not in state.slots}
            # A value heard but not confirmed when the last call ended is read back for confirmation when its
            # question comes (see `Conversation._enter`), not asked from scratch.
            state.unconfirmed = {name: value for name, value in record.unconfirmed.items()
                                 if name in flow.slots and flow.recorded(name) and name not in state.slots
                                 and name not in state.absent}
            state.carried = frozenset(state.unconfirmed)
            state.resumed = bool(state.slots) or bool(state.unconfirmed)
            self._prior_events, self._prior_transcript = record.events, record.transcript
            self.id = record.id
            if record.locale != self._locale:
                await self.store.update(record.id, RecordUpdate(locale=self._locale))
        else:
            record = await self.store.create(NewRecord(
                flow=flow.name, phone=phone, caller_id=caller_id, call_id=self._call_id,
                locale=self._locale, context=_jsonable(state.context), open=True))
            self.id = record.id
        self._log.add("start", call_id=self._call_id, record=self.id, resumed=state.resumed,
                      slots=sorted(state.slots))
        logger.info("call %s: started, record %s%s", self._call_id, self.id, " (resumed)" if state.resumed else "")

    async def relocale(self, locale: str) -> None:
        """The call went on in `locale` (the caller switched language): the record speaks it from now on."""
        self._locale = locale
        if self.id is not None:
            await self.store.update(self.id, RecordUpdate(locale=locale))

    async def persist_slot(self, slot: str, value: Any) -> None:
        """One value, written now (None removes it). A slot declared `record: false` only steers the call
        (which value to fix at the summary): it is the call's state, not a value collected, and is never
        written."""
        if self.id is not None and self._state.flow.recorded(slot):
            await self.store.save_slot(self.id, slot, value)

    async def keep_turn(self) -> None:
        """Write what the turn added to the call, before the agent speaks: its events and transcript lines (a
        call killed midway keeps its log up to its last finished turn) and the values heard but not confirmed
        and those the caller has none of, when they changed (a value heard is in the store as a confirmed one
        is). One write, of what is new only; none when nothing is.

        A failed write does not fail the turn: it is logged (WARNING) and what it held is written with the next
        turn, or at the end of the call."""
        if self.id is None:
            return
        log = self._log
        events, lines = log.events[self._events_kept:], log.transcript[self._lines_kept:]
        # the record holds lines the log dropped since (a `save` in a turn a bound then cut back): the transcript is
        # written whole, as the log holds it, so the record has exactly the call's lines and every later turn's
        rewrite = self._lines_kept > 0 and (len(log.transcript) < self._lines_kept
                                            or log.transcript[self._lines_kept - 1] is not self._last_line)
        heard, known = (self.unconfirmed(), self.absent()), self._heard
        if known is not None:
            # a value confirmed since is not unconfirmed in the store either (`save_slot` took it out): its
            # confirmation alone is no change to write (it was one more synced write per value, before the reply)
            confirmed = self._state.slots
            known = ({name: value for name, value in known[0].items() if name not in confirmed}, known[1])
            self._heard = known
        # a new record holds no unconfirmed or absent value; a resumed one is written at its first change
        changed = heard != known and not (known is None and heard == ({}, []))
        if not (events or lines or changed or rewrite):
            return
        try:
            await self.store.update(self.id, RecordUpdate(
                unconfirmed=heard[0] if changed else None, absent=heard[1] if changed else None,
                more_events=events or None, more_transcript=None if rewrite else lines or None,
                transcript=[*self._prior_transcript, *log.transcript] if rewrite else None))
        except Exception as exc:  # the store is down or full: the call goes on, and this is written later
            logger.warning("call %s: the turn could not be written to record %s (%s: %s); it is written with the "
                           "next one", self._call_id, self.id, type(exc).__name__, preview(str(exc), 160))
            return
        self._events_kept += len(events)
        self._lines_kept = len(log.transcript) if rewrite else self._lines_kept + len(lines)
        self._last_line = log.transcript[self._lines_kept - 1] if self._lines_kept else None
        if changed:
            self._heard = heard

    async def save(self) -> None:
        """The record as the call stands: status, outcome, callback, events and transcript; closed (and a
        callback it was resumed for cleared) once the call has ended."""
        if self.id is None:
            return
        state = self._state
        self._heard = (self.unconfirmed(), self.absent())
        await self.store.update(self.id, RecordUpdate(
            status=state.status, outcome=state.outcome, callback_at=state.callback_at, locale=self._locale,
            absent=self._heard[1],
            unconfirmed=self._heard[0],
            clear_callback=state.ended and state.callback_at is None,
            close=state.ended,
            events=[*self._prior_events, *self._log.events],
            transcript=[*self._prior_transcript, *self._log.transcript]))
        # Written whole (not added to): whatever the turns wrote is replaced, never doubled, even one whose write
        # was cut short after the store had it.
        self._events_kept, self._lines_kept = len(self._log.events), len(self._log.transcript)
        self._last_line = self._log.transcript[-1] if self._log.transcript else None

    def unconfirmed(self) -> dict[str, Any]:
        """The values heard whole but not confirmed, as the record keeps them: those read back (or to be) and
        those said whole at another question, kept for their own ("soy Pedro Ramírez, llego a las tres": the
        arrival time); only recorded slots, none that is confirmed or that the caller has none of. A value
        only begun ("pe de Puebla") is not one."""
        state = self._state
        heard = dict(state.unconfirmed)
        for name, acc in state.volunteered.items():
            if acc.complete and acc.value is not None:
                heard[name] = acc.value  # said after any earlier value of the slot: the caller's latest
        return {name: value for name, value in heard.items()
                if state.flow.recorded(name) and name not in state.slots and name not in state.absent}

    def absent(self) -> list[str]:
        """The values the caller has none of ("no traigo caja"), as the record keeps them: none that is confirmed."""
        return sorted(name for name in self._state.absent if name not in self._state.slots)

    async def rescheduled(self, at: str) -> None:
        if self.id is not None:
            await self.store.update(self.id, RecordUpdate(status="rescheduled", callback_at=at))

    async def complaint(self, text: str, at: Any, step: str) -> None:
        if self.id is not None:
            await self.store.add_complaint(self.id, {"text": text, "at": iso(at), "step": step})


def _jsonable(context: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in context.items() if isinstance(value, str | int | float | bool | None)}
