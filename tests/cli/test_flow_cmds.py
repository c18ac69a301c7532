"""`daisy-engine validate | graph | schema | init`: exit codes, output formats, and what they import."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.flow import validate_file
from daisy_engine.flow.schema import schema_text
from daisy_engine.flow.yaml_source import load_yaml

FLOW_TESTS = Path(__file__).resolve().parents[1] / "flow"
FIXTURES = FLOW_TESTS / "fixtures"
GALLERY = FLOW_TESTS / "gallery"
MINI = FIXTURES / "mini.yaml"
WARNING_ONLY = GALLERY / "w301_unreachable_state.yaml"
ERRORS = GALLERY / "several_semantic_problems.yaml"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    shutil.copy(MINI, tmp_path / "mini.yaml")
    shutil.copytree(FIXTURES / "prompts", tmp_path / "prompts")
    return tmp_path / "mini.yaml"


# --- validate ------------------------------------------------------------------------------------------


def test_validate_valid_flow_exits_0_and_prints_only_the_summary() -> None:
    result = run("validate", str(MINI))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "1 flow file(s) checked: 0 error(s), 0 warning(s)"


def test_validate_flow_with_errors_exits_1_and_prints_every_error() -> None:
    result = run("validate", str(ERRORS))
    assert result.exit_code == 1
    assert [line.split(": ")[1] for line in result.stdout.splitlines() if not line.startswith("  hint:")] == [
        "error[E210]", "error[E505]", "error[E202]", "error[E403]", "error[E201]"]  # in file order
    assert result.stdout.count("\n  hint: ") == 5
    assert "1 flow file(s) checked: 5 error(s), 0 warning(s)" in result.stderr


def test_validate_warnings_pass_unless_strict() -> None:
    relaxed = run("validate", str(WARNING_ONLY))
    assert relaxed.exit_code == 0
    assert "warning[W301]: state 'farewell' is unreachable" in relaxed.stdout
    strict = run("validate", "--strict", str(WARNING_ONLY))
    assert strict.exit_code == 1
    assert strict.stdout == relaxed.stdout


@pytest.mark.parametrize("args", [[], ["--format", "xml", str(MINI)], ["--no-such-option", str(MINI)]],
                         ids=["no_file", "bad_format", "unknown_option"])
def test_validate_usage_errors_exit_2(args: list[str]) -> None:
    result = run("validate", *args)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()  # one line, not click's usage block
    assert line.startswith("error: ") and line.endswith("(see 'daisy-engine validate --help')")


def test_validate_json_lists_every_diagnostic_with_its_fields() -> None:
    result = run("validate", "--format", "json", str(ERRORS), str(WARNING_ONLY))
    assert result.exit_code == 1
    items = json.loads(result.stdout)
    assert all(set(item) == {"file", "line", "column", "code", "severity", "message", "hint"} for item in items)
    expected = [validate_file(path).report.diagnostics for path in (ERRORS, WARNING_ONLY)]
    got = {(i["file"], i["line"], i["column"], i["code"], i["severity"], i["message"], i["hint"]) for i in items}
    assert got == {(d.mark.file, d.mark.line, d.mark.column, d.code, d.severity.value, d.message, d.hint)
                   for report in expected for d in report}
    assert {i["severity"] for i in items} == {"error", "warning"}
    assert result.stderr == ""  # nothing but JSON, for tools


def test_validate_json_of_a_clean_flow_is_an_empty_list() -> None:
    result = run("validate", "-f", "json", str(MINI))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_validate_github_prints_workflow_annotations(tmp_path: Path) -> None:
    flow = tmp_path / "flow.yaml"
    flow.write_text((GALLERY / "e201_unknown_state.yaml").read_text().replace("to: goodby}", "to: '100%'}"))
    (tmp_path / "prompts").symlink_to(GALLERY / "prompts", target_is_directory=True)
    result = run("validate", "--format", "github", str(flow), str(WARNING_ONLY))
    assert result.exit_code == 1
    error, warning = result.stdout.splitlines()
    assert error.startswith(f"::error file={flow},line=9,col=23,title=E201::unknown state '100%25' (hint: ")
    assert warning.startswith("::warning file=") and ",line=10,col=3,title=W301::state 'farewell'" in warning


def test_validate_several_files_at_once_reports_them_all_sorted() -> None:
    flows = [GALLERY / "e201_unknown_state.yaml", MINI, WARNING_ONLY, GALLERY / "e005_tab_indent.yaml"]
    result = run("validate", *map(str, flows))
    assert result.exit_code == 1
    located = [line.split(": ")[0] for line in result.stdout.splitlines() if not line.startswith("  ")]
    assert [Path(loc.rsplit(":", 2)[0]).name for loc in located] == [
        "e005_tab_indent.yaml", "e201_unknown_state.yaml", "w301_unreachable_state.yaml"]
    assert "4 flow file(s) checked: 2 error(s), 1 warning(s)" in result.stderr


def test_validate_prints_paths_relative_to_the_working_directory(
    mini_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mini_copy.write_text(mini_copy.read_text().replace("{on: no, to: goodbye}", "{on: no, to: goodby}"))
    monkeypatch.chdir(mini_copy.parent)
    result = run("validate", str(mini_copy))
    assert result.stdout == "mini.yaml:17:22: error[E201]: unknown state 'goodby'\n  hint: did you mean 'goodbye'?\n"


# --- schema --------------------------------------------------------------------------------------------


def test_schema_prints_json_that_validates_flow_files() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert result.stdout == schema_text()
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    # The data as flow files are read (YAML 1.2: `on: yes` is the word "yes", not a boolean key).
    assert list(validator.iter_errors(load_yaml(MINI, "mini.yaml").data)) == []
    broken = load_yaml(GALLERY / "e101_unknown_key.yaml", "e101.yaml").data
    assert [e.validator for e in validator.iter_errors(broken)] == ["additionalProperties"]


# --- init ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["en-US", "es-MX"])
def test_init_creates_a_flow_with_no_errors_and_no_warnings(tmp_path: Path, locale: str) -> None:
    result = run("init", "clinic_reminder", "--dir", str(tmp_path), "--locale", locale)
    assert result.exit_code == 0, result.output
    flow = tmp_path / "flows" / "clinic_reminder.yaml"
    assert f"created {flow}" in result.stdout
    assert (tmp_path / "prompts" / "clinic_reminder" / locale / "greeting.j2").is_file()
    report = validate_file(flow).report
    assert report.diagnostics == [], [d.format_text() for d in report.diagnostics]
    assert run("validate", "--strict", str(flow)).exit_code == 0


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    assert run("init", "clinic", "--dir", str(tmp_path)).exit_code == 0
    flow = tmp_path / "flows" / "clinic.yaml"
    flow.write_text("# my edits\n")
    again = run("init", "clinic", "--dir", str(tmp_path))
    assert again.exit_code == 2
    assert "already exists; pass --force to overwrite" in again.stderr
    assert flow.read_text() == "# my edits\n"
    forced = run("init", "clinic", "--dir", str(tmp_path), "--force")
    assert forced.exit_code == 0
    assert validate_file(flow).ok


@pytest.mark.parametrize(("args", "message"), [
    (["Clinic-Reminder"], "'Clinic-Reminder' is not a valid flow name; use lower_snake_case"),
    (["9lives"], "'9lives' is not a valid flow name"),
    (["clinic", "--locale", "spanish"], "'spanish' is not a locale"),
])
def test_init_bad_name_or_locale_exits_2_with_a_message(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("init", *args, "--dir", str(tmp_path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- help, imports -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "words"), [
    ("validate", ["FLOW...", "--format", "--strict", "Exit status"]),
    ("graph", ["FLOW", "--output", "Graphviz"]),
    ("schema", ["JSON Schema"]),
    ("init", ["NAME", "--dir", "--locale", "--force"]),
])
def test_each_command_has_help(command: str, words: list[str]) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: daisy-engine {command} ")
    for word in words:
        assert word in result.stdout


def test_flow_commands_never_import_livekit(tmp_path: Path) -> None:
    """Designers run `validate` on every save: it must not pay for (or need) the voice stack."""
    script = textwrap.dedent(f"""
        import sys
        from typer.testing import CliRunner
        from daisy_engine.cli.app import app

        runner = CliRunner()
        commands = {{
            "validate --help": ["validate", "--help"],
            "validate": ["validate", {str(MINI)!r}],
            "graph": ["graph", {str(MINI)!r}],
            "schema": ["schema"],
            "init": ["init", "probe", "--dir", {str(tmp_path)!r}],
        }}
        for name, args in commands.items():
            result = runner.invoke(app, args)
            assert result.exit_code == 0, (name, result.output)
            loaded = sorted(m for m in sys.modules if m.startswith("livekit"))
            assert not loaded, f"`daisy-engine {{name}}` imported {{loaded[:3]}}"
        print("no livekit")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no livekit"


def test_help_and_the_console_never_import_livekit(tmp_path: Path) -> None:
    """Every command's --help, and a whole console call (LIVEKIT_URL unset, or set with --console), run
    without the voice stack: they must work where the [livekit] extra is not installed."""
    daisy = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
    records = str(tmp_path / "r.db")
    script = textwrap.dedent(f"""
        import sys
        from typer.testing import CliRunner
        from daisy_engine.cli.app import app

        runner = CliRunner()
        helps = [[], ["run"], ["token"], ["call"], ["sip"], ["sip", "setup"], ["sip", "list"], ["callbacks"],
                 ["callbacks", "run"], ["callbacks", "list"], ["callbacks", "attempts"], ["records"], ["test"]]
        calls = {{
            "console": ({{"LIVEKIT_URL": ""}}, []),
            "--console with LIVEKIT_URL": ({{"LIVEKIT_URL": "ws://127.0.0.1:9"}}, ["--console"]),
        }}
        for args in helps:
            result = runner.invoke(app, [*args, "--help"])
            assert result.exit_code == 0 and "Usage" in result.output, (args, result.output)
        for name, (env, extra) in calls.items():
            result = runner.invoke(app, ["run", {str(daisy)!r}, *extra, "--records", {records!r}],
                                   input="sí\\nJuan Pérez\\nsí\\n/dtmf 4512#\\n/hangup\\n", env=env)
            assert result.exit_code == 0 and "4512" in result.output, (name, result.output)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] == "livekit")
        assert not loaded, loaded[:3]
        print("no livekit")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no livekit"
