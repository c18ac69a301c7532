"""At a plate's read-back, a remark on the number and then the number said whole ("Sin el cero. Doscientos
tres." at DUZ-230): the number said last is how the caller means it (DUZ-203), never the remark read alone
(DUZ-23). A turn saying the plate has no such letter ("No, no hay a.") where it has none is the caller
answering another read-back: the value is read back again, the dictation never started over."""

from __future__ import annotations

from runtime_helpers import heard_plate, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


def _edited(turns: tuple[str, ...], remark: str) -> str | None:
    acc = heard_plate("es-MX", *turns)[1]
    assert acc.edit(remark)
    return acc.value


def test_a_remark_then_the_number_said_whole_gives_that_number() -> None:
    dictated = ("De de dedo.", "U de uva.", "Zeta de zorro.", "Doscientos treinta.")
    assert _edited(dictated, "Sin el cero. Doscientos tres.") == "DUZ-203"
    assert _edited(dictated, "No lleva el tres. Doscientos.") == "DUZ-200"
    assert _edited(("A b c.", "Cuatro cinco uno."), "Sobra el uno. Cuatro cinco siete.") == "ABC-457"


def test_no_such_letter_where_the_plate_has_none_is_so_already() -> None:
    acc = heard_plate("es-MX", "Efe.", "Ge de gato.", "Dos mil quinientos.")[1]
    assert acc.describes("No, no hay a.") is True
    assert acc.describes("No tiene la ese.") is True
    assert acc.describes("No, no hay de qué.") is None  # talk, no letter


async def _at_plate_read_back(daisy: CompiledFlow, *dictated: str) -> Conversation:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ("sí", "Humberto Cázares", "sí", "cincuenta y nueve", "sí", *dictated):
        await conv.user_turn(turn)
    return conv


async def test_in_a_call_the_number_said_after_the_remark_is_read_back(daisy: CompiledFlow) -> None:
    conv = await _at_plate_read_back(daisy, "De de dedo.", "U de uva.", "Zeta de zorro.", "Doscientos treinta.")
    await conv.user_turn("Sí, pero")
    assert "Z de zapato, 2, 0, 3" in said(await conv.user_turn("sin el cero. Doscientos tres."))
    await conv.user_turn("Sí.")
    assert conv.slots["tractor_plate"] == "DUZ-203"


async def test_in_a_call_no_such_letter_reads_the_plate_back_again(daisy: CompiledFlow) -> None:
    conv = await _at_plate_read_back(daisy, "Efe.", "Ge de gato.", "Y dos mil quinientos.")
    reply = said(await conv.user_turn("No, no hay a."))
    assert "F de foca, G de gato, 2, 5, 0, 0" in reply and "despacio" not in reply
    await conv.user_turn("Ándale.")
    assert conv.slots["tractor_plate"] == "FG-2500"
