"""A plate's "de" said in one breath between a letter named alone and a number ("ca de quince", "erre de
cuarenta") is the preposition, not the letter D: "de" names a letter only by the word after it ("ca de
kilo"), and a number is no such word. Said apart ("Ca, ere, de, nueve cuarenta") or inside a run of letters
("a be ce de uno dos tres") it is still the letter D."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

from .plate_helpers import plate_fed

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["jota", "ca de quince"], "J K 1 5"),
        (["ele eme", "Erre de cuarenta."], "L M R 4 0"),
        (["equis ye", "ese de 15"], "X Y S 1 5"),
        (["jota ele", "eme de noventa y dos"], "J L M 9 2"),
    ],
)
def test_de_between_a_letter_and_a_number_is_no_letter(turns: list[str], so_far: str) -> None:
    assert plate_fed("es-MX", *turns).so_far() == so_far


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["Ca, ere, de, nueve cuarenta y cuatro."], "K R D 9 4 4"),  # said apart: three letters
        (["Ele, pe, de, 830."], "L P D 8 3 0"),
        (["ka ye de quince"], "K Y D 1 5"),  # a run of letters goes on with D
        # nothing held: one letter and a number make no plate - "de" is the D that makes one
        (["ele de ochocientos treinta"], "L D 8 3 0"),
        (["ka de cuatro cinco seis"], "K D 4 5 6"),
        (["Es la a de 123."], "A D 1 2 3"),
        (["ca de quince"], "K D 1 5"),
        (["es la ese de 15"], "S D 1 5"),
        (["Es la ka de quince."], "K D 1 5"),
        (["ca de kilo quince"], "K 1 5"),  # the word of the spelling
    ],
)
def test_de_said_apart_or_in_a_run_of_letters_is_the_letter_d(turns: list[str], so_far: str) -> None:
    assert plate_fed("es-MX", *turns).so_far() == so_far


async def test_the_plate_read_back_has_no_d_for_the_preposition() -> None:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "equis ye", "ca de quince"]:
        await conv.user_turn(turn)
    assert conv.pending == "XYK-15"


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        (["ele de ochocientos treinta"], "LD-830"),
        (["Equis de cuarenta y cinco."], "XD-45"),
    ],
)
async def test_a_plate_with_a_d_said_first_is_read_back_whole(turns: list[str], plate: str) -> None:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", *turns]:
        await conv.user_turn(turn)
    assert conv.pending == plate
