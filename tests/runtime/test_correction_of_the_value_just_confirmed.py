"""A caller who said "sí" to a read-back and then, at the next question, puts a character of that value right in
so many words ("No, espérame. La primera es efe. Efe de Francia.") goes back to it: the value is corrected and
read back, then the question is asked again. A turn that answers the question asked, or talks of nothing
that corrects the value, goes on as before."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

# A caller at the arrival-time question, the trailer's plates (SNT-115) just read back and confirmed.
TO_ETA_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
             "sí", "ese ene te ciento quince", "sí"]
TO_ETA_EN = ["yes", "Ann Lopez", "yes", "four five two", "yes", "a b c one two three four", "yes", "eighty two",
             "yes", "s n t one one five", "yes", "yes"]


@pytest.mark.parametrize(
    ("locale", "opening", "turn", "plate", "read_back"),
    [
        ("es-MX", TO_ETA_ES, "No, espérame. La primera es efe. Efe de Francia.", "FNT-115", "F de foca"),
        ("es-MX", TO_ETA_ES, "Oiga, perdón, la última no es cinco, es seis.", "SNT-116", "1, 1, 6"),
        ("es-MX", TO_ETA_ES, "Ah, la segunda letra es eme, no ene.", "SMT-115", "M de mamá"),
        ("en-US", TO_ETA_EN, "Wait, the first one is F, not S.", "FNT-115", "Foxtrot, November"),
    ],
)
async def test_a_fix_of_the_value_just_confirmed_is_read_back(
        daisy: CompiledFlow, locale: str, opening: list[str], turn: str, plate: str, read_back: str) -> None:
    conv = await call(daisy, locale, opening)
    assert conv.step.name == "registration.eta.ask"
    reply = said(await conv.user_turn(turn))
    assert read_back in reply
    yes = "Sí, ahora sí." if locale == "es-MX" else "Yes, that's it."
    reply = said(await conv.user_turn(yes))
    assert conv.slots["trailer_plate"] == plate
    assert conv.step.name == "registration.eta.ask"
    await conv.user_turn("En una hora." if locale == "es-MX" else "In an hour.")
    assert conv.step.name == "registration.eta.confirm"


@pytest.mark.parametrize(
    "turn",
    [
        "Como a las cinco de la tarde.",  # the answer
        "No sé, la verdad.",  # nothing that corrects
        "¿La primera es efe?",  # a question
        "La primera es de Monterrey, la segunda no sé.",  # where something is from, no M spelled
        "No, la primera vez que vengo, llego como a las cinco.",
    ],
)
async def test_trap_other_turns_leave_the_value_confirmed(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    await conv.user_turn(turn)
    assert conv.slots["trailer_plate"] == "SNT-115"
    assert conv.step.name != "registration.trailer_plate.confirm"  # the plates are not read back again


async def test_trap_a_yes_at_a_read_back_is_its_answer(daisy: CompiledFlow) -> None:
    """At the arrival time's read-back, "Sí." beside a fix of the plates is the yes to the time: both are kept."""
    conv = await call(daisy, "es-MX", [*TO_ETA_ES, "a las ocho de la noche"])
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn("Sí. Y la primera de la caja es efe.")
    assert conv.slots["eta"] == "20:00"


async def test_trap_after_this_value_was_turned_down_the_fix_is_its_own(daisy: CompiledFlow) -> None:
    """The trailer's plates read back and turned down: "el último es ocho, no seis" is about them, never the
    trailer number confirmed before (82 stays)."""
    conv = await call(daisy, "es-MX", [*TO_ETA_ES[:9], "ge ele e dos dos seis", "no"])
    await conv.user_turn("Oye, el último es ocho, no seis.")
    assert conv.slots["trailer_number"] == "82"
