"""The understanding's caches of a caller's words with several calls side by side, as on a LiveKit worker.

Run alone: python benchmarks/bench_turn_caches.py [--quick]   (part of `benchmarks/run.py`)

`side_by_side` calls are live at once, each at another point of the same complete Spanish registration
(`bench_runtime.CALL`, 17 turns), taking turns one after another; when a call ends a new one takes its place, so
calls end all along (every 17 / side_by_side turns) while the others go on. Every turn is timed (one
`await conversation.user_turn(text)`, in-memory store). A call's end drops what its words left in the caches; if it
also dropped the caches of the calls beside it, their next turns would read their words afresh - the cost this
measures, against the same turns with one call at a time. `cached_per_call`: entries the caches hold per live call, read
each time a call has just ended (0 when an end empties them all; caches kept per call would grow with the calls
alive).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import time
from typing import Any

from _common import console, percentile, size
from bench_runtime import CALL, Bench
from rich.table import Table

from daisy_engine import understanding
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


def side_by_side(bench: Bench, live: int, calls: int) -> dict[str, float]:
    """`calls` whole calls, `live` of them at once at staggered turns: turn times and what the caches hold."""
    store = MemoryStore()
    times: list[float] = []
    held: list[int] = []

    async def go() -> float:
        started_calls = 0

        async def new_call() -> tuple[Conversation, int]:
            nonlocal started_calls
            conv = bench.new(Conversation, store, started_calls)
            started_calls += 1
            await conv.start()
            return conv, 0

        # staggered: the k-th call starts k turns into the script's cycle, so ends are spread over the turns
        slots = [await new_call() for _ in range(live)]
        for k in range(live):
            conv, _ = slots[k]
            for turn in CALL[:k % (len(CALL) - 1)]:
                await conv.user_turn(turn)
            slots[k] = (conv, k % (len(CALL) - 1))
        understanding.forget_turns()
        gc.collect()
        done = 0
        began = time.perf_counter()
        while done < calls:
            for k in range(live):
                conv, at = slots[k]
                started = time.perf_counter()
                await conv.user_turn(CALL[at])
                times.append(time.perf_counter() - started)
                if conv.ended:
                    done += 1
                    held.append(sum(cache.cache_info().currsize for cache in understanding.turn_caches()))
                    slots[k] = await new_call()
                else:
                    slots[k] = (conv, at + 1)
        return time.perf_counter() - began

    elapsed = asyncio.run(go())
    return {
        "turn_p50_ms": round(percentile(times, 0.50) * 1000, 3),
        "turn_p90_ms": round(percentile(times, 0.90) * 1000, 3),
        "turn_mean_ms": round(sum(times) / len(times) * 1000, 3),
        "turns_per_s": round(len(times) / elapsed),
        "cached_per_call": round(sum(held) / len(held) / live, 1) if held else 0.0,
    }


def run(quick: bool = False) -> dict[str, Any]:
    bench = Bench()
    calls = size(quick, 1_000, 200, 10)
    side_by_side(bench, 1, size(quick, 20, 5, 1))  # warm: templates, the flow's own phrases
    settings = size(quick, (1, 10, 100), (1, 10, 100), (1, 3))
    result: dict[str, Any] = {"calls_per_setting": calls}
    for live in settings:
        figures = side_by_side(bench, live, calls)
        result.update({f"{name}_{live}_live": value for name, value in figures.items()})
    table = Table("calls side by side", "turn p50 / p90 / mean", "turns per second", "cache entries per live call",
                  title="Turn caches with calls side by side (in-memory store)")
    for live in settings:
        table.add_row(str(live),
                      f"{result[f'turn_p50_ms_{live}_live']:.3f} / {result[f'turn_p90_ms_{live}_live']:.3f} / "
                      f"{result[f'turn_mean_ms_{live}_live']:.3f} ms",
                      f"{result[f'turns_per_s_{live}_live']:,}", f"{result[f'cached_per_call_{live}_live']:,.1f}")
    console.print(table)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
