"""`daisy-engine run` in the console: piped turns, `--set`, odd input bytes, where the call's end is printed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import DAISY, cli


def test_non_utf8_input_is_read_with_replacement_and_the_record_is_saved(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = cli("run", str(DAISY), "--records", str(db), stdin=b"s\xed\nJuan P\xe9rez\n")
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    transcript = json.loads(sqlite3.connect(db).execute("SELECT transcript FROM records").fetchone()[0])
    assert [line["text"] for line in transcript if line["role"] == "caller"] == ["s\ufffd", "Juan P\ufffdrez"]


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("callback_minutes=abc", "callback_minutes must be a whole number (integer), got 'abc'"),
        ("foo=1", "'foo' is not a context variable of flow 'daisy'"),
    ],
)
def test_set_values_are_checked_against_the_flow(tmp_path: Path, option: str, message: str) -> None:
    done = cli("run", str(DAISY), "--records", str(tmp_path / "r.db"), "--set", option, stdin=b"")
    error = " ".join(done.stderr.decode().split()).replace("│", "").replace("  ", " ")
    assert done.returncode == 2
    assert " ".join(message.split()) in " ".join(error.split()), error
    assert "Traceback" not in error and not (tmp_path / "r.db").exists()


def test_a_negative_callback_is_never_scheduled_in_the_past(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = cli(
        "run", str(DAISY), "--records", str(db), "--set", "callback_minutes=-5", stdin="llámeme más tarde\n".encode()
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"[callback in" not in done.stderr
    (callback_at,) = sqlite3.connect(db).execute("SELECT callback_at FROM records").fetchone()
    assert callback_at is None


def test_piped_commands_and_the_end_of_the_call_on_stderr(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = cli("run", str(DAISY), "--records", str(db), stdin=b"/silence\n/hangup\nsi\n")
    assert done.returncode == 0, done.stderr.decode()
    out, err = done.stdout.decode(), done.stderr.decode()
    assert len(out.splitlines()) == 2  # the greeting, then the silence reprompt; nothing after /hangup
    assert "[call ended: partial]" in err and "[call ended" not in out
    assert f"record 1 saved to {db}" in " ".join(err.split())
    assert sqlite3.connect(db).execute("SELECT status FROM records").fetchone() == ("partial",)
