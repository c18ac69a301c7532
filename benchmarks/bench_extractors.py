"""Extraction latency per kind over the labelled sets (every tests/data/*.jsonl file).

Run alone: python benchmarks/bench_extractors.py [--quick] [--repeat N]
Each case is called once to warm caches (as in a running worker), then N times; per kind, the median
and p99 of one call (µs). Part of `benchmarks/run.py` (keys `extract_p50_us`, `extract_p99_us`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import ROOT, console, percentile, size
from rich.table import Table

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.evaluation import Case, load_cases, run_case

CASES = sorted((ROOT / "tests" / "data").glob("*.jsonl"))
# One accumulator turn per plate/email case (a fresh accumulator each call, as at a slot's first turn).
FEEDS: dict[str, tuple[str, Callable[[Case], Any]]] = {
    "plate (feed)": ("plate", lambda c: new_accumulator("plate", c.locale).feed(c.text)),
    "email (feed)": ("email", lambda c: new_accumulator("email", c.locale).feed(c.text)),
}


def measure(repeat: int, paths: list[Path] | None = None) -> dict[str, dict[str, float]]:
    """Per kind: cases, median_us, p99_us, max_us (wall clock), cpu_p99_us (this thread's CPU time: the
    same call without the time a shared machine gave to other processes)."""
    cases = [case for path in (paths or CASES) for case in load_cases(path)]
    by_kind: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        by_kind[case.kind].append(case)
    jobs: list[tuple[str, str, Callable[[Case], Any]]] = [(kind, kind, run_case) for kind in sorted(by_kind)]
    jobs += [(label, kind, fn) for label, (kind, fn) in FEEDS.items()]
    wall, cpu = time.perf_counter_ns, time.thread_time_ns
    results: dict[str, dict[str, float]] = {}
    for label, kind, fn in jobs:
        samples: list[float] = []
        cpu_samples: list[float] = []
        for case in by_kind[kind]:
            fn(case)
            for _ in range(repeat):
                started, started_cpu = wall(), cpu()
                fn(case)
                cpu_samples.append((cpu() - started_cpu) / 1000)
                samples.append((wall() - started) / 1000)
        if samples:
            results[label] = {
                "cases": len(by_kind[kind]),
                "median_us": statistics.median(samples),
                "p99_us": percentile(samples, 0.99),
                "max_us": max(samples),
                "cpu_p99_us": percentile(cpu_samples, 0.99),
            }
    return results


def run(quick: bool = False) -> dict[str, Any]:
    repeat = size(quick, 20, 3, 1)
    results = measure(repeat)
    cases = sum(r["cases"] for label, r in results.items() if label not in FEEDS)
    table = Table(title=f"Extraction, one call (µs): {cases} labelled cases × {repeat}")
    for column in ("kind", "cases", "median", "p99", "max", "p99 CPU time"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for label, r in results.items():
        table.add_row(
            label,
            str(r["cases"]),
            f"{r['median_us']:.0f}",
            f"{r['p99_us']:.0f}",
            f"{r['max_us']:.0f}",
            f"{r['cpu_p99_us']:.0f}",
        )
    console.print(table)
    return {
        "extract_p50_us": {label: round(r["median_us"], 1) for label, r in results.items()},
        "extract_p99_us": {label: round(r["p99_us"], 1) for label, r in results.items()},
        "extract_cpu_p99_us": {label: round(r["cpu_p99_us"], 1) for label, r in results.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls per case")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
