"""Regression tests for QA round 2, each finding with look-alikes that must keep their old reading."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from daisy_engine.understanding import (
    FeedResult,
    classify_yes_no,
    detect_intent,
    extract,
    extract_char,
    new_accumulator,
    validate_value,
)
from daisy_engine.understanding.accumulators import closing_phrase
from daisy_engine.understanding.evaluation import CaseFileError, load_cases, run_eval

# --- 1. flow phrases win over built-in phrases -------------------------------------------------------

WHO = {"who_is_calling": {"en-US": ["who is this", "where are you calling from"], "es": ["quién habla"]}}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("who is this?", "en-US"),
        ("sorry, who is this", "en-US"),
        ("where are you calling from", "en-US"),
        ("quién habla", "es-MX"),
        ("¿quien habla?", "es-MX"),
        ("quien abla", "es-MX"),  # fuzzy/phonetic: still the flow's
    ],
)
def test_flow_phrase_beats_builtin_phrase(text, locale):
    for enabled in (None, ["who_is_calling"], ["who_is_calling", "repeat", "human"]):
        got = detect_intent(text, locale, enabled=enabled, extra_phrases=WHO)
        assert got is not None and got.name == "who_is_calling", (text, enabled)


def test_builtin_phrases_unchanged_without_the_flow_phrase():
    assert detect_intent("who is this", "en-US").name == "off_topic"
    assert detect_intent("quién habla", "es-MX").name == "off_topic"
    # other off_topic phrases stay off_topic with the flow's phrases loaded ...
    assert detect_intent("who are you", "en-US", extra_phrases=WHO).name == "off_topic"
    # ... and nothing when off_topic is not enabled
    assert detect_intent("who are you", "en-US", enabled=["who_is_calling"], extra_phrases=WHO) is None


def test_flow_phrase_that_is_a_builtin_whole_turn_phrase():
    extra = {"again_please": {"en": ["again"]}}
    assert detect_intent("again", "en-US").name == "repeat"
    assert detect_intent("again", "en-US", extra_phrases=extra).name == "again_please"


def test_fuzzy_falls_back_to_an_enabled_intent():
    # the closest phrase is the built-in one, but off_topic is disabled: the flow's close phrase matches
    extra = {"origin": {"es": ["de donde me hablan"]}}
    got = detect_intent("de donde me abla", "es-MX", enabled=["origin"], extra_phrases=extra)
    assert got is not None and got.name == "origin"


# --- 2. digit-first plates, custom patterns, closing phrases ----------------------------------------

CA = {"pattern": r"\d[A-Z]{3}\d{3}"}
MX_FED = {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}
MX_STATE = {"pattern": r"[A-Z]{3}-\d{2}-\d{2}"}


@pytest.mark.parametrize(
    ("text", "locale", "options", "expected"),
    [
        ("it's 7 T R X 4 5 2", "en-US", CA, "7TRX452"),
        ("seven tee are x-ray four fifty two", "en-US", CA, "7TRX452"),
        ("7TRX452", "en-US", CA, "7TRX452"),
        ("siete te erre equis cuatro cinco dos", "es-MX", CA, "7TRX452"),
        ("cuatro cinco a be tres ce", "es-MX", MX_FED, "45-AB-3C"),
        ("cuarenta y cinco a be tres ce", "es-MX", MX_FED, "45-AB-3C"),
        ("45 AB 3C", "es-MX", MX_FED, "45-AB-3C"),
        ("a be ce uno dos tres cuatro", "es-MX", MX_STATE, "ABC-12-34"),
        # look-alikes: the default pattern holds neither
        ("it's 7 T R X 4 5 2", "en-US", None, None),
        ("a b c uno dos tres", "es-MX", None, "ABC-123"),
    ],
)
def test_plates_with_custom_patterns(text, locale, options, expected):
    assert extract("plate", text, locale, options) == expected


@pytest.mark.parametrize(
    ("locale", "options", "turns", "expected"),
    [
        ("en-US", CA, ["seven", "tee", "are", "x-ray", "four", "five", "two"], "7TRX452"),
        ("en-US", CA, ["7", "T R X", "four fifty two"], "7TRX452"),
        ("es-MX", CA, ["siete", "te", "erre", "equis", "cuatro", "cinco", "dos"], "7TRX452"),
        ("es-MX", MX_FED, ["cuatro cinco", "a be", "tres", "ce"], "45-AB-3C"),
        ("es-MX", MX_FED, ["45", "AB", "3C"], "45-AB-3C"),
        ("es-MX", MX_STATE, ["a be ce", "uno dos", "tres cuatro"], "ABC-12-34"),
    ],
)
def test_plate_accumulator_over_turns(locale, options, turns, expected):
    acc = new_accumulator("plate", locale, options)
    results = [acc.feed(t) for t in turns]
    assert all(r.status == "partial" for r in results[:-1]), results
    assert results[-1].status == "complete" and results[-1].value == expected
    assert acc.finish() == expected


def test_spelled_digits_are_characters():
    assert extract_char("seven", "en-US") == "7"
    assert extract_char("siete", "es-MX") == "7"
    assert extract_char("number seven", "en-US") == "7"
    # a lone "seven" opens a digit-first plate ...
    assert new_accumulator("plate", "en-US", CA).feed("seven").status == "partial"
    assert new_accumulator("plate", "es-MX", MX_FED).feed("siete").status == "partial"
    # ... but cannot open a default-pattern plate (letters first)
    assert new_accumulator("plate", "en-US").feed("seven").status == "nothing"


@pytest.mark.parametrize(
    "text",
    ["eso es todo", "es todo", "Es todo.", "ya", "ya está", "listo", "y ya", "nada más", "that's it", "That's all.",
     "done", "I'm done", "that's the whole plate", "that's it, thanks"],
)
def test_closing_phrases(text):
    assert closing_phrase(text) == (True, "")


@pytest.mark.parametrize(
    "text", ["todo", "ya le dije", "es todo lo que tengo", "a b c", "yankee", "listos los papeles", "ADA", "es"]
)
def test_not_closing_phrases(text):
    assert closing_phrase(text)[0] is False


def test_closing_a_plate():
    acc = new_accumulator("plate", "es-MX")
    assert acc.feed("a be ce") == FeedResult("partial", None, "A B C")
    done = acc.feed("uno dos tres, eso es todo")
    assert done == FeedResult("complete", "ABC-123", "A B C 1 2 3", closing=True)
    again = acc.feed("listo")
    assert again.status == "nothing" and again.closing and acc.finish() == "ABC-123"


def test_closing_an_incomplete_plate():
    acc = new_accumulator("plate", "en-US", CA)
    acc.feed("seven T R")
    got = acc.feed("that's it")
    assert got == FeedResult("nothing", None, "7 T R", closing=True)
    assert acc.finish() is None and acc.so_far() == "7 T R"  # read back what was heard and re-ask


def test_closing_integer_and_email():
    acc = new_accumulator("integer", "es-MX", {"pattern": r"\d{4}"})
    acc.feed("cuatro dos")
    got = acc.feed("uno siete, ya")
    assert got.closing and got.value == "4217" and acc.finish() == "4217"
    mail = new_accumulator("email", "es-MX")
    mail.feed("juan arroba gmail punto com")
    got = mail.feed("eso es todo")
    assert got.closing and got.status == "nothing" and mail.finish() == "juan@gmail.com"


def test_closing_does_not_change_other_slots():
    # "that's it" is still a yes; a plain turn is not closing
    acc = new_accumulator("yes_no", "en-US")
    got = acc.feed("that's it")
    assert got.value == "yes" and got.closing
    assert new_accumulator("integer", "en-US").feed("forty two").closing is False


# --- 3. times without am/pm, with a clock -----------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "text", "locale", "expected"),
    [
        ("08:17", "4:15", "en-US", "16:15"),
        ("08:17", "around five", "en-US", "17:00"),
        ("08:17", "quarter to six", "en-US", "17:45"),
        ("08:17", "like 1", "en-US", "13:00"),
        ("08:17", "10", "en-US", "10:00"),
        ("08:17", "a las cuatro y cuarto", "es-MX", "16:15"),
        ("08:17", "como a las 9", "es-MX", "09:00"),
        ("15:00", "4", "en-US", "16:00"),
        ("15:00", "2", "en-US", "02:00"),  # 14:00 has passed: the next 2 o'clock is after midnight
        ("15:00", "at 10", "en-US", "22:00"),
        ("23:30", "at 4:15", "en-US", "04:15"),
        ("10:00", "10", "en-US", "10:00"),  # now itself counts
        # never shifted: 24-hour forms, zero padding, 12, explicit markers, another day
        ("08:17", "16:15", "en-US", "16:15"),
        ("08:17", "dieciséis quince", "es-MX", "16:15"),
        ("15:00", "04:15", "en-US", "04:15"),
        ("15:00", "diez horas", "es-MX", "10:00"),
        ("15:00", "12:30", "en-US", "12:30"),
        ("15:00", "at 5 am", "en-US", "05:00"),
        ("15:00", "a las 5 de la mañana", "es-MX", "05:00"),
        ("08:17", "at 5 pm", "en-US", "17:00"),
        ("15:00", "mañana a las 5", "es-MX", "05:00"),
        ("15:00", "tomorrow at 10", "en-US", "10:00"),
        ("15:00", "at noon", "en-US", "12:00"),
        ("08:17", "in two hours", "en-US", "10:17"),
    ],
)
def test_bare_times_are_the_next_occurrence(now, text, locale, expected):
    assert extract("time", text, locale, {"now": now}) == expected


def test_bare_times_without_a_clock_are_as_said():
    assert extract("time", "4:15", "en-US") == "04:15"
    assert extract("time", "around five", "en-US") == "05:00"
    assert extract("time", "a las cuatro y cuarto", "es-MX") == "04:15"


def test_next_occurrence_accepts_datetime_now_and_validate_is_idempotent():
    now = dt.datetime(2024, 5, 1, 15, 0)
    assert extract("time", "4", "en-US", {"now": now}) == "16:00"
    assert extract("time", "4", "en-US", {"now": dt.time(15, 0)}) == "16:00"
    for value in ("16:00", "02:00", "04:15"):  # a normal form never moves again
        assert validate_value("time", value, "en-US", {"now": now}) == value


# --- 4. eval input -----------------------------------------------------------------------------------


def _case(**over):
    base = {"id": "c1", "kind": "integer", "locale": "es-MX", "text": "cuatro", "expected": "4"}
    base.update(over)
    return json.dumps(base, ensure_ascii=False)


def test_eval_accepts_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (_case() + "\n").encode("utf-8"))
    assert len(load_cases(path)) == 1
    out, code = run_eval(path, "text")
    assert code == 0 and out.splitlines()[-1] == "accuracy: 1.0000 (1/1)"


def _bad_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    lines = [_case(), "{bad", "", _case(), _case(id="c2", kind="colour"), _case(id="c3", options=3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
    assert run_eval(tmp_path / "nope.jsonl", "text") == (f"{tmp_path / 'nope.jsonl'}: file not found", 2)


# --- 5. small ones -----------------------------------------------------------------------------------


def test_period_is_a_dot_in_english_emails():
    assert extract("email", "john period smith at gmail dot com", "en-US") == "john.smith@gmail.com"
    assert extract("email", "john period smith at gmail period com", "en-US") == "john.smith@gmail.com"
    assert extract("email", "juan punto perez arroba gmail punto com", "es-MX") == "juan.perez@gmail.com"


@pytest.mark.parametrize("text", ["10-4", "ten four", "Ten-four, good buddy.", "uh 10-4", "roger", "Roger that.",
                                  "copy that"])
def test_radio_talk_is_yes(text):
    assert classify_yes_no(text, "en-US").answer == "yes"


@pytest.mark.parametrize("text", ["it is 10 4 5 7", "10 4 5", "ten four oh one", "ten forty", "roger at gmail dot com",
                                  "my name is roger"])
def test_radio_look_alikes_are_not_yes(text):
    assert classify_yes_no(text, "en-US").answer is None


def test_radio_look_alikes_keep_their_values():
    assert extract("integer", "10 4 5 7", "en-US") == "10457"
    assert extract("email", "roger at gmail dot com", "en-US") == "roger@gmail.com"
    assert extract("name", "roger", "en-US") == "Roger"
    assert classify_yes_no("no, 10-4 is wrong", "en-US").answer == "no"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("operator", "en-US"), ("Operator, please.", "en-US"), ("can I talk to an operator", "en-US"),
        ("get me the operator", "en-US"), ("let me speak with an operator", "en-US"),
        ("operadora", "es-MX"), ("la operadora por favor", "es-MX"), ("oiga, operadora", "es-MX"),
        ("quiero hablar con la operadora", "es-MX"), ("páseme a la operadora", "es-MX"),
        ("con la operadora", "es-MX"),
    ],
)
def test_asking_for_the_operator_is_human(text, locale):
    got = detect_intent(text, locale)
    assert got is not None and got.name == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I'm an owner operator", "en-US"), ("I'm an operator", "en-US"), ("owner operator", "en-US"),
        ("I'm the operator of this truck", "en-US"), ("soy operador", "es-MX"), ("soy operadora", "es-MX"),
        ("operador", "es-MX"), ("el operador de la unidad", "es-MX"), ("quiero hablar con el operador", "es-MX"),
        ("yo soy la operadora de la unidad", "es-MX"), ("trabajo de operador", "es-MX"),
    ],
)
def test_being_an_operator_is_not_human(text, locale):
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize("text", ["it's 87", "it’s 87", "It's 87.", "it's eighty-seven", "uh it's 87"])
def test_its_87(text):
    assert extract("integer", text, "en-US") == "87"
    acc = new_accumulator("integer", "en-US", {"min": 1, "max": 100})
    assert acc.feed(text).value == "87"


def test_new_paths_give_the_same_answer_when_repeated():
    # Speed is measured in benchmarks/bench_extractors.py, not here; this checks the paths stay stateless.
    for _ in range(20):
        acc = new_accumulator("plate", "es-MX", MX_FED)
        for t in ("cuatro cinco", "a be", "tres", "ce", "eso es todo"):
            acc.feed(t)
        assert acc.value == "45-AB-3C"
        assert extract("time", "around five", "en-US", {"now": "08:17"}) == "17:00"
        match = detect_intent("where are you calling from", "en-US", enabled=["who_is_calling"], extra_phrases=WHO)
        assert match is not None and match.name == "who_is_calling"
