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
