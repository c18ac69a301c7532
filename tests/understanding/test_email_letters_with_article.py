"""E-mail dictation in Spanish: a letter named with its article ("la e minúscula y la g minúscula", "la
jota") is that letter; neither the article nor the "y" joining two such letters enters the address."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.emails import email_tokens


@pytest.mark.parametrize(("said", "tokens"), [
    ("La e minúscula y la g minúscula.", ["e", "g"]),
    ("la jota", ["j"]),
    ("la ge y la ache", ["g", "h"]),
])
def test_a_letter_with_its_article_is_the_letter(said: str, tokens: list[str]) -> None:
    assert email_tokens(said, "es") == tokens


def test_names_that_start_like_the_article_are_kept() -> None:
    assert email_tokens("laura arroba gmail punto com", "es") == ["laura", "@", "gmail", ".", "com"]


def test_dictated_pieces_with_articles_build_the_address() -> None:
    acc = new_accumulator("email", "es-MX")
    for turn in ["letra t minúscula", "la e minúscula y la g minúscula", "arroba gmail punto com"]:
        acc.feed(turn)
    assert acc.finish() == "teg@gmail.com"
