"""`validate` on big flow files: time and peak memory of the in-process check.

Run: python benchmarks/bench_validate.py
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

from big_flows import daisy_with_states, one_line_list, write_beside_daisy
from rich.console import Console
from rich.table import Table

from daisy_engine.flow.loader import validate_file


def measure(path: Path) -> tuple[float, float, str]:
    validate_file(path)  # warm-up: imports and caches
    start = time.perf_counter()
    result = validate_file(path)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    validate_file(path)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    codes = ", ".join(sorted({d.code for d in result.report.diagnostics})) or "clean"
    return seconds, peak, codes


def main() -> None:
    table = Table("flow file", "size", "validate", "peak traced memory", "reported")
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (
            ("daisy + 1,400 states", daisy_with_states(1400)),
            ("daisy + 5,800 states", daisy_with_states(5800)),
            ("one-line list, 1M values", one_line_list()),
        ):
            path = write_beside_daisy(Path(folder), "big.yaml", text)
            seconds, peak, codes = measure(path)
            table.add_row(name, f"{path.stat().st_size / 1e3:,.0f} KB", f"{seconds:.2f} s", f"{peak:,.0f} MB", codes)
    Console().print(table)


if __name__ == "__main__":
    main()
