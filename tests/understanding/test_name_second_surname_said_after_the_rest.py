"""A name given at its question with the second surname said apart, after the rest of it ("Juan Pérez, el
otro apellido es López", "Juan Pérez. Mi segundo apellido es López"): the surname goes after the rest of the
name, never stands for the whole name. Alone ("Mi segundo apellido es Soto", at the read-back) it is
that part only.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Juan Pérez, el otro apellido es López.", "Juan Pérez López"),
        ("Juan Pérez. Mi segundo apellido es López.", "Juan Pérez López"),
        ("Soy Marta Ibarra, y el otro es Salcedo.", "Marta Ibarra Salcedo"),
        ("Habla Rubén Tello, mi segundo apellido es Garza.", "Rubén Tello Garza"),
    ],
)
def test_the_second_surname_said_apart_goes_after_the_rest(text: str, name: str) -> None:
    assert extract_name(text, "es-MX") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("Mi segundo apellido es Soto.", "Soto"), ("Sí, me falta el Villalobos.", "Villalobos"),
     ("Juan Pérez López.", "Juan Pérez López")],
)
def test_alone_the_part_is_only_that_part(text: str, name: str) -> None:
    assert extract_name(text, "es-MX") == name
