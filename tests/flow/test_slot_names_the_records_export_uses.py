"""A slot may not be named like a column the records export writes for the record itself (`id`, `status`,
`complaints`...): the CSV would have two columns of one name, and a reader by header would get the wrong
one. `validate` says so (E209) at the slot's name, with the names to avoid; every column the export writes
is covered, including any added later."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.flow import validate_file
from daisy_engine.store.export import CSV_COLUMNS, CSV_TRAILING

GALLERY_FLOW = Path(__file__).parent / "gallery" / "e209_name_clash.yaml"


def flow_with_slot(tmp_path: Path, name: str) -> Path:
    text = GALLERY_FLOW.read_text("utf-8").replace("  phone: {type: text}", f"  {name}: {{type: text}}")
    path = tmp_path / "flow.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize("column", [*CSV_COLUMNS, *CSV_TRAILING])
def test_a_slot_named_like_a_column_of_the_record_is_an_error_at_its_name(tmp_path: Path, column: str) -> None:
    path = flow_with_slot(tmp_path, column)
    clashes = [d for d in validate_file(path).report.diagnostics if d.code == "E209"]
    assert [(d.mark.line, d.mark.column, d.severity.value) for d in clashes] == [(6, 3, "error")]
    text = clashes[0].format_text()
    assert f"'{column}'" in text and "rename" in text


def test_names_that_only_contain_a_record_field_are_fine(tmp_path: Path) -> None:
    for name in ("load_status", "driver_id", "complaint_text", "flow_rate"):
        path = flow_with_slot(tmp_path, name)
        assert [d for d in validate_file(path).report.diagnostics if d.code == "E209"] == []
