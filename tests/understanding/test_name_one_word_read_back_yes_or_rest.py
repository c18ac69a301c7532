"""At the read-back of a one-word name ("Anoto López. ¿Es correcto?") a slang yes ("Oquei", "Cabal", "Simón",
"Arre", "Yep", "You bet") says the name is right and never becomes a part of it ("López Oquei"); a bare other
surname ("Martínez") is the rest of the name (a Mexican name has two surnames; a caller who corrects says so,
"no, es Martínez"), read back whole so that a caller who meant another name can still say no.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.types.base import edit
from daisy_engine.understanding.yes_no import classify_yes_no


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Oquei", "es-MX"), ("Okei", "es-MX"), ("Oquei pues", "es-MX"), ("Okis", "es-MX"), ("Cabal", "es-MX"),
        ("Cabal, jefa", "es-MX"), ("Simón", "es-MX"), ("Arre", "es-MX"), ("Arre pues", "es-MX"),
        ("Yep", "en-US"), ("Yah", "en-US"), ("Aye", "en-US"), ("You bet", "en-US"), ("Okie dokie", "en-US"),
    ],
)
def test_a_slang_yes_is_a_yes_never_a_part_of_the_name(said: str, locale: str) -> None:
    assert classify_yes_no(said, locale).answer == "yes"
    name = new_accumulator("name", locale)
    name.feed("López" if locale == "es-MX" else "Smith")
    assert edit(name, said) is None  # the name read back stands


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("López", "Martínez", "López Martínez"),
        ("Treviño", "Garza.", "Treviño Garza"),
        ("Sandoval", "Ruiz", "Sandoval Ruiz"),
    ],
)
def test_a_bare_surname_at_a_one_word_name_is_the_rest_of_it(first: str, then: str, expected: str) -> None:
    name = new_accumulator("name", "es-MX")
    name.feed(first)
    edited = edit(name, then)
    assert edited is not None and edited.value == expected


@pytest.mark.parametrize(
    ("given", "then", "locale", "expected"),
    [
        ("Juan", "Cabal Martínez", "es-MX", "Juan Cabal Martínez"),
        ("Juan", "Juan Cabal", "es-MX", "Juan Cabal"),
        ("Juan", "no, Cabal", "es-MX", "Juan Cabal"),
        ("Pedro", "Cabal López.", "es-MX", "Pedro Cabal López"),
        ("Maria", "Aye Lin", "en-US", "Maria Aye Lin"),
        ("John", "no, Aye", "en-US", "John Aye"),
    ],
)
def test_a_surname_that_is_also_a_yes_word_said_with_more_is_a_surname(given: str, then: str, locale: str,
                                                                        expected: str) -> None:
    """At "Juan, ¿y sus apellidos?" a surname that is also a slang yes ("Cabal", "Aye") said with another part,
    or after a no, is the surname, never a yes that drops every surname said ("Anoto Juan")."""
    name = new_accumulator("name", locale)
    name.feed(given)
    name.feed(then)
    assert name.value == expected

