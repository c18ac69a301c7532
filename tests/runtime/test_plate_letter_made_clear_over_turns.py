"""A letter of a plate made clear over several turns is one letter.

Callers who doubt they were heard say a letter again to make it clear: with its size ("Letra be." - "Be
larga."; Mexican B/V), with a word ("Be de barco."), or by starting "X de <word>" and trailing off before
the word ("Jota de..." - the recogniser writes the pause as "..."), then giving it ("Jota de jamón.", or just "Jamón."),
sometimes with a line check in between ("¿Me oye?"). None of these is a second letter, and the "de" left
hanging is the frame of the spelling, not the letter D. A bare letter said twice is still two letters,
and a "de" said as a letter ("ce, de") is still D.
"""

from __future__ import annotations

import pytest
from runtime_helpers import heard_plate


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (("Letra be.", "Be larga.", "Be de barco."), "B"),
        (("Ve.", "Ve chiquita.", "Ve de Venezuela."), "V"),
        (("Letra ka.", "Letra be.", "Be alta."), "K B"),
        (("Ele.", "Ve corta.", "Equis."), "L V X"),  # a size after another letter names the next one
    ],
)
def test_b_or_v_said_again_with_its_size_is_the_same_letter(turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate("es-MX", *turns)[1].so_far() == so_far


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (("Jota de...",), "J"),
        (("Pe.", "Erre de…"), "P R"),
        (("Jota de...", "Jota de jamón."), "J"),
        (("Jota de...", "¿Me oye?", "Jota de jamón.", "Ene."), "J N"),
        (("Eme.", "Eme de...", "Eme de mango."), "M"),
        (("Te de...", "De Tabasco.", "U."), "T U"),  # the word alone, its letter name lost
        (("Ka como...", "Ka de kilo."), "K"),
        (("Jota de...", "Jamón.", "Ene."), "J N"),  # the word alone
        (("Ce.", "Jota de...", "Este...", "Jalisco.", "Ene."), "C J N"),
    ],
)
def test_a_spelling_left_hanging_is_its_letter_and_the_word_given_next_names_it(
        turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate("es-MX", *turns)[1].so_far() == so_far


def test_an_english_spelling_left_hanging_is_its_letter() -> None:
    assert heard_plate("en-US", "M as in...", "M as in Mary.", "K.")[1].so_far() == "M K"
    assert heard_plate("en-US", "T like...", "T like Tango.", "K.")[1].so_far() == "T K"
    assert heard_plate("en-US", "B as in...", "Boy.", "C.")[1].so_far() == "B C"


def test_the_plate_goes_on_after_a_letter_made_clear() -> None:
    heard, acc = heard_plate("es-MX", "Letra be.", "Be larga.", "Jota de...", "¿Bueno?", "Jota de jamón.",
                             "Equis.", "Seiscientos doce.")
    assert acc.value == "BJX-612"
    assert heard[-1].event == "filled"


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (("Be.", "Be."), "B B"),  # a bare letter again is a second one
        (("Ce, de.",), "C D"),  # "de" after a pause is the letter D
        (("Ce de.",), "C D"),  # and so is one that does not trail off
        (("Jota de...", "Ene de Nayarit."), "J N"),  # another letter named with its word is the next one
        (("Letra be.", "Otra be."), "B B"),
        (("Jota de...", "Kilo."), "J K"),  # a word for another letter is that letter
    ],
)
def test_letters_that_stay_as_said(turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate("es-MX", *turns)[1].so_far() == so_far
