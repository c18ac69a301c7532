"""Turns worded as an answer to another question: a time of arrival, or statements naming what they are
about ("el tractor es el 42 y las placas son ...")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import says_the_same, statements, time_phrase


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ah, y llego como a las seis de la tarde.", "es-MX"),
        ("Llego a las 15:40.", "es-MX"),
        ("Pues en unas tres horas.", "es-MX"),
        ("Como a las cuatro y media.", "es-MX"),
        ("Tres y media.", "es-MX"),
        ("Cuarto para las cinco.", "es-MX"),
        ("Mejor apúntale las seis.", "es-MX"),
        ("Las cinco.", "es-MX"),  # the hour with its article, first in the turn
        ("¿Las seis y media?", "es-MX"),
        ("Como las 7.", "es-MX"),
        ("Pon como a las once.", "es-MX"),
        ("Llegando a Monterrey, al mediodía.", "es-MX"),
        ("I'll be there at 5 pm.", "en-US"),
        ("In about two hours.", "en-US"),
        ("Half past four.", "en-US"),
    ],
)
def test_a_time_is_worded_as_a_time(text: str, locale: str) -> None:
    assert time_phrase(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Trescientos doce.", "es-MX"),
        ("Letra a, letra ese, cinco cinco.", "es-MX"),
        ("A de árbol, la caja es la 905.", "es-MX"),
        ("Es la tres cuatro cinco.", "es-MX"),
        ("Ponle las dos letras que te faltan.", "es-MX"),
        ("Apunta las tres primeras.", "es-MX"),
        ("Las dos primeras son be, ve.", "es-MX"),
        ("Las tres letras son a, be, ce.", "es-MX"),
        ("Son las placas cinco cinco.", "es-MX"),
        ("Ocho horas... no, ocho ocho.", "en-US"),
        ("Seven seven five.", "en-US"),
        ("A as in apple, five.", "en-US"),
    ],
)
def test_digits_and_letters_are_not_a_time(text: str, locale: str) -> None:
    assert not time_phrase(text, locale)


def test_two_statements_in_one_turn_are_cut_apart_with_what_they_name() -> None:
    parts = statements("El tractor es el noventa y uno y las placas son ene de Nápoles, 712.", "es-MX")
    assert parts == [
        (frozenset({"tractor"}), "El tractor es el noventa y uno"),
        (frozenset({"placas"}), "las placas son ene de Nápoles, 712."),
    ]


@pytest.mark.parametrize(
    ("text", "locale", "names"),
    [
        ("Las placas de la caja son be de burro, 203.", "es-MX", [{"placas", "caja"}]),
        ("Mi correo es ana arroba gmail punto com.", "es-MX", [{"correo"}]),
        ("Sí. El tráiler es el trescientos.", "es-MX", [set(), {"trailer"}]),
        ("The truck is 42 and the plates are ABC 123", "en-US", [{"truck"}, {"plates"}]),
        ("My trailer is 905", "en-US", [{"trailer"}]),
    ],
)
def test_what_a_statement_is_about(text: str, locale: str, names: list[set[str]]) -> None:
    assert [set(words) for words, _ in statements(text, locale)] == names


@pytest.mark.parametrize(
    ("text", "locale"),
    [("ABC 123", "es-MX"), ("es la 4 5 6", "es-MX"), ("noventa y uno", "es-MX"), ("it's 42", "en-US")],
)
def test_a_bare_answer_is_one_part_naming_nothing(text: str, locale: str) -> None:
    assert statements(text, locale) == [(frozenset(), text)]


@pytest.mark.parametrize(("text", "locale", "same"), [
    ("Sí, es igual.", "es-MX", True),
    ("Es el mismo.", "es-MX", True),
    ("Esas mismas.", "es-MX", True),
    ("Sí, ese mismo.", "es-MX", True),
    ("Esas mismas, sí.", "es-MX", True),
    ("Sí, es el mismo número.", "es-MX", True),
    ("Sí, lo mismo.", "es-MX", True),
    ("Yes it's the same.", "en-US", True),
    ("Same.", "en-US", True),
    ("Yeah, same one.", "en-US", True),
    ("Yep, identical.", "en-US", True),
    ("It's the same number.", "en-US", True),
    # a bare yes (as often the late yes to the value before), a no, a value, or more than the same
    ("Sí.", "es-MX", False),
    ("Sí, esas.", "es-MX", False),
    ("Correct.", "en-US", False),
    ("Right.", "en-US", False),
    ("No.", "es-MX", False),
    ("No, es otro.", "es-MX", False),
    ("Es la mil doscientos.", "es-MX", False),
    ("Sí, pero la caja es la dieciocho.", "es-MX", False),
    ("No, it's different.", "en-US", False),
    ("One two three four.", "en-US", False),
])
def test_a_turn_only_saying_the_value_named_is_the_same(text: str, locale: str, same: bool) -> None:
    assert says_the_same(text, locale) is same
