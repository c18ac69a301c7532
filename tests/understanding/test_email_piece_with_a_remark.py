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


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Ka, eme.", "Punto.", "Villegas, como mi apellido.", "Cuarenta.", "arroba gmail punto com"], "es-MX",
         "km.villegas40@gmail.com"),
        (["Ere, ce.", "Guion bajo.", "Ibarra igual que mi apellido.", "arroba hotmail punto com"], "es-MX",
         "rc_ibarra@hotmail.com"),
        (["Jota.", "Montes. Es mi primer apellido.", "arroba yahoo punto com"], "es-MX", "jmontes@yahoo.com"),
        (["letter d", "underscore", "Fowler, like my last name.", "at gmail dot com"], "en-US",
         "d_fowler@gmail.com"),
        (["p", "Quinn, same as my surname", "at outlook dot com"], "en-US", "pquinn@outlook.com"),
    ],
)
def test_a_piece_said_with_where_it_comes_from_goes_into_the_address(
        turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


def test_a_piece_named_as_the_surname_before_it_goes_on_with_the_address() -> None:
    # "mi apellido" names a piece of the address, not the address: what was collected stays
    value, _ = dictated(["Jota, ce.", "Guion bajo.", "Y luego mi apellido, Nava.", "arroba gmail punto com"])
    assert value == "jc_nava@gmail.com"


def test_trap_the_address_named_again_still_starts_it_over() -> None:
    value, _ = dictated(["Jota, ce.", "Guion bajo.", "Mi correo es nava arroba gmail punto com"])
    assert value == "nava@gmail.com"
