""""Letra X" as the recogniser writes it when it cuts the letter's name across two words: "le trajo ta"
(letra jota), "le trae me" (letra eme), "ni trae ne" (letra ene), "le trae de, de dedo" (letra de, spelled
right after). The halves make the letter's name; words that only look like it stay words ("me trajo
tacos", "me trae de comer", "le trae me la caja")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract
from daisy_engine.understanding.letters import merge_split_markers
from daisy_engine.understanding.plates import extract_char
from daisy_engine.understanding.types.plate import PlateAccumulator


@pytest.mark.parametrize(("said", "letter"), [
    ("Le trajo ta.", "J"),
    ("letrajo ta", "J"),
    ("Le trae me.", "M"),
    ("Ni trae ne", "N"),
    ("Le trae le.", "L"),
    ("Le trae se", "S"),
    ("Le trae de, de dedo.", "D"),
    ("Le trae a, a de árbol", "A"),
])
def test_the_halves_of_the_name_are_the_letter(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX") == letter


@pytest.mark.parametrize("said", [
    "me trajo tacos", "le trajo tanto trabajo", "me trae de comer", "le trae me la caja", "me trae la caja",
])
def test_words_that_only_look_like_it_stay_words(said: str) -> None:
    assert "letra" not in merge_split_markers(said.split())


def test_a_plate_dictated_with_a_letter_cut_in_two_keeps_every_piece() -> None:
    acc = PlateAccumulator("plate", "es-MX", {})
    for turn in ("Letra i.", "Le trajo ta.", "Letra u.", "Ciento uno."):
        acc.feed(turn)
    assert acc.value == "IJU-101"


def test_an_address_spelled_with_letra_cut_short() -> None:
    assert extract("email", "Le trae de, de dedo, villalobos, arroba gmail punto com.", "es-MX") \
        == "dvillalobos@gmail.com"
    assert extract("email", "Le trae ele, ele de luna, ópez arroba gmail punto com", "es-MX") == "llopez@gmail.com"
