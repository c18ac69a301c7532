"""A letter name whose first vowel the recogniser lost before "de <word>": "Me de México" is "eme de
México", "Le de Lima" is "ele de Lima" (an M, an L), when the word agrees with the letter. The pronoun in a
sentence ("me dijeron de la placa") is no letter."""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        (("Me de México.", "A de avión.", "Te de Tampico.", "Trescientos doce."), "MAT-312"),
        (("Pe de Puebla.", "Le de Lima.", "Ocho cero nueve."), "PL-809"),
        (("Jota.", "Me de Morelia.", "Le de Laredo.", "Cuarenta y uno."), "JML-41"),
    ],
)
def test_the_name_without_its_vowel_still_names_the_letter(turns: tuple[str, ...], plate: str) -> None:
    assert plate_fed("es-MX", *turns).value == plate


@pytest.mark.parametrize(
    "turn",
    [
        "Me de la placa no me acuerdo.",  # the pronoun, and "de" before an article
        "Le dije que ahorita se la doy.",
        "Me de Sonora.",  # the word does not agree with an M: nothing sure was heard
    ],
)
def test_the_pronoun_or_a_word_that_does_not_agree_is_no_letter(turn: str) -> None:
    assert plate_fed("es-MX", "Ka.", turn).so_far() == "K"
