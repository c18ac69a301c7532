"""A turn of an e-mail dictation that lists nothing but letters said by their names ("I, de, e, ese.",
"a, ese, te, o") is a piece of the address spelled, however many letters it lists and however many of
them are also everyday words ("de", "a", "e", "o"). A sentence of words that are not all letter names
("ya te lo dije, ese de ahí") stays talk."""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["O.", "Be de burro.", "E, ene, a.", "Ve de vaca.", "I, de, e, ese.", "Mil novecientos setenta y nueve.",
          "Arroba gmail punto com."], "es-MX", "obenavides1979@gmail.com"),
        (["Ce, a, ere.", "De, e, ese, a.", "Arroba yahoo punto com."], "es-MX", "cardesa@yahoo.com"),
        (["Ele, u.", "A, ese, te, o.", "Arroba hotmail punto com."], "es-MX", "luasto@hotmail.com"),
        (["Jay, o.", "A, e, i, o.", "At gmail dot com."], "en-US", "joaeio@gmail.com"),
    ],
)
def test_letter_names_listed_alone_are_spelled(turns: list[str], locale: str, expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["Ve de vaca.", "I, de, e, ese."], "vides"),
        (["Ve de vaca.", "Ya te lo dije, ese de ahí."], "v"),  # a sentence with letter names in it: talk
    ],
)
def test_what_a_listed_turn_adds_to_the_dictation(turns: list[str], so_far: str) -> None:
    assert dictated(turns)[1].replace(" ", "") == so_far


@pytest.mark.parametrize("turn", ["E, a, o, u.", "A, a, a, a.", "O, o, y, a.", "E, a, e, a."])
def test_spanish_vowels_alone_are_someone_thinking_not_a_spelling(turn: str) -> None:
    assert dictated([turn])[1].replace(" ", "") == ""
