"""An in-memory `Store` for conversation tests and experiments: same behaviour, nothing on disk."""

from __future__ import annotations

import copy
from typing import Any

from daisy_engine.store.records import OPEN_LEASE, RESUMABLE, NewRecord, Record, RecordUpdate, iso, utc_now

_ATOMS = (str, int, float, bool, type(None))


def _copy(value: Any) -> Any:
    """A deep copy of JSON-like data (what calls store: event logs, transcripts, values), several times
    faster than `copy.deepcopy` on it; anything else is deep-copied as usual."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    # Atoms are checked inline: most values in an event log are, and a call per value would double the cost.
    if kind is dict:
        copied = value.copy()
        for key, item in copied.items():
            if type(item) not in _ATOMS:
                copied[key] = _copy(item)
        return copied
    if kind is list:
        return [item if type(item) in _ATOMS else _copy(item) for item in value]
    return copy.deepcopy(value)


def _copy_over(value: Any, stored: Any) -> Any:
    """`_copy(value)`, where `value` may be the list `stored` (the record's own copy it replaces) with more
    entries after it: then what is stored is kept and only the new entries are copied. A call's event log and
    transcript only grow, and are written whole twice in the last turn (the flow's save, the end): copying them
    whole each time was a fifth of that turn. The same data as a copy: what is stored is never given out (reads
    get deep copies), and it is kept only when every entry equals, and is of the type of, the one it replaces
    (compared in C, several times faster than copying)."""
    if type(value) is not list or type(stored) is not list or len(value) < len(stored):
        return _copy(value)
    kept = len(stored)
    if value[:kept] != stored or list(map(type, value[:kept])) != list(map(type, stored)):
        return _copy(value)
    return stored + [item if type(item) in _ATOMS else _copy(item) for item in value[kept:]]


class MemoryStore:
    """Keeps records in a dict; returns copies so callers cannot change what is stored by accident."""

    def __init__(self) -> None:
        self._records: dict[int, Record] = {}
        # (flow, "phone" or "caller_id", value) -> the newest record's id: finding a caller's record does
        # not scan every record (thousands of calls share one store in benchmarks and long sessions).
        self._newest: dict[tuple[str, str, str], int] = {}
        self._open: dict[int, tuple[str | None, str]] = {}  # record id -> (call id, open until)

    async def create(self, new: NewRecord) -> Record:
        now = iso(utc_now())
        record = Record(
            id=len(self._records) + 1,
            flow=new.flow,
            status=new.status,
            phone=new.phone,
            caller_id=new.caller_id,
            call_id=new.call_id,
            locale=new.locale,
            slots=dict(new.slots),
            context=dict(new.context),
            created_at=now,
            updated_at=now,
        )
        self._records[record.id] = record
        for attribute, value in (("phone", new.phone), ("caller_id", new.caller_id)):
            if value:
                self._newest[(new.flow, attribute, value)] = record.id
        if new.open:
            self._open[record.id] = (new.call_id, iso(utc_now() + OPEN_LEASE))
        return copy.deepcopy(record)

    async def get(self, record_id: int) -> Record | None:
        record = self._records.get(record_id)
        return copy.deepcopy(record) if record else None

    async def find_resumable(
        self, flow: str, *, phone: str | None, caller_id: str | None, claim: str | None = None
    ) -> Record | None:
        for attribute, value in (("phone", phone), ("caller_id", caller_id)):
            if not value:
                continue
            newest_id = self._newest.get((flow, attribute, value))
            if newest_id is not None:
                newest = self._records[newest_id]
                if newest.status not in RESUMABLE:
                    return None
                if claim is not None:
                    holder, until = self._open.get(newest.id, (None, ""))
                    if holder not in (None, claim) and until > iso(utc_now()):
                        return None  # another call has it open: this call gets a record of its own
                    self._open[newest.id] = (claim, iso(utc_now() + OPEN_LEASE))
                return copy.deepcopy(newest)
        return None

    async def save_slot(self, record_id: int, slot: str, value: Any) -> None:
        record = self._records[record_id]
        if value is None:
            record.slots.pop(slot, None)
        else:
            record.slots[slot] = _copy(value)
            record.unconfirmed.pop(slot, None)  # confirmed now: no longer awaiting confirmation
        self._renew(record_id)
        record.updated_at = iso(utc_now())

    async def add_complaint(self, record_id: int, complaint: dict[str, Any]) -> None:
        record = self._records[record_id]
        record.complaints.append(_copy(complaint))
        record.updated_at = iso(utc_now())

    async def update(self, record_id: int, update: RecordUpdate) -> None:
        record = self._records[record_id]
        for name in ("status", "outcome", "callback_at", "locale", "absent", "unconfirmed", "events", "transcript"):
            value = getattr(update, name)
            if value is not None:
                setattr(record, name, _copy_over(value, getattr(record, name)))
        for name, more in (("events", update.more_events), ("transcript", update.more_transcript)):
            if more:
                getattr(record, name).extend(_copy(more))
        if update.unconfirmed is not None:  # a value confirmed meanwhile is not also awaiting confirmation
            record.unconfirmed = {name: value for name, value in record.unconfirmed.items() if name not in record.slots}
        if update.clear_callback and update.callback_at is None:
            record.callback_at = None
        if update.close:
            self._open.pop(record_id, None)
        else:
            self._renew(record_id)
        record.updated_at = iso(utc_now())

    def _renew(self, record_id: int) -> None:
        if record_id in self._open:
            self._open[record_id] = (self._open[record_id][0], iso(utc_now() + OPEN_LEASE))

    async def list_records(self, *, limit: int | None = None, status: str | None = None) -> list[Record]:
        records = sorted(self._records.values(), key=lambda r: r.id, reverse=True)
        if status:
            records = [r for r in records if r.status == status]
        return [copy.deepcopy(r) for r in records[:limit]]

    async def close(self) -> None:
        return None
