"""A line check asked in the middle of a value ("Ciento treinta y dos, ¿bueno? ciento treinta y dos", "About twelve
hundred, hello? twelve hundred even", "Mi correo, ¿bueno?, ¿me oyes?, fletes guion lara ..."): the caller stopped
to check the line. The value said again after it is said once, and the words of the check are no part of it - in a
call too, at the question and at a read-back. A bare "bueno" (no question) stays a filler, and a dictation that
goes on after the check goes on."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.amounts import extract_amount
from daisy_engine.understanding.emails import extract_email
from daisy_engine.understanding.integers import extract_integer

from .call_helpers import heard_at_question, heard_at_read_back


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ciento treinta y dos, ¿bueno? ciento treinta y dos.", "es-MX", "132"),
        ("Ochocientos doce, ¿bueno?, ochocientos doce", "es-MX", "812"),
        ("cuarenta y cinco, ¿bueno? ¿me escuchas? cuarenta y cinco", "es-MX", "45"),
        ("Four seventeen, hello? four seventeen.", "en-US", "417"),
        ("one thirty-two, can you hear me? one thirty-two", "en-US", "132"),
        # the dictation goes on after the check: more of the number
        ("cuatro cuatro, ¿bueno?, dos uno", "es-MX", "4421"),
    ],
)
def test_a_number_said_again_around_a_line_check_is_said_once(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("About twelve hundred, hello? twelve hundred even.", "en-US", "1200"),
        ("Nine hundred, can you hear me? nine hundred", "en-US", "900"),
        ("Fifteen hundred bucks, hello? Fifteen hundred.", "en-US", "1500"),
        ("Como mil doscientos, ¿bueno? mil doscientos.", "es-MX", "1200"),
        ("Ochocientos, ¿me oyes?, ochocientos pesos", "es-MX", "800"),
        # a round figure said again with more is the figure narrowed down
        ("Como ochocientos, ¿bueno?, ochocientos veinte", "es-MX", "820"),
    ],
)
def test_an_amount_said_again_around_a_line_check_is_one_amount(text: str, locale: str, expected: str) -> None:
    assert extract_amount(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Mi correo, ¿bueno?, ¿me oyes?, fletes guion lara arroba gmail punto com.", "es-MX", "fletes-lara@gmail.com"),
        ("Es, ¿bueno?, juan punto perez arroba yahoo punto com", "es-MX", "juan.perez@yahoo.com"),
        ("My email, hello? can you hear me? tex dot w at gmail dot com", "en-US", "tex.w@gmail.com"),
        ("bueno, es pedro arroba gmail punto com", "es-MX", "pedro@gmail.com"),  # a bare "bueno": a filler
    ],
)
def test_a_line_check_is_no_part_of_an_address(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


async def test_the_number_said_again_around_a_check_is_read_back_once_in_a_call() -> None:
    turn = "Ciento treinta y dos, ¿bueno? ciento treinta y dos."
    assert await heard_at_question("tractor_number", "es-MX", turn) == "132"
    assert await heard_at_read_back("tractor_number", "es-MX", "ciento treinta", f"No, {turn}") == "132"


async def test_the_address_with_a_line_check_is_read_back_without_it_in_a_call() -> None:
    turn = "Mi correo, ¿bueno?, ¿me oyes?, fletes guion lara arroba gmail punto com."
    assert await heard_at_question("email", "es-MX", turn) == "fletes-lara@gmail.com"
    assert await heard_at_read_back("email", "es-MX", "fletes arroba gmail punto com", f"No, {turn}") \
        == "fletes-lara@gmail.com"
