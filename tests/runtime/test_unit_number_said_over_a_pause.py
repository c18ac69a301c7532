"""A unit number said as one but cut by a pause before its rest is one number, as a listener hears it.

"Mil" ... "cuarenta." is 1040, "Ciento" ... "doce." 112, "Treinta" ... "y nueve." 39: the first part ends at an
open place (a scale word, tens; "ciento" is never a whole number), the recogniser wrote it with no full stop
(the voice did not fall), and the rest fits that place. Daisy holds such a number ("Llevo 1000. ¿Qué sigue?")
instead of reading it back at once; the rest completes it, "sí" / "es todo" closes it as it is, and another
number said whole replaces it. A number said as a finished sentence ("Mil.") or typed with no capital and no
mark ("mil") is read back at once, as before; at that read-back a bare number is the caller's correction, not
the rest ("Doce." at 1000 is 12: the caller heard the read-back and answers it).
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

OPENING = {"es-MX": ["sí", "Ana López", "sí"], "en-US": ["yes", "Ana Lopez", "yes"]}
READ_BACK = {"es-MX": "Tractor número {}. ¿Correcto?", "en-US": "Tractor number {}. Correct?"}
HELD = {"es-MX": "Llevo {}. ¿Qué sigue?", "en-US": "I have {} so far. What's next?"}


async def _after(daisy: CompiledFlow, locale: str, *turns: str) -> str:
    conv = await call(daisy, locale, [*OPENING[locale], *turns[:-1]])
    assert conv.step.slot == "tractor_number"
    return said(await conv.user_turn(turns[-1]))


@pytest.mark.parametrize(
    ("locale", "first", "rest", "value"),
    [
        ("es-MX", "Mil", "cuarenta.", "1040"),
        ("es-MX", "Ciento", "doce.", "112"),
        ("es-MX", "Treinta", "y nueve.", "39"),
        ("es-MX", "Dos mil", "trece.", "2013"),
        ("es-MX", "Trescientos", "diez.", "310"),
        ("es-MX", "Es el mil...", "novecientos cuarenta y dos.", "1942"),
        ("es-MX", "Cuatrocientos", "cinco.", "405"),
        ("en-US", "Four fifty", "one.", "451"),
        ("en-US", "Two thousand", "thirteen.", "2013"),
        ("en-US", "It's three hundred", "twelve.", "312"),
    ],
)
async def test_the_rest_said_after_the_pause_completes_the_number(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    held = said(await conv.user_turn(first))
    assert "?" in held and READ_BACK[locale].split("{")[0] not in held  # held, not read back
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))


@pytest.mark.parametrize(("locale", "first", "shown"), [
    ("es-MX", "Mil", "1000"), ("es-MX", "Ciento", "100"), ("en-US", "Two thousand", "2000")])
async def test_the_number_held_is_said_as_the_number_heard(
        daisy: CompiledFlow, locale: str, first: str, shown: str) -> None:
    assert HELD[locale].format(shown) in await _after(daisy, locale, first)


@pytest.mark.parametrize(("locale", "closing"), [
    ("es-MX", "sí"), ("es-MX", "Es todo."), ("es-MX", "Nada más."), ("en-US", "That's it."), ("en-US", "yes")])
async def test_the_caller_closes_the_round_number_as_it_is(daisy: CompiledFlow, locale: str, closing: str) -> None:
    first = "Mil" if locale == "es-MX" else "A thousand"
    assert READ_BACK[locale].format("1000") in await _after(daisy, locale, first, closing)


@pytest.mark.parametrize(("locale", "first", "again", "value"), [
    ("es-MX", "Mil", "mil doscientos.", "1200"),
    ("es-MX", "Treinta", "cuarenta y dos.", "42"),
    ("en-US", "A thousand", "one thousand two hundred.", "1200"),
])
async def test_another_number_said_whole_replaces_the_held_one(
        daisy: CompiledFlow, locale: str, first: str, again: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, again)


@pytest.mark.parametrize(("locale", "turn", "value"), [
    ("es-MX", "Mil.", "1000"), ("es-MX", "Treinta.", "30"), ("es-MX", "mil", "1000"), ("es-MX", "trescientos", "300"),
    ("es-MX", "Cien", "100"), ("es-MX", "Cuarenta y dos", "42"), ("es-MX", "Uno cero cero", "100"),
    ("es-MX", "No es mil veinte, es mil doscientos", "1200"),
    ("en-US", "A thousand.", "1000"), ("en-US", "Forty two", "42")])
async def test_a_number_said_whole_is_read_back_at_once(daisy: CompiledFlow, locale: str, turn: str,
                                                        value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, turn)


@pytest.mark.parametrize(("locale", "reply", "value"), [
    ("es-MX", "No, doce.", "12"), ("es-MX", "Doce.", "12"), ("en-US", "No, twelve.", "12")])
async def test_at_the_read_back_a_bare_number_is_a_correction_not_the_rest(
        daisy: CompiledFlow, locale: str, reply: str, value: str) -> None:
    first = "Mil." if locale == "es-MX" else "A thousand."
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)
