"""Validating the same flow again in one process (an editor's checker, `daisy-engine test`, a test run)
sees every edit since: a template's analysis is remembered by its text, never by its file, so a template
edited to read an unknown variable, or to break its syntax, is reported the next time, and mended, is clean."""

from __future__ import annotations

import shutil
from pathlib import Path

from daisy_engine.flow import validate_file

ROOT = Path(__file__).resolve().parents[2]


def test_an_edited_template_is_checked_again_each_time(tmp_path: Path) -> None:
    shutil.copy(ROOT / "flows" / "daisy.yaml", tmp_path / "daisy.yaml")
    shutil.copytree(ROOT / "prompts" / "daisy", tmp_path / "prompts" / "daisy")
    flow = tmp_path / "daisy.yaml"
    template = tmp_path / "prompts" / "daisy" / "es-MX" / "goodbye.j2"
    original = template.read_text("utf-8")
    assert validate_file(flow).ok

    template.write_text(original + "{{ no_such_variable }}\n", "utf-8")
    found = [(d.code, d.mark.line) for d in validate_file(flow).report.diagnostics if d.code.startswith("E4")]
    assert found == [("E403", original.count("\n") + 1)]

    template.write_text(original + "{% if %}\n", "utf-8")
    assert [d.code for d in validate_file(flow).report.errors] == ["E402"]
    assert [d.code for d in validate_file(flow).report.errors] == ["E402"]  # an error is not remembered as clean

    template.write_text(original, "utf-8")
    assert validate_file(flow).ok
    # The same text in another flow that lacks what it reads is still reported for that flow.
    (tmp_path / "daisy.yaml").write_text(
        flow.read_text("utf-8").replace("company:", "firm:", 1).replace("{{ company }}", "{{ firm }}"), "utf-8")
    assert any(d.code == "E403" and "company" in d.message for d in validate_file(flow).report.errors)
