"""Two things a caller does with letters inside one dictation turn: confirms a letter with a yes ("eme de
mamá... eme, sí, eme"), which says it once, not three times; and takes back a run of letters by saying the
run again from its start ("Delta Bravo Xray, wait, Delta Bravo Yankee"), which replaces the whole run."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Eme de mamá, ere de ratón... ere, sí, ere, cuatrocientos doce.", "es-MX", "MR-412"),
        ("Te de taco, sí, te, ese de sapo, 9 1 0.", "es-MX", "TS-910"),
        ("P as in Paul, yes, P, W, 3 3 8.", "en-US", "PW-338"),
        ("Victor, Victor, yeah, Victor, Lima, six two one.", "en-US", "VL-621"),
    ],
)
def test_a_letter_confirmed_with_a_yes_counts_once(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Delta Bravo Xray... wait, Delta Bravo Yankee, two four six.", "en-US", "DBY-246"),
        ("Hotel Mike, sorry, Hotel November, 7 7 0.", "en-US", "HN-770"),
        ("Jota, ele, eme... no, jota, ele, ene, 5 0 5.", "es-MX", "JLN-505"),
    ],
)
def test_a_run_of_letters_said_again_after_a_take_back_replaces_the_run(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Ka, ka, ele, cuatro cinco seis.", "es-MX", "KKL-456"),  # a double letter, no yes between
        ("Equis, sí, ye, zeta, uno dos tres.", "es-MX", "XYZ-123"),  # a yes between different letters
        ("B, C, D, no, F, 1 2 3.", "en-US", "BCF-123"),  # one letter for one
        ("Alpha Bravo Charlie, wait, Delta, 9 9 9.", "en-US", "ABD-999"),
    ],
)
def test_traps_keep_their_letters(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate
