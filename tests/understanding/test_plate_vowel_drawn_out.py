"""A vowel said alone and drawn out, written by the recogniser as it was heard ("Aa.", "Ooo."), is that one
letter said once, as "A." is: after "Zeta" - "Te" it is the plate's third letter (Z T A), never two A's that
cannot follow the letters held and so begin the plate anew (A A, the Z T lost). Two of a letter are said
apart ("A, A") or as "doble a", and stay two."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_char
from daisy_engine.understanding.types.plate import PlateAccumulator

from .plate_helpers import DAISY_PLATE


def _heard(locale: str, *turns: str) -> PlateAccumulator:
    """The plate after `turns`, each heard as the dictation question hears it (`hear_char`)."""
    acc = PlateAccumulator("plate", locale, DAISY_PLATE)
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return acc


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Seta de zapato.", "Te de tomate.", "Aa.", "Cuatro ocho uno."], "ZTA-481"),
        ("es-MX", ["Ka.", "Ele.", "Oo.", "Dos tres cuatro."], "KLO-234"),
        ("es-MX", ["Be de burro.", "Eee.", "Te.", "Uno dos tres."], "BET-123"),
        ("es-MX", ["Aaa.", "Be de burro.", "Ce.", "Siete siete."], "ABC-77"),
        ("es-MX", ["Ene.", "Uu.", "Erre.", "Cincuenta."], "NUR-50"),
        ("en-US", ["Z.", "T.", "Aa.", "Four eight one."], "ZTA-481"),
        ("en-US", ["K.", "L.", "Oo.", "Two three four."], "KLO-234"),
    ],
)
def test_drawn_out_vowel_is_one_letter(locale: str, turns: list[str], plate: str) -> None:
    assert _heard(locale, *turns).value == plate


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["A, A.", "Be.", "Cinco cinco cinco."], "AAB-555"),
        ("es-MX", ["Doble a.", "Be.", "Cinco cinco cinco."], "AAB-555"),
        ("en-US", ["A, A.", "B.", "Five five five."], "AAB-555"),
    ],
)
def test_a_vowel_said_twice_apart_stays_two(locale: str, turns: list[str], plate: str) -> None:
    assert _heard(locale, *turns).value == plate


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Eee, a be ce uno dos tres."], "ABC-123"),
        ("es-MX", ["Eee, jota ka ele, cuatro cinco seis."], "JKL-456"),
        ("es-MX", ["Aa, eme ene o, siete ocho nueve."], "MNO-789"),
        ("en-US", ["Eee, J K L one two three."], "JKL-123"),
    ],
)
def test_a_drawn_out_vowel_before_the_plate_is_a_hesitation(locale: str, turns: list[str], plate: str) -> None:
    assert _heard(locale, *turns).so_far().replace(" ", "") == plate.replace("-", "")


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["aa be uno dos tres"], "AAB-123"),
        ("es-MX", ["Aa be, siete siete siete."], "AAB-777"),
        ("en-US", ["aa b one two three"], "AAB-123"),
    ],
)
def test_two_vowels_run_together_among_other_characters_stay_two(locale: str, turns: list[str],
                                                                  plate: str) -> None:
    assert _heard(locale, *turns).so_far().replace(" ", "") == plate.replace("-", "")
