"""A complaint run into the answer with no mark between them, only a joining word: "me rebotaron entonces llego a
las ocho", "they turned me away so I'll be there at eight". The complaint is recorded for a supervisor and the
answer said after (or before) the joining word is heard, as it is when a comma separates them. Traps: a time that
belongs to the complaint itself ("me rebotaron a las ocho": when he was turned away) is no arrival, and a turn of
only a complaint still asks the question again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_ETA = {
    "es-MX": ["sí", "Rosa Medina", "sí", "setecientos diez", "sí", "k l m cuatro cinco seis siete", "sí", "treinta",
              "sí", "r s t uno dos tres cuatro", "sí"],
    "en-US": ["yes", "Rose Medina", "yes", "710", "yes", "k l m 4 5 6 7", "yes", "30", "yes", "r s t 1 2 3 4", "yes"],
}


async def at_eta(daisy: CompiledFlow, locale: str) -> tuple[Conversation, MemoryStore]:
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=lambda: datetime(2030, 1, 1, 15, 0, tzinfo=UTC))
    await conv.start()
    for turn in TO_ETA[locale]:
        await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.ask"
    return conv, store


@pytest.mark.parametrize(("locale", "turn", "time"), [
    ("es-MX", "me rebotaron entonces llego a las ocho de la noche", "20:00"),
    ("es-MX", "ya me rebotaron dos veces así que llego como a las nueve y media de la noche", "21:30"),
    ("es-MX", "nadie me atiende en la caseta pero llego a las diez de la noche", "22:00"),
    ("es-MX", "llego a las diez de la noche pero me tuvieron esperando tres horas", "22:00"),
    ("en-US", "they turned me away so I'll be there at eight pm", "20:00"),
    ("en-US", "the guard at the gate was rude to me but I'll get there around nine thirty pm", "21:30"),
    ("en-US", "I'll be there at ten pm but they kept me waiting three hours last time", "22:00"),
])
async def test_the_complaint_is_recorded_and_the_arrival_kept(daisy: CompiledFlow, locale: str, turn: str,
                                                              time: str) -> None:
    conv, store = await at_eta(daisy, locale)
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time
    assert "queja" in reply or "complaint" in reply
    record = await store.get(conv.record_id or 0)
    assert record is not None and len(record.complaints) == 1


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "me rebotaron a las ocho"),  # when he was turned away, no arrival
    ("es-MX", "me tuvieron esperando y nadie me atendió"),
    ("en-US", "they turned me away at eight"),
    ("en-US", "they kept me waiting for three hours and nobody helped me"),
])
async def test_a_complaint_alone_still_asks_again(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv, store = await at_eta(daisy, locale)
    await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.ask" and conv.pending is None
    record = await store.get(conv.record_id or 0)
    assert record is not None and len(record.complaints) == 1


TO_UNIT = {"es-MX": ["sí", "Rosa Medina", "sí"], "en-US": ["yes", "Rose Medina", "yes"]}


@pytest.mark.parametrize(("locale", "turn"), [
    # the complaint's own story holds the number or the time: no unit number, no arrival
    ("es-MX", "estuve en el andén 4 y me rebotaron"),
    ("es-MX", "me mandaron a la rampa 12 pero nadie me atendió"),
    ("es-MX", "me descontaron 500 y nadie me explica"),
    ("es-MX", "me tuvieron esperando y eran las ocho"),
    ("es-MX", "desde las seis estoy aquí y nadie me atiende"),
    ("en-US", "I was at dock 4 and they turned me away"),
    ("en-US", "I called the 800 number and nobody answers"),
])
async def test_a_number_in_the_complaints_story_is_no_unit_number(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=lambda: datetime(2030, 1, 1, 15, 0, tzinfo=UTC))
    await conv.start()
    for said_before in TO_UNIT[locale]:
        await conv.user_turn(said_before)
    assert conv.step.name == "registration.tractor_number.ask"
    await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_number.ask" and conv.pending is None
    record = await store.get(conv.record_id or 0)
    assert record is not None and len(record.complaints) == 1


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "llegué a las seis y nadie me atendió"),  # when he got there last time
    ("es-MX", "me rebotaron y me dieron cita a las ocho"),  # an appointment given, no arrival said
    ("es-MX", "me dejaron cuatro horas y luego me rebotaron"),
    ("en-US", "I got here at six and nobody helped me"),
    ("en-US", "they kept me 5 hours and then sent me away"),
])
async def test_a_time_in_the_complaints_story_is_no_arrival(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv, store = await at_eta(daisy, locale)
    await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.ask" and conv.pending is None
    record = await store.get(conv.record_id or 0)
    assert record is not None and len(record.complaints) == 1


@pytest.mark.parametrize(("locale", "turn", "time"), [
    ("es-MX", "me rebotaron y llegaría como a las nueve de la noche", "21:00"),  # the conditional is no story
    ("es-MX", "me rebotaron y mañana llego a las ocho de la noche", "20:00"),
])
async def test_an_arrival_after_the_complaint_is_still_heard(daisy: CompiledFlow, locale: str, turn: str,
                                                             time: str) -> None:
    conv, _ = await at_eta(daisy, locale)
    await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time
