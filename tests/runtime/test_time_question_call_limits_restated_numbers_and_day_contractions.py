"""What a careful listener does at a question for a time, when the turn holds a time or a number that is no answer.

- When not to call is no arrival: "No me llames a las cinco" answers nothing (the question is asked again, not
  counted as a failed answer); the rest of such a turn is heard ("no me llames antes de las ocho, llego como a las
  diez" is 10:00); a callback asked outright and "don't call me again" keep their meaning.
- A number given before, said again as a reminder ("Ya te lo dije tres veces, 452" after unit 452) is that number,
  no arrival at 4:52; a time worded as one beside the reminder ("ya te dije, a las 4:52") is still the answer.
- "Tomorrow's better, around eight": "tomorrow's" is tomorrow (8 in the morning), "tonight's" is tonight.
- A name after a question for the boss with no mark between ("is the boss there this is John Smith") is the name.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.store import MemoryStore

TO_ETA = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
              "sí", "x y z nueve ocho siete seis", "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes"],
}


def scheduled(actions: list) -> list[ScheduleCallback]:
    return [a for a in actions if isinstance(a, ScheduleCallback)]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No me llames a las cinco."),
    ("es-MX", "No me marques en la noche, eh."),
    ("en-US", "Don't call me at five."),
    ("en-US", "Don't call me after nine."),
])
async def test_when_not_to_call_is_no_arrival_and_the_question_is_asked_again(daisy: CompiledFlow, locale: str,
                                                                             turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    assert conv.step.name == "registration.eta.ask"
    actions = await conv.user_turn(turn)
    assert not conv.ended and not scheduled(actions)
    assert conv.step.name == "registration.eta.ask" and conv.pending is None and conv.attempts() == 0
    await conv.user_turn("a las seis de la tarde" if locale == "es-MX" else "six pm")
    assert conv.step.name == "registration.eta.confirm" and conv.pending == "18:00"


@pytest.mark.parametrize(("locale", "turn", "time"), [
    ("es-MX", "No me llames antes de las ocho, llego como a las diez.", "10:00"),
    ("es-MX", "Llego a las cinco, no me llames antes.", "17:00"),
    ("en-US", "Don't call me before eight, I'll be there around ten.", "10:00"),
    ("en-US", "I'll be there at five, don't call me before.", "17:00"),
    # the arrival in the same clause as the limit, as STT often writes it with no mark between
    ("es-MX", "llego a las cinco así que no me marques a esa hora", "17:00"),
    ("es-MX", "no me marques a las cinco porque a esa hora llego", "17:00"),
    ("es-MX", "no me llames antes de las ocho llego como a las diez", "10:00"),
    ("en-US", "don't call me before eight I'll be there around ten", "10:00"),
])
async def test_the_arrival_beside_when_not_to_call_is_the_arrival(daisy: CompiledFlow, locale: str, turn: str,
                                                                  time: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    actions = await conv.user_turn(turn)
    assert not conv.ended and not scheduled(actions)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Llámame a las cinco."),
    ("en-US", "Call me at five."),
])
async def test_a_callback_asked_at_a_time_is_still_a_callback(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    actions = await conv.user_turn(turn)
    assert conv.ended and scheduled(actions) and "eta" not in conv.slots


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Ya te lo dije tres veces, 452."),
    ("es-MX", "Ya te lo dije tres veces, cuatrocientos cincuenta y dos."),
    ("en-US", "I told you three times already, 452."),
    ("en-US", "I told you, four fifty two."),
])
async def test_a_number_given_before_said_again_is_no_arrival(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    assert conv.slots["tractor_number"] == "452"
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.step.name == "registration.eta.ask" and conv.pending is None
    assert "4:52" not in reply and "eta" not in conv.slots


@pytest.mark.parametrize(("locale", "turn", "time"), [
    ("es-MX", "Ya te dije, a las 4:52.", "16:52"),  # worded as a time: the arrival
    ("es-MX", "Ya te lo dije, a las cinco.", "17:00"),
    ("en-US", "I told you, 7 pm.", "19:00"),
    ("es-MX", "Como te dije, a las 3:15.", "15:15"),  # a number nobody gave before
    ("es-MX", "Ya te dije, 4:52.", "16:52"),  # a clock time as the phone writes it, even that of unit 452
    ("en-US", "I already told you, 4:52.", "16:52"),
])
async def test_a_time_beside_a_reminder_is_still_the_arrival(daisy: CompiledFlow, locale: str, turn: str,
                                                             time: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time


def evening() -> datetime:
    return datetime(2030, 1, 1, 0, 0, tzinfo=UTC)  # 18:00 in Mexico City


def early() -> datetime:
    return datetime(2030, 1, 1, 17, 0, tzinfo=UTC)  # 11:00 in Mexico City


@pytest.mark.parametrize(("clock", "turn", "time"), [
    (evening, "Tomorrow's better, around eight.", "08:00"),
    (evening, "Tomorrow's good, at seven.", "07:00"),
    (early, "Tonight's better, around eight.", "20:00"),
])
async def test_tomorrows_and_tonights_say_the_day_of_the_time(daisy: CompiledFlow, clock, turn: str,
                                                              time: str) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore(), clock=clock)
    await conv.start()
    for answer in TO_ETA["en-US"]:
        await conv.user_turn(answer)
    assert conv.step.name == "registration.eta.ask"
    await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time


@pytest.mark.parametrize(("locale", "turn", "name"), [
    ("en-US", "is the boss there this is John Smith", "John Smith"),
    ("en-US", "hey is your dispatcher around this is John Smith", "John Smith"),
    ("es-MX", "está el jefe soy Juan Pérez", "Juan Pérez"),
    ("es-MX", "oiga está el supervisor aquí le habla Juan Pérez", "Juan Pérez"),
])
async def test_a_name_after_a_question_for_the_boss_with_no_mark_between_is_the_name(daisy: CompiledFlow,
                                                                                    locale: str, turn: str,
                                                                                    name: str) -> None:
    conv = await call(daisy, locale, ["sí"] if locale == "es-MX" else ["yes"])
    assert conv.step.name == "registration.full_name.ask"
    await conv.user_turn(turn)
    assert conv.step.name == "registration.full_name.confirm" and conv.pending == name
