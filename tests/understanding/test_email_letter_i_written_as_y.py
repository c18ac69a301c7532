"""The recogniser writes the spoken letter "i" as the word "y" (they sound the same in Spanish). A "y" set
off by commas among spelled letters ("ve de vaca, y, ene, o") is the letter i; a "y" joining two letters or
words ("ene y o", "juan y pedro") and "i griega" (the letter Y) stay what they are."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.emails import email_tokens


def _dictate(turns: list[str]) -> str | None:
    email = new_accumulator("email", "es-MX")
    for turn in turns:
        email.feed(turn)
    return email.value


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Ele, y, ese, a.", "Arroba gmail punto com."], "lisa@gmail.com"),
        (["Eme de mamá, a, ere, y, o.", "Arroba hotmail punto com."], "mario@hotmail.com"),
        (["ene, a, ve de vaca, y, de de dedo, a, de", "arroba yahoo punto com"], "navidad@yahoo.com"),
    ],
)
def test_a_y_between_commas_among_spelled_letters_is_the_letter_i(turns: list[str], expected: str) -> None:
    assert _dictate(turns) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ene y o", ["ene", "y", "o"]),  # a "y" joining letters is no letter
        # words around it, not letters: the "and" of "y luego" leads on to the next piece and is dropped
        ("pedro, y, luego arroba gmail punto com", ["pedro", "luego", "@"]),
        ("a, i griega, o", ["a", "y", "o"]),  # "i griega" is the letter Y
    ],
)
def test_other_y_stay_what_they_are(text: str, kept: list[str]) -> None:
    tokens = email_tokens(text, "es")
    assert tokens[: len(kept)] == kept
