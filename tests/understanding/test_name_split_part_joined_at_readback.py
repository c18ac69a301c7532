"""A name part the recogniser split in two ("Valen Zuela") that the caller says as one word at the
read-back ("Valenzuela, todo junto") is joined in the name read back; a note that a part is one word
("todo junto", "all one word") is never taken for more of the name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.names import extract_name


def _name(text: str, locale: str):  # type: ignore[no-untyped-def]
    name = new_accumulator("name", locale)
    name.feed(text)
    assert name.complete
    return name


@pytest.mark.parametrize(
    ("said", "fix", "locale", "expected"),
    [
        ("Rogelio Valen Zuela Paz", "Valenzuela es todo junto, un solo apellido.", "es-MX", "Rogelio Valenzuela Paz"),
        ("Aurelio Villa Lobos", "No, Villalobos, todo pegado.", "es-MX", "Aurelio Villalobos"),
        ("Dana Mc Allister", "McAllister, all one word.", "en-US", "Dana McAllister"),
    ],
)
def test_a_split_part_said_as_one_word_is_joined(said: str, fix: str, locale: str, expected: str) -> None:
    name = _name(said, locale)
    assert name.edit(fix)
    assert name.value == expected


def test_a_part_that_only_sounds_like_two_is_still_a_replacement() -> None:
    name = _name("Julián Ortega Beña", "es-MX")
    assert name.edit("No, Peña.")
    assert name.value == "Julián Ortega Peña"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Valenzuela, todo junto.", "es-MX", "Valenzuela"),
        ("Es Villaseñor, en una sola palabra.", "es-MX", "Villaseñor"),
        ("Vanhollen, all one word.", "en-US", "Vanhollen"),
        ("Juan Pérez, junto a la caseta.", "es-MX", "Juan Pérez"),
    ],
)
def test_a_one_word_note_is_not_part_of_the_name(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("said", "fix", "expected"),
    [
        # a surname opening with the sound "i" split by the recogniser into the word "y" and the rest
        ("Rosa y Barra Luna", "Ibarra, todo junto.", "Rosa Ibarra Luna"),
        ("Mario y Ñiguez Soto", "Iñiguez, con i latina.", "Mario Iñiguez Soto"),
        ("Pedro y Turbide", "No, Iturbide, con i al principio.", "Pedro Iturbide"),
    ],
)
def test_a_surname_split_at_its_first_vowel_is_joined(said: str, fix: str, expected: str) -> None:
    name = _name(said, "es-MX")
    assert name.edit(fix)
    assert name.value == expected


def test_a_real_y_between_surnames_stays_when_a_part_is_said_again() -> None:
    name = _name("Luis Ortega y Gasset", "es-MX")
    name.edit("No, Gasset.")
    assert name.value == "Luis Ortega y Gasset"
