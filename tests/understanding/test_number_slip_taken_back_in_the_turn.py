"""A number taken back in the same turn it was said: a slip ("uy", "ups", "oops", "whoops", "my bad"), the
number named again to be ruled out ("¿73? no. No es el 73, es el 37"), or a round number begun and said again
with more ("setecientos, setecientos cinco") while an e-mail's digits are spelled - the same false start a
number or a plate hears (`numbers.restarted`), never two numbers run together."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator

WIDE = {"min": 0, "max": 999999}


@pytest.mark.parametrize(
    ("locale", "turn", "value"),
    [
        ("es-MX", "el 38... uy, el 3816", "3816"),
        ("es-MX", "sesenta, ups, dieciséis", "16"),
        ("es-MX", "Uy, es el 208", "208"),
        ("en-US", "fourteen, oops, forty one", "41"),
        ("en-US", "ninety, whoops, nineteen", "19"),
        ("en-US", "52 my bad 25", "25"),
    ],
)
def test_a_slip_takes_back_the_number_before_it(locale: str, turn: str, value: str) -> None:
    assert extract("integer", turn, locale, WIDE) == value


@pytest.mark.parametrize(
    ("locale", "turn", "value"),
    [
        ("es-MX", "810, ¿no es el 810? No, es el 811.", "811"),
        ("es-MX", "El 64, ¿no es el 64? No, perdón, es el 46.", "46"),
        ("es-MX", "No es el 73. No, es el 37.", "37"),
        ("en-US", "810, isn't it 810? No, it's 811.", "811"),
    ],
)
def test_after_a_number_ruled_out_a_pause_after_no_gives_the_new_one(locale: str, turn: str, value: str) -> None:
    assert extract("integer", turn, locale, WIDE) == value


@pytest.mark.parametrize(
    ("locale", "turn", "value"),
    [
        ("es-MX", "¿El 64? No. No es el 64, es el 46.", "46"),
        ("es-MX", "64 no, no es el 64, es el 46", "46"),
        ("en-US", "64? No. It's not 64, it's 46.", "46"),
    ],
)
def test_a_number_named_again_to_be_ruled_out_is_taken_back_where_it_was_first_said(
        locale: str, turn: str, value: str) -> None:
    assert extract("integer", turn, locale, WIDE) == value


@pytest.mark.parametrize(
    ("locale", "turn", "value"),
    [
        ("es-MX", "el 64, no es el 46", "64"),  # the other number ruled out: the first one stands
        ("es-MX", "320, no es el 302", "320"),
        ("es-MX", "el 38, uy", "38"),  # a slip with nothing after it takes nothing back
        ("en-US", "twenty, twenty five", "2025"),  # a dictation in pairs, no false start
    ],
)
def test_traps_a_number_ruled_out_beside_another_or_a_bare_slip(locale: str, turn: str, value: str) -> None:
    assert extract("integer", turn, locale, WIDE) == value


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ["rosa novecientos, novecientos doce arroba gmail punto com"], "rosa912@gmail.com"),
        ("es-MX", ["rosa", "novecientos, novecientos doce", "arroba gmail punto com"], "rosa912@gmail.com"),
        ("en-US", ["rose nine hundred, nine hundred twelve at gmail dot com"], "rose912@gmail.com"),
        # no false start: numbers in pairs stay as said
        ("es-MX", ["rosa veinte veinticinco arroba gmail punto com"], "rosa2025@gmail.com"),
        ("es-MX", ["rosa cien ciento uno arroba gmail punto com"], "rosa100101@gmail.com"),
    ],
)
def test_an_email_number_begun_and_said_again_with_more_is_that_number(locale: str, turns: list[str],
                                                                       value: str) -> None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    assert email.value == value
