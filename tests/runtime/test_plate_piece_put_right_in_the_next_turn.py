"""During a plate's dictation the next turn may put the last piece right:
- "No, perdón, letra i." after "Letra u.": the U taken back, the I in its place (a take-back with an
  apology, not only a bare "no");
- "Cinco seis siete." after "Y cinco seis." at J K L 5 6: the run said again with more, which cannot
  follow the digits taken, replaces it (JKL-567) - a run that can follow stays more of the plate;
- "Es correcto." while the plate is not whole yet: a yes, never the letter S of its "es".
"""

from __future__ import annotations

import pytest
from runtime_helpers import heard_plate


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ("Ese de Sonora.", "Letra u.", "No, perdón, letra i."), "S I"),
        ("es-MX", ("Ese de Sonora.", "Letra u.", "no perdón, i latina"), "S I"),
        ("es-MX", ("Jota.", "Ka.", "No, no, ele."), "J L"),
        ("en-US", ("S.", "Letter U.", "No, sorry, letter I."), "S I"),
    ],
)
def test_last_letter_taken_back(locale: str, turns: tuple[str, ...], so_far: str) -> None:
    heard, plate = heard_plate(locale, *turns)
    assert heard[-1].event == "partial"
    assert plate.so_far() == so_far


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ("Jota.", "Ka.", "Ele.", "Y cinco seis.", "Cinco seis siete.", "Sí."), "JKL-567"),
        ("en-US", ("J.", "K.", "L.", "Five six.", "Five six seven.", "Yes."), "JKL-567"),
    ],
)
def test_digits_said_again_with_more(locale: str, turns: tuple[str, ...], value: str) -> None:
    heard, _ = heard_plate(locale, *turns)
    assert (heard[-1].event, heard[-1].value) == ("filled", value)


def test_digits_that_can_follow_are_more_of_the_plate() -> None:
    heard, plate = heard_plate("es-MX", "Jota.", "Ka.", "Ele.", "Cinco seis.", "Seis siete.")
    assert plate.so_far() == "J K L 5 6 6 7"


def test_yes_before_the_plate_is_whole_adds_no_letter() -> None:
    heard, plate = heard_plate("es-MX", "De de dedo.", "Ochenta y ocho, cero.", "Es correcto.")
    assert heard[-1].event == "no_match"
    assert plate.so_far() == "D 8 8 0"
