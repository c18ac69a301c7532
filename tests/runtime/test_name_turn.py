"""The turn that gives the caller's name, and the answers at its read-back, in Daisy's flow.

A greeting or a "how are you" before the value ("Qué onda. Cristian Lara") is how the caller opens: the
value in the same turn is the answer, at any question; a real request said with a value (a callback) keeps
its meaning. A name given over two turns is completed, not replaced; a part of the name said again as it is
keeps the whole name.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


def evening() -> datetime:
    return datetime(2030, 1, 7, 18, 0, tzinfo=UTC)


async def call(daisy: CompiledFlow, locale: str, *turns: str) -> tuple[Conversation, str]:
    """A call of Daisy through `turns`; the conversation and the agent's last reply."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=evening)
    await conv.start()
    reply = ""
    for turn in turns:
        reply = said(await conv.user_turn(turn))
    return conv, reply


@pytest.mark.parametrize(
    ("locale", "opening", "turn", "readback"),
    [
        ("es-MX", "sí", "Qué onda. Teodoro Rangel Ibarra.", "Anoto Teodoro Rangel Ibarra"),
        ("es-MX", "sí", "Hola, ¿cómo está? Le habla Matilde Ochoa.", "Anoto Matilde Ochoa"),
        ("es-MX", "sí", "Quiubo, buenas tardes, Gerardo Saucedo", "Anoto Gerardo Saucedo"),
        ("en-US", "yes", "Hey, how are you? This is Dwayne Porter.", "I have Dwayne Porter"),
        ("en-US", "yes", "What's up, Lonnie Briggs here", "I have Lonnie Briggs"),
    ],
)
async def test_a_greeting_before_the_name_does_not_hide_it(daisy: CompiledFlow, locale: str, opening: str,
                                                           turn: str, readback: str) -> None:
    _, reply = await call(daisy, locale, opening, turn)
    assert readback in reply


async def test_a_greeting_before_a_number_does_not_hide_it(daisy: CompiledFlow) -> None:
    _, reply = await call(daisy, "es-MX", "sí", "Teodoro Rangel", "sí", "¿Qué onda? Es el seiscientos doce.")
    assert "Tractor número 612" in reply


async def test_a_callback_said_with_the_name_is_still_a_callback(daisy: CompiledFlow) -> None:
    conv, reply = await call(daisy, "es-MX", "sí", "Hola, llámeme en una hora, soy Teodoro Rangel")
    assert "60 minutos" in reply and "Anoto" not in reply
    assert conv.state.slots.get("full_name") is None


async def test_small_talk_with_no_value_is_still_small_talk(daisy: CompiledFlow) -> None:
    _, reply = await call(daisy, "es-MX", "sí", "Qué onda, ¿cuándo pagan el diesel?")
    assert "Anoto" not in reply and "nombre completo" in reply


async def test_a_lone_surname_after_a_no_completes_the_name(daisy: CompiledFlow) -> None:
    conv, reply = await call(daisy, "es-MX", "sí", "Anacleto Ruelas", "no", "Mercado.")
    assert "Anoto Anacleto Ruelas Mercado" in reply
    await conv.user_turn("sí")
    assert conv.state.slots["full_name"] == "Anacleto Ruelas Mercado"


async def test_a_whole_other_name_after_a_no_replaces_it(daisy: CompiledFlow) -> None:
    _, reply = await call(daisy, "es-MX", "sí", "Anacleto Ruelas", "no", "Bonifacio Mercado Lugo.")
    assert "Anoto Bonifacio Mercado Lugo" in reply


@pytest.mark.parametrize("fix", ["No, Clemente. Cle-men-te.", "Valdés, con ve chica y acento en la e."])
async def test_a_part_of_the_name_said_again_keeps_the_whole_name(daisy: CompiledFlow, fix: str) -> None:
    conv, reply = await call(daisy, "es-MX", "sí", "Clemente Valdés Ortega", fix)
    assert "Clemente Valdés Ortega" in reply  # read back again, unchanged (said shorter: "¿Su nombre es ...?")
    await conv.user_turn("sí")
    assert conv.state.slots["full_name"] == "Clemente Valdés Ortega"


@pytest.mark.parametrize(("locale", "given", "yes", "readback"), [
    ("en-US", "Bryan", "Correct", "I have Bryan."), ("en-US", "Bryan", "That's correct.", "I have Bryan."),
    ("es-MX", "Fermín", "Correcto", "Anoto Fermín."), ("es-MX", "Fermín", "Simón", "Anoto Fermín."),
    ("es-MX", "Fermín", "Así es.", "Anoto Fermín."),
])
async def test_a_yes_to_the_surname_question_takes_the_given_name_as_it_is(
        daisy: CompiledFlow, locale: str, given: str, yes: str, readback: str) -> None:
    """"Bryan, and your surname?" - "Correct": a yes to the given name, no surname "Correct" glued to it."""
    _, reply = await call(daisy, locale, "yes" if locale == "en-US" else "sí", given, yes)
    assert readback in reply


async def test_the_surnames_said_at_the_surname_question_complete_the_name(daisy: CompiledFlow) -> None:
    _, reply = await call(daisy, "es-MX", "sí", "Fermín", "Quezada Ortiz.")
    assert "Anoto Fermín Quezada Ortiz" in reply


@pytest.mark.parametrize(("locale", "go_ahead"), [
    ("es-MX", "Bueno, a ver, dale."),
    ("es-MX", "Dale."),
    ("es-MX", "Va, dale pues"),
    ("es-MX", "Ándale pues."),
    ("es-MX", "Órale, sale pues"),
    ("es-MX", "Arre, sígale"),
    ("en-US", "okay go ahead"),
    ("en-US", "alright, shoot"),
    ("en-US", "fire away"),
    ("en-US", "okay, go for it"),
])
async def test_go_ahead_words_alone_are_no_name_and_no_failed_answer(daisy: CompiledFlow, locale: str,
                                                                     go_ahead: str) -> None:
    """"Bueno, a ver, dale." at the name question tells the agent to go on: the question asked again, no "Anoto
    Dale", no attempt spent."""
    conv, reply = await call(daisy, locale, "sí" if locale == "es-MX" else "yes", go_ahead)
    assert conv.step.name == "registration.full_name.ask"
    assert conv.pending is None and conv.attempts() == 0
    assert "nombre completo" in reply or "full name" in reply


@pytest.mark.parametrize(("locale", "turn", "name"), [
    ("es-MX", "Dale Cooper", "Dale Cooper"),
    ("es-MX", "Me llamo Dale Cooper", "Dale Cooper"),
    ("en-US", "Dale Cooper", "Dale Cooper"),
    ("en-US", "Dale", "Dale"),  # an English "Dale" alone is the given name it is
])
async def test_a_real_name_with_a_go_ahead_word_in_it_is_still_a_name(daisy: CompiledFlow, locale: str, turn: str,
                                                                      name: str) -> None:
    conv, reply = await call(daisy, locale, "sí" if locale == "es-MX" else "yes", turn)
    assert conv.pending == name and name in reply


@pytest.mark.parametrize(("locale", "turns", "asked", "readback"), [
    ("es-MX", ("Qué onda, soy Baltazar", "Luna Soto."), "Baltazar, ¿y sus apellidos?", "Anoto Baltazar Luna Soto"),
    ("es-MX", ("Qué onda, le habla Anselmo", "Rivas Ochoa."), "Anselmo, ¿y sus apellidos?",
     "Anoto Anselmo Rivas Ochoa"),
    ("es-MX", ("¿Qué onda? Me llamo Evaristo", "Cota Lugo."), "Evaristo, ¿y sus apellidos?",
     "Anoto Evaristo Cota Lugo"),
])
async def test_a_name_begun_after_a_greeting_and_cut_by_a_pause_is_kept(
        daisy: CompiledFlow, locale: str, turns: tuple[str, str], asked: str, readback: str) -> None:
    # the greeting is how the caller opens; the given name after it is the start of the answer, never lost
    conv, reply = await call(daisy, locale, "sí", turns[0])
    assert asked in reply
    reply = said(await conv.user_turn(turns[1]))
    assert readback in reply


@pytest.mark.parametrize(("turn", "readback"), [
    ("Name's Cody Ramirez.", "Anoto Cody Ramirez."),
    ("The name's Dale Parker.", "I have Dale Parker."),
    ("My name's Wade Tillman.", "I have Wade Tillman."),
])
async def test_an_english_drivers_lead_in_is_no_part_of_his_name_on_a_spanish_call(
        daisy: CompiledFlow, turn: str, readback: str) -> None:
    # "name's" is English: two English words follow the driver at once, one alone is no language yet - and in
    # neither case is "Name'S" read back as the start of the name
    _, reply = await call(daisy, "es-MX", "sí", turn)
    assert readback in reply and "Name" not in reply.replace("name", "")
