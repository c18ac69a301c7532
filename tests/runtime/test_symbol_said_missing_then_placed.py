"""At the read-back of an e-mail, "No, lleva guion bajo." says what the address lacks but not where: the
address is kept (not dictated anew from those words) and the next turn that says where ("Entre el gil y el
anaya.", "Después de baeza.", "Right after kim.") puts the symbol there. Said without a "no" ("le falta el
guion bajo", "you forgot the underscore") it turns the address down the same way. At an address that already
has that one symbol (the caller heard an older read-back that dropped it) the address is read back again
unchanged. "No lleva guion" (no pause after the "no": it has none) is no such turn."""

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
        # the place said by one part only: after it, or before it
        ("es-MX", "Rosa mena arroba gmail punto com.", "No, le falta el guion bajo.", "Después de rosa.",
         "rosa_mena@gmail.com"),
        ("es-MX", "Pepe soto ochenta arroba yahoo punto com.", "Le falta un punto.", "Va antes del ochenta.",
         "pepesoto.80@yahoo.com"),
        ("es-MX", "Lalo ruiz arroba hotmail punto com.", "Se le olvidó el guion.", "Antes de ruiz.",
         "lalo-ruiz@hotmail.com"),
        ("en-US", "Kim lee at gmail dot com.", "You forgot the underscore.", "Right after kim.",
         "kim_lee@gmail.com"),
        ("en-US", "Dana cole at aol dot com.", "It's missing the dash.", "Before cole.", "dana-cole@aol.com"),
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
    ("locale", "address", "lacks", "expected"),
    [
        ("es-MX", "Hache baeza guion bajo trans arroba outlook punto com.", "No, le falta el guion bajo.",
         "hbaeza_trans@outlook.com"),
        ("es-MX", "Rosa guion mena arroba gmail punto com.", "Le falta el guion.", "rosa-mena@gmail.com"),
        ("en-US", "Kim underscore lee at gmail dot com.", "You forgot the underscore.", "kim_lee@gmail.com"),
        ("en-US", "Kim dot lee at gmail dot com.", "No, it's missing the dot.", "kim.lee@gmail.com"),
        # the one dash is in the domain's name
        ("es-MX", "Eme punto treviño arroba transportes guion lara punto com.", "Le falta el guion.",
         "m.trevino@transportes-lara.com"),
    ],
)
async def test_a_symbol_said_missing_that_the_address_has_reads_it_back_again(
        daisy: CompiledFlow, locale: str, address: str, lacks: str, expected: str) -> None:
    conv = await _read_back(daisy, locale, address)
    assert conv.pending == expected
    await conv.user_turn(lacks)
    assert conv.pending == expected  # kept, never dictated anew ("Vamos despacio ...")
    assert conv.step.name.endswith("email.confirm")
    await conv.user_turn("Ahora sí." if locale.startswith("es") else "Now it's right.")
    assert conv.slots.get("email") == expected


async def test_one_more_of_a_symbol_the_address_has_is_no_read_back_again(daisy: CompiledFlow) -> None:
    conv = await _read_back(daisy, "es-MX", "Ana punto lopez ochenta arroba gmail punto com.")
    await conv.user_turn("No, le falta otro punto.")
    await conv.user_turn("Antes del ochenta.")
    assert conv.pending == "ana.lopez.80@gmail.com"


# "Le falta UN punto" at an address with one dot already: the dot read back was heard and another is wanted (the
# one the address has is "EL punto"), so where it goes is asked, never the same address read back again.
@pytest.mark.parametrize(
    ("locale", "address", "lacks", "where", "expected"),
    [
        ("es-MX", "Juan punto perez lopez arroba gmail punto com.", "Le falta un punto.", "Entre perez y lopez.",
         "juan.perez.lopez@gmail.com"),
        ("es-MX", "Juan punto perez lopez arroba gmail punto com.", "No, le falta un punto.", "Entre perez y lopez.",
         "juan.perez.lopez@gmail.com"),
        ("es-MX", "Rosa guion mena soto arroba gmail punto com.", "Le falta un guion.", "Después de mena.",
         "rosa-mena-soto@gmail.com"),
        ("en-US", "John dot smith lee at gmail dot com.", "You missed a dot.", "Between smith and lee.",
         "john.smith.lee@gmail.com"),
        ("en-US", "John dot smith lee at gmail dot com.", "It's missing a dot.", "After smith.",
         "john.smith.lee@gmail.com"),
    ],
)
async def test_a_symbol_said_missing_with_a_is_one_more_and_goes_where_said(
        daisy: CompiledFlow, locale: str, address: str, lacks: str, where: str, expected: str) -> None:
    conv = await _read_back(daisy, locale, address)
    await conv.user_turn(lacks)
    assert conv.pending is None  # not the same address read back again
    await conv.user_turn(where)
    assert conv.pending == expected


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("No, lleva guion bajo.", "_"), ("Le falta el guion.", "-"), ("It's missing a dot.", "."),
     ("Se le olvidó el punto.", "."), ("You forgot the underscore.", "_"), ("You left out the dash.", "-"),
     ("no lleva guion", None), ("juan guion bajo", None), ("lleva guion bajo entre gil y anaya", None)],
)
def test_only_a_turn_that_just_says_the_symbol_is_missing(text: str, symbol: str | None) -> None:
    assert wanted_symbol(text) == symbol
    assert dictates(text, "es-MX") == (symbol is None)
