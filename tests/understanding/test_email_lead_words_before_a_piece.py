"""Words said before a piece of an e-mail that are no part of it.

"Write down hank dot miller", "take this down: ..." ask to note the address; "la palabra transportes",
"the word trucking" name a piece as a word; an "y" / "and" after a pause leads on to the next word
("te, guion bajo, y quezada", "efe de Francia, y pegado valdez"); "todo en una palabra" joins. Traps: a
letter "y" said as one ("ele, y griega"), an "y" between two names said in one breath ("ramos y garza"),
and a word the address starts with.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Write down hank dot miller, then at yahoo dot com.", "en-US", "hank.miller@yahoo.com"),
        ("Take this down: rosa dot lee at gmail dot com", "en-US", "rosa.lee@gmail.com"),
        ("Jot it down, bo underscore king at aol dot com", "en-US", "bo_king@aol.com"),
        ("Ahí le va: la palabra transportes, ene, ele, todo pegado. Arroba gmail. Com.", "es-MX",
         "transportesnl@gmail.com"),
        ("Es la palabra fletes, luego sesenta, arroba hotmail punto com", "es-MX", "fletes60@hotmail.com"),
        ("the word trucking, then the number nine at outlook dot com", "en-US", "trucking9@outlook.com"),
        ("juan, todo en una palabra, perez arroba gmail punto com", "es-MX", "juanperez@gmail.com"),
    ],
)
def test_words_asking_to_note_or_naming_a_word_are_left_out(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("te, guion bajo, y quezada. Aroba g mail. Punto con.", "es-MX", "t_quezada@gmail.com"),
        ("Efe de Francia, y pegado valdez, arroba gmail punto com.", "es-MX", "fvaldez@gmail.com"),
        ("jota, y junto ramirez, arroba gmail punto com", "es-MX", "jramirez@gmail.com"),
        ("Uh, b, and kowalski, seventy-one at outlook dot com.", "en-US", "bkowalski71@outlook.com"),
    ],
)
def test_an_and_after_a_pause_leads_on_to_the_next_word(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("ele, y griega, a, arroba gmail punto com", "es-MX", "lya@gmail.com"),
        ("ramos y garza arroba gmail punto com", "es-MX", "ramosygarza@gmail.com"),
        ("writer dot joe at gmail dot com", "en-US", "writer.joe@gmail.com"),
        ("palabras punto mex arroba gmail punto com", "es-MX", "palabras.mex@gmail.com"),
        # "word" with no article before it is a word of the address ("wordsmith")
        ("word smith at gmail dot com", "en-US", "wordsmith@gmail.com"),
        ("palabra clave arroba gmail punto com", "es-MX", "palabraclave@gmail.com"),
    ],
)
def test_trap_letters_and_words_of_the_address_stay(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


def test_over_several_turns_the_word_named_is_the_piece() -> None:
    value, _ = dictated(["La palabra fletes.", "Y pegado garza.", "Arroba gmail punto com."])
    assert value == "fletesgarza@gmail.com"
