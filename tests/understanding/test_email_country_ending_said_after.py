"""A country ending said after ".com" with words leading on to it.

"arroba yahoo, punto com, y al final punto mx", "dot com, and then dot mx": the domain goes on to the
country ending ("yahoo.com.mx"). Traps: words after ".com" that lead to no country ending ("y ya", "y luego
te mando la foto", another address) end the domain there.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("montoya fletes, todo junto, y luego arroba yahoo, punto com, y al final punto mx", "es-MX",
         "montoyafletes@yahoo.com.mx"),
        ("ruth arroba prodigy punto net, y luego punto mx", "es-MX", "ruth@prodigy.net.mx"),
        ("beto arroba hotmail punto com y hasta el último punto mx", "es-MX", "beto@hotmail.com.mx"),
        ("sam at yahoo dot com, and at the end dot mx", "en-US", "sam@yahoo.com.mx"),
        ("sam at yahoo dot com and then dot mx", "en-US", "sam@yahoo.com.mx"),
    ],
)
def test_the_country_ending_goes_on_the_domain(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("juan arroba yahoo punto com, y ya", "es-MX", "juan@yahoo.com"),
        ("juan arroba yahoo punto com y luego te mando la foto", "es-MX", "juan@yahoo.com"),
        ("juan arroba gmail punto com, y el otro es pedro punto mx", "es-MX", "juan@gmail.com"),
        ("sam at yahoo dot com and that's it", "en-US", "sam@yahoo.com"),
        # "y punto": that is all, and the "es" after it is a word of the sentence, no ".es"
        ("juan arroba gmail punto com y punto, es todo", "es-MX", "juan@gmail.com"),
        ("juan arroba gmail punto com, y ya. Punto. Es todo", "es-MX", "juan@gmail.com"),
        ("juan arroba hotmail punto com. Ya. Punto, es correcto", "es-MX", "juan@hotmail.com"),
    ],
)
def test_trap_other_words_after_the_ending_end_the_domain(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


def test_said_in_its_own_turn_it_goes_on_too() -> None:
    value, _ = dictated(["montoya arroba yahoo punto com", "y al final punto mx"])
    assert value in ("montoya@yahoo.com.mx",)
