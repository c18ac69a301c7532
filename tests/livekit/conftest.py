from __future__ import annotations

import sys
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
DAISY = ROOT / "flows" / "daisy.yaml"
sys.path.insert(0, str(HERE))


@pytest.fixture(scope="session")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))
