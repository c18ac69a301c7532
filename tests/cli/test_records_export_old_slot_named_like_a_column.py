"""An older records file may hold a slot named like a column of the record itself (`status`, `id`): written
before `validate` rejected such names (E209). Its CSV export still has one column per header, so a reader
by header (csv.DictReader) gets the record's own status, and the slot's value is not lost: it is under
`slots.NAME`."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import pytest
from cli_helpers import DAISY, invoke

from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore


def old_file(path: Path, values: dict[str, str]) -> None:
    async def run() -> None:
        store = SQLiteStore(path)
        record = await store.create(NewRecord(flow="daisy", phone="+5215550100", locale="es-MX"))
        for slot, value in values.items():
            await store.save_slot(record.id, slot, value)
        await store.update(record.id, RecordUpdate(status="complete", outcome="complete"))
        await store.close()

    asyncio.run(run())


@pytest.mark.parametrize("given", [(), ("--flow", str(DAISY))])
def test_a_slot_named_like_a_record_column_keeps_its_value_under_its_own_header(
    tmp_path: Path, given: tuple[str, ...]
) -> None:
    db = tmp_path / "old.db"
    old_file(db, {"full_name": "Ana Ruiz", "status": "en ruta", "id": "LIC-77", "complaints": "ninguna"})
    result = invoke("records", "export", "-f", "csv", "--records", str(db), *given)
    assert result.exit_code == 0, result.output
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert len(header) == len(set(header)), header
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["id"], row["status"], row["complaints"]) == ("1", "complete", "")
    assert (row["slots.status"], row["slots.id"], row["slots.complaints"]) == ("en ruta", "LIC-77", "ninguna")
    assert row["full_name"] == "Ana Ruiz"


def test_a_flow_no_record_is_of_is_a_warning_line_and_the_export_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old_file(db, {"full_name": "Ana Ruiz", "field_to_fix": "eta"})
    renamed = tmp_path / "daisy.yaml"
    renamed.write_text(DAISY.read_text("utf-8").replace("name: daisy", "name: daisy_v2", 1), "utf-8")
    for prompts in (DAISY.parent.parent / "prompts").iterdir():
        (tmp_path / "prompts").mkdir(exist_ok=True)
        target = tmp_path / "prompts" / ("daisy_v2" if prompts.name == "daisy" else prompts.name)
        if not target.exists():
            target.symlink_to(prompts, target_is_directory=True)
    result = invoke("records", "export", "--records", str(db), "--flow", str(renamed))
    assert result.exit_code == 0, result.output
    assert '"field_to_fix"' in result.stdout  # the flow given is not the records': nothing is left out
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith("warning:") and "'daisy_v2'" in warning and "'daisy'" in warning
    given = invoke("records", "export", "--records", str(db), "--flow", str(DAISY))
    assert given.exit_code == 0 and given.stderr == "" and '"field_to_fix"' not in given.stdout
