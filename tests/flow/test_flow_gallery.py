"""The gallery of broken flows: every check's code, reported once, at the exact file:line:col.

Each `gallery/*.yaml` file states what `validate` must report in `# expect:` lines at its top:

    # expect: E201 9:23                                   (a position in the flow file itself)
    # expect: E402 prompts/e402/es-MX/greeting.j2:2:1     (a file relative to the gallery folder)

The test checks that the report holds exactly those diagnostics: the right code at the right place,
and nothing else (one typo gives one error, not a cascade). Files too big or too odd to commit (a
missing file, a directory, 50 MB, a nesting bomb) are generated in `GENERATED` below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import daisy_engine.flow
from daisy_engine.diagnostics import Severity
from daisy_engine.flow import validate_file

GALLERY = Path(__file__).parent / "gallery"
GALLERY_FILES = sorted(GALLERY.glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (?P<code>[EW]\d{3}) (?:(?P<file>\S+):)?(?P<line>\d+):(?P<column>\d+)\s*$")

Expected = tuple[str, Path, int, int]


def expectations(flow: Path) -> set[Expected]:
    """The `# expect:` lines of a gallery file (read as bytes: some files are binary on purpose)."""
    found: set[Expected] = set()
    for line in flow.read_bytes().decode("latin-1").splitlines():
        if line.startswith("# expect"):
            match = EXPECT.match(line)
            assert match, f"{flow.name}: malformed expectation {line!r}"
            file = (GALLERY / match["file"]).resolve() if match["file"] else flow.resolve()
            found.add((match["code"], file, int(match["line"]), int(match["column"])))
    return found


def reported(flow: Path) -> list[Expected]:
    return [
        (d.code, Path(d.mark.file).resolve(), d.mark.line, d.mark.column)
        for d in validate_file(flow).report.diagnostics
    ]


def show(items) -> str:
    return "\n".join(f"  {code} {file}:{line}:{column}" for code, file, line, column in sorted(items)) or "  (none)"


@pytest.mark.parametrize("flow", GALLERY_FILES, ids=lambda p: p.stem)
def test_gallery_flow_reports_exactly_its_expected_diagnostics(flow: Path) -> None:
    expected = expectations(flow)
    assert expected, f"{flow.name} has no `# expect:` line"
    result = validate_file(flow)
    got = [(d.code, Path(d.mark.file).resolve(), d.mark.line, d.mark.column) for d in result.report.diagnostics]
    assert set(got) == expected, f"expected:\n{show(expected)}\nreported:\n{show(got)}"
    assert len(got) == len(expected), f"a diagnostic is reported twice:\n{show(got)}"
    for diagnostic in result.report.diagnostics:
        assert diagnostic.severity is (Severity.ERROR if diagnostic.code[0] == "E" else Severity.WARNING)
        assert diagnostic.message and diagnostic.hint, diagnostic.format_text()
        # What `validate` prints starts with the location, as editors and CI parse it.
        head = f"{diagnostic.mark.file}:{diagnostic.mark.line}:{diagnostic.mark.column}: {diagnostic.severity}"
        assert diagnostic.format_text().startswith(f"{head}[{diagnostic.code}]: ")
    has_errors = any(code.startswith("E") for code, *_ in expected)
    assert result.ok is not has_errors


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "flows" / "no_such_flow.yaml"


def _directory(tmp_path: Path) -> Path:
    folder = tmp_path / "daisy.yaml"
    folder.mkdir()
    return folder


def _fifty_megabytes(tmp_path: Path) -> Path:
    path = tmp_path / "huge.yaml"
    line = "# " + "x" * 1021 + "\n"
    with path.open("w") as out:
        out.write("version: 1\n")
        out.writelines(line for _ in range(50 * 1024))
    return path


def _bracket_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.yaml"
    path.write_text("version: 1\nstates: " + "[" * 100_000 + "]" * 100_000 + "\n")
    return path


def _indent_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "indent.yaml"
    path.write_text("version: 1\n" + "".join("  " * depth + "k:\n" for depth in range(200)))
    return path


# name -> (make the file, code, line, column). The top-level mapping is level 1, so the 64th `[` after
# `states: ` (column 9 + 63) and the `k:` indented 64 times (line 66) are the first too deep.
GENERATED: dict[str, tuple[Callable[[Path], Path], str, int, int]] = {
    "e001_missing_file": (_missing, "E001", 1, 1),
    "e001_directory": (_directory, "E001", 1, 1),
    "e002_fifty_megabytes": (_fifty_megabytes, "E002", 1, 1),
    "e004_bracket_nesting_bomb": (_bracket_bomb, "E004", 2, 72),
    "e004_indentation_nesting_bomb": (_indent_bomb, "E004", 66, 129),
}


@pytest.mark.parametrize("case", sorted(GENERATED))
def test_generated_broken_file_reports_one_located_error(case: str, tmp_path: Path) -> None:
    make, code, line, column = GENERATED[case]
    flow = make(tmp_path)
    assert reported(flow) == [(code, flow.resolve(), line, column)]


# User-visible hints that name the fix (did-you-mean on a typo).
HINTS = {
    "e101_unknown_key": "did you mean 'say'?",
    "e104_bad_enum": "did you mean 'save_record'?",
    "e201_unknown_state": "did you mean 'goodbye'?",
    "e202_unknown_slot": "did you mean 'full_name'?",
    "e203_unknown_tool": "did you mean 'save'?",
    "e204_unknown_intent_override": "did you mean 'repeat'?",
    "e205_unknown_event": "did you mean 'yes'?",
    "e404_results_of_unknown_tool": "did you mean 'lookup'?",
}


@pytest.mark.parametrize("name", sorted(HINTS))
def test_typo_hint_suggests_the_intended_name(name: str) -> None:
    (diagnostic,) = validate_file(GALLERY / f"{name}.yaml").report.diagnostics
    assert diagnostic.hint == HINTS[name]


def test_flow_with_several_independent_problems_reports_all_in_one_run() -> None:
    codes = sorted(d.code for d in validate_file(GALLERY / "several_semantic_problems.yaml").report.errors)
    assert codes == ["E201", "E202", "E210", "E403", "E505"]
    codes = sorted(d.code for d in validate_file(GALLERY / "several_schema_problems.yaml").report.errors)
    assert codes == ["E101", "E105", "E106"]


def test_gallery_covers_every_code_the_checks_emit() -> None:
    package = Path(daisy_engine.flow.__file__).parent
    emitted: set[str] = set()
    for source in package.rglob("*.py"):
        if source.name != "codes.py":  # the registry names every code; the checks are what emit them
            emitted |= set(re.findall(r"\"([EW]\d{3})\"", source.read_text("utf-8")))
    covered = {code for flow in GALLERY_FILES for code, *_ in expectations(flow)}
    covered |= {code for _, code, _, _ in GENERATED.values()}
    assert len(emitted) > 40  # the scan found the checks
    assert emitted - covered == set(), "codes with no gallery case"
    assert covered - emitted == set(), "gallery expects codes no check emits"
    assert len(GALLERY_FILES) + len(GENERATED) >= 30
