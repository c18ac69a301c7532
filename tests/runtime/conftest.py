"""Shared fixtures of the runtime tests: compiled flows (built once per session) and call stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.store import MemoryStore, SQLiteStore, Store

HERE = Path(__file__).parent
FLOWS = HERE / "flows"
ROOT = HERE.parents[1]


@pytest.fixture(scope="session")
def desk() -> CompiledFlow:
    return compile_flow(load_flow(FLOWS / "desk" / "desk.yaml"))


@pytest.fixture(scope="session")
def form() -> CompiledFlow:
    return compile_flow(load_flow(FLOWS / "form" / "form.yaml"))


@pytest.fixture(scope="session")
def order() -> CompiledFlow:
    """An integer with a range, a time, a python tool with typed parameters, a callback."""
    return compile_flow(load_flow(FLOWS / "order" / "order.yaml"))


@pytest.fixture(scope="session")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))


@pytest.fixture(scope="session")
def clinic() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "examples" / "clinic" / "clinic.yaml"))


@pytest.fixture(params=["sqlite", "memory"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """Each store the engine ships: a test using it runs once against SQLite and once in memory."""
    made: Store = SQLiteStore(tmp_path / "records.db") if request.param == "sqlite" else MemoryStore()
    yield made  # type: ignore[misc]
    await made.close()
