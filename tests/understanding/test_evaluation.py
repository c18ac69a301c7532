import json
import math
from collections import Counter
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from daisy_engine.cli.eval_cmd import eval_command
from daisy_engine.understanding.evaluation import KINDS, CaseFileError, evaluate, load_cases, run_eval

CASES = Path(__file__).resolve().parents[1] / "data" / "eval_cases.jsonl"


def test_labelled_set_meets_the_accuracy_floor():
    out, code = run_eval(CASES, "text")
    assert code == 0
    summary = json.loads(run_eval(CASES, "json")[0])["overall"]
    assert summary["accuracy"] >= 0.98, out


def test_labelled_set_is_large_mostly_spanish_and_covers_every_kind_with_negatives():
    cases = load_cases(CASES)
    assert len(cases) >= 400
    assert 0.6 <= sum(c.locale == "es-MX" for c in cases) / len(cases) <= 0.8
    kinds = Counter(c.kind for c in cases)
    assert set(kinds) == set(KINDS)
    negatives = Counter(c.kind for c in cases if c.expected is None)
    assert all(negatives[k] > 0 for k in KINDS)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _case(**over) -> str:
    base = {"id": "c1", "kind": "integer", "locale": "es-MX", "text": "cuatro dos", "expected": "42"}
    base.update(over)
    return json.dumps(base, ensure_ascii=False)


def test_text_report_lists_failures_and_ends_with_the_accuracy_line(tmp_path):
    path = _write(tmp_path, [_case(), "", _case(id="c2", text="cinco", expected="6"),
                             _case(id="c3", kind="intent", text="llámame en diez minutos", expected="reschedule",
                                   minutes=5)])
    out, code = run_eval(path, "text")
    assert code == 0
    assert out.splitlines()[-1] == "accuracy: 0.3333 (1/3)"
    assert "'cinco'" in out and "expected: '6'" in out and "got: '5'" in out
    assert "reschedule (minutes=10)" in out


def test_json_report_is_one_parseable_object(tmp_path):
    path = _write(tmp_path, [_case(), _case(id="c2", locale="en-US", text="oh four", expected=None)])
    data = json.loads(run_eval(path, "json")[0])
    assert data["overall"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert {(g["kind"], g["locale"]) for g in data["groups"]} == {("integer", "es-MX"), ("integer", "en-US")}
    assert data["failures"][0]["got"] == "4"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "x", "kind": '], "cases.jsonl:1: error: invalid JSON"),
        ([_case(), '{"id": "c2", "kind": "integer", "locale": "es-MX", "text": "x"}'],
         "cases.jsonl:2: error: missing field(s): expected"),
        ([_case(kind="colour")], "cases.jsonl:1: error: unknown kind 'colour'"),
        ([_case(locale="fr-FR")], "cases.jsonl:1: error: unknown locale 'fr-FR'"),
        ([_case(), _case()], "cases.jsonl:2: error: duplicate id 'c1'"),
        (["[1, 2]"], "cases.jsonl:1: error: expected a JSON object"),
        ([""], "no cases found"),
    ],
)
def test_malformed_files_exit_2_naming_file_and_line(tmp_path, lines, message):
    out, code = run_eval(_write(tmp_path, lines), "text")
    assert code == 2 and message in out and "Traceback" not in out


def test_missing_file_and_unknown_format(tmp_path):
    assert run_eval(tmp_path / "nope.jsonl", "text") == (f"{tmp_path / 'nope.jsonl'}: error: file not found", 2)
    assert run_eval(CASES, "xml")[1] == 2  # type: ignore[arg-type]


def test_cli_command_prints_and_exits_with_the_code(tmp_path):
    app = typer.Typer()
    app.command()(eval_command)
    runner = CliRunner()
    ok = runner.invoke(app, [str(_write(tmp_path, [_case()]))])
    assert ok.exit_code == 0 and ok.output.strip().splitlines()[-1] == "accuracy: 1.0000 (1/1)"
    bad = runner.invoke(app, [str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 2 and "file not found" in bad.output
    js = runner.invoke(app, [str(_write(tmp_path, [_case()])), "--format", "json"])
    assert js.exit_code == 0 and json.loads(js.output)["overall"]["total"] == 1


def test_a_case_may_carry_slot_options(tmp_path):
    from daisy_engine.understanding.evaluation import evaluate

    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "a", "kind": "integer", "locale": "es-MX", "text": "cero cuarenta y dos", "expected": "042", '
        '"options": {"leading_zeros": true}}\n'
        '{"id": "b", "kind": "integer", "locale": "es-MX", "text": "cero cuarenta y dos", "expected": "42"}\n',
        encoding="utf-8",
    )
    assert evaluate(load_cases(path)).accuracy == 1.0


def test_options_must_be_an_object(tmp_path):
    from daisy_engine.understanding.evaluation import CaseFileError

    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "kind": "integer", "locale": "es-MX", "text": "x", "expected": null, "options": 3}\n',
                    encoding="utf-8")
    with pytest.raises(CaseFileError, match="options"):
        load_cases(path)


def _bad_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    lines = [_case(), "{bad", "", _case(), _case(id="c2", kind="colour"), _case(id="c3", options=3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_accepts_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (_case() + "\n").encode("utf-8"))
    assert len(load_cases(path)) == 1
    out, code = run_eval(path, "text")
    assert code == 0 and out.splitlines()[-1] == "accuracy: 1.0000 (1/1)"


def test_eval_reports_every_malformed_line(tmp_path):
    path = _bad_file(tmp_path)
    out, code = run_eval(path, "text")
    assert code == 2
    lines = out.splitlines()
    assert [ln.split(": ", 1)[0] for ln in lines] == [f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:6"]
    assert "invalid JSON" in lines[0] and "duplicate id 'c1'" in lines[1]
    assert "unknown kind 'colour'" in lines[2] and "options" in lines[3]
    with pytest.raises(CaseFileError) as err:
        load_cases(path)
    assert [e[1] for e in err.value.errors] == [2, 4, 5, 6]


def test_eval_errors_as_json(tmp_path):
    out, code = run_eval(_bad_file(tmp_path), "json")
    assert code == 2
    errors = json.loads(out)["errors"]
    assert [e["line"] for e in errors] == [2, 4, 5, 6] and all(e["message"] for e in errors)
    missing, code = run_eval(tmp_path / "nope.jsonl", "json")
    assert code == 2 and json.loads(missing)["errors"] == [
        {"file": str(tmp_path / "nope.jsonl"), "line": None, "message": "file not found"}
    ]
    # the text form of a missing file is unchanged
    assert run_eval(tmp_path / "nope.jsonl", "text") == (f"{tmp_path / 'nope.jsonl'}: error: file not found", 2)


DATA = Path(__file__).resolve().parents[1] / "data"


HOLDOUT_FLOORS = {"eval_holdout.jsonl": 1.00, "eval_holdout2.jsonl": 1.00}


@pytest.mark.parametrize(("name", "floor"), sorted(HOLDOUT_FLOORS.items()))
def test_blind_holdout_accuracy_does_not_regress(name, floor):
    report = evaluate(load_cases(DATA / name))
    assert report.n_total >= (300 if name == "eval_holdout.jsonl" else 120)
    failures = [f"{f['id']}: {f['text']!r} expected {f['expected']!r} got {f['got']!r}" for f in report.failures]
    assert math.floor(report.accuracy * 100) / 100 >= floor, failures


def test_a_date_case_is_scored_on_the_day_it_gives_and_one_without_that_day_is_refused(tmp_path):
    ok = _case(kind="date", text="pasado mañana", expected="2026-12-03", options={"now": "2026-12-01"})
    en = _case(id="c2", kind="date", locale="en-US", text="next week", expected=None, options={"now": "2026-12-01"})
    assert run_eval(_write(tmp_path, [ok, en]), "text")[0].splitlines()[-1] == "accuracy: 1.0000 (2/2)"
    out, code = run_eval(_write(tmp_path, [_case(kind="date", text="mañana", expected="2026-12-02")]), "text")
    assert code == 2 and "cases.jsonl:1:" in out and "needs the day it is said on" in out
