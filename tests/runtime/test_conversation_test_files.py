"""`daisy-engine test` and the pytest plugin: failures point at the line of the expectation."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from daisy_engine.cli import test_cmd
from daisy_engine.testing import CaseFileError, Coverage, load_case_file, run_file, run_suite

HERE = Path(__file__).parent
DESK = HERE / "flows" / "desk" / "desk.yaml"
DESK_CASES = HERE / "test_desk_conversations.yaml"

app = typer.Typer()
app.command()(test_cmd.test_command)


def write_case(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "test_wrong.yaml"
    path.write_text(f"flow: {DESK}\ncases:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return path


WRONG = """\
- name: expects the wrong state
  steps:
    - user: sí
      state: greeting
      say_contains: ¿Cuál es su código?
    - user: AB12
      say_contains: El color es
"""


def test_the_desk_cases_pass_through_the_command() -> None:
    result = CliRunner().invoke(app, [str(DESK_CASES)])
    assert result.exit_code == 0, result.output
    assert "15 passed, 0 failed" in result.output
    assert "coverage of" in result.output and "transitions" in result.output


def test_a_wrong_expectation_fails_with_its_file_and_line(tmp_path: Path) -> None:
    path = write_case(tmp_path, WRONG)
    result = CliRunner().invoke(app, [str(path), "--no-coverage"])
    assert result.exit_code == 1
    assert "0 passed, 1 failed" in result.output
    assert f"FAIL {path}:3 expects the wrong state" in result.output
    assert "test_wrong.yaml:6: after user 'sí': expected state 'greeting', the call is in 'form.code.ask'" \
        in result.output
    assert "test_wrong.yaml:9: after user 'AB12': expected the agent to say 'El color es'" in result.output
    assert "the agent said: 'El código es AB12, ¿correcto?'" in result.output
    # The expectation that held is not reported.
    assert "test_wrong.yaml:7" not in result.output


def test_pytest_collects_yaml_cases_and_reports_the_line(tmp_path: Path) -> None:
    write_case(tmp_path, WRONG)
    (tmp_path / "test_right.yaml").write_text(
        f"flow: {DESK}\ncases:\n  - name: greets\n    steps:\n      - say_contains: Hola\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--rootdir",
                           str(tmp_path), str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert "1 failed, 1 passed" in done.stdout, done.stdout
    assert "test_wrong.yaml:6: after user 'sí': expected state 'greeting'" in done.stdout


def test_a_malformed_test_file_is_reported_at_its_line(tmp_path: Path) -> None:
    path = write_case(tmp_path, "- name: typo\n  steps:\n    - user: sí\n      stat: greeting\n")
    with pytest.raises(CaseFileError) as error:
        load_case_file(path)
    assert error.value.mark.line == 6 and "unknown key 'stat'" in error.value.message
    result = CliRunner().invoke(app, [str(path)])
    assert result.exit_code == 1 and "test_wrong.yaml:6" in result.output


def test_a_step_takes_one_input(tmp_path: Path) -> None:
    path = write_case(tmp_path, "- name: two\n  steps:\n    - {user: sí, silence: true}\n")
    with pytest.raises(CaseFileError, match="one input"):
        load_case_file(path)


def test_a_template_error_during_a_case_fails_it(tmp_path: Path) -> None:
    flow = tmp_path / "flow"
    (flow / "prompts" / "t" / "es-MX").mkdir(parents=True)
    (flow / "t.yaml").write_text("version: 1\nname: t\nlocales: [es-MX]\nstates:\n  a: {say: hello, final: true}\n")
    (flow / "prompts" / "t" / "es-MX" / "hello.j2").write_text("{{ 1 / 0 }}")
    case = tmp_path / "test_t.yaml"
    case.write_text("flow: flow/t.yaml\ncases:\n  - name: broken\n    steps:\n      - ended: true\n")
    result = run_file(case)
    assert not result.passed
    assert "the call logged an error (template): hello: ZeroDivisionError" in str(result.results[0].failures[0])


def test_coverage_counts_what_the_cases_exercised(tmp_path: Path) -> None:
    suite = run_suite([DESK_CASES])
    coverage = suite.coverage[DESK.resolve()]
    covered, total = coverage.counts("transitions")
    assert covered == total
    assert coverage.percent("steps") == coverage.percent("intents") == coverage.percent("reprompts") == 100.0
    partial = run_suite([write_case(tmp_path, "- name: greets\n  steps:\n    - user: sí\n")])
    coverage = partial.coverage[DESK.resolve()]
    missing = {item.label for item in coverage.missing("transitions")}
    assert "check → not_found" in missing and "greeting → form.code.ask" not in missing
    assert "intent repeat → (stays)" in missing
    assert any(line.startswith("    ") and "desk.yaml:" in line for line in coverage.report().splitlines())


def test_min_coverage_fails_the_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, [str(write_case(tmp_path, "- name: greets\n  steps:\n    - state: greeting\n")),
                                      "--min-coverage", "95"])
    assert result.exit_code == 1
    assert "1 passed, 0 failed" in result.output
    assert "coverage too low" in result.output and "% of transitions < 95%" in result.output
    assert CliRunner().invoke(app, [str(DESK_CASES), "--min-coverage", "95"]).exit_code == 0


def test_coverage_of_a_flow_nobody_tested_is_zero(desk: object) -> None:
    coverage = Coverage(desk)  # type: ignore[arg-type]
    assert coverage.percent() == 0.0
    assert len(coverage.missing("transitions")) == coverage.counts("transitions")[1]
