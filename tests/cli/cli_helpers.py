"""Small helpers shared by the CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from daisy_engine.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
# What the `daisy-engine` console script runs.
CLI = "from daisy_engine.cli.app import main; main()"


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """`daisy-engine ARGS` in a fresh process with a bare C locale, as bytes in and out."""
    environment = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONIOENCODING": ""}
    return subprocess.run(
        [sys.executable, "-c", CLI, *args], input=stdin, capture_output=True, env=environment, cwd=ROOT, timeout=120
    )


def invoke(*args: str, stdin: str = "") -> Any:
    """`daisy-engine ARGS` in this process (faster; for what does not depend on the process's locale)."""
    return CliRunner().invoke(app, list(args), input=stdin)
