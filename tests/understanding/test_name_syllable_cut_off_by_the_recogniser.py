"""The recogniser may cut a Spanish given name in two ("Will Frido Nájera", "Ansel Mo Benítez"). Heard
alone, such pieces stay as said: a two-letter piece is as often a name part people have ("Juan Mo Pérez",
"Nguyen Ba Tran") as a cut syllable, and only a list of usual names could tell them apart. At the read-back,
a caller who says one word that is two parts read back ("Sí, Wilfrido" at "Will Frido Nájera", however the
recogniser doubled a letter) gets them joined, not one part replaced."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José de la Cruz.", "José de la Cruz"),
        ("Juan Li Pérez.", "Juan Li Pérez"),
        ("Ramiro Ma.", "Ramiro Ma"),
        ("Ana Pe Ruiz.", "Ana Pe Ruiz"),
        ("Daniela Ro Paz.", "Daniela Ro Paz"),
        ("Juan Mo Pérez.", "Juan Mo Pérez"),
        ("Paul Re Castillo.", "Paul Re Castillo"),
        ("Me llamo Nguyen Ba Tran López.", "Nguyen Ba Tran López"),
    ],
)
def test_two_letter_parts_heard_alone_stay_as_said(text: str, expected: str) -> None:
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
