"""Every call ends in bounded turns, whatever the caller says (`limits:` in the flow language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import FlowError, load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
TO_SUMMARY = list(DAISY_ES_TO_SUMMARY)
AGAIN = "could you say that again?"


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def drive(conv: Conversation, turns: list[str | None]) -> list[str]:
    """Each turn in order (None = a silence) until the call ends; what the agent said per turn."""
    lines = [said(await conv.start())]
    for turn in turns:
        if conv.ended:
            break
        lines.append(said(await (conv.silence() if turn is None else conv.user_turn(turn))))
    return lines


@pytest.mark.parametrize("locale, what", [("es-MX", "¿cómo?"), ("en-US", "what?"), ("es-MX", "¿me repite?")])
async def test_a_hundred_repeat_requests_do_not_get_a_hundred_prompts(
    daisy: CompiledFlow, locale: str, what: str
) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store)
    lines = await drive(conv, [what] * 100)
    assert conv.ended
    assert len(lines) <= 1 + daisy.flow.limits.idle_turns + 1
    record = (await store.list_records())[0]
    assert record.outcome == conv.outcome and record.outcome in ("rescheduled", "transferred", "partial")


async def test_silence_and_repeat_requests_taking_turns_end_the_call(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    lines = await drive(conv, ["sí", *[None, "¿cómo?"] * 50])
    assert conv.ended
    assert len(lines) < 20


async def test_a_hundred_complaints_do_not_store_a_hundred_complaints(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale="es-MX", store=store)
    await drive(conv, ["sí", *["quiero poner una queja, ustedes son unos ineptos"] * 100])
    assert conv.ended
    record = (await store.list_records())[0]
    assert 1 <= len(record.complaints) <= daisy.flow.limits.idle_turns


async def test_no_then_nothing_at_the_summary_goes_round_a_bounded_number_of_times(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale="es-MX", store=store)
    lines = await drive(conv, [*TO_SUMMARY, *["no", "nada"] * 50])
    assert conv.ended
    assert len(lines) < len(TO_SUMMARY) + 20
    record = (await store.list_records())[0]
    # what was confirmed is kept: the call ends with the record's values saved
    assert record.slots["email"] == "juan.perez@gmail.com"
    assert record.outcome == conv.outcome


async def test_alternating_corrections_at_a_read_back_end(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore())
    corrections = ["no, it's Ana Lopez", "no, it's Bea Ruiz"] * 50
    lines = await drive(conv, ["yes", "Juan Perez", *corrections])
    assert conv.ended
    assert len(lines) < 20


FLOW = """\
version: 1
name: loop
locales: [en-US]
defaults:
  policy: {max_attempts: 20, on_exhausted: bye}
  silence: {reprompts: [still_there], then: bye}
  limits: {turns: 30, idle_turns: 5}
slots:
  code: {type: integer}
intents:
  repeat: {then: return}
states:
  ask:
    say: ask
    capture: code
    {ask_limits}
    on:
      - {on: filled, when: "code == 999", to: bye}
      - {on: filled, to: ask}
  help:
    say: help
    on:
      - {on: yes, to: ask}
      - {on: no, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: partial}]
    final: true
"""


def loop_flow(tmp_path: Path, ask_limits: str = "") -> CompiledFlow:
    folder = tmp_path / "prompts" / "loop" / "en-US"
    folder.mkdir(parents=True)
    for name in ("ask", "help", "bye", "still_there"):
        (folder / f"{name}.j2").write_text(f"{name} line", "utf-8")
    path = tmp_path / "loop.yaml"
    path.write_text(FLOW.replace("{ask_limits}", ask_limits), "utf-8")
    return compile_flow(load_flow(path))


async def test_without_then_the_call_ends_with_the_records_status(tmp_path: Path) -> None:
    flow = loop_flow(tmp_path)
    store = MemoryStore()
    conv = Conversation(flow, store=store)
    # a repeat request that is no line check (those become silences after a few: `LINE_CHECKS_ANSWERED`)
    lines = await drive(conv, [AGAIN] * 40)
    assert conv.ended and conv.outcome == "partial"
    assert len(lines) == 1 + 5
    assert lines[-1] == ""  # what the bounded turn would have said is not said
    record = (await store.list_records())[0]
    assert record.outcome == "partial"
    assert any(event["kind"] == "limit" and event["reason"] == "idle_turns" for event in record.events)


async def test_a_state_sets_its_own_idle_bound_and_where_to_go(tmp_path: Path) -> None:
    flow = loop_flow(tmp_path, "limits: {idle_turns: 2, then: help}")
    conv = Conversation(flow, store=MemoryStore())
    lines = await drive(conv, ["what?", "what?"])
    assert lines[-1] == "help line"
    assert conv.step.name == "help" and not conv.ended
    # going on making no progress in `help` ends the call: `then` is used once
    await drive_more(conv, [AGAIN] * 10)
    assert conv.ended


async def drive_more(conv: Conversation, turns: list[str]) -> None:
    for turn in turns:
        if conv.ended:
            return
        await conv.user_turn(turn)


async def test_the_turn_budget_ends_a_call_that_keeps_giving_new_answers(tmp_path: Path) -> None:
    flow = loop_flow(tmp_path)
    conv = Conversation(flow, store=MemoryStore())
    # a new number every turn is progress each time: only the call's turn budget ends this
    await conv.start()
    turns = 0
    while not conv.ended and turns < 200:
        turns += 1
        await conv.user_turn(str(turns))
    assert conv.ended
    assert turns == 30


async def test_a_new_answer_resets_the_idle_count(tmp_path: Path) -> None:
    flow = loop_flow(tmp_path)
    conv = Conversation(flow, store=MemoryStore())
    await conv.start()
    for number in range(1, 6):  # 25 turns, within the budget of 30
        for _ in range(4):  # four idle turns, one short of the bound, then progress
            await conv.user_turn(AGAIN)
        await conv.user_turn(str(number))
        if conv.ended:
            break
    assert not conv.ended


LIMIT_ERRORS = [
    ("limits: {then: nowhere}", "E2", "nowhere"),
    ("limits: {turns: 5}", "E101", "turns"),
    ("limits: {idle_turns: 0}", "E1", "idle_turns"),
]


@pytest.mark.parametrize("snippet, code, word", LIMIT_ERRORS)
def test_a_wrong_limit_is_a_located_error(tmp_path: Path, snippet: str, code: str, word: str) -> None:
    with pytest.raises(FlowError) as raised:
        loop_flow(tmp_path, snippet)
    errors = [d for d in raised.value.report.sorted() if d.severity == "error"]
    assert errors, raised.value.report
    first = errors[0].format_text()
    assert first.startswith(f"{tmp_path / 'loop.yaml'}:16:")
    assert errors[0].code.startswith(code) and word in first


async def test_keyed_corrections_at_a_read_back_without_end_still_end_the_call(daisy: CompiledFlow) -> None:
    # A caller who keys a different tractor number at every read-back ("9999#", "4512#", ...) never
    # confirms: the keypad turns count like spoken ones, so the call ends in bounded turns.
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await drive(conv, ["sí", "Juan Pérez López", "sí"])
    assert conv.step.name == "registration.tractor_number.ask"
    keyed = 0
    while not conv.ended and keyed < 300:
        await conv.keypad("4512#" if keyed % 2 else "9999#")
        keyed += 1
    assert conv.ended
    assert keyed <= daisy.flow.limits.turns


@pytest.mark.parametrize(("locale", "run"), [
    ("es-MX", ["¿Bueno?", "¿Mande?"]),
    ("es-MX", ["¿Mande?", "¿Bueno?", "¿Bueno?"]),
    ("es-MX", ["¿Me oye?", "¿Cómo?"]),
    ("en-US", ["Hello?", "What?"]),
    ("en-US", ["What?", "Hello? Are you there?"]),
])
async def test_line_checks_and_repeat_requests_mixed_end_like_repeat_requests(daisy: CompiledFlow, locale: str,
                                                                              run: list[str]) -> None:
    """"¿Bueno?" / "¿Mande?" taking turns: each resets the other's count, yet the run is five non-answers in a row -
    the fifth goes where a fifth "¿Mande?" does (the apology and a person or a callback), not ten turns later."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    turns = ["sí" if locale == "es-MX" else "yes", *(run * 20)]
    lines = await drive(conv, turns)
    assert conv.ended
    assert len(lines) == 1 + 1 + 5  # the greeting, the yes, five non-answers
    assert conv.outcome in ("rescheduled", "transferred")


async def test_an_answer_between_non_answers_starts_their_count_again(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await drive(conv, ["sí", "¿Bueno?", "¿Mande?", "¿Bueno?", "¿Mande?", "Juan Pérez", "¿Bueno?", "¿Mande?",
                       "¿Bueno?", "¿Mande?"])
    assert not conv.ended
