from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow

HERE = Path(__file__).parent
FLOWS = HERE / "flows"


@pytest.fixture(scope="session")
def desk() -> CompiledFlow:
    return compile_flow(load_flow(FLOWS / "desk" / "desk.yaml"))


@pytest.fixture(scope="session")
def form() -> CompiledFlow:
    return compile_flow(load_flow(FLOWS / "form" / "form.yaml"))
