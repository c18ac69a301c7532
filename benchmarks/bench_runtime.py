"""The runtime on Daisy: per-turn latency, cost of a call, memory per call, against the naive design.

Run alone: python benchmarks/bench_runtime.py [--quick]   (part of `benchmarks/run.py`)

Every call is the same complete Spanish registration (17 caller turns, 7 values read back and
confirmed, the record saved), on the in-memory store (the SQLite store's cost is `bench_stores.py`).

- Memory: `max_concurrent_calls` calls (10,000 by default) run concurrently with asyncio.gather to the
  end of their conversation and stay alive, as a worker holds them until hang-up; tracemalloc measures
  what they hold, event log and transcript included. The store's copies of their records are measured
  apart (`store_bytes_per_call`) and not counted: on SQLite they live on disk.
- Latency: then, with those calls still alive (a full heap, as in a busy worker), another batch of
  concurrent calls runs, tracemalloc off; a turn is one `await conversation.user_turn(text)`:
  understanding, the transition, templates, store writes.
- Creation: `Conversation(...)` against the naive design, the same call that also builds its own
  `transitions.Machine` (default options, as the straightforward code would) and fires it on every
  edge; both measured here, in the same run. Memory per call of the naive design is measured the
  same way on fewer calls (each holds about a megabyte).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from _common import ROOT, console, percentile, size
from rich.table import Table
from transitions import Machine

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.compiler.machine import MachineModel, machine_transitions
from daisy_engine.compiler.table import Edge, Step
from daisy_engine.flow import load_flow
from daisy_engine.flow.model import RETURN
from daisy_engine.runtime import Conversation, ToolRegistry
from daisy_engine.runtime.tools import mocked
from daisy_engine.runtime.walker import select_edge
from daisy_engine.store import MemoryStore

CALL = [
    "sí, claro",
    "me llamo Juan Pérez García",
    "sí",
    "cero cuarenta y dos",
    "correcto",
    "B de burro, ve de vaca",
    "cuatro cinco uno",
    "sí",
    "quinientos doce",
    "sí",
    "equis ye zeta guion cuatro cinco seis",
    "sí",
    "a las dos y media de la tarde",
    "sí",
    "juan punto perez arroba gmail punto com",
    "sí",
    "sí, todo correcto",
]


def naive_machine(compiled: CompiledFlow, model: MachineModel) -> Machine:
    """What a call would build for itself in the straightforward design: a Machine with defaults."""
    definitions = machine_transitions(compiled)
    for definition in definitions:
        if "conditions" in definition:
            definition["conditions"] = [(lambda _c=c: _c(model)) for c in definition["conditions"]]
    return Machine(
        model=model,
        states=list(compiled.steps),
        transitions=definitions,
        initial=compiled.initial,
        ignore_invalid_triggers=True,
    )


class NaiveConversation(Conversation):
    """The same call, but its state also lives in a per-call `transitions` Machine that every edge fires."""

    __slots__ = ("_machine", "_machine_model")

    def __init__(self, compiled: CompiledFlow, **kwargs: Any) -> None:
        super().__init__(compiled, **kwargs)
        self._machine_model = MachineModel()
        self._machine = naive_machine(compiled, self._machine_model)

    def _log_edge(self, step: Step, edge: Edge, target: Step) -> None:
        super()._log_edge(step, edge, target)
        self._machine_model.variables = self._variables()
        if edge.dest == RETURN or not self._machine_model.trigger(edge.event):
            self._machine.set_state(target.name, model=self._machine_model)


Factory = Callable[..., Conversation]


class Bench:
    """Daisy compiled once, with the tools every benchmark call uses (no e-mail is really sent)."""

    def __init__(self) -> None:
        self.compiled = compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))
        self.tools = ToolRegistry(self.compiled.flow, overrides={"send_confirmation": mocked({"sent": True})})

    def new(self, factory: Factory, store: MemoryStore, index: int) -> Conversation:
        return factory(self.compiled, context={"phone": f"+52155{index:08d}"}, store=store, tools=self.tools)

    async def call(
        self, factory: Factory, store: MemoryStore, index: int, latencies: list[float] | None = None
    ) -> Conversation:
        """One whole conversation. Between turns the call yields, so every live call takes turns."""
        conversation = self.new(factory, store, index)
        await conversation.start()
        clock = time.perf_counter
        for text in CALL:
            await asyncio.sleep(0)
            started = clock()
            await conversation.user_turn(text)
            if latencies is not None:
                latencies.append(clock() - started)
        if conversation.outcome != "complete":
            raise RuntimeError(f"a benchmark call ended {conversation.outcome}, not complete")
        return conversation

    async def batch(
        self, factory: Factory, store: MemoryStore, first: int, count: int, latencies: list[float] | None = None
    ) -> list[Conversation]:
        return list(await asyncio.gather(*(self.call(factory, store, first + i, latencies) for i in range(count))))


def held_bytes(bench: Bench, factory: Factory, calls: int) -> tuple[list[Conversation], float, float]:
    """Run `calls` whole conversations at once and keep them: (the calls, bytes each holds, bytes of the
    store's copy of each record)."""
    store = MemoryStore()

    async def go() -> list[Conversation]:
        await bench.batch(factory, store, 0, 2)  # warm: templates, expression and extractor caches
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        live = await bench.batch(factory, store, 1000, calls)
        gc.collect()
        with_records = tracemalloc.get_traced_memory()[0]
        # The records are the store's, not the calls': a SQLite store keeps them on disk. The calls keep
        # a reference to the store, so empty it rather than drop it.
        store._records.clear()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        nonlocal per_call, per_record
        per_call, per_record = (held - before) / calls, (with_records - held) / calls
        return live

    per_call = per_record = 0.0
    live = asyncio.run(go())
    return live, per_call, per_record


def creation_us(bench: Bench, factory: Factory, count: int, rounds: int = 3) -> float:
    """Best of `rounds`: µs to create one call (no I/O yet: `start()` opens the record)."""
    store = MemoryStore()
    bench.new(factory, store, 0)
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for index in range(count):
            bench.new(factory, store, index)
        best = min(best, (time.perf_counter() - started) / count * 1e6)
    return best


def transition_us(bench: Bench, rounds: int) -> tuple[float, float]:
    """One transition: a `transitions` trigger against the compiled table's lookup."""
    compiled = bench.compiled
    model = MachineModel()
    naive_machine(compiled, model)
    step = compiled.steps[compiled.initial]
    started = time.perf_counter()
    for _ in range(rounds):
        model.trigger("repeat")  # a reflexive edge: the state stays, every round does the same work
    trigger = (time.perf_counter() - started) / rounds * 1e6
    started = time.perf_counter()
    for _ in range(rounds):
        select_edge(step, "repeat", lambda expression: True)
    lookup = (time.perf_counter() - started) / rounds * 1e6
    return trigger, lookup


def run(quick: bool = False) -> dict[str, Any]:
    held_calls = size(quick, 10_000, 1_000, 20)
    timed_calls = size(quick, 1_000, 300, 10)
    naive_calls = size(quick, 40, 10, 2)
    bench = Bench()

    ours_us = creation_us(bench, Conversation, size(quick, 20_000, 5_000, 200))
    naive_us = creation_us(bench, NaiveConversation, size(quick, 20, 5, 1), rounds=size(quick, 3, 2, 1))
    trigger_us, lookup_us = transition_us(bench, size(quick, 5_000, 1_000, 50))

    phases: dict[str, float] = {}
    started = time.perf_counter()
    _, naive_bytes, _ = held_bytes(bench, NaiveConversation, naive_calls)
    gc.collect()
    phases["naive memory"] = time.perf_counter() - started
    started = time.perf_counter()
    live, bytes_per_call, record_bytes = held_bytes(bench, Conversation, held_calls)
    phases["held calls"] = time.perf_counter() - started

    latencies: list[float] = []
    store = MemoryStore()
    started = time.perf_counter()
    asyncio.run(bench.batch(Conversation, store, 100_000, timed_calls, latencies))
    elapsed = time.perf_counter() - started
    phases["timed calls"] = elapsed
    console.print("phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in phases.items()))
    del live
    gc.collect()

    result = {
        "turn_p50_ms": round(percentile(latencies, 0.50) * 1000, 3),
        "turn_p99_ms": round(percentile(latencies, 0.99) * 1000, 3),
        "turn_max_ms": round(max(latencies) * 1000, 2),
        "turns_timed": len(latencies),
        "calls_per_s": round(timed_calls / elapsed, 1),
        "call_create_us": round(ours_us, 2),
        "naive_call_create_us": round(naive_us, 1),
        "call_create_ratio_vs_naive": round(naive_us / ours_us),
        "bytes_per_call": round(bytes_per_call),
        "naive_bytes_per_call": round(naive_bytes),
        "bytes_ratio_vs_naive": round(naive_bytes / bytes_per_call, 1),
        "store_bytes_per_call": round(record_bytes),
        "max_concurrent_calls": held_calls,
        "naive_trigger_us": round(trigger_us, 2),
        "table_lookup_us": round(lookup_us, 3),
    }
    table = Table(title=f"Daisy calls ({len(CALL)} turns each), in-memory store")
    table.add_column("measure")
    table.add_column("daisy-engine", justify="right")
    table.add_column("naive (Machine per call)", justify="right")
    table.add_column("ratio", justify="right")
    table.add_row(
        "create a call", f"{ours_us:.1f} µs", f"{naive_us / 1000:.1f} ms", f"{result['call_create_ratio_vs_naive']:,}×"
    )
    table.add_row(
        "memory per call after the whole call",
        f"{bytes_per_call / 1024:.1f} KB ({held_calls:,} live)",
        f"{naive_bytes / 1024:.0f} KB ({naive_calls} live)",
        f"{result['bytes_ratio_vs_naive']}×",
    )
    table.add_row("one transition", f"{lookup_us:.2f} µs", f"{trigger_us:.1f} µs", f"{trigger_us / lookup_us:.0f}×")
    table.add_row(
        f"turn p50 / p99 / max ({timed_calls:,} calls at once, {held_calls:,} more held)",
        f"{result['turn_p50_ms']:.2f} / {result['turn_p99_ms']:.2f} / {result['turn_max_ms']:.1f} ms",
        "",
        "",
    )
    table.add_row("whole calls per second (one core)", f"{result['calls_per_s']:.0f}", "", "")
    table.add_row("store's copy of a finished record", f"{record_bytes / 1024:.1f} KB", "", "")
    console.print(table)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
