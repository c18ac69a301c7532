"""The word of a spelling said alone after a letter, with no letter named with it ("W." - "Like Boston.",
"Doble u." - "De Boston.", "B." - "Como en Boston."), says which letter the one just said is: never a letter of
its own ("W B"); the letter read back is put right (B) and read back again. A Spanish "de" before a D word is the
next letter's name ("Efe de Francisco." - "De Durango." is F D), and a letter named with its word is a letter.
"""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("turns", "locale", "so_far"),
    [
        (("W.", "Like Boston."), "en-US", "B"),
        (("W.", "As in Boston."), "en-US", "B"),
        (("P.", "Like Tango."), "en-US", "T"),
        (("B.", "Like Boston."), "en-US", "B"),
        (("Doble u.", "De Boston."), "es-MX", "B"),
        (("Be.", "De Veracruz."), "es-MX", "V"),
        (("Be.", "Como en Boston."), "es-MX", "B"),
        (("Hache.", "De hotel."), "es-MX", "H"),
        (("Zeta de...", "De zorro."), "es-MX", "Z"),
        # after several letters, the last one
        (("T R.", "De Roma."), "es-MX", "T R"),
        (("T R.", "Like Boston."), "en-US", "T B"),
        (("Te, erre.", "Como en Boston."), "es-MX", "T B"),
    ],
)
def test_a_spelling_word_alone_names_the_letter_just_said(turns: tuple[str, ...], locale: str, so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far


@pytest.mark.parametrize(
    ("turns", "locale", "so_far"),
    [
        (("Efe de Francisco.", "De Durango."), "es-MX", "F D"),
        (("Efe de Francisco.", "De dedo."), "es-MX", "F D"),
        (("W.", "B as in Boston."), "en-US", "W B"),
        (("Doble u.", "Be de Boston."), "es-MX", "W B"),
        # a letter named with its word is clear already: the word alone after it is the next letter's
        (("A de árbol.", "De burro."), "es-MX", "A B"),
        (("Ge de gato.", "De Boston."), "es-MX", "G B"),
        (("A de árbol, be de burro.", "De casa."), "es-MX", "A B C"),
        (("B as in Boston.", "Like Charlie."), "en-US", "B C"),
        # a bare "de <word>" for a letter that sounds unlike the one said: the next letter (its "te", "ce" lost)
        (("T R.", "De Toluca."), "es-MX", "T R T"),
        (("A B.", "De Chihuahua."), "es-MX", "A B C"),
        (("Eme.", "De Sonora."), "es-MX", "M S"),
    ],
)
def test_a_letter_named_with_its_word_is_a_letter(turns: tuple[str, ...], locale: str, so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far
