"""A letter's name said as a piece of its own and ordered against a word by "then" / "luego": "Dee, then
renfro" is drenfro, "Jota, luego ramírez" is jramirez, "renfro, then jay" is renfroj. Callers order pieces
that way while dictating; a given name is said with the rest ("Jay smith" stays jaysmith), and a word that
is no letter's name stays a word ("juan, luego pérez")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Dee, then renfro, all one word, at outlook dot com.", "en-US", "drenfro@outlook.com"),
        ("Kay, then lopez, at gmail dot com", "en-US", "klopez@gmail.com"),
        ("Jay, then smith, at gmail dot com", "en-US", "jsmith@gmail.com"),
        ("It's tee, then miller, at yahoo dot com", "en-US", "tmiller@yahoo.com"),
        ("renfro, then jay, at gmail dot com", "en-US", "renfroj@gmail.com"),
        ("De, luego villalobos, arroba gmail punto com", "es-MX", "dvillalobos@gmail.com"),
        ("Jota, luego ramírez, arroba hotmail punto com", "es-MX", "jramirez@hotmail.com"),
        ("Te, después osuna, arroba gmail punto com", "es-MX", "tosuna@gmail.com"),
    ],
)
def test_a_letter_ordered_against_a_word_is_the_letter(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Jay smith at gmail dot com", "en-US", "jaysmith@gmail.com"),
        ("Dee renfro at outlook dot com", "en-US", "deerenfro@outlook.com"),
        ("juan, luego perez, arroba gmail punto com", "es-MX", "juanperez@gmail.com"),
        ("ana de leon arroba gmail punto com", "es-MX", "anadeleon@gmail.com"),
    ],
)
def test_names_said_with_the_rest_stay_words(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected
