"""A note on how a word is written said in a turn of its own, right after the word ("Arreola." - "Con doble
ere.", "Ordás." - "Es con zeta al final.", "Lopes" - "with a z at the end"): it is about that word - written
so already it adds nothing, else the word is written as the note says - and never more letters of the address.
After letters said one by one ("Letra a." - "Con eme."), or a symbol ("con guion bajo"), it is still dictation."""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Fidel", "Guion bajo.", "Arreola.", "Con doble ere.", "Siete siete.", "Arroba yahoo punto com."], "es-MX",
         "fidel_arreola77@yahoo.com"),
        (["Guerra.", "Con doble erre.", "arroba gmail punto com"], "es-MX", "guerra@gmail.com"),
        (["Ordás.", "Es con zeta al final.", "arroba gmail punto com"], "es-MX", "ordaz@gmail.com"),
        (["Martha.", "Lleva hache.", "arroba hotmail punto com"], "es-MX", "martha@hotmail.com"),
        (["Lopes", "with a z at the end", "at gmail dot com"], "en-US", "lopez@gmail.com"),
        (["Russell", "with a double l", "at gmail dot com"], "en-US", "russell@gmail.com"),
    ],
)
def test_a_note_on_the_word_just_said_is_about_it(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Letra a.", "Con eme.", "arroba gmail punto com"], "es-MX", "am@gmail.com"),
        (["Ana", "con guion bajo", "Ruiz", "arroba gmail punto com"], "es-MX", "ana_ruiz@gmail.com"),
        (["ana", "with a dash", "ruiz", "at gmail dot com"], "en-US", "ana-ruiz@gmail.com"),
    ],
)
def test_after_letters_or_with_a_symbol_it_is_still_dictation(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "locale", "kept"),
    [
        (["Arreola.", "Con el noventa.", "arroba gmail punto com"], "es-MX", "90"),
        (["Garza.", "Con noventa y dos al final.", "arroba gmail punto com"], "es-MX", "92"),
        (["Reyes.", "Con el dos mil.", "arroba hotmail punto com"], "es-MX", "2000"),
        (["Juan Garza.", "Con Gmail punto com."], "es-MX", "com"),
        (["Smith", "with seventy seven", "at gmail dot com"], "en-US", "77"),
    ],
)
def test_a_number_or_a_provider_after_con_is_more_of_the_address(turns: list[str], locale: str, kept: str) -> None:
    # "con" then a number or a provider says more of the address, never how the word before it is written
    _, so_far = dictated(turns, locale)
    assert kept in so_far.replace(" ", "")
