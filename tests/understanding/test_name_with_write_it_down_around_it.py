"""A caller who tells the agent to write the name down may close the sentence after it: "You can put Lyle
Brannigan down", "Póngale Ramiro Salas ahí". The word that closes the order ("down", "on there", "ahí") is
no part of the name; said without such an order it never cuts a name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("You can put Wendell Ashby down.", "en-US", "Wendell Ashby"),
        ("Just write Dora Pellham down, thanks.", "en-US", "Dora Pellham"),
        ("Put Marcus Whitfield on there.", "en-US", "Marcus Whitfield"),
        ("Go ahead and put Gene Corliss down for me.", "en-US", "Gene Corliss"),
        ("Póngale Ramiro Salas ahí.", "es-MX", "Ramiro Salas"),
        ("Apúntele Hilario Vera ahí nomás.", "es-MX", "Hilario Vera"),
        ("Anote Leticia Barragán en la lista, por favor.", "es-MX", "Leticia Barragán"),
    ],
)
def test_the_name_inside_a_write_it_down_order(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # the order after the name, or no order at all: the name stays whole
        ("Soy Rogelio Ahumada, póngalo así.", "es-MX", "Rogelio Ahumada"),
        ("My name is Otis Ahern, write that down.", "en-US", "Otis Ahern"),
    ],
)
def test_without_the_order_the_name_keeps_its_last_word(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected
