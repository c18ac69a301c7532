"""Validate + compile time by flow size (generated flows), and for Daisy.

Run alone: python benchmarks/bench_flows.py [--quick]

A generated flow of N states is what a large designer's flow looks like: a chain of questions, each
`say`ing its own template in two locales with yes/no edges, one `when:` branch in five, a `collect` of a
confirmed slot (integer, time, plate, e-mail in turn) every tenth state, global intents and a silence
ladder. The time is `load_flow` (read the YAML, schema, every check, every template parsed) plus
`compile_flow`, best of a few runs (the minimum is the least noisy figure on a shared machine).
Part of `benchmarks/run.py` (keys `compile_ms`, `compile_steps`, `daisy_compile_ms`).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from _common import ROOT, console, size
from rich.table import Table

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.flow.checks.templates import forget_analyses

SIZES = (10, 100, 1000)
SLOT_TYPES = ("integer", "time", "plate", "email")
LOCALES = ("es-MX", "en-US")


def generate_flow(folder: Path, states: int) -> Path:
    """Write a valid flow of `states` states (and its templates) into `folder`; return the flow file."""
    name = f"generated_{states}"
    prompts = folder / "prompts" / name
    templates: dict[str, tuple[str, str]] = {
        "persona": ("Eres la asistente de {{ company }}.", "You are {{ company }}'s assistant."),
        "still_there": ("¿Sigue ahí?", "Are you still there?"),
        "goodbye": ("Gracias, hasta luego.", "Thank you, goodbye."),
    }
    slots: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for index in range(states - 1):
        state, following = f"s{index}", f"s{index + 1}" if index + 1 < states - 1 else "goodbye"
        if index % 10 == 9:
            slot = f"value_{index}"
            kind = SLOT_TYPES[(index // 10) % len(SLOT_TYPES)]
            slots[slot] = {
                "type": kind,
                "required": False,
                **({"spell_back": True} if kind in ("plate", "email") else {}),
            }
            templates[f"ask_{slot}"] = (f"¿Cuál es el dato {index}?", f"What is item {index}?")
            templates[f"confirm_{slot}"] = ("Tengo {{ readback }}. ¿Correcto?", "I have {{ readback }}. Right?")
            if kind in ("plate", "email"):
                templates[f"spell_{slot}"] = ("Llevo {{ so_far }}. ¿Qué sigue?", "So far {{ so_far }}. Next?")
            body[state] = {"collect": [slot], "on": [{"on": "done", "to": following}]}
            continue
        templates[state] = (
            f"Pregunta {index} para {{{{ company }}}}. ¿Sí o no?",
            f"Question {index} for {{{{ company }}}}. Yes or no?",
        )
        edges: list[dict[str, Any]] = []
        if index % 5 == 4:
            edges.append({"on": "yes", "when": f"attempt < {index % 3 + 1}", "to": following})
        edges += [{"on": "yes", "to": following}, {"on": "no", "to": f"s{max(0, index - 1)}"}]
        body[state] = {"say": state, "on": edges}
    body["goodbye"] = {"say": "goodbye", "on_enter": [{"save": "complete"}, {"end_call": "complete"}], "final": True}
    flow = {
        "version": 1,
        "name": name,
        "locales": list(LOCALES),
        "initial": "s0",
        "agent": {"persona": "persona"},
        "context": {"company": {"type": "text", "default": "ACME"}},
        "defaults": {
            "policy": {"max_attempts": 3, "spell_after": 1, "on_exhausted": "goodbye"},
            "silence": {"timeout": 8, "reprompts": ["still_there"], "then": "goodbye"},
        },
        "slots": slots,
        "intents": {"repeat": {"then": "return"}, "end_call": {"to": "goodbye"}},
        "states": body,
    }
    for position, locale in enumerate(LOCALES):
        (prompts / locale).mkdir(parents=True, exist_ok=True)
        for template, texts in templates.items():
            (prompts / locale / f"{template}.j2").write_text(texts[position] + "\n", encoding="utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(flow, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def load_and_compile_ms(path: Path, rounds: int) -> tuple[float, float, int]:
    """Best of `rounds`: ms to load (parse, validate, templates) and compile, on the wall clock and in
    CPU time (the same work without the time a shared machine gave to other processes); compiled steps."""
    best = best_cpu = float("inf")
    steps = 0
    for _ in range(rounds):
        forget_analyses()  # each round validates the flow's templates as a fresh process would
        started, started_cpu = time.perf_counter(), time.process_time()
        compiled = compile_flow(load_flow(path))
        best_cpu = min(best_cpu, (time.process_time() - started_cpu) * 1000)
        best = min(best, (time.perf_counter() - started) * 1000)
        steps = len(compiled.steps)
    return best, best_cpu, steps


def run(quick: bool = False) -> dict[str, Any]:
    rounds = size(quick, 5, 2, 1)
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    steps: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for states in SIZES:
            path = generate_flow(Path(folder), states)
            key = str(states)
            wall[key], cpu[key], steps[key] = load_and_compile_ms(path, rounds)
    daisy_ms, daisy_cpu, daisy_steps = load_and_compile_ms(ROOT / "flows" / "daisy.yaml", rounds)
    table = Table(title=f"Load + validate + compile (best of {rounds})")
    for column in ("flow", "states", "compiled steps", "ms", "CPU ms"):
        table.add_column(column, justify="left" if column == "flow" else "right")
    for states in SIZES:
        key = str(states)
        table.add_row("generated", key, str(steps[key]), f"{wall[key]:.1f}", f"{cpu[key]:.1f}")
    table.add_row("daisy.yaml", "", str(daisy_steps), f"{daisy_ms:.1f}", f"{daisy_cpu:.1f}")
    console.print(table)
    return {
        "compile_ms": {k: round(v, 1) for k, v in wall.items()},
        "compile_cpu_ms": {k: round(v, 1) for k, v in cpu.items()},
        "compile_steps": steps,
        "daisy_compile_ms": round(daisy_ms, 1),
        "daisy_compile_cpu_ms": round(daisy_cpu, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    console.print_json(json.dumps(run(args.quick)))


if __name__ == "__main__":
    main()
