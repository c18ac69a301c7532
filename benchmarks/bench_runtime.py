"""Benchmark the conversation runtime on Daisy, against the naive design (a `transitions` Machine per call).

    .venv/bin/python benchmarks/bench_runtime.py [--calls 300] [--seed 1]

Every call is the same complete Spanish registration (17 caller turns), run concurrently with
asyncio.gather. Printed:

- per-turn latency (median, p99): one `await conversation.user_turn(text)`, understanding, templates
  and store writes included, measured while all the other calls run too;
- memory per live call (tracemalloc, after half of the call);
- conversations per second for the whole batch;
- for the SQLite store (WAL, synchronous=FULL, one writer thread): the worst lateness of a 1 ms
  heartbeat on the event loop while the calls run, i.e. how long the loop was blocked.

"table" is the runtime as shipped: one compiled table shared by every call. "naive" is the same
conversation logic where each call also builds its own `transitions.Machine` (default options, as the
straightforward code would) and fires a trigger on it for every transition. Machine numbers alone
(build, trigger) are printed as well. Read the ratios; the absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from transitions import Machine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from daisy_engine.compiler import CompiledFlow, compile_flow  # noqa: E402
from daisy_engine.compiler.machine import MachineModel, machine_transitions  # noqa: E402
from daisy_engine.compiler.table import Edge, Step  # noqa: E402
from daisy_engine.flow import load_flow  # noqa: E402
from daisy_engine.flow.model import RETURN  # noqa: E402
from daisy_engine.runtime import Conversation, ToolRegistry  # noqa: E402
from daisy_engine.runtime.tools import mocked  # noqa: E402
from daisy_engine.runtime.walker import select_edge  # noqa: E402
from daisy_engine.store import MemoryStore, SQLiteStore, Store  # noqa: E402

CALL = [
    "sí, claro", "me llamo Juan Pérez García", "sí", "cero cuarenta y dos", "correcto",
    "B de burro, ve de vaca", "cuatro cinco uno", "sí", "quinientos doce", "sí",
    "equis ye zeta guion cuatro cinco seis", "sí", "a las dos y media de la tarde", "sí",
    "juan punto perez arroba gmail punto com", "sí", "sí, todo correcto",
]


def naive_machine(compiled: CompiledFlow, model: MachineModel) -> Machine:
    """What a call would build for itself in the straightforward design: a Machine with defaults."""
    definitions = machine_transitions(compiled)
    for definition in definitions:
        if "conditions" in definition:
            definition["conditions"] = [(lambda _c=c: _c(model)) for c in definition["conditions"]]
    return Machine(model=model, states=list(compiled.steps), transitions=definitions, initial=compiled.initial,
                   ignore_invalid_triggers=True)


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


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def one_call(factory: Callable[..., Conversation], compiled: CompiledFlow, store: Store, tools: ToolRegistry,
                   index: int, latencies: list[float], think: Callable[[], float]) -> Conversation:
    await asyncio.sleep(think())  # calls arrive one after the other
    conversation = factory(compiled, context={"phone": f"+52155{index:08d}"}, store=store, tools=tools)
    await conversation.start()
    for text in CALL:
        await asyncio.sleep(think())  # the caller takes a moment to answer; other calls run meanwhile
        started = time.perf_counter()
        await conversation.user_turn(text)
        latencies.append(time.perf_counter() - started)
    return conversation


async def heartbeat(stop: asyncio.Event, lateness: list[float]) -> None:
    """Sleep 1 ms at a time; how late each wake-up is shows how long the loop was blocked."""
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(0.001)
        lateness.append(time.perf_counter() - started - 0.001)


async def run_batch(factory: Callable[..., Conversation], compiled: CompiledFlow, calls: int, store: Store,
                    think: Callable[[], float]) -> dict[str, float]:
    tools = ToolRegistry(compiled.flow, overrides={"send_confirmation": mocked({"sent": True})})
    latencies: list[float] = []
    lateness: list[float] = []
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop, lateness))
    started = time.perf_counter()
    done = await asyncio.gather(*(one_call(factory, compiled, store, tools, i, latencies, think)
                                  for i in range(calls)))
    elapsed = time.perf_counter() - started
    stop.set()
    await beat
    assert all(conversation.outcome == "complete" for conversation in done), "a benchmark call did not complete"
    return {
        "median_ms": statistics.median(latencies) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "calls_per_s": calls / elapsed,
        "loop_block_max_ms": max(lateness) * 1000 if lateness else 0.0,
        "loop_block_p99_ms": percentile(lateness, 0.99) * 1000 if lateness else 0.0,
    }


def batch(factory: Callable[..., Conversation], compiled: CompiledFlow, calls: int, store_name: str,
          think: Callable[[], float]) -> dict[str, float]:
    async def go() -> dict[str, float]:
        with tempfile.TemporaryDirectory() as folder:
            store: Store = SQLiteStore(Path(folder) / "bench.db") if store_name == "sqlite" else MemoryStore()
            try:
                return await run_batch(factory, compiled, calls, store, think)
            finally:
                await store.close()

    return asyncio.run(go())


async def memory_per_call(factory: Callable[..., Conversation], compiled: CompiledFlow, calls: int) -> float:
    """Bytes per live call, half-way through the call (the calls and their store records)."""
    tools = ToolRegistry(compiled.flow)
    store = MemoryStore()
    # Warm up: compiled assets, template and expression caches are shared, not per call.
    warm = factory(compiled, context={"phone": "+1"}, store=store, tools=tools)
    await warm.start()
    for text in CALL[:8]:
        await warm.user_turn(text)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    live = []
    for index in range(calls):
        conversation = factory(compiled, context={"phone": f"+52{index:010d}"}, store=store, tools=tools)
        await conversation.start()
        for text in CALL[:8]:
            await conversation.user_turn(text)
        live.append(conversation)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return grown / calls


def machine_costs(compiled: CompiledFlow, repeat: int = 20) -> dict[str, float]:
    """The machine alone: build one per call, and one trigger, against the table lookup."""
    started = time.perf_counter()
    for _ in range(repeat):
        naive_machine(compiled, MachineModel())
    build_ms = (time.perf_counter() - started) / repeat * 1000
    model = MachineModel()
    naive_machine(compiled, model)
    step = compiled.steps[compiled.initial]
    rounds = 5000
    started = time.perf_counter()
    for _ in range(rounds):
        model.trigger("repeat")  # a reflexive edge: the state stays, every round does the same work
    trigger_us = (time.perf_counter() - started) / rounds * 1e6
    started = time.perf_counter()
    for _ in range(rounds):
        select_edge(step, "repeat", lambda expression: True)
    lookup_us = (time.perf_counter() - started) / rounds * 1e6
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    machines = [naive_machine(compiled, MachineModel()) for _ in range(20)]
    machine_bytes = (tracemalloc.get_traced_memory()[0] - before) / len(machines)
    tracemalloc.stop()
    return {"build_ms": build_ms, "trigger_us": trigger_us, "lookup_us": lookup_us, "machine_bytes": machine_bytes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="concurrent calls per batch (default 300)")
    parser.add_argument("--memory-calls", type=int, default=100, help="live calls for the memory figure")
    parser.add_argument("--think", type=float, default=0.3,
                        help="mean seconds a paced caller takes to answer (default 0.3)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    compiled = compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))
    print(f"daisy: {len(compiled.steps)} steps, {len(compiled.all_edges())} edges; "
          f"{args.calls} concurrent calls of {len(CALL)} turns each\n")
    costs = machine_costs(compiled)
    randomness = random.Random(args.seed)

    def paced() -> float:
        return randomness.uniform(0, 2 * args.think)

    rows = []
    for name, factory in (("table", Conversation), ("naive", NaiveConversation)):
        memory = asyncio.run(memory_per_call(factory, compiled, args.memory_calls))
        for store in ("memory", "sqlite"):
            flat_out = batch(factory, compiled, args.calls, store, lambda: 0.0)
            realistic = batch(factory, compiled, args.calls, store, paced)
            rows.append((name, store, flat_out, realistic, memory))

    print("saturated: every caller answers at once (throughput); paced: callers answer after "
          f"0-{2 * args.think:g} s (latency, loop)")
    header = (f"{'runtime':<8}{'store':<8}{'calls/s':>9}{'KB/call':>9}  |{'turn median':>12}{'p99':>10}"
              f"{'loop blocked p99':>18}{'max':>12}")
    print(f"{'':<16}{'saturated':>18}  |{'paced':>12}")
    print(header)
    print("-" * len(header))
    for name, store, flat_out, realistic, memory in rows:
        print(f"{name:<8}{store:<8}{flat_out['calls_per_s']:>9.1f}{memory / 1024:>9.1f}  |"
              f"{realistic['median_ms']:>9.2f} ms{realistic['p99_ms']:>7.2f} ms"
              f"{realistic['loop_block_p99_ms']:>15.2f} ms{realistic['loop_block_max_ms']:>9.1f} ms")

    print(f"\nper call, naive only: build a Machine {costs['build_ms']:.2f} ms, "
          f"{costs['machine_bytes'] / 1024:.0f} KB")
    print(f"per transition: Machine trigger {costs['trigger_us']:.1f} µs, table lookup {costs['lookup_us']:.2f} µs")


if __name__ == "__main__":
    main()
