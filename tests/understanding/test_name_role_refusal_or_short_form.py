"""A name turn that holds no name, or holds one twice: a role or post said instead of a name ("soy el
supervisor de patio"), a refusal ("no le voy a dar mi nombre"), a short form taken back for the full name
("Nacho... Ignacio Ruiz"); and an English particle surname written as said ("Van Dyke")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Soy la supervisora de patio.", "es-MX"),
        ("Aquí habla el gerente de la sucursal.", "es-MX"),
        ("Le habla el velador.", "es-MX"),
        ("This is the night shift supervisor.", "en-US"),
        ("You're talking to the yard foreman.", "en-US"),
    ],
)
def test_a_role_is_not_a_name(text: str, locale: str) -> None:
    assert extract_name(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("No, joven, no le voy a dar mi nombre.", "es-MX"),
        ("¿Y para qué quieres mi nombre?", "es-MX"),
        ("Nope, not telling you my name.", "en-US"),
        ("Naw, I won't give my name over the phone.", "en-US"),
        ("Nah.", "en-US"),
    ],
)
def test_a_refusal_gives_no_name(text: str, locale: str) -> None:
    assert extract_name(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Nacho... Ignacio Ruiz.", "es-MX", "Ignacio Ruiz"),
        ("Beto, Roberto Salas Peña.", "es-MX", "Roberto Salas Peña"),
        ("Lupe... bueno, Guadalupe Montes.", "es-MX", "Guadalupe Montes"),
        ("Danny... Daniel Ortega.", "en-US", "Daniel Ortega"),
        ("Jimmy, James Whitfield.", "en-US", "James Whitfield"),
    ],
)
def test_a_short_form_taken_back_for_the_full_name(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Me llamo Jesús de la Cruz.", "es-MX", "Jesús de la Cruz"),
        ("This is Marty Van Dyke.", "en-US", "Marty Van Dyke"),
        ("Name's Carla De Luca.", "en-US", "Carla De Luca"),
        ("Nah, it's Bill Carter.", "en-US", "Bill Carter"),  # a "nah" before a name keeps the name
        ("Soy el encargado, Raúl Medina.", "es-MX", "Raúl Medina"),  # the role, then the name
        ("Soy Gerardo, jefe.", "es-MX", "Gerardo"),  # "jefe" said to the listener
    ],
)
def test_names_kept_as_said(text: str, locale: str, name: str | None) -> None:
    assert extract_name(text, locale) == name
