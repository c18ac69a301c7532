"""The surname added after the given names with the part named by an article ("Ramiro Eusebio... ah, y el
apellido, Benavides", "John Michael... oh, and the last name, Carter"): one name, the given names kept."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Ramiro Eusebio... ah, y el apellido, Benavides.", "es-MX", "Ramiro Eusebio Benavides"),
        ("Ramiro Eusebio, y el apellido Benavides.", "es-MX", "Ramiro Eusebio Benavides"),
        ("Ramiro Eusebio, el apellido es Benavides.", "es-MX", "Ramiro Eusebio Benavides"),
        ("Ramiro... y los apellidos, Benavides Luna.", "es-MX", "Ramiro Benavides Luna"),
        ("John Michael... oh, and the last name, Carter.", "en-US", "John Michael Carter"),
        ("John Michael, and the last name is Carter.", "en-US", "John Michael Carter"),
        ("John Michael, and my surname is Carter.", "en-US", "John Michael Carter"),
    ],
)
def test_the_surname_added_after_its_part_is_named_joins_the_given_names(text: str, locale: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("John Carter, the last name is spelled C A R T E R.", "en-US", "John Carter"),
        ("John Carter, the last name is spelled C-A-R-T-E-R.", "en-US", "John Carter"),
        ("John Carter, and the last name is spelled C A R T E R.", "en-US", "John Carter"),
        ("Juan Pérez, el apellido se escribe con acento.", "es-MX", "Juan Pérez"),
        ("Juan Pérez, el apellido lleva acento.", "es-MX", "Juan Pérez"),
    ],
)
def test_how_the_surname_is_written_after_the_name_adds_no_word_to_it(text: str, locale: str, name: str) -> None:
    assert extract("name", text, locale) == name
