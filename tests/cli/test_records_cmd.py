"""`daisy-engine records list|show|export`: what is printed, and one-line errors for unusable files."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import DAISY, cli, invoke


def one_line_error(result: Any, path: Path) -> str:
    error = result.stderr.strip()
    assert result.exit_code == 1, (result.output, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in error and len(error.splitlines()) == 1, error
    assert str(path) in error
    return error


@pytest.fixture
def records_file(tmp_path: Path) -> Path:
    db = tmp_path / "r.db"
    result = invoke("run", str(DAISY), "--records", str(db), "--phone", "+5215512345678901234", stdin="sí\n")
    assert result.exit_code == 0, result.output
    return db


def bad_records(tmp_path: Path, kind: str) -> Path:
    if kind == "missing folder":
        return tmp_path / "nodir" / "r.db"
    if kind == "directory":
        return tmp_path
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    return text


@pytest.mark.parametrize("output", ["missing/x.csv", "."])
def test_export_to_an_unwritable_output_is_one_line(records_file: Path, tmp_path: Path, output: str) -> None:
    target = tmp_path / output
    error = one_line_error(
        invoke("records", "export", "--records", str(records_file), "--format", "csv", "-o", str(target)), target
    )
    assert error.startswith("error: cannot write")


@pytest.mark.parametrize("kind", ["missing folder", "directory", "not sqlite"])
@pytest.mark.parametrize(
    "command", [["records", "list"], ["records", "show", "1"], ["records", "export"], ["run", str(DAISY)]]
)
def test_an_unusable_records_file_is_one_line_for_every_command(tmp_path: Path, kind: str, command: list[str]) -> None:
    path = bad_records(tmp_path, kind)
    one_line_error(invoke(*command, "--records", str(path), stdin="sí\n"), path)
    assert not (tmp_path / "nodir").exists()
    if kind == "not sqlite":
        assert path.read_text() == "not a database\n" * 100  # left as it was


def test_records_list_piped_prints_full_values(records_file: Path) -> None:
    result = invoke("records", "list", "--records", str(records_file))
    assert result.exit_code == 0, result.output
    header, row = result.stdout.splitlines()
    assert header.split("\t")[:5] == ["id", "updated", "flow", "phone", "status"]
    cells = row.split("\t")
    assert cells[3] == "+5215512345678901234" and "…" not in row
    assert datetime.fromisoformat(cells[1]).tzinfo is not None  # the whole timestamp
    assert cells[4] == "partial"


def test_records_show_prints_no_raw_escape_sequences(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    cli("run", str(DAISY), "--records", str(db), stdin=b"si\nJuan\x1b[31m P\x07erez\n")
    conn = sqlite3.connect(db)  # an old record, written before callers' text was cleaned
    conn.execute("UPDATE records SET transcript = ?", (json.dumps([{"role": "caller", "text": "x\x1b[2Jy"}]),))
    conn.commit()
    shown = cli("records", "show", "1", "--records", str(db))
    assert shown.returncode == 0, shown.stderr.decode()
    assert b"\x1b" not in shown.stdout and b"\x07" not in shown.stdout
    assert b"x\\x1b[2Jy" in shown.stdout
    listed = cli("records", "list", "--records", str(db))
    assert b"\x1b" not in listed.stdout
