"""A value heard but not confirmed when the call ended is in the record apart from the confirmed values:
`records show` marks it, the JSON Lines export has it under `unconfirmed`, the CSV in an `unconfirmed` column at
the end (the slot columns keep confirmed values only). A records file written before that (no `unconfirmed`
column) is read as it is by the read-only commands, and takes the column on when the next call opens it; the
callback reads the value back and a yes confirms it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
CLI = Path(sys.executable).with_name("daisy-engine")
PHONE = "+5215550288"


def cli(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(CLI), *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


async def _earlier_release_file(path: Path) -> None:
    store = SQLiteStore(path)
    record = await store.create(NewRecord(flow="daisy", phone=PHONE, locale="es-MX"))
    await store.save_slot(record.id, "full_name", "Pedro Ramírez")
    await store.update(record.id, RecordUpdate(status="partial", outcome="partial"))
    await store.close()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE records DROP COLUMN unconfirmed")


async def test_an_earlier_file_is_read_unchanged_then_keeps_the_value_heard_when_the_line_drops(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    await _earlier_release_file(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert "Pedro Ramírez" in cli("records", "show", "1", "--records", "r.db", cwd=tmp_path).stdout
    rows = _csv_rows(cli("records", "export", "-f", "csv", "--records", "r.db", cwd=tmp_path).stdout)
    assert rows[0]["full_name"] == "Pedro Ramírez" and rows[0]["unconfirmed"] == ""
    assert _jsonl(cli("records", "export", "--records", "r.db", cwd=tmp_path).stdout)[0]["unconfirmed"] == {}
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # read-only: not written

    # the callback: the driver says the tractor number, and the line drops at its read-back
    done = cli("run", str(DAISY), "--records", "r.db", "--phone", PHONE, cwd=tmp_path, stdin="sí\nTreinta y dos\n")
    assert "Tractor número 32. ¿Correcto?" in done.stdout
    with sqlite3.connect(path) as db:
        assert "unconfirmed" in {row[1] for row in db.execute("PRAGMA table_info(records)")}

    shown = cli("records", "show", "1", "--records", "r.db", "--no-transcript", cwd=tmp_path).stdout
    assert "tractor_number" in shown and "32" in shown and "unconfirmed: heard, not confirmed" in shown
    rows = _csv_rows(cli("records", "export", "-f", "csv", "--records", "r.db", "--flow", str(DAISY),
                         cwd=tmp_path).stdout)
    assert rows[0]["tractor_number"] == ""  # the slot's column holds confirmed values only
    assert json.loads(rows[0]["unconfirmed"]) == {"tractor_number": "32"}
    assert list(rows[0])[-3:] == ["complaints", "absent", "unconfirmed"]  # added at the end (docs/records.md)
    exported = _jsonl(cli("records", "export", "--records", "r.db", cwd=tmp_path).stdout)[0]
    assert exported["unconfirmed"] == {"tractor_number": "32"}
    assert exported["slots"] == {"full_name": "Pedro Ramírez"}

    # the next callback reads it back; a yes confirms it
    done = cli("run", str(DAISY), "--records", "r.db", "--phone", PHONE, cwd=tmp_path, stdin="sí\nsí\n")
    assert "Tractor número 32. ¿Correcto?" in done.stdout and "placas del tractor" in done.stdout
    exported = _jsonl(cli("records", "export", "--records", "r.db", cwd=tmp_path).stdout)[0]
    assert exported["unconfirmed"] == {}
    assert exported["slots"] == {"full_name": "Pedro Ramírez", "tractor_number": "32"}
    rows = _csv_rows(cli("records", "export", "-f", "csv", "--records", "r.db", cwd=tmp_path).stdout)
    assert rows[0]["tractor_number"] == "32" and rows[0]["unconfirmed"] == ""


async def test_show_and_export_leave_out_an_unconfirmed_value_of_a_slot_the_flow_does_not_record(
        tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "r.db")
    record = await store.create(NewRecord(flow="daisy", phone=PHONE))
    await store.update(record.id, RecordUpdate(unconfirmed={"field_to_fix": "eta", "eta": "17:30"}))
    await store.close()
    exported = _jsonl(cli("records", "export", "--records", "r.db", "--flow", str(DAISY), cwd=tmp_path).stdout)[0]
    assert exported["unconfirmed"] == {"eta": "17:30"}
    shown = cli("records", "show", "1", "--records", "r.db", "--flow", str(DAISY), cwd=tmp_path).stdout
    assert "17:30" in shown and "field_to_fix" not in shown
