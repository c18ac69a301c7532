"""E-mail dictation where the recogniser kept only the word "letra" (or its first syllable "le") and lost
the letter after it: nothing is added to the address, rather than the word itself."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.emails import email_tokens


@pytest.mark.parametrize("said", ["Le", "le, le", "¿Y letra?", "Mi letra", "letra", "Letra en minúscula."])
def test_a_letter_announced_but_not_heard_adds_nothing(said: str) -> None:
    assert email_tokens(said, "es") == []


@pytest.mark.parametrize(("said", "tokens"), [
    ("letra V?", ["v"]),
    ("Letra ene minúscula", ["n"]),
    ("leticia", ["leticia"]),
    ("juan, letra", ["juan"]),
    ("le@gmail.com", ["le", "@", "gmail", ".", "com"]),
])
def test_a_heard_letter_or_a_word_is_kept(said: str, tokens: list[str]) -> None:
    assert email_tokens(said, "es") == tokens


def test_a_dictation_with_lost_letters_keeps_only_what_was_heard() -> None:
    acc = new_accumulator("email", "es-MX")
    for said in ("Letra T.", "Número ocho.", "Le", "letra V?", "Número dos.", "Y letra?", "Letra ese minúscula.",
                 "Letra g minúscula.", "@gmail.com"):
        acc.feed(said)
    assert acc.value == "t8v2sg@gmail.com"
