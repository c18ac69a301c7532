"""Names spelled with an apostrophe, opened by initials, or with a part named between two words of it.

- "O, apostrophe, B, R, I, E, N" spells O'Brien: after the word it only says again how the word is written,
  alone it is the word (never "O Apostrophe").
- Capital initials before a longer word ("J. R. R. Tolkien", "J R Smith") are letters of the name, never run
  into a word ("Jrr") nor dropped; a letter that is a word of its own ("Y Juan", "A Smith") is no initial.
- "Rubén Tello, segundo apellido Garza": the words naming the part are no part of the name.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("locale", "text", "name"),
    [
        ("en-US", "O'Neil, O apostrophe N E I L", "O'Neil"),
        ("en-US", "Dana O apostrophe N E I L", "Dana O'Neil"),
        ("es-MX", "Carmen D apóstrofe A N G E L O", "Carmen D'Angelo"),
        ("en-US", "Mary O'Hara", "Mary O'Hara"),
    ],
)
def test_an_apostrophe_spelled_is_written(locale: str, text: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("locale", "text", "name"),
    [
        ("en-US", "H. G. Wells", "H G Wells"),
        ("en-US", "my name is C S Lewis", "C S Lewis"),
        ("en-US", "T. Boone", "T Boone"),
        ("es-MX", "Juan M. Pérez", "Juan M Pérez"),
    ],
)
def test_initials_before_the_name_are_kept_as_letters(locale: str, text: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(("locale", "text"), [("en-US", "A Smith"), ("en-US", "I Smith"), ("es-MX", "E Pérez")])
def test_a_letter_that_is_a_word_is_no_initial(locale: str, text: str) -> None:
    assert extract("name", text, locale) is None


@pytest.mark.parametrize(("text", "name"), [("C. Juan Pérez", "Juan Pérez"), ("C, Ramírez López", "Ramírez López"),
                                            ("C. C. Pérez", "Pérez")])
def test_the_spanish_si_written_as_c_is_no_initial(text: str, name: str) -> None:
    assert extract("name", text, "es-MX") == name


@pytest.mark.parametrize(
    ("locale", "text", "name"),
    [
        ("es-MX", "Ernesto Lara, segundo apellido Ibarra", "Ernesto Lara Ibarra"),
        ("es-MX", "Ernesto Lara; el otro apellido, Ibarra", "Ernesto Lara Ibarra"),
        ("es-MX", "Ernesto, segundo nombre Iván, Lara", "Ernesto Iván Lara"),
        ("es-MX", "Ernesto Lara, y mi segundo apellido es Ibarra", "Ernesto Lara Ibarra"),
        ("en-US", "Ernesto Lara, second last name Ibarra", "Ernesto Lara Ibarra"),
    ],
)
def test_a_part_named_between_words_of_the_name_leaves_its_naming_words_out(locale: str, text: str,
                                                                          name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("locale", "text", "name"),
    [
        ("en-US", "It's O, apostrophe, N, E, I, L", "O'Neil"),  # "It's": a word's own apostrophe, no letter
        ("en-US", "Let's see, Dana O apostrophe N E I L", "Dana O'Neil"),
        ("en-US", "I'm O apostrophe Neil", "O'Neil"),
        ("en-US", "Dana O apostrophe Neil", "Dana O'Neil"),  # the apostrophe before the rest said as a word
        ("es-MX", "Carmen D apóstrofe Angelo", "Carmen D'Angelo"),
    ],
)
def test_an_apostrophe_between_a_letter_and_the_rest_of_the_word_is_written(locale: str, text: str,
                                                                             name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("locale", "text", "name"),
    [
        ("es-MX", "Ernesto Lara Ibarra, segundo apellido Ibarra", "Ernesto Lara Ibarra"),
        ("es-MX", "Ernesto Lara Ibarra, y mi segundo apellido es Ibarra", "Ernesto Lara Ibarra"),
        ("es-MX", "José Iván Lara, primer nombre José", "José Iván Lara"),
        ("es-MX", "Ernesto Lara, segundo apellido Ibarra, primer apellido Lara", "Ernesto Lara Ibarra"),
        ("en-US", "Ernesto Lara Ibarra, second last name Ibarra", "Ernesto Lara Ibarra"),
    ],
)
def test_a_part_named_that_the_name_already_has_is_not_added_again(locale: str, text: str, name: str) -> None:
    assert extract("name", text, locale) == name
