"""Times said relative to now ("in two and a half hours") are read from the call's clock."""

from __future__ import annotations

from datetime import datetime

from runtime_helpers import at_noon

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


async def test_in_two_and_a_half_hours_is_read_from_the_calls_clock(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=at_noon, context={"timezone": "America/Mexico_City"})
    await conv.start()
    await conv.user_turn("dos")
    await conv.user_turn("en dos horas y media")
    assert conv.slots["eta"] == "08:30"  # 12:00 UTC is 06:00 in Mexico City


async def test_a_naive_clock_is_the_local_time_itself(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=lambda: datetime(2030, 1, 1, 9, 15))
    await conv.start()
    await conv.user_turn("dos")
    await conv.user_turn("en dos horas y media")
    assert conv.slots["eta"] == "11:45"
