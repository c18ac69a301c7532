"""A letter of a plate the phone recogniser wrote as other words: "Hora." is "jota" (its "j" breathed, its
"t" flapped), taken only when it is the whole turn of a dictation; "Let trade." is "letra de" (the "t" of
"tra" heard twice, written as the English "let"), as "le trade" is. The same words in talk stay talk."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract
from daisy_engine.understanding.plates import extract_char

from .plate_helpers import plate_fed


@pytest.mark.parametrize(("said", "letter"), [
    ("Hora.", "J"),
    ("¿Hora?", "J"),
    ("Let trade.", "D"),
    ("Let tra de.", "D"),
    ("Let traje.", "G"),  # letra ge
    ("Let trae me", "M"),
    ("let trae ese", "S"),
])
def test_the_word_heard_is_the_letter(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX") == letter


@pytest.mark.parametrize("said", ["¿A qué hora?", "la hora", "Let tractor", "ya es hora"])
def test_the_same_words_in_talk_name_no_letter(said: str) -> None:
    assert extract_char(said, "es-MX") is None


def test_a_plate_begun_with_jota_heard_as_hora() -> None:
    assert plate_fed("es-MX", "Hora.", "U.", "Ere.", "Ciento ocho.").value == "JUR-108"


def test_a_plate_with_letra_de_heard_as_let_trade() -> None:
    assert plate_fed("es-MX", "Letra jota.", "Letra ka.", "Let trade.", "Setecientos treinta y uno.").value \
        == "JKD-731"


def test_a_time_asked_during_the_dictation_adds_nothing() -> None:
    acc = plate_fed("es-MX", "Ese, o, pe", "¿A qué hora?")
    assert acc.so_far() == "S O P"
    assert plate_fed("es-MX", "Ese, o, pe", "Como a las tres de la tarde").so_far() == "S O P"


def test_hora_in_an_address_is_a_word() -> None:
    assert extract("email", "hora punto perez arroba gmail punto com", "es-MX") == "hora.perez@gmail.com"
