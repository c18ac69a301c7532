"""Nothing lost: a call's event log and transcript are written to its record after every turn, before the agent
speaks, not only when the call ends. A call whose process is killed (SIGKILL of the console, a crashed LiveKit
worker) keeps what was said up to its last finished turn; a call that ends normally holds each entry once. A store
that fails to take a turn's writing does not break the turn: the call goes on, a WARNING says so (masked), and
what was not written goes with the next turn."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from runtime_helpers import at_noon, said, written_flow
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore, NewRecord, RecordUpdate, SQLiteStore, Store

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
RUN = "import typer; from daisy_engine.cli.run_cmd import run_command; typer.run(run_command)"

# (locale, a call's first turns): each is answered before the next is said
CALLS = [
    ("es-MX", ["sí", "me llamo Ana López Ruiz", "sí", "el tractor es el cuarenta y cinco doce"]),
    ("en-US", ["yes", "my name is John Smith", "yes", "forty five twelve"]),
    ("en-US", ["yeah sure", "it's Mary Johnson", "that's right"]),
]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("LIVEKIT_URL", "DAISY_RECORDS")}


def caller_lines(transcript: list[dict[str, Any]]) -> list[str]:
    return [line["text"] for line in transcript if line["role"] == "caller"]


async def _record(store: Store, conv: Conversation) -> Any:
    record = await store.get(conv.record_id or 0)
    assert record is not None
    return record


@pytest.mark.parametrize(("locale", "turns"), CALLS)
def test_a_killed_console_call_keeps_its_log_and_transcript_up_to_the_kill(
        tmp_path: Path, locale: str, turns: list[str]) -> None:
    db = tmp_path / "r.db"
    child = subprocess.Popen([sys.executable, "-c", RUN, str(DAISY), "--records", str(db), "--phone", "+5215550188",
                              "--locale", locale], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env())
    assert child.stdin is not None and child.stdout is not None
    greeting = child.stdout.readline()
    replies = []
    for turn in turns:
        child.stdin.write(turn + "\n")
        child.stdin.flush()
        replies.append(child.stdout.readline().strip())  # answered only once the store has the turn
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    shown = CliRunner().invoke(app, ["records", "show", "1", "--records", str(db)])
    assert shown.exit_code == 0, shown.output
    said = [line.split(None, 1)[1] for line in shown.output.splitlines() if line.startswith(("caller ", "agent "))]
    assert [line for line in said if line in turns] == turns  # every caller turn, in order
    assert greeting.strip().split(". ")[0] in " ".join(said)
    assert replies[-1].split(". ")[0] in " ".join(said)  # the last reply before the kill too

    exported = CliRunner().invoke(app, ["records", "export", "--records", str(db)])
    record = json.loads(exported.output)
    assert record["status"] == "partial"
    kinds = [event["kind"] for event in record["events"]]
    assert kinds[0] == "start" and "end" not in kinds
    assert [event["text"] for event in record["events"] if event["kind"] == "turn"] == turns


@pytest.mark.parametrize(("locale", "turns"), CALLS)
async def test_after_each_turn_the_record_holds_the_log_so_far(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str]) -> None:
    conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550199"})
    await conv.start()
    for k, turn in enumerate(turns):
        await conv.user_turn(turn)
        record = await _record(store, conv)
        assert record.events == conv.log.events and record.transcript == conv.log.transcript
        assert caller_lines(record.transcript) == turns[:k + 1]


# A flow whose repeat request saves the record in the turn (its `say` line written with it) and whose idle bound
# then cuts that turn back: its lines are not said, the call goes on in `help`.
SAVE_THEN_LIMIT = """\
version: 1
name: cut
locales: [en-US]
defaults:
  policy: {max_attempts: 20, on_exhausted: bye}
  limits: {turns: 30, idle_turns: 2, then: help}
slots:
  code: {type: integer}
intents:
  repeat: {then: return, say: sorry, actions: [{save: partial}]}
states:
  ask:
    say: ask
    capture: code
    on:
      - {on: filled, to: bye}
  help:
    say: help
    on:
      - {on: yes, to: again}
      - {on: no, to: bye}
  again:
    say: again
    capture: code
    on:
      - {on: filled, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: partial}]
    final: true
"""


async def test_a_turn_a_limit_cut_back_after_a_save_leaves_the_record_as_the_log(
        tmp_path: Path, store: Store) -> None:
    flow = written_flow(tmp_path, "cut", SAVE_THEN_LIMIT, {"en-US": {
        name: f"{name} line" for name in ("ask", "help", "again", "bye", "sorry")}})
    conv = Conversation(flow, store=store)
    await conv.start()
    replies = []
    for turn in ["could you say that again?", "could you say that again?", "yes", "could you say that again?", "42"]:
        replies.append(said(await conv.user_turn(turn)))
        record = await _record(store, conv)
        # after every turn the record holds exactly the call's lines: none the bound took back, every one said since
        assert record.transcript == conv.log.transcript, turn
    assert replies[1] == "help line" and replies[2] == "again line" and replies[-1] == "bye line"
    texts = [line["text"] for line in record.transcript]
    assert texts.count("sorry line") == 2  # the first repeat's and the fourth turn's; not the one cut back
    assert conv.ended and record.events == conv.log.events


@pytest.mark.parametrize(("locale", "turns"), CALLS)
async def test_a_call_that_ends_holds_each_entry_of_its_log_once(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str]) -> None:
    conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550199"})
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    await conv.hangup()
    record = await _record(store, conv)
    assert record.events == conv.log.events and record.transcript == conv.log.transcript
    assert caller_lines(record.transcript) == turns
    assert [event["kind"] for event in record.events].count("start") == 1


async def test_a_resumed_call_adds_its_log_after_the_first_calls(daisy: CompiledFlow, store: Store) -> None:
    first = Conversation(daisy, locale="es-MX", store=store, clock=at_noon, context={"phone": "+5215550111"})
    await first.start()
    for turn in ("sí", "me llamo Ana López Ruiz", "sí"):
        await first.user_turn(turn)
    await first.hangup()
    second = Conversation(daisy, locale="es-MX", store=store, clock=at_noon, context={"phone": "+5215550111"})
    await second.start()
    await second.user_turn("sí")
    assert second.record_id == first.record_id
    record = await _record(store, second)
    assert record.events == [*first.log.events, *second.log.events]
    assert record.transcript == [*first.log.transcript, *second.log.transcript]
    await second.user_turn("el tractor es el cuarenta y cinco doce")
    await second.hangup()
    record = await _record(store, second)
    assert record.events == [*first.log.events, *second.log.events]
    assert caller_lines(record.transcript) == ["sí", "me llamo Ana López Ruiz", "sí", "sí",
                                               "el tractor es el cuarenta y cinco doce"]


class FailingStore(MemoryStore):
    """A store whose updates fail while `down` (a full disk, a lost database connection)."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    async def update(self, record_id: int, update: RecordUpdate) -> None:
        if self.down:
            raise OSError("database is locked: juan.perez@gmail.com +5215550123")
        await super().update(record_id, update)


@pytest.mark.parametrize(("locale", "turns"), CALLS)
async def test_a_store_that_fails_a_turns_writing_does_not_break_the_turn(
        daisy: CompiledFlow, locale: str, turns: list[str], caplog: pytest.LogCaptureFixture) -> None:
    store = FailingStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550122"})
    alone = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon, context={"phone": "+5215550122"})
    await conv.start()
    await alone.start()
    store.down = True
    with caplog.at_level(logging.WARNING, logger="daisy_engine.runtime"):
        for turn in turns[:-1]:
            # answered as if the store worked
            assert await conv.user_turn(turn) == await alone.user_turn(turn)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings and all("could not be written" in w for w in warnings)
    assert not any("juan.perez@gmail.com" in w or "5215550123" in w for w in warnings)  # masked
    assert caller_lines((await _record(store, conv)).transcript) == []
    store.down = False
    await conv.user_turn(turns[-1])  # the store is back: what the failed turns added is written now
    record = await _record(store, conv)
    assert record.events == conv.log.events and caller_lines(record.transcript) == turns


async def test_log_entries_alone_are_committed_unsynced_and_values_still_synced(tmp_path: Path) -> None:
    # A turn's log entries survive the process being killed once committed (the WAL); a value is synced to the disk
    # before the call moves on, whatever was written before it.
    store = SQLiteStore(tmp_path / "r.db")
    record = await store.create(NewRecord(flow="daisy", phone="+5215550133"))

    async def synchronous() -> int:
        return int(await store._run(lambda: store._db.execute("PRAGMA synchronous").fetchone()[0]))

    await store.update(record.id, RecordUpdate(more_events=[{"t": 1.0, "kind": "turn", "text": "sí"}],
                                               more_transcript=[{"t": 1.0, "role": "caller", "text": "sí"}]))
    assert await synchronous() == 1  # NORMAL
    await store.save_slot(record.id, "full_name", "Ana López Ruiz")
    assert await synchronous() == 2  # FULL
    await store.update(record.id, RecordUpdate(more_events=[{"t": 2.0, "kind": "turn", "text": "sí"}],
                                               unconfirmed={"eta": "15:00"}))
    assert await synchronous() == 2  # a value heard goes with them: synced
    saved = await store.get(record.id)
    assert saved is not None and [event["t"] for event in saved.events] == [1.0, 2.0]
    assert saved.slots == {"full_name": "Ana López Ruiz"} and saved.unconfirmed == {"eta": "15:00"}
    await store.close()


async def _log_turns_then_value(store: SQLiteStore) -> list[int]:
    """`synchronous` (1 NORMAL, 2 FULL) after each of two log-only turns and a value, written to `store`."""
    record = await store.create(NewRecord(flow="daisy", phone="+5215550134"))

    async def synchronous() -> int:
        return int(await store._run(lambda: store._db.execute("PRAGMA synchronous").fetchone()[0]))

    seen = []
    for t, text in ((1.0, "sí"), (2.0, "Ana López Ruiz")):
        await store.update(record.id, RecordUpdate(more_events=[{"t": t, "kind": "turn", "text": text}],
                                                   more_transcript=[{"t": t, "role": "caller", "text": text}]))
        seen.append(await synchronous())
    await store.save_slot(record.id, "full_name", "Ana López Ruiz")
    seen.append(await synchronous())
    saved = await store.get(record.id)
    assert saved is not None and [event["t"] for event in saved.events] == [1.0, 2.0]
    assert [line["text"] for line in saved.transcript] == ["sí", "Ana López Ruiz"]
    return seen


async def test_without_wal_every_turns_log_is_synced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    # An in-memory database keeps its own journal (`journal_mode=WAL` answers "memory"): a commit not synced is only
    # durable in WAL, so without it the lighter commit of a turn's log is never used
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.WARNING, logger="daisy_engine.store"):
        store = SQLiteStore(":memory:")
    try:
        assert await _log_turns_then_value(store) == [2, 2, 2]
    finally:
        await store.close()
    assert any("WAL journal could not be set" in r.getMessage() for r in caplog.records)


async def test_a_records_file_that_refuses_wal_keeps_every_turn(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # A file opened where WAL is refused (a VFS without shared memory: SQLite keeps the rollback journal): every
    # turn's log is committed and synced, and read back from the file by another store
    import sqlite3

    real_connect = sqlite3.connect

    def without_shared_memory(path: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(f"file:{path}?vfs=unix-none", **{**kwargs, "uri": True})

    path = tmp_path / "r.db"
    monkeypatch.setattr("daisy_engine.store.sqlite.sqlite3.connect", without_shared_memory)
    store = SQLiteStore(path)
    try:
        assert await store._run(lambda: store._db.execute("PRAGMA journal_mode").fetchone()[0]) != "wal"
        assert await _log_turns_then_value(store) == [2, 2, 2]
    finally:
        await store.close()
    monkeypatch.setattr("daisy_engine.store.sqlite.sqlite3.connect", real_connect)
    reader = SQLiteStore(path, read_only=True)
    try:
        records = await reader.list_records()
        assert len(records) == 1 and [line["text"] for line in records[0].transcript] == ["sí", "Ana López Ruiz"]
    finally:
        await reader.close()


async def test_a_records_file_without_wal_is_warned_of_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    # The worker opens its records file to check it at start, then again for every call: the file refusing WAL is
    # said once, not once per opening; another file refusing it is said of too
    import sqlite3

    real_connect = sqlite3.connect

    def without_shared_memory(path: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(f"file:{path}?vfs=unix-none", **{**kwargs, "uri": True})

    monkeypatch.setattr("daisy_engine.store.sqlite.sqlite3.connect", without_shared_memory)
    with caplog.at_level(logging.WARNING, logger="daisy_engine.store"):
        for path in (tmp_path / "r.db", tmp_path / "r.db", tmp_path / "." / "r.db", tmp_path / "other.db"):
            await SQLiteStore(path).close()
    warned = [r.getMessage() for r in caplog.records if "WAL journal could not be set" in r.getMessage()]
    assert len(warned) == 2
    assert "r.db" in warned[0] and "other.db" in warned[1]


async def test_with_wal_a_turns_log_alone_is_the_lighter_commit(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "r.db")
    try:
        assert await _log_turns_then_value(store) == [1, 1, 2]
    finally:
        await store.close()


class CountingStore(MemoryStore):
    """Counts the updates that write values heard (each a synced commit on SQLite, before the agent speaks)."""

    def __init__(self) -> None:
        super().__init__()
        self.heard_writes: list[dict[str, Any]] = []

    async def update(self, record_id: int, update: RecordUpdate) -> None:
        if update.unconfirmed is not None and update.events is None:  # a turn's, not the end's
            self.heard_writes.append(dict(update.unconfirmed))
        await super().update(record_id, update)


@pytest.mark.parametrize(("locale", "turns", "slot"), [
    ("es-MX", ["sí", "me llamo Ana López Ruiz", "sí"], "full_name"),
    ("en-US", ["yes", "my name is John Smith", "yes"], "full_name"),
    ("en-US", ["yes", "John Smith", "yes", "forty five twelve", "that's right"], "tractor_number"),
    ("es-MX", ["sí", "Ana López", "sí", "cuarenta y cinco doce", "correcto"], "tractor_number"),
])
async def test_a_value_confirmed_is_no_new_write_of_the_values_heard(
        daisy: CompiledFlow, locale: str, turns: list[str], slot: str) -> None:
    # Heard: written before the read-back. Confirmed: the confirmed value's own write takes it out of the
    # unconfirmed ones; the values heard are not written again for it.
    store = CountingStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550144"})
    await conv.start()
    for turn in turns[:-1]:
        await conv.user_turn(turn)
    assert store.heard_writes and slot in store.heard_writes[-1]
    written = len(store.heard_writes)
    await conv.user_turn(turns[-1])  # the confirmation
    assert slot in conv.slots and len(store.heard_writes) == written
    record = await _record(store, conv)
    assert slot in record.slots and slot not in record.unconfirmed
    assert record.events == conv.log.events  # the turn's log is written all the same
