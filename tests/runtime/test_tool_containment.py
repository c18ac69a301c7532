"""A tool that exits, interrupts, cancels itself or hangs is a tool failure: the call goes on, ends,
and its record is saved; the process exits when the call is over."""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.flow.model import Flow, Tool
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.tools import ToolContext, ToolError, ToolRegistry
from daisy_engine.store import MemoryStore

CLI = Path(sys.executable).with_name("daisy-engine")

FLOW = """\
version: 1
name: {name}
locales: [en-US]
defaults:
  tool_timeout: {timeout}
tools:
  work: {{python: "{module}:work", retries: {retries}}}
  mail: {{builtin: email, timeout: {timeout}, settings: {{host: 127.0.0.1, port: {port}, to: a@example.com}}}}
states:
  start:
    say: hello
    on:
      - {{on: yes, to: working}}
      - {{on: no, to: bye}}
  working:
    on_enter: [{{call: work}}]
    on:
      - {{on: done, to: mailing}}
      - {{on: tool_error, to: mailing}}
  mailing:
    on_enter: [{{call: mail}}]
    on:
      - {{on: done, to: again}}
      - {{on: tool_error, to: again}}
  again:
    say: again
    on:
      - {{on: yes, to: bye}}
      - {{on: no, to: bye}}
  bye:
    say: bye
    on_enter: [{{save: complete}}, {{end_call: complete}}]
    final: true
"""


def make_flow(tmp_path: Path, body: str, *, timeout: float = 5, retries: int = 0, port: int = 9) -> Path:
    module = f"tool_{uuid.uuid4().hex[:10]}"
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(body), "utf-8")
    prompts = tmp_path / "prompts" / module / "en-US"
    prompts.mkdir(parents=True)
    for name in ("hello", "again", "bye"):
        (prompts / f"{name}.j2").write_text(f"{name} line", "utf-8")
    path = tmp_path / f"{module}.yaml"
    path.write_text(FLOW.format(name=module, module=module, timeout=timeout, retries=retries, port=port), "utf-8")
    return path


BODIES = {
    "sys.exit in a sync tool": "import sys\ndef work():\n    sys.exit(0)\n",
    "KeyboardInterrupt in a sync tool": "def work():\n    raise KeyboardInterrupt\n",
    "sys.exit in an async tool": "import sys\nasync def work():\n    sys.exit(3)\n",
    "KeyboardInterrupt in an async tool": "async def work():\n    raise KeyboardInterrupt\n",
    "CancelledError in an async tool": "import asyncio\nasync def work():\n    raise asyncio.CancelledError\n",
}

IMPORT_PROBLEMS = {
    "sys.exit at import": ("import sys\nsys.exit(0)\ndef work():\n    return 1\n", "SystemExit"),
    "os._exit at import": ("import os\nos._exit(0)\ndef work():\n    return 1\n", "ended the process"),
    "a loop at import": ("while True:\n    pass\ndef work():\n    return 1\n", "did not finish within 2 s"),
    "waiting for input at import": ("input()\ndef work():\n    return 1\n", "EOFError"),
}


@pytest.mark.parametrize("case", sorted(IMPORT_PROBLEMS))
def test_validate_reports_a_tool_module_that_misbehaves_at_import(
    tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body, words = IMPORT_PROBLEMS[case]
    flow = make_flow(tmp_path, body)
    monkeypatch.setenv("DAISY_IMPORT_SECONDS", "2")
    done = subprocess.run([str(CLI), "validate", str(flow)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 1
    errors = [line for line in done.stdout.splitlines() if ": error[" in line]
    assert len(errors) == 1 and errors[0].startswith(f"{flow.name}:7:") and "E501" in errors[0]
    assert words in errors[0]
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize("case", sorted(BODIES))
async def test_a_tool_that_exits_or_interrupts_is_a_tool_failure(tmp_path: Path, case: str) -> None:
    compiled = compile_flow(load_flow(make_flow(tmp_path, BODIES[case])))
    store = MemoryStore()
    conv = Conversation(compiled, store=store)
    await conv.start()
    said = await conv.user_turn("yes")
    assert not conv.ended and conv.step.name == "again"
    failed = [action for action in said if getattr(action, "name", None) == "work"]
    assert failed and failed[0].error
    await conv.user_turn("yes")
    assert conv.ended and conv.outcome == "complete"
    assert (await store.list_records())[0].outcome == "complete"


@pytest.fixture
def dripping_smtp() -> Iterator[int]:
    """An SMTP server on loopback that sends its greeting one byte at a time, forever."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except OSError:
                continue
            threading.Thread(target=drip, args=(client,), daemon=True).start()

    def drip(client: socket.socket) -> None:
        with client:
            while not stop.is_set():
                try:
                    client.sendall(b"2")
                except OSError:
                    return
                time.sleep(0.1)

    threading.Thread(target=serve, daemon=True).start()
    yield server.getsockname()[1]
    stop.set()
    server.close()


def test_a_hung_tool_and_a_dripping_smtp_server_do_not_keep_the_process_alive(
    tmp_path: Path, dripping_smtp: int
) -> None:
    hangs = "import threading\ndef work():\n    threading.Event().wait()\n"
    flow = make_flow(tmp_path, hangs, timeout=0.5, retries=3, port=dripping_smtp)
    records = tmp_path / "records.db"
    done = subprocess.run(
        [str(CLI), "run", str(flow), "--records", str(records)],
        input="yes\nyes\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["hello line", "again line", "bye line"]
    assert "saved" in done.stderr
    with sqlite3.connect(records) as db:
        outcome, events = db.execute("SELECT outcome, events FROM records").fetchone()
    assert outcome == "complete"
    failures = [e for e in json.loads(events) if e["kind"] == "tool" and not e["ok"]]
    assert [e["name"] for e in failures] == ["work", "mail"]


async def test_tools_hung_past_their_timeout_do_not_hold_up_the_next_tool(tmp_path: Path) -> None:
    module = f"tool_{uuid.uuid4().hex[:10]}"
    (tmp_path / f"{module}.py").write_text(
        "import threading\ndef hang():\n    threading.Event().wait()\ndef quick():\n    return {'ok': True}\n", "utf-8"
    )
    hang = Tool(name="hang", path=("tools", "hang"), python=f"{module}:hang", timeout=0.2)
    quick = Tool(name="quick", path=("tools", "quick"), python=f"{module}:quick", timeout=5)
    flow = Flow(
        name="t",
        file=tmp_path / "t.yaml",
        source=None,
        locales=("en-US",),  # type: ignore[arg-type]
        prompts_dir=tmp_path,
        initial="a",
        states={},
        tools={"hang": hang, "quick": quick},
    )
    registry = ToolRegistry(flow)
    failures = await asyncio.gather(
        *(registry.call("hang", {}, ToolContext(None, hang, {})) for _ in range(40)),  # type: ignore[arg-type]
        return_exceptions=True,
    )
    assert all(isinstance(failure, ToolError) and "no result within" in str(failure) for failure in failures)
    # forty threads hang for good; the next tool still gets a thread of its own and its result
    assert await registry.call("quick", {}, ToolContext(None, quick, {})) == {"ok": True}  # type: ignore[arg-type]
