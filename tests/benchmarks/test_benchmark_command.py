"""`python benchmarks/run.py --quick --json FILE` runs every benchmark and writes every figure.

No figure is judged here (speed belongs to the benchmarks, not to tests): the run is shrunk to its
smallest size with DAISY_BENCH_TINY=1 and only the shape of the report is checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCALARS = (
    "turn_p50_ms",
    "turn_p99_ms",
    "call_create_ratio_vs_naive",
    "bytes_per_call",
    "bytes_ratio_vs_naive",
    "max_concurrent_calls",
    "daisy_compile_ms",
)


def test_quick_run_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {**os.environ, "DAISY_BENCH_TINY": "1", "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))

    for key in SCALARS:
        assert isinstance(figures[key], int | float) and figures[key] > 0, key
    assert set(figures["compile_ms"]) == {"10", "100", "1000"}
    assert all(ms > 0 for ms in figures["compile_ms"].values())
    assert figures["store_writes_per_s"]["sqlite"] > 0
    kinds = {"name", "integer", "plate", "plate_char", "eta", "email", "yes_no", "intent"}
    assert kinds <= set(figures["extract_p99_us"])
    assert figures["mode"] == "tiny" and "failed" not in figures
    # Every benchmark module was run, and the tables were printed.
    modules = {path.stem for path in (ROOT / "benchmarks").glob("bench_*.py")}
    assert set(figures["seconds"]) == modules
    assert "Targets" in done.stdout
