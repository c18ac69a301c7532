"""A yes said first, then a complaint or a remark handled in place, in one turn: at "¿tiene un par de minutos?" ("Sí
soy yo, y qué bueno que hablan, me descontaron una caseta que pagué yo de mi bolsa", "Yeah it's me, and my
settlement's short again") and at a read-back ("Sí, y oye, nomás me depositaron la mitad del viaje"). The complaint is
logged and said sorry for, and the yes still answers: the call goes on, the value read back is kept. A yes before a
request to repeat ("Sí, ¿cómo dijiste?") did not hear what it would agree to, and a "no" before a complaint stays a
no. A question about money after the yes ("Sí, oye, ¿ya me cayó el depósito?") gets the flow's word on money, and
the yes still answers."""

from __future__ import annotations

from functools import partial

import pytest
from runtime_helpers import at_three_utc, call_with_store, complaints, said

from daisy_engine.compiler import CompiledFlow

started = partial(call_with_store, clock=at_three_utc)  # (conv, store) after the turns, 09:00 in Mexico City


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí soy yo, y qué bueno que hablan, me descontaron una caseta que pagué yo de mi bolsa."),
    ("es-MX", "Sí, pero me tuvieron esperando seis horas en el andén."),
    ("es-MX", "Sí y nadie me contesta en la oficina"),
    ("en-US", "Yeah it's me, and my settlement's short again, third week in a row."),
    ("en-US", "Yes, but they kept me waiting six hours at the dock."),
])
async def test_a_complaint_after_a_yes_at_the_greeting_goes_on(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv, store = await started(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert "queja" in reply or "complaint" in reply
    assert conv.step.name == "registration.full_name.ask"
    assert await complaints(conv, store) == 1


@pytest.mark.parametrize(("locale", "turns", "turn"), [
    ("es-MX", ["sí", "Rosa Medina"], "Sí, y oye, nomás me depositaron la mitad del viaje."),
    ("es-MX", ["sí", "Rosa Medina"], "Sí, correcto, y me descontaron el diésel que ya pagué."),
    ("en-US", ["yes", "Rose Medina"], "Yeah that's right, and my settlement's short again."),
])
async def test_a_complaint_after_a_yes_at_a_read_back_keeps_the_value(daisy: CompiledFlow, locale: str,
                                                                      turns: list[str], turn: str) -> None:
    conv, store = await started(daisy, locale, turns)
    assert conv.step.name == "registration.full_name.confirm"
    reply = said(await conv.user_turn(turn))
    assert "queja" in reply or "complaint" in reply
    assert conv.slots["full_name"] == turns[1]
    assert conv.step.name == "registration.tractor_number.ask"
    assert await complaints(conv, store) == 1


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, ¿cómo dijiste?"),
    ("en-US", "Yeah, what did you say?"),
])
async def test_a_yes_before_a_request_to_repeat_confirms_nothing(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv, _ = await started(daisy, locale, ["sí" if locale == "es-MX" else "yes",
                                            "Rosa Medina" if locale == "es-MX" else "Rose Medina"])
    await conv.user_turn(turn)
    assert conv.step.name == "registration.full_name.confirm" and "full_name" not in conv.slots


async def test_a_no_before_a_complaint_is_no_go_ahead(daisy: CompiledFlow) -> None:
    conv, store = await started(daisy, "es-MX", [])
    await conv.user_turn("No, y además me descontaron el diésel sin razón.")
    assert conv.step.name == "greeting"
    assert await complaints(conv, store) == 1


@pytest.mark.parametrize(("locale", "turns", "turn", "step"), [
    ("es-MX", [], "Sí, oye, ¿ya me cayó el depósito del anticipo?", "registration.full_name.ask"),
    ("en-US", [], "Yeah it's me. Did my settlement go through yet?", "registration.full_name.ask"),
    ("es-MX", ["sí", "Rosa Medina"], "Sí, oye, ¿ya me cayó el depósito?", "registration.tractor_number.ask"),
])
async def test_money_asked_after_a_yes_is_answered_and_the_yes_kept(daisy: CompiledFlow, locale: str,
                                                                   turns: list[str], turn: str, step: str) -> None:
    conv, _ = await started(daisy, locale, turns)
    reply = said(await conv.user_turn(turn))
    assert "oficina" in reply or "office" in reply  # the flow's word on money, not its generic remark
    assert conv.step.name == step


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, pero ahorita no, me tienen esperando en la báscula."),
    ("es-MX", "Sí, pero no tengo tiempo, me tienen esperando seis horas en el andén."),
    ("es-MX", "Sí, pero más tarde, ahorita me tienen esperando en el andén."),
    ("es-MX", "Sí, bueno no, la verdad estoy enojado porque nadie contesta."),
    ("en-US", "Yes, but not right now, they kept me waiting six hours."),
    # as the recogniser often writes them, with no punctuation at all
    ("es-MX", "sí pero ahorita no me tienen esperando en la báscula"),
    ("es-MX", "sí pero no tengo tiempo me tienen esperando seis horas"),
    ("en-US", "yes but not right now they kept me waiting six hours"),
])
async def test_a_yes_taken_back_before_a_complaint_is_no_go_ahead(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    conv, store = await started(daisy, locale, [])
    await conv.user_turn(turn)
    assert conv.step.name != "registration.full_name.ask"
    assert await complaints(conv, store) == 1


@pytest.mark.parametrize(("locale", "turns", "turn", "step"), [
    ("es-MX", ["sí", "Rosa Medina"], "Sí, pero el apellido está mal, y nadie me contesta en la oficina.",
     "registration.full_name.confirm"),
    ("es-MX", ["sí", "Rosa Medina", "sí", "1234"], "Sí, pero ese es el de la caja, y no me han pagado.",
     "registration.tractor_number.confirm"),
    ("en-US", ["yes", "Rose Medina"], "Yeah, but no, the last name is wrong, and my settlement's short.",
     "registration.full_name.confirm"),
    ("en-US", ["yes", "Rose Medina", "yes", "1234"], "Yes, but that's the trailer number, and they docked my pay.",
     "registration.tractor_number.confirm"),
])
async def test_a_yes_qualified_before_a_complaint_at_a_read_back_keeps_nothing(
        daisy: CompiledFlow, locale: str, turns: list[str], turn: str, step: str) -> None:
    conv, store = await started(daisy, locale, turns)
    assert conv.step.name == step
    slots = dict(conv.slots)
    await conv.user_turn(turn)
    assert conv.slots == slots and conv.step.name != "registration.tractor_plate.ask"
    assert conv.step.name not in ("registration.tractor_number.ask",)
    assert await complaints(conv, store) == 1


async def test_a_yes_qualified_before_a_complaint_at_the_summary_saves_nothing(daisy: CompiledFlow) -> None:
    conv, store = await started(daisy, "en-US", ["yes", "Rose Medina", "yes", "1234", "yes", "ABC 123", "yes", "5678",
                                                 "yes", "XYZ 98", "yes", "in about two hours", "yes",
                                                 "rose dot medina at gmail dot com", "yes"])
    assert conv.step.name == "summary"
    await conv.user_turn("Yes, but the last name is wrong, and nobody answers the phone.")
    assert not conv.step.name.startswith("goodbye")
    assert await complaints(conv, store) == 1
