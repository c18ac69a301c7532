"""Fixtures for the flow-language tests: a small valid flow copied where a test may change it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mini_flow(tmp_path: Path) -> Path:
    """A private copy of the small valid flow (fixtures/mini.yaml) with its prompts folder alongside."""
    shutil.copy(FIXTURES / "mini.yaml", tmp_path / "mini.yaml")
    shutil.copytree(FIXTURES / "prompts", tmp_path / "prompts")
    return tmp_path / "mini.yaml"
