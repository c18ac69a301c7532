"""A letter heard from "letra" cut into the start of a letter's name ("Le traen": ene, or "letra" with no letter
yet) is taken, yet held no more firmly than one heard through a garbled "letra": a clear letter that has no room
after the letters takes its place. "Le traen" - "a" - "Ese de Sinaloa." - "Ye de yegua." is A S Y (the N had left
the Y no room: "La Y ya no cabe"); a plate that has room keeps it ("Le traen" - "Be." - "Ce." is N B C)."""

from __future__ import annotations

import pytest

from .call_helpers import at_question
from .plate_helpers import plate_fed


@pytest.mark.parametrize(("turns", "so_far"), [
    (["Le traen", "a", "Ese de", "Ese de Sinaloa.", "Ye de yegua."], "A S Y"),
    (["Le traen", "o", "Pe de perro.", "Erre de ratón."], "O P R"),
    (["Le traen", "Be.", "Ce."], "N B C"),
    (["Letra ene.", "a", "Ese de Sinaloa.", "Ye de yegua."], "N A S"),
])
def test_a_letter_of_a_cut_letra_yields_to_a_clear_one_with_no_room(turns: list[str], so_far: str) -> None:
    assert plate_fed("es-MX", *turns).so_far() == so_far


async def test_the_call_reads_back_the_plate_with_the_clear_letters() -> None:
    conv = await at_question("tractor_plate", "es-MX")
    for turn in ["Le traen", "a", "Ese de", "Ese de Sinaloa.", "Ye de yegua.", "Trescientos dieciocho."]:
        await conv.user_turn(turn)
    assert conv.pending == "ASY-318"
