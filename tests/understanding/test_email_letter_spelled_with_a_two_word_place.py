"""A letter of an e-mail spelled with a place of two words: "ene de Nuevo León" is N, "ese de San Luis" S
(as in plates), never N followed by "leon". Trap: "de nuevo" said as "again" is no place."""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Ese.", "Eme.", "E.", "Ele.", "E.", "Ene de Nuevo León.", "De.", "E.", "Zeta.", "Ocho cuatro.",
          "Y arroba gmail, punto com."], "smelendez84@gmail.com"),
        (["Ese de San Luis, a, ele, a, ese.", "Arroba gmail punto com."], "salas@gmail.com"),
        (["Be de Baja California.", "E, te, o.", "Arroba hotmail punto com."], "beto@hotmail.com"),
        (["Ce de Ciudad Juárez, ene.", "Arroba yahoo punto com."], "cn@yahoo.com"),
    ],
)
def test_the_place_gives_its_letter(turns: list[str], expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected
