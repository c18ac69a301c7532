"""Extraction latency per kind over the labelled eval cases.

Run: python benchmarks/bench_extractors.py [--repeat N] [--cases PATH]
Prints median and p99 time of one call per kind (each case called N times after a warm-up).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from daisy_engine.understanding import detect_intent, extract, extract_char, new_accumulator
from daisy_engine.understanding.evaluation import load_cases

ROOT = Path(__file__).resolve().parents[1]
CALLS = {
    "name": lambda c: extract("name", c.text, c.locale),
    "integer": lambda c: extract("integer", c.text, c.locale),
    "amount": lambda c: extract("amount", c.text, c.locale),
    "plate": lambda c: extract("plate", c.text, c.locale),
    "plate_char": lambda c: extract_char(c.text, c.locale),
    "eta": lambda c: extract("time", c.text, c.locale),
    "email": lambda c: extract("email", c.text, c.locale),
    "yes_no": lambda c: extract("yes_no", c.text, c.locale),
    "intent": lambda c: detect_intent(c.text, c.locale),
}
# One accumulator turn per plate/email case (a fresh accumulator each call, as at a slot's first turn).
FEEDS = {
    "plate (feed)": ("plate", lambda c: new_accumulator("plate", c.locale).feed(c.text)),
    "email (feed)": ("email", lambda c: new_accumulator("email", c.locale).feed(c.text)),
}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200, help="calls per case (default 200)")
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "data" / "eval_cases.jsonl")
    args = parser.parse_args()

    cases = load_cases(args.cases)
    by_kind = defaultdict(list)
    for case in cases:
        by_kind[case.kind].append(case)
    jobs = [(kind, kind, fn) for kind, fn in CALLS.items()] + [(label, kind, fn) for label, (kind, fn) in FEEDS.items()]

    table = Table(title=f"Extraction time per call ({args.repeat} calls per case, {len(cases)} cases)")
    for col in ("kind", "cases", "median µs", "p99 µs", "max µs"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for label, kind, fn in jobs:
        samples: list[float] = []
        for case in by_kind[kind]:
            fn(case)  # warm caches, as in a running worker
            for _ in range(args.repeat):
                start = time.perf_counter_ns()
                fn(case)
                samples.append((time.perf_counter_ns() - start) / 1000)
        table.add_row(label, str(len(by_kind[kind])), f"{statistics.median(samples):.1f}",
                      f"{_percentile(samples, 0.99):.1f}", f"{max(samples):.1f}")
    Console().print(table)


if __name__ == "__main__":
    main()
