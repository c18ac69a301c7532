"""A number the caller gives to another thing in the same turn ("el doce es el otro", "twelve is the other
one", "ese es de la otra caja") is not part of the number asked: the one beside it is. Read on its own,
or with no other number, such a number is still what the caller said."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "number"),
    [
        ("No, perdón, es el treinta y uno, el trece es el otro.", "es-MX", "31"),
        ("El trece es el otro, esta es la treinta y uno.", "es-MX", "31"),
        ("Es la ochenta; la cincuenta es la otra.", "es-MX", "80"),
        ("Cuatrocientos cinco. El doscientos es de la otra unidad.", "es-MX", "405"),
        ("No, the trailer's seventy. Fifteen is the other one.", "en-US", "70"),
        ("No, thirty one, thirteen is the other truck.", "en-US", "31"),
    ],
)
def test_the_number_given_to_another_thing_is_left_out(text: str, locale: str, number: str) -> None:
    assert extract("integer", text, locale) == number


@pytest.mark.parametrize(
    ("text", "locale", "number"),
    [
        ("El trece es el otro.", "es-MX", "13"),  # no other number: still the one said
        ("Cuarenta y cinco, doce.", "es-MX", "4512"),  # a number said in two groups stays whole
        ("Es el doce, otro no tengo.", "es-MX", "12"),
        ("Twelve, other than that nothing.", "en-US", "12"),
    ],
)
def test_trap_other_words_near_a_number_keep_it(text: str, locale: str, number: str) -> None:
    assert extract("integer", text, locale) == number
