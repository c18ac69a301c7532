"""The blind batch: 25 calls in the format of the real ones, written by someone who never saw the engine,
replayed turn by turn through Daisy.

Each call is one test: its caller turns go, in order, to a `Conversation` as the console sends them, and
no call may end because of understanding while the caller keeps answering. The per-field figure over all
of them is held at least where the README reports it (see "Real calls" there: the blind call batch),
next to the old system's. The batch (`tests/data/blind_calls/`, its README says how it was written) is
a holdout: it measures how the engine does on speech nobody here wrote, so nothing is tuned to its lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.testing.replay import replay_labelled

from .call_checks import check_call_keeps_going

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "blind_calls"
LABELS = json.loads((DATA / "labels.json").read_text("utf-8"))

# The figure the README reports for these calls (exact fields, 139/156 measured, rounded down); the suite
# keeps it from going down. At the base commit a324576 it was 84/156 (54 %); the old system's is 148/156.
FLOOR_OVERALL = 0.89


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))


CALLS = sorted(LABELS)


@pytest.mark.parametrize("call", CALLS)
def test_a_blind_call_never_ends_over_understanding_while_the_caller_keeps_answering(
        daisy: CompiledFlow, call: str) -> None:
    check_call_keeps_going(daisy, DATA, LABELS, call)


def test_the_blind_call_figure_holds(daisy: CompiledFlow) -> None:
    report = replay_labelled(daisy, DATA / "labels.json", DATA / "transcripts", opening=("sí",))
    overall = report.overall()
    assert overall.total == sum(len(entry["labels"]) for entry in LABELS.values())
    assert overall.engine / overall.total >= FLOOR_OVERALL, report.table()
    fields = report.per_field()
    # Names and tractor numbers, asked first, are taken nearly as well as the old system took them.
    for name in ("name", "tractor_number"):
        assert fields[name].engine >= fields[name].old - 1, report.table()
