"""A caller's text is cleaned where it enters: cut when very long, no control characters or bad bytes."""

from __future__ import annotations

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.caller_text import MAX_TURN_CHARS
from daisy_engine.store import MemoryStore


async def test_a_very_long_turn_is_cut_and_the_log_says_so(order: CompiledFlow) -> None:
    conv = Conversation(order, store=MemoryStore())
    await conv.start()
    await conv.user_turn("dos " + "x" * 5000)
    turn = next(e for e in conv.log.events if e["kind"] == "turn")
    assert len(turn["text"]) <= MAX_TURN_CHARS and turn["truncated_from"] == 5004
    assert conv.slots["quantity"] == "2"


async def test_control_characters_and_undecodable_bytes_never_reach_the_store(order: CompiledFlow) -> None:
    store = MemoryStore()
    conv = Conversation(order, store=store)
    await conv.start()
    await conv.user_turn("d\udcf3s\x1b]0;title\x07\r\n")
    line = next(line["text"] for line in conv.log.transcript if line["role"] == "caller")
    assert line == "d\ufffds"
