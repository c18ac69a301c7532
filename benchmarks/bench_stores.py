"""Store throughput: confirmed-slot writes per second, many calls writing at once.

Run alone: python benchmarks/bench_stores.py [--quick]   (part of `benchmarks/run.py`)

`calls` records are created, then every call writes its seven values one after the other (as a call
confirms them), all calls at once with asyncio.gather. A write counts when `save_slot` returns: for
SQLite that is after its commit is synced to disk (WAL, `synchronous=FULL`; writes waiting together
share one commit). The in-memory store is listed as the ceiling; it keeps nothing across a crash.
While SQLite writes, a 1 ms heartbeat on the event loop shows how long the loop was ever blocked
(the writes run on the store's own thread). Key `store_writes_per_s`: an object per store.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import console, percentile, size
from rich.table import Table

from daisy_engine.store import MemoryStore, NewRecord, SQLiteStore, Store

SLOTS = ("full_name", "tractor_number", "tractor_plate", "trailer_number", "trailer_plate", "eta", "email")
VALUES = ("Juan Pérez García", "042", "BV-451", "512", "XYZ-456", "14:30", "juan.perez@gmail.com")


async def _writes(store: Store, calls: int) -> tuple[float, list[float], list[float]]:
    """(writes per second, each write's latency, the loop's lateness) for `calls` calls writing at once."""
    ids = [(await store.create(NewRecord(flow="daisy", phone=f"+52{i:010d}"))).id for i in range(calls)]
    latencies: list[float] = []
    lateness: list[float] = []
    stop = asyncio.Event()

    async def heartbeat() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            await asyncio.sleep(0.001)
            lateness.append(time.perf_counter() - started - 0.001)

    async def one_call(record_id: int) -> None:
        for slot, value in zip(SLOTS, VALUES, strict=True):
            started = time.perf_counter()
            await store.save_slot(record_id, slot, value)
            latencies.append(time.perf_counter() - started)

    beat = asyncio.create_task(heartbeat())
    started = time.perf_counter()
    await asyncio.gather(*(one_call(record_id) for record_id in ids))
    elapsed = time.perf_counter() - started
    stop.set()
    await beat
    return len(latencies) / elapsed, latencies, lateness


def measure(name: str, opener: Callable[[Path], Store], calls: int) -> dict[str, float]:
    async def go() -> dict[str, float]:
        with tempfile.TemporaryDirectory() as folder:
            store = opener(Path(folder) / "bench.db")
            try:
                rate, latencies, lateness = await _writes(store, calls)
            finally:
                await store.close()
        return {
            "writes_per_s": rate,
            "write_p50_ms": percentile(latencies, 0.5) * 1000,
            "write_p99_ms": percentile(latencies, 0.99) * 1000,
            "loop_blocked_max_ms": max(lateness, default=0.0) * 1000,
        }

    return asyncio.run(go())


STORES: dict[str, Callable[[Path], Store]] = {
    "sqlite": SQLiteStore,
    "memory": lambda _path: MemoryStore(),
}


def run(quick: bool = False) -> dict[str, Any]:
    calls = size(quick, 500, 200, 20)
    results = {name: measure(name, opener, calls) for name, opener in STORES.items()}
    table = Table(title=f"Confirmed-slot writes, {calls} calls writing at once ({calls * len(SLOTS):,} writes)")
    for column in ("store", "durable", "writes/s", "write p50", "write p99", "loop blocked max"):
        table.add_column(column, justify="left" if column in ("store", "durable") else "right")
    for name, r in results.items():
        table.add_row(
            name,
            "synced commit" if name == "sqlite" else "no",
            f"{r['writes_per_s']:,.0f}",
            f"{r['write_p50_ms']:.1f} ms",
            f"{r['write_p99_ms']:.1f} ms",
            f"{r['loop_blocked_max_ms']:.1f} ms",
        )
    console.print(table)
    return {
        "store_writes_per_s": {name: round(r["writes_per_s"]) for name, r in results.items()},
        "store_write_p99_ms": {name: round(r["write_p99_ms"], 2) for name, r in results.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
