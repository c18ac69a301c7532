"""The phone handed to someone beside the caller ("se lo paso a mi jefe", "ahorita le paso a mi esposo", "let me hand
you to my boss", "I'll put my husband on", "here's my dispatcher") is a hold: whoever comes on answers, so the
question is asked again as one not yet answered - never the value put off ("eso lo vemos al final"), never a turn not
understood. Sent to the boss another way ("se las mando a mi jefe por whatsapp") the value is still put off.

Someone else answering for the driver ("Isn't Mike there? This is his wife.", "¿No está Juan? Habla su esposa.") is
Daisy's driver away: the right number, the driver not there - a callback, never ended as a wrong number ("fue un
error") nor a person asked of the agent ("Nobody is available right now")."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import ScheduleCallback

TO_THE_NUMBER = {"es-MX": ["sí", "Ana López", "sí"], "en-US": ["yes", "Ana Lopez", "yes"]}
PUT_OFF = {"es-MX": "lo vemos al final", "en-US": "come back to that"}
NOT_UNDERSTOOD = {"es-MX": "no le entendí", "en-US": "didn't get that"}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "se lo paso a mi jefe"),
    ("es-MX", "ahorita le paso a mi esposo"),
    ("es-MX", "te comunico con mi compañero"),
    ("en-US", "let me hand you to my boss"),
    ("en-US", "I'll put my husband on"),
    ("en-US", "here's my dispatcher"),
])
async def test_the_phone_handed_over_asks_the_question_again_for_whoever_comes_on(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_THE_NUMBER[locale])
    assert conv.step.slot == "tractor_number"
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.step.slot == "tractor_number" and conv.attempts() == 0
    assert PUT_OFF[locale] not in reply and NOT_UNDERSTOOD[locale] not in reply
    await conv.user_turn("cuatro cinco dos" if locale == "es-MX" else "four five two")
    assert conv.pending == "452"


async def test_the_value_sent_to_the_boss_another_way_is_still_put_off(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_THE_NUMBER["es-MX"])
    reply = said(await conv.user_turn("se los mando a mi jefe por whatsapp"))
    assert PUT_OFF["es-MX"] in reply and conv.step.slot == "tractor_plate"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿No está Juan? Habla su esposa."),
    ("es-MX", "soy su esposa, él no está"),
    ("en-US", "Isn't Mike there? This is his wife."),
    ("en-US", "This is his wife, he's not here"),
    ("en-US", "he left his phone"),
    ("es-MX", "no, él no está"),
    ("en-US", "he's not here"),
])
async def test_someone_else_answering_for_the_driver_is_told_the_driver_will_be_called_back(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    out = await conv.user_turn(turn)
    assert conv.ended and conv.step.name == "driver_away" and conv.state.outcome == "rescheduled"
    assert any(isinstance(action, ScheduleCallback) for action in out)
    assert ("fue un error" if locale == "es-MX" else "my mistake") not in said(out)


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "número equivocado"), ("en-US", "wrong number")])
async def test_a_wrong_number_is_still_the_wrong_person(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    out = await conv.user_turn(turn)
    assert conv.ended and conv.step.name == "wrong_person"
    assert not any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "¿está Lupita, la de las rutas?"), ("en-US", "is Mike there?")])
async def test_a_person_asked_for_alone_is_still_a_person_asked(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    await conv.user_turn(turn)
    assert conv.step.name not in ("wrong_person", "driver_away")


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "soy su esposa, él anda manejando, yo le doy los datos"),
    ("es-MX", "habla su esposa, ¿qué necesita?"),
    ("es-MX", "bueno, soy su hijo, mi papá va manejando, yo le ayudo con los datos"),
    ("es-MX", "no se encuentra, habla su esposa, pero yo tengo los datos"),
    ("en-US", "this is his wife, he's driving, I can give you his info"),
    ("en-US", "hi, this is his wife, what do you need?"),
    ("en-US", "he's not here but I'm his dispatcher, I have all his info"),
])
async def test_someone_answering_for_the_driver_who_offers_to_answer_in_his_place_keeps_the_call(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    out = await conv.user_turn(turn)
    assert not conv.state.ended and not any(isinstance(action, ScheduleCallback) for action in out)
