"""A call said to be made ("cualquier cosa te marco", "márcame mañana", "I'll call you back") or another value said
not to be had ("no manejo correo", "I don't do email") is never a name, and a name said with it is kept: "No
manejo correo, soy Juan Pérez" gives the name, not a name put off. At the question whether the caller has a minute,
"te marco a las cinco" is the caller calling back at five, as "I'll call you at five" is."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding.callback_cues import caller_calls_back
from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "cualquier cosa te marco"), ("es-MX", "Cualquier cosa le hablo."), ("es-MX", "márcame mañana"),
    ("es-MX", "no manejo correo"), ("en-US", "I'll call you back"), ("en-US", "I don't do email"),
])
async def test_a_call_or_no_email_at_the_name_question_is_no_name(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    reply = said(await conv.user_turn(turn))
    assert "full_name" not in conv.slots and "Anoto" not in reply and "I have" not in reply, reply


@pytest.mark.parametrize(("locale", "turn", "name"), [
    ("es-MX", "No manejo correo, soy Juan Pérez", "Juan Pérez"),
    ("es-MX", "no tengo correo electrónico pero me llamo Ana López", "Ana López"),
    ("es-MX", "Juan Pérez, cualquier cosa te marco", "Juan Pérez"),
    ("en-US", "I don't do email, I'm John Smith", "John Smith"),
    ("en-US", "John Smith, I'll call you if anything", "John Smith"),
])
async def test_a_name_said_beside_it_is_read_back(daisy: CompiledFlow, locale: str, turn: str, name: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.full_name.confirm" and name in reply, reply
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots["full_name"] == name


@pytest.mark.parametrize(("locale", "text", "name"), [
    ("es-MX", "soy Juan Pérez y te marco a las cinco", "Juan Pérez"), ("es-MX", "márcame mañana, soy Ana López",
                                                                       "Ana López"),
    ("es-MX", "cualquier cosa te marco", None), ("es-MX", "Marco Antonio Pérez", "Marco Antonio Pérez"),
    ("en-US", "This is John Smith and I'll call you back at five", "John Smith"),
])
def test_the_name_extractor_sets_the_call_aside(locale: str, text: str, name: str | None) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "te marco a las cinco"), ("es-MX", "le hablo en una hora"), ("es-MX", "le marco mañana a las diez"),
    ("en-US", "I'll call you at five"),
])
async def test_a_call_back_at_a_time_at_the_greeting_is_the_callers_callback(daisy: CompiledFlow, locale: str,
                                                                           turn: str) -> None:
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert conv.ended and conv.step.name == "callback", reply
    assert "su llamada" in reply or "your call" in reply


async def test_a_call_to_someone_else_at_a_time_is_no_callback(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí"])
    await conv.user_turn("le marco a las cinco al despachador")
    assert not conv.ended


@pytest.mark.parametrize("turn", ["le hablo a las cinco a la bodega", "le marco a las cinco a la oficina para avisar",
                                  "les marco a las cuatro a los de la caja", "le hablo a las seis a la planta",
                                  "le llamo a las tres al de patio", "les hablo a las ocho a los del almacén",
                                  "le marco a la una a la caseta"])
async def test_a_call_to_a_place_or_to_people_at_a_time_is_no_callback(daisy: CompiledFlow, turn: str) -> None:
    """A call the caller makes to the warehouse, the office, "los de la caja" at a time is not his call back to the
    agent: the call goes on."""
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí"])
    await conv.user_turn(turn)
    assert not conv.ended and conv.step.name != "callback", turn


@pytest.mark.parametrize("turn", ["le llamo a las tres al de patio", "les hablo a las ocho a los del almacén",
                                  "le marco a la una a la caseta", "le hablo a las cinco a la bodega"])
def test_the_callers_call_to_a_place_at_a_time_is_no_callback_cue(turn: str) -> None:
    """The cue of the caller's own callback is never a call with "a" after it, whatever other ways of calling back
    the cue's list holds ("... y te aviso"): a call to the warehouse at five is his errand."""
    assert not caller_calls_back(turn.split(), "es")


@pytest.mark.parametrize("turn", ["te marco mañana a la una", "te marco a la una", "le marco en la tarde a las cuatro",
                                  "le marco a las cinco de la tarde"])
async def test_a_call_back_at_an_hour_said_with_a_la_is_still_the_callback(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [])
    await conv.user_turn(turn)
    assert conv.ended and conv.step.name == "callback", turn


TO_ETA = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí",
                    "ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí"],
          "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6",
                    "yes"]}


def arrival_kept(conv: object) -> object:
    """The arrival the caller gave: confirmed, read back now, or kept unconfirmed for the callback to read back."""
    state = conv.state  # type: ignore[attr-defined]
    return conv.slots.get("eta") or state.unconfirmed.get("eta") or state.pending  # type: ignore[attr-defined]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "llego a las cinco, te marco a las cuatro para confirmar"),
    ("es-MX", "llego como a las seis de la tarde y le hablo a las cinco para confirmar"),
    ("es-MX", "Ya no me marquen, llego a las cinco"),
    ("es-MX", "ya no me estén llamando, llego como a las siete de la noche"),
    ("en-US", "I'll be there at five pm, I'll call you at four to confirm"),
    ("en-US", "Stop calling me, I'll be there at five pm"),
])
async def test_an_arrival_said_beside_a_callback_or_a_stop_is_kept(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    """The arrival is in a clause of its own, told as one ("llego a las cinco"), the callback with a time of its own:
    it is not lost with the call - read back now, or kept for the callback to read back."""
    conv = await call(daisy, locale, TO_ETA[locale])
    await conv.user_turn(turn)
    assert arrival_kept(conv), turn


@pytest.mark.parametrize(("locale", "turn", "readback"), [
    ("es-MX", "llego a las cinco, te marco a las cuatro para confirmar", "Llegada a las 5 de la tarde"),
    ("es-MX", "llego a las cinco, te marco a las cuatro", "Llegada a las 5 de la tarde"),
    ("es-MX", "A las cinco llego, yo le llamo a las cuatro para avisarle", "Llegada a las 5 de la tarde"),
    ("es-MX", "llego como a las seis de la tarde y le hablo a las cinco para confirmar", "Llegada a las 6 de la tarde"),
    ("en-US", "I'll get there at five, I'll call you at four to confirm", "Arriving at 5 PM"),
    ("en-US", "I'll be there at five pm, I'll call you at four to confirm", "Arriving at 5 PM"),
])
async def test_an_arrival_beside_the_callers_own_call_is_read_back_and_the_call_goes_on(
        daisy: CompiledFlow, locale: str, turn: str, readback: str) -> None:
    """The caller calling Daisy later is no callback of Daisy's to book: the arrival is the answer, read back, and the
    registration goes on - the same in both languages."""
    conv = await call(daisy, locale, TO_ETA[locale])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and readback in reply
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots.get("eta") and conv.step.name == "registration.email.ask"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "llego a las cinco, márcame a las cuatro"), ("en-US", "I'll get there at five, call me at four"),
])
async def test_an_arrival_beside_a_callback_asked_of_daisy_is_kept_for_the_callback(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled" and arrival_kept(conv), turn


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "a las cinco, te marco"), ("es-MX", "No me vuelvas a llamar, a las cinco"),
])
async def test_a_time_that_may_be_the_callbacks_or_the_refusals_is_no_arrival(daisy: CompiledFlow, locale: str,
                                                                             turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    await conv.user_turn(turn)
    assert conv.ended and not arrival_kept(conv), turn


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "soy Juan Pérez y te marco a las cinco"), ("es-MX", "Juan Pérez, márcame mañana"),
    ("en-US", "This is John Smith and I'll call you back at five"),
])
async def test_a_name_said_beside_a_callback_that_ends_the_call_is_kept_for_the_callback(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    await conv.user_turn(turn)
    assert conv.slots.get("full_name") or conv.state.unconfirmed.get("full_name") or conv.state.pending, turn


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Para otro día"), ("es-MX", "hasta el otro día"), ("es-MX", "llego para otro día"),
    ("en-US", "the next day"),
])
async def test_the_day_after_at_the_arrival_question_is_the_arrival_its_hour_asked(daisy: CompiledFlow, locale: str,
                                                                                  turn: str) -> None:
    """"Para otro día" to "¿a qué hora calcula llegar?" is when he gets there, as "mañana" is: the hour is asked,
    no callback booked."""
    conv = await call(daisy, locale, TO_ETA[locale])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and ("a qué hora" in reply or "what time" in reply), reply


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "mejor otro día"), ("es-MX", "no, otro día"),
                                              ("en-US", "another day")])
async def test_another_occasion_at_the_arrival_question_is_still_a_callback(daisy: CompiledFlow, locale: str,
                                                                            turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA[locale])
    await conv.user_turn(turn)
    assert conv.ended and conv.step.name == "callback"
