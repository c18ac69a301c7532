"""A spelling the line cut after its "de" ("Be de") and then said whole ("Ve de Veracruz", "Ene de Nayarit"):
one letter, the one the word names (be and ve are one sound in Spanish), and no D for the cut frame. A cut
"de" whose D has no room after the letters held (C M + "Be de") was the frame: the letter alone is added,
the plate is not begun anew. Another letter, or a word for the D, next keeps what the cut turn left."""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ["Se de Coahuila.", "Eme de mamá.", "Be de", "Ve de Veracruz.", "Setenta y cinco."], "C M V 7 5"),
        ("es-MX", ["Be de", "Ve de Veracruz.", "Setenta y cinco."], "V 7 5"),
        ("es-MX", ["A.", "Ve de", "Be de burro.", "Uno dos."], "A B 1 2"),
        ("es-MX", ["Ene de", "Ene de Nayarit, tres cuatro."], "N 3 4"),
        ("es-MX", ["Pe.", "Ka.", "Ese de", "Ese de Sonora.", "Cuatro."], "P K S 4"),
        ("es-MX", ["Pe.", "Ka.", "Ese de", "Sonora.", "Cuatro."], "P K S 4"),
        ("en-US", ["A.", "B for", "B as in boy.", "One."], "A B 1"),
    ],
)
def test_cut_letter_said_whole_is_one_letter(locale: str, turns: list[str], so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["Be de", "Pe de Puebla."], "B D P"),  # another letter: the D stands
    ],
)
def test_another_letter_after_the_cut_keeps_it(turns: list[str], so_far: str) -> None:
    assert plate_fed("es-MX", *turns).so_far() == so_far
