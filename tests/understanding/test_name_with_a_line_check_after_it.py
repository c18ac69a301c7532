"""A name with a line check asked beside it ("Jacinto. Jacinto Medrano Lira, ¿me oyes?", "Dwayne Whitaker, can you
hear me?", "Rosendo, ¿me escucha?, Rosendo Cantú Leal"): the check is the caller minding the line, its words no part
of the name (never a surname "Meoyes" made of "me oyes"), at the question and at the read-back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name

from .call_helpers import heard_at_question, heard_at_read_back

CASES = [
    ("Jacinto. Jacinto Medrano Lira, ¿me oyes?", "es-MX", "Jacinto Medrano Lira"),
    ("Rosendo Cantú Leal, ¿me escuchas?", "es-MX", "Rosendo Cantú Leal"),
    ("Rosendo, ¿me escucha?, Rosendo Cantú Leal.", "es-MX", "Rosendo Cantú Leal"),
    ("¿Me oyes? Soy Efrén Lozano Ibarra.", "es-MX", "Efrén Lozano Ibarra"),
    ("Dwayne. Dwayne Whitaker, can you hear me?", "en-US", "Dwayne Whitaker"),
    ("Marcus Bell, you hear me?", "en-US", "Marcus Bell"),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CASES)
def test_the_line_check_is_no_part_of_the_name(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), CASES[::2])
async def test_the_name_is_read_back_without_the_check_in_a_call(text: str, locale: str, expected: str) -> None:
    wrong = "Juan Pérez" if locale == "es-MX" else "John Perry"
    assert await heard_at_question("full_name", locale, text) == expected
    assert await heard_at_read_back("full_name", locale, wrong, f"No, {text}") == expected


@pytest.mark.parametrize(("locale", "wrong", "turn", "expected"), [
    ("es-MX", "Juan Pérez", "No, Jacinto. Jacinto Medrano Lira.", "Jacinto Medrano Lira"),
    ("es-MX", "Juan Pérez", "Rosendo... Rosendo Cantú Leal.", "Rosendo Cantú Leal"),
    ("en-US", "John Perry", "No. Dwayne. Dwayne Whitaker.", "Dwayne Whitaker"),
])
async def test_a_name_begun_and_said_again_whole_at_the_read_back_is_that_name(
        locale: str, wrong: str, turn: str, expected: str) -> None:
    # the start said before the whole name is no part added to the name read back ("Juan Pérez Jacinto")
    assert await heard_at_read_back("full_name", locale, wrong, turn) == expected
