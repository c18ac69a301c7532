"""An e-mail whose domain the caller dictates a piece per turn in a call: "Arroba." / "Servicios." /
"Guion medio." / "Lara." / "Punto com." - every piece is heard and read back as it comes, the dash too, and
the address read back whole is the one dictated (no piece lost, no failed attempt counted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_EMAIL = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
            "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def test_each_piece_of_the_domain_is_kept(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    for turn in ["Ele, y, ese, a.", "Arroba.", "Servicios.", "Guion medio.", "Lara.", "Punto com."]:
        await conv.user_turn(turn)
    assert conv.pending == "lisa@servicios-lara.com"
    assert conv.step.name.endswith("email.confirm")
    await conv.user_turn("Sí.")
    assert conv.slots["email"] == "lisa@servicios-lara.com"
