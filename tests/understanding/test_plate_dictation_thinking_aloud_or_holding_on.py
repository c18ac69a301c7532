"""A caller thinking aloud or asking for a moment in the middle of a plate's dictation.

"Y la otra es, este, ¿cómo se llama? Zeta.", "¿Cómo se dice? Erre.", "and then, what do you call it, Z",
"y la que sigue es la zeta":
the words of someone looking for the letter hold no letter ("se" is no C there), and the letter said after
them goes on the plate. "Te, no, espérame. De de dedo.", "T, no, wait a sec, D": a letter taken back, a
moment asked for, and the letter that replaces it - the take-back still holds across the "espérame". Talk
after a "no" that is no moment asked for ("te, no, no la encuentro") takes nothing new in its place.
"""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        ("es-MX", ("Be de burro.", "O de oso.", "Y la otra es, este, ¿cómo se llama? Zeta."), "B O Z"),
        ("es-MX", ("Be de burro.", "¿Cómo se dice? Erre."), "B R"),
        ("es-MX", ("Ka.", "Y luego la, ¿cómo le dicen?, la doble u."), "K W"),
        ("en-US", ("B.", "O.", "And then, uh, what do you call it, Z."), "B O Z"),
        # pointing to the next one: "que" is no Q there
        ("es-MX", ("Be de burro.", "O de oso.", "Y la que sigue es la zeta."), "B O Z"),
        ("es-MX", ("Be de burro.", "O de oso.", "Lo que sigue es el cuatro."), "B O 4"),
        ("en-US", ("B.", "O.", "And the next one is Z."), "B O Z"),
    ],
)
def test_thinking_aloud_holds_no_letter(locale: str, turns: tuple[str, ...], expected: str) -> None:
    assert plate_fed(locale, *turns).so_far() == expected


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        ("es-MX", ("Se de casa.", "Te, no, espérame. De de dedo.", "Eme.", "Cinco cinco siete."), "C D M 5 5 7"),
        ("es-MX", ("Ka.", "Te, no, espera, de de dedo."), "K D"),
        ("es-MX", ("Ka.", "Te, no, aguántame tantito, ene."), "K N"),
        ("en-US", ("K.", "T, no, hold on, D."), "K D"),
        ("en-US", ("K.", "T, no, wait a sec, D as in delta."), "K D"),
    ],
)
def test_a_take_back_holds_across_a_moment_asked_for(locale: str, turns: tuple[str, ...], expected: str) -> None:
    assert plate_fed(locale, *turns).so_far() == expected


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        # a moment asked for with no take-back before it takes nothing back: the letter before it stays
        ("en-US", ("K, E, wait a sec, Z, six one nine three.",), "K E Z 6 1 9 3"),
        ("en-US", ("K.", "E, wait a second, Z."), "K E Z"),
        ("es-MX", ("Ka, e, espérame, zeta, seis uno nueve tres.",), "K E Z 6 1 9 3"),
    ],
)
def test_trap_a_moment_asked_for_alone_takes_nothing_back(locale: str, turns: tuple[str, ...], expected: str) -> None:
    assert plate_fed(locale, *turns).so_far() == expected


def test_trap_a_letter_said_after_the_thinking_is_still_added_once() -> None:
    # the thinking words are gone, the letters around them stay in order
    assert plate_fed("es-MX", "Ele.", "¿Cómo se llama? Ele, pe.").so_far() == "L L P"


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        ("es-MX", ("Eres de rana.", "Eme de México.", "Y la", "be de", "vaca.", "Setecientos ochenta."), "R M V 7 8 0"),
        ("es-MX", ("Erre.", "Eme.", "Y luego el", "cuatro."), "R M 4"),
        ("es-MX", ("Ka.", "Y después la", "equis."), "K X"),
        ("en-US", ("R.", "M.", "And then the", "V as in Victor."), "R M V"),
        ("en-US", ("K.", "And the", "X."), "K X"),
    ],
)
def test_a_turn_cut_after_and_and_its_article_holds_no_letter(
        locale: str, turns: tuple[str, ...], expected: str) -> None:
    # "y" is no Y, "el" no L: the caller is going on to the next piece, said in the next turn
    assert plate_fed(locale, *turns).so_far() == expected


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        ("es-MX", ("Erre.", "Eme.", "Y."), "R M Y"),  # a bare "y" may be the letter
        ("es-MX", ("Erre.", "Eme.", "Y griega."), "R M Y"),
        ("es-MX", ("Erre.", "Eme.", "Y la ve de vaca."), "R M V"),
    ],
)
def test_trap_a_y_said_alone_or_before_the_letter_reads_as_before(
        locale: str, turns: tuple[str, ...], expected: str) -> None:
    assert plate_fed(locale, *turns).so_far() == expected
