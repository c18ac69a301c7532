"""A yes with a hurry after its "but" ("Ey, ya, está bien, pero apúrele porque ando en carretera", "yeah okay, but
hurry it up, I'm driving") is still a yes, and no doubt of the value read back; "the rest is fine" said beside
anything else ("Sin la ene, lo demás está bien", "yeah, the rest is good, just drop the N") is a change to the
other part, no confirmation - said alone it confirms."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import besides_the_rest, classify_yes_no, doubts_value


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ey, ya, está bien, pero apúrele porque ando en carretera.", "es-MX"),
        ("Sí, pero apúrele porque ando en carretera.", "es-MX"),
        ("Sale, pero aprisita que voy manejando.", "es-MX"),
        ("Yeah okay, but hurry it up, I'm driving.", "en-US"),
        ("Sure, but speed it up.", "en-US"),
    ],
)
def test_a_yes_with_a_hurry_after_its_but_is_a_yes(text: str, locale: str) -> None:
    verdict = classify_yes_no(text, locale)
    assert verdict.answer == "yes"
    assert not doubts_value(verdict.rest, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, pero apúrele con el número, que está mal.", "es-MX"),
        ("Sí, pero la ka es ge.", "es-MX"),
        ("Yes, but the last one's a B.", "en-US"),
    ],
)
def test_a_but_that_changes_the_value_is_still_no_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sin la ene, lo demás está bien.", "es-MX"),
        ("Nomás sin la ene, lo demás está bien.", "es-MX"),
        ("Lo demás está bien, sin la ene.", "es-MX"),
        ("Yeah, the rest is good, just drop the N.", "en-US"),
        ("Without the N, the rest is fine.", "en-US"),
    ],
)
def test_the_rest_fine_beside_a_change_is_no_confirmation(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Lo demás está bien.", "es-MX"),
        ("Sí, todo lo demás está correcto, gracias.", "es-MX"),
        ("The rest is correct.", "en-US"),
        ("Yes, everything else is right, thanks.", "en-US"),
        ("The rest is fine.", "en-US"),
        ("Rest of it is good.", "en-US"),
        ("Uh, the rest is okay.", "en-US"),
        ("El resto está bien.", "es-MX"),
    ],
)
def test_the_rest_fine_said_alone_confirms(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, pero apúrele que la ce es una de.", "es-MX"),
        ("Sí, pero rápido, que el apellido está mal.", "es-MX"),
        ("Sí, pero apúrele, que son las cuatro.", "es-MX"),
        ("Yes, but hurry up, the last one is a B.", "en-US"),
        ("Yeah but make it quick, that's wrong.", "en-US"),
    ],
)
def test_a_hurry_whose_reason_says_how_the_value_is_is_no_yes(text: str, locale: str) -> None:
    verdict = classify_yes_no(text, locale)
    assert verdict.answer is None or doubts_value(verdict.rest, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("El nombre sí, lo demás está mal.", "es-MX"),
        ("Las letras sí, el resto no.", "es-MX"),
        ("The letters are right, the rest is wrong.", "en-US"),
        ("The first name is right, everything else is not.", "en-US"),
    ],
)
def test_the_rest_said_wrong_beside_a_part_said_right_is_nothing_besides_the_rest(text: str, locale: str) -> None:
    assert besides_the_rest(text, locale) is None
