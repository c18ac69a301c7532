"""Daisy's summary reads each value the way the caller said it and the read-back confirmed it: an arrival
time said on the 24-hour dial ("diecisiete cuarenta y cinco") is not turned into "5:45 de la tarde"."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
BEFORE_ETA = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "ABC uno dos tres cuatro", "sí",
              "nueve ocho siete", "sí", "XYZ nueve ocho siete seis", "sí"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def summary_after(daisy: CompiledFlow, eta: str) -> tuple[str, str]:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in BEFORE_ETA:
        await conv.user_turn(turn)
    readback = said(await conv.user_turn(eta))
    await conv.user_turn("sí")
    await conv.user_turn("ana arroba gmail punto com")
    summary = said(await conv.user_turn("sí"))
    assert "le confirmo" in summary
    return readback, summary


async def test_a_time_said_on_the_24_hour_dial_is_summarised_on_it(daisy: CompiledFlow) -> None:
    readback, summary = await summary_after(daisy, "a las diecisiete cuarenta y cinco")
    assert "17:45" in readback
    assert "17:45" in summary, summary
    assert "tarde" not in summary.split("Llegada")[1].split(".")[0]


async def test_a_time_said_on_the_12_hour_dial_is_summarised_on_it(daisy: CompiledFlow) -> None:
    readback, summary = await summary_after(daisy, "como a las cinco y media de la tarde")
    assert "5:30" in readback and "5:30" in summary, summary
    assert "17:30" not in summary
