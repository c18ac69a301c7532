"""Put off without a time or a "call me": tomorrow said small ("Mejor mañanita, compa, hoy ya ando muerto de sueño"),
and now refused beside what keeps the caller busy ("estoy con el de seguridad revisando los sellos, orita no", "not
now, I'm at the scale") are callbacks; "ahorita no" of a thing ("ahorita no tengo el número") or said alone is none.
What the caller is doing with all well on the road ("Rolling through Abilene now, everything's fine") is news of the
trip - no callback, no busy caller to hurry for. In a call the callback is made (tomorrow for "mañanita")."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


def _heard(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match is not None else None


@pytest.mark.parametrize(("text", "locale"), [
    ("Mejor mañanita, compa, hoy ya ando muerto de sueño.", "es-MX"),
    ("Mejor mañanita, hoy ando muy cansado.", "es-MX"),
    ("Mejor mañanita, ahorita voy manejando.", "es-MX"),
    ("¿Bueno? Es que estoy con el de seguridad revisando los sellos, orita no.", "es-MX"),
    ("Orita no, ando en la báscula.", "es-MX"),
    ("Ahorita no, ando con el mecánico.", "es-MX"),
    ("Ahorita no, estoy en la aduana.", "es-MX"),
    ("Not now, I'm at the scale.", "en-US"),
    ("Not right now, I'm fueling up.", "en-US"),
    ("Not now, I'm with the inspector checking seals.", "en-US"),
])
def test_put_off_without_a_time_is_a_callback(text: str, locale: str) -> None:
    assert _heard(text, locale) == "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    ("Ahorita no tengo el número, estoy en la caseta.", "es-MX"),
    ("Ahorita no hay rampa, estoy esperando.", "es-MX"),
    ("Llego mañanita temprano.", "es-MX"),
    ("Rolling through Abilene now, everything's fine.", "en-US"),
    ("Driving through Amarillo, all good.", "en-US"),
    ("Voy pasando Saltillo, todo tranquilo.", "es-MX"),
    ("Voy manejando, todo bien.", "es-MX"),
])
def test_a_thing_not_at_hand_or_all_well_on_the_road_is_no_callback(text: str, locale: str) -> None:
    assert _heard(text, locale) not in ("reschedule", "busy")


def test_a_callback_with_all_well_said_still_counts() -> None:
    assert _heard("Voy manejando, todo bien, márcame al rato.", "es-MX") == "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Bueno? Es que estoy con el de seguridad revisando los sellos, orita no.", "es-MX"),
    ("Not now, I'm with the inspector checking seals.", "en-US"),
])
async def test_not_now_beside_what_keeps_busy_ends_the_call_for_a_callback(text: str, locale: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    assert conv.ended and [a for a in actions if isinstance(a, ScheduleCallback)]


async def test_mananita_calls_back_tomorrow() -> None:
    conv = await at_question("tractor_number", "es-MX")
    actions = await conv.user_turn("Mejor mañanita, compa, hoy ya ando muerto de sueño.")
    asked = [a.minutes for a in actions if isinstance(a, ScheduleCallback)]
    assert conv.ended and asked and asked[0] > 12 * 60  # tomorrow, not a while from now


@pytest.mark.parametrize("text", ["Ahorita no, voy en camino, llego como a las cinco.",
                                  "Orita no, voy en la carretera, como a las seis llego."])
async def test_not_there_yet_with_an_arrival_is_the_arrival_time(text: str) -> None:
    conv = await at_question("eta", "es-MX")
    await conv.user_turn(text)
    assert not conv.ended and conv.pending is not None


@pytest.mark.parametrize(("text", "locale"), [
    # run on, "no" denies the verb: the caller is free now
    ("Ahorita no estoy haciendo nada, dígame.", "es-MX"),
    ("Ahorita no ando trabajando.", "es-MX"),
    ("Orita no estamos descargando, pásale.", "es-MX"),
    ("Ahorita no estoy en ruta, estoy en mi casa.", "es-MX"),
    # ... or the go-ahead said after why: the call is taken now
    ("Ahorita no, estoy en el camión, pero dígame.", "es-MX"),
    ("Orita no, ando con el mecánico, pero adelante.", "es-MX"),
    ("Not now, I'm at the scale, but go ahead.", "en-US"),
])
def test_not_now_denying_the_busy_verb_or_with_a_go_ahead_is_no_callback(text: str, locale: str) -> None:
    assert _heard(text, locale) != "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    ("Ahorita no estoy haciendo nada, dígame.", "es-MX"),
    ("Ahorita no, estoy en la caseta, pero dígame.", "es-MX"),
    ("Not right now, I'm fueling up, but go ahead.", "en-US"),
])
async def test_free_now_or_told_to_go_ahead_the_call_goes_on(text: str, locale: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    assert not conv.ended and not [a for a in actions if isinstance(a, ScheduleCallback)]


@pytest.mark.parametrize(("text", "locale"), [
    ("Ahorita no, voy en camino.", "es-MX"),
    ("Orita no, ando de camino.", "es-MX"),
    ("Not now, I'm on my way.", "en-US"),
])
async def test_not_there_yet_on_the_way_at_the_arrival_question_asks_the_time_again(text: str, locale: str) -> None:
    conv = await at_question("eta", locale)
    actions = await conv.user_turn(text)
    assert not conv.ended and not [a for a in actions if isinstance(a, ScheduleCallback)]
    assert conv.step.slot == "eta"
