"""An e-mail's local part begun letter by letter, then said whole from its start.

A caller who spells "ge, a, ele" and then says "galindo" (or "es ge galindo" after "Galindo.", restating
in the same turn) gives the part once: "galindo", never "galgalindo". Traps: a turn that goes on from what
was spelled ("mar", then "tínez") adds to it; a part said twice after a dot is two parts ("ana punto ana").
"""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Ge de gato.", "A.", "Ele de León.", "Galindo.", "arroba hotmail punto com"], "es-MX",
         "galindo@hotmail.com"),
        (["Letra te.", "Letra o.", "Letra ere.", "Torres ochenta.", "arroba gmail punto com"], "es-MX",
         "torres80@gmail.com"),
        (["letter b", "letter r", "letter o", "brooks", "at outlook dot com"], "en-US", "brooks@outlook.com"),
    ],
)
def test_a_part_begun_letter_by_letter_then_said_whole_is_said_once(turns: list[str], locale: str,
                                                                     expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # the surname said, then restated with the initial before it
        (["Jota.", "Ge de gato.", "A.", "Galindo. Es jota galindo.", "arroba gmail punto com"], "jgalindo@gmail.com"),
        (["Eme.", "Ere.", "U.", "Ruiz. O sea, eme ruiz.", "arroba yahoo punto com"], "mruiz@yahoo.com"),
    ],
)
def test_a_part_restated_more_fully_in_the_same_turn_is_said_once(turns: list[str], expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected


def test_trap_a_turn_going_on_from_the_spelled_letters_adds_to_them() -> None:
    value, _ = dictated(["eme", "a", "ere", "tínez", "arroba gmail punto com"])
    assert value == "martinez@gmail.com"


def test_trap_a_part_said_again_after_a_dot_is_a_second_part() -> None:
    value, _ = dictated(["ana", "punto", "ana", "arroba gmail punto com"])
    assert value == "ana.ana@gmail.com"
