"""The callback scheduler: what is due, quiet hours, attempt limits, two schedulers on one store."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from daisy_engine.flow.model import Callbacks
from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore
from daisy_engine.store.callbacks import Callback, CallbackQueue
from daisy_engine.store.records import iso
from daisy_engine.telephony.outcomes import Attempt
from daisy_engine.telephony.scheduler import CallbackScheduler, next_allowed, record_attempt

NOW = datetime.now(UTC).replace(microsecond=0)
POLICY = Callbacks(max_attempts=3, quiet_hours=None, timezone="UTC", retry_after=30)


class Phone:
    """A dialer that answers with scripted outcomes per number and remembers every dial."""

    def __init__(self, outcomes: dict[str, list[str]] | None = None, delay: float = 0.0) -> None:
        self.outcomes = outcomes or {}
        self.dialed: list[Callback] = []
        self.delay = delay

    async def __call__(self, callback: Callback) -> Attempt:
        self.dialed.append(callback)
        if self.delay:
            await asyncio.sleep(self.delay)  # a call takes a while: the other scheduler runs meanwhile
        script = self.outcomes.get(callback.phone) or ["answered"]
        outcome = script.pop(0) if len(script) > 1 else script[0]
        return Attempt(outcome, sip_status=486 if outcome == "busy" else None)


async def rescheduled(path: Path, phone: str, at: datetime, flow: str = "daisy") -> int:
    store = SQLiteStore(path)
    try:
        record = await store.create(NewRecord(flow=flow, phone=phone, locale="es-MX"))
        await store.update(record.id, RecordUpdate(status="rescheduled", callback_at=iso(at)))
        return record.id
    finally:
        await store.close()


@pytest.fixture
def records(tmp_path: Path) -> Path:
    return tmp_path / "records.db"


async def test_a_due_callback_is_placed_and_a_later_one_waits(records: Path) -> None:
    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))
    await rescheduled(records, "+5215500000002", NOW + timedelta(minutes=20))
    phone = Phone()
    scheduler = CallbackScheduler(CallbackQueue(records), {"daisy": POLICY}, phone, clock=lambda: NOW)
    done = await scheduler.run_once()
    assert [c.phone for c in phone.dialed] == ["+5215500000001"]
    assert [(d.state, d.attempt and d.attempt.outcome) for d in done] == [("placed", "answered")]
    plan = await scheduler.plan()
    assert [(p.callback.phone, p.at) for p in plan] == [("+5215500000002", NOW + timedelta(minutes=20))]
    assert await scheduler.run_once() == []  # placed once, never again
    attempts = scheduler.queue.attempts()
    assert [(a.phone, a.outcome) for a in attempts] == [("+5215500000001", "answered")]


async def test_callbacks_of_flows_this_scheduler_does_not_serve_are_left_alone(records: Path) -> None:
    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1), flow="clinic")
    phone = Phone()
    scheduler = CallbackScheduler(CallbackQueue(records), {"daisy": POLICY}, phone, clock=lambda: NOW)
    assert await scheduler.run_once() == [] and phone.dialed == []


def test_quiet_hours_move_a_callback_to_their_end() -> None:
    policy = Callbacks(quiet_hours=("21:00", "08:00"), timezone="America/Mexico_City")
    zone = policy.timezone
    late = datetime(2026, 3, 10, 22, 30, tzinfo=__import__("zoneinfo").ZoneInfo(zone))
    assert next_allowed(late, policy) == datetime(2026, 3, 11, 8, 0, tzinfo=late.tzinfo)
    early = late.replace(day=11, hour=6)
    assert next_allowed(early, policy) == datetime(2026, 3, 11, 8, 0, tzinfo=late.tzinfo)
    noon = late.replace(hour=12)
    assert next_allowed(noon, policy) == noon
    lunch = Callbacks(quiet_hours=("14:00", "16:00"), timezone="UTC")
    at = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
    assert next_allowed(at, lunch) == datetime(2026, 3, 10, 16, 0, tzinfo=UTC)
    assert next_allowed(at.replace(hour=16), lunch) == at.replace(hour=16)


async def test_a_callback_due_in_quiet_hours_waits_for_morning(records: Path) -> None:
    from zoneinfo import ZoneInfo

    policy = Callbacks(quiet_hours=("21:00", "08:00"), timezone="America/Mexico_City")
    night = datetime(2026, 3, 10, 22, 0, tzinfo=ZoneInfo(policy.timezone))
    await rescheduled(records, "+5215500000001", night)
    phone = Phone()
    clock = [night + timedelta(minutes=30)]
    scheduler = CallbackScheduler(CallbackQueue(records), {"daisy": policy}, phone, clock=lambda: clock[0])
    assert await scheduler.run_once() == [] and phone.dialed == []
    [plan] = await scheduler.plan()
    assert plan.quiet and plan.at == datetime(2026, 3, 11, 8, 0, tzinfo=ZoneInfo(policy.timezone))
    clock[0] = plan.at + timedelta(minutes=1)
    assert [d.state for d in await scheduler.run_once()] == ["placed"]


async def test_an_unanswered_callback_is_retried_until_the_attempts_run_out(records: Path) -> None:
    policy = Callbacks(max_attempts=2, timezone="UTC", retry_after=30)
    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))
    phone = Phone({"+5215500000001": ["busy"]})
    clock = [NOW]
    scheduler = CallbackScheduler(CallbackQueue(records), {"daisy": policy}, phone, clock=lambda: clock[0])
    await scheduler.run_once()
    [retry] = await scheduler.plan()
    assert retry.callback.reason == "unanswered" and retry.at == NOW + timedelta(minutes=30)
    assert await scheduler.run_once() == []  # not due yet
    clock[0] = NOW + timedelta(minutes=31)
    await scheduler.run_once()
    assert len(phone.dialed) == 2
    assert await scheduler.plan() == []  # two attempts made: no third
    outcomes = [(a.outcome, a.sip_status) for a in scheduler.queue.attempts(phone="+5215500000001")]
    assert outcomes == [("busy", 486), ("busy", 486)]


async def test_a_number_out_of_attempts_is_given_up(records: Path) -> None:
    policy = Callbacks(max_attempts=1, timezone="UTC")
    queue = CallbackQueue(records)
    record_attempt(queue, "daisy", policy, "+5215500000001", Attempt("no_answer", 480), now=NOW)
    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))
    phone = Phone()
    done = await CallbackScheduler(queue, {"daisy": policy}, phone, clock=lambda: NOW).run_once()
    assert [d.state for d in done] == ["given_up"] and phone.dialed == []


async def test_a_callback_for_a_registration_completed_meanwhile_is_cancelled(records: Path) -> None:
    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))
    queue = CallbackQueue(records)
    queue.import_reschedules()
    store = SQLiteStore(records)  # the driver called in himself and finished
    record = await store.create(NewRecord(flow="daisy", phone="+5215500000001"))
    await store.update(record.id, RecordUpdate(status="complete"))
    await store.close()
    phone = Phone()
    done = await CallbackScheduler(queue, {"daisy": POLICY}, phone, clock=lambda: NOW).run_once()
    assert [d.state for d in done] == ["cancelled"] and phone.dialed == []


async def test_two_schedulers_on_one_store_never_place_a_callback_twice(records: Path) -> None:
    numbers = [f"+52155000{n:05d}" for n in range(12)]
    for number in numbers:
        await rescheduled(records, number, NOW - timedelta(minutes=1))
    phone = Phone(delay=0.01)
    first = CallbackScheduler(CallbackQueue(records), {"daisy": POLICY}, phone, clock=lambda: NOW, worker="a")
    second = CallbackScheduler(CallbackQueue(records), {"daisy": POLICY}, phone, clock=lambda: NOW, worker="b")
    results = await asyncio.gather(first.run_once(), second.run_once(), first.run_once(), second.run_once())
    dialed = [c.phone for c in phone.dialed]
    assert sorted(dialed) == sorted(numbers)  # each exactly once
    assert sum(len(r) for r in results) == len(numbers)
    assert len(first.queue.attempts()) == len(numbers)


async def test_when_the_phone_service_is_down_the_callback_stays_queued(records: Path) -> None:
    from daisy_engine.telephony.outcomes import DialUnavailable

    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))

    async def down(callback: Callback) -> Attempt:
        raise DialUnavailable("cannot reach LiveKit")

    queue = CallbackQueue(records)
    with pytest.raises(DialUnavailable):
        await CallbackScheduler(queue, {"daisy": POLICY}, down, clock=lambda: NOW).run_once()
    assert queue.attempts() == []  # not an attempt: nothing was dialed
    phone = Phone()
    await CallbackScheduler(queue, {"daisy": POLICY}, phone, clock=lambda: NOW).run_once()
    assert [c.phone for c in phone.dialed] == ["+5215500000001"]


async def test_a_claim_left_by_a_scheduler_that_died_is_placed_again(records: Path) -> None:
    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))
    queue = CallbackQueue(records)
    queue.import_reschedules()
    [callback] = queue.callbacks()
    assert queue.claim(callback.id, "dead-worker")
    phone = Phone()
    scheduler = CallbackScheduler(queue, {"daisy": POLICY}, phone, clock=lambda: NOW)
    assert await scheduler.run_once() == []  # a fresh claim: someone is placing it right now
    long_ago = iso(datetime.now(UTC) - timedelta(minutes=20))
    queue._write("UPDATE callbacks SET claimed_at = ? WHERE id = ?", (long_ago, callback.id))
    assert [d.state for d in await scheduler.run_once()] == ["placed"]
    assert len(phone.dialed) == 1


async def test_a_running_scheduler_outlives_the_phone_service_being_down(
    records: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from daisy_engine.telephony.outcomes import DialUnavailable

    await rescheduled(records, "+5215500000001", NOW - timedelta(minutes=1))
    stop = asyncio.Event()
    tries: list[str] = []

    async def down(callback: Callback) -> Attempt:
        tries.append(callback.phone)
        if len(tries) == 2:
            stop.set()
        raise DialUnavailable("cannot reach LiveKit at wss://example: connection refused")

    queue = CallbackQueue(records)
    await CallbackScheduler(queue, {"daisy": POLICY}, down, clock=lambda: NOW).run(interval=0.01, stop=stop)
    assert tries == ["+5215500000001", "+5215500000001"]  # tried again on the next pass
    assert [c.state for c in queue.callbacks()] == ["pending"] and queue.attempts() == []
    warnings = [r for r in caplog.records if "callbacks wait" in r.getMessage()]
    assert warnings and all(r.exc_info is None for r in warnings)  # one line, no traceback


SCHEDULER_PROCESS = """
import asyncio, sys
from pathlib import Path
from daisy_engine.flow.model import Callbacks
from daisy_engine.store.callbacks import CallbackQueue
from daisy_engine.telephony.outcomes import Attempt
from daisy_engine.telephony.scheduler import CallbackScheduler

records, log, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

async def dial(callback):
    with log.open("a") as out:
        out.write(f"{name} {callback.phone}\\n")
    await asyncio.sleep(0.005)
    return Attempt("answered")

asyncio.run(CallbackScheduler(CallbackQueue(records), {"daisy": Callbacks()}, dial, worker=name).run_once())
"""


def test_two_scheduler_processes_on_one_file_place_each_callback_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    records = tmp_path / "records.db"
    numbers = [f"+52155100{n:05d}" for n in range(40)]
    queue = CallbackQueue(records)
    due = iso(datetime.now(UTC) - timedelta(minutes=1))
    for number in numbers:
        queue.add("daisy", number, due, "reschedule")
    log = tmp_path / "dialed.txt"
    log.touch()
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", SCHEDULER_PROCESS, str(records), str(log), name], stderr=subprocess.PIPE
        )
        for name in ("a", "b")
    ]
    for worker in workers:
        assert worker.wait(timeout=120) == 0, worker.stderr.read() if worker.stderr else ""
    dialed = [line.split()[1] for line in log.read_text().splitlines()]
    assert sorted(dialed) == sorted(numbers)  # every callback once, whichever process took it
    assert len(queue.attempts()) == len(numbers)
