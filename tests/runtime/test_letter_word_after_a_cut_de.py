"""A letter's name cut from its word by a pause ("Ge" - "de gato. 91 17.") while the plates are dictated: the word
after the lone "de" spells that letter, even when a prompt of the flow calls another value by it (the keypad's
"gato" at the number questions, the "caja", the "correo"). The rest of the turn stays with the plates, never
read as the trailer's number. Scripted callers drive Daisy."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATES = ["sí", "Ana López", "sí", "doscientos cuarenta", "sí"]


@pytest.mark.parametrize(("letter", "rest", "read", "value"), [
    ("Ge", "de gato. 91 17.", "G de gato, 9, 1, 1, 7", "VTG-9117"),
    ("Ge.", "De gato, nueve uno uno siete.", "G de gato, 9, 1, 1, 7", "VTG-9117"),
    ("Ce", "de caja. Cuatrocientos cincuenta y seis.", "C de casa, 4, 5, 6", "VTC-456"),
    ("Ce.", "De correo, trescientos ocho.", "C de casa, 3, 0, 8", "VTC-308"),
])
async def test_the_word_after_a_cut_de_spells_the_letter_not_another_value(
        daisy: CompiledFlow, letter: str, rest: str, read: str, value: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_PLATES, "Uve.", "Te de Tomás."])
    assert "Llevo V T" in said(await conv.user_turn(letter))
    reply = said(await conv.user_turn(rest))
    assert read in reply and "Caja número" not in reply
    await conv.user_turn("sí")
    assert conv.slots["tractor_plate"] == value and "trailer_number" not in conv.slots


async def test_trap_the_trailer_named_with_its_number_at_the_plates_is_kept_for_it(daisy: CompiledFlow) -> None:
    # "el número de caja" names the trailer by more than a lone "de": its number is kept for its question
    conv = await call(daisy, "es-MX", [*TO_PLATES, "Uve.", "Te de Tomás.", "Ge de gato."])
    await conv.user_turn("Trescientos ocho. Y el número de caja es noventa y uno.")
    assert "Caja número 91." in said(await conv.user_turn("sí"))
    assert conv.slots["tractor_plate"] == "VTG-308"
