"""E-mail addresses in three more shapes. What goes between two words said after them ("ramiro baeza,
separado con un punto", "juan pérez con guion bajo en medio", "mike ross, separated by a dot"). The domain
dictated with the recogniser's sentence periods for its dots ("Arroba. Yahoo. Com. Mx."): the dot unheard
before every ending, not only the last. Agreeing before the address ("sure thing, ...", "con gusto, ...").
Traps: a plain address, "punto com" said, a name alone."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Apúntale: ramiro baeza, separado con un punto, arroba gmail punto com.", "es-MX", "ramiro.baeza@gmail.com"),
        ("rosa mendez, separados por guion bajo, arroba hotmail punto com", "es-MX", "rosa_mendez@hotmail.com"),
        ("juan perez con guion bajo en medio arroba hotmail punto com", "es-MX", "juan_perez@hotmail.com"),
        ("Mike Ross, separated by a dot, at gmail dot com.", "en-US", "mike.ross@gmail.com"),
        ("Correo. Fletes. Ibarra. Arroba. Prodigy. Net. Mx.", "es-MX", "fletesibarra@prodigy.net.mx"),
        ("lupita arroba gmail com mx", "es-MX", "lupita@gmail.com.mx"),
        ("Sure thing, bigrig dot bev at outlook dot com.", "en-US", "bigrig.bev@outlook.com"),
        ("Of course, jl dot ramos at gmail dot com.", "en-US", "jl.ramos@gmail.com"),
        ("Con gusto, arturo punto vega arroba hotmail punto com.", "es-MX", "arturo.vega@hotmail.com"),
    ],
)
def test_the_address_is_assembled(text: str, locale: str, expected: str) -> None:
    assert extract("email", text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("ramiro baeza arroba gmail punto com", "es-MX", "ramirobaeza@gmail.com"),
        ("lupita arroba gmail com", "es-MX", "lupita@gmail.com"),
        ("Mi correo. Es. Lalo. Arroba. Gmail. Punto. Com.", "es-MX", "lalo@gmail.com"),
        ("Sure, tom at yahoo dot com.", "en-US", "tom@yahoo.com"),
    ],
)
def test_plain_addresses_stay_as_they_are(text: str, locale: str, expected: str) -> None:
    assert extract("email", text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "first"),
    [
        ("j u a n, separado con un punto, p e r e z arroba gmail punto com", "es-MX", "juan"),
        ("j o h n, separated by a dot, s m i t h at gmail dot com", "en-US", "john"),
    ],
)
def test_letters_spelled_before_the_separator_stay_together(text: str, locale: str, first: str) -> None:
    # the separator said after spelled letters goes between the spellings, never inside the first one
    address = extract("email", text, locale)
    assert address is not None and address.startswith(first)
