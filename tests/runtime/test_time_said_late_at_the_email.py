"""A time of arrival said again at the e-mail question ("mejor apúntale las seis", the caller still on the
last question) is not dictated into the address: the address is taken from what the caller spells."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_EMAIL = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
            "x y z novecientos ochenta y siete", "sí", "entre cinco y seis", "sí"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


@pytest.mark.parametrize("late", ["Mejor apúntale las seis.", "Ponle las cinco mejor."])
async def test_a_late_time_at_the_email_question_is_not_part_of_the_address(daisy: CompiledFlow, late: str) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    for turn in (late, "ana", "punto", "lopez", "arroba gmail punto com", "sí"):
        await conv.user_turn(turn)
    assert conv.slots.get("email") == "ana.lopez@gmail.com"
