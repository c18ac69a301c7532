"""What others call the caller, said after the full name ("Soy Filiberto Nava, pero me dicen el Chino", "Name's
Travis Whitfield, folks call me Tex", "This is Dwayne Carter, I go by DC"), is no part of the name: the name is the
one said before it - at the question and at a read-back. A bare "me dicen el Chino" gives the name the caller
goes by."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name

from .call_helpers import heard_at_question, heard_at_read_back

CASES = [
    ("Soy Filiberto Nava, pero me dicen el Chino.", "es-MX", "Filiberto Nava"),
    ("Me llamo Ramiro Solís y todos me dicen el Güero", "es-MX", "Ramiro Solís"),
    ("Filiberto Nava. Me dicen Chino.", "es-MX", "Filiberto Nava"),
    ("Name's Travis Whitfield, folks call me Tex.", "en-US", "Travis Whitfield"),
    ("Travis Whitfield, but everybody calls me Tex", "en-US", "Travis Whitfield"),
    ("This is Dwayne Carter, I go by DC", "en-US", "Dwayne Carter"),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CASES)
def test_the_nickname_after_the_full_name_is_no_part_of_it(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("me dicen el Chino", "es-MX", "Chino"),
    ("folks call me Tex", "en-US", "Tex"),
])
def test_a_nickname_alone_is_the_name_given(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [CASES[0], CASES[3]])
async def test_the_full_name_is_read_back_in_a_call(text: str, locale: str, expected: str) -> None:
    assert await heard_at_question("full_name", locale, text) == expected
    wrong = "Ana Pérez" if locale == "es-MX" else "Ana Perez"
    assert await heard_at_read_back("full_name", locale, wrong, f"No, {text[0].lower()}{text[1:]}") == expected
