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


def test_trap_a_letter_said_after_the_thinking_is_still_added_once() -> None:
    # the thinking words are gone, the letters around them stay in order
    assert plate_fed("es-MX", "Ele.", "¿Cómo se llama? Ele, pe.").so_far() == "L L P"
