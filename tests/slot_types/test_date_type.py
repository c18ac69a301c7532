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
from daisy_engine.understanding.types import date as date_type

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
def test_a_date_is_read_back_in_the_calls_language(
    value: str, locale: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(date_type, "machine_today", lambda: dt.date(2026, 11, 20))
    assert DATE.readback(value, locale) == expected


@pytest.mark.parametrize(("value", "locale", "today", "expected"), [
    ("2027-01-08", "es-MX", dt.date(2026, 12, 9), "el viernes 8 de enero de 2027"),
    ("2027-01-08", "en-US", dt.date(2026, 12, 9), "Friday, January 8, 2027"),
    ("2027-01-08", "es-MX", dt.date(2027, 1, 2), "el viernes 8 de enero"),
    ("2026-12-08T17:00", "es-MX", dt.date(2026, 12, 1), "el martes 8 de diciembre a las 17:00"),
    ("2026-12-08T13:30", "es-MX", dt.date(2026, 12, 1), "el martes 8 de diciembre a la 13:30"),
    ("2026-12-08T09:00", "en-US", dt.date(2026, 12, 1), "Tuesday, December 8 at 09:00"),
])
def test_the_year_is_said_only_when_it_is_not_the_calls(value: str, locale: str, today: dt.date, expected: str) -> None:
    assert date_type.date_readback(value, locale, today) == expected


def test_the_read_back_in_a_call_counts_the_year_from_the_calls_day_not_the_machines(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(date_type, "machine_today", lambda: dt.date(2030, 6, 1))
    acc = DATE.start("es-MX", {"now": TUESDAY})
    acc.feed("el 8 de enero")
    assert acc.so_far() == "el viernes 8 de enero de 2027"
    acc = DATE.start("en-US", {"now": TUESDAY})
    acc.feed("the 8th")
    assert acc.so_far() == "Tuesday, December 8"


@pytest.mark.parametrize(("text", "locale", "expected"), [
    # a "no" between two days takes the first back
    ("el 8, no, el 9", "es-MX", "2026-12-09"),
    ("el martes, no, mejor el jueves", "es-MX", "2026-12-03"),
    ("the 8th, no, the 9th", "en-US", "2026-12-09"),
    ("Friday, no wait, Saturday", "en-US", "2026-12-05"),
    # a day of next month
    ("el 5 del próximo mes", "es-MX", "2027-01-05"),
    ("el 20 del mes que viene", "es-MX", "2027-01-20"),
    ("the 5th of next month", "en-US", "2027-01-05"),
    # in figures, by the locale's order (the other order when that one is no date)
    ("15/03", "es-MX", "2027-03-15"),
    ("el 03/04", "es-MX", "2027-04-03"),
    ("03/04", "en-US", "2027-03-04"),
    ("03/15", "en-US", "2027-03-15"),
    ("15/03", "en-US", "2027-03-15"),
    ("8/12/2027", "es-MX", "2027-12-08"),
    # a week after a day, a weekday of next week
    ("a week from Friday", "en-US", "2026-12-11"),
    ("a week from tomorrow", "en-US", "2026-12-09"),
    ("Friday of next week", "en-US", "2026-12-11"),
    ("de hoy en ocho", "es-MX", "2026-12-08"),
    ("el viernes de la próxima semana", "es-MX", "2026-12-11"),
    ("el jueves de la semana que viene", "es-MX", "2026-12-10"),
    ("pasado mañana", "es-MX", "2026-12-03"),
    ("the day after tomorrow", "en-US", "2026-12-03"),
    ("next Tuesday", "en-US", "2026-12-08"),
])
def test_more_ways_of_saying_a_day(text: str, locale: str, expected: str) -> None:
    assert heard(text, locale) == expected


@pytest.mark.parametrize(("locale", "week", "day", "held", "value"), [
    ("es-MX", "la próxima semana", "el martes", "la semana del 7 de diciembre", "2026-12-08"),
    ("es-MX", "pues la semana que viene", "mejor el viernes", "la semana del 7 de diciembre", "2026-12-11"),
    ("en-US", "next week", "Tuesday", "the week of December 7", "2026-12-08"),
    ("en-US", "sometime next week", "on Thursday", "the week of December 7", "2026-12-10"),
])
def test_a_week_without_its_day_is_held_and_the_day_asked(
    locale: str, week: str, day: str, held: str, value: str
) -> None:
    assert heard(week, locale) is None  # no day was said: none is guessed
    acc = DATE.start(locale, {"now": TUESDAY})
    fed = acc.feed(week)
    assert fed.status == "partial" and fed.so_far == held and acc.missing_part() == "day"
    fed = acc.feed(day)
    assert fed.status == "complete" and acc.value == value


@pytest.mark.parametrize(("text", "locale", "with_time", "expected"), [
    ("mañana a las 10", "es-MX", True, "2026-12-02T10:00"),
    ("el martes a las 5", "es-MX", True, "2026-12-08T17:00"),  # before the working day: the afternoon
    ("el 15/03 a las 9 de la mañana", "es-MX", True, "2027-03-15T09:00"),
    ("tomorrow at 3 pm", "en-US", True, "2026-12-02T15:00"),
    ("mañana", "es-MX", True, None),  # the time is still to come
    ("mañana", "es-MX", "optional", "2026-12-02"),
    ("Friday at 10", "en-US", "optional", "2026-12-04T10:00"),
    ("mañana a las 10", "es-MX", False, "2026-12-02"),
])
def test_a_date_with_time_takes_the_time_said_with_the_day(
    text: str, locale: str, with_time: object, expected: str | None
) -> None:
    assert heard(text, locale, with_time=with_time) == expected


@pytest.mark.parametrize(("locale", "day", "time", "value"), [
    ("es-MX", "el jueves", "a las 11 y media", "2026-12-03T11:30"),
    ("en-US", "on Thursday", "at 2 pm", "2026-12-03T14:00"),
])
def test_a_day_said_without_the_time_a_slot_needs_is_held_until_the_time_comes(
    locale: str, day: str, time: str, value: str
) -> None:
    acc = DATE.start(locale, {"now": TUESDAY, "with_time": True})
    assert acc.feed(day).status == "partial" and acc.missing_part() == "time"
    assert acc.feed(time).status == "complete" and acc.value == value


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


@pytest.mark.parametrize(("locale", "turn", "yes"), [
    ("es-MX", "mañana a las 10", "sí"), ("es-MX", "pasado mañana como a las 10", "sí"),
    ("en-US", "tomorrow at 10", "yes"),
])
async def test_a_time_said_with_the_day_at_a_dates_question_fills_the_time_slot_too(
    tmp_path: Path, locale: str, turn: str, yes: str
) -> None:
    path = write_flow(tmp_path)
    text = path.read_text("utf-8").replace("  visit_day: {type: date}\n", "  visit_day: {type: date}\n  visit_time: "
                                           "{type: time}\n").replace("[visit_day]", "[visit_day, visit_time]")
    path.write_text(text, "utf-8")
    for loc in ("es-MX", "en-US"):
        (path.parent / "prompts" / path.stem / loc / "ask_visit_time.j2").write_text("?", "utf-8")
        (path.parent / "prompts" / path.stem / loc / "confirm_visit_time.j2").write_text("{{ readback }}?", "utf-8")
    conv = Conversation(compile_flow(load_flow(path)), locale=locale, store=MemoryStore(), clock=lambda: TUESDAY)
    await conv.start()
    await conv.user_turn(turn)
    await conv.user_turn(yes)
    await conv.user_turn(yes)
    assert conv.slots["visit_time"] == "10:00" and conv.slots["visit_day"] in ("2026-12-02", "2026-12-03")


@pytest.mark.parametrize(("locale", "turns", "value"), [
    ("es-MX", ["la semana que viene", "el martes", "a las 5"], "2026-12-08T17:00"),
    ("en-US", ["Thursday", "at 2 pm"], "2026-12-03T14:00"),
])
async def test_a_date_with_time_is_asked_in_parts_and_saved_in_a_call(
    tmp_path: Path, locale: str, turns: list[str], value: str
) -> None:
    conv = Conversation(compile_flow(load_flow(write_flow(tmp_path, ", with_time: true"))), locale=locale,
                        store=MemoryStore(), clock=lambda: TUESDAY)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots == {"visit_day": value} and conv.outcome == "complete"


@pytest.mark.parametrize(("extra", "words"), [
    (", with_time: yes please", 'not "yes please"'), (", with_time: 2", "not 2"),
])
def test_a_bad_with_time_is_an_error_at_its_key_with_the_values_it_takes(
    tmp_path: Path, extra: str, words: str
) -> None:
    errors = validate_file(write_flow(tmp_path, extra)).report.errors
    assert [d.code for d in errors] == ["E242"] and words in errors[0].message
    assert ".yaml:7:" in errors[0].format_text() and "with_time: optional" in errors[0].hint
