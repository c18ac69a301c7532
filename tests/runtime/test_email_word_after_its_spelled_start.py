"""An address dictated as a listener hears it when the caller spells the start of a word and then says it
whole, explains where the address comes from, or says how a letter is written.

"E", "ge", "a", "ele", "Galindo." is egalindo: the letters said one a turn that the word begins with are the
word's, said once. "Galindo. Ernesto galindo" then explains the address (E of Ernesto, Galindo): two or three
words that give it each its initial or itself add nothing. "H ocaña" then "con ene normal" says the letter has
no tilde (an address has none): nothing is added.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import types as slot_types


def _dictated(locale: str, *turns: str) -> str:
    slot_type = slot_types.get("email")
    assert slot_type is not None
    acc = slot_type.start(locale, {})
    for turn in turns:
        acc = slot_types.feed(acc, turn).state
    return acc.so_far()


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("E", "ge", "a", "ele", "Galindo."), "egalindo"),
    ("es-MX", ("jota", "u", "Juan", "punto", "perez"), "juan punto perez"),
    ("es-MX", ("ma", "erre", "Martínez"), "martinez"),
    ("en-US", ("j", "o", "John."), "john"),
])
def test_letters_spelled_then_the_word_they_begin_are_that_word(locale: str, turns: tuple[str, ...],
                                                                 so_far: str) -> None:
    assert _dictated(locale, *turns) == so_far


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("e", "ge"), "eg"),  # a letter after a letter: both
    ("es-MX", ("a", "ele", "Beto."), "albeto"),  # a word the letters do not begin: more of the address
])
def test_letters_not_begun_by_the_word_stay(locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert _dictated(locale, *turns) == so_far


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("E", "ge", "a", "ele", "Galindo. Ernesto galindo"), "egalindo"),
    ("es-MX", ("jota", "perez", "Juan Pérez"), "jperez"),
    ("es-MX", ("Juan Pérez. Juan pérez.",), "juanperez"),
    ("en-US", ("j", "smith", "John Smith"), "jsmith"),
])
def test_words_that_only_say_where_the_address_comes_from_add_nothing(
        locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert _dictated(locale, *turns) == so_far


def test_names_that_are_more_of_the_address_are_taken() -> None:
    assert _dictated("es-MX", "juan", "perez lopez") == "juanperezlopez"


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("H ocaña", "con ene normal"), "hocana"),
    ("es-MX", ("nuñez", "sin tilde"), "nunez"),
    ("en-US", ("nunez", "plain n"), "nunez"),
])
def test_a_remark_that_a_letter_has_no_tilde_adds_nothing(locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert _dictated(locale, *turns) == so_far
