"""The caller still spelling the name when the unit number is asked ("Con dos eles, Villa.", "Guerra, with two
Rs") gives no number: the question is asked again, never "Tractor número 2", and the number said next is the
tractor's. Scripted callers drive Daisy."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(("locale", "name", "remark", "number", "read"), [
    ("es-MX", "Rogelio Anaya Villa", "Con dos eles, Villa.", "Cincuenta y ocho.", "Tractor número 58"),
    ("es-MX", "Mario Guerra", "Guerra, con dos erres.", "Ciento doce.", "Tractor número 112"),
    ("en-US", "Ann Villa", "Villa with two L's.", "Fifty eight.", "58"),
])
async def test_a_letter_counted_at_the_unit_number_is_no_number(
        daisy: CompiledFlow, locale: str, name: str, remark: str, number: str, read: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [yes, name, yes])
    assert conv.step.name == "registration.tractor_number.ask"
    reply = said(await conv.user_turn(remark))
    assert conv.step.name == "registration.tractor_number.ask"
    assert " 2" not in reply and " 2." not in reply
    assert read in said(await conv.user_turn(number))
    await conv.user_turn(yes)
    assert conv.slots["tractor_number"] == number_of(read)


def number_of(read: str) -> str:
    return "".join(ch for ch in read if ch.isdigit())


@pytest.mark.parametrize(("locale", "turn", "read"), [
    # "¿ves?" after the number, or a number whose end looks like a count ("cincuenta y dos"), is the whole number
    ("es-MX", "El cincuenta y dos, ¿ves?", "Tractor número 52"),
    ("es-MX", "Es el doce, ¿ves?", "Tractor número 12"),
    ("en-US", "Seventy two, tees.", "72"),
])
async def test_trap_a_number_before_ves_or_a_letter_word_is_read_whole(
        daisy: CompiledFlow, locale: str, turn: str, read: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [yes, "Ana López" if locale == "es-MX" else "Ann Lopez", yes])
    assert conv.step.name == "registration.tractor_number.ask"
    assert read in said(await conv.user_turn(turn))
