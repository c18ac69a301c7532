"""A yes with a farewell at a read-back in the middle of the registration ("Sí, ahí nos hablamos.", "sí, ya
quedamos, ahí nos hablamos", "sí, gracias, hasta luego", "yes, talk to you later"): the caller confirms the value
and takes leave, so the value is kept and the call ends - the same whether or not "ya quedamos" comes before it.
"Ahí nos hablamos" is a farewell like "ahí nos vemos"; with a moment named ("ahí nos hablamos en una hora") it says
when to call back."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_READ_BACK = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos"], "en-US": ["yes", "Ana Lopez", "yes",
                                                                                 "four five two"]}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, ahí nos hablamos."),
    ("es-MX", "sí, ya quedamos, ahí nos hablamos"),
    ("es-MX", "sí, ahí nos estamos hablando"),
    ("es-MX", "sí, gracias, hasta luego"),
    ("en-US", "yes, talk to you later"),
    ("en-US", "yeah, we're good, talk to you later"),
])
async def test_a_yes_with_a_farewell_keeps_the_value_and_ends_the_call(daisy: CompiledFlow, locale: str,
                                                                       turn: str) -> None:
    conv = await call(daisy, locale, TO_READ_BACK[locale])
    assert conv.step.name == "registration.tractor_number.confirm"
    await conv.user_turn(turn)
    assert conv.state.ended
    assert conv.slots.get("tractor_number") == "452"


@pytest.mark.parametrize(("turn", "minutes"), [("ahí nos hablamos en una hora", "60"),
                                               ("sí, ahí nos hablamos en media hora", "30")])
async def test_talking_again_at_a_moment_named_is_a_callback_then(daisy: CompiledFlow, turn: str,
                                                                  minutes: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    reply = said(await conv.user_turn(turn))
    assert minutes in reply, reply


@pytest.mark.parametrize("turn", ["la 452, ahí nos hablamos", "es la 120, ahí nos hablamos",
                                  "la 452, ahí nos estamos hablando", "la cuatro cincuenta y dos, ahí nos hablamos"])
async def test_trap_the_unit_said_before_talking_again_is_no_time_to_call(daisy: CompiledFlow, turn: str) -> None:
    # the number is the unit asked, no clock: the farewell ends the call as "la 452, ahí nos vemos" does, and never
    # books a callback "a las 4:52" the caller did not ask for
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name != "callback", reply
    assert "4:52" not in reply and "80" not in reply, reply


@pytest.mark.parametrize("turn", ["ahí nos habla al rato", "ahí nos habla mañana", "ahí nos hablas más tarde",
                                  "ahí nos habla"])
async def test_trap_call_us_later_asks_for_a_callback_no_farewell(daisy: CompiledFlow, turn: str) -> None:
    # "ahí nos habla" (you call us) sounds like "ahí nos hablamos" but asks to be called: never a call ended
    conv = await call(daisy, "es-MX", [])
    await conv.user_turn(turn)
    assert conv.step.name in ("offer_callback", "callback"), conv.step.name
