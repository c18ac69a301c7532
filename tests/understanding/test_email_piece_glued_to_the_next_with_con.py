"""A piece of an address said glued to the next one with the words that join them ("ese, a, ele, pegado con rentería",
"juan junto con pérez", "pegadito al noventa", "mike stuck to jones"): the two are written together, the joining
words ("con", "a", "to") no letters of the address. At the question and at the read-back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email

from .call_helpers import heard_at_question, heard_at_read_back

CASES = [
    ("Ese, o, ele... no, ese, a, ele, pegado con rentería, arroba gmail punto com.", "es-MX", "salrenteria@gmail.com"),
    ("juan junto con pérez arroba gmail punto com", "es-MX", "juanperez@gmail.com"),
    ("Es mario pegadito al noventa, arroba hotmail punto com.", "es-MX", "mario90@hotmail.com"),
    ("lupe pegada a rentería arroba yahoo punto com", "es-MX", "luperenteria@yahoo.com"),
    ("mike stuck to jones at gmail dot com", "en-US", "mikejones@gmail.com"),
    ("M, I, K, E, joined with jones, at gmail dot com.", "en-US", "mikejones@gmail.com"),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CASES)
def test_the_joining_words_are_no_part_of_the_address(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


def test_a_con_that_is_a_word_of_the_address_stays() -> None:
    assert extract_email("juan con perez arroba gmail punto com", "es-MX") == "juanconperez@gmail.com"


@pytest.mark.parametrize(("case", "wrong"), [
    (CASES[0], "sol arroba gmail punto com"),
    (CASES[4], "mike at gmail dot com"),
])
async def test_the_address_is_read_back_so_in_a_call(case: tuple[str, str, str], wrong: str) -> None:
    text, locale, expected = case
    assert await heard_at_question("email", locale, text) == expected
    assert await heard_at_read_back("email", locale, wrong, f"No, {text[0].lower()}{text[1:]}") == expected
