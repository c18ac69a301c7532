"""Names said the way drivers introduce themselves on the phone: with the company after the name, with
a nickname before the real name, starting over after "bueno" / "I mean"; and a desk or department said
instead of a name, which is no name at all."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Habla Ramiro Tovar, de Fletes Tovar.", "es-MX", "Ramiro Tovar"),
        ("Soy Elena Garza de Autotransportes del Bajío.", "es-MX", "Elena Garza"),
        ("Gerardo Luna, de la línea Tres Guerras.", "es-MX", "Gerardo Luna"),
        ("This is Dale Hooper with Hooper Freight.", "en-US", "Dale Hooper"),
        ("Tom Becker, from Becker Trucking LLC.", "en-US", "Tom Becker"),
    ],
)
def test_the_company_after_the_name_is_not_part_of_it(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Me dicen el Chino... bueno, Anselmo Ruiz.", "es-MX", "Anselmo Ruiz"),
        ("Soy Pepe, o sea, José Trejo.", "es-MX", "José Trejo"),
        ("Aquí el Güero Beto, Beto Salinas.", "es-MX", "Beto Salinas"),
        ("It's Junior... I mean, Robert Hale.", "en-US", "Robert Hale"),
        ("Little Joe, Joe Ortega.", "en-US", "Joe Ortega"),
        ("Habla el Flaco, Rubén Lara.", "es-MX", "Rubén Lara"),
    ],
)
def test_a_nickname_then_the_real_name_keeps_the_real_name(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Bueno, habla Rogelio Cantú.", "es-MX", "Rogelio Cantú"),  # "bueno" opening the turn is a hello
        ("Rogelio Cantú. Bueno, a sus órdenes.", "es-MX", "Rogelio Cantú"),
        ("Well, this is Carl Dunn.", "en-US", "Carl Dunn"),
        ("María López García", "es-MX", "María López García"),
    ],
)
def test_names_without_a_restart_are_kept_whole(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Habla tráfico.", "es-MX"),
        ("Aquí despacho.", "es-MX"),
        ("It's the dispatcher.", "en-US"),
        ("This is security at gate two.", "en-US"),
        ("This is receiving.", "en-US"),
    ],
)
def test_a_desk_or_department_is_not_a_name(text: str, locale: str) -> None:
    assert extract_name(text, locale) is None
