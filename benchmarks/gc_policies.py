"""Garbage-collector settings for a long-running worker: the longest stop of the event loop with many calls.

Run alone (not part of `benchmarks/run.py`: each policy is a whole 10,000-call run in a fresh process):

    python benchmarks/gc_policies.py [--quick] [--json FILE]

The calls are `bench_runtime.py`'s (every Daisy call at once, kept alive, every turn timed). Each policy
runs in a process of its own, so nothing one leaves behind (frozen objects, thresholds, heap) skews the
next:

- `default`: the interpreter's collector as it comes (thresholds 700, 10, 10);
- `freeze`: `gc.collect(); gc.freeze()` once the flow is compiled, before the first call: what
  `daisy-engine run` does when it starts a LiveKit worker (the startup objects, modules and compiled
  flow, are left out of every later collection);
- `freeze + rare full`: the same, and `gc.set_threshold(700, 10, 1000)`: young collections as usual,
  full ones (which walk every live object) a hundred times rarer;
- `big young`: `gc.set_threshold(50_000, 20, 100)`, fewer but much larger young collections (shown
  because it is the usual first idea, and it moves the stall instead of removing it).

For each: the longest garbage collection (wall clock and CPU), the number of full collections, their
total CPU time, and the turn latencies.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import console, percentile, size
from rich.table import Table

POLICIES: dict[str, tuple[bool, tuple[int, int, int] | None]] = {
    "default": (False, None),
    "freeze": (True, None),
    "freeze + rare full": (True, (700, 10, 1000)),
    "big young": (False, (50_000, 20, 100)),
}


def measure(policy: str, calls: int) -> dict[str, Any]:
    """One policy, in this process: `calls` whole Daisy calls at once under it."""
    from bench_runtime import Bench, GCPauses, Latencies

    from daisy_engine.runtime import Conversation
    from daisy_engine.store import MemoryStore

    freeze, threshold = POLICIES[policy]
    bench, store = Bench(), MemoryStore()
    latencies, collections = Latencies(), GCPauses()

    async def go() -> float:
        await bench.batch(Conversation, store, 0, 2)  # warm: every code path imported and run once
        gc.collect()
        if freeze:
            gc.freeze()
        if threshold is not None:
            gc.set_threshold(*threshold)
        gc.callbacks.append(collections)
        try:
            started = time.perf_counter()
            await bench.batch(Conversation, store, 1000, calls, latencies)
            return calls / (time.perf_counter() - started)
        finally:
            gc.callbacks.remove(collections)

    rate = asyncio.run(go())
    young = [p for p in collections.pauses if p not in collections.full]
    return {
        "policy": policy,
        "calls": calls,
        "gc_pause_max_ms": round(max(collections.pauses, default=0.0) * 1000, 1),
        "gc_young_pause_max_ms": round(max(young, default=0.0) * 1000, 1),
        "gc_full_collections": len(collections.full),
        "gc_full_pause_max_cpu_ms": round(max(collections.full_cpu, default=0.0) * 1000, 1),
        "gc_full_cpu_total_ms": round(sum(collections.full_cpu) * 1000),
        "turn_p99_ms": round(percentile(latencies.wall, 0.99) * 1000, 2),
        "turn_max_ms": round(max(latencies.wall) * 1000, 1),
        "calls_per_s": round(rate, 1),
    }


def run(quick: bool = False) -> dict[str, Any]:
    calls = size(quick, 10_000, 1_000, 20)
    results = {}
    for policy in POLICIES:
        done = subprocess.run(
            [sys.executable, __file__, "--policy", policy, "--calls", str(calls)],
            capture_output=True, text=True, check=True, cwd=Path(__file__).parent,
        )
        results[policy] = json.loads(done.stdout.strip().splitlines()[-1])
    table = Table(title=f"Garbage collection, {calls:,} Daisy calls at once in one process")
    for column in ("policy", "longest collection", "longest young", "full: count, longest CPU, total CPU",
                   "turn p99 / max", "calls/s"):
        table.add_column(column, justify="left" if column == "policy" else "right")
    for policy, r in results.items():
        table.add_row(
            policy,
            f"{r['gc_pause_max_ms']:.0f} ms",
            f"{r['gc_young_pause_max_ms']:.0f} ms",
            f"{r['gc_full_collections']}, {r['gc_full_pause_max_cpu_ms']:.0f} ms, {r['gc_full_cpu_total_ms']:,} ms",
            f"{r['turn_p99_ms']:.2f} / {r['turn_max_ms']:.0f} ms",
            f"{r['calls_per_s']:.0f}",
        )
    console.print(table)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 calls instead of 10,000")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--policy", choices=POLICIES, help=argparse.SUPPRESS)  # one policy, in this process
    parser.add_argument("--calls", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.policy:
        print(json.dumps(measure(args.policy, args.calls)))
        return
    results = run(args.quick)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
