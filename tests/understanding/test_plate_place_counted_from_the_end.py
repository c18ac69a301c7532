"""A place in the plate counted from its end in more than one word ("the second to last", "the one before last",
"el antepenúltimo") changes that character at the read-back, never the last one; "an" before a letter's name is
the article ("the second one is an A")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char

from .call_helpers import heard_at_read_back

# read back as KEB-1152: the second to last is the 5, the third to last the 1 before it
_KEB = {"en-US": "K E B one one five two", "es-MX": "ka e be uno uno cinco dos"}


@pytest.mark.parametrize(("locale", "turn", "meant"), [
    ("en-US", "no, the second to last is a 2", "KEB-1122"),
    ("en-US", "no, the next to last one is a two", "KEB-1122"),
    ("en-US", "the second to last number should be a 2", "KEB-1122"),
    ("en-US", "no, the one before last is a 2", "KEB-1122"),
    ("en-US", "no, the penultimate is a seven", "KEB-1172"),
    ("en-US", "no, the third to last is a 4", "KEB-1452"),
    ("en-US", "no, the second one is a 3", "KEB-1352"),
    ("es-MX", "no, el penúltimo es un dos", "KEB-1122"),
    ("es-MX", "no, el penúltimo número es siete", "KEB-1172"),
    ("es-MX", "no, el antepenúltimo es un cuatro", "KEB-1452"),
    ("es-MX", "no, el segundo número es tres", "KEB-1352"),
])
async def test_a_place_counted_from_the_end_changes_that_character(locale: str, turn: str, meant: str) -> None:
    assert await heard_at_read_back("tractor_plate", locale, _KEB[locale], turn) == meant


@pytest.mark.parametrize(("locale", "turn", "meant"), [
    ("en-US", "the second one is an A", "KAB-1152"),
    ("en-US", "no, the first letter is an M", "MEB-1152"),
    ("en-US", "no, the last letter is an S", "KES-1152"),
    ("en-US", "no, the second to last is an eight", "KEB-1182"),
    ("es-MX", "no, la segunda es una a", "KAB-1152"),
    ("es-MX", "no, la última letra es ese", "KES-1152"),
])
async def test_a_letter_said_with_its_article_at_a_place(locale: str, turn: str, meant: str) -> None:
    assert await heard_at_read_back("tractor_plate", locale, _KEB[locale], turn) == meant


@pytest.mark.parametrize(("said", "char"), [("an a", "A"), ("an eight", "8"), ("an s", "S"), ("an l as in lima", "L")])
def test_an_before_a_letter_is_the_article(said: str, char: str) -> None:
    assert extract_char(said, "en-US") == char
