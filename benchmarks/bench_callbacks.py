"""Callback scheduler throughput on one SQLite records file: how fast due callbacks are claimed,
placed (with a dialer that answers at once) and recorded, by one and by several schedulers at once.

    python benchmarks/bench_callbacks.py [--quick]

Prints callbacks per second and checks that every callback was placed exactly once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _common import console, size
from rich.table import Table

from daisy_engine.flow.model import Callbacks
from daisy_engine.store.callbacks import Callback, CallbackQueue
from daisy_engine.store.records import iso
from daisy_engine.telephony.outcomes import Attempt
from daisy_engine.telephony.scheduler import CallbackScheduler

POLICY = Callbacks(max_attempts=3, timezone="UTC")
SCHEDULERS = (1, 3)


def fill(path: Path, count: int) -> None:
    queue = CallbackQueue(path)
    due = iso(datetime.now(UTC) - timedelta(minutes=1))
    for n in range(count):
        queue.add("daisy", f"+52155{n:08d}", due, "reschedule", locale="es-MX")
    queue.close()


async def place_all(path: Path, schedulers: int) -> tuple[float, Counter[str]]:
    dialed: Counter[str] = Counter()

    async def dial(callback: Callback) -> Attempt:
        dialed[callback.phone] += 1
        await asyncio.sleep(0)
        return Attempt("answered")

    workers = [
        CallbackScheduler(CallbackQueue(path), {"daisy": POLICY}, dial, worker=f"w{n}") for n in range(schedulers)
    ]
    started = time.perf_counter()
    await asyncio.gather(*(worker.run_once() for worker in workers))
    return time.perf_counter() - started, dialed


def run(quick: bool = False) -> dict[str, Any]:
    count = size(quick, 300, 100, 10)
    rates: dict[str, float] = {}
    twice = 0
    table = Table(title=f"{count} due callbacks on one SQLite records file (synchronous=FULL)")
    for column in ("schedulers", "seconds", "callbacks/s", "placed", "placed twice"):
        table.add_column(column, justify="right")
    for schedulers in SCHEDULERS:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "records.db"
            fill(path, count)
            seconds, dialed = asyncio.run(place_all(path, schedulers))
        doubled = sum(1 for n in dialed.values() if n > 1)
        twice += doubled
        rates[str(schedulers)] = round(len(dialed) / seconds, 1)
        table.add_row(
            str(schedulers), f"{seconds:.2f}", f"{len(dialed) / seconds:,.0f}", str(len(dialed)), str(doubled)
        )
    console.print(table)
    return {"callbacks_per_s": rates, "callbacks_placed_twice": twice}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer callbacks")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
