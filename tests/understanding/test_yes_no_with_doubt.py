"""A read-back answered and then doubted has no answer: after a yes any doubt undoes it (a wrong yes
keeps bad data), after a no only doubt that ends the turn does ("no, no sé, es la ka" still denies and
corrects). "No se preocupe" is not doubt; "yes" fused with its courtesy word ("Yessir") is a yes."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


def answer(text: str, locale: str) -> str | None:
    return classify_yes_no(text, locale).answer


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí... bueno, quién sabe.", "es-MX"),
        ("Pues creo que sí, la verdad no me acuerdo bien.", "es-MX"),
        ("Sí, a lo mejor, no sé.", "es-MX"),
        ("No... sí... no sé bien.", "es-MX"),
        ("No, no sé.", "es-MX"),
        ("Yeah, I guess, not a hundred percent.", "en-US"),
        ("Yes... no... I don't know.", "en-US"),
        ("Nope, no idea.", "en-US"),
    ],
)
def test_an_answer_followed_by_doubt_is_no_answer(text: str, locale: str) -> None:
    assert answer(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Sí, no se preocupe.", "es-MX", "yes"),  # "no se" here is not "no sé"
        ("No, no sé de dónde sacó eso, es la ka.", "es-MX", "no"),  # denies and corrects
        ("No, I don't think so.", "en-US", "no"),
        ("Yessir, that's it.", "en-US", "yes"),
        ("Yes'm.", "en-US", "yes"),
    ],
)
def test_a_plain_answer_keeps_its_meaning(text: str, locale: str, expected: str) -> None:
    assert answer(text, locale) == expected
