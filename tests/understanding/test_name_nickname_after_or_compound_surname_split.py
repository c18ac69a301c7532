"""The name turn's last two shapes from real speech: the short form the caller goes by, said after the
full name ("Francisco Lara. Paco, pues."), is not a word of the name; and a compound surname the
recogniser wrote as two words ("Villa Señor", "Buen Día") is one surname when its second half is a word no
name holds (else the name would be lost)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Francisco Lara. Paco, pues.", "es-MX", "Francisco Lara"),
        ("Jesús Ortega Ruiz. Chuy, nomás.", "es-MX", "Jesús Ortega Ruiz"),
        ("Guillermo Treviño. Memo.", "es-MX", "Guillermo Treviño"),
        ("William Parker. Bill is fine.", "en-US", "William Parker"),
        # traps: a surname said after a pause, a given name that is no short form of the first
        ("Rosendo. Garza Villarreal.", "es-MX", "Rosendo Garza Villarreal"),
        ("Marco Lara. Ramos.", "es-MX", "Marco Lara Ramos"),
    ],
)
def test_a_short_form_after_the_full_name_is_not_part_of_it(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soy Marcelino Villa Señor.", "Marcelino Villaseñor"),
        ("Me llamo Rita Buen Día Gil.", "Rita Buendía Gil"),
        # traps: a real surname after "Villa", a word to the listener after a pause
        ("Francisco Villa Ramos.", "Francisco Villa Ramos"),
        ("Me llamo Juan Villa, señor.", "Juan Villa"),
    ],
)
def test_a_compound_surname_split_in_two_is_one(text: str, name: str) -> None:
    assert extract_name(text, "es-MX") == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("It's Ray, Raymond Cortez.", "en-US", "Raymond Cortez"),
        ("Jimmy, James Whitfield.", "en-US", "James Whitfield"),
        ("This is Bill. William Turner.", "en-US", "William Turner"),
        ("Soy Chava, Salvador Ríos.", "es-MX", "Salvador Ríos"),
        ("Me dicen Beto, Roberto Salinas.", "es-MX", "Roberto Salinas"),
        ("Fer, Fernando Ibarra Soto.", "es-MX", "Fernando Ibarra Soto"),
        # traps: a given name that is no short form of the next one stays, and so does a lone surname
        ("Juan, Pedro Gómez", "es-MX", "Juan Pedro Gómez"),
        ("Ray, Cortez", "en-US", "Ray Cortez"),
        # a given name and then a surname built on it ("Anaya", "Martínez", "Johnson"): the name is both
        ("Ana, Anaya López.", "es-MX", "Ana Anaya López"),
        ("Martín... Martínez Gómez.", "es-MX", "Martín Martínez Gómez"),
        ("Soy Rodrigo, Rodríguez Pardo.", "es-MX", "Rodrigo Rodríguez Pardo"),
        ("John, Johnson Miller.", "en-US", "John Johnson Miller"),
    ],
)
def test_a_short_form_said_before_the_full_name_is_not_part_of_it(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name
