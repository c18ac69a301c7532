"""A plate that is valid but could still take more characters is not taken in the middle of a dictation.

With a pattern such as `[A-Z]{2,3}-\\d{2,4}`, "G H L 3 9" is already a plate while the caller may still be
saying "G H L 3 9 5". A turn that ends with characters said one at a time ("tres, nueve") or with a round
number the caller may go on with ("setenta", "doscientos") leaves the value partial (it holds the value,
the caller may go on); a turn that ends with a whole number said as one ("treinta y nueve", "39") or
reaches the longest value the pattern allows completes it. A closing phrase in the same turn completes it
as well."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types import base

TWO_TO_FOUR = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def _feed(locale: str, *turns: str, options: dict[str, str] | None = None) -> base.Fed:
    plate = base.get("plate")
    assert plate is not None
    state = plate.start(locale, TWO_TO_FOUR if options is None else options)
    fed = None
    for turn in turns:
        fed = plate.feed(state, turn)
        state = fed.state
    assert fed is not None
    return fed


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ["letra ge, letra hache, ele", "tres, nueve"], "GHL-39"),
        ("es-MX", ["eme ene pe tres nueve"], "MNP-39"),
        ("es-MX", ["ka de kilo, de de dedo, cuatro, cero"], "KD-40"),
        ("es-MX", ["te ve ere", "dos", "ocho"], "TVR-28"),
        ("es-MX", ["F J W 6 1"], "FJW-61"),
        ("en-US", ["N as in Nancy, P, R, five, six"], "NPR-56"),
        ("en-US", ["W X", "nine", "two", "seven"], "WX-927"),
    ],
)
def test_digits_said_one_at_a_time_leave_a_valid_plate_open(locale: str, turns: list[str], value: str) -> None:
    fed = _feed(locale, *turns)
    assert fed.status == "partial"
    assert fed.value == value and fed.state.complete  # what was heard is a plate all the same


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ["ere te zeta, sesenta y siete"], "RTZ-67"),
        ("es-MX", ["jota ele te", "quince"], "JLT-15"),
        ("es-MX", ["be e ese", "doscientos treinta"], "BES-230"),
        ("es-MX", ["pe ka ene", "ciento treinta y ocho"], "PKN-138"),
        ("es-MX", ["GKR 67"], "GKR-67"),
        ("es-MX", ["hache de hotel, u, ve", "cuarenta y cinco"], "HUV-45"),
        ("en-US", ["F G H forty two"], "FGH-42"),
        ("en-US", ["D as in David, L, Q", "eighty-three"], "DLQ-83"),
    ],
)
def test_a_whole_number_said_as_one_completes_the_plate(locale: str, turns: list[str], value: str) -> None:
    fed = _feed(locale, *turns)
    assert fed.status == "complete" and fed.value == value


def test_a_round_number_waits_for_the_rest_of_it() -> None:
    fed = _feed("es-MX", "zeta a ge", "noventa")
    assert fed.status == "partial" and fed.value == "ZAG-90"
    fed = _feed("es-MX", "zeta a ge", "noventa", "y dos")
    assert fed.status == "complete" and fed.value == "ZAG-92"
    fed = _feed("es-MX", "zeta a ge", "trescientos")
    assert fed.status == "partial" and fed.value == "ZAG-300"
    fed = _feed("es-MX", "zeta a ge", "trescientos", "quince")
    assert fed.status == "complete" and fed.value == "ZAG-315"


def test_ten_said_alone_is_a_whole_number() -> None:
    # "diez" has no "y ..." after it: nothing can follow it as part of the same number
    assert _feed("es-MX", "ce ere ese", "diez").status == "complete"


def test_the_longest_plate_the_pattern_allows_is_complete_however_it_was_said() -> None:
    fed = _feed("es-MX", "ese te u", "uno", "dos", "tres", "cuatro")
    assert fed.status == "complete" and fed.value == "STU-1234"
    fed = _feed("es-MX", "ce a ele uno dos", options={"pattern": r"[A-Z]{3}-\d{2}"})
    assert fed.status == "complete" and fed.value == "CAL-12"


def test_more_digits_go_on_with_the_value_held_open() -> None:
    fed = _feed("es-MX", "eme ene pe tres nueve", "cinco")
    assert fed.status == "partial" and fed.value == "MNP-395"


def test_a_closing_phrase_in_the_same_turn_completes_it() -> None:
    fed = _feed("es-MX", "te ve ere dos ocho, eso es todo")
    assert fed.status == "complete" and fed.value == "TVR-28"
    fed = _feed("en-US", "P Q R six one, that's it")
    assert fed.status == "complete" and fed.value == "PQR-61"


def test_a_turn_that_adds_nothing_closes_the_value_held_open() -> None:
    plate = base.get("plate")
    assert plate is not None
    fed = _feed("es-MX", "letra ge, letra hache, ele", "tres, nueve")
    after = plate.feed(fed.state, "este...")
    assert after.status == "nothing" and after.closing
    closed = plate.close(after.state)
    assert closed is not None and closed.value == "GHL-39"


def test_without_a_pattern_option_the_default_plate_also_waits() -> None:
    # the default pattern [A-Z]{2,3}-\d{3,4}: ABC-123 may still be ABC-1234
    fed = _feed("es-MX", "a be ce", "uno dos tres", options={})
    assert fed.status == "partial" and fed.value == "ABC-123"
    fed = _feed("es-MX", "a be ce", "ciento veintitrés", options={})
    assert fed.status == "complete" and fed.value == "ABC-123"
