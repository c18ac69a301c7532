"""Callbacks are scheduled only in the future."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, at_noon

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.store import MemoryStore


@pytest.mark.parametrize("minutes", [-5, 0, "abc"])
async def test_a_callback_that_is_not_in_the_future_is_not_scheduled(
    order: CompiledFlow, minutes: Any, caplog: pytest.LogCaptureFixture
) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=at_noon, context={"wait_minutes": minutes})
    await conv.start()
    await conv.user_turn("dos")
    await conv.user_turn("a las tres de la tarde")
    with caplog.at_level(logging.WARNING, logger="daisy_engine"):
        actions = await conv.user_turn("no")
    assert not any(isinstance(a, ScheduleCallback) for a in actions)
    assert any(
        "no callback scheduled" in r.getMessage() or "must be a number" in r.getMessage() for r in caplog.records
    )
    assert conv.ended


@pytest.mark.parametrize(
    ("turn", "locale"),
    [("No, así está bien, gracias.", "es-MX"), ("No, that's fine.", "en-US"), ("Nah, it's fine.", "en-US")],
)
async def test_fine_as_it_is_after_a_no_declines_the_callback_offered(daisy: CompiledFlow, turn: str,
                                                                     locale: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("no")  # no time now: the callback is offered
    actions = await conv.user_turn(turn)
    assert not any(isinstance(a, ScheduleCallback) for a in actions)
    assert conv.ended


@pytest.mark.parametrize(
    ("turn", "locale"),
    [("Mil cuatrocientos", "es-MX"), ("1400", "es-MX"), ("cuarenta", "es-MX"), ("Fourteen hundred", "en-US")],
)
async def test_a_bare_number_at_the_opening_question_keeps_the_call(daisy: CompiledFlow, turn: str,
                                                                   locale: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    actions = await conv.user_turn(turn)
    assert not any(isinstance(a, ScheduleCallback) for a in actions)
    assert not conv.ended
    await conv.user_turn("sí")
    assert conv.step.slot == "full_name"


async def test_a_callback_asked_at_a_clock_time_at_the_opening_question_is_scheduled(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=at_noon)
    await conv.start()
    actions = await conv.user_turn("llámame a las dos")
    assert any(isinstance(a, ScheduleCallback) for a in actions)
    assert conv.ended


# An English caller of Daisy up to the arrival question, every value confirmed.
_EN_TO_ETA = ("yes, go ahead", "John Miller", "yes", "four five two", "yes", "a b c one two three four", "yes",
              "twelve hundred", "yes", "x y z nine eight seven six", "yes")


@pytest.mark.parametrize(
    ("turn", "locale", "arrival"),
    [
        # the caller's own word to get in touch, said beside the arrival: the arrival is the answer
        ("A las cinco, cualquier cosa yo me comunico con usted.", "es-MX", "17:00"),
        ("Como a las cinco, si me atraso yo me comunico contigo.", "es-MX", "17:00"),
        ("A las cinco, y ya me reporto con ustedes.", "es-MX", "17:00"),
        ("Me reporto con usted cuando llegue, como a las cinco.", "es-MX", "17:00"),
        ("Llego como en dos horas, yo me comunico contigo si me atraso.", "es-MX", "08:00"),
        ("Five o'clock, I'll get in touch with you if I'm late.", "en-US", "17:00"),
        ("About five, I'll get back to you if anything changes.", "en-US", "17:00"),
        # a later time preferred because of the place, not the caller ("no hay rampa", "está cerrado")
        ("Mañana a primera hora mejor, ahorita no hay rampa.", "es-MX", None),
        ("Mejor en la madrugada, ahorita está cerrado.", "es-MX", None),
    ],
)
async def test_an_arrival_said_with_a_later_contact_or_a_closed_place_is_no_callback(
        daisy: CompiledFlow, turn: str, locale: str, arrival: str | None) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    for said in DAISY_ES_TO_SUMMARY[:11] if locale == "es-MX" else _EN_TO_ETA:
        await conv.user_turn(said)
    assert conv.step.slot == "eta"
    actions = await conv.user_turn(turn)
    assert not any(isinstance(a, ScheduleCallback) for a in actions)
    assert not conv.ended
    assert conv.step.slot == "eta"
    if arrival is not None:
        assert conv.state.pending == arrival



@pytest.mark.parametrize(("locale", "turn", "minutes"), [
    ("es-MX", "márcame en media hora, no, en una hora no porque voy a estar cargando", 30),
    ("es-MX", "llámame en veinte minutos... no, en una hora no, que ando descargando", 20),
    ("en-US", "call me in half an hour, no, in an hour no because I'll be loading", 30),
])
async def test_a_delay_said_again_and_ruled_out_at_once_leaves_the_first(daisy: CompiledFlow, locale: str, turn: str,
                                                                         minutes: int) -> None:
    # "en una hora no porque...": the second delay is the one the caller does not want - the first stands
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    for before in ["sí", "Ana López", "sí"] if locale == "es-MX" else ["yes", "Ana Lopez", "yes"]:
        await conv.user_turn(before)
    out = await conv.user_turn(turn)
    assert conv.state.ended
    assert [a.minutes for a in out if isinstance(a, ScheduleCallback)] == [minutes]
