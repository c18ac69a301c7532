"""The recogniser may cut the last syllable off a Spanish given name ("Guiller Mo Ruiz", "Ansel Mo
Benítez"): a lone consonant-and-vowel piece after a part that ends in a consonant, with more name after it,
is that part's end. Everyday words, particles, letter names and two-letter name parts people have stay.
At the read-back, a caller who says one word that is two parts read back ("Sí, Wilfrido" at "Will Frido
Nájera", however the recogniser doubled a letter) gets them joined, not one part replaced."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Me llamo Guiller Mo Ruiz Salas.", "Guillermo Ruiz Salas"),
        ("Le habla Ansel Mo Treviño.", "Anselmo Treviño"),
        ("Soy Ansel Mo Villalobos.", "Anselmo Villalobos"),
    ],
)
def test_a_cut_off_last_syllable_joins_its_name_part(text: str, expected: str) -> None:
    assert extract_name(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José de la Cruz.", "José de la Cruz"),
        ("Juan Li Pérez.", "Juan Li Pérez"),
        ("Ramiro Ma.", "Ramiro Ma"),
        ("Ana Pe Ruiz.", "Ana Pe Ruiz"),
        ("Daniela Ro Paz.", "Daniela Ro Paz"),
    ],
)
def test_parts_that_are_no_cut_syllable_stay(text: str, expected: str) -> None:
    assert extract_name(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("said", "fix", "locale", "expected"),
    [
        ("Will Frido Nájera", "Sí, Wilfrido.", "es-MX", "Wilfrido Nájera"),
        ("Osval Do Cantú", "No, Osvaldo.", "es-MX", "Osvaldo Cantú"),
        ("Mary Ann Beth Lopez", "Annbeth.", "en-US", "Mary Annbeth Lopez"),
    ],
)
def test_one_word_said_for_two_parts_read_back_joins_them(said: str, fix: str, locale: str, expected: str) -> None:
    name = new_accumulator("name", locale)
    name.feed(said)
    assert name.complete
    assert name.edit(fix)
    assert name.value == expected


def test_a_fix_of_one_part_still_replaces_only_that_part() -> None:
    name = new_accumulator("name", "es-MX")
    name.feed("Wilfrido Nájeda")
    assert name.edit("No, Nájera.")
    assert name.value == "Wilfrido Nájera"
