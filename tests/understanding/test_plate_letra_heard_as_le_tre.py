""""Letra X" as the recogniser writes it with the "a" of "tra" heard as "e": "le trece" (letra ce), "le
treese" (letra ese), "me trebe" (letra be). Only a strong letter name after "tre" makes it a letter: "le
tres", "le treinta" and "trece" on its own are numbers, and "le dije trece" is too; "le tren" (one consonant
left of the name) names none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char

from .plate_helpers import plate_fed


@pytest.mark.parametrize(("said", "letter"), [
    ("Le trece.", "C"),
    ("le treese", "S"),
    ("Me trebe.", "B"),
    ("le treele", "L"),
    ("Le treeme.", "M"),
])
def test_letra_heard_with_tre_names_its_letter(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX") == letter


def test_a_plate_dictated_with_it_takes_the_letter_not_thirteen() -> None:
    acc = plate_fed("es-MX", "Be de burro.", "O de oso.", "Le trece.", "Setenta y cuatro, diez.")
    assert acc.value == "BOC-7410"


@pytest.mark.parametrize(("turn", "so_far"), [
    ("le tres", "B O 3"),
    ("Le treinta.", "B O 3 0"),
    ("trece", "B O 1 3"),
    ("le dije trece", "B O 1 3"),
])
def test_numbers_after_le_stay_numbers(turn: str, so_far: str) -> None:
    acc = plate_fed("es-MX", "Be de burro.", "O de oso.", turn)
    assert acc.so_far() == so_far


def test_one_consonant_left_after_tre_names_no_letter() -> None:
    # "le tren": the letter's name was cut off; the caller's next, clearer letter is the first one
    acc = plate_fed("es-MX", "Le tren.", "Ce de casa.", "Ele de Lupe.")
    assert acc.so_far() == "C L"


@pytest.mark.parametrize(("said", "letter"), [
    ("Litrene.", "N"),
    ("letrene", "N"),
    ("Letreme.", "M"),
    ("Li trene.", "N"),
    ("Litrece.", "C"),
])
def test_letra_run_into_its_name_with_tre_names_the_letter(said: str, letter: str) -> None:
    # "letra ene" written as one word, the "a" of "tra" lost: "litrene"; the "e" of "tre" may be the one
    # the name starts with ("trene": ene)
    assert extract_char(said, "es-MX") == letter


def test_a_plate_dictated_with_litrene_keeps_the_n() -> None:
    acc = plate_fed("es-MX", "Jotadejalisco.", "Litrene.", "Pedepachuca.", "Noventa y uno cincuenta.")
    assert acc.value == "JNP-9150"


def test_trap_words_with_tre_are_no_letter() -> None:
    acc = plate_fed("es-MX", "Be de burro.", "O de oso.", "El letrero dice", "Le tres.")
    assert acc.so_far() == "B O 3"
