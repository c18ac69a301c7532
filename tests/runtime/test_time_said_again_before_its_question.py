"""An arrival time said at another question is held for its own; said again before that question comes
("como a las cinco", then "póngale cinco y media"), the newer one is the one read back. Scripted callers
drive Daisy on a fixed local clock."""

from __future__ import annotations

from datetime import datetime

from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_TRAILER_PLATES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí"]


async def at_trailer_plates(daisy: CompiledFlow) -> Conversation:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=lambda: datetime(2030, 1, 8, 14, 30))
    await conv.start()
    for turn in TO_TRAILER_PLATES:
        await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate"
    return conv


async def test_the_newer_time_replaces_the_held_one(daisy: CompiledFlow) -> None:
    conv = await at_trailer_plates(daisy)
    await conv.user_turn("Y llego como a las cinco.")
    # still answering the arrival: the plates are left for later and the newer time is read back
    reply = said(await conv.user_turn("Bueno, mejor póngale cinco y media."))
    assert "5:30 de la tarde" in reply and "5 de la tarde" not in reply
    await conv.user_turn("sí")
    assert conv.slots["eta"] == "17:30"


async def test_a_held_time_stays_while_the_plates_are_dictated(daisy: CompiledFlow) -> None:
    conv = await at_trailer_plates(daisy)
    await conv.user_turn("Y llego como a las seis.")
    for turn in ("equis", "ye", "zeta", "novecientos ochenta y siete"):
        await conv.user_turn(turn)
    reply = said(await conv.user_turn("sí"))
    assert "6 de la tarde" in reply
    await conv.user_turn("sí")
    assert conv.slots["trailer_plate"] == "XYZ-987" and conv.slots["eta"] == "18:00"
