"""The fourth blind batch (tests/data/eval_holdout_phone.jsonl, 275 turns in the shapes of real Mexican
phone speech, written by someone who had not seen the code; its notes are in tests/data/README.md):
what callers mean (intents with their callback delays, yes/no, names, unit numbers, times, amounts)
stays at the accuracy its fixes reached. Its figure before the fixes is in the README."""

from __future__ import annotations

from pathlib import Path

from daisy_engine.understanding.evaluation import evaluate, load_cases

BATCH = Path(__file__).resolve().parents[1] / "data" / "eval_holdout_phone.jsonl"
MEANING = {"intent", "yes_no", "name", "integer", "eta", "amount"}


def test_what_callers_mean_in_the_phone_batch_does_not_regress() -> None:
    cases = [c for c in load_cases(BATCH) if c.kind in MEANING]
    assert len(cases) >= 170
    assert {c.kind for c in cases} == MEANING
    report = evaluate(cases)
    failures = [f"{f['id']}: {f['text']!r} expected {f['expected']!r} got {f['got']!r}" for f in report.failures]
    assert report.accuracy == 1.0, failures
