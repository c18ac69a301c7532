"""Loading flow files: every way a file can be unreadable gives exactly one clear, located error.

Both through the API (`validate_file`, `load_flow`) and through `daisy-engine validate`, which must
exit 1 and print the location, never a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.flow import FlowError, load_flow, validate_file
from daisy_engine.flow.yaml_source import load_yaml


def _write(name: str, content: str | bytes) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
        return path

    return make


def _directory(tmp_path: Path) -> Path:
    (tmp_path / "flows").mkdir()
    return tmp_path / "flows"


def _fifty_megabytes(tmp_path: Path) -> Path:
    path = tmp_path / "huge.yaml"
    with path.open("w") as out:
        out.write("version: 1\nname: huge\n")
        out.writelines(f"# padding line {n:08d} {'-' * 1000}\n" for n in range(50 * 1024))
    return path


BILLION_LAUGHS = "version: 1\n" + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 9)
)

# name -> (make the file in tmp_path, code, line, column, words the message must contain)
BROKEN: dict[str, tuple[Callable[[Path], Path], str, int, int, str]] = {
    "list_at_top_level": (_write("list.yaml", "- version: 1\n- name: x\n"), "E007", 1, 1, "mapping"),
    "plain_text": (_write("text.yaml", "\nHello, this is not a flow.\n"), "E007", 2, 1, "mapping"),
    "empty_file": (_write("empty.yaml", ""), "E007", 1, 1, "empty"),
    "only_comments": (_write("comments.yaml", "# todo\n\n   \n"), "E007", 1, 1, "empty"),
    "two_documents": (_write("two.yaml", "version: 1\n---\nversion: 2\n"), "E007", 2, 1, "more than one"),
    "second_document_only_a_comment": (_write("two2.yaml", "version: 1\n---\n#"), "E007", 2, 1, "more than one"),
    "document_marker_then_comment": (_write("marker.yaml", "---\n#"), "E007", 2, 2, "mapping"),
    "binary_garbage": (_write("garbage.yaml", bytes(range(256)) * 4), "E003", 1, 1, "binary"),
    "not_utf8": (_write("latin1.yaml", "version: 1\nname: daisy\n# Se\xf1or\n".encode("latin-1")), "E003", 3, 1,
                 "UTF-8"),
    "fifty_megabytes": (_fifty_megabytes, "E002", 1, 1, "too large"),
    "bracket_bomb": (_write("bomb.yaml", "version: 1\nstates: " + "[" * 50_000 + "]" * 50_000), "E004", 2, 72,
                     "nested"),
    "billion_laughs": (_write("laughs.yaml", BILLION_LAUGHS), "E004", 2, 45, "expands"),
    "alias_that_contains_itself": (_write("loop.yaml", "version: 1\nstates: &s {loop: *s}\n"), "E004", 2, 9,
                                   "nested"),
    "merge_that_contains_itself": (_write("merge.yaml", "version: 1\nstates: &s {<<: *s}\n"), "E004", 2, 9,
                                   "nested"),
    "duplicate_keys": (_write("dup.yaml", "version: 1\nname: a\nlocales: [es-MX]\nname: b\n"), "E008", 4, 1,
                       "duplicate key 'name' (first defined at line 2)"),
    "tab_indentation": (_write("tabs.yaml", "version: 1\nstates:\n  greeting:\n  \tsay: hi\n"), "E005", 4, 3,
                        "tab"),
    "missing_file": (lambda tmp_path: tmp_path / "nope.yaml", "E001", 1, 1, "not found"),
    "directory": (_directory, "E001", 1, 1, "directory"),
    "syntax_error": (_write("syntax.yaml", "version: 1\nname: \"daisy\nlocales: [es-MX]\n"), "E006", 4, 1,
                     "syntax"),
    "bad_tagged_value": (_write("tag.yaml", "version: !!int one\n"), "E006", 1, 10, "cannot read 'one' as int"),
    "binary_tagged_value": (_write("bin.yaml", "version: 1\nname: !!binary ZGFpc3k=\n"), "E006", 2, 7,
                            "cannot be used"),
    "key_that_is_a_list": (_write("key.yaml", "version: 1\n[a, b]: c\n"), "E006", 2, 1, "plain word"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_file_gives_exactly_one_located_error(case: str, tmp_path: Path) -> None:
    make, code, line, column, words = BROKEN[case]
    path = make(tmp_path)
    result = validate_file(path)
    assert result.flow is None and not result.ok
    (diagnostic,) = result.report.diagnostics
    assert (diagnostic.code, diagnostic.mark.line, diagnostic.mark.column) == (code, line, column)
    assert Path(diagnostic.mark.file).resolve() == path.resolve()
    assert words in diagnostic.message
    assert diagnostic.hint
    assert "\n" not in diagnostic.message  # one readable line; the hint goes on the next


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validate_command_reports_broken_file_without_traceback(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, code, line, column, _ = BROKEN[case]
    path = make(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", path.name])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == f"{path.name}:{line}:{column}: error[{code}]: " + (
        validate_file(path).report.diagnostics[0].message
    )
    assert "1 error(s), 0 warning(s)" in result.stderr


def test_installed_command_reports_every_broken_file_and_exits_1(tmp_path: Path) -> None:
    """The real entry point, in a subprocess: a crash would show as a traceback on stderr."""
    paths = []
    for case in sorted(BROKEN):
        (tmp_path / case).mkdir()
        paths.append(BROKEN[case][0](tmp_path / case))
    command = Path(sys.executable).parent / "daisy-engine"
    done = subprocess.run(
        [str(command), "validate", *map(str, paths)],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    for case, path in zip(sorted(BROKEN), paths, strict=True):
        _, code, line, column, _ = BROKEN[case]
        assert f"{path}:{line}:{column}: error[{code}]" in done.stdout
    assert f"{len(BROKEN)} flow file(s) checked: {len(BROKEN)} error(s)" in done.stderr


def test_yaml_12_booleans_on_yes_no_stay_words(mini_flow: Path) -> None:
    mini_flow.write_text(mini_flow.read_text().replace("{on: no, to: goodbye}", "{on: no, to: goodbye}\n"
                                                       "      - {on: off, to: goodbye}\n"
                                                       "      - {on: 'n', to: goodbye}"))
    data = load_yaml(mini_flow, "mini.yaml").data
    events = [t["on"] for t in data["states"]["greeting"]["on"]]
    assert events == ["yes", "no", "off", "n"]
    assert data["states"]["goodbye"]["final"] is True
    flow = validate_file(mini_flow).flow
    assert flow is not None
    assert [t.event for t in flow.states["greeting"].transitions] == ["yes", "no", "off", "n"]


def test_unquoted_date_is_read_as_the_text_written(mini_flow: Path) -> None:
    """YAML 1.2 has no implicit timestamps: `2024-13-45` is text, not a crash on month 13."""
    text = mini_flow.read_text().replace("name: mini\n", "name: mini\ndescription: 2024-13-45\n")
    mini_flow.write_text(text)
    result = validate_file(mini_flow)
    assert result.ok, [d.format_text() for d in result.report.diagnostics]
    assert result.flow is not None and result.flow.description == "2024-13-45"


def test_byte_order_mark_is_accepted(mini_flow: Path) -> None:
    mini_flow.write_bytes(b"\xef\xbb\xbf" + mini_flow.read_bytes())
    assert validate_file(mini_flow).ok


def test_load_flow_raises_flow_error_with_every_problem() -> None:
    gallery = Path(__file__).parent / "gallery"
    with pytest.raises(FlowError) as raised:
        load_flow(gallery / "several_semantic_problems.yaml")
    assert len(raised.value.report.errors) == 5
    assert "(and 4 more errors)" in str(raised.value)


def test_load_flow_strict_fails_on_warnings_only() -> None:
    flow_file = Path(__file__).parent / "gallery" / "w301_unreachable_state.yaml"
    assert load_flow(flow_file).name == "gallery"
    with pytest.raises(FlowError) as raised:
        load_flow(flow_file, strict=True)
    assert [d.code for d in raised.value.report.diagnostics] == ["W301"]


BRACKETS = "[" * 80


@pytest.mark.parametrize(
    "text",
    [
        f'version: 1\nnote: "{BRACKETS}"\n',  # inside a double-quoted scalar
        f"version: 1\nnote: '{BRACKETS}'\n",  # inside a single-quoted scalar
        f"version: 1\nnote: see {BRACKETS}\n",  # inside a plain scalar: not at a value's start
        f"version: 1\n# {BRACKETS}\n",  # in a comment
        f"version: 1\nnote: |\n  {BRACKETS}\n  more text\nname: x\n",  # in a literal block scalar
        f"version: 1\nitems: ['{BRACKETS}', \"{BRACKETS}\"]\n",  # quoted inside a flow sequence
        "version: 1\nitems: [it's, fine]\nother: [" + "[" * 30 + "]" * 30 + "]\n",  # `'` inside a plain word
    ],
)
def test_brackets_that_are_text_are_not_nesting(text: str, tmp_path: Path) -> None:
    """The bracket-depth check reads the text before any parser does: only real flow brackets count."""
    path = tmp_path / "text.yaml"
    path.write_text(text)
    assert load_yaml(path, "text.yaml").data["version"] == 1


@pytest.mark.parametrize("count", [65, 1_500, 100_000])
def test_runaway_brackets_are_our_error_whatever_the_parser_limit(count: int, tmp_path: Path) -> None:
    """PyYAML >= 6.0.4 has a nesting limit of its own; ours must speak first, at the same place."""
    path = tmp_path / "bomb.yaml"
    path.write_text("version: 1\nstates:\n  a: {b: " + "[" * count + "]" * count + "}\n")
    result = validate_file(path)
    [diagnostic] = result.report.diagnostics
    # the root mapping, `states`' mapping and `{b: ...}` are levels 1-3: the 62nd `[` (column 10 + 61) is level 65
    assert (diagnostic.code, diagnostic.mark.line, diagnostic.mark.column) == ("E004", 3, 10 + 61)
