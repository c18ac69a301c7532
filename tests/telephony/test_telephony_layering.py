"""Only `daisy_engine/transports/livekit/` imports `livekit`; the telephony logic (outcomes, callback
queue, scheduler) is a layer below the transports and the CLI, usable and testable without LiveKit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "daisy_engine"


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_only_the_livekit_transport_imports_livekit() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "transports/livekit" not in path.as_posix()
        and any(name == "livekit" or name.startswith("livekit.") for name in imported(path))
    ]
    assert offenders == []


def test_the_telephony_logic_sits_below_transports_and_cli() -> None:
    for folder in ("telephony", "store"):
        for path in (PACKAGE / folder).rglob("*.py"):
            above = {n for n in imported(path) if n.startswith(("daisy_engine.transports", "daisy_engine.cli"))}
            assert not above, (path.name, above)


def test_the_scheduler_runs_without_livekit_loaded() -> None:
    probe = (
        "import sys, daisy_engine.telephony.scheduler, daisy_engine.store.callbacks, daisy_engine.runtime.keypad;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'livekit'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
