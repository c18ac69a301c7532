"""A caller who says yes with a value of their own at a read-back ("Sí, como a las cinco y cuarto de la tarde" at
17:00) has agreed to that value: when its read-back is then answered with the next question's value (the
e-mail), the caller has moved on - the value stands and the e-mail is read back next. At a read-back the
caller never said yes to, such a turn still gets the read-back asked again."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_ETA = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "1000", "yes", "x y z 9 8 7 6",
              "yes"],
}


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def _at_eta(daisy: CompiledFlow, locale: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO_ETA[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "eta"
    return conv


@pytest.mark.parametrize(
    ("locale", "time", "yes_with_value", "email", "eta", "address"),
    [
        ("es-MX", "A las cinco de la tarde.", "Sí, como a las cinco y cuarto de la tarde.",
         "Pedro arroba gmail punto com.", "17:15", "pedro@gmail.com"),
        ("en-US", "Around five pm.", "Yes, more like five fifteen pm.", "It's pedro at gmail dot com.",
         "17:15", "pedro@gmail.com"),
    ],
)
async def test_the_value_said_with_a_yes_stands_when_the_caller_moves_on(
        daisy: CompiledFlow, locale: str, time: str, yes_with_value: str, email: str, eta: str,
        address: str) -> None:
    conv = await _at_eta(daisy, locale)
    await conv.user_turn(time)
    await conv.user_turn(yes_with_value)
    assert conv.pending == eta and conv.step.name.endswith("eta.confirm")
    await conv.user_turn(email)
    assert conv.slots["eta"] == eta
    assert conv.step.name.endswith("email.confirm")
    assert conv.pending == address


async def test_a_read_back_never_agreed_to_is_asked_again(daisy: CompiledFlow) -> None:
    conv = await _at_eta(daisy, "es-MX")
    await conv.user_turn("A las cinco de la tarde.")
    await conv.user_turn("Pedro arroba gmail punto com.")
    assert "eta" not in conv.slots
    assert conv.step.name.endswith("eta.confirm")
