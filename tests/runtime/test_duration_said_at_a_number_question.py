"""A duration said at a unit-number question ("Cuarenta y cinco minutos si el puente está libre", "forty-five
minutes if the bridge is clear") is how long until arrival, not the number asked: it is kept for the arrival
time and the number is asked again. The "y" inside "cuarenta y cinco" is part of the number, never a join
that cuts "cinco minutos" off as the time and leaves "cuarenta" as the number."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.turn_parts import split_time
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_TRAILER_NUMBER = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "A B C one twenty-three", "yes"],
}


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


@pytest.mark.parametrize(
    ("locale", "turn"),
    [
        ("es-MX", "Cuarenta y cinco minutos si el puente está libre"),
        ("es-MX", "Como en treinta y cinco minutos"),
        ("es-MX", "Unos cincuenta y cinco minutos, más o menos."),
        ("en-US", "forty-five minutes if the bridge is clear"),
        ("en-US", "About thirty five minutes."),
    ],
)
async def test_a_duration_is_not_the_number_asked(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for before in TO_TRAILER_NUMBER[locale]:
        await conv.user_turn(before)
    assert conv.step.name == "registration.trailer_number.ask"
    reply = said(await conv.user_turn(turn))
    assert conv.pending is None and conv.step.name == "registration.trailer_number.ask", reply
    assert "trailer_number" not in conv.slots


@pytest.mark.parametrize(
    ("text", "timed", "rest"),
    [
        ("Cuarenta y cinco minutos", "Cuarenta y cinco minutos", ""),
        ("en treinta y cinco minutos", "en treinta y cinco minutos", ""),
        ("quinientos doce y llego a las cinco", "llego a las cinco", "quinientos doce,"),
        ("cuarenta y llego en cinco minutos", "llego en cinco minutos", "cuarenta,"),
    ],
)
def test_the_y_inside_a_number_does_not_cut_the_time_off(text: str, timed: str, rest: str) -> None:
    assert split_time(text, "es-MX") == (timed, rest)
