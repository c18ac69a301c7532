"""A word of an e-mail cut off by a pause and said again whole ("Sara te... zárate", "Rodri... rodríguez",
"John... Johnson at gmail dot com"): the word is said once; the fragment (which the recogniser may split or
spell as it sounds) is no part of the address.

Traps: a letter and the word it is spelled with ("Ge... gómez") and the same word said twice stay as they
were read before.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import email_tokens

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Rubén.", "Punto.", "Sara te... zárate.", "Noventa.", "arroba gmail punto com"], "es-MX",
         "ruben.zarate90@gmail.com"),
        (["Rodri... rodríguez, arroba hotmail punto com"], "es-MX", "rodriguez@hotmail.com"),
        (["Ele.", "Bení... Benítez.", "arroba yahoo punto com"], "es-MX", "lbenitez@yahoo.com"),
        (["john... johnson at gmail dot com"], "en-US", "johnson@gmail.com"),
    ],
)
def test_a_word_cut_off_then_said_whole_is_said_once(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


def test_trap_a_letter_before_its_word_and_a_word_said_twice_stay() -> None:
    assert email_tokens("Ge... gómez", "es") == ["ge", "gomez"]
    assert email_tokens("Ana... ana punto", "es") == ["ana", "ana", "."]
