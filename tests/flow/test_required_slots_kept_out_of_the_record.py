"""`record: false` with `required` (the default): `validate` warns (W224) at the slot's `record:`.

Why it is suspicious, shown on Daisy: `field_to_fix` (which value the driver wants to correct) is filled only
when the driver says the summary is wrong. Declared required, it is counted by the record's computed status,
so a driver who confirms the summary at once ends with a `partial` record though every value of the
registration is there. Daisy declares it `required: false` and validates clean."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.flow import validate_file

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
# The README's call, the summary confirmed at once.
CALL = ["sí, dígame", "Juan Pérez López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí",
        "mil doscientos", "sí", "x y z nueve ocho siete seis", "sí", "a las dos y media de la tarde", "sí",
        "juan punto perez arroba gmail punto com", "sí", "sí", "sí"]
DECLARED = """    required: false
    record: false             # steers the call (which value to ask again), not a value of the registration\n"""


def daisy_variant(tmp_path: Path, declaration: str) -> Path:
    """Daisy with field_to_fix's `required: false` / `record: false` lines replaced by `declaration`."""
    text = DAISY.read_text("utf-8")
    assert DECLARED in text
    folder = tmp_path / "project"
    (folder / "flows").mkdir(parents=True)
    (folder / "prompts").mkdir()
    (folder / "prompts" / "daisy").symlink_to(ROOT / "prompts" / "daisy", target_is_directory=True)
    path = folder / "flows" / "daisy.yaml"
    path.write_text(text.replace(DECLARED, declaration), "utf-8")
    return path


def invoke(*args: str, stdin: str = "") -> Any:
    return CliRunner().invoke(app, list(args), input=stdin)


def w224(path: Path) -> list[tuple[int, int]]:
    return [(d.mark.line, d.mark.column) for d in validate_file(path).report.diagnostics if d.code == "W224"]


def status_after_the_call(flow: Path, tmp_path: Path) -> str:
    db = tmp_path / f"{flow.parent.parent.name}.db"
    result: Any = invoke("run", str(flow), "--records", str(db), "--phone", "+5215550301", stdin="\n".join(CALL) + "\n")
    assert result.exit_code == 0, (result.output, result.stderr)
    listed = invoke("records", "list", "--records", str(db))
    return str(listed.stdout).splitlines()[1].split("\t")[4]


def test_daisy_declares_field_to_fix_not_required_and_validates_clean() -> None:
    assert w224(DAISY) == []


@pytest.mark.parametrize("declaration", ["    record: false\n", "    required: true\n    record: false\n"],
                         ids=["required by default", "required: true"])
def test_a_required_slot_kept_out_of_the_record_is_a_warning_at_its_record_key(
    tmp_path: Path, declaration: str
) -> None:
    flow = daisy_variant(tmp_path, declaration)
    line = next(n for n, text in enumerate(flow.read_text("utf-8").splitlines(), 1)
                if re.match(r"^  field_to_fix:", text))
    assert w224(flow) == [(line + declaration.count("\n") + 2, 5)]  # type, description, then the declaration
    assert invoke("validate", str(flow)).exit_code == 0  # a warning: the flow still runs
    strict: Any = invoke("validate", "--strict", str(flow))
    assert strict.exit_code == 1 and "W224" in strict.output and "required: false" in strict.output
    assert ("(the default)" in strict.output) == ("required: true" not in declaration)


def test_why_a_required_unrecorded_slot_leaves_a_finished_registration_partial(tmp_path: Path) -> None:
    assert status_after_the_call(DAISY, tmp_path) == "complete"
    required = daisy_variant(tmp_path, "    record: false\n")
    assert status_after_the_call(required, tmp_path) == "partial"
