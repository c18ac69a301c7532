"""`validate` on mutated flow files: whatever the mutation, no traceback, and every problem reported on
one line at a real position; a flow it passes compiles.

Mutants are made from the shipped flows (Daisy and the clinic example) by seeded edits a person (or a
bad merge) could make: lines deleted, duplicated, swapped, re-indented or cut; characters inserted
(brackets, quotes, colons, tabs, control characters); values replaced by other types, by `..` paths,
by huge or odd text. The suite runs `DEFAULT_MUTANTS`; set $DAISY_FUZZ_MUTANTS for more (e.g.
`DAISY_FUZZ_MUTANTS=20000 pytest tests/flow/test_validate_mutations.py`).
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.loader import validate_file
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MUTANTS = 300
MUTANTS = int(os.environ.get("DAISY_FUZZ_MUTANTS", DEFAULT_MUTANTS))
CLI = Path(sys.executable).with_name("daisy-engine")

INSERTS = [
    "[",
    "]",
    "{",
    "}",
    ":",
    ": ",
    "- ",
    "'",
    '"',
    "\t",
    "#",
    "&a ",
    "*a",
    "!!python/object ",
    "\x07",
    "\x1b[31m",
    "\x00",
    "\ufeff",
    "é",
    "\u2028",
    "%",
    "@",
    "|",
    ">",
    "? ",
    ",",
    "\\",
    "{{",
    "{%",
    "..",
    "<<: ",
]
VALUES = [
    "5",
    "-1",
    "0",
    "1e309",
    "null",
    "~",
    "true",
    "[]",
    "{}",
    "[1, [2, [3]]]",
    "{a: {b: c}}",
    "''",
    '"x"',
    "../../etc/passwd",
    "../prompts/x",
    "/abs/path",
    "a" * 300,
    "yes",
    "no",
    "on",
    "0x1F",
    ".inf",
    "!!binary aGk=",
    "2024-01-05",
    "'{{ 7*7 }}'",
    "'{% include \"../x.j2\" %}'",
    "python_mod:fn",
    "json:dumps",
    "*a",
    "&a 1",
]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not lines:
            break
        index = rng.randrange(len(lines))
        line = lines[index]
        operation = rng.randrange(9)
        if operation == 0:
            del lines[index]
        elif operation == 1:
            lines.insert(index, line)
        elif operation == 2:
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], line
        elif operation == 3:
            lines[index] = " " * rng.choice([0, 1, 2, 3, 5, 8]) + line.lstrip()
        elif operation == 4:
            cut = rng.randrange(len(line) + 1)
            lines[index] = line[:cut] + rng.choice(INSERTS) + line[cut:]
        elif operation == 5 and ":" in line:
            key, _, _ = line.partition(":")
            lines[index] = f"{key}: {rng.choice(VALUES)}"
        elif operation == 6:
            lines[index] = line[: rng.randrange(len(line) + 1)]
        elif operation == 7:
            words = [word for word in text.replace(":", " ").split() if word.isidentifier()]
            if words and line.strip():
                target = rng.choice(line.split())
                lines[index] = line.replace(target, rng.choice(words), 1)
        else:
            lines = lines[: index + 1]  # the file ends here (a truncated save)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Copies of the shipped flows beside their prompts and tools, to mutate in place."""
    base = tmp_path_factory.mktemp("mutants")
    (base / "flows").mkdir()
    (base / "prompts").mkdir()
    shutil.copytree(ROOT / "prompts" / "daisy", base / "prompts" / "daisy")
    shutil.copytree(ROOT / "examples" / "clinic", base / "clinic")
    return {
        "daisy": (base / "flows" / "mutant.yaml", (ROOT / "flows" / "daisy.yaml").read_text("utf-8")),
        "clinic": (base / "clinic" / "mutant.yaml", (ROOT / "examples" / "clinic" / "clinic.yaml").read_text("utf-8")),
    }


def well_reported(diagnostic: Diagnostic, file: Path, text: str) -> str | None:
    """What is wrong with how a diagnostic is reported, if anything."""
    mark = diagnostic.mark
    if "\n" in diagnostic.message or "\r" in diagnostic.message:
        return "message on more than one line"
    if diagnostic.code[:1] not in "EW" or not diagnostic.message:
        return "no code or message"
    if mark.line < 1 or mark.column < 1:
        return "position before the start of the file"
    if Path(mark.file).name == file.name:
        lines = text.split("\n")
        if mark.line > len(lines) + 1:
            return f"line {mark.line} past the end ({len(lines)} lines)"
    return None


async def short_call(flow: CompiledFlow) -> None:
    conv = Conversation(flow, store=MemoryStore())
    await conv.start()
    for turn in ["sí", "¿cómo?", None, "no", "Juan Pérez", "uno dos tres", "sí"] * 5:
        if conv.ended:
            break
        await (conv.silence() if turn is None else conv.user_turn(turn))
    await conv.hangup()
    assert conv.ended and conv.outcome is not None


@pytest.mark.parametrize("flow", ["daisy", "clinic"])
def test_validate_reports_every_mutant_on_located_lines_without_crashing(
    workspace: dict[str, tuple[Path, str]], flow: str
) -> None:
    path, original = workspace[flow]
    rng = random.Random(f"mutants-{flow}")
    passed = 0
    for number in range(MUTANTS // 2):
        text = mutate(original, rng)
        path.write_text(text, "utf-8", errors="surrogatepass")
        result = validate_file(path)  # raising here is the traceback a designer would see
        for diagnostic in result.report.diagnostics:
            problem = well_reported(diagnostic, path, text)
            assert problem is None, f"mutant {number}: {problem}: {diagnostic.format_text()}\n---\n{text}"
        if result.ok:  # a flow validate passes compiles, and a call through it runs and ends
            passed += 1
            asyncio.run(short_call(compile_flow(result.flow)))  # type: ignore[arg-type]
    assert passed < MUTANTS // 2  # the mutations do break flows (the test is not vacuous)


def test_the_command_reports_a_batch_of_mutants_without_a_traceback(workspace: dict[str, tuple[Path, str]]) -> None:
    path, original = workspace["daisy"]
    rng = random.Random("mutants-cli")
    files = []
    for number in range(20):
        mutant = path.with_name(f"cli_{number}.yaml")
        mutant.write_text(mutate(original, rng), "utf-8")
        files.append(str(mutant))
    done = subprocess.run([str(CLI), "validate", *files], capture_output=True, text=True, timeout=300, cwd=path.parent)
    assert done.returncode in (0, 1)
    assert "Traceback" not in done.stdout + done.stderr
    for line in done.stdout.splitlines():
        assert line.startswith("  hint: ") or ": error[" in line or ": warning[" in line, line
