"""A driver who confirms and urges the agent on ("Sí, rápido que ando manejando", "Yeah, I'm driving,
make it quick") is asked the next question, not called back later; one who says he cannot talk now is
still called back. A yes at a read-back with only what keeps him busy after a "but" ("Ajá, pero orita voy en la
caseta") confirms the value all the same."""

from __future__ import annotations

import pytest

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


async def _at(daisy: CompiledFlow, locale: str, turns: list[str]) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv


async def test_a_yes_urging_the_agent_on_goes_on_to_the_next_value(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "es-MX",
                     ["sí", "Rosa Ibarra", "sí", "ochenta y ocho", "Sí, ándale rápido que ando manejando."])
    assert conv.slots.get("tractor_number") == "88"
    assert conv.step.slot == "tractor_plate"
    assert not conv.ended


async def test_an_english_yes_urging_the_agent_on_goes_on(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "en-US",
                     ["yes", "Rosa Ibarra", "yes", "eighty eight", "Yeah, I'm driving, make it quick."])
    assert conv.slots.get("tractor_number") == "88"
    assert conv.step.slot == "tractor_plate"
    assert not conv.ended


async def test_trap_cannot_talk_while_driving_is_still_a_callback(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "es-MX", ["sí", "Rosa Ibarra", "sí", "ochenta y ocho", "Ahorita no puedo, voy manejando."])
    assert conv.outcome == "rescheduled"


# A yes at a read-back, then "but" and only what keeps the caller busy: the yes confirms the value. A stop on the
# road ("la caseta", "the scales") is a moment, and the call goes on; driving after a "but" is the polite not-now
# it was, now with the value kept (the callback resumes after it).
@pytest.mark.parametrize(("locale", "turns", "busy"), [
    ("es-MX", ["sí", "Efraín Cuevas Lara"], "Ajá, pero orita voy en la caseta."),
    ("es-MX", ["sí", "Efraín Cuevas Lara"], "Sí, pero ando en la báscula, eh."),
    ("es-MX", ["sí", "Efraín Cuevas Lara"], "Sí, pero estoy pasando la aduana."),
    ("en-US", ["yes", "Dale Whitcomb"], "Yeah, but I'm at the scales right now."),
    ("en-US", ["yes", "Dale Whitcomb"], "Yep, but I'm going through the toll booth."),
])
async def test_a_yes_but_at_a_stop_confirms_and_goes_on(daisy: CompiledFlow, locale: str, turns: list[str],
                                                        busy: str) -> None:
    conv = await _at(daisy, locale, turns)
    assert conv.pending == turns[1]
    await conv.user_turn(busy)
    assert conv.slots.get("full_name") == turns[1]  # never "Orita", never asked again
    assert conv.step.slot == "tractor_number" and not conv.ended
    await conv.user_turn("Llámame en diez minutos, mejor." if locale == "es-MX" else "Call me back in ten minutes.")
    assert conv.outcome == "rescheduled" and conv.slots.get("full_name") == turns[1]


@pytest.mark.parametrize(("locale", "turns", "busy"), [
    ("es-MX", ["sí", "Rosa Ibarra"], "Sí, pero voy manejando."),
    ("en-US", ["yes", "Rosa Ibarra"], "Yes, but I'm driving."),
])
async def test_a_yes_but_driving_keeps_the_value_before_the_callback(daisy: CompiledFlow, locale: str,
                                                                     turns: list[str], busy: str) -> None:
    conv = await _at(daisy, locale, turns)
    await conv.user_turn(busy)
    assert conv.outcome == "rescheduled"
    assert conv.slots.get("full_name") == "Rosa Ibarra"


@pytest.mark.parametrize("turn", ["Sí, pero la última es be.", "Sí, pero voy manejando y el apellido es con zeta."])
async def test_trap_a_yes_but_with_a_change_beside_it_is_no_confirmation(daisy: CompiledFlow, turn: str) -> None:
    conv = await _at(daisy, "es-MX", ["sí", "Rosa Ibarra"])
    await conv.user_turn(turn)
    assert "full_name" not in conv.slots


@pytest.mark.parametrize(("locale", "turn", "next_step"), [
    ("es-MX", "Estoy en la aduana, dígame", "registration.full_name.ask"),
    ("es-MX", "voy manejando, dime", "registration.full_name.ask"),
    ("es-MX", "ando en la báscula, dígame", "registration.full_name.ask"),
    ("en-US", "I'm at customs, go ahead", "registration.full_name.ask"),
])
async def test_busy_with_a_go_ahead_at_the_greeting_starts_the_registration(
        daisy: CompiledFlow, locale: str, turn: str, next_step: str) -> None:
    # the caller said go ahead: "¿Lo hacemos ahorita?" would ask what he already answered
    conv = await _at(daisy, locale, [turn])
    assert conv.step.name == next_step


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Estoy en la aduana, dígame"),
    ("es-MX", "voy manejando, pero dígame"),
    ("es-MX", "voy manejando, rápido"),
    ("en-US", "I'm driving, go ahead"),
    ("en-US", "I'm at the scales, make it quick"),
])
async def test_busy_with_a_go_ahead_at_a_question_asks_it_again_plainly(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await _at(daisy, locale, ["sí", "Rosa Ibarra", "sí"] if locale == "es-MX" else ["yes", "Rosa Ibarra", "yes"])
    reply = " ".join(a.text for a in await conv.user_turn(turn) if hasattr(a, "text"))
    assert conv.step.name == "registration.tractor_number.ask"
    assert "no le entendí" not in reply and "didn't get" not in reply, reply


async def test_trap_busy_with_dime_later_still_offers_the_callback(daisy: CompiledFlow) -> None:
    conv = await _at(daisy, "es-MX", ["voy manejando, dígame más tarde"])
    assert conv.step.name in ("offer_callback", "callback")


@pytest.mark.parametrize("turn", [
    "estoy ocupado, dígame otro día",
    "estoy en la aduana, dígame la otra semana",
    "ando cargando, dígame ahorita que llegue",
    "voy manejando, dime mañana",
    "estoy en la aduana, dígame otro ratito",
])
async def test_trap_busy_with_dime_at_another_moment_is_no_go_ahead(daisy: CompiledFlow, turn: str) -> None:
    # "dígame otro día" puts the call off: the registration never starts as if the caller had said "go ahead"
    conv = await _at(daisy, "es-MX", [turn])
    assert conv.step.name in ("offer_callback", "callback", "busy_at_greeting"), conv.step.name
