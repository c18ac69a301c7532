"""`daisy-engine replay`: the real-call figure from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from daisy_engine.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "real_calls"
FLOW = str(ROOT / "flows" / "daisy.yaml")


def test_replay_reports_each_field_next_to_the_old_system() -> None:
    done = CliRunner().invoke(
        app, ["replay", FLOW, "--labels", str(DATA / "labels.json"), "--transcripts", str(DATA / "transcripts")]
    )
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[0].split() == ["field", "labelled", "engine", "old", "system"]
    assert any(line.startswith("tractor_plates") for line in lines)
    assert lines[-1].startswith("accuracy: ") and "old system 0.8594 (55/64)" in lines[-1]


def test_replay_json_holds_every_call(tmp_path: Path) -> None:
    done = CliRunner().invoke(
        app, ["replay", FLOW, "-l", str(DATA / "labels.json"), "-t", str(DATA / "transcripts"), "--format", "json"]
    )
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    assert len(report["calls"]) == 15 and report["overall"]["total"] == 64


def test_replay_of_other_calls_with_their_own_field_names(tmp_path: Path) -> None:
    transcripts = tmp_path / "t"
    transcripts.mkdir()
    items = [
        {"type": "message", "role": "assistant", "content": ["¿Su nombre completo?"]},
        {"type": "message", "role": "user", "content": ["Rosa Medina Ruiz"]},
        {"type": "message", "role": "assistant", "content": ["Gracias. ¿El número de su tractor?"]},
        {"type": "message", "role": "user", "content": ["Ochenta y uno"]},
        {"type": "message", "role": "assistant", "content": ["El 81, ¿correcto?"]},
        {"type": "message", "role": "user", "content": ["Sí"]},
    ]
    (transcripts / "transcript_room-abc_1.json").write_text(json.dumps({"transcript": {"items": items}}), "utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(
        json.dumps(
            {
                "room-abc": {
                    "labels": {"driver": "Rosa Medina Ruiz", "unit": "81"},
                    "old_system": {"driver": None, "unit": "81"},
                }
            }
        ),
        "utf-8",
    )
    done = CliRunner().invoke(
        app,
        [
            "replay",
            FLOW,
            "-l",
            str(labels),
            "-t",
            str(transcripts),
            "--field",
            "driver=full_name",
            "--field",
            "unit=tractor_number",
        ],
    )
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[-1] == "accuracy: 1.0000 (2/2); old system 0.5000 (1/2)"


def test_replay_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["replay", FLOW, "-l", str(tmp_path / "none.json"), "-t", str(tmp_path)])
    assert done.exit_code == 2 and "cannot read the labels" in done.output
    assert "Traceback" not in done.output
    bad = CliRunner().invoke(
        app, ["replay", FLOW, "-l", str(DATA / "labels.json"), "-t", str(DATA / "transcripts"), "--field", "name"]
    )
    assert bad.exit_code == 2 and "FIELD=SLOT" in bad.output
