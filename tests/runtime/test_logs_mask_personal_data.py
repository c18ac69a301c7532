"""What the engine logs at INFO and above never shows a caller's e-mail address or phone number in full,
whoever configured the logging: an application that embeds the engine with a plain handler of its own
(no masking filter on it) gets masked records too, tracebacks included (an exception's message may
quote what was dictated)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from daisy_engine.flow.model import Callbacks
from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore
from daisy_engine.store.callbacks import Callback, CallbackQueue
from daisy_engine.store.records import iso
from daisy_engine.telephony.outcomes import Attempt, DialUnavailable
from daisy_engine.telephony.scheduler import CallbackScheduler

PHONE = "+5215512345678"
EMAIL = "ana.secreta@example.com"
NOW = datetime.now(UTC).replace(microsecond=0)
POLICY = Callbacks(max_attempts=3, quiet_hours=None, timezone="UTC", retry_after=30)


def _shown(caplog: pytest.LogCaptureFixture, level: int = logging.INFO) -> str:
    """Every record at `level` and above as a plain handler would write it (message and traceback)."""
    formatter = logging.Formatter("%(levelname)s %(name)s: %(message)s")
    return "\n".join(formatter.format(r) for r in caplog.records if r.levelno >= level)


async def _queued(path: Path) -> CallbackQueue:
    store = SQLiteStore(path)
    try:
        record = await store.create(NewRecord(flow="daisy", phone=PHONE, locale="es-MX"))
        await store.update(record.id, RecordUpdate(status="rescheduled", callback_at=iso(NOW - timedelta(minutes=1))))
    finally:
        await store.close()
    return CallbackQueue(path)


async def test_a_phone_service_error_quoting_the_number_is_logged_masked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    queue = await _queued(tmp_path / "r.db")
    stop = asyncio.Event()

    async def down(callback: Callback) -> Attempt:
        stop.set()
        raise DialUnavailable(f"cannot dial {callback.phone} for {EMAIL}: trunk unreachable")

    caplog.set_level(logging.DEBUG, logger="daisy_engine")
    await CallbackScheduler(queue, {"daisy": POLICY}, down, clock=lambda: NOW).run(interval=0.01, stop=stop)
    queue.close()
    shown = _shown(caplog)
    assert "callbacks wait" in shown and "trunk unreachable" in shown  # the reason is there...
    assert "5512345678" not in shown and "ana.secreta" not in shown  # ...the number and address are not
    assert "+***********78" in shown and "a***@e***.com" in shown


async def test_a_traceback_quoting_the_number_is_logged_masked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = await _queued(tmp_path / "r.db")
    stop = asyncio.Event()
    scheduler = CallbackScheduler(queue, {"daisy": POLICY}, lambda c: None, clock=lambda: NOW)  # type: ignore[arg-type]

    async def broken() -> list[object]:
        stop.set()
        raise RuntimeError(f"database locked while placing {PHONE} (e-mail {EMAIL})")

    monkeypatch.setattr(scheduler, "run_once", broken)
    caplog.set_level(logging.DEBUG, logger="daisy_engine")
    await scheduler.run(interval=0.01, stop=stop)
    queue.close()
    shown = _shown(caplog, logging.ERROR)
    assert "callback pass failed" in shown and "Traceback" in shown and "RuntimeError: database locked" in shown
    assert "5512345678" not in shown and "ana.secreta" not in shown


def test_an_extractor_that_raises_during_eval_is_logged_without_the_case_text(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from daisy_engine.understanding import evaluation

    slot_type, _ = evaluation._slot_kinds()["email"]

    def raises(text: str, locale: str, options: object) -> None:
        raise ValueError(f"cannot read {text!r}")

    monkeypatch.setattr(evaluation, "_slot_kinds", lambda: {"email": (slot_type, raises)})
    case = evaluation.Case(id="email-007", kind="email", locale="es-MX", text=f"mi correo es {EMAIL}",
                           expected=EMAIL)
    with caplog.at_level(logging.DEBUG):
        passed, got = evaluation.run_case(case)
    assert not passed and got is None
    shown = _shown(caplog, logging.DEBUG)
    assert "email-007" in shown and "ValueError" in shown  # which case and what failed...
    assert "ana.secreta" not in shown and "mi correo" not in shown  # ...never the case's words
