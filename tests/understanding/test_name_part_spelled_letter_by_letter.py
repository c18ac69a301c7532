"""A part of the name spelled letter by letter with the letters' names ("A, erre, erre, e, o, ele, a"): a
listener writes the word the letters spell. After the word itself the spelling only says again how it is
written (its letter names are no surname: never "Arreola Ele"); after a word that sounds like it, the
spelling fixes the recogniser's word ("Arriola. A, erre, erre, e, o, ele, a" is Arreola)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator
from daisy_engine.understanding.accumulators import Accumulator


@pytest.mark.parametrize(("said", "name"), [
    ("Ernesto Quiroga. Cu, u, i, erre, o, ge, a.", "Ernesto Quiroga"),
    ("Me llamo Hilda Ochoa, o, ce, hache, o, a.", "Hilda Ochoa"),
    ("Fidel Ruiz. Ruiz con zeta.", "Fidel Ruiz"),  # a note, no spelling: as before
    ("Fidel Ruis. Erre, u, i, zeta.", "Fidel Ruiz"),  # the spelling fixes the word heard
    ("Ramón Gil Téllez, ge, i, ele.", "Ramón Gil Téllez"),
])
def test_a_spelling_after_the_word_is_not_more_of_the_name(said: str, name: str) -> None:
    assert extract("name", said, "es-MX") == name


def test_an_english_name_spelled_with_letter_names() -> None:
    assert extract("name", "Tom Walsh. Double u, a, el, ess, aitch.", "en-US") == "Tom Walsh"
    assert extract("name", "Tom Welsh. Double u, a, el, ess, aitch.", "en-US") == "Tom Walsh"


def _read_back(name: str) -> Accumulator:
    acc = new_accumulator("name", "es-MX")
    acc.feed(name)
    return acc


def test_the_surname_spelled_at_the_read_back_keeps_the_name() -> None:
    acc = _read_back("Leticia Barragán Ibarra")
    acc.edit("Ibarra, con be grande. I, be, a, erre, erre, a.")
    assert acc.value == "Leticia Barragán Ibarra"


def test_the_surname_spelled_at_the_read_back_fixes_a_misheard_one() -> None:
    acc = _read_back("Leticia Barragán Ivarra")
    assert acc.edit("No, I, be, a, erre, erre, a.")
    assert acc.value == "Leticia Barragán Ibarra"


@pytest.mark.parametrize(("said", "name"), [
    ("Juan de Dios Pérez", "Juan de Dios Pérez"),  # "de" and letters around it are words here
    ("José de Jesús Ramírez.", "José de Jesús Ramírez"),
    ("Ana Eva Ochoa", "Ana Eva Ochoa"),
])
def test_names_with_short_words_stay_as_said(said: str, name: str) -> None:
    assert extract("name", said, "es-MX") == name


@pytest.mark.parametrize(("said", "name"), [
    # a pause between letter names keeps them apart: "e, de, erre" is E, D, R (never "e de erre", one E)
    ("Soy Pedro, pe, e, de, erre, o.", "Pedro"),
    ("Rodríguez, erre, o, de, erre, i, ge, u, e, zeta.", "Rodríguez"),
    ("Pedro Rodríguez. Pe, e, de, erre, o.", "Pedro Rodríguez"),
    # ... while a letter and the word that spells it stay one letter across the pause
    ("Bravo, be, de burro, erre, a, ve, de vaca, o.", "Bravo"),
    ("Pedro Gil, ge, de gato, i, ele.", "Pedro Gil"),
    # the word itself right before its spelling is no letter of it
    ("Mi nombre es Eva, e, ve, a.", "Eva"),
    # a note on how a word is written, then its spelling: the note stays a note
    ("Juan Pérez, con zeta, pe, e, erre, e, zeta.", "Juan Pérez"),
    ("Ángel, con acento, a, ene, ge, e, ele.", "Ángel"),
    # a name written in two pieces, spelled whole
    ("Ana Luisa, a, ene, a, ele, u, i, ese, a.", "Ana Luisa"),
    # the spelling of the word just said, cut short, is no other word
    ("Ximena, equis, i, eme.", "Ximena"),
    # the verb before a spelling is not its first letter
    ("Es ese, o, te, o.", "Soto"),
    # ... but an S the word just said starts with, written "es", is its letter
    ("Sánchez, es a ene ce hache e zeta.", "Sánchez"),
    ("Juan Salas, es a ele a es.", "Juan Salas"),
])
def test_a_spelling_reads_only_the_letters_the_caller_spelled(said: str, name: str) -> None:
    assert extract("name", said, "es-MX") == name


@pytest.mark.parametrize(("said", "name"), [
    ("O'Neil, O, N, E, I, L.", "O'Neil"),
    ("Mc Donald, M, C, D, O, N, A, L, D.", "Mc Donald"),
])
def test_an_english_name_in_pieces_spelled_whole_is_said_once(said: str, name: str) -> None:
    assert extract("name", said, "en-US") == name
