"""The e-mail turns of the fourth blind batch (tests/data/eval_holdout_phone.jsonl, written by someone who
had not seen the code) stay at the accuracy their fixes reached: domains written as one word, letters said
with their case or run into "X de word", lead-ins, a word and its spelling, hyphenated spellings and
numbers, an address only described. Their figure before the fixes was 32/46."""

from __future__ import annotations

from pathlib import Path

from daisy_engine.understanding.evaluation import evaluate, load_cases

BATCH = Path(__file__).resolve().parents[1] / "data" / "eval_holdout_phone.jsonl"


def test_the_email_turns_of_the_phone_batch_do_not_regress() -> None:
    cases = [c for c in load_cases(BATCH) if c.kind == "email"]
    assert len(cases) >= 40
    assert {c.locale for c in cases} == {"es-MX", "en-US"}
    report = evaluate(cases)
    failures = [f"{f['id']}: {f['text']!r} expected {f['expected']!r} got {f['got']!r}" for f in report.failures]
    assert report.accuracy == 1.0, failures
