"""Call records: durable per-value writes, resumable records, exports."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from daisy_engine.store import MemoryStore, NewRecord, RecordUpdate, SQLiteStore, Store, to_csv, to_jsonl


async def test_values_statuses_and_logs_round_trip(store: Store) -> None:
    record = await store.create(NewRecord(flow="daisy", phone="+521", locale="es-MX", context={"company": "X"}))
    await store.save_slot(record.id, "tractor_number", "042")
    await store.save_slot(record.id, "eta", "14:30")
    await store.save_slot(record.id, "tractor_number", "043")
    await store.add_complaint(record.id, {"text": "muy lento"})
    await store.update(
        record.id,
        RecordUpdate(
            status="rescheduled",
            callback_at="2030-01-01T12:10:00+00:00",
            events=[{"kind": "start"}],
            transcript=[{"role": "agent"}],
        ),
    )
    saved = await store.get(record.id)
    assert saved is not None
    assert saved.slots == {"tractor_number": "043", "eta": "14:30"}
    assert (saved.status, saved.callback_at) == ("rescheduled", "2030-01-01T12:10:00+00:00")
    assert saved.complaints == [{"text": "muy lento"}]
    assert saved.events == [{"kind": "start"}] and saved.context == {"company": "X"}
    await store.save_slot(record.id, "eta", None)
    assert (await store.get(record.id)).slots == {"tractor_number": "043"}  # type: ignore[union-attr]


async def test_the_newest_unfinished_record_of_a_caller_is_resumable(store: Store) -> None:
    old = await store.create(NewRecord(flow="daisy", phone="+521"))
    newer = await store.create(NewRecord(flow="daisy", phone="+521"))
    await store.create(NewRecord(flow="other", phone="+521"))
    found = await store.find_resumable("daisy", phone="+521", caller_id=None)
    assert found is not None and found.id == newer.id != old.id
    await store.update(newer.id, RecordUpdate(status="complete"))
    assert await store.find_resumable("daisy", phone="+521", caller_id=None) is None
    await store.create(NewRecord(flow="daisy", caller_id="sip:driver"))
    assert await store.find_resumable("daisy", phone=None, caller_id="sip:driver") is not None
    assert await store.find_resumable("daisy", phone=None, caller_id=None) is None


async def test_what_was_saved_does_not_change_with_the_callers_objects(store: Store) -> None:
    record = await store.create(NewRecord(flow="daisy", phone="+521"))
    value = {"plate": "ABC-123", "letters": ["A", "B"]}
    events = [{"kind": "heard", "value": value}]
    complaint = {"text": "lento", "tags": ["espera"]}
    await store.save_slot(record.id, "tractor_plate", value)
    await store.add_complaint(record.id, complaint)
    await store.update(record.id, RecordUpdate(events=events))
    value["letters"].append("C")
    events.append({"kind": "later"})
    complaint["tags"].clear()
    saved = await store.get(record.id)
    assert saved is not None
    assert saved.slots["tractor_plate"] == {"plate": "ABC-123", "letters": ["A", "B"]}
    assert saved.events == [{"kind": "heard", "value": {"plate": "ABC-123", "letters": ["A", "B"]}}]
    assert saved.complaints == [{"text": "lento", "tags": ["espera"]}]


async def test_a_log_written_again_as_it_grows_is_stored_as_it_is_each_time(store: Store) -> None:
    """A call writes its whole event log again at each save (the memory store keeps what it already holds of
    it): each time the record holds the log as given then, an entry changed in between included, and none of
    the caller's objects."""
    record = await store.create(NewRecord(flow="daisy", phone="+521"))
    events = [{"kind": "start", "slots": []}, {"kind": "heard", "value": {"plate": "ABC-123"}}]
    await store.update(record.id, RecordUpdate(events=list(events), transcript=[{"role": "caller", "text": "sí"}]))
    events[1]["value"]["plate"] = "ABD-123"  # changed in place between two writes
    events.append({"kind": "end", "ok": True})
    await store.update(record.id, RecordUpdate(events=list(events), transcript=[{"role": "caller", "text": "sí"},
                                                                               {"role": "agent", "text": "gracias"}]))
    events[0]["slots"].append("name")
    events.append({"kind": "later"})
    saved = await store.get(record.id)
    assert saved is not None
    assert saved.events == [{"kind": "start", "slots": []}, {"kind": "heard", "value": {"plate": "ABD-123"}},
                            {"kind": "end", "ok": True}]
    assert saved.transcript == [{"role": "caller", "text": "sí"}, {"role": "agent", "text": "gracias"}]
    await store.update(record.id, RecordUpdate(events=[{"kind": "start", "slots": [], "ok": 1}]))
    saved = await store.get(record.id)
    assert saved is not None and saved.events == [{"kind": "start", "slots": [], "ok": 1}]


async def test_list_filters_by_status_newest_first(store: Store) -> None:
    for status in ("partial", "complete", "partial"):
        await store.create(NewRecord(flow="daisy", status=status))
    assert [r.id for r in await store.list_records(status="partial")] == [3, 1]
    assert len(await store.list_records(limit=2)) == 2


def test_sqlite_runs_in_wal_mode_and_syncs_every_commit(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "r.db")
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_confirmed_value_survives_sigkill(tmp_path: Path) -> None:
    """The writer is killed right after `save_slot` returns: the value is on disk, nothing is lost."""
    db = tmp_path / "r.db"
    script = textwrap.dedent(f"""
        import asyncio, os, signal, sys
        from daisy_engine.store import NewRecord, SQLiteStore
        async def main():
            store = SQLiteStore({str(db)!r})
            record = await store.create(NewRecord(flow="daisy", phone="+521"))
            for index in range(3):
                await store.save_slot(record.id, f"slot{{index}}", f"value {{index}}")
            print("saved", flush=True)
            sys.stdin.readline()
        asyncio.run(main())
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "saved"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    rows = sqlite3.connect(db).execute("SELECT slot, value FROM slot_values ORDER BY slot").fetchall()
    assert rows == [("slot0", '"value 0"'), ("slot1", '"value 1"'), ("slot2", '"value 2"')]


async def test_exports_keep_values_exactly_as_confirmed() -> None:
    store = MemoryStore()
    record = await store.create(NewRecord(flow="daisy", phone="+521"))
    await store.save_slot(record.id, "tractor_number", "042")
    await store.save_slot(record.id, "full_name", 'José Ñúñez, "Pepe"')
    rows = await store.list_records()
    exported = json.loads(to_jsonl(rows))
    assert exported["slots"] == {"tractor_number": "042", "full_name": 'José Ñúñez, "Pepe"'}
    table = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert table[0]["tractor_number"] == "042" and table[0]["full_name"] == 'José Ñúñez, "Pepe"'


async def test_concurrent_writes_commit_together_and_fail_alone(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "r.db")
    try:
        record = await store.create(NewRecord(flow="daisy"))
        writes = [store.save_slot(record.id, f"slot{i}", f"value {i}") for i in range(50)]
        writes.append(store.save_slot(record.id, "broken", {1, 2}))  # not JSON: this write fails
        results = await asyncio.gather(*writes, return_exceptions=True)
        assert [type(r) for r in results if r is not None] == [TypeError]
        saved = await store.get(record.id)
        assert saved is not None and len(saved.slots) == 50 and "broken" not in saved.slots
    finally:
        await store.close()
