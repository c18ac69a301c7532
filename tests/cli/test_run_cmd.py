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


def test_run_on_livekit_without_the_voice_extras_names_the_extra_to_install(tmp_path: Path) -> None:
    """`pip install -e .` has no LiveKit: with LIVEKIT_URL set, `run` says which extra to install, in one
    line (the extra's brackets printed as text, not eaten as a rich style tag)."""
    import subprocess
    import sys

    blocked = "import sys; sys.modules['livekit'] = None; from daisy_engine.cli.app import main; main()"
    environment = {"PATH": "/usr/bin:/bin", "LIVEKIT_URL": "ws://127.0.0.1:9", "LIVEKIT_API_KEY": "k",
                   "LIVEKIT_API_SECRET": "s", "OPENAI_API_KEY": "x"}
    done = subprocess.run([sys.executable, "-c", blocked, "run", str(DAISY), "--records", str(tmp_path / "r.db")],
                          capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: the LiveKit transport needs the voice extras (livekit is missing): pip install 'daisy-engine[livekit]'"
    ]
