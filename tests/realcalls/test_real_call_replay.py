"""The labelled real calls of the system Daisy replaces, replayed turn by turn through Daisy.

Each call is one test: its caller turns go, in order, to a `Conversation` as the console sends them, and
no call may end because of understanding while the caller keeps answering. The per-field figure over
all of them is held at least where the README reports it (see "Real calls" there), next to the old
system's. Identities in the data are made up (same shape, dictated the same way as the real ones).
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
DATA = ROOT / "tests" / "data" / "real_calls"
LABELS = json.loads((DATA / "labels.json").read_text("utf-8"))

# The figure the README reports for these calls (exact fields); the suite keeps it from going down.
FLOOR_OVERALL = 0.92


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))


@pytest.mark.parametrize("call", sorted(LABELS))
def test_a_real_call_never_ends_over_understanding_while_the_caller_keeps_answering(
        daisy: CompiledFlow, call: str) -> None:
    check_call_keeps_going(daisy, DATA, LABELS, call)


def test_the_real_call_figure_holds_per_field_next_to_the_old_system(daisy: CompiledFlow) -> None:
    report = replay_labelled(daisy, DATA / "labels.json", DATA / "transcripts", opening=("sí",))
    overall = report.overall()
    assert overall.total == sum(len(entry["labels"]) for entry in LABELS.values())
    assert overall.engine / overall.total >= FLOOR_OVERALL, report.table()
    fields = report.per_field()
    # Names are taken as well as the old system took them; plates and e-mails are no longer lost to
    # calls that end (the base commit stored none of the trailer plates, ETAs or e-mails).
    assert fields["name"].engine >= fields["name"].old, report.table()
    # At least the old system's figure wherever it is reached today (see the README for what is left on
    # trailer plates: one call).
    for name in ("name", "tractor_number", "tractor_plates", "trailer_number", "eta", "email"):
        assert fields[name].engine >= fields[name].old, report.table()
    assert fields["trailer_plates"].engine >= fields["trailer_plates"].old - 1, report.table()
