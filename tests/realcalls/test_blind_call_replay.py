"""The blind batch: 25 calls in the format of the real ones, written by someone who never saw the engine,
replayed turn by turn through Daisy.

Each call is one test: its caller turns go, in order, to a `Conversation` as the console sends them, and
no call may end because of understanding while the caller keeps answering. The per-field figure over all
of them is held at least where the README reports it (see "Real calls" there: the blind call batch),
next to the old system's. The batch (`tests/data/blind_calls/`, its README says how it was written) is
a holdout: it measures how the engine does on speech nobody here wrote, so nothing is tuned to its lines.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.testing.replay import (
    DAISY_FIELDS,
    asks_permission_first,
    caller_turns,
    find_transcript,
    replay_call,
    replay_labelled,
    skipped_questions,
)
from daisy_engine.understanding.lexicon import COMMON_WORDS
from daisy_engine.understanding.normalize import fold

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "blind_calls"
LABELS = json.loads((DATA / "labels.json").read_text("utf-8"))
DICTATED = ("tractor_plate", "trailer_plate", "email")

# The figure the README reports for these calls (exact fields, 108/156 measured, rounded down); the suite
# keeps it from going down. At the base commit a324576 it was 84/156 (54 %); the old system's is 148/156.
FLOOR_OVERALL = 0.69


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))


CALLS = sorted(LABELS)


@pytest.mark.parametrize("call", CALLS)
def test_a_blind_call_never_ends_over_understanding_while_the_caller_keeps_answering(
        daisy: CompiledFlow, call: str) -> None:
    path = find_transcript(DATA / "transcripts", call)
    labels = {DAISY_FIELDS.get(k, k): v for k, v in LABELS[call]["labels"].items()}
    replayed = asyncio.run(
        replay_call(daisy, caller_turns(path), labels=labels, opening=() if asks_permission_first(path) else ("sí",),
                    unasked=skipped_questions(path))
    )
    dialogue = "\n".join(f"{who}: {line}" for who, line in replayed.dialogue)
    # No value, dictated or not, runs the call out of attempts: it is skipped and asked again at the end.
    assert not any(who == "agent" and "no logro entenderle" in line for who, line in replayed.dialogue), dialogue
    if replayed.turns_used < replayed.turns_total:
        # The call ended with turns of the caller left: only because the caller asked for it (a callback,
        # a person, the end of the call), never rescheduled or handed over by the engine.
        assert replayed.outcome not in ("transferred", "cant_understand"), dialogue
        if replayed.outcome == "rescheduled":
            asked_for = [line for who, line in replayed.dialogue if who == "caller"][-1]
            assert "llam" in fold(asked_for) or "marc" in fold(asked_for), dialogue
    # Talk is never dictated into a value: a turn of everyday words only ("no está mal", "todo lo
    # demás") never shows up in what is read back next.
    for (who, line), (_, answer) in zip(replayed.dialogue, replayed.dialogue[1:], strict=False):
        words = fold(line).replace(",", " ").replace(".", " ").split()
        heard = answer.split("Llevo ", 1)[1].split(".")[0] if "Llevo " in answer else ""
        if who == "caller" and len(words) >= 2 and all(w in COMMON_WORDS["es"] for w in words):
            assert "".join(words) not in fold(heard).replace(" ", ""), dialogue


def test_the_blind_call_figure_holds(daisy: CompiledFlow) -> None:
    report = replay_labelled(daisy, DATA / "labels.json", DATA / "transcripts", opening=("sí",))
    overall = report.overall()
    assert overall.total == sum(len(entry["labels"]) for entry in LABELS.values())
    assert overall.engine / overall.total >= FLOOR_OVERALL, report.table()
    fields = report.per_field()
    # Names and tractor numbers, asked first, are taken nearly as well as the old system took them.
    for name in ("name", "tractor_number"):
        assert fields[name].engine >= fields[name].old - 1, report.table()
