"""What a caller says about their own dictation while giving a plate.

- "No, perdón, letra i." (any run of "no" / "perdón" / "digo" before it) takes back the letter just said
  and puts the new one in its place.
- A yes said while dictating ("Es correcto.", "Correcto.", "That's right.") adds no character: "es" in it
  is no letter S.
- Digits said again and carried on ("Cinco, dos." then "Cinco, dos, nueve.") replace the ones the last
  turn added, when they could not follow them; digits that may follow still do.
"""

from __future__ import annotations

import pytest
from runtime_helpers import heard_plate


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ("Eme.", "Letra o.", "No, perdón, letra u."), "M U"),
        ("es-MX", ("Eme.", "Letra o.", "No, no, digo, letra u."), "M U"),
        ("es-MX", ("Eme.", "Letra o.", "Perdón, u de uva."), "M U"),
        ("en-US", ("M.", "O.", "No, sorry, U as in uniform."), "M U"),
    ],
)
def test_a_take_back_before_a_letter_replaces_the_last_one(locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate(locale, *turns)[1].so_far() == so_far


@pytest.mark.parametrize("turn", ["Es correcto.", "Correcto.", "Sí.", "Así es."])
def test_a_yes_while_dictating_adds_nothing(turn: str) -> None:
    heard, acc = heard_plate("es-MX", "Letra jota.", "Ka.", turn)
    assert acc.so_far() == "J K"
    assert heard[-1].event == "no_match"


def test_a_yes_after_the_digits_closes_the_plate() -> None:
    heard, _ = heard_plate("es-MX", "Letra jota.", "Ka.", "Ele.", "Cuatro.", "Cero.", "Uno.", "Es correcto.")
    assert heard[-2].event == "partial"  # digit by digit: the caller may go on
    assert (heard[-1].event, heard[-1].value) == ("filled", "JKL-401")


def test_letters_named_es_or_a_still_count() -> None:
    assert heard_plate("es-MX", "Jota.", "Es.")[1].so_far() == "J S"
    assert heard_plate("es-MX", "Jota.", "Ese, a.")[1].so_far() == "J S A"


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ("Te.", "Equis.", "A.", "Cinco, dos.", "Cinco, dos, nueve."), "TXA-529"),
        ("es-MX", ("Te.", "Equis.", "A.", "Y cinco dos.", "Cinco dos nueve uno."), "TXA-5291"),
        ("en-US", ("T.", "X.", "A.", "Five, two.", "Five, two, nine."), "TXA-529"),
    ],
)
def test_digits_said_again_and_carried_on_replace_the_last_ones(locale: str, turns: tuple[str, ...],
                                                                value: str) -> None:
    assert heard_plate(locale, *turns)[1].value == value


def test_digits_that_may_follow_are_added() -> None:
    # 5 2 then 5 2 fits a four-digit plate: "cinco, dos" said twice may be the plate's digits
    assert heard_plate("es-MX", "Te.", "Equis.", "A.", "Cinco, dos.", "Cinco, dos.")[1].value == "TXA-5252"
    assert heard_plate("es-MX", "Te.", "Equis.", "A.", "Cinco, dos.", "Nueve.")[1].value == "TXA-529"
