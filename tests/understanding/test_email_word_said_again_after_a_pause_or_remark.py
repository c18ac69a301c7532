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
