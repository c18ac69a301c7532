"""A one-letter word first in an address and joined by a symbol to what follows is the address's first letter
("y.cardenas", "y punto cárdenas", "a_smith", "i dot smith"): an address never starts with a symbol, so the
"y" / "i" is no "and" / "I" before it. Written as one by the recogniser it is a letter even amid a dictation;
said apart amid one ("juan" ... "y punto pérez") it is the caller's "and" before the rest.

A country ending spelled letter by letter after a dot keeps an "m" the recogniser wrote as the hesitation
"em" ("punto com punto em equis": .com.mx); elsewhere "em" is still a hesitation."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["y.cardenas", "Punto. O.", "Arroba. Hotmail.", "Punto com."], "es-MX", "y.cardenas.o@hotmail.com"),
        (["y punto cardenas", "arroba hotmail punto com"], "es-MX", "y.cardenas@hotmail.com"),
        (["Mi correo es y.ramos arroba gmail punto com."], "es-MX", "y.ramos@gmail.com"),
        (["e_garza", "arroba outlook punto com"], "es-MX", "e_garza@outlook.com"),
        (["i dot smith", "at gmail dot com"], "en-US", "i.smith@gmail.com"),
        (["a_smith", "at yahoo dot com"], "en-US", "a_smith@yahoo.com"),
        (["It's i.moore at gmail dot com."], "en-US", "i.moore@gmail.com"),
    ],
)
def test_a_first_letter_joined_by_a_symbol_is_kept(turns: list[str], locale: str, expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("y.cardenas@hotmail.com", "es-MX", "y.cardenas@hotmail.com"),
        ("i.smith@gmail.com", "en-US", "i.smith@gmail.com"),
    ],
)
def test_a_written_address_keeps_its_first_letter(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["juan", "y punto perez", "arroba gmail punto com"], "es-MX", "juan.perez@gmail.com"),
        (["juan", "y punto perez arroba gmail punto com"], "es-MX", "juan.perez@gmail.com"),
        (["Y mi correo es ana arroba gmail punto com."], "es-MX", "ana@gmail.com"),
        (["sam", "and dot lee at gmail dot com"], "en-US", "sam.lee@gmail.com"),
    ],
)
def test_trap_an_and_said_apart_amid_an_address_is_no_letter(turns: list[str], locale: str, expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["abundio ch 61", "arroba yahoo punto com punto em equis."], "abundioch61@yahoo.com.mx"),
        (["luis arroba prodigy punto net punto em equis"], "luis@prodigy.net.mx"),
        (["rosa arroba yahoo punto com punto eme equis"], "rosa@yahoo.com.mx"),
    ],
)
def test_em_before_a_letter_after_a_dot_is_the_letter_m(turns: list[str], expected: str) -> None:
    assert dictated(turns)[0] == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["juan arroba em gmail punto com"], "juan@gmail.com"),
        (["em, juan", "arroba gmail punto com"], "juan@gmail.com"),
    ],
)
def test_trap_em_elsewhere_is_still_a_hesitation(turns: list[str], expected: str) -> None:
    assert dictated(turns)[0] == expected
