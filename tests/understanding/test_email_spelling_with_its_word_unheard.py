"""A letter of an e-mail spelled with a word ("eme de mamá", "R as in Robert") where the word went unheard or
is one the recogniser counts as a filler.

"Ere de..." (the caller trailed off, or was cut) is the R alone: the "de" is no D, the "as in" no I. A key
word that is also a filler ("be de bueno", "e de este", "W as in well") is the spelling's word, not dropped
to leave a "de" behind. Traps: a bare vowel before "de" without a pause ("u de") may be two letters; a
word that is no letter's name ("pedro de") is left as it is.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _dictated(turns: list[str], locale: str = "es-MX") -> str | None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value


@pytest.mark.parametrize(
    ("turn", "locale", "letter"),
    [
        ("Ere de...", "es-MX", "r"),
        ("Jota de…", "es-MX", "j"),
        ("eme de", "es-MX", "m"),
        ("Hache de...", "es-MX", "h"),
        ("U de...", "es-MX", "u"),
        ("R as in...", "en-US", "r"),
        ("M, as in", "en-US", "m"),
    ],
)
def test_a_letter_whose_spelling_word_went_unheard_is_that_letter(turn: str, locale: str, letter: str) -> None:
    at = "arroba gmail punto com" if locale == "es-MX" else "at gmail dot com"
    first = "Letra o." if locale == "es-MX" else "letter o"
    assert _dictated([first, turn, at], locale) == f"o{letter}@gmail.com"


@pytest.mark.parametrize(
    ("turn", "locale", "letter"),
    [
        ("Be de bueno.", "es-MX", "b"),
        ("E de este.", "es-MX", "e"),
        ("Pe de pues.", "es-MX", "p"),
        ("O de oye.", "es-MX", "o"),
        ("W as in well.", "en-US", "w"),
        ("S as in so.", "en-US", "s"),
    ],
)
def test_a_spelling_word_that_is_also_a_filler_spells_the_letter(turn: str, locale: str, letter: str) -> None:
    at = "arroba yahoo punto com" if locale == "es-MX" else "at yahoo dot com"
    first = "Letra a." if locale == "es-MX" else "letter a"
    assert _dictated([first, turn, at], locale) == f"a{letter}@yahoo.com"


def test_trap_a_bare_vowel_and_de_without_a_pause_are_two_letters() -> None:
    assert _dictated(["Letra ele.", "u de", "arroba gmail punto com"]) == "lud@gmail.com"


def test_trap_a_word_before_de_is_no_letter() -> None:
    assert _dictated(["pedro de", "arroba gmail punto com"]) == "pedrode@gmail.com"


def test_trap_a_filler_that_spells_no_letter_is_still_dropped() -> None:
    assert _dictated(["Letra a.", "Este, be de burro.", "arroba gmail punto com"]) == "ab@gmail.com"
