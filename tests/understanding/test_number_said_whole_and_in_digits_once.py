"""A unit number or a plate's number said whole and then in digits after a pause ("noventa, nueve cero"), or in
digits and then whole with a restating word ("nueve cero, o sea noventa"), is one number said twice (90), never
9090 or 990 - as in an e-mail. Two different numbers, or the same whole number twice, are still dictated. A
tens-and-unit number the recogniser wrote with a hyphen ("fifty-eight, five eight") is the same number said whole.
Digits that say the whole number again and carry on ("cincuenta y ocho, cinco ocho uno") are the number: the
whole one was its start, said before the caller went digit by digit (581, not 58581)."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import Say
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import extract

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("nueve cero, o sea noventa", "es-MX", "90"),
        ("Noventa, nueve cero.", "es-MX", "90"),
        ("Es el ciento doce. Uno, uno, dos.", "es-MX", "112"),
        ("ninety, nine zero", "en-US", "90"),
        ("Cuarenta y cuatro, setenta y ocho.", "es-MX", "4478"),  # two numbers
        ("noventa, noventa", "es-MX", "9090"),  # the same whole number twice: in pairs
    ],
)
def test_integer_said_whole_and_in_digits_is_one_number(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ["ABC noventa, nueve cero"], "ABC-90"),
        ("es-MX", ["A be ce.", "Noventa. Nueve, cero."], "ABC-90"),
        ("es-MX", ["Ka ele eme.", "Trescientos doce, o sea tres uno dos."], "KLM-312"),
        ("en-US", ["ABC ninety, nine zero"], "ABC-90"),
        ("es-MX", ["A be ce.", "Cuarenta y cuatro, setenta y ocho."], "ABC-4478"),
        ("es-MX", ["KYS cincuenta y ocho, cinco ocho", "sí"], "KYS-58"),
        ("en-US", ["KYS fifty-eight, five eight", "yes"], "KYS-58"),
        ("en-US", ["K Y S.", "Seventy-two. Seven, two."], "KYS-72"),
        ("en-US", ["K Y S.", "Seven two, twenty-seven."], "KYS-7227"),  # two numbers
    ],
)
def test_plate_number_said_whole_and_in_digits_is_said_once(locale: str, turns: list[str], value: str) -> None:
    assert plate_fed(locale, *turns).value == value


@pytest.mark.parametrize(
    ("locale", "turns", "read_back"),
    [
        ("es-MX", ["ka ye ese cincuenta y ocho, cinco ocho", "/silence"], "5, 8."),
        ("en-US", ["K Y S fifty-eight, five eight", "/silence"], "5, 8."),
    ],
)
async def test_the_number_said_twice_is_read_back_once(locale: str, turns: list[str], read_back: str) -> None:
    conv = Conversation(compile_flow(load_flow(Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml")),
                        locale=locale, store=MemoryStore())
    await conv.start()
    before = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"] if locale == "es-MX" \
        else ["yes", "Ana Lopez", "yes", "four five two", "yes"]
    for turn in before:
        await conv.user_turn(turn)
    said = ""
    for turn in turns:
        actions = await (conv.silence() if turn == "/silence" else conv.user_turn(turn))
        said = " ".join(a.text for a in actions if isinstance(a, Say))
    assert conv.pending == "KYS-58"
    assert read_back in said


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("cincuenta y ocho, cinco ocho uno", "es-MX", "581"),
        ("fifty-eight, five eight one", "en-US", "581"),
        ("Es el doce, uno dos siete.", "es-MX", "127"),
        ("cincuenta y ocho, cinco nueve", "es-MX", "5859"),  # digits that do not say it again: more of it
    ],
)
def test_digits_that_say_the_number_again_and_carry_on_are_the_number(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ["KYS cincuenta y ocho, cinco ocho uno"], "KYS-581"),
        ("en-US", ["K Y S fifty-eight, five eight one"], "KYS-581"),
    ],
)
def test_plate_digits_that_carry_the_number_on_are_the_number(locale: str, turns: list[str], value: str) -> None:
    assert plate_fed(locale, *turns).value == value
