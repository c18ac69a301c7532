"""Located problems in a flow: what every check reports and every CLI command prints.

A diagnostic always names the file, line and column of the YAML node (or template) that causes it,
a stable code a designer can search for, what is wrong, and a hint on how to fix it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Mark:
    """A position in a source file; line and column are 1-based, as editors show them."""

    file: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a flow, at one place."""

    code: str
    message: str
    mark: Mark
    severity: Severity = Severity.ERROR
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format_text(self) -> str:
        text = f"{self.mark}: {self.severity.value}[{self.code}]: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def format_github(self) -> str:
        # GitHub workflow commands need %, CR and LF escaped in the message and the properties.
        def esc(value: str) -> str:
            return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

        level = "error" if self.is_error else "warning"
        message = self.message + (f" (hint: {self.hint})" if self.hint else "")
        return (
            f"::{level} file={esc(self.mark.file)},line={self.mark.line},col={self.mark.column},"
            f"title={esc(self.code)}::{esc(message)}"
        )

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["file"] = self.mark.file
        data["line"] = self.mark.line
        data["column"] = self.mark.column
        del data["mark"]
        return data


@dataclass
class Report:
    """All diagnostics found for one or more flow files."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.diagnostics.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=lambda d: (d.mark.file, d.mark.line, d.mark.column, d.code))


def format_report(diagnostics: Iterable[Diagnostic], fmt: str) -> str:
    """Render diagnostics as `text`, `json` or `github` (Actions annotations)."""
    items = list(diagnostics)
    if fmt == "json":
        return json.dumps([d.to_dict() for d in items], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(d.format_github() for d in items)
    return "\n".join(d.format_text() for d in items)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
