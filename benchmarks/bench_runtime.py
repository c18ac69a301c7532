"""The runtime on Daisy: per-turn latency, cost of a call, memory per call, against the naive design.

Run alone: python benchmarks/bench_runtime.py [--quick]   (part of `benchmarks/run.py`)

Every call is the same complete Spanish registration (17 caller turns, 7 values read back and
confirmed, the record saved), on the in-memory store (the SQLite store's cost is `bench_stores.py`).

- Concurrency: `max_concurrent_calls` calls (10,000 by default) run at once (asyncio.gather) to the end
  of their conversation, every turn timed: one `await conversation.user_turn(text)`, understanding,
  the transition, templates and store writes. They stay alive, as a worker holds them until hang-up,
  and what they hold is summed (`owned_bytes`: every object only they reach, event log and transcript
  included). The store's copies of their records are not counted: on SQLite they live on disk.
- Memory, exact: tracemalloc on fewer calls (tracing slows them about four times) gives
  `bytes_per_call_traced`, allocator overhead included, and the store's copy of a record apart.
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
import sys
import time
import tracemalloc
import types
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
from daisy_engine.runtime.assets import FlowAssets
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
    "cuatrocientos cincuenta y uno",
    "sí",
    "quinientos doce",
    "sí",
    "equis ye zeta guion cuatrocientos cincuenta y seis",
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


class Latencies:
    """Seconds per turn: on the wall clock (what a caller waits), and on this thread's CPU clock (the
    same turn without the time the machine gave other processes: on a shared machine the two differ)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []


class GCPauses:
    """How long each garbage collection took while installed (`gc.callbacks`)."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self.full: list[float] = []  # the oldest generation's: they walk every live object
        self.full_cpu: list[float] = []
        self._started = self._started_cpu = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started, self._started_cpu = time.perf_counter(), time.thread_time()
        else:
            self.pauses.append(time.perf_counter() - self._started)
            if info.get("generation") == 2:
                self.full.append(self.pauses[-1])
                self.full_cpu.append(time.thread_time() - self._started_cpu)


class Bench:
    """Daisy compiled once, with the tools every benchmark call uses (no e-mail is really sent)."""

    def __init__(self) -> None:
        self.compiled = compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))
        self.tools = ToolRegistry(self.compiled.flow, overrides={"send_confirmation": mocked({"sent": True})})

    def new(self, factory: Factory, store: MemoryStore, index: int) -> Conversation:
        return factory(self.compiled, context={"phone": f"+52155{index:08d}"}, store=store, tools=self.tools)

    async def call(
        self, factory: Factory, store: MemoryStore, index: int, latencies: Latencies | None = None
    ) -> Conversation:
        """One whole conversation. Between turns the call yields, so every live call takes turns."""
        conversation = self.new(factory, store, index)
        await conversation.start()
        wall, cpu = time.perf_counter, time.thread_time
        for text in CALL:
            await asyncio.sleep(0)
            started, started_cpu = wall(), cpu()
            await conversation.user_turn(text)
            if latencies is not None:
                latencies.cpu.append(cpu() - started_cpu)
                latencies.wall.append(wall() - started)
        if conversation.outcome != "complete":
            raise RuntimeError(f"a benchmark call ended {conversation.outcome}, not complete")
        return conversation

    async def batch(
        self, factory: Factory, store: MemoryStore, first: int, count: int, latencies: Latencies | None = None
    ) -> list[Conversation]:
        return list(await asyncio.gather(*(self.call(factory, store, first + i, latencies) for i in range(count))))


def forget_records(store: MemoryStore) -> None:
    """Empty the store in place: the calls keep a reference to it, so it cannot just be dropped."""
    MemoryStore.__init__(store)


def traced_bytes(bench: Bench, factory: Factory, calls: int) -> tuple[float, float]:
    """tracemalloc's count for `calls` whole conversations run at once and kept: (bytes each call
    holds, bytes of the store's copy of each finished record). Exact, but tracing makes the calls
    about four times slower, hence fewer calls than the concurrency run."""
    store = MemoryStore()

    async def go() -> tuple[float, float]:
        await bench.batch(factory, store, 0, 2)  # warm: templates, expression and extractor caches
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            live = await bench.batch(factory, store, 1000, calls)
            gc.collect()
            with_records = tracemalloc.get_traced_memory()[0]
            # The records are the store's, not the calls' (a SQLite store keeps them on disk). The calls
            # keep a reference to the store, so empty it rather than drop it.
            forget_records(store)
            gc.collect()
            held = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        del live
        return (held - before) / calls, (with_records - held) / calls

    return asyncio.run(go())


_NOT_OWNED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.CodeType)


def owned_bytes(calls: list[Conversation], shared_roots: list[object]) -> int:
    """What `calls` hold between them that nothing else does: `sys.getsizeof` summed over every object
    reachable from them, except what is reachable from `shared_roots` (the compiled flow, its templates
    and tools, the store, the event loop: shared by every call) and code, classes and modules. Misses
    only the allocator's own overhead (compare `bytes_per_call_traced`); fast enough for 10,000 calls."""
    shared: set[int] = set()
    stack: list[object] = [sys.modules, *shared_roots]
    while stack:  # everything the modules and the shared roots reach is shared
        item = stack.pop()
        if id(item) in shared or isinstance(item, _NOT_OWNED):
            continue
        shared.add(id(item))
        stack.extend(gc.get_referents(item))
    total, seen, stack = 0, shared, list(calls)
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, _NOT_OWNED):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        stack.extend(gc.get_referents(item))
    return total


def concurrent_calls(bench: Bench, calls: int) -> tuple[Latencies, GCPauses, float, float]:
    """`calls` whole conversations at once, every turn timed; then what each call holds at the end, all
    of them still alive: (turn latencies, garbage collections, whole calls per second, bytes per call)."""
    store = MemoryStore()
    latencies = Latencies()
    collections = GCPauses()

    async def go() -> tuple[float, float]:
        await bench.batch(Conversation, store, 0, 2)
        gc.collect()
        gc.callbacks.append(collections)
        try:
            started = time.perf_counter()
            live = await bench.batch(Conversation, store, 1000, calls, latencies)
            elapsed = time.perf_counter() - started
        finally:
            gc.callbacks.remove(collections)
        forget_records(store)  # the store's copies are not the calls' (see `traced_bytes`)
        roots = [bench.compiled, bench.tools, FlowAssets.of(bench.compiled), store, CALL, asyncio.get_running_loop()]
        return calls / elapsed, owned_bytes(live, roots) / calls

    rate, per_call = asyncio.run(go())
    return latencies, collections, rate, per_call


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
    traced_calls = size(quick, 500, 100, 10)
    naive_calls = size(quick, 40, 5, 2)
    bench = Bench()

    ours_us = creation_us(bench, Conversation, size(quick, 20_000, 5_000, 200))
    naive_us = creation_us(bench, NaiveConversation, size(quick, 20, 5, 1), rounds=size(quick, 3, 2, 1))
    trigger_us, lookup_us = transition_us(bench, size(quick, 5_000, 1_000, 50))

    naive_bytes, _ = traced_bytes(bench, NaiveConversation, naive_calls)
    gc.collect()
    traced, record_bytes = traced_bytes(bench, Conversation, traced_calls)
    gc.collect()
    latencies, collections, calls_per_s, bytes_per_call = concurrent_calls(bench, held_calls)
    gc.collect()

    result = {
        "turn_p50_ms": round(percentile(latencies.wall, 0.50) * 1000, 3),
        "turn_p99_ms": round(percentile(latencies.wall, 0.99) * 1000, 3),
        "turn_max_ms": round(max(latencies.wall) * 1000, 2),
        "turn_cpu_p50_ms": round(percentile(latencies.cpu, 0.50) * 1000, 3),
        "turn_cpu_p99_ms": round(percentile(latencies.cpu, 0.99) * 1000, 3),
        "turns_timed": len(latencies.wall),
        "gc_collections": len(collections.pauses),
        "gc_pause_max_ms": round(max(collections.pauses, default=0.0) * 1000, 1),
        "gc_full_collections": len(collections.full),
        "gc_full_pause_total_ms": round(sum(collections.full) * 1000),
        "gc_full_pause_max_cpu_ms": round(max(collections.full_cpu, default=0.0) * 1000, 1),
        "calls_per_s": round(calls_per_s, 1),
        "call_create_us": round(ours_us, 2),
        "naive_call_create_us": round(naive_us, 1),
        "call_create_ratio_vs_naive": round(naive_us / ours_us),
        "bytes_per_call": round(bytes_per_call),
        "naive_bytes_per_call": round(naive_bytes),
        "bytes_per_call_traced": round(traced),
        "bytes_ratio_vs_naive": round(naive_bytes / traced, 1),
        "store_bytes_per_call": round(record_bytes),
        "max_concurrent_calls": held_calls,
        "naive_trigger_us": round(trigger_us, 2),
        "table_lookup_us": round(lookup_us, 3),
    }
    table = Table(title=f"Daisy calls ({len(CALL)} turns each), in-memory store")
    table.add_column("measure")
    table.add_column("daisy-engine", justify="right")
    table.add_column("naive: a Machine per call", justify="right")
    table.add_column("ratio", justify="right")
    rows = [
        (
            "create a call",
            f"{ours_us:.1f} µs",
            f"{naive_us / 1000:.1f} ms",
            f"{result['call_create_ratio_vs_naive']:,}×",
        ),
        (f"memory per call, whole call done, {held_calls:,} live", f"{bytes_per_call / 1024:.1f} KB", "", ""),
        (
            f"  same, tracemalloc ({traced_calls:,} / {naive_calls} live)",
            f"{traced / 1024:.1f} KB",
            f"{naive_bytes / 1024:,.0f} KB",
            f"{result['bytes_ratio_vs_naive']}×",
        ),
        ("one transition", f"{lookup_us:.2f} µs", f"{trigger_us:.1f} µs", f"{trigger_us / lookup_us:.0f}×"),
        (
            f"turn p50 / p99 / max, {held_calls:,} calls at once",
            f"{result['turn_p50_ms']:.2f} / {result['turn_p99_ms']:.2f} / {result['turn_max_ms']:.0f} ms",
            "",
            "",
        ),
        (
            "  same, CPU time only (p50 / p99)",
            f"{result['turn_cpu_p50_ms']:.2f} / {result['turn_cpu_p99_ms']:.2f} ms",
            "",
            "",
        ),
        (
            "garbage collections: count, longest; full ones: count, total",
            f"{len(collections.pauses):,}, {result['gc_pause_max_ms']:.0f} ms; "
            f"{len(collections.full)}, {result['gc_full_pause_total_ms']:,} ms "
            f"(longest {result['gc_full_pause_max_cpu_ms']:.0f} ms CPU)",
            "",
            "",
        ),
        ("whole calls per second, one process", f"{result['calls_per_s']:.0f}", "", ""),
        ("the store's copy of a finished record", f"{record_bytes / 1024:.1f} KB", "", ""),
    ]
    for row in rows:
        table.add_row(*row)
    console.print(table)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
