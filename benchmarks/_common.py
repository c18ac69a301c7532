"""What the benchmark modules share: sizes per mode, percentiles, the console they print to.

Three sizes: the default run (the figures the README shows), `quick` (`--quick`, under 30 s) and
`tiny`, set by `DAISY_BENCH_TINY=1` (what the test of `run.py` uses: every key written, in seconds;
its figures mean nothing). A module without its own tiny size simply runs quick.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TypeVar

from rich.console import Console

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `python benchmarks/x.py` from a checkout without installing
    sys.path.insert(0, str(ROOT))

TINY_ENV = "DAISY_BENCH_TINY"

# Wide enough for the tables when the output is a file or a pipe (rich would use 80 columns).
console = Console() if sys.stdout.isatty() else Console(width=120)

T = TypeVar("T")


def tiny() -> bool:
    return os.environ.get(TINY_ENV, "") not in ("", "0")


def size(quick: bool, full: T, fast: T, smallest: T) -> T:
    """The figure for this run: `full` by default, `fast` with --quick, `smallest` in tiny mode."""
    if tiny():
        return smallest
    return fast if quick else full


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (0.99 = the value 99 % of samples are at or below)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(-(-fraction * len(ordered) // 1))))
    return ordered[rank - 1]
