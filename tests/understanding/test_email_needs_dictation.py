"""At the e-mail question, talk is not an address: a turn of everyday words ("Siesta ahora", "de hecho
está mal como lo dijiste") starts no local part, while anything with dictation in it (a spelled letter,
a letter name, a digit, "arroba", "punto", a provider, a word that is not everyday) still does."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.emails import email_tokens

TALK = ["Siesta ahora", "De hecho está mal como lo dijiste.", "Está mal, sigue estando mal.",
        "Otra vez a pedir los datos, ¿no?", "ya le dije", "bueno"]
DICTATION = [("ese", ["ese"]), ("de tigre", ["t"]), ("luna", ["luna"]), ("número cuatro", ["cuatro"]),
             ("punto com", [".", "com"]), ("gmail", ["gmail"])]


@pytest.mark.parametrize("said", TALK)
def test_everyday_talk_gives_nothing_to_the_address(said: str) -> None:
    assert email_tokens(said, "es") == []


@pytest.mark.parametrize(("said", "tokens"), DICTATION)
def test_dictation_evidence_is_kept(said: str, tokens: list[str]) -> None:
    assert email_tokens(said, "es") == tokens


def test_talk_between_pieces_does_not_enter_the_address() -> None:
    acc = new_accumulator("email", "es-MX")
    for turn in ["Siesta ahora", "jorge", "ya le dije", "arroba gmail punto com"]:
        acc.feed(turn)
    assert acc.finish() == "jorge@gmail.com"
