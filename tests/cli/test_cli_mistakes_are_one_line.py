"""Every mistake a person can make on the command line — a missing file, a folder where a file goes, a bad
option value, a malformed environment setting, a bad `--set` — is one line on stderr with the same
prefix (`error:`, or `FILE[:LINE]: error:` when a file is involved) saying what is wrong and how to fix
it, and a non-zero exit; never click's usage block, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_helpers import DAISY, ROOT
from typer.testing import CliRunner

from daisy_engine.cli.app import app

EVAL_CASES = ROOT / "tests" / "data" / "eval_cases.jsonl"
LINE = re.compile(r"^(?:(?P<file>\S.*?): )?error: \S")
NO_LIVEKIT = {"LIVEKIT_URL": None, "LIVEKIT_API_KEY": None, "LIVEKIT_API_SECRET": None}
BAD_URL = {"LIVEKIT_URL": "notaurl", "LIVEKIT_API_KEY": "k", "LIVEKIT_API_SECRET": "s", "OPENAI_API_KEY": "x"}

# (id, arguments with {tmp} for a scratch folder, environment, exit status, words the line must hold,
#  the file the line must start with or None)
CASES = [
    ("unknown command", ["nosuchcmd"], {}, 2, "no such command 'nosuchcmd'", None),
    ("validate without a file", ["validate"], {}, 2, "missing argument", None),
    ("validate bad --format", ["validate", "--format", "xml", str(DAISY)], {}, 2, "'xml'", None),
    ("unknown option", ["validate", "--no-such-option", str(DAISY)], {}, 2, "--no-such-option", None),
    ("graph into a missing folder", ["graph", str(DAISY), "-o", "{tmp}/missing/x.md"], {}, 1,
     "no such file or directory", "{tmp}/missing/x.md"),
    ("graph into a folder", ["graph", str(DAISY), "-o", "{tmp}/folder.md"], {}, 1, "is a directory",
     "{tmp}/folder.md"),
    ("graph unknown extension", ["graph", str(DAISY), "-o", "{tmp}/x.txt"], {}, 2, "unknown extension '.txt'",
     "{tmp}/x.txt"),
    ("init bad name", ["init", "Bad-Name", "--dir", "{tmp}"], {}, 2, "lower_snake_case", None),
    ("init into a file", ["init", "good", "--dir", str(DAISY)], {}, 1, "not a directory", str(DAISY)),
    ("test missing path", ["test", "{tmp}/nope"], {}, 1, "no such file or folder", "{tmp}/nope"),
    ("test empty folder", ["test", "{tmp}/folder.md"], {}, 1, "no conversation test files", None),
    ("eval missing file", ["eval", "{tmp}/nope.jsonl"], {}, 2, "file not found", "{tmp}/nope.jsonl"),
    ("eval a folder", ["eval", "{tmp}"], {}, 2, "is a directory", "{tmp}"),
    ("eval bad --format", ["eval", str(EVAL_CASES), "--format", "xml"], {}, 2, "use text or json", None),
    ("replay labels folder", ["replay", str(DAISY), "-l", "{tmp}", "-t", "{tmp}"], {}, 2,
     "cannot read the labels (is a directory)", "{tmp}"),
    ("replay bad --field", ["replay", str(DAISY), "-l", "x", "-t", "y", "--field", "name"], {}, 2, "FIELD=SLOT",
     None),
    ("run records in a folder", ["run", str(DAISY), "--records", "{tmp}"], NO_LIVEKIT, 1, "is a directory", None),
    ("run bad --set", ["run", str(DAISY), "--records", "{tmp}/r.db", "--set", "company"], NO_LIVEKIT, 2,
     "expected NAME=VALUE", None),
    ("run unknown --locale", ["run", str(DAISY), "--records", "{tmp}/r.db", "--locale", "fr-FR"], NO_LIVEKIT, 2,
     "not fr-FR", None),
    ("run LIVEKIT_URL not a URL", ["run", str(DAISY), "--records", "{tmp}/r.db"], BAD_URL, 2,
     "'notaurl' is not a LiveKit server URL", None),
    ("records bad --limit", ["records", "list", "--limit", "x"], {}, 2, "--limit", None),
    ("records show not a number", ["records", "show", "abc"], {}, 2, "record_id", None),
    ("records not SQLite", ["records", "list", "--records", "{tmp}/text.db"], {}, 1, "not a SQLite records file",
     None),
    ("records missing file", ["records", "export", "--records", "{tmp}/nope.db"], {}, 1, "no records file", None),
    ("token without --room", ["token"], {}, 2, "missing option '--room'", None),
    ("token without keys", ["token", "--room", "r"], NO_LIVEKIT, 1, "LIVEKIT_API_KEY", None),
    ("token bad --metadata", ["token", "--room", "r", "--metadata", "[1]"], BAD_URL, 2, "JSON object", None),
    ("call a bad number", ["call", "123", "--flow", str(DAISY)], {}, 2, "E.164", None),
    ("call bad --set", ["call", "+5215512345678", "--flow", str(DAISY), "--set", "x=1"], BAD_URL, 2,
     "not a context variable", None),
    ("call LIVEKIT_URL not a URL", ["call", "+5215512345678", "--flow", str(DAISY)], BAD_URL, 2,
     "'notaurl' is not a LiveKit server URL", None),
    ("call without LiveKit", ["call", "+5215512345678", "--flow", str(DAISY)], NO_LIVEKIT, 2, "not configured",
     None),
    ("sip LIVEKIT_URL not a URL", ["sip", "list"], BAD_URL, 2, "'notaurl' is not a LiveKit server URL", None),
    ("sip setup without a flow", ["sip", "setup", "--number", "+15551230000"], BAD_URL, 2, "--agent-name", None),
    ("callbacks LIVEKIT_URL not a URL", ["callbacks", "run", "--flow", str(DAISY), "--once"], BAD_URL, 2,
     "'notaurl' is not a LiveKit server URL", None),
    ("callbacks records in a folder", ["callbacks", "list", "--records", "{tmp}"], {}, 1, "is a directory", None),
    ("callbacks bad --phone", ["callbacks", "attempts", "--phone", "12"], {}, 2, "E.164", None),
]


@pytest.mark.parametrize(("args", "env", "status", "words", "file"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_a_mistake_is_one_error_line_and_a_non_zero_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str | None], status: int,
    words: str, file: str | None,
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./.env of the developer's
    (tmp_path / "folder.md").mkdir()
    (tmp_path / "text.db").write_text("not a database\n")
    result = CliRunner().invoke(app, [arg.replace("{tmp}", str(tmp_path)) for arg in args], env=env)
    assert result.exit_code == status, (result.output, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    [line] = lines
    match = LINE.match(line)
    assert match is not None, line
    assert words in line, line
    if file is not None:
        assert match["file"] == file.replace("{tmp}", str(tmp_path)), line
    assert "Usage:" not in result.output and "Traceback" not in result.output
