"""SQLite call records: one file, WAL, every write committed with `synchronous=FULL`.

A write returns only once its transaction is committed and synced, so a call that drops or a process
killed with SIGKILL (or a power cut) keeps every value confirmed up to that moment. One kind of write is
lighter: what a turn adds to a call's event log and transcript and nothing else is committed without a sync of its
own (`synchronous=NORMAL`): committed to the WAL, it survives the process being killed, and the next synced
commit (the call's next value, its end) takes it to the disk too; a power cut may lose the last turns' log, never
a value. That holds in WAL only: where `journal_mode=WAL` does not take (an in-memory database, a file system or
VFS without shared memory), every write is synced. All SQLite work
runs on one dedicated thread: the asyncio loop that drives the calls never waits on the disk.

Group commit: writes that arrive while the disk is busy syncing the previous commit are committed
together in the next transaction (each in its own savepoint, so one failing write does not undo the
others) — one sync for many calls instead of one each, with the same guarantee for every caller.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from daisy_engine.errors import StoreError
from daisy_engine.store.records import OPEN_LEASE, RESUMABLE, NewRecord, Record, RecordUpdate, iso, utc_now

T = TypeVar("T")
logger = logging.getLogger("daisy_engine.store")  # paths and modes only, never a caller's words

# Records files already said to refuse WAL in this process. The journal mode is the file's (its file system or VFS),
# not the call's: a worker opens the file once to check it at start and again for every call, and saying it each
# time buried the one line that matters under copies of itself. An in-memory database is a new one each time.
_SAID_WITHOUT_WAL: set[str] = set()
_SAID_WITHOUT_WAL_LOCK = threading.Lock()

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    flow TEXT NOT NULL,
    phone TEXT,
    caller_id TEXT,
    call_id TEXT,
    locale TEXT,
    status TEXT NOT NULL,
    outcome TEXT,
    callback_at TEXT,
    complaints TEXT NOT NULL DEFAULT '[]',
    context TEXT NOT NULL DEFAULT '{}',
    events TEXT NOT NULL DEFAULT '[]',
    transcript TEXT NOT NULL DEFAULT '[]',
    absent TEXT NOT NULL DEFAULT '[]',
    unconfirmed TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    open_call TEXT,
    open_until TEXT
);
CREATE TABLE IF NOT EXISTS slot_values (
    record_id INTEGER NOT NULL REFERENCES records(id),
    slot TEXT NOT NULL,
    value TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    PRIMARY KEY (record_id, slot)
);
CREATE INDEX IF NOT EXISTS records_by_phone ON records (flow, phone, id);
CREATE INDEX IF NOT EXISTS records_by_caller ON records (flow, caller_id, id);
"""

# (the work, its future, its loop, whether its commit must be synced)
_Write = tuple[Callable[[sqlite3.Connection], Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop, bool]

# Columns added after the first release: a records file written before them gets them when it is
# opened for writing (never by a read-only command).
_ADDED_COLUMNS = {"open_call": "TEXT", "open_until": "TEXT", "absent": "TEXT NOT NULL DEFAULT '[]'",
                  "unconfirmed": "TEXT NOT NULL DEFAULT '{}'"}
# What makes a SQLite file ours: these tables with at least these columns.
_OURS = {
    "records": {"id", "flow", "phone", "caller_id", "call_id", "locale", "status", "outcome", "callback_at",
                "complaints", "context", "events", "transcript", "created_at", "updated_at"},
    "slot_values": {"record_id", "slot", "value", "confirmed_at"},
}

# Every column is read (`SELECT *`): a file written before a column was added is read as it is by the
# read-only commands, and the column's default stands in for it (see `_record`).


def _dump(value: Any) -> str:
    return _utf8(json.dumps(value, ensure_ascii=False))


def _utf8(text: str | None) -> str | None:
    """`text` storable as UTF-8: characters that stand for undecodable bytes become U+FFFD."""
    return None if text is None else _SURROGATES.sub("\ufffd", text)


_SURROGATES = re.compile(r"[\ud800-\udfff]")


class RecordsFileError(StoreError):
    """The records file cannot be used (missing folder, a directory, not a SQLite file...). The message
    is one line that names the path, fit to show as is."""


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text:
        return "not a SQLite records file"
    if "readonly" in text or "read-only" in text:
        return "the file (or its folder) is read-only; pass a records file you can write (--records)"
    return text


def unwritable(path: Path) -> str | None:
    """Why calls cannot write records to `path`, else None. Asked of the system before SQLite opens it:
    SQLite silently opens a write-protected file read-only, and the first value of the call would fail."""
    if path.exists() and not os.access(path, os.W_OK):
        return f"cannot write {path}: the file is read-only; pass a records file you can write (--records)"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return (f"cannot write records in {path.parent}: the folder is read-only (SQLite keeps its journal "
                f"beside the file); pass a records file in a folder you can write (--records)")
    return None


def unusable(path: Path) -> str | None:
    """Why `path` cannot be a records file before trying to open it, else None."""
    if path.is_dir():
        return f"{path} is a directory, not a records file"
    parent = path.parent
    if not parent.is_dir():
        return f"cannot use {path}: the folder {parent} does not exist"
    return None


class SQLiteStore:
    """The default `Store`: a single SQLite file (e.g. ./daisy-records.db).

    `read_only=True` (the `records` commands) opens the file read-only: nothing is written to it, not
    even the journal mode or missing tables, and it works in a folder one cannot write to.

    Raises `RecordsFileError` (one clear line naming the path) when the file cannot be opened as
    records: its folder is missing, it is a directory, it is not a SQLite database, it is another
    program's database, it cannot be read, or (for writing) it cannot be written."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        problem = unusable(self.path) or (None if read_only else unwritable(self.path))
        if problem is not None:
            raise RecordsFileError(problem)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="daisy-sqlite")
        self._wal = False  # whether `journal_mode=WAL` took (see `_prepare`)
        try:
            self._db: sqlite3.Connection = self._executor.submit(self._open).result()
        except sqlite3.Error as exc:
            self._executor.shutdown(wait=True)
            raise RecordsFileError(f"cannot use {self.path} as records: {_reason(exc)}") from None
        except RecordsFileError:
            self._executor.shutdown(wait=True)
            raise
        self._batch: list[_Write] = []
        self._batch_lock = threading.Lock()  # the batch is filled by the loop, emptied by the writer
        self._flush_queued = False
        self._synced = True  # `synchronous` is FULL (else NORMAL: a batch of log entries only)

    def _open(self) -> sqlite3.Connection:
        if self.read_only:
            return self._open_read_only()
        # isolation_level=None: no implicit transactions; every write below commits explicitly.
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10.0)
        try:
            return self._prepare(db)
        except BaseException:
            db.close()
            raise

    def _open_read_only(self) -> sqlite3.Connection:
        if not self.path.exists():
            raise RecordsFileError(f"no records file at {self.path}")
        uri = self.path.resolve().as_uri() + "?mode=ro"
        immutable = uri + "&immutable=1"
        # No -wal file: no writer is connected and everything is in the main file, which is read as
        # it is (no -wal/-shm side files are created, so the folder is left exactly as it was, and a
        # folder one cannot write to is no obstacle). With a -wal file (a call is writing), read through
        # it like any SQLite reader, so values confirmed a moment ago are there.
        wal = Path(f"{self.path}-wal").exists()
        try:
            db = sqlite3.connect(uri if wal else immutable, uri=True, isolation_level=None,
                                 check_same_thread=False, timeout=10.0)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            if not wal:
                raise
            # A -wal file but no -shm in a folder we cannot write to: read the main file as it is.
            db = sqlite3.connect(immutable, uri=True, isolation_level=None, check_same_thread=False)
        try:
            db.row_factory = sqlite3.Row
            self._check_ours(db)
        except BaseException:
            db.close()
            raise
        return db

    def _check_ours(self, db: sqlite3.Connection, *, empty_is_ours: bool = False) -> None:
        """Refuse a SQLite file that holds another program's tables (before anything is written)."""
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and empty_is_ours:
            return
        for table, needed in _OURS.items():
            if table not in tables:
                raise RecordsFileError(f"{self.path} is not a daisy-engine records file (it has no `{table}` "
                                       f"table); pass another --records file")
            have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            if not needed <= have:
                raise RecordsFileError(f"{self.path} is not a daisy-engine records file (its `{table}` table "
                                       f"lacks {', '.join(sorted(needed - have))}); pass another --records file")

    def _prepare(self, db: sqlite3.Connection) -> sqlite3.Connection:
        db.row_factory = sqlite3.Row
        self._check_ours(db, empty_is_ours=True)
        # Can we write at all? Asked before the journal mode is switched, so a read-only file is one
        # clear error here, not a failure in the middle of a call.
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        # The pragma answers the mode it left the file in: an in-memory database, or a file system or VFS without
        # shared memory, keeps its rollback journal. Only in WAL does a commit without a sync of its own survive
        # the process being killed (see the module's doc); without it every write is synced.
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()
        self._wal = mode is not None and str(mode[0]).lower() == "wal"
        if not self._wal and self._first_without_wal():
            logger.warning("records file %s: the WAL journal could not be set (journal mode %s); every write is "
                           "synced", self.path, mode[0] if mode is not None else "unknown")
        # FULL syncs the WAL on every commit: a confirmed value survives a crash of the machine, not
        # only of the process.
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(SCHEMA)
        have = {row[1] for row in db.execute("PRAGMA table_info(records)")}
        for column, kind in _ADDED_COLUMNS.items():
            if column not in have:
                db.execute(f"ALTER TABLE records ADD COLUMN {column} {kind}")
        return db

    def _first_without_wal(self) -> bool:
        """Whether this is the first time this process opens this records file without WAL (see `_SAID_WITHOUT_WAL`)."""
        if str(self.path) == ":memory:":
            return True
        key = os.path.realpath(self.path)
        with _SAID_WITHOUT_WAL_LOCK:
            first = key not in _SAID_WITHOUT_WAL
            _SAID_WITHOUT_WAL.add(key)
        return first

    async def _run(self, work: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, work, *args)

    async def _write(self, work: Callable[[sqlite3.Connection], T], *, synced: bool = True) -> T:
        """Run `work` in a committed transaction; returns once the commit is on disk (`synced=False`: once it is
        committed, which a killed process does not undo; for a call's log, see the module's doc)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        with self._batch_lock:
            self._batch.append((work, future, loop, synced))
            queue_flush = not self._flush_queued
            self._flush_queued = True
        if queue_flush:
            self._executor.submit(self._flush)
        return await future

    def _flush(self) -> None:
        """On the SQLite thread: commit every write waiting so far in one transaction."""
        with self._batch_lock:
            batch, self._batch = self._batch, []
            self._flush_queued = False
        outcomes: list[tuple[Any, BaseException | None]] = []
        # one write that must be synced: the whole batch is; and every batch is without WAL, where a commit that is
        # not synced is not durable at all (a rollback journal has no "committed but not yet synced" state)
        synced = not self._wal or any(write[3] for write in batch)
        try:
            if synced != self._synced:  # set between transactions only (SQLite ignores it within one)
                self._db.execute(f"PRAGMA synchronous={'FULL' if synced else 'NORMAL'}")
                self._synced = synced
            # IMMEDIATE takes the write lock up front, so another process writing the same file makes
            # us wait (busy timeout) instead of failing half-way through.
            self._db.execute("BEGIN IMMEDIATE")
            for work, _, _, _ in batch:
                self._db.execute("SAVEPOINT one_write")
                try:
                    outcomes.append((work(self._db), None))
                    self._db.execute("RELEASE one_write")
                except Exception as exc:  # this write fails alone; the others still commit
                    self._db.execute("ROLLBACK TO one_write")
                    self._db.execute("RELEASE one_write")
                    outcomes.append((None, exc))
            self._db.execute("COMMIT")
        except Exception as exc:  # the commit itself failed (disk full, lock timeout): nothing is saved
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            outcomes = [(None, exc)] * len(batch)
        for (_, future, loop, _), (value, error) in zip(batch, outcomes, strict=True):
            loop.call_soon_threadsafe(_settle, future, value, error)

    # -- the Store protocol --------------------------------------------------------------------------

    async def create(self, new: NewRecord) -> Record:
        def insert(db: sqlite3.Connection) -> int:
            now = iso(utc_now())
            cursor = db.execute(
                "INSERT INTO records (flow, phone, caller_id, call_id, locale, status, context, created_at,"
                " updated_at, open_call, open_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_utf8(new.flow), _utf8(new.phone), _utf8(new.caller_id), _utf8(new.call_id), new.locale,
                 new.status, _dump(new.context), now, now,
                 _utf8(new.call_id or "") if new.open else None,
                 iso(utc_now() + OPEN_LEASE) if new.open else None),
            )
            record_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO slot_values (record_id, slot, value, confirmed_at) VALUES (?, ?, ?, ?)",
                [(record_id, slot, _dump(value), now) for slot, value in new.slots.items()],
            )
            return record_id

        record = await self.get(await self._write(insert))
        assert record is not None
        return record

    async def get(self, record_id: int) -> Record | None:
        return await self._run(self._get, record_id)

    def _get(self, record_id: int) -> Record | None:
        row = self._db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        return self._record(row) if row else None

    async def find_resumable(self, flow: str, *, phone: str | None, caller_id: str | None,
                             claim: str | None = None) -> Record | None:
        if claim is None:
            return await self._run(self._find_resumable, flow, phone, caller_id)

        def take(db: sqlite3.Connection) -> int | None:
            # In the write transaction (BEGIN IMMEDIATE): another process claiming the same record at
            # the same moment waits for this one and then sees it open.
            row = self._newest(db, flow, phone, caller_id)
            if row is None or row["status"] not in RESUMABLE:
                return None
            now = iso(utc_now())
            holder, until = row["open_call"], row["open_until"]
            if holder is not None and holder != claim and until is not None and until > now:
                return None  # another call has it open: this call gets a record of its own
            db.execute("UPDATE records SET open_call = ?, open_until = ? WHERE id = ?",
                       (_utf8(claim), iso(utc_now() + OPEN_LEASE), row["id"]))
            return int(row["id"])

        record_id = await self._write(take)
        return None if record_id is None else await self.get(record_id)

    def _newest(self, db: sqlite3.Connection, flow: str, phone: str | None,
                caller_id: str | None) -> sqlite3.Row | None:
        for column, value in (("phone", phone), ("caller_id", caller_id)):
            if not value:
                continue
            row = db.execute(
                f"SELECT id, status, open_call, open_until FROM records WHERE flow = ? AND {column} = ?"
                " ORDER BY id DESC LIMIT 1",
                (flow, value),
            ).fetchone()
            if row is not None:
                return row  # type: ignore[no-any-return]
        return None

    def _find_resumable(self, flow: str, phone: str | None, caller_id: str | None) -> Record | None:
        for column, value in (("phone", phone), ("caller_id", caller_id)):
            if not value:
                continue
            row = self._db.execute(
                f"SELECT * FROM records WHERE flow = ? AND {column} = ? ORDER BY id DESC LIMIT 1",
                (flow, value),
            ).fetchone()
            if row is not None:
                return self._record(row) if row["status"] in RESUMABLE else None
        return None

    async def save_slot(self, record_id: int, slot: str, value: Any) -> None:
        def save(db: sqlite3.Connection) -> None:
            now = iso(utc_now())
            if value is None:
                db.execute("DELETE FROM slot_values WHERE record_id = ? AND slot = ?", (record_id, slot))
            else:
                db.execute(
                    "INSERT INTO slot_values (record_id, slot, value, confirmed_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (record_id, slot) DO UPDATE SET value = excluded.value,"
                    " confirmed_at = excluded.confirmed_at",
                    (record_id, slot, _dump(value), now),
                )
            db.execute("UPDATE records SET updated_at = ?, open_until = CASE WHEN open_call IS NULL THEN NULL"
                       " ELSE ? END WHERE id = ?", (now, iso(utc_now() + OPEN_LEASE), record_id))
            if value is None:
                return
            # Confirmed: no longer awaiting confirmation, in the same transaction (as `MemoryStore.save_slot`). A
            # call does not write its values heard again for a confirmation (`CallRecord.keep_turn`), so a value
            # left here would come back as unconfirmed once the confirmed one is cleared to be asked again (the
            # summary's "no, the e-mail is wrong").
            row = db.execute("SELECT unconfirmed FROM records WHERE id = ?", (record_id,)).fetchone()
            try:
                heard = json.loads(row[0]) if row is not None and row[0] else {}
            except ValueError:  # not ours to mend: the value is written all the same
                heard = {}
            if isinstance(heard, dict) and slot in heard:
                del heard[slot]
                db.execute("UPDATE records SET unconfirmed = ? WHERE id = ?", (_dump(heard), record_id))

        await self._write(save)

    async def add_complaint(self, record_id: int, complaint: dict[str, Any]) -> None:
        await self._write(lambda db: db.execute(
            "UPDATE records SET complaints = json_insert(complaints, '$[#]', json(?)), updated_at = ?"
            " WHERE id = ?",
            (_dump(complaint), iso(utc_now()), record_id),
        ))

    async def update(self, record_id: int, update: RecordUpdate) -> None:
        fields: dict[str, Any] = {}
        for name in ("status", "outcome", "callback_at", "locale"):
            if getattr(update, name) is not None:
                fields[name] = getattr(update, name)
        if update.clear_callback and update.callback_at is None:
            fields["callback_at"] = None
        for name in ("absent", "unconfirmed", "events", "transcript"):
            if getattr(update, name) is not None:
                fields[name] = _dump(getattr(update, name))
        # Entries added after those the column holds, in SQLite (a call's log is written a turn at a time: the
        # column is not read back into Python and written whole each turn). The column always holds a JSON array
        # (written by `_dump` or here), so the new entries go in before its closing bracket.
        added: dict[str, str] = {}
        for name, more in (("events", update.more_events), ("transcript", update.more_transcript)):
            if more and name in fields:  # replaced whole and added to: the whole, then the new entries
                fields[name] = _dump([*getattr(update, name), *more])
            elif more:
                added[name] = _dump(more)
        fields["updated_at"] = iso(utc_now())
        if update.close:
            fields["open_call"] = None
            fields["open_until"] = None
        assignments = [f"{name} = ?" for name in fields]
        for name in added:  # `?` stands for the same new entries twice: numbered, given once
            at = len(assignments) + 1
            assignments.append(f"{name} = CASE WHEN {name} = '[]' THEN ?{at}"
                               f" ELSE substr({name}, 1, length({name}) - 1) || ',' || substr(?{at}, 2) END")
        sql = f"UPDATE records SET {', '.join(assignments)} WHERE id = ?{len(assignments) + 1}"
        # only log entries added (a turn that changed nothing else): committed without a sync of its own
        synced = bool(set(fields) - {"updated_at"}) or update.close
        await self._write(lambda db: db.execute(sql, (*fields.values(), *added.values(), record_id)), synced=synced)

    async def list_records(self, *, limit: int | None = None, status: str | None = None) -> list[Record]:
        return await self._run(self._list, limit, status)

    def _list(self, limit: int | None, status: str | None) -> list[Record]:
        sql = "SELECT * FROM records"
        params: list[Any] = []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._db.execute(sql, params).fetchall()
        return [self._record(row) for row in rows]

    async def close(self) -> None:
        await self._run(self._db.close)
        self._executor.shutdown(wait=True)

    def _record(self, row: sqlite3.Row) -> Record:
        slots = {
            slot: json.loads(value)
            for slot, value in self._db.execute(
                "SELECT slot, value FROM slot_values WHERE record_id = ? ORDER BY rowid", (row["id"],)
            )
        }
        # a value confirmed after the record last said it was absent (a call killed before its next save: the
        # driver gave the trailer number after "no traigo caja") is given, not absent
        columns = row.keys()  # a file written before a column was added is read without it
        said_absent = json.loads(row["absent"]) if "absent" in columns else []
        # likewise a value confirmed after the record last held it as unconfirmed is confirmed, and only that
        heard = json.loads(row["unconfirmed"]) if "unconfirmed" in columns else {}
        return Record(
            id=row["id"],
            flow=row["flow"],
            phone=row["phone"],
            caller_id=row["caller_id"],
            call_id=row["call_id"],
            locale=row["locale"],
            status=row["status"],
            outcome=row["outcome"],
            slots=slots,
            absent=[name for name in said_absent if name not in slots],
            unconfirmed={name: value for name, value in heard.items() if name not in slots}
            if isinstance(heard, dict) else {},
            callback_at=row["callback_at"],
            complaints=json.loads(row["complaints"]),
            context=json.loads(row["context"]),
            events=json.loads(row["events"]),
            transcript=json.loads(row["transcript"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )


def _settle(future: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)
