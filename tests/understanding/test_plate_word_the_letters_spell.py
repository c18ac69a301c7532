"""After letters dictated one by one, "como <word>" / "like <word>" may name the word those letters make
("ese, a, eme, como Sam"): the last letter stays the one named. A word that starts like that letter is
still the word of its spelling ("be como burro"; "be como vaca" is the V the word makes clear)."""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ("Ese, a, eme, como Sam.", "Quinientos ochenta y uno."), "SAM-581"),
        ("es-MX", ("Ele, u, ene, como Luna.", "Dos dos."), "LUN-22"),
        ("es-MX", ("Be, e, a, como Bea.", "Cuatro cinco seis."), "BEA-456"),
        ("en-US", ("T, O, M, like Tom.", "Nine nine zero."), "TOM-990"),
    ],
)
def test_a_word_after_the_letters_leaves_them_as_named(locale: str, turns: tuple[str, ...], plate: str) -> None:
    assert plate_fed(locale, *turns).value == plate


@pytest.mark.parametrize(
    ("locale", "turn", "so_far"),
    [
        ("es-MX", "Be como burro.", "B"),
        ("es-MX", "Be como vaca.", "V"),  # B and V sound alike: the word tells which
        ("es-MX", "Ese como Sonora.", "S"),
        ("en-US", "B like boy.", "B"),
    ],
)
def test_a_word_that_starts_like_the_letter_still_spells_it(locale: str, turn: str, so_far: str) -> None:
    assert plate_fed(locale, turn).so_far() == so_far
