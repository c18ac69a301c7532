from __future__ import annotations

import sys
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"


@pytest.fixture(scope="session")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


# The AgentSession doubles and the VoiceCall driver of the LiveKit adapter tests.
sys.path.insert(0, str(ROOT / "tests" / "livekit"))
