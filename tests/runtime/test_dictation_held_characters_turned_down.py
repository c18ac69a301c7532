"""A bare "no" to the characters read so far while a plate or an e-mail is dictated ("Llevo J 1 1 1. ¿Qué
sigue?" - "No."): the caller says they are wrong, and says the value again from its first character. The
dictation starts over (the question asks for the value slowly), so the characters said next make the value
rather than being added to the wrong ones (J K J 1 1 1). A whole value is read back instead ("No." = nothing
more), "¿No?" asked is no denial, and "no, espérame" says more than no."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_TRACTOR_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
                    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes"]}


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def at_plate(daisy: CompiledFlow, locale: str, turns: list[str]) -> tuple[Conversation, str]:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    last = ""
    for turn in [*TO_TRACTOR_PLATE[locale], *turns]:
        last = said(await conv.user_turn(turn))
    return conv, last


@pytest.mark.parametrize(("locale", "turns", "plate"), [
    ("es-MX", ["Letra jota.", "Uno uno uno.", "No.", "Letra K.", "Letra J.", "Ciento once."], "KJ-111"),
    ("es-MX", ["Eme.", "Ene.", "No, no.", "Eme.", "Pe.", "Equis.", "Dos dos.", "Es todo."], "MPX-22"),
    ("es-MX", ["Be de burro.", "Cuatro.", "No.", "Ve de vaca.", "Ere.", "Cuatrocientos diez."], "VR-410"),
    ("en-US", ["J.", "One one one.", "No.", "K.", "J.", "One eleven."], "KJ-111"),
    ("en-US", ["M.", "N.", "Nope.", "M.", "P.", "X.", "Two two.", "That's it."], "MPX-22"),
])
async def test_a_bare_no_to_the_characters_read_so_far_starts_the_plate_over(
        daisy: CompiledFlow, locale: str, turns: list[str], plate: str) -> None:
    conv, _ = await at_plate(daisy, locale, turns)
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert conv.pending == plate


@pytest.mark.parametrize(("locale", "turns", "asks"), [
    ("es-MX", ["Letra jota.", "Uno uno uno.", "No."], "desde el principio"),
    ("en-US", ["J.", "One one one.", "No."], "start over"),
])
async def test_the_start_over_is_said(daisy: CompiledFlow, locale: str, turns: list[str], asks: str) -> None:
    conv, last = await at_plate(daisy, locale, turns)
    assert asks in last.lower()
    assert conv.state.acc is not None and conv.state.acc.so_far() == ""


@pytest.mark.parametrize(("locale", "turns", "held"), [
    ("es-MX", ["Letra jota.", "Uno uno uno.", "¿No?"], "J 1 1 1"),
    ("es-MX", ["Letra jota.", "Uno uno uno.", "No, espérame."], "J 1 1 1"),
    ("en-US", ["J.", "One one one.", "No?"], "J 1 1 1"),
])
async def test_a_no_asked_or_with_more_keeps_what_is_held(daisy: CompiledFlow, locale: str, turns: list[str],
                                                        held: str) -> None:
    conv, _ = await at_plate(daisy, locale, turns)
    assert conv.state.acc is not None and conv.state.acc.so_far() == held


@pytest.mark.parametrize(("locale", "turns"), [
    ("es-MX", ["Letra A.", "Be.", "Ce.", "uno", "dos", "tres", "No."]),
    ("en-US", ["A.", "B.", "C.", "one", "two", "three", "No."]),
])
async def test_a_no_after_a_whole_plate_reads_it_back(daisy: CompiledFlow, locale: str, turns: list[str]) -> None:
    conv, _ = await at_plate(daisy, locale, turns)
    assert (conv.step.name, conv.pending) == ("registration.tractor_plate.confirm", "ABC-123")


async def test_a_bare_no_starts_an_email_over(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
                 "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí",
                 "te", "ocho", "u", "No.", "pe", "ocho", "arroba gmail punto com"]:
        await conv.user_turn(turn)
    assert conv.step.name == "registration.email.confirm"
    assert conv.pending == "p8@gmail.com"


@pytest.mark.parametrize(("locale", "turns", "held"), [
    # the "no" said alone, what is wrong said next: the fix applies to the characters turned down
    ("es-MX", ["Be de burro.", "Cuatro.", "No.", "No es be, es ve de vaca.", "Cinco."], "V 4 5"),
    ("es-MX", ["Ve.", "Ere.", "Cuatro.", "No.", "La última es un cinco.", "Uno."], "V R 5 1"),
    ("es-MX", ["Eme.", "Ene.", "Dos.", "No, no.", "No es ene, es eme.", "Tres."], "M M 2 3"),
    ("en-US", ["B as in boy.", "Four.", "No.", "Not B, it's V as in Victor.", "Five."], "V 4 5"),
    ("en-US", ["V.", "R.", "Four.", "Nope.", "Not R, it's P as in Papa.", "One."], "V P 4 1"),
])
async def test_a_no_then_what_is_wrong_fixes_the_characters_held(daisy: CompiledFlow, locale: str,
                                                                 turns: list[str], held: str) -> None:
    conv, _ = await at_plate(daisy, locale, turns)
    assert conv.step.name.startswith("registration.tractor_plate.")
    assert conv.state.acc is not None and conv.state.acc.so_far() == held
