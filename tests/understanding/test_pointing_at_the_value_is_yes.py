"""Pointing at the value read back ("ése es", "esas son", "ándele, así", "that's the one") is a yes to it;
a pointing word that opens a complaint or another sentence is not."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ándele, así.", "es-MX"),
        ("Ándele.", "es-MX"),
        ("Ándale pues, así.", "es-MX"),
        ("Ésa es.", "es-MX"),
        ("Ese es.", "es-MX"),
        ("Esos son, sí.", "es-MX"),
        ("Esas son.", "es-MX"),
        ("Así están.", "es-MX"),
        ("Así quedan, gracias.", "es-MX"),
        ("Eso.", "es-MX"),
        ("Esa mera.", "es-MX"),
        ("Ese mismo.", "es-MX"),
        ("Correcto, esa.", "es-MX"),
        ("Sí, esas.", "es-MX"),
        ("That's the one.", "en-US"),
        ("Those are them.", "en-US"),
        ("Yep, that's it.", "en-US"),
        ("Yeah, that one.", "en-US"),
        ("Yessir.", "en-US"),
    ],
)
def test_pointing_at_the_value_confirms_it_with_nothing_left_over(text: str, locale: str) -> None:
    verdict = classify_yes_no(text, locale)
    assert verdict.answer == "yes"
    assert verdict.rest == ""  # nothing left to be read as another value ("esa" is not a letter S here)


@pytest.mark.parametrize(
    ("text", "locale", "answer"),
    [
        ("Eso está mal.", "es-MX", "no"),
        ("Eso tampoco.", "es-MX", "no"),
        ("Ese no.", "es-MX", "no"),
        ("Esas no son.", "es-MX", "no"),
        ("Ese es el problema, que no me llegan.", "es-MX", None),
        ("Esas son las de la caja, las del tractor no.", "es-MX", "not yes"),
        ("That's not the one.", "en-US", None),
    ],
)
def test_a_pointing_word_that_opens_a_complaint_or_a_no_is_not_a_yes(text: str, locale: str,
                                                                     answer: str | None) -> None:
    got = classify_yes_no(text, locale).answer
    assert got != "yes" if answer == "not yes" else got == answer


def test_the_letter_s_said_alone_is_not_a_yes() -> None:
    assert classify_yes_no("Ese.", "es-MX").answer is None


@pytest.mark.parametrize("text", ["Ándele, así.", "Ándele.", "Ájale."])
def test_a_go_ahead_is_never_a_name(text: str) -> None:
    from daisy_engine.understanding.types import get

    name = get("name")
    assert name is not None
    assert name.extract(text, "es-MX") is None
    assert name.extract("Ándele pues, Juan Pérez.", "es-MX") == "Juan Pérez"
