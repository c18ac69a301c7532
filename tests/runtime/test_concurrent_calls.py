"""A thousand calls at once in one process: none sees another's values."""

from __future__ import annotations

import asyncio
from pathlib import Path

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation, ToolRegistry
from daisy_engine.runtime.tools import ToolContext, mocked
from daisy_engine.store import SQLiteStore

CALLS = 1000
COLORS = ("rojo", "azul", "verde")
CANONICAL = {"rojo": "red", "azul": "blue", "verde": "green"}


def code_for(index: int) -> str:
    return f"{chr(65 + index // 26 % 26)}{chr(65 + index % 26)}{index % 100:02d}"


async def one_call(compiled: CompiledFlow, store: SQLiteStore, tools: ToolRegistry, index: int) -> Conversation:
    conv = Conversation(compiled, context={"phone": f"+52155{index:08d}"}, store=store, tools=tools)
    await conv.start()
    code = code_for(index)
    for answer in ("sí", code, "sí", COLORS[index % 3], "sí", str(1000 + index), "sí"):
        await conv.user_turn(answer)
        await asyncio.sleep(0)  # let the other calls interleave between turns
    await conv.user_turn(str(index % 5 + 1) if code.startswith("AB") else "no")
    return conv


async def lookup_in_process(ctx: ToolContext, args: dict[str, object]) -> object:
    """The desk flow's `lookup`, answered on the event loop: its real python tool runs in a thread pool with a
    0.5 s time-out, and a thousand calls queueing for a few threads would time out on a busy machine. This
    test is about values kept apart, not about tool latency, so no answer here depends on machine load."""
    return {"found": str(args["code"]).startswith("AB"), "owner": "Ana"}


async def test_a_thousand_concurrent_calls_keep_their_own_values(desk: CompiledFlow, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "records.db")
    tools = ToolRegistry(desk.flow, overrides={"notify": mocked({"ok": True}), "lookup": lookup_in_process})
    try:
        calls = await asyncio.gather(*(one_call(desk, store, tools, i) for i in range(CALLS)))
        records = {record.id: record for record in await store.list_records()}
    finally:
        await store.close()
    assert len(records) == CALLS
    assert len({conv.record_id for conv in calls}) == CALLS
    for index, conv in enumerate(calls):
        expected = {"code": code_for(index), "color": CANONICAL[COLORS[index % 3]], "size": 1000 + index}
        if code_for(index).startswith("AB"):
            expected["rating"] = index % 5 + 1
        assert conv.ended and conv.outcome == "complete", (index, conv.snapshot())
        assert conv.slots == expected
        record = records[conv.record_id or 0]
        assert record.phone == f"+52155{index:08d}"
        assert record.slots == expected
        assert record.status == "complete"
        said = [line["text"] for line in record.transcript if line["role"] == "caller"]
        assert said[1] == code_for(index)
