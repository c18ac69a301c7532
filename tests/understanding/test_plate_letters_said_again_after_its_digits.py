"""At a plate that already holds its letters and digits, its letters said again, all of them in their order
("Doble u, a, ele." at W A L 6 0 4), or its first letter insisted on ("No, es doble u.") are the caller making
them clear - often answering a read-back that had them wrong - never a new plate begun without its digits. Other
letters ("C D E.") still begin a new plate. "Uvedoble" (uve doble run together) is the W."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char

from .plate_helpers import plate_fed


@pytest.mark.parametrize("said", ["Uvedoble.", "uve doble", "Ubedoble."])
def test_uve_doble_run_together_is_the_w(said: str) -> None:
    assert extract_char(said, "es-MX") == "W"


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        ("es-MX", ("Uvedoble.", "Letra a.", "Eledeluna.", "6 0 4.", "Doble u, a, ele."), "W A L 6 0 4"),
        ("es-MX", ("Be.", "A.", "Ele.", "Seis cero cuatro.", "Be, a, ele."), "B A L 6 0 4"),
        ("es-MX", ("Uvedoble.", "Letra a.", "Eledeluna.", "6 0 4.", "No, es doble u."), "W A L 6 0 4"),
        ("es-MX", ("Erre.", "Te.", "Ka.", "Nueve uno.", "Es la erre."), "R T K 9 1"),
        ("en-US", ("B.", "A.", "L.", "Six zero four.", "B, A, L."), "B A L 6 0 4"),
        ("en-US", ("W.", "A.", "L.", "Six zero four.", "No, it's a W."), "W A L 6 0 4"),
    ],
)
def test_the_letters_said_again_keep_the_plate(locale: str, turns: tuple[str, ...], expected: str) -> None:
    assert plate_fed(locale, *turns).so_far() == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Be.", "A.", "Ele.", "6 0 4.", "Ce, de, e."), "C D E"),  # other letters: a new plate
        (("Be.", "A.", "Ele.", "6 0 4.", "Be, a."), "B A"),  # not all of them: the plate said anew
    ],
)
def test_trap_other_letters_begin_a_new_plate(turns: tuple[str, ...], expected: str) -> None:
    assert plate_fed("es-MX", *turns).so_far() == expected
