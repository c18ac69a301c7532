"""Whose call it is, heard in a call. Someone else who can call the agent ("despacho te puede llamar en una hora", "my
wife can call you back in an hour") says who has the data: the call goes on in both languages, and at the arrival
question the delay is the other's call, never an arrival. The caller's own call ("yo te puedo llamar en una hora", "I
can call you back in an hour") books the callback as one Daisy waits for. A question asking the agent to call ("¿puedes
llamar en unos treinta y cinco minutos?", "can you call in about thirty-five minutes?") is a callback at any
question, the arrival one too, while an arrival in so many minutes stays the arrival. A call the caller will make to
someone else ("le llamo luego a mi esposa") is his errand: the call goes on."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import Say

from .call_helpers import at_question

_SLOTS = ["full_name", "tractor_number", "trailer_plate", "eta"]


def _said(actions: list) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


@pytest.mark.parametrize(("locale", "text"), [
    ("es-MX", "despacho te puede llamar en una hora"),
    ("es-MX", "La de despacho le puede marcar en un rato."),
    ("es-MX", "Mi esposa puede llamar en una hora, ella tiene los papeles."),
    ("es-MX", "Ella puede llamar en media hora."),
    ("en-US", "my wife can call you back in an hour"),
    ("en-US", "Dispatch will call you back later, they have it."),
    ("en-US", "She'll call you back in twenty minutes."),
    ("en-US", "My dispatcher can call back in an hour."),
])
@pytest.mark.parametrize("slot", _SLOTS)
async def test_someone_else_who_can_call_leaves_the_call_going_on(locale: str, text: str, slot: str) -> None:
    conv = await at_question(slot, locale)
    await conv.user_turn(text)
    assert not conv.ended and conv.outcome != "rescheduled"
    assert conv.step.slot == slot
    if slot == "eta":
        assert conv.pending is None  # no arrival read out of the other's delay


@pytest.mark.parametrize(("locale", "text", "waits"), [
    ("es-MX", "yo te puedo llamar en una hora", "quedo al pendiente de su llamada"),
    ("es-MX", "Le puedo marcar en veinte minutos, ahorita ando ocupado.", "quedo al pendiente de su llamada"),
    ("es-MX", "Te voy a marcar al rato.", "quedo al pendiente de su llamada"),
    ("en-US", "I can call you back in an hour", "I'll wait for your call"),
    ("en-US", "I'll call you back in twenty minutes.", "I'll wait for your call"),
])
@pytest.mark.parametrize("slot", ["full_name", "trailer_plate"])
async def test_the_callers_own_call_is_one_daisy_waits_for_in_both_languages(
        locale: str, text: str, waits: str, slot: str) -> None:
    conv = await at_question(slot, locale)
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert waits in _said(actions)


@pytest.mark.parametrize(("locale", "text", "minutes"), [
    ("es-MX", "¿puedes llamar en unos treinta y cinco minutos?", "35 minutos"),
    ("es-MX", "¿Podrías marcar en una hora?", "60 minutos"),
    ("es-MX", "Oiga, ¿puede llamar en veinte minutos?", "20 minutos"),
    ("es-MX", "¿Me puedes llamar en unos treinta y cinco minutos?", "35 minutos"),
    ("en-US", "can you call in about thirty-five minutes?", "35 minutes"),
    ("en-US", "Could you call back in twenty minutes?", "20 minutes"),
])
@pytest.mark.parametrize("slot", _SLOTS)
async def test_a_question_asking_daisy_to_call_is_a_callback_at_any_question(
        locale: str, text: str, minutes: str, slot: str) -> None:
    conv = await at_question(slot, locale)
    actions = await conv.user_turn(text)
    assert conv.outcome == "rescheduled"
    assert minutes in _said(actions)


@pytest.mark.parametrize(("locale", "text", "arrival"), [
    ("es-MX", "llego en treinta y cinco minutos", "06:35"),
    ("es-MX", "En una hora estoy ahí.", "07:00"),
    ("en-US", "I'll be there in thirty-five minutes", "06:35"),
])
async def test_an_arrival_in_so_many_minutes_stays_the_arrival(locale: str, text: str, arrival: str) -> None:
    conv = await at_question("eta", locale)
    await conv.user_turn(text)
    assert conv.pending == arrival and not conv.ended


@pytest.mark.parametrize("text", ["le llamo luego a mi esposa", "Luego le llamo a mi esposa, ella sabe.",
                                  "le marco mañana al despachador"])
@pytest.mark.parametrize("slot", _SLOTS)
async def test_a_call_the_caller_makes_to_someone_else_leaves_the_call_going_on(text: str, slot: str) -> None:
    conv = await at_question(slot, "es-MX")
    await conv.user_turn(text)
    assert not conv.ended and conv.outcome != "rescheduled" and conv.step.slot == slot


async def test_a_call_to_someone_else_beside_a_callback_asked_still_books_it() -> None:
    conv = await at_question("full_name", "es-MX")
    await conv.user_turn("luego le llamo a mi esposa, márcame en una hora")
    assert conv.outcome == "rescheduled"
