"""The call record holds the values the call collected, never the call's own steering: which value the driver
wanted to fix at the summary (Daisy's `field_to_fix`, a slot declared `record: false`) is read by the flow while
the call lasts, but it is not in the record, nor in the confirmation e-mail, nor brought back by a callback. A
slot that holds the caller's data (`preferred_channel`: "mejor por WhatsApp") is kept."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from runtime_helpers import at_noon, said, written_flow

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import NewRecord, RecordUpdate, Store

TO_SUMMARY = {
    "es-MX": ["sí", "Ana López Ruiz", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco de la tarde", "sí",
              "ana arroba gmail punto com", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes", "one thousand", "yes",
              "XYZ 987", "yes", "at five in the afternoon", "yes", "ana at gmail dot com", "yes"],
}
COLLECTED = ["full_name", "tractor_number", "tractor_plate", "trailer_number", "trailer_plate", "eta", "email"]
# (the summary's "no", which value, its new value, its "yes", the summary's "yes")
FIXES = {
    "es-MX": [("no", "la hora", "a las seis de la tarde", "sí", "sí", "eta", "18:00"),
              ("no, está mal", "el número de la caja", "mil cien", "sí", "sí", "trailer_number", "1100"),
              ("no", "nada, todo bien", None, None, "sí", None, None)],
    "en-US": [("no", "the arrival time", "at six in the evening", "yes", "yes", "eta", "18:00"),
              ("no", "the trailer number", "eleven hundred", "yes", "yes", "trailer_number", "1100")],
}


def _fixes() -> list[tuple[str, tuple[Any, ...]]]:
    return [(locale, fix) for locale, fixes in FIXES.items() for fix in fixes]


@pytest.mark.parametrize(("locale", "fix"), _fixes())
async def test_the_value_to_fix_steers_the_call_but_is_not_a_value_of_the_record(
        daisy: CompiledFlow, store: Store, locale: str, fix: tuple[Any, ...]) -> None:
    no, which, value, yes, summary_yes, slot, stored = fix
    conv = Conversation(daisy, locale=locale, context={"phone": "+5215550101"}, store=store, clock=at_noon)
    await conv.start()
    for turn in TO_SUMMARY[locale]:
        await conv.user_turn(turn)
    assert conv.step.name == "summary"
    await conv.user_turn(no)
    await conv.user_turn(which)
    if slot is not None:
        assert conv.step.slot == slot  # the choice steered the call to that value
        await conv.user_turn(value)
        await conv.user_turn(yes)
    assert conv.step.name == "summary"
    await conv.user_turn(summary_yes)
    assert conv.ended and conv.outcome == "complete"
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "complete"
    assert sorted(record.slots) == sorted(COLLECTED)  # the seven values, and nothing else
    if slot is not None:
        assert record.slots[slot] == stored
    assert "field_to_fix" not in conv.confirmed


async def test_a_callback_of_an_earlier_record_holding_the_value_to_fix_does_not_take_it_back(
        daisy: CompiledFlow, store: Store) -> None:
    """A record written before `record: false` (it holds `field_to_fix`): the callback resumes the values, not
    the steering, and saves the record without it."""
    record = await store.create(NewRecord(flow="daisy", phone="+5215550102", locale="es-MX"))
    for name, value in (("full_name", "Ana López Ruiz"), ("tractor_number", "452"), ("field_to_fix", "eta")):
        await store.save_slot(record.id, name, value)
    await store.update(record.id, RecordUpdate(status="partial", outcome="partial"))
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215550102"}, store=store, clock=at_noon)
    await conv.start()
    assert conv.resumed and conv.step.slot is None  # "seguimos donde nos quedamos": asking to go on
    assert "field_to_fix" not in conv.slots and conv.slots["tractor_number"] == "452"


async def test_trap_a_preference_the_caller_gave_stays_in_the_record(daisy: CompiledFlow, store: Store) -> None:
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215550103"}, store=store, clock=at_noon)
    await conv.start()
    await conv.user_turn("No puedo ahorita, mejor mándeme un whatsapp.")
    assert conv.ended
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.slots == {"preferred_channel": "whatsapp"}


async def test_a_slot_declared_record_false_in_any_flow_is_never_written(tmp_path: Path, store: Store) -> None:
    """Not Daisy's name: any flow's `record: false` slot, captured and read by a condition."""
    flow = written_flow(tmp_path, "menu", """\
version: 1
name: menu
locales: [en-US]
defaults: {policy: {on_exhausted: bye}}
slots:
  city: {type: text}
  next_step: {type: choice, required: false, record: false, choices: {again: [again, repeat], done: [done, finish]}}
states:
  ask:
    collect: [{slot: city, confirm: false}]
    on: [{on: done, to: menu}]
  menu:
    say: menu
    capture: next_step
    on:
      - {on: filled, when: "next_step == 'again'", to: ask, actions: [{set: {city: null}}]}
      - {on: filled, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
""", {"en-US": {"ask_city": "Which city?", "menu": "Got {{ city }}. Again or done?", "bye": "Bye."}})
    conv = Conversation(flow, locale="en-US", store=store)
    await conv.start()
    for turn in ("Paris", "again"):
        await conv.user_turn(turn)
    assert said(await conv.user_turn("Lyon")) == "Got Lyon. Again or done?"
    await conv.user_turn("done")
    assert conv.ended
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.slots == {"city": "Lyon"}


# -- the confirmation e-mail lists the values, not the steering ------------------------------------------------


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, _Inbox]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield controller, inbox
    controller.stop()


async def test_the_confirmation_email_lists_the_values_not_which_one_was_fixed(
        daisy: CompiledFlow, store: Store, smtp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    controller, inbox = smtp
    monkeypatch.setenv("DAISY_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("DAISY_SMTP_PORT", str(controller.port))
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215550104"}, store=store, clock=at_noon)
    await conv.start()
    for turn in [*TO_SUMMARY["es-MX"], "no", "la hora", "a las seis de la tarde", "sí"]:
        await conv.user_turn(turn)
    goodbye = said(await conv.user_turn("sí"))
    assert "le envié la confirmación" in goodbye
    body = inbox.messages[0].content.decode()
    assert "eta: 18:00" in body and "full_name: Ana L" in body
    assert "field_to_fix" not in body
