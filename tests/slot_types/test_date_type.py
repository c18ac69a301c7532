"""The `date` slot type: days said relative to the call's date, bounded by the slot, read back in full."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.flow.loader import validate_file
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import Say
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import types
from daisy_engine.understanding.callback_times import callback_delay

TUESDAY = dt.datetime(2026, 12, 1, 11, 0)  # Tuesday 1 December 2026
THURSDAY = dt.datetime(2026, 12, 3, 11, 0)
DATE = types.get("date")


def heard(text: str, locale: str, now: dt.datetime = TUESDAY, **options: object) -> str | None:
    return DATE.extract(text, locale, {"now": now, **options})


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("mañana", "es-MX", "2026-12-02"),
    ("pasado mañana", "es-MX", "2026-12-03"),
    ("el martes que viene", "es-MX", "2026-12-08"),
    ("el próximo lunes", "es-MX", "2026-12-07"),
    ("el 15 de marzo", "es-MX", "2027-03-15"),
    ("el día ocho de diciembre", "es-MX", "2026-12-08"),
    ("el primero de enero", "es-MX", "2027-01-01"),
    ("para el viernes, por favor", "es-MX", "2026-12-04"),
    ("tomorrow", "en-US", "2026-12-02"),
    ("next Tuesday", "en-US", "2026-12-08"),
    ("the 3rd", "en-US", "2026-12-03"),
    ("March 15th", "en-US", "2027-03-15"),
    ("on the twenty-first", "en-US", "2026-12-21"),
    ("the 15th of January", "en-US", "2027-01-15"),
])
def test_a_day_is_heard_relative_to_the_calls_date(text: str, locale: str, expected: str) -> None:
    assert heard(text, locale) == expected


@pytest.mark.parametrize(("text", "locale"), [
    ("a las ocho", "es-MX"), ("tengo tres hijos", "es-MX"), ("no sé", "es-MX"),
    ("at eight", "en-US"), ("I have two kids", "en-US"),
])
def test_words_that_name_no_day_are_no_date(text: str, locale: str) -> None:
    assert heard(text, locale) is None


@pytest.mark.parametrize(("text", "locale", "expected"), [
    # the weekday and its day said together: the day said is the date ("el jueves 10" is the 10th, not this Thursday)
    ("el jueves 10", "es-MX", "2026-12-10"),
    ("jueves 17 de diciembre", "es-MX", "2026-12-17"),
    ("para el viernes día 11", "es-MX", "2026-12-11"),
    ("Thursday 10th", "en-US", "2026-12-10"),
    ("Friday the 18th", "en-US", "2026-12-18"),
    # an ordinal that is no day ("primero" = first of all) leaves the day said after it
    ("primero, el lunes", "es-MX", "2026-12-07"),
    ("primero déjeme ver... el viernes", "es-MX", "2026-12-04"),
    ("first thing Monday", "en-US", "2026-12-07"),
    ("first of all, Wednesday", "en-US", "2026-12-02"),
    # a day taken back within the turn: the one said last
    ("el 8, perdón, el 9", "es-MX", "2026-12-09"),
    ("el domingo, perdón, el sábado", "es-MX", "2026-12-05"),
    ("the 8th, sorry, the 9th", "en-US", "2026-12-09"),
])
def test_a_day_said_with_its_weekday_after_an_ordinal_word_or_taken_back_is_the_day_meant(
    text: str, locale: str, expected: str
) -> None:
    assert heard(text, locale) == expected


@pytest.mark.parametrize(("text", "locale"), [
    # a count of something is no day of the month ("2 semanas" is not the 2nd)
    ("quince minutos", "es-MX"), ("2 semanas", "es-MX"), ("tres días", "es-MX"), ("primero déjeme ver", "es-MX"),
    ("15 minutes", "en-US"), ("2 weeks from now", "en-US"), ("three days", "en-US"), ("first of all", "en-US"),
])
def test_a_count_or_an_ordinal_word_alone_is_no_day_of_the_month(text: str, locale: str) -> None:
    assert heard(text, locale) is None


def test_the_days_are_read_by_the_same_parser_as_the_callback_times() -> None:
    """ "el martes" is the same Tuesday for a callback as for a date: one day parser."""
    minutes = callback_delay("llámame el martes", "es-MX", TUESDAY)
    assert minutes is not None
    called = (TUESDAY + dt.timedelta(minutes=minutes)).date().isoformat()
    assert called == heard("el martes", "es-MX") == "2026-12-08"


def test_future_only_and_day_bounds_pick_the_reading_they_allow() -> None:
    ninth = dt.datetime(2026, 12, 9, 10, 0)
    assert heard("el 8", "es-MX", ninth) == "2027-01-08"  # a day asked is a day to come
    assert heard("el 8", "es-MX", ninth, min=-30) == "2026-12-08"  # a slot that reaches back: the nearest
    assert heard("el 8", "es-MX", ninth, future_only=True) == "2027-01-08"
    assert heard("the 8th", "en-US", ninth, future_only=True) == "2027-01-08"
    assert heard("hoy", "es-MX", min=1) is None and heard("today", "en-US", min=1) is None
    assert heard("el 30 de diciembre", "es-MX", max=21) is None
    assert heard("el 20 de diciembre", "es-MX", max=21) == "2026-12-20"


@pytest.mark.parametrize(("value", "locale", "expected"), [
    ("2026-12-08", "es-MX", "el martes 8 de diciembre"),
    ("2026-12-08", "en-US", "Tuesday, December 8"),
    ("2026-12-02", "es-MX", "el miércoles 2 de diciembre"),
])
def test_a_date_is_read_back_in_the_calls_language(value: str, locale: str, expected: str) -> None:
    year = dt.date.fromisoformat(value).year != dt.date.today().year
    assert DATE.readback(value, locale) == expected + ((" de 2026" if locale == "es-MX" else ", 2026") if year else "")


def test_an_open_weekday_moves_to_its_next_reading_when_the_caller_says_the_one_after() -> None:
    """ "next Friday" said on a Thursday is tomorrow at its nearest; "no, the one after" takes the next week's."""
    for first, other, locale in (("next Friday", "no, the one after", "en-US"),
                                 ("el próximo viernes", "no, el siguiente", "es-MX")):
        acc = DATE.start(locale, {"now": THURSDAY})
        acc.feed(first)
        assert acc.value == "2026-12-04"
        assert acc.edit(other) and acc.value == "2026-12-11"


FLOW = """\
version: 1
name: {name}
locales: [es-MX, en-US]
defaults:
  policy: {{on_exhausted: bye}}
slots:
  visit_day: {{type: date{extra}}}
states:
  ask:
    collect: [visit_day]
    on:
      - {{on: done, to: bye}}
  bye:
    say: bye
    on_enter: [{{end_call: complete}}]
    final: true
"""
TEMPLATES = {
    "es-MX": {"ask_visit_day": "¿Qué día viene?", "confirm_visit_day": "{{ readback }}, ¿correcto?",
              "bye": "Gracias, nos vemos {{ visit_day | readback('date') }}."},
    "en-US": {"ask_visit_day": "Which day?", "confirm_visit_day": "{{ readback }}, right?",
              "bye": "Thanks, see you {{ visit_day | readback('date') }}."},
}


def write_flow(folder: Path, extra: str = "") -> Path:
    name = f"visits_{uuid.uuid4().hex[:8]}"
    for locale, templates in TEMPLATES.items():
        prompts = folder / "prompts" / name / locale
        prompts.mkdir(parents=True)
        for template, text in templates.items():
            (prompts / f"{template}.j2").write_text(text, "utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(FLOW.format(name=name, extra=extra), "utf-8")
    return path


def said(actions: list) -> str:
    return " ".join(action.text for action in actions if isinstance(action, Say))


NINTH = dt.datetime(2026, 12, 9, 10, 0)


@pytest.mark.parametrize(("locale", "now", "extra", "turns", "readback", "value"), [
    ("es-MX", TUESDAY, "", ["pues el martes que viene"], "el martes 8 de diciembre, ¿correcto?", "2026-12-08"),
    ("es-MX", NINTH, ", future_only: true", ["el 8"], "el viernes 8 de enero", "2027-01-08"),
    ("en-US", TUESDAY, "", ["uh, the day after tomorrow"], "Thursday, December 3, right?", "2026-12-03"),
    ("en-US", THURSDAY, "", ["next Friday", "no, the one after"], "Friday, December 11, right?", "2026-12-11"),
])
async def test_a_date_is_asked_read_back_and_saved_in_a_call(
    tmp_path: Path, locale: str, now: dt.datetime, extra: str, turns: list[str], readback: str, value: str
) -> None:
    conv = Conversation(compile_flow(load_flow(write_flow(tmp_path, extra))), locale=locale, store=MemoryStore(),
                        clock=lambda: now)
    await conv.start()
    replies = [said(await conv.user_turn(turn)) for turn in turns]
    assert readback in replies[-1]
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots == {"visit_day": value} and conv.outcome == "complete"


@pytest.mark.parametrize(("extra", "code", "line", "words"), [
    (", future_only: true, min: -3", "E241", 7, "reaches back"),
    (", min: 1.5", "E241", 7, "whole days"),
])
def test_a_date_slots_bounds_are_checked_at_their_line(
    tmp_path: Path, extra: str, code: str, line: int, words: str
) -> None:
    result = validate_file(write_flow(tmp_path, extra))
    errors = result.report.errors
    assert [d.code for d in errors] == [code] and words in errors[0].message
    assert f".yaml:{line}:" in errors[0].format_text() and errors[0].hint


def test_future_only_on_another_type_is_an_error_at_its_key(tmp_path: Path) -> None:
    path = write_flow(tmp_path)
    path.write_text(path.read_text("utf-8").replace("{type: date}", "{type: time, future_only: true}"), "utf-8")
    errors = validate_file(path).report.errors
    assert [d.code for d in errors] == ["E240"] and "not time" in errors[0].message
