"""The word of a spelling said alone after a letter, with no letter named with it ("P." - "Like Tango.",
"Doble u." - "De Boston.", "B." - "Como en Boston."), says which letter the one just said is when it sounds like
it (the recogniser heard the rhyme: P/T, M/N, B/V): never a letter of its own ("P T"); the letter read back is put
right (T) and read back again. A word for a letter that sounds unlike the one just said ("X." - "Like Yankee.",
"W." - "Like Boston.", "T R." - "De Toluca.") is the next letter, its name lost: X Y, never X put in Y's place.
A Spanish "de" before a D word is the next letter's name ("Efe de Francisco." - "De Durango." is F D), and a
letter named with its word is a letter.
"""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("turns", "locale", "so_far"),
    [
        (("P.", "Like Tango."), "en-US", "T"),
        (("D.", "As in Tango."), "en-US", "T"),
        (("M.", "Like Nancy."), "en-US", "N"),
        (("S.", "As in Frank."), "en-US", "F"),
        (("X.", "As in x-ray."), "en-US", "X"),
        (("X.", "Like X-ray."), "en-US", "X"),
        (("B.", "Like Boston."), "en-US", "B"),
        # a Mexican driver's English: his "i" heard as E, "ge" and "jay" alike
        (("E.", "Like India."), "en-US", "I"),
        (("A B.", "E.", "As in India."), "en-US", "A B I"),
        (("I.", "Like Echo."), "en-US", "E"),
        (("G.", "Like Juliet."), "en-US", "J"),
        (("J.", "As in George."), "en-US", "G"),
        (("Doble u.", "De Boston."), "es-MX", "B"),
        (("Be.", "De Veracruz."), "es-MX", "V"),
        (("Be.", "Como en Boston."), "es-MX", "B"),
        (("Hache.", "De hotel."), "es-MX", "H"),
        (("Zeta de...", "De zorro."), "es-MX", "Z"),
        # after several letters, the last one
        (("T R.", "De Roma."), "es-MX", "T R"),
        (("T P.", "Like Boston."), "en-US", "T B"),
        (("Te, ve.", "Como en Boston."), "es-MX", "T B"),
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
        # ... in English too, and after any joining word: the next letter, its name lost
        (("X.", "Like Yankee."), "en-US", "X Y"),
        (("X.", "As in Yankee."), "en-US", "X Y"),
        (("W.", "Like Boston."), "en-US", "W B"),
        (("T R.", "Like Boston."), "en-US", "T R B"),
        (("K.", "As in Lima."), "en-US", "K L"),
        (("Te, erre.", "Como en Boston."), "es-MX", "T R B"),
    ],
)
def test_a_letter_named_with_its_word_is_a_letter(turns: tuple[str, ...], locale: str, so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far
