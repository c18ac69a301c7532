from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"


@pytest.fixture(scope="session")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))
