"""An address said whole in one turn with the words a caller frames it with.

"Sale, ahí te va: rosendo. Punto. Gallegos. Arroba gmail. Com.": the words handing the address over end
their sentence with its first part ("rosendo."), which is no sentence of talk to leave out. "Empieza con
ele, luego guion bajo, sandoval, y arroba outlook punto com", "it starts with a J, then Smith, and at gmail
dot com": the letter after "empieza con" is the first of the address (not a word "empieza" spelled with an
L), and the "y"/"and" said after a pause before the next symbol joins pieces; it is no letter Y.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Sale, ahí te va: rosendo. Punto. Gallegos. Arroba gmail. Com.", "es-MX", "rosendo.gallegos@gmail.com"),
        ("Ahí le va: marta. Punto. Ruiz. Arroba hotmail punto com.", "es-MX", "marta.ruiz@hotmail.com"),
        ("Okay, here it goes: dana. Dot. Price. At gmail dot com.", "en-US", "dana.price@gmail.com"),
    ],
)
def test_the_first_part_after_the_hand_over_is_kept(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Empieza con ele, luego guion bajo, sandoval, y arroba outlook punto com.", "es-MX",
         "l_sandoval@outlook.com"),
        ("Comienza con jota, luego pérez, y arroba gmail punto com.", "es-MX", "jperez@gmail.com"),
        ("Empieza con la letra eme, luego ruiz arroba gmail punto com.", "es-MX", "mruiz@gmail.com"),
        ("It starts with a J, then Smith, and at gmail dot com.", "en-US", "jsmith@gmail.com"),
        ("Starts with the letter K, then Lee at aol dot com.", "en-US", "klee@aol.com"),
    ],
)
def test_where_it_starts_and_the_joining_and(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Ese no lo tengo aquí, espérame. Es tapia arroba gmail punto com.", "es-MX", "tapia@gmail.com"),
        ("Empieza con a, luego na, arroba gmail punto com.", "es-MX", "ana@gmail.com"),  # "a" is the letter
    ],
)
def test_trap_talk_before_and_a_letter_a_stay_as_they_were(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected
