"""A not-now taken back by what follows its "but": the half said last wins. "Ahorita manejo pero tengo manos libres,
dígame", "I'm driving but I'm on hands-free, go ahead", "Bad timing on that load, but yes I have a couple minutes":
the caller goes on now - at "¿Tiene un par de minutos?" the registration starts, at a value's question the question
is asked again (never a "didn't get that"), and no callback is booked (nor "a couple minutes" taken as its delay).
The timing said not to be bad ("No es mal momento", "not a bad time") is a go-ahead too, never the busy words inside
it. A later moment or a call asked after the "but" ("voy manejando, pero márcame en una hora") is still the
callback."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import ScheduleCallback

NOT_UNDERSTOOD = {"es-MX": "no le entendí", "en-US": "didn't get that"}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "ahorita manejo pero tengo manos libres, dígame"),
    ("es-MX", "voy manejando pero traigo el bluetooth"),
    ("es-MX", "estoy ocupado pero sí tengo unos minutos"),
    ("es-MX", "No es mal momento"),
    ("es-MX", "no, no es mala hora, dígame"),
    ("en-US", "I'm driving but I'm on hands-free, go ahead"),
    ("en-US", "Bad timing on that load, but yes I have a couple minutes"),
    ("en-US", "I'm loading but I got my headset on, shoot"),
    ("en-US", "bad time but I've got a few minutes"),
    ("en-US", "not a bad time"),
])
async def test_a_not_now_taken_back_at_the_greeting_starts_the_registration(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    out = await conv.user_turn(turn)
    assert not conv.state.ended and not any(isinstance(action, ScheduleCallback) for action in out)
    assert conv.step.slot == "full_name"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "ahorita manejo pero tengo manos libres, dígame"),
    ("es-MX", "no es mal momento, dígame"),
    ("en-US", "I'm driving but I'm on hands-free, go ahead"),
    ("en-US", "bad timing but I have a couple minutes"),
])
async def test_a_not_now_taken_back_at_a_question_asks_it_again(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    assert conv.step.slot == "full_name"
    out = await conv.user_turn(turn)
    assert not conv.state.ended and conv.step.slot == "full_name" and conv.pending is None
    assert NOT_UNDERSTOOD[locale] not in said(out)


@pytest.mark.parametrize(("locale", "turn", "minutes"), [
    ("es-MX", "voy manejando, pero márcame en una hora", 60),
    ("es-MX", "mal momento, pero márcame en media hora", 30),
    # the "si" after the "but" an "if", and the call asked in that half
    ("es-MX", "No te escuché bien, pero si es lo de la placa mejor háblame en hora y media que ando en carretera.",
     90),
    ("en-US", "bad timing, but call me in an hour", 60),
    ("en-US", "I'm driving but try me in twenty minutes", 20),
])
async def test_a_callback_asked_after_the_but_is_still_booked(daisy: CompiledFlow, locale: str, turn: str,
                                                                minutes: int) -> None:
    conv = await call(daisy, locale, [])
    out = await conv.user_turn(turn)
    assert conv.state.ended
    assert [action.minutes for action in out if isinstance(action, ScheduleCallback)] == [minutes]


@pytest.mark.parametrize(("locale", "turn"), [
    # what keeps the caller busy, said with "have" / "got": no time to talk
    ("en-US", "I'm busy I got a customer here"),
    ("en-US", "I'm driving but I have a meeting"),
    ("en-US", "sorry I'm driving, I have the kids with me"),
    ("en-US", "I'm busy right now, I have a delivery"),
    ("en-US", "I'm busy, I got a lot going on"),
    # time to talk, but at a moment named: then, not now
    ("en-US", "I'm busy but I've got a few minutes after lunch"),
    ("en-US", "I'm driving but I have time when I get to the yard"),
    ("es-MX", "estoy ocupado pero tengo un ratito como a las cinco"),
    ("es-MX", "voy manejando pero tengo tiempo cuando llegue al patio"),
])
async def test_a_not_now_with_what_keeps_the_caller_busy_or_a_later_moment_never_starts_the_registration(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    await conv.user_turn(turn)
    assert conv.step is None or conv.step.slot != "full_name"
