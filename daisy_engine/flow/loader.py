"""Load and validate a flow file: YAML → schema → specs → semantic checks. Never raises for bad input."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from daisy_engine.diagnostics import Diagnostic, Report, display_path
from daisy_engine.errors import DaisyError
from daisy_engine.flow.checks import run_checks
from daisy_engine.flow.model import Flow
from daisy_engine.flow.parse import parse_flow
from daisy_engine.flow.schema import check_schema, without_unknown_keys
from daisy_engine.flow.yaml_source import YamlLoadError, load_yaml

CASCADING_CODES = frozenset({"E218", "E231", "E302", "E303", "E304"})


class FlowError(DaisyError):
    """A flow file has errors; `report` holds every located diagnostic."""

    def __init__(self, report: Report) -> None:
        self.report = report
        first = report.errors[0].format_text() if report.errors else "invalid flow"
        more = len(report.errors) - 1
        super().__init__(first + (f"\n(and {more} more errors)" if more > 0 else ""))


@dataclass
class ValidationResult:
    """What `validate_file` found. `flow` is set when the file parsed, even if checks found errors."""

    path: Path
    report: Report = field(default_factory=Report)
    flow: Flow | None = None

    @property
    def ok(self) -> bool:
        return self.report.ok and self.flow is not None


def validate_file(path: str | Path) -> ValidationResult:
    """Run every check on one flow file and collect all problems (never raises for bad input)."""
    # Building a big flow makes hundreds of thousands of small objects, none of them garbage: the cycle
    # collector would walk them again and again (3/4 of the time on a 1.8 MB flow). What one flow
    # allocates is bounded (MAX_FILE_BYTES, MAX_NODES), so collect once at the end instead.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _validate_file(Path(path))
    finally:
        if enabled:
            gc.enable()


def _validate_file(path: Path) -> ValidationResult:
    shown = display_path(path)
    result = ValidationResult(path=path)
    try:
        loaded = load_yaml(path, shown)
    except YamlLoadError as exc:
        result.report.add(exc.diagnostic)
        return result
    schema_errors = check_schema(loaded.data, loaded.source)
    if schema_errors:
        result.report.extend(schema_errors)
        pruned = without_unknown_keys(loaded.data)
        if pruned is not None:
            # Only misspelt keys: check the rest too (the flow itself stays unusable until they are fixed).
            # What a dropped key would have declared can look missing (a collect, a target, a template
            # use): leave out the checks that would only echo the typo.
            checked = run_checks(parse_flow(pruned, loaded.source, path.resolve()))
            result.report.extend(d for d in checked if d.is_error and d.code not in CASCADING_CODES)
        return result
    flow = parse_flow(loaded.data, loaded.source, path.resolve())
    result.flow = flow
    result.report.extend(run_checks(flow))
    return result


def load_flow(path: str | Path, *, strict: bool = False) -> Flow:
    """Load and validate a flow file; raise `FlowError` (with every diagnostic) if it has errors.

    With `strict=True` warnings count as errors too.
    """
    result = validate_file(path)
    problems: list[Diagnostic] = result.report.diagnostics if strict else result.report.errors
    if problems or result.flow is None:
        raise FlowError(Report(list(problems)) if problems else result.report)
    return result.flow
