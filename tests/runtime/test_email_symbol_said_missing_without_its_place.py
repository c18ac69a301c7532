"""An e-mail read back and answered only that it lacks a symbol ("tiene un punto", "le falta un guion", "you forgot
the dot"), with no yes or no and no place: the address stands (it is never dropped for a spelling from the start),
Daisy asks where the symbol goes, and the place said next puts it there. A "sí" in between is no place: the same
question again, never "Vamos despacio" with the address lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "A B C uno dos tres", "/silence", "sí",
              "siete siete", "sí", "X Y Z nueve nueve", "/silence", "sí", "a las tres de la tarde", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "A B C one two three", "/silence", "yes",
              "seven seven", "yes", "X Y Z nine nine", "/silence", "yes", "at three pm", "yes"],
}
ASKED_WHERE = {"es-MX": "¿Después de qué letra o palabra va", "en-US": "Which letter or word does"}


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def read_back(daisy: CompiledFlow, locale: str, address: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in [*TO_EMAIL[locale], address]:
        await (conv.silence() if turn == "/silence" else conv.user_turn(turn))
    assert conv.step.name == "registration.email.confirm"
    return conv


@pytest.mark.parametrize(("locale", "address", "lacks", "between", "place", "read"), [
    ("es-MX", "juan perez arroba gmail punto com", "tiene un punto", "sí", "después de juan",
     "juan punto perez arroba gmail"),
    ("es-MX", "juan perez arroba gmail punto com", "le falta un guion", "", "entre juan y perez",
     "juan guion perez arroba gmail"),
    ("es-MX", "rosa maria arroba hotmail punto com", "se te olvidó el guion bajo", "sí, sí", "después de rosa",
     "rosa guion bajo maria arroba hotmail"),
    ("en-US", "john smith at gmail dot com", "you forgot the dot", "yes", "after john", "john dot smith at gmail"),
    ("en-US", "kim lee at yahoo dot com", "it's missing an underscore", "", "between kim and lee",
     "kim underscore lee at yahoo"),
])
async def test_the_address_stands_and_the_place_of_the_symbol_is_asked(
        daisy: CompiledFlow, locale: str, address: str, lacks: str, between: str, place: str, read: str) -> None:
    conv = await read_back(daisy, locale, address)
    reply = said(await conv.user_turn(lacks))
    assert ASKED_WHERE[locale] in reply, reply
    if between:
        reply = said(await conv.user_turn(between))
        assert ASKED_WHERE[locale] in reply, reply
    reply = said(await conv.user_turn(place))
    assert conv.step.name == "registration.email.confirm"
    assert read in reply, reply
