"""A caller spelling an e-mail letter by letter, where the recogniser ran two letter names into one word
("Hace y o." for "a, ce, i, o"): each word is its letters, never a word of the address."""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Ache.", "O, erre.", "Hace y o."), "horacio"),  # "ha" + "ce": the h is silent
        (("Ele.", "Ate, a."), "lata"),  # "a" + "te"
        (("Ce.", "U, hace."), "cuac"),  # the run-together word last
    ],
)
def test_two_letter_names_run_into_one_word_are_their_letters(turns: tuple[str, ...], expected: str) -> None:
    assert dictated(list(turns))[1] == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Pepe.",), "pepe"),  # a word alone is the word, even one made of letter names
        (("pepe punto lopez arroba gmail punto com",), "pepe punto lopez arroba gmail punto com"),
        (("juan", "y", "o"), "juano"),  # letters and words over turns, no word run together
        (("E de este.",), "e"),  # a letter spelled with its word: "este" is the word, not "es" + "te"
        (("O de oye.",), "o"),  # "oye" is the spelling word, not "o" + "ye"
        (("Ce.", "Ate."), "cate"),  # a word said alone stays the word
    ],
)
def test_trap_words_of_the_address_stay_words(turns: tuple[str, ...], expected: str) -> None:
    assert dictated(list(turns))[1] == expected
