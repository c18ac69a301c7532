"""A value promised for later instead of given ("yo me comunico contigo para darte la placa", "al rato te paso
las placas", "I'll get back to you on the plate"), or sent another way ("se las mando a despacho por mensaje", "I'll
text them to dispatch"). The driver means he does not have it at hand now and will
give it when he can - not "call me back": no callback is scheduled and the call does not end. The question is
put off like any value not at hand ("eso lo vemos al final") and asked once more before the summary.
Traps: the caller getting in touch with no value named is still his callback; a value said in the same turn is
the answer; "primero te doy mis datos" gives the value now; a time promised later is asked for roughly."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import ScheduleCallback

TO_PLATE = {"es-MX": ["sí", "Rosa Medina", "sí", "setecientos diez", "sí"],
            "en-US": ["yes", "Rose Medina", "yes", "710", "yes"]}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "yo me comunico contigo para darte la placa"),
    ("es-MX", "ahorita no, al rato me reporto con usted con los datos"),
    ("es-MX", "al rato te paso las placas"),
    ("es-MX", "mejor luego se las digo, no las traigo aquí"),
    ("es-MX", "luego le mando la placa"),
    ("en-US", "I'll get back to you on the plate"),
    ("en-US", "let me get back to you with the plates"),
])
async def test_the_question_is_put_off_not_a_callback(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    assert conv.step.name == "registration.tractor_plate.ask"
    actions = await conv.user_turn(turn)
    assert not conv.ended and not any(isinstance(a, ScheduleCallback) for a in actions)
    assert conv.step.name == "registration.trailer_number.ask"
    assert "final" in said(actions) or "end" in said(actions)


@pytest.mark.parametrize(("locale", "turn"), [
    # the value sent another way, to someone else or by text: not given in this call either
    ("es-MX", "se las mando a despacho por mensaje"),
    ("es-MX", "esas te las paso por whatsapp ahorita"),
    ("es-MX", "las mando con el despachador"),
    ("en-US", "I'll text them to dispatch."),
    ("en-US", "I can just email you the plates"),
    ("en-US", "I'm gonna send them over to the office later"),
])
async def test_a_value_sent_another_way_is_put_off_too(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    actions = await conv.user_turn(turn)
    assert not conv.ended and not any(isinstance(a, ScheduleCallback) for a in actions)
    assert conv.step.name == "registration.trailer_number.ask"
    assert "final" in said(actions) or "end" in said(actions)


@pytest.mark.parametrize(("locale", "turn", "plate"), [
    ("es-MX", "te las mando por mensaje, pero son k l m cuatro cinco seis siete", "KLM-4567"),
    ("en-US", "I'll text them to you too, it's K L M four five six seven", "KLM-4567"),
])
async def test_a_value_sent_another_way_and_said_now_is_the_answer(daisy: CompiledFlow, locale: str, turn: str,
                                                                   plate: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_plate.confirm" and conv.pending == plate


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "al rato yo me comunico contigo"),
    ("es-MX", "yo me reporto con usted más tarde"),
    ("en-US", "I'll get back to you in an hour"),
])
async def test_getting_in_touch_with_no_value_named_is_still_a_callback(daisy: CompiledFlow, locale: str,
                                                                       turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    actions = await conv.user_turn(turn)
    assert conv.ended and any(isinstance(a, ScheduleCallback) for a in actions)


@pytest.mark.parametrize(("locale", "turn", "plate"), [
    ("es-MX", "al rato te paso la de la caja, la del tractor es k l m cuatro cinco seis siete", "KLM-4567"),
    ("es-MX", "ahorita te la doy, k l m cuatro cinco seis siete", "KLM-4567"),
])
async def test_a_value_said_in_the_same_turn_is_the_answer(daisy: CompiledFlow, locale: str, turn: str,
                                                           plate: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_plate.confirm" and conv.pending == plate


async def test_a_time_promised_later_is_asked_for_roughly_instead(daisy: CompiledFlow) -> None:
    """An arrival time is an estimate the driver can give now: "al rato te digo la hora" is asked for roughly
    ("¿y más o menos a qué hora...?"), not put off to the end."""
    conv = await call(daisy, "es-MX", [*TO_PLATE["es-MX"], "k l m cuatro cinco seis siete", "sí", "treinta", "sí",
                                       "r s t uno dos tres cuatro", "sí"])
    assert conv.step.name == "registration.eta.ask"
    reply = said(await conv.user_turn("al rato te digo la hora"))
    assert conv.step.name == "registration.eta.ask" and "más o menos" in reply


@pytest.mark.parametrize(("locale", "turn"), [
    # the value now, something else later: nothing is put off
    ("es-MX", "primero te doy mis datos y luego me pasas con el supervisor"),
    ("es-MX", "primero te paso la placa y luego te digo lo de la caja"),
])
async def test_the_value_first_and_something_else_later_puts_nothing_off(daisy: CompiledFlow, locale: str,
                                                                         turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    actions = await conv.user_turn(turn)
    assert not conv.ended and conv.step.name.startswith("registration.tractor_plate.")
    assert "final" not in said(actions)
