"""Find conversation test files, run them, and gather coverage per flow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from daisy_engine.testing.cases import is_case_file
from daisy_engine.testing.coverage import Coverage
from daisy_engine.testing.runner import FileResult, FlowCache, run_file

SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache", ".ruff_cache"}


def discover(paths: Iterable[Path]) -> list[Path]:
    """Test files under `paths`: `test_*.yaml` files holding `cases:` (a file named directly is taken
    whatever its name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
            continue
        for candidate in sorted(path.rglob("test_*.y*ml")):
            if not SKIP_DIRS.intersection(candidate.parts) and is_case_file(candidate):
                found.append(candidate)
    return found


@dataclass
class SuiteResult:
    files: list[FileResult] = field(default_factory=list)
    coverage: dict[Path, Coverage] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return all(result.passed for result in self.files)

    def counts(self) -> tuple[int, int]:
        """(passed cases, failed cases); a file that cannot run counts as one failure."""
        passed = failed = 0
        for result in self.files:
            if result.error is not None:
                failed += 1
            for case in result.results:
                passed, failed = (passed + 1, failed) if case.passed else (passed, failed + 1)
        return passed, failed


def run_suite(files: Iterable[Path]) -> SuiteResult:
    suite = SuiteResult()
    flows = FlowCache()
    for path in files:
        result = run_file(path, flows)
        suite.files.append(result)
        if result.flow is None:
            continue
        coverage = suite.coverage.get(result.flow.flow.file)
        if coverage is None:
            coverage = suite.coverage[result.flow.flow.file] = Coverage(result.flow)
        for case in result.results:
            coverage.add(case.events)
    return suite
