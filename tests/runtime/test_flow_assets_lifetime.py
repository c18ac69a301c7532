"""A flow's shared assets live as long as the flow: calls of one flow share them, and a worker that loads
flow after flow (a reload, a test run, a service hosting many flows) lets the old ones go."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"


async def _one_call(compiled: CompiledFlow) -> None:
    conversation = Conversation(compiled, locale="es-MX", store=MemoryStore())
    await conversation.start()
    await conversation.user_turn("Me llamo Ramiro Cázares")
    await conversation.user_turn("El tractor es el cuarenta y dos")


async def test_calls_of_one_flow_share_its_assets() -> None:
    compiled = compile_flow(load_flow(DAISY))
    assert FlowAssets.of(compiled) is FlowAssets.of(compiled)
    other = compile_flow(load_flow(DAISY))
    assert FlowAssets.of(other) is not FlowAssets.of(compiled)


async def test_a_flow_no_longer_used_is_freed_with_its_assets() -> None:
    compiled = compile_flow(load_flow(DAISY))
    await _one_call(compiled)
    flow_ref = weakref.ref(compiled)
    assets_ref = weakref.ref(FlowAssets.of(compiled))
    del compiled
    gc.collect()
    assert flow_ref() is None
    assert assets_ref() is None
