"""A name the caller gives before it was asked (at the question whether they can talk) is taken only when the
turn is plainly a name: a given name and a surname, with nothing but a lead-in beside them. Anything else a
caller says there - a hello, a question, one word, an excuse - is no name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import name_given_outright


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Ezequiel Montaño.", "es-MX", "Ezequiel Montaño"),
        ("Sí, soy Rosalinda Quintero.", "es-MX", "Rosalinda Quintero"),
        ("Buenas tardes, habla Teodoro Villalobos", "es-MX", "Teodoro Villalobos"),
        ("sí, me llamo José de la Cruz Ramírez", "es-MX", "José de la Cruz Ramírez"),
        ("Yes, this is Dwayne Carter.", "en-US", "Dwayne Carter"),
        ("Sure, Marcus Whitfield here", "en-US", "Marcus Whitfield"),
    ],
)
def test_a_turn_that_is_plainly_a_name_gives_it(text: str, locale: str, name: str) -> None:
    assert name_given_outright(text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Sí? ¿Bueno?", "es-MX"),
        ("Aló", "es-MX"),
        ("Depende", "es-MX"),
        ("Simón", "es-MX"),
        ("¿Quién habla?", "es-MX"),
        ("Sí, habla su esposa", "es-MX"),
        ("Ahorita no puedo, voy manejando", "es-MX"),
        ("Juan Pérez, pero ahorita no puedo", "es-MX"),
        ("Transportes Ramírez", "es-MX"),
        ("Mil cuatrocientos", "es-MX"),
        ("Voy llegando a Saltillo", "es-MX"),
        ("Sí, Ernesto", "es-MX"),
        ("Who is this?", "en-US"),
        ("Bart", "en-US"),
        ("Not right now, I'm driving", "en-US"),
    ],
)
def test_anything_else_said_there_is_no_name(text: str, locale: str) -> None:
    assert name_given_outright(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, Laredo Texas", "es-MX"),
        ("Sí, San Antonio", "es-MX"),
        ("San Luis Potosí", "es-MX"),
        ("Fletes Monterrey", "es-MX"),
        ("Martínez Hermanos", "es-MX"),
        ("Grupo Bimbo", "es-MX"),
        ("Yes, Dallas Texas", "en-US"),
        ("Carter Logistics", "en-US"),
    ],
)
def test_a_place_or_a_company_said_there_is_no_name(text: str, locale: str) -> None:
    assert name_given_outright(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [("Juan Santana", "es-MX", "Juan Santana"), ("Austin Miller", "en-US", "Austin Miller"),
     # a surname that is also a place's name, and a "san" inside a surname
     ("Juan Guerrero", "es-MX", "Juan Guerrero"), ("Pedro Escobedo", "es-MX", "Pedro Escobedo"),
     ("Luis Altamira", "es-MX", "Luis Altamira"), ("Martín San Juan", "es-MX", "Martín San Juan")],
)
def test_a_name_with_a_word_of_a_place_in_it_is_still_a_name(text: str, locale: str, name: str) -> None:
    assert name_given_outright(text, locale) == name
