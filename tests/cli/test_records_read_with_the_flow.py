"""`records list|show|export --flow FLOW`: the flow decides what a record holds and the CSV's slot order.

A records file written before `record: false` existed still holds Daisy's `field_to_fix` (which value the
driver wanted to fix: steering, not data). Given the flow, show/list/export leave it out; without it they
print what the file holds. The CSV's slot columns follow the flow's slot order whatever order the calls
confirmed their values in, then any slot only old records hold, by name."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path
from typing import Any

from cli_helpers import DAISY, invoke

from daisy_engine.flow import load_flow
from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore

FLOW = load_flow(DAISY)
RECORDED = [name for name, slot in FLOW.slots.items() if slot.record]


def write(path: Path, calls: list[list[tuple[str, str]]], flow: str = "daisy") -> None:
    """One record a call, each value saved in the order given (as the call confirmed it). The store
    writes whatever it is given: this is what a file written before `record: false` holds."""
    async def run() -> None:
        store = SQLiteStore(path)
        for number, values in enumerate(calls):
            record = await store.create(NewRecord(flow=flow, phone=f"+52155502{number:02d}", locale="es-MX"))
            for slot, value in values:
                await store.save_slot(record.id, slot, value)
            await store.update(record.id, RecordUpdate(status="complete", outcome="complete"))
        await store.close()

    asyncio.run(run())


def ok(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, (result.output, result.stderr)
    return str(result.stdout)


def one_line_error(*args: str) -> str:
    result: Any = invoke(*args)
    assert result.exit_code == 1, (result.output, result.stderr)
    error = str(result.stderr).strip()
    assert "Traceback" not in error and len(error.splitlines()) == 1, error
    return error


def csv_header(path: Path, *flow: str) -> list[str]:
    table = ok("records", "export", "-f", "csv", "--records", str(path), *flow)
    return next(csv.reader(io.StringIO(table)))


def slot_columns(header: list[str]) -> list[str]:
    return header[header.index("updated_at") + 1 : header.index("complaints")]


OLD_CALL = [("full_name", "Juan Pérez López"), ("eta", "14:30"), ("field_to_fix", "eta"), ("eta", "15:00")]


def test_an_old_file_shows_and_exports_field_to_fix_only_without_the_flow(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    write(db, [OLD_CALL])
    given = ("--flow", str(DAISY))

    as_held = ok("records", "show", "1", "--records", str(db), "--no-transcript")
    assert "field_to_fix" in as_held  # without the flow: what the file holds
    shown = ok("records", "show", "1", "--records", str(db), "--no-transcript", *given)
    assert "field_to_fix" not in shown and "Juan Pérez López" in shown and "15:00" in shown

    listed = ok("records", "list", "--records", str(db), *given).splitlines()
    assert listed[1].split("\t")[5] == "2"  # full_name and eta
    assert ok("records", "list", "--records", str(db)).splitlines()[1].split("\t")[5] == "3"

    record = json.loads(ok("records", "export", "--records", str(db), *given))
    assert record["slots"] == {"full_name": "Juan Pérez López", "eta": "15:00"}
    assert "field_to_fix" in json.loads(ok("records", "export", "--records", str(db)))["slots"]

    assert "field_to_fix" not in csv_header(db, *given)
    assert "field_to_fix" in csv_header(db)


def test_csv_slot_columns_follow_the_flow_whatever_order_calls_confirmed_in(tmp_path: Path) -> None:
    one_way = [[("eta", "15:00"), ("email", "a@b.mx"), ("full_name", "Ana Ruiz")],
               [("tractor_plate", "ABC-1234"), ("tractor_number", "452")]]
    other_way = [list(reversed(call)) for call in reversed(one_way)]
    first, second = tmp_path / "one.db", tmp_path / "other.db"
    write(first, one_way)
    write(second, other_way)
    given = ("--flow", str(DAISY))

    header = csv_header(first, *given)
    assert slot_columns(header) == RECORDED  # every recorded slot of the flow, in its order, even if empty
    assert RECORDED[:3] == ["full_name", "tractor_number", "tractor_plate"]
    assert csv_header(second, *given) == header
    # Without the flow: the names the records hold, sorted, the same for both files.
    assert slot_columns(csv_header(first)) == ["email", "eta", "full_name", "tractor_number", "tractor_plate"]
    assert csv_header(second) == csv_header(first)

    rows = list(csv.DictReader(io.StringIO(ok("records", "export", "-f", "csv", "--records", str(second), *given))))
    assert (rows[0]["tractor_number"], rows[0]["tractor_plate"], rows[0]["eta"]) == ("452", "ABC-1234", "")
    assert (rows[1]["full_name"], rows[1]["email"], rows[1]["eta"]) == ("Ana Ruiz", "a@b.mx", "15:00")


def test_slots_only_old_records_hold_come_after_the_flows_and_other_flows_records_are_left_as_they_are(
    tmp_path: Path,
) -> None:
    db = tmp_path / "r.db"
    write(db, [[("full_name", "Ana Ruiz"), ("fleet", "Norte"), ("dock", "7")]])
    write(db, [[("field_to_fix", "kept"), ("route", "Laredo")]], flow="dispatch")
    given = ("--flow", str(DAISY))

    assert slot_columns(csv_header(db, *given)) == [*RECORDED, "dock", "field_to_fix", "fleet", "route"]
    rows = list(csv.DictReader(io.StringIO(ok("records", "export", "-f", "csv", "--records", str(db), *given))))
    assert rows[1]["field_to_fix"] == "kept"  # not a Daisy record: the Daisy flow says nothing about it


def test_show_with_another_flows_file_or_a_flow_given_twice_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    write(db, [OLD_CALL], flow="dispatch")
    error = one_line_error("records", "show", "1", "--records", str(db), "--flow", str(DAISY))
    assert "record 1 is of flow 'dispatch'" in error and "'daisy'" in error
    error = one_line_error("records", "export", "--records", str(db), "--flow", str(DAISY), "--flow", str(DAISY))
    assert "'daisy' is already given" in error


def test_an_invalid_flow_is_reported_at_its_line_and_nothing_is_exported(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    write(db, [OLD_CALL])
    broken = tmp_path / "broken.yaml"
    broken.write_text(DAISY.read_text("utf-8").replace("initial: ", "initial: nowhere_", 1), "utf-8")
    result: Any = invoke("records", "export", "--records", str(db), "--flow", str(broken))
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{broken}:" in result.stderr and "E201" in result.stderr and "Traceback" not in result.stderr


BROKEN = {
    "yaml": ("version: 1\nname: [daisy\n", ":3:1:", "E006"),
    "state": ("version: 1\nname: bad\nlocales: [es-MX]\nstates:\n  a: {say: hi, on: [{on: done, to: nowhere}]}\n",
              ":5:36:", "E201"),
    "top": ("x: 1\n", ":1:1:", "E101"),
}


def test_every_records_command_given_an_invalid_flow_names_its_file_line_and_column(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    write(db, [OLD_CALL])
    for kind, (text, where, code) in BROKEN.items():
        broken = tmp_path / f"{kind}.yaml"
        broken.write_text(text, "utf-8")
        for command in (("list",), ("show", "1"), ("export",), ("export", "-f", "csv")):
            result: Any = invoke("records", *command, "--records", str(db), "--flow", str(broken))
            assert result.exit_code == 1 and result.stdout == "", (kind, command)
            assert f"{broken}{where}" in result.stderr and code in result.stderr, (kind, command, result.stderr)
            assert "Traceback" not in result.stderr
    for missing in (tmp_path / "absent.yaml", tmp_path):
        result = invoke("records", "list", "--records", str(db), "--flow", str(missing))
        assert result.exit_code == 1 and f"{missing}:1:1:" in result.stderr and "Traceback" not in result.stderr
