"""Every benchmark in one run: tables on the terminal, one JSON file to compare between versions.

    python benchmarks/run.py [--quick] [--json FILE]

Runs every `benchmarks/bench_*.py` that defines `run(quick: bool = False) -> dict` (each prints its own
tables and returns its figures), merges their keys into one JSON object with the machine it ran on,
and ends with the design's targets, met or not. The default run takes under three minutes on two
cores; `--quick` (smaller counts, same code paths) under 30 s. With DAISY_BENCH_TINY=1 every module
runs its smallest size: all keys in seconds, figures meaningless (the test suite uses it).
Exit status 1 when a benchmark module fails (the others still run and are written).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from _common import console, tiny
from rich.table import Table

HERE = Path(__file__).resolve().parent

# key, what the design promises, holds(value, all figures) -> met (None: this run cannot tell), shown as
Target = tuple[str, str, Callable[[Any, dict[str, Any]], bool | None], Callable[[Any, dict[str, Any]], str]]
TARGETS: list[Target] = [
    (
        "turn_p99_ms",
        "one caller turn, p99 < 1 ms",
        lambda v, _: v < 1.0,
        lambda v, r: f"{v:.2f} ms{_cpu(r, 'turn_cpu_p99_ms')}",
    ),
    (
        "call_create_ratio_vs_naive",
        "a call ≥ 1,000× cheaper to create than a Machine per call",
        lambda v, _: v >= 1000,
        lambda v, _: f"{v:,}×",
    ),
    (
        "bytes_per_call",
        "10,000 concurrent calls, < 50 KB each after a whole call",
        lambda v, r: v < 50 * 1024 if r.get("max_concurrent_calls", 0) >= 10_000 else None,
        lambda v, r: f"{v / 1024:.1f} KB at {r.get('max_concurrent_calls', 0):,} calls",
    ),
    (
        "compile_ms",
        "a 1,000-state flow loads, validates and compiles in < 1 s",
        lambda v, _: v["1000"] < 1000 if "1000" in v else None,
        lambda v, r: f"{v.get('1000', float('nan')):.0f} ms{_cpu(r, 'compile_cpu_ms', '1000', 0)}",
    ),
    (
        "daisy_compile_ms",
        "Daisy loads, validates and compiles in < 100 ms",
        lambda v, _: v < 100,
        lambda v, r: f"{v:.0f} ms{_cpu(r, 'daisy_compile_cpu_ms', None, 0)}",
    ),
    (
        "callbacks_placed_twice",
        "schedulers sharing one records file place each callback once",
        lambda v, _: v == 0,
        lambda v, r: f"{v} placed twice ({r.get('callbacks_per_s', {}).get('3', 0):,.0f} callbacks/s, 3 schedulers)",
    ),
]


def _cpu(results: dict[str, Any], key: str, item: str | None = None, digits: int = 2) -> str:
    """ " (CPU time N ms)": the same work without the time a shared machine gave to other processes."""
    value = results.get(key)
    if isinstance(value, dict):
        value = value.get(item)
    return f" (CPU time {value:.{digits}f} ms)" if isinstance(value, int | float) else ""


def discover() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def load_runner(path: Path) -> Callable[..., dict[str, Any]] | None:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    runner = getattr(module, "run", None)
    return runner if callable(runner) else None


def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "load_average_1m": round(load[0], 2) if load else None,
    }


def show(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {show(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def figures_table(results: dict[str, Any], sources: dict[str, str]) -> None:
    """Every figure as it goes into the JSON (also those of benchmarks that print no table)."""
    table = Table(title="Figures (the JSON keys)")
    for column in ("benchmark", "key", "value"):
        table.add_column(column, overflow="fold")
    for key, value in results.items():
        table.add_row(sources.get(key, ""), key, show(value))
    console.print(table)


def summary(results: dict[str, Any]) -> None:
    table = Table(title="Targets")
    for column in ("target", "measured", "met"):
        table.add_column(column)
    for key, label, holds, shown in TARGETS:
        if key not in results:
            table.add_row(label, "not measured", "—")
            continue
        verdict = holds(results[key], results)
        met = "n/a in this run" if verdict is None else ("yes" if verdict else "[bold red]NO[/]")
        table.add_row(label, shown(results[key], results), met)
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts, under 30 s")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure to FILE as JSON")
    args = parser.parse_args(argv)
    started_at = datetime.now(UTC)
    mode = "tiny" if tiny() else "quick" if args.quick else "full"
    results: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    failed: dict[str, str] = {}
    sources: dict[str, str] = {}
    load_before = machine()["load_average_1m"]
    for path in discover():
        console.rule(path.stem)
        started = time.perf_counter()
        try:
            runner = load_runner(path)
            if runner is None:
                console.print(f"{path.name}: no run(quick) function; skipped")
                continue
            figures = runner(quick=args.quick)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failed[path.stem] = f"{type(exc).__name__}: {exc}"
            console.print(f"[bold red]{path.name} failed:[/] {failed[path.stem]}")
            continue
        finally:
            seconds[path.stem] = round(time.perf_counter() - started, 1)
        for key in figures.keys() & results.keys():
            console.print(f"[yellow]{path.name} overrides key {key!r}[/]")
        results.update(figures)
        sources.update(dict.fromkeys(figures, path.stem))
    console.rule("summary")
    figures_table(results, sources)
    summary(results)
    info = machine()
    info["load_average_1m_before"] = load_before
    output = {
        **results,
        "mode": mode,
        "started_at": started_at.isoformat(timespec="seconds"),
        "seconds": seconds,
        "machine": info,
        **({"failed": failed} if failed else {}),
    }
    console.print(
        f"{mode} run, {sum(seconds.values()):.0f} s in all ({show(seconds)}); "
        f"load average {load_before} before, {info['load_average_1m']} after"
    )
    if args.json:
        args.json.write_text(json.dumps(output, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(f"figures written to {args.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
