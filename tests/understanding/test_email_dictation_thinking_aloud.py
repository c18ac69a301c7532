"""A caller thinking aloud amid an address ("Ezequiel punto robles, ¿cómo se dice?, arroba gmail punto com",
"kim dot lee, what do you call it, at gmail dot com"): the words looking for the next piece are no piece of
the address, and what was said before them stays. An address that holds such a word as written is kept."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Ezequiel punto robles, ¿cómo se dice?, arroba gmail punto com"], "es-MX", "ezequiel.robles@gmail.com"),
        (["Ezequiel punto robles", "Este, ¿cómo se llama?, arroba live punto com"], "es-MX",
         "ezequiel.robles@live.com"),
        (["kim dot lee, what do you call it, at gmail dot com"], "en-US", "kim.lee@gmail.com"),
    ],
)
def test_the_thinking_words_are_no_piece(turns: list[str], locale: str, expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize("written", ["comoseacuando@gmail.com", "juan.que@gmail.com"])
def test_trap_an_address_written_out_is_kept(written: str) -> None:
    assert extract("email", written, "es-MX") == written
