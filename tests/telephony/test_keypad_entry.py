"""A caller keys a number in on the phone keypad (DTMF) instead of saying it."""

from __future__ import annotations

import io

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import Action, Say
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.runtime.keypad import KeypadBuffer
from daisy_engine.store import MemoryStore
from daisy_engine.transports.console import run_console


def said(actions: list[Action]) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


async def at_tractor_number(daisy: CompiledFlow, locale: str = "es-MX") -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    await conv.user_turn("Juan Pérez López" if locale == "es-MX" else "John Smith")
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.step.name == "registration.tractor_number.ask"
    return conv


async def test_keyed_digits_are_read_back_and_confirmed_like_spoken_ones(daisy: CompiledFlow) -> None:
    conv = await at_tractor_number(daisy)
    out = await conv.keypad("4512#")
    assert "4512" in said(out)
    assert conv.step.name == "registration.tractor_number.confirm"
    assert conv.pending == "4512"
    await conv.user_turn("sí")
    assert conv.slots["tractor_number"] == "4512"
    assert conv.step.name == "registration.tractor_plate.ask"


async def test_keyed_digits_keep_leading_zeros_and_work_in_english(daisy: CompiledFlow) -> None:
    conv = await at_tractor_number(daisy, "en-US")
    await conv.keypad("0042")
    assert conv.pending == "0042"


async def test_a_value_out_of_range_is_a_failed_attempt(daisy: CompiledFlow) -> None:
    conv = await at_tractor_number(daisy)
    out = await conv.keypad("1234567#")  # max is 999999
    assert conv.step.name == "registration.tractor_number.ask"
    assert conv.attempts() == 1
    assert "teclado" in said(out)  # the reprompt tells the caller the keypad works


async def test_keying_at_the_read_back_corrects_or_confirms(daisy: CompiledFlow) -> None:
    conv = await at_tractor_number(daisy)
    await conv.user_turn("cuatro cinco dos")
    assert conv.pending == "452"
    out = await conv.keypad("4512#")
    assert conv.pending == "4512" and "4512" in said(out)
    await conv.keypad("4512#")  # the same value again confirms it
    assert conv.slots["tractor_number"] == "4512"


async def test_keys_where_no_number_is_asked_change_nothing(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    assert await conv.keypad("1#") == []
    assert conv.step.name == "greeting" and conv.attempts() == 0
    conv2 = await at_tractor_number(daisy)
    await conv2.keypad("45#")
    await conv2.user_turn("sí")
    assert conv2.step.name == "registration.tractor_plate.ask"
    assert await conv2.keypad("7#") == []  # a plate is not keyed in
    assert conv2.attempts() == 0


def test_the_keypad_buffer_ends_entries_with_pound_and_restarts_with_star() -> None:
    keypad = KeypadBuffer()
    assert [keypad.press(k) for k in "45"] == [None, None]
    assert keypad.press("*") is None and keypad.pending == ""
    assert [keypad.press(k) for k in "12a#"] == [None, None, None, "12"]
    assert keypad.press("9") is None and keypad.flush() == "9" and keypad.flush() is None


async def test_the_console_takes_typed_dtmf(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    stdin = io.StringIO("sí\nJuan Pérez López\nsí\n/dtmf 4512#\nsí\n")
    stdout, stderr = io.StringIO(), io.StringIO()
    await run_console(conv, stdin=stdin, stdout=stdout, stderr=stderr, interactive=False)
    lines = stdout.getvalue().splitlines()
    assert "4512" in lines[4]
    assert conv.slots["tractor_number"] == "4512"
