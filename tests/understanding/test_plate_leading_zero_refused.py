"""A caller who refuses a zero that pads the plate's number ("sin el cero de adelante", "without the
leading zero") means that zero only: it goes when the number opens with one, and a number that has none is
already as the caller says (read back again, no digit taken away) - never the last zero of "380"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _plate(turns: list[str], locale: str):  # type: ignore[no-untyped-def]
    plate = new_accumulator("plate", locale)
    for turn in turns:
        plate.feed(turn)
    assert plate.complete
    return plate


@pytest.mark.parametrize(
    ("turns", "fix", "locale", "expected"),
    [
        (["Erre, te, ve", "cero cuatro uno nueve"], "No, sin el cero de adelante.", "es-MX", "RTV-419"),
        (["Ele, eme, ene", "cero dos uno cinco"], "No lleva el cero al principio.", "es-MX", "LMN-215"),
        (["R T V", "zero four one nine"], "No, without the leading zero.", "en-US", "RTV-419"),
    ],
)
def test_a_padding_zero_refused_goes(turns: list[str], fix: str, locale: str, expected: str) -> None:
    plate = _plate(turns, locale)
    assert plate.edit(fix)
    assert plate.value == expected


@pytest.mark.parametrize(
    ("turns", "fix", "locale", "expected"),
    [
        (["Ge, hache, ka", "doscientos cuarenta"], "Doscientos cuarenta, sin el cero de adelante.", "es-MX", "GHK-240"),
        (["G H K", "five zero zero"], "No zero up front.", "en-US", "GHK-500"),
    ],
)
def test_a_number_with_no_padding_zero_is_already_so(turns: list[str], fix: str, locale: str, expected: str) -> None:
    plate = _plate(turns, locale)
    assert plate.describes(fix) is True
    assert not plate.edit(fix)
    assert plate.value == expected
