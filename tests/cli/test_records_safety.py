"""Call records are never lost or damaged: by a second call from the same number, by an export, by a
read-only command, or by a file that is not ours."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore, SQLiteStore, Store

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
CLI = Path(sys.executable).with_name("daisy-engine")
PHONE = "+5215512345678"
START = ["sí, dígame"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


def cli(*args: str, cwd: Path, stdin: str = "", reader: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the command; `reader`: as a user who may read but not write the files (nobody, when we are root)."""
    command = [str(CLI), *args]
    if reader and os.geteuid() == 0 and shutil.which("setpriv"):
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd)


def fingerprint(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def one_clear_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


# -- two calls from one number at once ---------------------------------------------------------------


@pytest.fixture(params=["sqlite", "two sqlite handles", "memory"])
async def stores(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Store, Store]:
    if request.param == "memory":
        shared = MemoryStore()
        yield shared, shared  # type: ignore[misc]
        return
    first = SQLiteStore(tmp_path / "records.db")
    second = first if request.param == "sqlite" else SQLiteStore(tmp_path / "records.db")
    yield first, second  # type: ignore[misc]
    await first.close()
    if second is not first:
        await second.close()


async def test_two_calls_from_one_number_at_once_keep_their_own_values(
    daisy: CompiledFlow, stores: tuple[Store, Store]
) -> None:
    one = Conversation(daisy, context={"phone": PHONE}, store=stores[0])
    await one.start()
    await one.user_turn("sí, dígame")
    await one.user_turn("Ana María Gómez")
    await one.user_turn("sí")
    await one.hangup()  # partial, with a name: resumable
    three = Conversation(daisy, context={"phone": PHONE}, store=stores[0])
    four = Conversation(daisy, context={"phone": PHONE}, store=stores[1])
    await three.start()
    await four.start()  # the same caller again, while the third call is still going
    assert three.resumed and three.record_id == one.record_id
    assert four.record_id not in (one.record_id, None) and not four.resumed
    for conv in (three, four):  # turn by turn, interleaved
        await conv.user_turn("sí")
    for conv, answer in ((three, "cuatro cinco dos"), (four, "Carla Díaz")):
        await conv.user_turn(answer)
    for conv in (three, four):
        await conv.user_turn("sí")
    await three.hangup()
    await four.hangup()
    records = {record.id: record for record in await stores[0].list_records()}
    assert records[three.record_id or 0].slots == {"full_name": "Ana María Gómez", "tractor_number": "452"}
    assert records[four.record_id or 0].slots == {"full_name": "Carla Díaz"}


async def test_a_record_left_open_by_a_killed_process_is_resumed_later(daisy: CompiledFlow, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "records.db")
    try:
        killed = Conversation(daisy, context={"phone": PHONE}, store=store)
        await killed.start()
        await killed.user_turn("sí")
        await killed.user_turn("Ana María Gómez")
        await killed.user_turn("sí")
        # the process dies here: the call never ends and its record stays open
        busy = Conversation(daisy, context={"phone": PHONE}, store=store)
        await busy.start()
        assert busy.record_id != killed.record_id
        await busy.hangup()
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / "records.db") as db:  # the lease runs out
        db.execute("UPDATE records SET open_until = '2000-01-01T00:00:00+00:00' WHERE id = ?", (killed.record_id,))
        db.execute("UPDATE records SET status = 'refused' WHERE id = ?", (busy.record_id,))
    store = SQLiteStore(tmp_path / "records.db")
    try:
        later = Conversation(daisy, context={"phone": PHONE}, store=store)
        # the newest record of the number (the busy call's) is settled: a new one, nothing overwritten
        await later.start()
        assert later.record_id not in (killed.record_id, busy.record_id)
    finally:
        await store.close()


def test_two_console_calls_from_one_number_at_once(tmp_path: Path) -> None:
    records = tmp_path / "records.db"
    base = [str(CLI), "run", str(DAISY), "--records", str(records), "--phone", PHONE]
    # the first call waits on its stdin while the second runs from start to end
    first = subprocess.Popen(
        base, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path
    )
    assert first.stdout is not None and first.stdout.readline()  # the greeting: its record is open
    second = subprocess.run(
        base, input="sí\nBeto Ruiz\nsí\n", capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    out, err = first.communicate("sí\nAna Gómez\nsí\n", timeout=120)
    assert first.returncode == 0 and second.returncode == 0, err + second.stderr
    with sqlite3.connect(records) as db:
        names = dict(db.execute("SELECT record_id, value FROM slot_values WHERE slot = 'full_name'").fetchall())
    assert sorted(names.values()) == ['"Ana Gómez"', '"Beto Ruiz"']
    assert len(names) == 2


# -- export, read-only commands and files that are not ours ------------------------------------------


@pytest.fixture
def recorded() -> Iterator[Path]:
    """A folder with a records file holding one call (where another user may reach it: not below
    pytest's private temporary folder)."""
    folder = Path(tempfile.mkdtemp(prefix="daisy-records-"))
    folder.chmod(0o755)
    try:
        yield from _recorded(folder)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def _recorded(folder: Path) -> Iterator[Path]:
    done = cli("run", str(DAISY), "--records", "r.db", "--phone", PHONE, cwd=folder, stdin="sí\nAna Gómez\nsí\n")
    assert done.returncode == 0, done.stderr
    yield folder


def test_export_onto_the_records_file_is_refused(recorded: Path) -> None:
    before = fingerprint(recorded)
    for target in ("r.db", "./r.db", str(recorded / "r.db"), "r.db-wal"):
        line = one_clear_line(cli("records", "export", "--records", "r.db", "-o", target, cwd=recorded))
        assert "records file" in line
    assert fingerprint(recorded) == before
    assert cli("records", "list", "--records", "r.db", cwd=recorded).returncode == 0


def test_read_only_commands_change_nothing(recorded: Path) -> None:
    before = fingerprint(recorded)
    for args in (("list",), ("show", "1"), ("export",), ("export", "--format", "csv")):
        done = cli("records", *args, "--records", "r.db", cwd=recorded)
        assert done.returncode == 0, done.stderr
    assert fingerprint(recorded) == before


def test_read_only_commands_work_in_a_folder_one_cannot_write(recorded: Path) -> None:
    os.chmod(recorded, 0o555)
    try:
        for args in (("list",), ("show", "1"), ("export",)):
            done = cli("records", *args, "--records", "r.db", cwd=recorded, reader=True)
            assert done.returncode == 0, done.stderr
            assert "Ana Gómez" in done.stdout or args == ("list",)
    finally:
        os.chmod(recorded, 0o755)


@pytest.mark.parametrize("folder_mode", [0o777, 0o555])
def test_a_call_on_a_records_file_it_cannot_write_is_one_clear_line(recorded: Path, folder_mode: int) -> None:
    os.chmod(recorded / "r.db", 0o444)
    os.chmod(recorded, folder_mode)
    try:
        line = one_clear_line(cli("run", str(DAISY), "--records", "r.db", cwd=recorded, stdin="sí\n", reader=True))
    finally:
        os.chmod(recorded, 0o755)
    assert "r.db" in line and ("read-only" in line or "readonly" in line or "cannot" in line)


def foreign_database(folder: Path) -> Path:
    path = folder / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        db.execute("INSERT INTO invoices (total) VALUES (12.5)")
    return path


@pytest.mark.parametrize(
    "args", [("records", "list"), ("records", "show", "1"), ("records", "export"), ("run", str(DAISY))]
)
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path, args: tuple[str, ...]) -> None:
    path = foreign_database(tmp_path)
    before = fingerprint(tmp_path)
    line = one_clear_line(cli(*args, "--records", str(path), cwd=tmp_path, stdin="sí\n"))
    assert "not a daisy-engine records file" in line and "other.db" in line
    assert fingerprint(tmp_path) == before
