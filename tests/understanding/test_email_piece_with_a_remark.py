"""A piece of an e-mail said with a remark about it in a clause of its own ("cincuenta y ocho, como el
tractor", "forty two, same as my truck"): the piece goes into the address, the remark does not.

Traps: a turn that is only a remark ("todo lo demás está bien, gracias") adds nothing; the same words at
the e-mail question, before anything was dictated, are left to the other questions (a number answered
late is no address begun).
"""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Ere, eme.", "Punto.", "Salas.", "Treinta y uno, igual que la unidad.", "arroba gmail punto com"],
         "es-MX", "rm.salas31@gmail.com"),
        (["Letra ka.", "Ortega.", "Cuarenta, como el número de la caja.", "arroba hotmail punto com"], "es-MX",
         "kortega40@hotmail.com"),
        (["letter t", "reyes", "forty two, same as my truck number", "at yahoo dot com"], "en-US",
         "treyes42@yahoo.com"),
    ],
)
def test_the_piece_before_a_remark_goes_into_the_address(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


def test_trap_a_turn_that_is_only_a_remark_adds_nothing() -> None:
    _, before = dictated(["Letra ka.", "Ortega."])
    _, after = dictated(["Letra ka.", "Ortega.", "Todo lo demás está bien, gracias."])
    assert after == before


def test_trap_a_number_with_a_remark_at_the_question_begins_no_address() -> None:
    _, so_far = dictated(["Cincuenta y ocho, como el tractor."])
    assert so_far == ""
