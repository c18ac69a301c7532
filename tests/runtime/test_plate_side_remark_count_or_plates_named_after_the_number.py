"""A number counting something in a side remark is no character of a plate ("llevan tres semanas en el patio",
"two weeks"), at the read-back or amid the dictation; the plates named after a unit number ("el tractor 472
placas a b c 1 2 3") end that number: their characters are never more of its digits."""

from __future__ import annotations

import pytest
from runtime_helpers import answer

from daisy_engine.understanding import extract, new_accumulator

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("locale", "reply"),
    [
        ("es-MX", "Es que llevan dos semanas ahí paradas."),
        ("es-MX", "no, esa caja tiene tres días en el patio"),
        ("en-US", "they've been sitting there two weeks"),
        ("en-US", "it's been there five days"),
    ],
)
def test_a_count_in_a_side_remark_at_the_read_back_changes_nothing(locale: str, reply: str) -> None:
    said = "equis ye zeta nueve ocho siete" if locale == "es-MX" else "X Y Z nine eight seven"
    heard = answer("plate", said, reply, locale, **PLATE)
    assert heard.value in (None, "XYZ-987")


def test_a_count_amid_the_dictation_adds_no_digit() -> None:
    plate = new_accumulator("plate", "es-MX", PLATE)
    for turn in ("equis ye zeta", "nueve ocho", "ya llevan cuatro horas esperando"):
        plate.feed(turn)
    assert plate.so_far() == "X Y Z 9 8"


def test_the_plate_said_again_beside_a_count_is_taken() -> None:
    heard = answer("plate", "equis ye zeta nueve ocho siete",
                   "no, llevan dos días ahí, es equis ye zeta nueve ocho ocho", **PLATE)
    assert (heard.event, heard.value) == ("corrected", "XYZ-988")


@pytest.mark.parametrize(
    ("locale", "text", "number"),
    [
        ("es-MX", "el tractor 518 placas ele eme ene 4 4 0", "518"),
        ("es-MX", "quinientos dieciocho, y las placas son ele eme ene cuatro cuatro cero", "518"),
        ("en-US", "unit 518, plates L M N 4 4 0", "518"),
        # the plates named with no number before them: the number is theirs
        ("es-MX", "placas ele eme ene 440", "440"),
    ],
)
def test_plates_named_after_the_number_end_it(locale: str, text: str, number: str) -> None:
    assert extract("integer", text, locale, {"min": 0, "max": 999999}) == number


@pytest.mark.parametrize(
    ("locale", "turn", "held"),
    [
        ("es-MX", "a b c 1 2 3, tres veces se lo he dicho", "A B C 1 2 3"),
        ("es-MX", "a b c uno dos tres, ya llevo dos días aquí", "A B C 1 2 3"),
        ("en-US", "A B C 1 2 3, two days ago", "A B C 1 2 3"),
        ("en-US", "A B C one two three two weeks now", "A B C 1 2 3"),
    ],
)
def test_a_count_said_right_after_the_digits_leaves_the_digits(locale: str, turn: str, held: str) -> None:
    plate = new_accumulator("plate", locale, PLATE)
    plate.feed(turn)
    assert plate.so_far() == held
