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


@pytest.mark.parametrize(
    ("locale", "turn"),
    [
        ("es-MX", "mi esposa te marca en veinte minutos"),
        ("es-MX", "ella le regresa la llamada en veinte minutos"),
        ("es-MX", "el despachador te habla en quince minutos"),
        ("es-MX", "mi hijo le llama en diez minutitos"),
        ("en-US", "she'll call you back in twenty minutes"),
        ("en-US", "my wife will call you in twenty minutes"),
        ("en-US", "dispatch is gonna call you in ten minutes"),
    ],
)
async def test_someone_else_calling_in_minutes_is_no_unit_number(daisy: CompiledFlow, locale: str, turn: str) -> None:
    # who calls back and when is no unit: "Caja número 20" would be read back for a call promised in 20 minutes
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for t in TO_TRAILER_NUMBER[locale]:
        await conv.user_turn(t)
    assert conv.step.name == "registration.trailer_number.ask"
    reply = said(await conv.user_turn(turn))
    assert conv.step.name != "registration.trailer_number.confirm", reply
    assert "trailer_number" not in conv.state.unconfirmed


@pytest.mark.parametrize(
    ("locale", "turn", "number"),
    [
        ("es-MX", "es la ciento veinte, llego en treinta minutos", "120"),
        ("en-US", "it's one twenty, I'll be there in thirty minutes", "120"),
    ],
)
async def test_the_number_beside_a_duration_is_the_number_alone(daisy: CompiledFlow, locale: str, turn: str,
                                                                 number: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for t in TO_TRAILER_NUMBER[locale]:
        await conv.user_turn(t)
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.trailer_number.confirm"
    assert number in reply and number + "30" not in reply
