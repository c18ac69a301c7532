"""At the read-back of an e-mail, "No, lleva guion bajo." says what the address lacks but not where: the
address is kept (not dictated anew from those words) and the next turn that says where ("Entre el gil y el
anaya.") puts the symbol there. "No lleva guion" (no pause after the "no": it has none) is no such turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding.accumulators import dictates, wanted_symbol

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_EMAIL_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
               "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"]
TO_EMAIL_EN = ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "1000", "yes", "x y z 9 8 7 6",
               "yes", "at five pm", "yes"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def _read_back(daisy: CompiledFlow, locale: str, address: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL_ES if locale.startswith("es") else TO_EMAIL_EN:
        await conv.user_turn(turn)
    await conv.user_turn(address)
    assert conv.step.name.endswith("email.confirm")
    return conv


@pytest.mark.parametrize(
    ("locale", "address", "lacks", "where", "expected"),
    [
        ("es-MX", "Rosa mena arroba gmail punto com.", "No, lleva guion bajo.", "Entre la rosa y la mena.",
         "rosa_mena@gmail.com"),
        ("es-MX", "Pepe soto arroba yahoo punto com.", "No, tiene un guion.", "Entre pepe y soto.",
         "pepe-soto@yahoo.com"),
        ("en-US", "Kim lee at gmail dot com.", "No, it's missing a dot.", "Between kim and lee.",
         "kim.lee@gmail.com"),
    ],
)
async def test_the_symbol_goes_where_the_next_turn_says(daisy: CompiledFlow, locale: str, address: str,
                                                        lacks: str, where: str, expected: str) -> None:
    conv = await _read_back(daisy, locale, address)
    await conv.user_turn(lacks)
    assert conv.pending is None  # nothing dictated from "lleva guion bajo"
    await conv.user_turn(where)
    assert conv.pending == expected
    assert conv.step.name.endswith("email.confirm")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("No, lleva guion bajo.", "_"), ("Le falta el guion.", "-"), ("It's missing a dot.", "."),
     ("no lleva guion", None), ("juan guion bajo", None), ("lleva guion bajo entre gil y anaya", None)],
)
def test_only_a_turn_that_just_says_the_symbol_is_missing(text: str, symbol: str | None) -> None:
    assert wanted_symbol(text) == symbol
    assert dictates(text, "es-MX") == (symbol is None)
