"""Regressions from the second QA round, asserted as the user would notice them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from runtime_helpers import said
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.listening import hear_slot
from daisy_engine.store import MemoryStore, NewRecord, RecordUpdate, SQLiteStore, Store

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
DAISY = ROOT / "flows" / "daisy.yaml"
CLINIC = ROOT / "examples" / "clinic" / "clinic.yaml"
PHONE = "+15559"


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


@pytest.fixture(scope="module")
def clinic() -> CompiledFlow:
    return compile_flow(load_flow(CLINIC))


@pytest.fixture(params=["sqlite", "memory"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    made: Store = SQLiteStore(tmp_path / "records.db") if request.param == "sqlite" else MemoryStore()
    yield made  # type: ignore[misc]
    await made.close()


def at_noon() -> datetime:
    return datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


def call(flow: CompiledFlow, store: Store, locale: str = "en-US", phone: str = PHONE) -> Conversation:
    return Conversation(flow, locale=locale, context={"phone": phone}, store=store, clock=at_noon)


# -- 1. only partial and rescheduled records are resumed ----------------------------------------------


async def test_a_refusal_is_not_resumed_nor_overwritten(daisy: CompiledFlow, store: Store) -> None:
    first = call(daisy, store)
    await first.start()
    await first.user_turn("you have the wrong person")
    assert first.outcome == "refused"

    again = call(daisy, store)
    greeting = said(await again.start())
    assert "pick up where we left off" not in greeting and not again.resumed
    assert again.record_id != first.record_id
    await again.user_turn("yes")
    await again.hangup()
    kept = await store.get(first.record_id or 0)
    assert kept is not None and kept.status == "refused"


@pytest.mark.parametrize("status", ["complete", "refused", "transferred"])
async def test_a_settled_record_gets_a_new_record_next_call(daisy: CompiledFlow, store: Store,
                                                            status: str) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, status=status,
                                       slots={"full_name": "Ana López"}))
    conv = call(daisy, store)
    await conv.start()
    assert conv.record_id != old.id and conv.slots == {} and not conv.resumed
    assert await store.find_resumable("daisy", phone=PHONE, caller_id=None) is not None  # the new one


async def test_a_failed_verification_does_not_lock_the_patient_out(clinic: CompiledFlow, store: Store) -> None:
    phone = "+525512345678"
    first = call(clinic, store, locale="es-MX", phone=phone)
    await first.start()
    await first.user_turn("mil novecientos noventa")
    assert first.outcome == "refused"

    again = call(clinic, store, locale="es-MX", phone=phone)
    await again.start()
    assert again.slots == {} and again.step.name.startswith("verify.")
    await again.user_turn("mil novecientos ochenta y siete")
    assert again.step.name == "appointment" and again.slots == {"birth_year": "1987"}
    refused = await store.get(first.record_id or 0)
    assert refused is not None and refused.status == "refused" and refused.slots == {"birth_year": "1990"}


async def test_resumed_only_when_something_was_confirmed(daisy: CompiledFlow, store: Store) -> None:
    empty = await store.create(NewRecord(flow="daisy", phone=PHONE))
    conv = call(daisy, store)
    greeting = said(await conv.start())
    assert conv.record_id == empty.id and not conv.resumed
    assert "pick up where we left off" not in greeting
    await conv.hangup()  # a call still going holds its record: the next one resumes it once it is over

    await store.save_slot(empty.id, "full_name", "Ana López")
    again = call(daisy, store)
    assert "pick up where we left off" in said(await again.start()) and again.resumed


async def test_a_resumed_record_takes_the_new_calls_locale(daisy: CompiledFlow, store: Store) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, locale="es-MX", slots={"full_name": "Ana"}))
    conv = call(daisy, store, locale="en-US")
    await conv.start()
    record = await store.get(old.id)
    assert conv.record_id == old.id and record is not None and record.locale == "en-US"
    await conv.hangup()
    record = await store.get(old.id)
    assert record is not None and record.locale == "en-US"


async def test_a_resumed_callback_that_ends_without_a_new_one_clears_callback_at(daisy: CompiledFlow,
                                                                                 store: Store) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, slots={"full_name": "Ana"}))
    await store.update(old.id, RecordUpdate(status="rescheduled", callback_at="2030-01-01T11:45:00+00:00"))
    conv = call(daisy, store)
    await conv.start()
    await conv.user_turn("yes")
    await conv.hangup()
    record = await store.get(old.id)
    assert record is not None and (record.status, record.callback_at) == ("partial", None)
    rows = {r.id: r.callback_at for r in await store.list_records(status="rescheduled")}
    assert old.id not in rows


async def test_a_resumed_callback_that_schedules_another_keeps_the_new_time(daisy: CompiledFlow,
                                                                            store: Store) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, slots={"full_name": "Ana"}))
    await store.update(old.id, RecordUpdate(status="rescheduled", callback_at="2030-01-01T11:45:00+00:00"))
    conv = call(daisy, store)
    await conv.start()
    await conv.user_turn("call me back in 20 minutes")
    record = await store.get(old.id)
    assert record is not None and record.status == "rescheduled"
    assert record.callback_at == "2030-01-01T12:20:00+00:00"


# -- 2. plates in pieces, closed in the ask step ---------------------------------------------------------


class Closable:
    """An accumulator whose `close()` settles a value that could still grow (what the understanding
    layer may offer for plates): "ocho seis" ... "eso es todo"."""

    def __init__(self, valid_on_close: bool) -> None:
        self.chars: list[str] = []
        self.value: str | None = None
        self.complete = False
        self.valid_on_close = valid_on_close

    def feed(self, text: str) -> SimpleNamespace:
        new = [word for word in text.split() if len(word) == 1]
        self.chars.extend(new)
        return SimpleNamespace(status="partial" if new else "nothing", value=None)

    def so_far(self) -> str:
        return " ".join(self.chars)

    def reset(self) -> None:
        self.chars, self.value, self.complete = [], None, False

    def close(self) -> None:
        if self.valid_on_close and self.chars:
            self.value, self.complete = "".join(self.chars), True


def test_a_closing_turn_takes_a_value_that_is_valid_so_far() -> None:
    acc = Closable(valid_on_close=True)
    acc.feed("8 6 A K 3 D")
    heard = hear_slot(acc, "eso es todo")
    assert (heard.event, heard.value) == ("filled", "86AK3D")
    assert acc.so_far() == "8 6 A K 3 D" and not acc.complete  # decided on a copy


def test_a_closing_turn_before_the_value_is_valid_keeps_what_was_heard() -> None:
    acc = Closable(valid_on_close=False)
    acc.feed("X 9")
    heard = hear_slot(acc, "that's it")
    assert heard.event == "no_match" and acc.so_far() == "X 9"


async def test_a_partial_plate_closed_in_the_ask_step_carries_into_spell_mode(daisy: CompiledFlow) -> None:
    conv = call(daisy, MemoryStore(), locale="es-MX")
    await conv.start()
    for turn in ("sí", "Jorge Ramírez", "sí", "305", "sí"):
        await conv.user_turn(turn)
    assert said(await conv.user_turn("ocho seis a k tres d")) == "Llevo 8 6 A K 3 D. ¿Qué sigue?"
    assert said(await conv.user_turn("eso es todo")) == "Llevo 8 6 A K 3 D. ¿Qué sigue?"
    assert conv.step.name == "registration.tractor_plate.spell"
    assert conv.snapshot()["so_far"] == "8 6 A K 3 D" and conv.attempts() == 1


# -- 3. unusable records files and outputs: one line naming the path, exit 1 ----------------------------


def invoke(*args: str, stdin: str = "") -> Any:
    return CliRunner().invoke(app, list(args), input=stdin)


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


@pytest.mark.parametrize("output", ["missing/x.csv", "."])
def test_export_to_an_unwritable_output_is_one_line(records_file: Path, tmp_path: Path, output: str) -> None:
    target = tmp_path / output
    error = one_line_error(invoke("records", "export", "--records", str(records_file), "--format", "csv",
                                  "-o", str(target)), target)
    assert error.startswith("cannot write")


def bad_records(tmp_path: Path, kind: str) -> Path:
    if kind == "missing folder":
        return tmp_path / "nodir" / "r.db"
    if kind == "directory":
        return tmp_path
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    return text


@pytest.mark.parametrize("kind", ["missing folder", "directory", "not sqlite"])
@pytest.mark.parametrize("command", [["records", "list"], ["records", "show", "1"], ["records", "export"],
                                     ["run", str(DAISY)]])
def test_an_unusable_records_file_is_one_line_for_every_command(tmp_path: Path, kind: str,
                                                                command: list[str]) -> None:
    path = bad_records(tmp_path, kind)
    one_line_error(invoke(*command, "--records", str(path), stdin="sí\n"), path)
    assert not (tmp_path / "nodir").exists()
    if kind == "not sqlite":
        assert path.read_text() == "not a database\n" * 100  # left as it was


# -- 4. `records list` piped: full values, tab-separated --------------------------------------------------


def test_records_list_piped_prints_full_values(records_file: Path) -> None:
    result = invoke("records", "list", "--records", str(records_file))
    assert result.exit_code == 0, result.output
    header, row = result.stdout.splitlines()
    assert header.split("\t")[:5] == ["id", "updated", "flow", "phone", "status"]
    cells = row.split("\t")
    assert cells[3] == "+5215512345678901234" and "…" not in row
    assert datetime.fromisoformat(cells[1]).tzinfo is not None  # the whole timestamp
    assert cells[4] == "partial"
