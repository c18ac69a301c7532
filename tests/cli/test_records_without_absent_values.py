"""A records file written before the record kept the values a caller has none of (no `absent` column) is read
by `records show` and `export` as it is, byte for byte unchanged, with nothing absent; the next call from the
same number takes it on (the column added) and keeps "no traigo caja" in it, in show and in both exports."""

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
PHONE = "+5215550499"


def cli(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(CLI), *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


async def _earlier_release_file(path: Path) -> None:
    store = SQLiteStore(path)
    record = await store.create(NewRecord(flow="daisy", phone=PHONE, locale="es-MX"))
    for slot, value in (("full_name", "Ana López Ruiz"), ("tractor_number", "452"), ("tractor_plate", "ABC-123")):
        await store.save_slot(record.id, slot, value)
    await store.update(record.id, RecordUpdate(status="partial", outcome="partial"))
    await store.close()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE records DROP COLUMN absent")


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


async def test_an_earlier_records_file_is_read_unchanged_then_taken_on_by_the_next_call(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    await _earlier_release_file(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    shown = cli("records", "show", "1", "--records", "r.db", cwd=tmp_path).stdout
    assert "ABC-123" in shown and "none: the caller has none" not in shown
    rows = _csv_rows(cli("records", "export", "-f", "csv", "--records", "r.db", cwd=tmp_path).stdout)
    assert rows[0]["tractor_plate"] == "ABC-123" and rows[0]["absent"] == ""
    exported = json.loads(cli("records", "export", "--records", "r.db", cwd=tmp_path).stdout.splitlines()[0])
    assert exported["absent"] == [] and exported["slots"]["tractor_plate"] == "ABC-123"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # read-only: not written
    with sqlite3.connect(path) as db:
        assert "absent" not in {row[1] for row in db.execute("PRAGMA table_info(records)")}

    # the callback resumes the old record at the trailer number, and keeps "no traigo caja" in it
    turns = ["sí", "No traigo caja.", "a las cinco de la tarde", "sí", "ana arroba gmail punto com", "sí", "sí"]
    said = cli("run", str(DAISY), "--records", "r.db", "--phone", PHONE, cwd=tmp_path, stdin="\n".join(turns) + "\n")
    assert "Sin caja" in said.stdout and "(complete)" in said.stderr

    shown = cli("records", "show", "1", "--records", "r.db", cwd=tmp_path).stdout
    assert shown.count("none: the caller has none") == 2
    rows = _csv_rows(cli("records", "export", "-f", "csv", "--records", "r.db", cwd=tmp_path).stdout)
    assert len(rows) == 1 and rows[0]["status"] == "complete"
    assert rows[0]["absent"] == "trailer_number trailer_plate" and rows[0]["email"] == "ana@gmail.com"
    # absent came later: after complaints (docs/records.md), and unconfirmed later still
    assert list(rows[0])[-3:] == ["complaints", "absent", "unconfirmed"]
    exported = json.loads(cli("records", "export", "--records", "r.db", cwd=tmp_path).stdout.splitlines()[0])
    assert exported["absent"] == ["trailer_number", "trailer_plate"] and "trailer_number" not in exported["slots"]


async def test_a_value_confirmed_after_it_was_saved_absent_is_read_as_given(tmp_path: Path) -> None:
    """A call killed after the driver gave the trailer number following "no traigo caja" (its record not
    saved again since): the file holds the number and still lists it absent; it is read as given."""
    store = SQLiteStore(tmp_path / "r.db")
    record = await store.create(NewRecord(flow="daisy", phone=PHONE))
    await store.update(record.id, RecordUpdate(absent=["trailer_number", "trailer_plate"]))
    await store.save_slot(record.id, "trailer_number", "555")
    again = await store.get(record.id)
    await store.close()
    assert again is not None and again.slots["trailer_number"] == "555" and again.absent == ["trailer_plate"]
