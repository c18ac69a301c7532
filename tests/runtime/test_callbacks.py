"""Callbacks are scheduled only in the future."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from runtime_helpers import at_noon

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
