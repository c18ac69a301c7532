"""A turn that only says how rough a value is ("Más o menos.", "Aproximadamente.", "Give or take.") is a remark
on the value just given, said late: at the next question it answers nothing yet, and it is never a piece of
an address ("masomenos"). A hedge beside a value or a yes is read with them, as before."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator, only_hedges


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Más o menos.", "es-MX"),
        ("Pues más o menos.", "es-MX"),
        ("Aproximadamente.", "es-MX"),
        ("Algo así, por ahí.", "es-MX"),
        ("Give or take.", "en-US"),
        ("More or less.", "en-US"),
        ("Roughly.", "en-US"),
    ],
)
def test_a_turn_of_a_hedge_only_is_a_hedge(text: str, locale: str) -> None:
    assert only_hedges(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, más o menos.", "es-MX"),
        ("A las cinco más o menos.", "es-MX"),
        ("Más o menos a las ocho.", "es-MX"),
        ("Casimiro.", "es-MX"),
        ("About five.", "en-US"),
        ("Yeah, give or take.", "en-US"),
    ],
)
def test_trap_a_hedge_beside_a_value_or_a_yes_is_not_a_hedge_only(text: str, locale: str) -> None:
    assert not only_hedges(text, locale)


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Más o menos.", "Efe de foco.", "anaya arroba gmail punto com"], "es-MX", "fanaya@gmail.com"),
        (["Aproximadamente.", "rosa punto diaz arroba gmail punto com"], "es-MX", "rosa.diaz@gmail.com"),
        (["Give or take.", "rose at gmail dot com"], "en-US", "rose@gmail.com"),
    ],
)
def test_a_hedge_at_the_email_question_is_no_piece_of_the_address(
        turns: list[str], locale: str, expected: str) -> None:
    email = new_accumulator("email", locale)
    assert email.feed(turns[0]).status == "nothing"
    for turn in turns[1:]:
        email.feed(turn)
    assert email.value == expected
