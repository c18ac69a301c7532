"""A caller who answers two questions in one turn, whatever words join the answers, has each value go to
its own slot: the unit number is the number said first, the plate part is kept for the plates (read back
when their turn comes), and a time said with a name or a number goes to the arrival time while the rest
of the turn still answers the question asked. Scripted callers drive Daisy turn by turn."""

from __future__ import annotations

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_TRACTOR_NUMBER_ES = ["sí", "Ana López", "sí"]
TO_TRACTOR_NUMBER_EN = ["yes", "Ann Lopez", "yes"]


async def call(daisy: CompiledFlow, locale: str, turns: list[str]) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv


@pytest.mark.parametrize("turn", [
    "quinientos doce y las placas erre te de cuatro cero siete",
    "Es el quinientos doce y de una vez las placas, letra ere, letra te, letra de, cuatro cero siete.",
    "el 512, placas erre te de 407",
    "Número quinientos doce, lleva las placas erre te de cuatro cero siete.",
    "Quinientos doce. Y las placas lleva erre, te, de, cuatro, cero, siete.",
])
async def test_a_unit_number_and_its_plates_in_one_turn_go_to_each_slot(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", TO_TRACTOR_NUMBER_ES)
    assert conv.step.name == "registration.tractor_number.ask"
    reply = said(await conv.user_turn(turn))
    assert "Tractor número 512." in reply
    # the plates were given: read back at their turn, not asked for
    reply = said(await conv.user_turn("sí"))
    assert "R de" in reply and "¿Cuáles son las placas" not in reply
    await conv.user_turn("sí")
    assert conv.slots["tractor_number"] == "512" and conv.slots["tractor_plate"] == "RTD-407"


async def test_a_trailer_number_and_its_plates_in_one_turn(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_TRACTOR_NUMBER_ES, "cuatro cinco dos", "sí",
                                       "a b c uno dos tres cuatro", "sí"])
    assert conv.step.name == "registration.trailer_number.ask"
    reply = said(await conv.user_turn(
        "La caja es la trescientos diez y las placas ve de vaca, te de Toluca, ene de Navojoa, quinientos cincuenta."))
    assert "Caja número 310." in reply
    await conv.user_turn("sí")
    await conv.user_turn("sí")
    assert conv.slots["trailer_number"] == "310" and conv.slots["trailer_plate"] == "VTN-550"


async def test_english_unit_number_with_its_plates(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", TO_TRACTOR_NUMBER_EN)
    reply = said(await conv.user_turn("unit 512, plates R T D 4 0 7"))
    assert "Tractor number 512." in reply
    await conv.user_turn("yes")
    await conv.user_turn("yes")
    assert conv.slots["tractor_number"] == "512" and conv.slots["tractor_plate"] == "RTD-407"


async def test_a_number_said_in_words_that_name_nothing_else_stays_whole(daisy: CompiledFlow) -> None:
    """Trap: "y" inside a number or a plain correction is no second answer."""
    conv = await call(daisy, "es-MX", TO_TRACTOR_NUMBER_ES)
    assert "Tractor número 573." in said(await conv.user_turn("quinientos setenta y tres"))
    conv = await call(daisy, "es-MX", TO_TRACTOR_NUMBER_ES)
    reply = said(await conv.user_turn("no traigo las placas a la mano, pero el tractor es el 88"))
    assert "Tractor número 88." in reply


async def test_a_name_with_an_arrival_time_keeps_both(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí"])
    reply = said(await conv.user_turn("Hola, qué tal. Soy Araceli Domínguez, ya voy en camino, llego como a las tres."))
    assert "Araceli Domínguez" in reply
    for turn in ["sí", "doscientos catorce", "sí", "x a v uno cero nueve", "sí", "mil cuatrocientos", "sí",
                 "p u l siete cero siete uno", "sí"]:
        reply = said(await conv.user_turn(turn))
    # the arrival time said with the name is read back instead of asked for
    assert "¿A qué hora" not in reply and "3" in reply
    await conv.user_turn("sí")
    assert conv.slots["full_name"] == "Araceli Domínguez" and conv.slots["eta"] == "15:00"


async def test_a_number_with_an_arrival_time_keeps_both(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_TRACTOR_NUMBER_ES)
    reply = said(await conv.user_turn("Sí, a las tres. El tractor es el doscientos catorce."))
    assert "Tractor número 214." in reply
    conv = await call(daisy, "en-US", TO_TRACTOR_NUMBER_EN)
    assert "Tractor number 214." in said(await conv.user_turn("it's 214 and I'll be there at 3 pm"))


async def test_another_value_said_while_a_plate_is_dictated_closes_the_plate(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_TRACTOR_NUMBER_ES, "cuatro cinco dos", "sí"])
    await conv.user_turn("ka")
    await conv.user_turn("erre")
    await conv.user_turn("a")
    assert "Llevo K R A 9 0" in said(await conv.user_turn("nueve cero"))
    reply = said(await conv.user_turn("Es la caja ochenta y dos."))
    # the plate was valid: read back, not restarted; the trailer number is kept for its turn
    assert "Placas del tractor" in reply and "K de" in reply and "Vamos despacio" not in reply
    reply = said(await conv.user_turn("sí"))
    assert conv.slots["tractor_plate"] == "KRA-90"
    assert "Caja número 82." in reply
