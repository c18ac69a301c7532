"""The caller who goes to look the value up and says he will tell it ("ahorita lo busco y te aviso", "déjame lo checo
y le digo", "let me look it up and I'll let you know", "hang on, let me find it") stays on the line: nobody else to
ask, nowhere to go, no call promised. Daisy waits - the question is asked again as one not yet answered (no attempt
counted), and the value said next is read back as usual. No callback is booked, the call goes on.

An errand with another person ("déjame preguntarle a mi jefe y te aviso") or a call said in so many words ("lo busco
y te marco", "let me find it and I'll call you back") is still the caller's own callback
(test_callback_at_the_callers_initiative)."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import ScheduleCallback

TO_THE_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"], "en-US": ["yes", "Ana Lopez", "yes",
                                                                                     "four five two", "yes"]}
PLATE = {"es-MX": ("equis ye ca uno dos tres cuatro", "XYK-1234"), "en-US": ("X Y K one two three four", "XYK-1234")}
NOT_UNDERSTOOD = {"es-MX": "no le entendí", "en-US": "didn't get that"}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "ahorita lo busco y te aviso"),
    ("es-MX", "ahorita las checo y le aviso"),
    ("es-MX", "déjame lo busco y te digo"),
    ("es-MX", "permítame, las reviso en la tarjeta y ya le digo"),
    ("es-MX", "a ver, deje las busco"),
    ("en-US", "hang on, let me find it"),
    ("en-US", "let me look it up and I'll let you know"),
    ("en-US", "ok let me check real quick"),
    ("en-US", "one sec, let me pull them up and I'll read them to you"),
    ("en-US", "let me find those and get back to you"),
])
async def test_looking_the_value_up_keeps_the_call_and_the_value_said_next_is_read_back(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_THE_PLATE[locale])
    assert conv.step.slot == "tractor_plate"
    out = await conv.user_turn(turn)
    assert not conv.state.ended and not any(isinstance(action, ScheduleCallback) for action in out)
    assert conv.step.slot == "tractor_plate" and NOT_UNDERSTOOD[locale] not in said(out)
    await conv.user_turn(PLATE[locale][0])
    assert conv.pending == PLATE[locale][1]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "ahorita lo busco y te marco"),
    ("es-MX", "déjame preguntarle a mi jefe y te aviso"),
    ("es-MX", "voy a checar con el de patio y te aviso"),
    ("en-US", "let me check and I'll call you back"),
    ("en-US", "let me check with my boss and get back to you"),
])
async def test_another_person_or_a_call_promised_is_still_the_callers_callback(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_THE_PLATE[locale])
    out = await conv.user_turn(turn)
    assert conv.state.ended and any(isinstance(action, ScheduleCallback) for action in out)
