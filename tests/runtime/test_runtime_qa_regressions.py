"""Regressions from a new-user QA trial, asserted as the user would notice them."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import CallTool, ScheduleCallback
from daisy_engine.runtime.caller_text import MAX_TURN_CHARS
from daisy_engine.runtime.listening import hear_slot
from daisy_engine.store import MemoryStore

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
ORDER = HERE / "flows" / "order" / "order.yaml"
DAISY = ROOT / "flows" / "daisy.yaml"
CLI = "from daisy_engine.cli.app import main; main()"


@pytest.fixture(scope="module")
def order() -> CompiledFlow:
    return compile_flow(load_flow(ORDER))


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    environment = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONIOENCODING": ""}
    return subprocess.run([sys.executable, "-c", CLI, *args], input=stdin, capture_output=True,
                          env=environment, cwd=ROOT, timeout=120)


def at_noon() -> datetime:
    return datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


# -- out of range values count as failed attempts -----------------------------------------------------


async def test_a_number_above_max_said_again_and_again_runs_out(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore())
    await conv.start()
    for attempt in (1, 2):
        assert said(await conv.user_turn("siete")).startswith("Perdón.")
        assert conv.attempts() == attempt and conv.snapshot()["so_far"] == ""
    assert said(await conv.user_turn("siete")) == "Adiós."
    assert conv.outcome == "partial"


class Stuck:
    """An accumulator that calls every turn a piece and keeps what it had (a 7 against `max: 6`)."""

    value = None
    complete = False

    def feed(self, text: str) -> Any:
        return SimpleNamespace(status="partial", value=None)

    def so_far(self) -> str:
        return "7"

    def reset(self) -> None:
        pass


def test_a_piece_that_adds_nothing_new_is_not_understood() -> None:
    assert hear_slot(Stuck(), "siete").event == "no_match"


# -- tools get typed arguments; a failure says why --------------------------------------------------------


async def test_template_arguments_are_typed_as_the_tool_declares(order: CompiledFlow,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("dos")
    actions = await conv.user_turn("a las tres de la tarde")
    call = next(a for a in actions if isinstance(a, CallTool))
    assert call.error is None
    assert call.args == {"quantity": 2, "price": 2.5, "rush": True, "note": "2"}
    assert call.result == {"types": ["int", "float", "bool", "str"], "quantity": 2}
    assert "Pedido de 2 cajas" in said(actions)
    # A literal the designer typed with the wrong type is not retyped: it fails, and the log says why.
    with caplog.at_level(logging.INFO, logger="daisy_engine"):
        actions = await conv.user_turn("sí")
    failed = next(a for a in actions if isinstance(a, CallTool))
    assert failed.error is not None and "'3' is not of type 'integer'" in failed.error
    assert any("tool place_wrong failed" in r.getMessage() and "is not of type" in r.getMessage()
               for r in caplog.records)


# -- the time extractor reads relative times from the call's clock ---------------------------------


async def test_in_two_and_a_half_hours_is_read_from_the_calls_clock(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=at_noon, context={"timezone": "America/Mexico_City"})
    await conv.start()
    await conv.user_turn("dos")
    await conv.user_turn("en dos horas y media")
    assert conv.slots["eta"] == "08:30"  # 12:00 UTC is 06:00 in Mexico City


async def test_a_naive_clock_is_the_local_time_itself(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=lambda: datetime(2030, 1, 1, 9, 15))
    await conv.start()
    await conv.user_turn("dos")
    await conv.user_turn("en dos horas y media")
    assert conv.slots["eta"] == "11:45"


# -- reschedule never in the past ------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [-5, 0, "abc"])
async def test_a_callback_that_is_not_in_the_future_is_not_scheduled(order: CompiledFlow, minutes: Any,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=at_noon, context={"wait_minutes": minutes})
    await conv.start()
    await conv.user_turn("dos")
    await conv.user_turn("a las tres de la tarde")
    with caplog.at_level(logging.WARNING, logger="daisy_engine"):
        actions = await conv.user_turn("no")
    assert not any(isinstance(a, ScheduleCallback) for a in actions)
    assert any("no callback scheduled" in r.getMessage() or "must be a number" in r.getMessage()
               for r in caplog.records)
    assert conv.ended


# -- caller text is cleaned at the boundary ------------------------------------------------------------


async def test_a_very_long_turn_is_cut_and_the_log_says_so(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore())
    await conv.start()
    await conv.user_turn("dos " + "x" * 5000)
    turn = next(e for e in conv.log.events if e["kind"] == "turn")
    assert len(turn["text"]) <= MAX_TURN_CHARS and turn["truncated_from"] == 5004
    assert conv.slots["quantity"] == "2"


async def test_control_characters_and_undecodable_bytes_never_reach_the_store(order: CompiledFlow) -> None:
    store = MemoryStore()
    conv = Conversation(order, store=store)
    await conv.start()
    await conv.user_turn("d\udcf3s\x1b]0;title\x07\r\n")
    line = next(line["text"] for line in conv.log.transcript if line["role"] == "caller")
    assert line == "d\ufffds"


# -- the command line ------------------------------------------------------------------------------------


def test_non_utf8_input_is_read_with_replacement_and_the_record_is_saved(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = cli("run", str(DAISY), "--records", str(db), stdin=b"s\xed\nJuan P\xe9rez\n")
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    transcript = json.loads(sqlite3.connect(db).execute("SELECT transcript FROM records").fetchone()[0])
    assert [line["text"] for line in transcript if line["role"] == "caller"] == ["s\ufffd", "Juan P\ufffdrez"]


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


@pytest.mark.parametrize(("option", "message"), [
    ("callback_minutes=abc", "callback_minutes must be a whole number (integer), got 'abc'"),
    ("foo=1", "'foo' is not a context variable of flow 'daisy'"),
])
def test_set_values_are_checked_against_the_flow(tmp_path: Path, option: str, message: str) -> None:
    done = cli("run", str(DAISY), "--records", str(tmp_path / "r.db"), "--set", option, stdin=b"")
    error = " ".join(done.stderr.decode().split()).replace("│", "").replace("  ", " ")
    assert done.returncode == 2
    assert " ".join(message.split()) in " ".join(error.split()), error
    assert "Traceback" not in error and not (tmp_path / "r.db").exists()


def test_a_negative_callback_is_never_scheduled_in_the_past(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = cli("run", str(DAISY), "--records", str(db), "--set", "callback_minutes=-5",
               stdin="llámeme más tarde\n".encode())
    assert done.returncode == 0, done.stderr.decode()
    assert b"[callback in" not in done.stderr
    callback_at, = sqlite3.connect(db).execute("SELECT callback_at FROM records").fetchone()
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
