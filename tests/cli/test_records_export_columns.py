"""What `records show`, `list` and `export` give after a real Daisy call: the values collected and nothing of the
call's own steering (which value the driver fixed at the summary), and the CSV's columns in the order
docs/records.md lists, new columns at the end (a reader that goes by position keeps working)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
DOC = ROOT / "docs" / "records.md"
CLI = Path(sys.executable).with_name("daisy-engine")
COLLECTED = ["full_name", "tractor_number", "tractor_plate", "trailer_number", "trailer_plate", "eta", "email"]
# The README's call, with the arrival time fixed at the summary and a complaint on the way.
CALL = ["sí, dígame", "Juan Pérez López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí",
        "mil doscientos", "sí", "x y z nueve ocho siete seis", "sí", "a las dos y media de la tarde", "sí",
        "juan punto perez arroba gmail punto com", "sí", "no", "la hora", "a las tres de la tarde", "sí", "sí"]


def cli(*args: str, cwd: Path, stdin: str = "") -> str:
    done = subprocess.run([str(CLI), *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd)})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def documented_columns() -> tuple[list[str], list[str]]:
    """The CSV columns docs/records.md lists: those before the slot columns, and those after them."""
    text = DOC.read_text("utf-8")
    table = text[text.index("<!-- csv-columns"):]
    rows = re.findall(r"^\| (\S+) \| (`[a-z_]+`|\*[^*]+\*) \|", table, flags=re.M)
    before: list[str] = []
    after: list[str] = []
    seen_slots = False
    for _, column in rows:
        if column.startswith("*"):
            seen_slots = True
            continue
        (after if seen_slots else before).append(column.strip("`"))
    assert before and after and seen_slots, "docs/records.md lists no CSV columns"
    return before, after


def test_a_call_with_a_value_fixed_at_the_summary_shows_and_exports_only_the_values(tmp_path: Path) -> None:
    said = cli("run", str(DAISY), "--records", "r.db", "--phone", "+5215550201", cwd=tmp_path,
               stdin="\n".join(CALL) + "\n")
    assert "Llegada a las 3 de la tarde" in said

    shown = cli("records", "show", "1", "--records", "r.db", "--no-transcript", cwd=tmp_path)
    assert "15:00" in shown and "juan.perez@gmail.com" in shown
    assert "field_to_fix" not in shown
    listed = cli("records", "list", "--records", "r.db", cwd=tmp_path).splitlines()
    assert listed[1].split("\t")[5] == "7"  # the slots column: seven values

    record = json.loads(cli("records", "export", "--records", "r.db", cwd=tmp_path).splitlines()[0])
    assert sorted(record["slots"]) == sorted(COLLECTED) and record["slots"]["eta"] == "15:00"

    table = cli("records", "export", "-f", "csv", "--records", "r.db", cwd=tmp_path)
    header = next(csv.reader(io.StringIO(table)))
    assert "field_to_fix" not in header
    before, after = documented_columns()
    assert header[: len(before)] == before and header[len(before) : -len(after)] != []
    assert sorted(header[len(before) : -len(after)]) == sorted(COLLECTED)
    assert header[-len(after) :] == after


async def _records(path: Path) -> None:
    store = SQLiteStore(path)
    first = await store.create(NewRecord(flow="daisy", phone="+5215550202", locale="es-MX"))
    for slot, value in (("full_name", "Ana López Ruiz"), ("tractor_number", "452")):
        await store.save_slot(first.id, slot, value)
    await store.add_complaint(first.id, {"text": "ya me marcaron tres veces", "at": "2030-01-01T12:00:00+00:00",
                                         "step": "greeting"})
    await store.update(first.id, RecordUpdate(status="complete", outcome="complete",
                                              absent=["trailer_number", "trailer_plate"]))
    second = await store.create(NewRecord(flow="daisy", phone="+5215550203", locale="en-US"))
    await store.save_slot(second.id, "eta", "17:00")
    await store.close()


def test_the_csv_columns_are_in_the_documented_order_with_complaints_where_it_always_was(tmp_path: Path) -> None:
    asyncio.run(_records(tmp_path / "r.db"))
    table = cli("records", "export", "-f", "csv", "--records", "r.db", cwd=tmp_path)
    rows = list(csv.reader(io.StringIO(table)))
    before, after = documented_columns()
    assert rows[0] == [*before, "eta", "full_name", "tractor_number", *after]  # no --flow: slots by name
    assert after[0] == "complaints"  # the last column before `absent` came: a reader by position finds it there
    first = dict(zip(rows[0], rows[1], strict=True))
    assert json.loads(first["complaints"])[0]["text"] == "ya me marcaron tres veces"
    assert first["absent"] == "trailer_number trailer_plate" and first["eta"] == ""
    second = dict(zip(rows[0], rows[2], strict=True))
    assert (second["eta"], second["complaints"], second["absent"]) == ("17:00", "", "")
