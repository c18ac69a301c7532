"""Python tool modules come from the flow's own folder, and never shadow an installed module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CLI = Path(sys.executable).with_name("daisy-engine")

FLOW = """\
version: 1
name: shadow
locales: [en-US]
tools:
  work: {python: "shadow_tools:work"}
  mail: {builtin: email, timeout: 2, settings: {host: 127.0.0.1, port: 9, to: a@example.com}}
slots:
  word: {type: "shadow_types:word"}
states:
  start:
    say: hello
    on:
      - {on: yes, to: working}
      - {on: no, to: bye}
  working:
    on_enter: [{call: work}, {call: mail}]
    on:
      - {on: done, to: bye}
      - {on: tool_error, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
"""

TOOLS = """\
import json, smtplib
def work():
    return {"json": json.__file__}
"""
TYPES = "def word(text, locale, options):\n    return text.strip() or None\n"


def impostor(folder: Path, name: str) -> Path:
    """A module named like an installed one that leaves a mark when anything imports it."""
    marker = folder / f"{name}-was-imported"
    (folder / f"{name}.py").write_text(f"open({str(marker)!r}, 'w').close()\n", "utf-8")
    return marker


def shadow_flow(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "shadow_tools.py").write_text(TOOLS, "utf-8")
    (folder / "shadow_types.py").write_text(TYPES, "utf-8")
    prompts = folder / "prompts" / "shadow" / "en-US"
    prompts.mkdir(parents=True)
    for name in ("hello", "bye"):
        (prompts / f"{name}.j2").write_text(f"{name} line", "utf-8")
    path = folder / "shadow.yaml"
    path.write_text(FLOW, "utf-8")
    return path


def test_modules_in_the_working_folder_or_the_flows_folder_never_shadow_installed_ones(tmp_path: Path) -> None:
    flow = shadow_flow(tmp_path / "flow")
    here = tmp_path / "here"
    here.mkdir()
    marks = [
        impostor(folder, name)
        for folder in (here, tmp_path / "flow")
        for name in ("smtplib", "json", "rapidfuzz", "jinja2")
    ]
    for command, stdin in (("validate", ""), ("run", "yes\n")):
        args = [str(CLI), command, str(flow)] + (["--records", str(tmp_path / "r.db")] if command == "run" else [])
        done = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=120, cwd=here)
        assert done.returncode == 0, done.stdout + done.stderr
    assert [mark.name for mark in marks if mark.exists()] == []


def test_validate_says_which_modules_it_imports(tmp_path: Path) -> None:
    flow = shadow_flow(tmp_path)
    done = subprocess.run(
        [str(CLI), "validate", "shadow.yaml"], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "imported shadow_tools from shadow_tools.py in a separate process, to check work" in done.stderr
    assert "imported shadow_types from shadow_types.py in a separate process, to check word" in done.stderr
    assert flow.exists()


def test_a_tool_named_after_an_installed_module_is_a_located_error(tmp_path: Path) -> None:
    flow = shadow_flow(tmp_path)
    flow.write_text(flow.read_text("utf-8").replace('"shadow_tools:work"', '"json:dumps"'), "utf-8")
    (tmp_path / "json.py").write_text("def dumps():\n    return 1\n", "utf-8")
    done = subprocess.run(
        [str(CLI), "validate", "shadow.yaml"], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 1
    errors = [line for line in done.stdout.splitlines() if ": error[" in line]
    assert len(errors) == 1
    assert errors[0].startswith("shadow.yaml:5:") and "E501" in errors[0]
    assert "not a module in the flow's folder" in errors[0] and "rename" in errors[0]
