"""A value not at hand said in fewer words: "neither" after the one before, or who else has it.

"Tampoco" (alone, or "tampoco las traigo") right after another value the caller did not have, "las tiene
el patio", "ésas las guarda mi patrón", "neither", "dispatch has them": the caller cannot give it now.
Traps: such words with the value said after them ("tampoco, es la eme", "las tiene el patio, pero es la be
de burro") give the value; "nada más" (the end of a dictation) and "tampoco la ele" (a letter taken back)
are no such turn.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import unavailable


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Tampoco.", "es-MX"),
        ("Tampoco, ésas las tiene el de la báscula.", "es-MX"),
        ("tampoco las traigo", "es-MX"),
        ("Tampoco me las sé.", "es-MX"),
        ("Las tiene el patio.", "es-MX"),
        ("Ésas las guarda mi patrón en la oficina.", "es-MX"),
        ("Los tiene mi compañero, él maneja la otra unidad.", "es-MX"),
        ("Neither, sorry.", "en-US"),
        ("I don't have those either.", "en-US"),
        ("The dispatcher has them.", "en-US"),
    ],
)
def test_not_at_hand_like_the_value_before_or_with_someone_else(text: str, locale: str) -> None:
    assert unavailable(text, locale) == "cannot"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Tampoco, es la eme de mamá.", "es-MX"),
        ("Las tiene el patio, pero es la be de burro.", "es-MX"),
        ("nada más", "es-MX"),
        ("tampoco la ele", "es-MX"),
        ("Neither, it's seven four two.", "en-US"),
    ],
)
def test_trap_the_value_said_all_the_same_or_no_such_turn(text: str, locale: str) -> None:
    assert unavailable(text, locale) is None
