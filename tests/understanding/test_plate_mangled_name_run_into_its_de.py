"""Plate letters whose name the recogniser heard mangled and ran into the "de" of the spelling, the word said
apart: "Hijede gato" (ge de gato), "Verde vaca" (ve de vaca), "Jede Jalisco". The word settles the letter when the
mangled name sounds like it and starts like a letter's name, as "hije de gato" with the "de" apart does; words of
their own ending in "de" ("desde", "tarde", "puede") and a word that agrees with no such name are no letter."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char, extract_plate

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hijede gato.", "G"),
        ("Hijede Guadalajara.", "G"),
        ("Verde vaca.", "V"),
        ("Vede Veracruz.", "V"),
        ("Jede Jalisco.", "J"),
        ("Hache de hotel.", "H"),  # the name said right keeps its own letter
    ],
)
def test_a_mangled_name_run_into_its_de_is_the_letter_of_its_word(text: str, expected: str) -> None:
    assert extract_char(text, "es-MX") == expected


def test_the_mangled_name_in_a_plate_being_dictated() -> None:
    acc = plate_fed("es-MX", "Hijede gato.", "Ka.", "Ese de Sonora.")
    assert acc.so_far() == "G K S"


def test_the_mangled_name_in_a_whole_plate() -> None:
    assert extract_plate("Hijede gato, ka, ese, mil ciento seis.", "es-MX") == "GKS-1106"


@pytest.mark.parametrize(
    "text",
    [
        "Desde Durango.",  # from Durango
        "Tarde tomate.",  # a word of its own
        "Puede pasar.",
        "Grande gato.",  # "gran" starts like no letter's name
    ],
)
def test_trap_a_word_of_its_own_before_a_spelling_word_is_no_letter(text: str) -> None:
    assert extract_char(text, "es-MX") is None
