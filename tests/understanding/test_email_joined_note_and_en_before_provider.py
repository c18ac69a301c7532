"""Two ways callers say an address that are no part of it.

A note that the address is written joined ("pegadito", "juntito", "todo pegadito", "una sola palabra"),
said before, inside or after it, is how to write it, never letters of it. And with no "arroba" said at
all, the Spanish "en" right before a mail provider ("transrocha en jotmail punto com") is where the "@"
goes - only before a provider: "en" before any other word is talk, and an "arroba" said elsewhere keeps
the "en" a word."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Pegadito: jota mora, arroba gmail punto com.", "es-MX", "jmora@gmail.com"),
        ("Juntito, pepe lara arroba yahoo punto com.", "es-MX", "pepelara@yahoo.com"),
        ("Es fletes norte, todo pegadito, arroba hotmail punto com.", "es-MX", "fletesnorte@hotmail.com"),
        ("ramiro sosa, en una sola palabra, arroba outlook punto com", "es-MX", "ramirososa@outlook.com"),
        ("All one word: bigrig dan at gmail dot com.", "en-US", "bigrigdan@gmail.com"),
    ],
)
def test_a_note_that_the_address_is_joined_is_no_part_of_it(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pues es autosur, una sola palabra, en jotmail punto con.", "autosur@hotmail.com"),
        ("Mi correo es rocha en gmail punto com.", "rocha@gmail.com"),
        ("lupita ochenta y dos en yahoo punto com punto mx", "lupita82@yahoo.com.mx"),
        ("Es fletes ramos, todo junto, en outlook punto com.", "fletesramos@outlook.com"),
    ],
)
def test_en_before_a_provider_is_the_at_when_none_was_said(text: str, expected: str) -> None:
    assert extract_email(text, "es-MX") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lo tengo en el celular.",
        "juan en la oficina punto com",
        "Estoy en Monterrey punto.",
    ],
)
def test_en_before_another_word_is_no_at(text: str) -> None:
    assert extract_email(text, "es-MX") is None


def test_an_arroba_said_keeps_en_a_word() -> None:
    # "en" here is part of the talk; the "@" is the one the caller said
    assert extract_email("mario arroba gmail punto com, lo reviso en gmail", "es-MX") == "mario@gmail.com"
