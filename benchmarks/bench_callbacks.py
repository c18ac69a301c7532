"""Callback scheduler throughput on one SQLite records file: how fast due callbacks are claimed,
placed (with a dialer that answers at once) and recorded, by one and by several schedulers at once.

Run: python benchmarks/bench_callbacks.py [--callbacks N] [--schedulers S]
Prints callbacks per second and checks that every callback was placed exactly once.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

from daisy_engine.flow.model import Callbacks
from daisy_engine.store.callbacks import Callback, CallbackQueue
from daisy_engine.store.records import iso
from daisy_engine.telephony.outcomes import Attempt
from daisy_engine.telephony.scheduler import CallbackScheduler

POLICY = Callbacks(max_attempts=3, timezone="UTC")


def fill(path: Path, count: int) -> None:
    queue = CallbackQueue(path)
    due = iso(datetime.now(UTC) - timedelta(minutes=1))
    for n in range(count):
        queue.add("daisy", f"+52155{n:08d}", due, "reschedule", locale="es-MX")
    queue.close()


async def run(path: Path, schedulers: int) -> tuple[float, Counter[str]]:
    dialed: Counter[str] = Counter()

    async def dial(callback: Callback) -> Attempt:
        dialed[callback.phone] += 1
        await asyncio.sleep(0)
        return Attempt("answered")

    workers = [
        CallbackScheduler(CallbackQueue(path), {"daisy": POLICY}, dial, worker=f"w{n}") for n in range(schedulers)
    ]
    started = time.perf_counter()
    await asyncio.gather(*(w.run_once() for w in workers))
    return time.perf_counter() - started, dialed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--callbacks", type=int, default=300)
    parser.add_argument("--schedulers", type=int, default=3)
    args = parser.parse_args()
    table = Table(title=f"{args.callbacks} due callbacks, one SQLite file (synchronous=FULL)")
    for column in ("schedulers", "seconds", "callbacks/s", "placed", "placed twice"):
        table.add_column(column, justify="right")
    for count in sorted({1, args.schedulers}):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "records.db"
            fill(path, args.callbacks)
            seconds, dialed = asyncio.run(run(path, count))
        twice = sum(1 for n in dialed.values() if n > 1)
        table.add_row(str(count), f"{seconds:.2f}", f"{len(dialed) / seconds:.0f}", str(len(dialed)), str(twice))
    Console().print(table)


if __name__ == "__main__":
    main()
