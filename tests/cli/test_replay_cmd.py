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


def _dropped_at_read_backs(tmp_path: Path) -> tuple[Path, Path]:
    """Two calls that end at the agent's read-back (the driver gave the value, the line dropped): one labelled
    right, one whose label is another number than the one heard; a third confirms its value."""
    transcripts = tmp_path / "t"
    transcripts.mkdir()
    calls = {
        "room-drop1": ["Pedro Ramírez", "Treinta y dos"],
        "room-drop2": ["Rosa Medina Ruiz", "Ochenta y uno"],
        # "Cuarenta." ends as the recogniser ends a finished answer: "Cuarenta" cut by a pause may go on
        # ("... y dos"), and is held for the rest (test_unit_number_said_over_a_pause)
        "room-kept": ["Ana López", "Cuarenta.", "Sí"],
    }
    for room, caller in calls.items():
        items = [{"type": "message", "role": "assistant", "content": ["¿Su nombre completo?"]},
                 {"type": "message", "role": "user", "content": [caller[0]]},
                 {"type": "message", "role": "assistant", "content": ["Gracias. ¿El número de su tractor?"]},
                 *({"type": "message", "role": "user", "content": [turn]} for turn in caller[1:])]
        (transcripts / f"transcript_{room}_1.json").write_text(json.dumps({"transcript": {"items": items}}), "utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({
        "room-drop1": {"labels": {"name": "Pedro Ramírez", "tractor_number": "32"}, "old_system": {}},
        "room-drop2": {"labels": {"name": "Rosa Medina Ruiz", "tractor_number": "18"}, "old_system": {}},
        "room-kept": {"labels": {"name": "Ana López", "tractor_number": "40"}, "old_system": {}},
    }), "utf-8")
    return labels, transcripts


def test_replay_counts_fields_right_only_as_unconfirmed_values_apart(tmp_path: Path) -> None:
    """The accuracy counts confirmed values only, as before; a value heard right but never confirmed (the line
    dropped at its read-back) is counted on a line of its own, per field, and named in the call's miss."""
    labels, transcripts = _dropped_at_read_backs(tmp_path)
    done = CliRunner().invoke(app, ["replay", FLOW, "-l", str(labels), "-t", str(transcripts), "--field",
                                    "name=full_name", "--field", "tractor_number=tractor_number"])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[-1] == "accuracy: 0.6667 (4/6); old system 0.0000 (0/6)"
    assert lines[-2].startswith("right only unconfirmed: 1/6 ") and "(tractor_number 1)" in lines[-2]
    assert any(line.startswith("miss room-drop1 tractor_number: expected '32', got None, heard '32' unconfirmed")
               for line in lines)
    assert any(line.startswith("miss room-drop2 tractor_number: expected '18', got None, heard '81' unconfirmed")
               for line in lines)

    done = CliRunner().invoke(app, ["replay", FLOW, "-l", str(labels), "-t", str(transcripts), "-f", "json"])
    report = json.loads(done.output)
    assert report["overall"] == {"total": 6, "engine": 4, "old": 0, "unconfirmed": 1}
    assert report["fields"]["tractor_number"]["unconfirmed"] == 1 and report["fields"]["name"]["unconfirmed"] == 0
    dropped = next(call for call in report["calls"] if call["call"] == "room-drop1")
    assert dropped["fields"]["tractor_number"] == {"label": "32", "engine": None, "old_system": None,
                                                   "unconfirmed": "32"}
    kept = next(call for call in report["calls"] if call["call"] == "room-kept")
    assert "unconfirmed" not in kept["fields"]["tractor_number"]


def test_the_real_calls_figure_stays_confirmed_values_only() -> None:
    """room-Nf9YuvUMiFTC ends at "Tractor número 32. ¿Correcto?": right only as an unconfirmed value."""
    done = CliRunner().invoke(
        app, ["replay", FLOW, "-l", str(DATA / "labels.json"), "-t", str(DATA / "transcripts"), "-f", "json"]
    )
    report = json.loads(done.output)
    call = next(call for call in report["calls"] if call["call"] == "room-Nf9YuvUMiFTC")
    assert call["fields"]["tractor_number"]["engine"] is None
    assert call["fields"]["tractor_number"]["unconfirmed"] == "32"
    assert report["overall"]["unconfirmed"] >= 1 and report["overall"]["engine"] < report["overall"]["total"]
