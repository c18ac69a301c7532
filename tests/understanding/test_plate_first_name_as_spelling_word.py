"""In the middle of a plate dictated letter by letter, a first name said alone ("Ernesto.", "Roberto.",
"Henry.") is the word of "E de Ernesto" with its letter name lost, as "Uva." is U: callers spell with first
names as much as with nouns. A name said before any letter is the caller talking, not a letter."""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ["Kilo.", "Uva.", "Ernesto.", "Seiscientos veinte."], "K U E 6 2 0"),
        ("es-MX", ["Ese.", "Roberto.", "Tres cuatro."], "S R 3 4"),
        ("es-MX", ["Pe de Puebla.", "Fernando.", "Ge.", "Uno uno."], "P F G 1 1"),
        ("en-US", ["Kay.", "Henry.", "Tee.", "One two."], "K H T 1 2"),
    ],
)
def test_first_name_alone_in_a_dictation_is_its_letter(locale: str, turns: list[str], so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ["Ernesto."], ""),  # nothing dictated yet: the caller talking
        ("es-MX", ["Ka.", "Habla Ernesto."], "K"),  # a sentence, not a spelling word
        ("en-US", ["Frank."], ""),
    ],
)
def test_a_name_that_is_no_spelling_word_adds_nothing(locale: str, turns: list[str], so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far
