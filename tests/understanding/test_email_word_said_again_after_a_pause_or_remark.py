"""A word of the address said, a pause (and a remark on how it is written: "sin acento", "no accent"), then the
same word again as the caller starts the part over ("Es jesús... sin acento, jesus arreola", "it's mike... mike
jones") is written once, alone and dictated in a call. "No accent" is a remark like "sin acento", and a bare
"together" says the words go together. The same word said twice with no pause ("ana ana lopez") is left as said."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es jesús... sin acento, jesus arreola, junto, aroba gmail punto con", "es-MX", "jesusarreola@gmail.com"),
        ("Es josé... sin acento, jose luna, junto, arroba gmail punto com", "es-MX", "joseluna@gmail.com"),
        ("Es maría... sin acento, maria lopez, todo junto, arroba hotmail punto com", "es-MX",
         "marialopez@hotmail.com"),
        ("Es jesus... jesus arreola, arroba gmail punto com", "es-MX", "jesusarreola@gmail.com"),
        ("It's renée... no accent, renee smith, all one word, at gmail dot com", "en-US", "reneesmith@gmail.com"),
        ("It's mike... mike jones, together, at gmail dot com", "en-US", "mikejones@gmail.com"),
    ],
)
def test_a_word_said_again_after_a_pause_is_written_once(text: str, locale: str, expected: str) -> None:
    assert extract("email", text, locale) == expected
    assert dictated([text], locale)[0] == expected


def test_the_same_word_twice_without_a_pause_is_left_as_said() -> None:
    assert extract("email", "Es ana ana lopez arroba gmail punto com", "es-MX") == "anaanalopez@gmail.com"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's get together at yahoo dot com", "gettogether@yahoo.com"),
        ("together trucking at gmail dot com", "togethertrucking@gmail.com"),
        ("mike.together@gmail.com", "mike.together@gmail.com"),
        ("mike dot together at gmail dot com", "mike.together@gmail.com"),
        ("sam together logistics at outlook dot com", "samtogetherlogistics@outlook.com"),
    ],
)
def test_together_amid_the_words_of_an_address_is_one_of_them(text: str, expected: str) -> None:
    # only set apart by a comma or closing the turn is "together" the remark that the words go together
    assert extract("email", text, "en-US") == expected
    assert dictated([text], "en-US")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mike jones, together, at gmail dot com", "mikejones@gmail.com"),
        ("mikejones at gmail dot com, together", "mikejones@gmail.com"),
    ],
)
def test_together_set_apart_is_the_remark(text: str, expected: str) -> None:
    assert extract("email", text, "en-US") == expected
