"""A driver who only says what he is doing ("¿Bueno? Voy manejando, eh." at the name question) keeps the call:
Daisy says she will be brief, offers the callback in words and asks again; the next turn is heard as usual (a
value, or "sí, llámame luego"), and the same hint a second time in the call is the callback. A can't-talk or a
callback asked for beside the activity still moves the call; a flow that does not handle the `busy` hint
moves it on the bare activity too, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import call, said, written_flow

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.store import MemoryStore

TO_NAME = {"es-MX": ["sí"], "en-US": ["yes"]}
OFFER = {"es-MX": "Si no puede ahora, dígame y le llamo más tarde", "en-US": "just tell me and I'll call you back"}
NAME_QUESTION = {"es-MX": "nombre completo", "en-US": "full name"}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿Bueno? Voy manejando, eh."),
    ("es-MX", "Ando en carretera, joven."),
    ("es-MX", "Estoy comiendo."),
    ("en-US", "Hello? I'm driving."),
    ("en-US", "I'm at the dock."),
])
async def test_a_bare_activity_keeps_the_call_and_offers_the_callback(daisy: CompiledFlow, locale: str,
                                                                      turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME[locale])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended
    assert OFFER[locale] in reply and NAME_QUESTION[locale] in reply
    assert conv.step.slot == "full_name"


@pytest.mark.parametrize(("locale", "name"), [("es-MX", "Jesús Alberto Mena"), ("en-US", "Travis Oakley")])
async def test_after_the_offer_a_value_is_taken(daisy: CompiledFlow, locale: str, name: str) -> None:
    conv = await call(daisy, locale, [*TO_NAME[locale], "Voy manejando." if locale == "es-MX" else "I'm driving."])
    await conv.user_turn(name)
    assert not conv.ended and conv.step.kind == "confirm" and conv.pending == name
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots["full_name"] == name and conv.step.slot == "tractor_number"


@pytest.mark.parametrize(("locale", "later"), [
    ("es-MX", "Sí, llámame luego."),
    ("es-MX", "Mejor luego."),
    ("en-US", "Yeah, call me later."),
    ("en-US", "Maybe later."),
])
async def test_after_the_offer_a_later_is_the_callback(daisy: CompiledFlow, locale: str, later: str) -> None:
    conv = await call(daisy, locale, [*TO_NAME[locale], "Voy manejando." if locale == "es-MX" else "I'm driving."])
    await conv.user_turn(later)
    assert conv.ended and conv.outcome == "rescheduled"


@pytest.mark.parametrize(("locale", "first", "second"), [
    ("es-MX", "¿Bueno? Voy manejando.", "Es que vengo manejando, oiga."),
    ("en-US", "I'm driving.", "I'm on the highway."),
])
async def test_the_same_hint_twice_is_the_callback(daisy: CompiledFlow, locale: str, first: str,
                                                   second: str) -> None:
    conv = await call(daisy, locale, [*TO_NAME[locale], first])
    assert not conv.ended
    await conv.user_turn(second)
    assert conv.ended and conv.outcome == "rescheduled"


async def test_a_hint_at_a_later_question_is_answered_once_too(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    assert conv.step.slot == "tractor_number"
    reply = said(await conv.user_turn("Ando manejando, ¿eh?"))
    assert not conv.ended and OFFER["es-MX"] in reply
    await conv.user_turn("ochenta y ocho")
    assert conv.pending == "88"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Voy manejando, no puedo hablar."),
    ("es-MX", "Ahorita estoy manejando, márcame al rato."),
    ("es-MX", "Ando en carretera, háblame en una hora."),
    ("en-US", "I'm driving, call me in an hour."),
    ("en-US", "I'm driving, can't talk right now."),
])
async def test_busy_with_a_cant_talk_or_a_callback_ends_the_call(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME[locale])
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled"


@pytest.mark.parametrize(("locale", "turn", "value"), [
    ("es-MX", "Setenta, voy manejando.", "70"),
    ("es-MX", "Ando en carretera. Es la setenta y dos.", "72"),
    ("en-US", "Seventy, I'm driving.", "70"),
])
async def test_an_answer_beside_the_activity_is_taken(daisy: CompiledFlow, locale: str, turn: str,
                                                      value: str) -> None:
    conv = await call(daisy, locale, ["sí", "Ana López", "sí"] if locale == "es-MX" else ["yes", "Ana Lopez", "yes"])
    assert conv.step.slot == "tractor_number"
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.pending == value
    assert OFFER[locale] not in reply


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Voy manejando."), ("en-US", "I'm driving.")])
async def test_at_the_permission_question_a_yes_to_doing_it_now_starts_the_registration(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.step.name == "busy_at_greeting"
    assert ("ahorita" if locale == "es-MX" else "now") in reply
    await conv.user_turn("sí, dale" if locale == "es-MX" else "yeah, go ahead")
    assert not conv.ended and conv.step.slot == "full_name"


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Voy manejando."), ("en-US", "I'm driving.")])
async def test_at_the_permission_question_a_no_to_doing_it_now_offers_the_callback(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await conv.user_turn(turn)
    await conv.user_turn("no")
    assert not conv.ended and conv.step.name == "offer_callback"
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.ended and conv.outcome == "rescheduled"


@pytest.mark.parametrize(("locale", "turn", "later"), [
    ("es-MX", "Voy manejando.", "No, mejor háblame en media hora."),
    ("en-US", "I'm driving.", "Nah, call me back in half an hour."),
])
async def test_at_the_permission_question_a_callback_asked_for_after_the_hint_is_the_callback(
        daisy: CompiledFlow, locale: str, turn: str, later: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await conv.user_turn(turn)
    await conv.user_turn(later)
    assert conv.ended and conv.outcome == "rescheduled"


FLOW = """\
version: 1
name: yard
locales: [es-MX, en-US]
initial: gate
slots:
  door:
    type: integer
    description: The door the driver backs into.
    max: 99
intents:
  repeat: {then: return}
  reschedule: {to: later}
states:
  gate:
    collect: [door]
    on:
      - {on: done, to: bye}
      - {on: exhausted, to: bye}
  later:
    say: later
    on_enter: [{reschedule: 30}, {end_call: rescheduled}]
    final: true
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
"""
PROMPTS = {
    "es-MX": {"ask_door": "¿Qué puerta le tocó?", "confirm_door": "Puerta {{ readback }}. ¿Sí?",
              "later": "Le llamo luego.", "bye": "Adiós."},
    "en-US": {"ask_door": "Which door?", "confirm_door": "Door {{ readback }}. Right?",
              "later": "I'll call later.", "bye": "Bye."},
}


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "¿Bueno? Voy manejando, eh."), ("en-US", "I'm driving.")])
async def test_a_flow_without_the_hint_still_calls_back(tmp_path: Path, locale: str, turn: str) -> None:
    yard = written_flow(tmp_path, "yard", FLOW, PROMPTS)
    conv = Conversation(yard, locale=locale, store=MemoryStore())
    await conv.start()
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled"


TO_ETA = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
              "sí", "x y z nueve ocho siete seis", "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes"],
}


@pytest.mark.parametrize(("locale", "turn", "eta"), [
    ("es-MX", "Voy manejando, todavía me falta una hora.", "07:00"),
    ("es-MX", "Ando en carretera, ya casi, como cuarenta minutos.", "06:40"),
    ("es-MX", "Ando en carretera, llego a las cinco.", "17:00"),
    ("en-US", "I'm unloading, should be done in two hours.", "08:00"),
    ("en-US", "Driving, almost there, like thirty minutes.", "06:30"),
    ("en-US", "I'm on the road, be there at five.", "17:00"),
])
async def test_an_activity_with_a_while_or_a_time_at_the_arrival_question_is_the_arrival(
        daisy: CompiledFlow, locale: str, turn: str, eta: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])  # at 06:00 local
    assert conv.step.slot == "eta"
    await conv.user_turn(turn)
    assert not conv.ended and conv.step.kind == "confirm" and conv.pending == eta


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "se me apagó el celular"),
    ("es-MX", "Se me está acabando la pila, joven."),
    ("es-MX", "ya casi no tengo batería"),
    ("es-MX", "me estoy quedando sin señal"),
    ("en-US", "I'm losing signal"),
    ("en-US", "my phone's about to die"),
    ("en-US", "I'm running out of battery"),
])
async def test_trouble_with_the_callers_phone_is_answered_as_a_call_that_may_be_cut(daisy: CompiledFlow, locale: str,
                                                                                    turn: str) -> None:
    # a person says she will be quick or offers to call back - never sorry for news, never a name "Losing Signal"
    conv = await call(daisy, locale, TO_NAME[locale])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and OFFER[locale] in reply and NAME_QUESTION[locale] in reply, reply
    assert conv.step.name == "registration.full_name.ask" and "lo siento" not in reply and conv.attempts() == 0


@pytest.mark.parametrize(("locale", "turns", "value"), [
    ("es-MX", ["sí", "Ana López", "sí", "ya casi no tengo pila, es la 452"], "452"),
    ("en-US", ["yes", "Ann Lopez", "yes", "my battery's dying, it's unit 318"], "318"),
])
async def test_a_value_beside_phone_trouble_is_read_back(daisy: CompiledFlow, locale: str, turns: list[str],
                                                         value: str) -> None:
    conv = await call(daisy, locale, turns)
    assert conv.step.name == "registration.tractor_number.confirm" and conv.pending == value


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "se me acaba la pila, márcame en diez"),
                                              ("en-US", "my phone's dying, call me back in ten")])
async def test_phone_trouble_with_a_callback_asked_is_the_callback(daisy: CompiledFlow, locale: str,
                                                                   turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.ended and "10" in reply


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Ahí te dejo, ya se me acaba la pila del celular."),
                                              ("en-US", "my phone is dying, bye")])
async def test_phone_trouble_with_a_goodbye_ends_the_call(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME[locale])
    await conv.user_turn(turn)
    assert conv.ended and conv.state.step.name == "caller_ends"


TO_TRAILER_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"]
TO_TRAILER_EN = ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes"]
TO_ETA_ES = [*TO_TRAILER_ES, "mil", "sí", "x y z novecientos ochenta y siete", "sí"]
TO_ETA_EN = [*TO_TRAILER_EN, "one thousand", "yes", "XYZ 987", "yes"]


@pytest.mark.parametrize(("locale", "turns", "turn"), [
    ("es-MX", TO_TRAILER_ES, "no traigo carga"),
    ("es-MX", TO_TRAILER_ES, "traigo poca carga"),
    ("es-MX", TO_TRAILER_ES, "ya se terminó la carga"),
    ("es-MX", TO_TRAILER_ES, "se me descargó la batería del tractor"),
    ("es-MX", TO_ETA_ES,
     "se me murió la batería de la troca"),
    ("en-US", TO_ETA_EN,
     "the truck battery died"),
    ("en-US", TO_TRAILER_EN, "my rig's battery is dying"),
])
async def test_the_load_or_the_trucks_battery_is_no_trouble_with_the_phone(daisy: CompiledFlow, locale: str,
                                                                          turns: list[str], turn: str) -> None:
    # "carga" is the load to a trucker, and a battery of the truck is news of the trip: Daisy offers no quick call
    conv = await call(daisy, locale, turns)
    reply = said(await conv.user_turn(turn))
    assert OFFER[locale] not in reply and not conv.ended, reply


@pytest.mark.parametrize("turn", ["no traigo carga, llego a las cinco", "ya se terminó la carga, llego a las cinco"])
async def test_the_load_beside_the_arrival_time_is_only_read_back(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.eta.confirm" and OFFER["es-MX"] not in reply, reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "estoy perdiendo la señal"),
    ("es-MX", "voy perdiendo la señal, joven"),
    ("es-MX", "se me está yendo la señal"),
    ("en-US", "I'm losing signal"),
    ("en-US", "I'm about to lose the signal"),
])
async def test_a_signal_being_lost_at_the_greeting_is_the_same_phone_trouble_in_both_languages(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    # at "¿Tiene un par de minutos?" the call that may be cut is told it is quick and asked whether to go on now
    # (the greeting's busy step) - neither a callback booked nor a turn not understood, "estoy perdiendo la señal"
    # as "I'm losing signal"
    conv = await call(daisy, locale, [])
    out = await conv.user_turn(turn)
    assert not conv.ended and conv.step.name == "busy_at_greeting"
    assert not any(isinstance(action, ScheduleCallback) for action in out)
