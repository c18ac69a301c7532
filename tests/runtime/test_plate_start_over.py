"""Plates dictated in Daisy: a start-over keeps what the caller confirmed ("las letras no están bien, los
números sí"), and letters said again after the letters are full replace them when the caller has clearly
begun the plate again, while a stray extra letter is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_TRACTOR_PLATE = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def at_tractor_plate(daisy: CompiledFlow) -> Conversation:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in TO_TRACTOR_PLATE:
        await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_plate.ask"
    return conv


async def talk(conv: Conversation, turns: list[str]) -> str:
    last = ""
    for turn in turns:
        last = said(await conv.user_turn(turn))
    return last


async def test_digits_the_caller_confirmed_survive_a_denied_read_back(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["eme cuatro siete tres nueve", "no, las letras no están bien, los números sí",
                      "de de dedo", "zeta de zapato"])
    assert conv.pending is None  # a third letter may still go before the digits: DZM-4739
    await talk(conv, ["eso es todo"])
    assert conv.pending == "DZ-4739"
    await talk(conv, ["no"])  # the letters are still wrong; the digits were confirmed
    await talk(conv, ["te de tomate", "zeta de zapato", "eme de mamá"])
    assert conv.pending == "TZM-4739"
    await talk(conv, ["sí"])
    assert conv.slots["tractor_plate"] == "TZM-4739"


async def test_a_plain_denial_without_confirmed_part_starts_from_nothing(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["a b c ciento veintitrés", "no"])
    assert conv.snapshot()["so_far"] == ""


async def test_letters_begun_again_replace_the_letters_taken(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    # a garbled first try (A, C), then the caller begins again at the second A: A D B
    now = await talk(conv, ["letra A", "le tracé", "ave águila", "de dedo"])
    assert "Llevo A D." in now
    await talk(conv, ["be de burro", "ciento cincuenta y cinco", "sí"])
    assert conv.slots["tractor_plate"] == "ADB-155"


async def test_the_first_letter_said_again_with_new_ones_begins_the_plate_again(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    now = await talk(conv, ["jota", "te", "ka", "jota eme"])
    assert "Llevo J M." in now


async def test_a_stray_extra_letter_is_still_refused(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    now = await talk(conv, ["trapa lo", "a", "be de burro", "ve de vaca", "ce"])
    assert "Llevo A B V." in now
    now = await talk(conv, ["a"])  # the first letter alone again are a restatement, not a new start
    assert "Llevo A B V." in now


@pytest.mark.parametrize(
    ("locale", "opening", "first_try", "again", "digits", "plate"),
    [
        ("es-MX", TO_TRACTOR_PLATE, ["Pe.", "Le traeme.", "¿Me oyes?", "Pe, eme, zeta.", "Se oye cortado."],
         ["Pe de Pedro.", "Eme de Monterrey.", "Zeta de Zacatecas."], "Ciento diez.", "PMZ-110"),
        ("es-MX", TO_TRACTOR_PLATE, ["Ka de kilo.", "Ele.", "Equis."],
         ["Ka.", "Ele de León.", "Equis de xilófono."], "Doscientos cuarenta y ocho.", "KLX-248"),
        ("en-US", ["yes", "Ana Lopez", "yes", "four five two", "yes"], ["D.", "F.", "R."],
         ["D as in David.", "F as in Frank.", "R as in Robert."], "three hundred seventeen", "DFR-317"),
    ],
)
async def test_letters_said_again_from_the_first_are_progress_not_restatements(
    daisy: CompiledFlow, locale: str, opening: list[str], first_try: list[str], again: list[str], digits: str,
    plate: str,
) -> None:
    # The caller begins the letters again (the line broke, or to make them clear): each letter said anew
    # moves the dictation on, even through letters heard before, and none of them is lost.
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await talk(conv, opening)
    await talk(conv, first_try)
    for turn in again:
        await talk(conv, [turn])
        assert conv.step.name == "registration.tractor_plate.ask"
    await talk(conv, [digits])
    assert conv.pending == plate


async def test_a_letter_said_once_more_is_a_second_one_in_a_call(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["E de Ernesto.", "Ene de Nayarit.", "Otra vez ene.", "Cero ocho uno."])
    assert conv.snapshot()["so_far"].replace(" ", "") == "ENN081"
    await talk(conv, ["Es todo."])
    assert conv.pending == "ENN-081"
