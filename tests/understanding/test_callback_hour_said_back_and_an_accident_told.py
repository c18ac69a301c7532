"""A callback asked for a day and an hour is said back with its hour ("márcame mañana a las diez" - "le llamo mañana a
las 10 de la mañana", "call me tomorrow at ten" - "tomorrow at 10 AM"), never "mañana, como me dijo". An accident on
the road ("someone rear-ended me on the highway", "me chocaron en la carretera") is news, as "tuve un accidente" is:
the caller is not on the road now, no callback is booked and the call goes on."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import Say

from .call_helpers import at_question


def _said(actions: list) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


@pytest.mark.parametrize(("locale", "text", "back"), [
    ("es-MX", "márcame mañana a las diez", "mañana a las 10 de la mañana"),
    ("es-MX", "Llámame el jueves a las cinco de la tarde, porfa.", "el jueves a las 5 de la tarde"),
    ("es-MX", "Mejor háblame a las cuatro de la tarde.", "a las 4 de la tarde"),
    ("en-US", "call me tomorrow at ten", "tomorrow at 10 AM"),
    ("en-US", "Call me back Thursday at nine in the morning.", "Thursday at 9 AM"),
    ("en-US", "Can you call me back at 4 pm?", "at 4 PM"),
])
@pytest.mark.parametrize("slot", ["full_name", "trailer_plate"])
async def test_the_hour_of_a_callback_is_said_back(locale: str, text: str, back: str, slot: str) -> None:
    conv = await at_question(slot, locale)
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert back in _said(actions)


@pytest.mark.parametrize(("locale", "text", "limit"), [
    ("es-MX", "llámame antes de las cinco", "a las 5"),
    ("es-MX", "Márcame a más tardar a las cuatro de la tarde.", "a las 4"),
    ("es-MX", "mañana antes de las diez me hablas", "a las 10"),
    ("en-US", "call me before five", "at 5"),
    ("en-US", "Call me back no later than four pm.", "at 4"),
])
async def test_a_clock_said_as_a_limit_is_never_said_back_as_the_hour_asked(
        locale: str, text: str, limit: str) -> None:
    conv = await at_question("full_name", locale)
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert limit not in _said(actions)  # "antes de las cinco": "le llamo a las 5, como me dijo" he never said


@pytest.mark.parametrize(("locale", "text", "back"), [
    ("es-MX", "márcame mañana", "mañana, como me dijo"),
    ("en-US", "call me tomorrow", "tomorrow, as you said"),
    ("es-MX", "márcame en dos horas", "en unas 2 horas"),
])
async def test_a_callback_without_an_hour_is_said_back_as_before(locale: str, text: str, back: str) -> None:
    conv = await at_question("full_name", locale)
    actions = await conv.user_turn(text)
    assert back in _said(actions)


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "rear ended me on the highway"),
    ("en-US", "Someone rear-ended me on the highway this morning."),
    ("en-US", "A truck hit me on the interstate."),
    ("en-US", "They cut me off on the freeway."),
    ("en-US", "I had an accident"),
    ("es-MX", "Me chocaron en la carretera."),
    ("es-MX", "tuve un accidente"),
])
@pytest.mark.parametrize("slot", ["full_name", "tractor_number", "eta"])
async def test_an_accident_told_books_no_callback(locale: str, text: str, slot: str) -> None:
    conv = await at_question(slot, locale)
    await conv.user_turn(text)
    assert not conv.ended and conv.outcome != "rescheduled" and conv.step.slot == slot


@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "I'm driving on the highway, call me back in an hour."),
    ("en-US", "Somebody hit me on the highway, call me back later."),
    ("es-MX", "Me chocaron en la carretera, márcame en una hora."),
])
async def test_the_road_now_or_a_callback_asked_beside_the_accident_still_is_one(locale: str, text: str) -> None:
    conv = await at_question("full_name", locale)
    await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
