"""A plate character said "once more" in a dictation: "otra vez ene" after E N is a second N (as "otra ene"
is), not the plate begun again from an N; a start-over with more than that character, or with one the
plate does not hold yet, still begins the plate again."""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ("Ere de Roma.", "Eme de mamá.", "Otra vez eme.", "Cuatro cuatro uno."), "RMM-441"),
        ("es-MX", ("Ge.", "Ele de León.", "Otra vez la ele.", "Dos, nueve, cero."), "GLL-290"),
        ("es-MX", ("Be de burro.", "Te de Toluca.", "De nuevo te de Toluca.", "Setecientos."), "BTT-700"),
        ("es-MX", ("Jota.", "A.", "Ka.", "Cinco.", "Otra vez cinco.", "Dos."), "JAK-552"),
        ("en-US", ("F.", "R as in Robert.", "Again, R.", "Six one six."), "FRR-616"),
    ],
)
def test_a_held_character_said_again_is_a_second_one(locale: str, turns: tuple[str, ...], plate: str) -> None:
    assert plate_fed(locale, *turns).value == plate


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        # the whole plate said again after "otra vez": begun again, never a doubled letter
        (("Ene.", "Ka.", "Otra vez: ene, ka, ele."), "N K L"),
        # a letter the plate does not hold yet: begun again from it
        (("Ere.", "Eme.", "Otra vez ka."), "K"),
        # the plate's own first letter: begun again from it, as before
        (("Ere.", "Eme.", "Otra vez ere."), "R"),
        # "otra vez" alone: everything goes
        (("Ere.", "Eme.", "Otra vez."), ""),
    ],
)
def test_a_start_over_with_more_or_a_new_character_still_begins_again(turns: tuple[str, ...], so_far: str) -> None:
    assert plate_fed("es-MX", *turns).so_far() == so_far
