"""The console transport and `daisy-engine run`, driven as a designer would: through the command."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.transports.console import run_console

HERE = Path(__file__).parent
FORM = HERE / "flows" / "form" / "form.yaml"
RUN = "import typer; from daisy_engine.cli.run_cmd import run_command; typer.run(run_command)"
RECORDS = "import typer; from daisy_engine.cli.records_cmd import records_app; records_app()"


def env(**extra: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("LIVEKIT_URL", "DAISY_RECORDS")}
    environment.update(extra)
    return environment


def run(*args: str, stdin: str = "", **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN, *args], input=stdin, capture_output=True, text=True,
                          env=env(**extra), timeout=60)


def test_a_piped_call_prints_one_agent_line_per_turn_and_saves_the_record(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = run(str(FORM), "--records", str(db), "--phone", "+5215512345678", stdin="uno\ndos\ntres\ncuatro\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["¿first?", "¿second?", "¿third?", "¿fourth?", "Listo: uno dos tres cuatro."]
    exported = subprocess.run([sys.executable, "-c", RECORDS, "export", "--records", str(db), "--format", "jsonl"],
                              capture_output=True, text=True, env=env(), timeout=60)
    record = json.loads(exported.stdout)
    assert record["slots"] == {"first": "uno", "second": "dos", "third": "tres", "fourth": "cuatro"}
    assert record["status"] == "complete" and record["phone"] == "+5215512345678"


def test_end_of_input_is_the_caller_hanging_up(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = run(str(FORM), "--records", str(db), stdin="uno\n\n")
    assert done.returncode == 0, done.stderr
    # The empty line is silence: the ladder (no reprompts) says the question again.
    assert done.stdout.splitlines() == ["¿first?", "¿second?", "¿second?"]
    status, = sqlite3.connect(db).execute("SELECT status FROM records").fetchone()
    assert status == "partial"


def test_sigkill_after_the_third_value_keeps_all_three(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    child = subprocess.Popen([sys.executable, "-c", RUN, str(FORM), "--records", str(db)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline().strip() == "¿first?"
    for answer, next_question in (("uno", "¿second?"), ("dos", "¿third?"), ("tres", "¿fourth?")):
        child.stdin.write(answer + "\n")
        child.stdin.flush()
        # The agent answers only after the value was committed to the store.
        assert child.stdout.readline().strip() == next_question
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    rows = sqlite3.connect(db).execute("SELECT slot, value FROM slot_values ORDER BY slot").fetchall()
    assert dict(rows) == {"first": '"uno"', "second": '"dos"', "third": '"tres"'}


def test_with_livekit_url_it_starts_the_worker_and_console_forces_the_terminal(tmp_path: Path) -> None:
    # The worker without a model key stops at once with one line; --console still runs a text call.
    done = run(str(FORM), "--records", str(tmp_path / "r.db"), LIVEKIT_URL="ws://127.0.0.1:9", OPENAI_API_KEY="")
    assert done.returncode == 1
    assert "OPENAI_API_KEY is not set" in done.stderr and "Traceback" not in done.stderr
    forced = run(str(FORM), "--console", "--records", str(tmp_path / "r.db"), stdin="uno\n",
                 LIVEKIT_URL="ws://127.0.0.1:9")
    assert forced.returncode == 0 and forced.stdout.startswith("¿first?")


def test_an_invalid_flow_prints_located_errors_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: bad\nlocales: [es-MX]\nstates:\n  a: {say: hi, on: [{on: done, to: nowhere}]}\n")
    done = run(str(bad), "--records", str(tmp_path / "r.db"))
    assert done.returncode == 1
    assert "bad.yaml:5:" in done.stderr and "nowhere" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_locale_the_flow_does_not_speak_is_a_usage_error(tmp_path: Path) -> None:
    done = run(str(FORM), "--locale", "fr-FR", "--records", str(tmp_path / "r.db"))
    assert done.returncode == 2 and "es-MX" in done.stderr


def test_the_run_command_does_not_import_livekit() -> None:
    probe = "import sys, daisy_engine.cli.run_cmd; print(sorted(m for m in sys.modules if m.startswith('livekit')))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env(), timeout=60)
    assert done.stdout.strip() == "[]"


async def test_interactive_console_with_debug_view(form: CompiledFlow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("uno\n/hangup\n"))
    out = io.StringIO()
    conv = Conversation(form, store=MemoryStore())
    ended = await run_console(conv, debug=True, stdout=out, interactive=True)
    text = out.getvalue()
    assert "Form: ¿first?" in text and "Form: ¿second?" in text
    assert "collect.second.ask" in text and "'uno'" in text  # the debug view: step and slots
    assert ended["outcome"] == "partial" and ended["slots"] == {"first": "uno"}
