"""Listening noises ("uh-huh", "mm-hmm", "mjm") said while a plate or an e-mail is dictated are not
letters: "uh huh" was "H U H", "mm-hmm" was "M M H M M"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator

NOISES = [
    ("en-US", "uh huh"),
    ("en-US", "uh-huh"),
    ("en-US", "mm-hmm"),
    ("en-US", "mhm"),
    ("en-US", "Mm hmm."),
    ("es-MX", "mjm"),
    ("es-MX", "ajá"),
    ("es-MX", "uh-huh"),
]


@pytest.mark.parametrize(("locale", "noise"), NOISES)
@pytest.mark.parametrize("slot_type", ["plate", "email"])
def test_a_listening_noise_adds_nothing_to_a_dictated_value(slot_type: str, locale: str, noise: str) -> None:
    acc = new_accumulator(slot_type, locale)
    acc.feed(noise)
    assert acc.so_far() == ""


@pytest.mark.parametrize(("locale", "noise"), NOISES)
def test_a_listening_noise_between_pieces_of_a_plate_is_skipped(locale: str, noise: str) -> None:
    one, two = ("a b c", "one two three") if locale == "en-US" else ("a b c", "uno dos tres")
    acc = new_accumulator("plate", locale)
    for turn in (one, noise, f"{noise}, {two}"):
        acc.feed(turn)
    assert acc.value == "ABC-123"


@pytest.mark.parametrize(("locale", "noise"), NOISES)
def test_a_listening_noise_does_not_end_up_in_an_address(locale: str, noise: str) -> None:
    at = "at gmail dot com" if locale == "en-US" else "arroba gmail punto com"
    acc = new_accumulator("email", locale)
    for turn in ("j o h n", noise, at):
        acc.feed(turn)
    assert acc.value == "john@gmail.com"
