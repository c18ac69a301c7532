"""Pytest plugin: `test_*.yaml` files holding `cases:` are collected, one test per case.

Registered as the `pytest11` entry point, so a plain `pytest` runs conversation tests next to Python
tests; a failure is reported with the test file's line of each expectation that did not hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from daisy_engine.errors import CasesError
from daisy_engine.flow import FlowError
from daisy_engine.testing.cases import Case, CaseFileError, is_case_file, load_case_file
from daisy_engine.testing.runner import CaseResult, FlowCache, run_case

_flows = FlowCache()


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.name.startswith("test_") and file_path.suffix in (".yaml", ".yml") and is_case_file(file_path):
        return ConversationFile.from_parent(parent, path=file_path)
    return None


class ConversationFailed(CasesError):
    def __init__(self, result: CaseResult) -> None:
        super().__init__(result.case.name)
        self.result = result


class ConversationFile(pytest.File):
    def collect(self) -> Any:
        try:
            case_file = load_case_file(self.path)
        except CaseFileError as exc:
            raise self.CollectError(f"{exc.mark.file}:{exc.mark.line}: {exc.message}") from None
        for case in case_file.cases:
            yield ConversationCase.from_parent(self, name=case.name, case=case, flow=case_file.flow)


class ConversationCase(pytest.Item):
    def __init__(self, *, case: Case, flow: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case
        self.flow = flow

    def runtest(self) -> None:
        try:
            compiled = _flows.get(self.flow)
        except FlowError as exc:
            pytest.fail(f"the flow {self.flow} does not validate:\n{exc}", pytrace=False)
        result = run_case(compiled, self.case)
        if not result.passed:
            raise ConversationFailed(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ConversationFailed):
            return "\n".join(str(failure) for failure in excinfo.value.result.failures)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.case.mark.line - 1, f"conversation: {self.case.name}"
