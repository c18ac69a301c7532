"""Installed without the `[livekit]` extra (the README's first quick start), the voice and phone commands
say in one line what to install, naming the extra, instead of a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DAISY = str(Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml")
# `livekit` set to None in sys.modules: every import of it fails as if the package were not installed.
WITHOUT_LIVEKIT = "import sys; sys.modules['livekit'] = None; from daisy_engine.cli.app import main; main()"


@pytest.mark.parametrize(
    "args",
    [
        ["run", DAISY],
        ["token", "--room", "daisy-test"],
        ["sip", "list"],
        ["call", "+5215512345678", "--flow", DAISY],
    ],
)
def test_a_voice_command_without_the_livekit_extra_names_the_extra(tmp_path: Path, args: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LIVEKIT_", "OPENAI_"))}
    env.update(LIVEKIT_URL="ws://127.0.0.1:9", LIVEKIT_API_KEY="k", LIVEKIT_API_SECRET="s", OPENAI_API_KEY="x")
    records = ["--records", str(tmp_path / "r.db")] if args[0] in ("run", "call") else []
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_LIVEKIT, *args, *records],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "pip install 'daisy-engine[livekit]'" in line
