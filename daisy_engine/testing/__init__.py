"""Conversation tests: YAML cases run offline against a real `Conversation`, with coverage."""

from daisy_engine.testing.cases import Case, CaseFile, CaseFileError, is_case_file, load_case_file
from daisy_engine.testing.coverage import Coverage
from daisy_engine.testing.runner import CaseResult, Failure, FileResult, FlowCache, run_case, run_file
from daisy_engine.testing.suite import SuiteResult, discover, run_suite

__all__ = [
    "Case",
    "CaseFile",
    "CaseFileError",
    "CaseResult",
    "Coverage",
    "Failure",
    "FileResult",
    "FlowCache",
    "SuiteResult",
    "discover",
    "is_case_file",
    "load_case_file",
    "run_case",
    "run_file",
    "run_suite",
]
