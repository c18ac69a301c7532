"""A driver who answers the name question as at a roll call: "Aquí reportándose Gumaro Tovar, ¿qué más
ocupas?", "presente, Gumaro Tovar", "Dale Parker checking in, what else you need?". The reporting words are
the lead-in (or the tail) of the name, and a question said after it is no part of it. Reporting in with no
name gives none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Aquí reportándose Gumaro Tovar, ¿qué más ocupas?", "es-MX", "Gumaro Tovar"),
        ("Reportándose Leonel Cisneros.", "es-MX", "Leonel Cisneros"),
        ("Aquí reportándome, Celia Montes. ¿Qué más necesita?", "es-MX", "Celia Montes"),
        ("Se reporta Abundio Farías, ¿en qué le ayudo?", "es-MX", "Abundio Farías"),
        ("Presente, Tomasa Quiroz, ¿qué se le ofrece?", "es-MX", "Tomasa Quiroz"),
        ("Aquí reportándose el operador Evaristo Lugo.", "es-MX", "Evaristo Lugo"),
        ("Nemesio Bañuelos reportándose, ¿qué más?", "es-MX", "Nemesio Bañuelos"),
        ("Checking in, Dale Parker, what else do you need?", "en-US", "Dale Parker"),
        ("Reporting in, this is Wade Kowalski.", "en-US", "Wade Kowalski"),
        ("Rhonda Fisk checking in, what else you need?", "en-US", "Rhonda Fisk"),
        ("Curtis Boone reporting, what do you need from me?", "en-US", "Curtis Boone"),
    ],
)
def test_the_name_said_reporting_in_is_taken(said: str, locale: str, expected: str) -> None:
    assert extract("name", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Reportándose, ¿qué ocupas?", "es-MX"),
        ("Aquí presente, ¿qué necesita?", "es-MX"),
        ("Reporting, what else you need?", "en-US"),
        ("Checking in, what do you need?", "en-US"),
    ],
)
def test_trap_reporting_in_without_a_name_gives_none(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        # how the caller reports in, written as a word, not as a name
        ("Me reporto enfermo.", "es-MX"),
        ("me reporto retrasado", "es-MX"),
        ("Se reporta varado, ¿qué más?", "es-MX"),
        ("Reportando avería.", "es-MX"),
        ("Checking in late.", "en-US"),
        ("I'm reporting sick", "en-US"),
    ],
)
def test_trap_a_state_said_reporting_in_is_no_name(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [("Me reporto, Gumaro.", "es-MX", "Gumaro"), ("Presente, Tomasa.", "es-MX", "Tomasa"),
     ("Checking in, Dale.", "en-US", "Dale")],
)
def test_a_single_name_said_reporting_in_is_still_taken(said: str, locale: str, expected: str) -> None:
    assert extract("name", said, locale) == expected
