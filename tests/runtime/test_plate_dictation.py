"""Plates and e-mails dictated over many turns in Daisy: the call keeps going while the caller makes
progress, restating is not progress, a value that cannot be taken is skipped (and asked once more), a
pause after a complete plate reads it back, and every dictation ends in bounded turns."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.listening import DICTATION_TURNS
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_TRACTOR_PLATE = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def talk(conv: Conversation, turns: list[str]) -> str:
    last = ""
    for turn in turns:
        if conv.ended:
            break
        last = said(await (conv.silence() if turn == "/silence" else conv.user_turn(turn)))
    return last


async def at_tractor_plate(daisy: CompiledFlow, locale: str = "es-MX") -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await talk(conv, TO_TRACTOR_PLATE if locale == "es-MX" else ["yes", "Ana Lopez", "yes", "four five two", "yes"])
    assert conv.step.name == "registration.tractor_plate.ask"
    return conv


async def test_garbled_fragments_between_letters_never_lose_the_call(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    # Each letter comes after one or two fragments nobody could read; the caller keeps cooperating.
    await talk(
        conv,
        [
            "le tra",
            "mi placer",
            "letra eme",
            "detraífe",
            "ajá",
            "ene de nube",
            "pues",
            "mm",
            "equis",
            "uno",
            "cuatro",
            "siete",
            "/silence",
        ],
    )
    assert not conv.ended
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert conv.pending == "MNX-147"


async def test_restating_the_same_characters_is_an_attempt(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["o ka"] * 8)
    # "O K" again and again adds nothing: after a fresh start the plate is skipped, the call goes on.
    assert "tractor_plate" not in conv.slots
    assert conv.step.name == "registration.trailer_number.ask"


async def test_a_dictation_starts_over_once_when_attempts_run_out(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["trapa lo", "be de burro", "ce de casa", "de de dedo"])
    said_now = await talk(conv, ["ka", "ele", "eme"])  # a fourth letter does not fit: three failed attempts
    assert "Empecemos de nuevo" in said_now
    assert conv.snapshot()["so_far"] == ""
    await talk(conv, ["efe", "ge", "hache", "ciento veintitrés"])
    assert conv.pending == "FGH-123"


async def test_a_plate_the_caller_cannot_give_is_skipped_and_asked_again_at_the_end(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    moved_on = await talk(conv, ["no me acuerdo"])
    assert "lo vemos al final" in moved_on
    assert conv.step.name == "registration.trailer_number.ask"
    await talk(conv, ["mil", "sí", "a b c ciento veintitrés", "sí", "a las cinco de la tarde", "sí"])
    asked_again = await talk(conv, ["ana arroba gmail punto com", "sí"])
    assert "Todavía nos faltan las placas del tractor" in asked_again
    summary = await talk(conv, ["no lo tengo"])
    assert "placas pendientes" in summary
    await talk(conv, ["sí"])
    assert conv.ended and conv.outcome == "partial"
    assert "tractor_plate" not in conv.slots and conv.slots["email"] == "ana@gmail.com"


async def test_a_pause_after_a_complete_plate_reads_it_back(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["trapa lo"])  # not understood: one character at a time from now on
    await talk(conv, ["letra eme", "letra efe", "letra e", "uno", "dos", "dos"])
    assert conv.step.name == "registration.tractor_plate.spell"  # MFE-122 could still take a fourth digit
    readback = await talk(conv, ["/silence"])
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert "M de mamá, F de foca, E de elefante, 1, 2, 2" in readback


async def test_digits_said_as_one_number_end_the_plate(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["trapa lo", "letra ka", "letra jota", "letra eme", "ciento cuarenta y cuatro"])
    assert conv.step.name == "registration.tractor_plate.confirm" and conv.pending == "KJM-144"


async def test_a_correction_at_the_read_back_is_applied_and_read_back_again(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["trapa lo", "nitra", "letra ene", "be de burro?", "de de dedo", "ciento cuarenta y cuatro"])
    assert conv.pending == "NBD-144"
    again = await talk(conv, ["Sí, pero va sin la ene, lo demás está bien."])
    assert conv.step.name == "registration.tractor_plate.confirm" and conv.pending == "BD-144"
    assert "B de burro, D de dedo, 1, 4, 4" in again
    assert "tractor_plate" not in conv.slots  # read back again, never taken as a yes
    await talk(conv, ["no, sería la letra T en vez de la D"])
    assert conv.pending == "BT-144" and "tractor_plate" not in conv.slots


async def test_yes_but_is_not_a_confirmation(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["a b c uno dos tres"])
    await talk(conv, ["sí, pero no estoy seguro"])
    assert "tractor_plate" not in conv.slots
    assert conv.step.name == "registration.tractor_plate.confirm"
    await talk(conv, ["en vez de la letra a sería la letra e"])
    assert conv.pending == "EBC-123" and "tractor_plate" not in conv.slots
    await talk(conv, ["sí"])
    assert conv.slots["tractor_plate"] == "EBC-123"


async def test_english_corrections_by_reference(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy, "en-US")
    await talk(conv, ["a b c one two three"])
    await talk(conv, ["yes, but without the b"])
    assert conv.pending == "AC-123" and "tractor_plate" not in conv.slots


@pytest.mark.parametrize("filler", ["ajá", "órale", "espere", "sí, correcto", "hello?", "yes, correct"])
async def test_email_fillers_forever_end_in_bounded_turns(daisy: CompiledFlow, filler: str) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    await talk(
        conv,
        [
            "sí",
            "Ana López",
            "sí",
            "cuatro cinco dos",
            "sí",
            "a b c uno dos tres",
            "sí",
            "mil",
            "sí",
            "x y z nueve ocho siete",
            "sí",
            "a las cinco",
            "sí",
            "ana punto gil",
        ],
    )
    turns = 0
    while not conv.ended and conv.step.slot == "email" and turns < 500:
        await conv.user_turn(filler)
        turns += 1
    assert turns <= DICTATION_TURNS
    assert "ajá" not in (conv.snapshot()["so_far"] or "") and conv.step.slot != "email"


async def test_email_instead_fillers_end_in_bounded_turns(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    await talk(conv, ["mejor mándeme un correo", "ana punto gil"])
    assert conv.step.slot == "email"
    turns = 0
    while not conv.ended and turns < 500:
        await conv.user_turn("ajá")
        turns += 1
    assert conv.ended and turns <= DICTATION_TURNS


async def test_a_dictation_that_keeps_changing_is_still_bounded(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    letters = "abcdefghijklmnopqrstuvwxyz"
    turns = 0
    while not conv.ended and conv.step.slot == "tractor_plate" and turns < 500:
        # a new letter every time, then "borra eso": always a state not heard before
        await conv.user_turn(
            f"letra {letters[turns % 26]} {letters[(turns // 26) % 26]}" if turns % 2 == 0 else "borra eso"
        )
        turns += 1
    assert turns <= 2 * DICTATION_TURNS + 2


async def test_the_last_value_skipped_is_not_asked_again_straight_away(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["a b c ciento veintitrés", "sí", "mil", "sí", "x y z novecientos ochenta y siete", "sí",
                      "a las cinco", "sí"])
    summary = await talk(conv, ["no me lo sé de memoria"])  # not at hand: missing (none at all is settled)
    assert conv.step.name == "summary" and "Correo pendiente" in summary


async def test_a_no_keeps_the_digits_the_caller_says_are_right(daisy: CompiledFlow) -> None:
    conv = await at_tractor_plate(daisy)
    await talk(conv, ["a b c cuatro siete tres nueve"])
    kept = await talk(conv, ["No, las letras no están bien, los números sí."])
    assert "Llevo 4 7 3 9" in kept
    await talk(conv, ["te de tigre", "zeta de zapato", "eme de mamá"])
    assert conv.step.name == "registration.tractor_plate.confirm" and conv.pending == "TZM-4739"
