"""Listening to a plate one piece at a time: the turn is read as a whole when its other words matter
("y tres" after "setenta" is 73; "¿él de león?" after "ele" is the same L), never just its one character."""

from __future__ import annotations

from runtime_helpers import heard_plate


def test_tens_joined_with_y_in_the_next_turn_make_one_number() -> None:
    _, acc = heard_plate("es-MX", "Letra ere.", "Letra u.", "Letra pe.", "Setenta.", "Y tres.")
    assert acc.so_far() == "R U P 7 3"


def test_the_same_letter_named_again_is_not_a_second_one() -> None:
    # heard through a garbled "letra" first, the letter is sure now: no new letter, but no failed attempt either
    heard, acc = heard_plate("es-MX", "Mitra ele.", "¿Él de león?")
    assert heard[-1].event == "partial"
    assert acc.so_far() == "L"
    # heard clearly first, it is only said again: nothing new
    heard, acc = heard_plate("es-MX", "Letra ele.", "¿Él de león?")
    assert heard[-1].event == "no_match"
    assert acc.so_far() == "L"


def test_a_round_hundred_waits_and_the_rest_completes_it() -> None:
    heard, acc = heard_plate("es-MX", "a", "ka", "ele", "Doscientos.")
    assert heard[-1].event == "partial"
    heard, acc = heard_plate("es-MX", "a", "ka", "ele", "Doscientos.", "Cuarenta.")
    assert heard[-1].event == "filled" and heard[-1].value == "AKL-240"


def test_a_whole_number_that_is_not_round_is_read_back_at_once() -> None:
    heard, _ = heard_plate("es-MX", "a", "ka", "ele", "Doscientos cuarenta.")
    assert heard[-1].event == "filled" and heard[-1].value == "AKL-240"


def test_no_then_a_letter_replaces_the_last_one() -> None:
    heard, acc = heard_plate("en-US", "G", "V as in Victor", "No, B as in boy")
    assert acc.so_far() == "G B"
