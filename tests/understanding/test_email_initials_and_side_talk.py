"""E-mail addresses as callers say them: a letter's name beside a name is an initial ("ene ramos" is
nramos, not eneramos; "ge punto ochoa" g.ochoa; "leonel ere 41" leonelr41); side talk in the middle of
the dictation ("espérame, mijo", "hang on, honey") is said to someone else and is not part of the
address; a symbol taken back for another one ("arroba, no, punto") is replaced."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es eme villaseñor arroba gmail punto com.", "es-MX", "mvillasenor@gmail.com"),
        ("Mi correo es ene ramos cuarenta arroba hotmail punto com.", "es-MX", "nramos40@hotmail.com"),
        ("Es te zamudio arroba yahoo punto com, la te de Toluca.", "es-MX", "tzamudio@yahoo.com"),
        ("Sure, it's tee whitaker at gmail dot com.", "en-US", "twhitaker@gmail.com"),
        ("My email is em castellano at outlook dot com.", "en-US", "mcastellano@outlook.com"),
        ("Jota punto medina arroba gmail punto com.", "es-MX", "j.medina@gmail.com"),
        ("Leonel ere, cuarenta y uno, arroba hotmail punto com.", "es-MX", "leonelr41@hotmail.com"),
        ("Dominic tee at yahoo dot com.", "en-US", "dominict@yahoo.com"),
    ],
)
def test_a_letter_name_beside_a_name_is_an_initial(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es del toro arroba gmail punto com.", "es-MX", "deltoro@gmail.com"),  # "del" opens a surname
        ("It's jay pritchard at gmail dot com.", "en-US", "jaypritchard@gmail.com"),  # Jay is a given name
        ("Es ce de casa, anaya, arroba gmail punto com.", "es-MX", "canaya@gmail.com"),  # spelled with a word
    ],
)
def test_words_that_only_look_like_letter_names_stay_words(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Leobardo noventa, arroba... no, espérate, mija... arroba gmail punto com.", "es-MX",
         "leobardo90@gmail.com"),
        ("Rosalba punto... ¡ahorita voy, compadre!... punto flores arroba hotmail punto com.", "es-MX",
         "rosalba.flores@hotmail.com"),
        ("Efrén, espérame tantito, efrén garza arroba yahoo punto com.", "es-MX", "efrengarza@yahoo.com"),
        ("Dana, hang on honey, dana kirk at gmail dot com.", "en-US", "danakirk@gmail.com"),
        ("Wes at, no, hold on, be right there, at yahoo dot com.", "en-US", "wes@yahoo.com"),
    ],
)
def test_side_talk_inside_the_address_is_left_out(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Marta arroba, no, punto ríos arroba gmail punto com.", "es-MX", "marta.rios@gmail.com"),
        ("Lee dot, no, underscore park at gmail dot com.", "en-US", "lee_park@gmail.com"),
    ],
)
def test_a_symbol_taken_back_is_replaced(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Noemí punto es trada arroba gmail punto com.", "es-MX", "noemi.estrada@gmail.com"),
        ("Rubén guion es cobar arroba hotmail punto com.", "es-MX", "ruben-escobar@hotmail.com"),
    ],
)
def test_a_word_piece_after_a_symbol_is_dictated_not_a_lead_in(text: str, locale: str, expected: str) -> None:
    # "es" right after "punto"/"guion" is the start of a word the recogniser cut ("es trada"), never the
    # "es" of "mi correo es ..."
    assert extract_email(text, locale) == expected
