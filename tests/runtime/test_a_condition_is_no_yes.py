"""An unaccented "si" that opens a condition the answer hangs on ("si hay tráfico llego tarde", "si no hay tráfico",
"si me da chance", "si me dejan pasar") is "if", not "sí": at a read-back it confirms nothing, at a yes/no question
it agrees to nothing - the question is asked again. A yes said beside the condition still answers ("si no hay
tráfico, sí", "sí, hay tráfico pero llego"); "si quiere" alone is a grudging yes to an offer but says nothing of
whether a value read back is right. A condition that only hedges the value read back, said alone ("si no me
equivoco", "si alcanzo a llegar", "if I'm not mistaken") is a hedged yes: it confirms - the value is the caller's as
he knows it, and asking again would only get the same hedge."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_ETA = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
          "sí", "x y z nueve ocho siete seis", "sí"]
TO_NUMBER = ["sí", "Ana López", "sí"]


@pytest.mark.parametrize("turn", [
    "si hay tráfico llego tarde", "Si hay trafico llego tarde.", "si no hay tráfico llego a esa hora",
    "si me da chance de cargar diesel", "si me dejan salir del patio", "si quiere", "si gusta",
    "si Dios quiere llego a esa hora",
])
async def test_a_condition_at_the_arrival_read_back_confirms_nothing(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn(turn)
    assert "eta" not in conv.slots and conv.step.slot == "eta", turn


@pytest.mark.parametrize("turn", ["si no hay tráfico, sí", "si no hay trafico, si", "sí, hay tráfico pero llego",
                                  "sí, correcto, si no hay tráfico", "si, si quiere"])
async def test_a_yes_said_beside_the_condition_confirms(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    await conv.user_turn(turn)
    assert conv.slots.get("eta") == "17:00", turn


@pytest.mark.parametrize("turn", ["si me dejan pasar en la caseta", "si hay señal", "si quiere"])
async def test_a_condition_at_a_number_read_back_confirms_nothing(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_NUMBER, "cuatro cinco dos"])
    assert conv.step.name == "registration.tractor_number.confirm"
    await conv.user_turn(turn)
    assert "tractor_number" not in conv.slots, turn


@pytest.mark.parametrize("turn", ["si me da chance de estacionarme", "si no hay bronca en la caseta",
                                  "si me dejan, ahorita"])
async def test_a_condition_at_the_question_whether_there_is_a_minute_agrees_to_nothing(
        daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name != "registration.full_name.ask" and "nombre completo" not in reply, reply


@pytest.mark.parametrize("turn", ["si quiere", "sí, si quiere", "si, claro", "si puedo", "si hay chance",
                                  "sí hay tiempo", "si me da tiempo"])
async def test_if_you_like_alone_still_agrees_to_an_offer(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [])
    await conv.user_turn(turn)
    assert conv.step.name == "registration.full_name.ask", turn


@pytest.mark.parametrize("turn", ["a las cinco, si no hay tráfico", "sí, a las cinco si no hay tráfico",
                                  "A las cinco de la tarde, si Dios quiere"])
async def test_the_value_said_again_with_a_condition_confirms(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    await conv.user_turn(turn)
    assert conv.slots.get("eta") == "17:00", turn


@pytest.mark.parametrize("turn", ["si no hay ningun problema", "si no hay ningún problema, adelante",
                                  "si no hay cambios", "si no hay de otra", "si no hay inconveniente",
                                  "si no hay bronca, todo bien"])
async def test_yes_and_no_problem_unaccented_confirms_the_read_back(daisy: CompiledFlow, turn: str) -> None:
    """"Sí, no hay ningún problema" written without its accent and commas is still the yes: only what a condition
    brings after it ("si no hay problema llego a las cinco") makes it "if"."""
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    await conv.user_turn(turn)
    assert conv.slots.get("eta") == "17:00", turn


@pytest.mark.parametrize("turn", ["si hay chance ahorita", "si hay chance, dígame", "si hay tiempo adelante",
                                  "si me da tiempo ahorita", "si no hay ningun problema",
                                  "si no hay de otra, adelante"])
async def test_yes_there_is_time_now_unaccented_agrees_to_the_minute(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [])
    await conv.user_turn(turn)
    assert conv.step.name == "registration.full_name.ask", turn


@pytest.mark.parametrize("turn", ["si no hay problema llego temprano", "si hay tiempo llego",
                                  "si no hay ningun problema en la caseta"])
async def test_room_said_with_what_the_condition_brings_still_confirms_nothing(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    await conv.user_turn(turn)
    assert "eta" not in conv.slots, turn


@pytest.mark.parametrize("turn", ["si alcanzo a llegar", "Si alcanzo a llegar a esa hora.", "si llego a tiempo",
                                  "si no se me hace tarde", "si no me equivoco", "si me acuerdo bien"])
async def test_a_hedge_alone_at_the_arrival_read_back_is_a_hedged_yes(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    await conv.user_turn(turn)
    assert conv.slots.get("eta") == "17:00", turn


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "si no me equivoco"), ("es-MX", "Si no me equivoco yo."), ("es-MX", "si recuerdo bien"),
    ("en-US", "if I'm not mistaken"), ("en-US", "If memory serves."), ("en-US", "if I remember correctly"),
])
async def test_a_hedge_of_memory_alone_at_a_number_read_back_is_a_hedged_yes(daisy: CompiledFlow, locale: str,
                                                                            turn: str) -> None:
    conv = await call(daisy, locale, ["sí", "Ana López", "sí", "cuatro cinco dos"] if locale == "es-MX"
                      else ["yes", "Ann Lopez", "yes", "452"])
    await conv.user_turn(turn)
    assert conv.slots.get("tractor_number") == "452", turn


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sale, pero aprisita que voy manejando"), ("es-MX", "sí, pero deprisa que voy manejando"),
    ("es-MX", "ándale, pero apúrenle que ando manejando"), ("en-US", "yes, but make it snappy, I'm driving"),
    ("en-US", "yeah, hurry up, I'm driving"),
])
async def test_a_yes_with_a_hurry_at_a_read_back_confirms_and_goes_on(daisy: CompiledFlow, locale: str,
                                                                     turn: str) -> None:
    """"Sale, pero aprisita que voy manejando": a yes and why it must be quick - no callback offered."""
    conv = await call(daisy, locale, ["sí", "Ana López"] if locale == "es-MX" else ["yes", "Ann Lopez"])
    await conv.user_turn(turn)
    assert not conv.ended and conv.slots.get("full_name") in ("Ana López", "Ann Lopez"), turn
    assert conv.step.name == "registration.tractor_number.ask", turn


@pytest.mark.parametrize(("locale", "turn", "value"), [
    ("es-MX", "es el 453, si no me equivoco", "453"), ("es-MX", "cuatro cinco tres, si no me equivoco", "453"),
    ("es-MX", "el 543 si mal no recuerdo, si recuerdo bien", "543"),
    ("en-US", "it's 453, if I'm not mistaken", "453"), ("en-US", "if memory serves, it's 453", "453"),
    ("en-US", "four five three if I remember correctly", "453"),
])
async def test_a_hedge_beside_another_number_at_its_read_back_hedges_the_change(daisy: CompiledFlow, locale: str,
                                                                              turn: str, value: str) -> None:
    """"Es el 453, si no me equivoco" at "Tractor número 452": the hedge is of the number said with it - a change,
    read back for the caller to confirm, never the 452 confirmed silently as if he had said only the hedge."""
    conv = await call(daisy, locale, ["sí", "Ana López", "sí", "cuatro cinco dos"] if locale == "es-MX"
                      else ["yes", "Ann Lopez", "yes", "452"])
    reply = said(await conv.user_turn(turn))
    assert conv.slots.get("tractor_number") != "452", reply
    assert conv.step.name == "registration.tractor_number.confirm" and value in reply, reply


@pytest.mark.parametrize("turn", ["a las seis, si no me equivoco", "como a las seis, si alcanzo a llegar",
                                  "no, a las seis si no me equivoco"])
async def test_a_hedge_beside_another_time_at_the_arrival_read_back_hedges_the_change(daisy: CompiledFlow,
                                                                                    turn: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_ETA, "a las cinco de la tarde"])
    reply = said(await conv.user_turn(turn))
    assert conv.slots.get("eta") != "17:00", reply
    assert "6" in reply, reply


TO_SUMMARY = {
    "es-MX": ["sí", "Juan Pérez", "sí", "452", "sí", "ABC123", "sí", "7781", "sí", "XYZ987", "sí", "a las cinco", "sí",
              "juan@gmail.com", "sí"],
    "en-US": ["yes", "John Smith", "yes", "452", "yes", "ABC123", "yes", "7781", "yes", "XYZ987", "yes", "at five pm",
              "yes", "john@gmail.com", "yes"],
}


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "if I'm not mistaken the trailer is 7782"), ("en-US", "If I remember correctly, the time is six."),
    ("es-MX", "si no me equivoco la caja es 7782"),
])
async def test_a_hedge_with_a_statement_at_the_summary_saves_nothing(daisy: CompiledFlow, locale: str,
                                                                     turn: str) -> None:
    """"If I'm not mistaken the trailer is 7782" at the summary: the hedge is of what follows it, which tells of
    another value - never the record saved as read back."""
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    assert conv.step.name == "summary"
    reply = said(await conv.user_turn(turn))
    assert not conv.ended, reply
