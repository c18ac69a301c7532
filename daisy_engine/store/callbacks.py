"""The callback queue and the log of outbound call attempts, in the records file.

Callbacks come from two places: a call that ended `rescheduled` (its record's `callback_at`, which the
runtime writes) and an outbound call nobody answered, when the flow says to retry. Each is a row here,
taken by exactly one scheduler: `claim` is a compare-and-set inside an IMMEDIATE transaction, so two
schedulers (processes, machines sharing the file) never place the same callback twice.

Every dial is written to `call_attempts`, answered or not, so a number's attempts can be counted and
every attempt has a record.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from daisy_engine.store.records import iso, utc_now
from daisy_engine.store.sqlite import SCHEMA as RECORDS_SCHEMA
from daisy_engine.store.sqlite import RecordsFileError, unusable

SCHEMA = """
CREATE TABLE IF NOT EXISTS callbacks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    flow TEXT NOT NULL,
    phone TEXT NOT NULL,
    locale TEXT,
    record_id INTEGER,
    due_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    claimed_by TEXT,
    claimed_at TEXT,
    outcome TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (flow, phone, due_at)
);
CREATE INDEX IF NOT EXISTS callbacks_by_state ON callbacks (state, due_at);
CREATE TABLE IF NOT EXISTS call_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    flow TEXT NOT NULL,
    phone TEXT NOT NULL,
    callback_id INTEGER,
    room TEXT,
    placed_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    sip_status INTEGER,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS attempts_by_phone ON call_attempts (flow, phone, placed_at);
"""

STATES = ("pending", "placing", "placed", "given_up", "cancelled")
SETTLED = ("complete", "refused", "transferred")


@dataclass(frozen=True)
class Callback:
    id: int
    flow: str
    phone: str
    locale: str | None
    record_id: int | None
    due_at: str
    reason: str  # reschedule | unanswered
    state: str
    claimed_by: str | None = None
    outcome: str | None = None
    note: str | None = None
    created_at: str = ""


@dataclass(frozen=True)
class AttemptRow:
    id: int
    flow: str
    phone: str
    callback_id: int | None
    room: str | None
    placed_at: str
    outcome: str
    sip_status: int | None
    detail: str | None


class CallbackQueue:
    """Callbacks and call attempts in the SQLite records file at `path` (created when missing).

    Blocking: a scheduler is its own process and calls these from a worker thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        problem = unusable(self.path)
        if problem is not None:
            raise RecordsFileError(problem)
        self._lock = threading.Lock()
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10.0)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(RECORDS_SCHEMA + SCHEMA)
        except sqlite3.Error as exc:
            reason = "not a SQLite records file" if "not a database" in str(exc) else str(exc)
            raise RecordsFileError(f"cannot use {self.path} as records: {reason}") from None
        self._db = db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, params)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return cursor

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- callbacks --------------------------------------------------------------------------------------

    def import_reschedules(self) -> int:
        """Queue every record that ended `rescheduled` with a callback time (idempotent: a callback is
        queued once per flow, number and time)."""
        now = iso(utc_now())
        cursor = self._write(
            "INSERT OR IGNORE INTO callbacks (flow, phone, locale, record_id, due_at, reason, created_at,"
            " updated_at) SELECT flow, phone, locale, id, callback_at, 'reschedule', ?, ? FROM records"
            " WHERE status = 'rescheduled' AND callback_at IS NOT NULL AND phone IS NOT NULL AND phone != ''",
            (now, now),
        )
        return cursor.rowcount

    def add(
        self,
        flow: str,
        phone: str,
        due_at: str,
        reason: str,
        *,
        locale: str | None = None,
        record_id: int | None = None,
    ) -> int | None:
        """Queue a callback; None when this number already has one for this flow at that time."""
        now = iso(utc_now())
        cursor = self._write(
            "INSERT OR IGNORE INTO callbacks (flow, phone, locale, record_id, due_at, reason, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (flow, phone, locale, record_id, due_at, reason, now, now),
        )
        return cursor.lastrowid if cursor.rowcount else None

    def callbacks(self, states: tuple[str, ...] = ("pending", "placing")) -> list[Callback]:
        marks = ", ".join("?" for _ in states)
        rows = self._read(f"SELECT * FROM callbacks WHERE state IN ({marks}) ORDER BY due_at, id", states)
        return [_callback(row) for row in rows]

    def get(self, callback_id: int) -> Callback | None:
        rows = self._read("SELECT * FROM callbacks WHERE id = ?", (callback_id,))
        return _callback(rows[0]) if rows else None

    def release_stale(self, older_than: str) -> int:
        """Give back claims taken before `older_than` (ISO time): their scheduler died mid-call. A dial
        waits at most its ringing time, so a claim that old is not being placed any more."""
        cursor = self._write(
            "UPDATE callbacks SET state = 'pending', claimed_by = NULL, claimed_at = NULL, updated_at = ?"
            " WHERE state = 'placing' AND claimed_at < ?",
            (iso(utc_now()), older_than),
        )
        return cursor.rowcount

    def claim(self, callback_id: int, worker: str) -> bool:
        """Take a pending callback for `worker`; False when another scheduler took it first."""
        now = iso(utc_now())
        cursor = self._write(
            "UPDATE callbacks SET state = 'placing', claimed_by = ?, claimed_at = ?, updated_at = ?"
            " WHERE id = ? AND state = 'pending'",
            (worker, now, now, callback_id),
        )
        return cursor.rowcount == 1

    def release(self, callback_id: int, worker: str) -> None:
        """Give a claimed callback back (nothing was dialed), so it is placed on a later pass."""
        self._write(
            "UPDATE callbacks SET state = 'pending', claimed_by = NULL, claimed_at = NULL, updated_at = ?"
            " WHERE id = ? AND state = 'placing' AND claimed_by = ?",
            (iso(utc_now()), callback_id, worker),
        )

    def finish(self, callback_id: int, state: str, *, outcome: str | None = None, note: str | None = None) -> None:
        if state not in STATES:
            raise ValueError(f"unknown callback state {state!r}")
        self._write(
            "UPDATE callbacks SET state = ?, outcome = ?, note = ?, updated_at = ? WHERE id = ?",
            (state, outcome, note, iso(utc_now()), callback_id),
        )

    # -- attempts ---------------------------------------------------------------------------------------

    def record_attempt(
        self,
        flow: str,
        phone: str,
        outcome: str,
        *,
        sip_status: int | None = None,
        detail: str = "",
        callback_id: int | None = None,
        room: str | None = None,
        placed_at: str | None = None,
    ) -> int:
        cursor = self._write(
            "INSERT INTO call_attempts (flow, phone, callback_id, room, placed_at, outcome, sip_status, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (flow, phone, callback_id, room, placed_at or iso(utc_now()), outcome, sip_status, detail),
        )
        return int(cursor.lastrowid or 0)

    def attempts(self, *, flow: str | None = None, phone: str | None = None) -> list[AttemptRow]:
        sql, params = "SELECT * FROM call_attempts WHERE 1 = 1", []
        if flow:
            sql, params = sql + " AND flow = ?", [*params, flow]
        if phone:
            sql, params = sql + " AND phone = ?", [*params, phone]
        rows = self._read(sql + " ORDER BY id", tuple(params))
        return [AttemptRow(**{key: row[key] for key in AttemptRow.__dataclass_fields__}) for row in rows]

    def record_context(self, record_id: int | None) -> dict[str, Any]:
        """The call context saved on a record (what a callback of it is dispatched with)."""
        if record_id is None:
            return {}
        rows = self._read("SELECT context FROM records WHERE id = ?", (record_id,))
        try:
            context = json.loads(rows[0]["context"]) if rows else {}
        except ValueError:
            return {}
        return context if isinstance(context, dict) else {}

    def settled_at(self, flow: str, phone: str) -> str | None:
        """When this number's newest record of `flow` was settled (complete, refused, transferred), or
        None when it has none or the newest is still open (partial, rescheduled)."""
        rows = self._read(
            "SELECT status, updated_at FROM records WHERE flow = ? AND phone = ? ORDER BY id DESC LIMIT 1",
            (flow, phone),
        )
        return rows[0]["updated_at"] if rows and rows[0]["status"] in SETTLED else None

    def attempts_since_settled(self, flow: str, phone: str) -> int:
        """Calls placed to this number for `flow` since its last settled record (all, when none)."""
        rows = self._read(
            "SELECT COUNT(*) AS n FROM call_attempts WHERE flow = ? AND phone = ? AND placed_at > COALESCE("
            "(SELECT MAX(updated_at) FROM records WHERE flow = ? AND phone = ? AND status IN (?, ?, ?)), '')",
            (flow, phone, flow, phone, *SETTLED),
        )
        return int(rows[0]["n"])


def _callback(row: sqlite3.Row) -> Callback:
    return Callback(
        id=row["id"],
        flow=row["flow"],
        phone=row["phone"],
        locale=row["locale"],
        record_id=row["record_id"],
        due_at=row["due_at"],
        reason=row["reason"],
        state=row["state"],
        claimed_by=row["claimed_by"],
        outcome=row["outcome"],
        note=row["note"],
        created_at=row["created_at"],
    )
