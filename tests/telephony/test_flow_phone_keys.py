"""The flow language's phone keys: `callbacks`, `outbound`, slot `dtmf`, intent `outbound_only`, and
`transfer_failed` on a final state; read into the model and checked by `validate`."""

from __future__ import annotations

from pathlib import Path

from daisy_engine.flow import validate_file
from daisy_engine.flow.model import Callbacks

ROOT = Path(__file__).resolve().parents[2]

BASE = """version: 1
name: t
locales: [en-US]
slots:
  code: {type: integer, dtmf: true}
states:
  start:
    capture: code
    say: hi
    on: [{on: filled, to: bye}]
  bye: {say: hi, final: true}
"""


def flow_file(tmp_path: Path, text: str) -> Path:
    (tmp_path / "prompts" / "t" / "en-US").mkdir(parents=True, exist_ok=True)
    (tmp_path / "prompts" / "t" / "en-US" / "hi.j2").write_text("Hi.")
    path = tmp_path / "t.yaml"
    path.write_text(text)
    return path


def problems(path: Path) -> list[tuple[str, int]]:
    return [(d.code, d.mark.line) for d in validate_file(path).report.sorted()]


def test_daisy_declares_how_she_calls_back_and_waits_for_the_callee() -> None:
    result = validate_file(ROOT / "flows" / "daisy.yaml")
    flow = result.flow
    assert flow is not None and not result.report.sorted()
    assert flow.callbacks == Callbacks(
        max_attempts=3, quiet_hours=("21:00", "08:00"), timezone="America/Mexico_City", retry_after=30
    )
    assert flow.outbound.wait_for_callee == 3
    assert flow.slots["tractor_number"].dtmf and not flow.slots["tractor_plate"].dtmf
    assert flow.intents["voicemail"].outbound_only and not flow.intents["voicemail"].is_global


def test_without_the_keys_a_flow_gets_the_defaults(tmp_path: Path) -> None:
    flow = validate_file(flow_file(tmp_path, BASE.replace(", dtmf: true", ""))).flow
    assert flow is not None
    assert flow.callbacks == Callbacks() and flow.callbacks.retry_after is None
    assert flow.outbound.wait_for_callee == 3.0 and not flow.slots["code"].dtmf


def test_dtmf_on_a_slot_that_is_not_an_integer_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = flow_file(tmp_path, BASE.replace("type: integer", "type: plate"))
    assert ("E236", 5) in problems(path)


def test_an_unknown_time_zone_and_malformed_quiet_hours_are_errors(tmp_path: Path) -> None:
    zone = flow_file(tmp_path, BASE + "callbacks: {timezone: Mars/Olympus}\n")
    assert [code for code, _ in problems(zone)] == ["E237"]
    hours = flow_file(tmp_path, BASE + "callbacks: {quiet_hours: '9pm-8am'}\n")
    assert [code for code, _ in problems(hours)][0].startswith("E1")


def test_transfer_failed_is_the_one_transition_a_final_state_may_have(tmp_path: Path) -> None:
    ok = BASE.replace(
        "  bye: {say: hi, final: true}\n",
        "  bye:\n    say: hi\n    on_enter: [{transfer: '+15550001111'}]\n"
        "    on: [{on: transfer_failed, to: start}]\n    final: true\n",
    )
    assert "W216" not in [code for code, _ in problems(flow_file(tmp_path, ok))]
    other = ok.replace("on: transfer_failed", "on: done")
    assert "W216" in [code for code, _ in problems(flow_file(tmp_path, other))]
