"""A caller who stops a dictation with a hold ("S, T... hold on", "ele, eme, un momento", "ese, te...
espérame") and then says it again from its first letter ("S, F, T") has started over: the letters said
before the hold go. A hold followed by other letters ("A, B, hold on, C, D") is the dictation going on,
and a hold after a "no" still takes back one letter ("te, no, espérame, de de dedo").
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("S, T... hold on, S, F, T, four four six.", "en-US", "SFT-446"),
        ("M, N, hang on, M, N, P, one two three", "en-US", "MNP-123"),
        ("K, L, one second, K, L, M, five five five", "en-US", "KLM-555"),
        ("Ese, te... espérame, ese, efe, te, cuatro cuatro seis.", "es-MX", "SFT-446"),
        ("Ele, eme, un momento, ele, ene, ge, uno dos tres", "es-MX", "LNG-123"),
        ("Ka, ele, déjame ver, ka, ele, eme, cinco cinco cinco", "es-MX", "KLM-555"),
    ],
)
def test_a_dictation_said_again_from_its_first_letter_after_a_hold(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        # the dictation going on after the hold
        ("A, B, hold on, C, one two three", "en-US", "ABC-123"),
        ("Ele, eme, un momento, ge, uno dos tres", "es-MX", "LMG-123"),
        # the letters, then a hold before the digits
        ("A B C, hold on, one two three", "en-US", "ABC-123"),
    ],
)
def test_a_hold_the_dictation_goes_on_after_keeps_every_letter(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Pe, te, no, espérame, de de dedo, uno dos tres", "es-MX", "PD-123"),
        # every word that may ask for a moment keeps the take-back, "permítame" as "permíteme"
        ("Pe, te, no, permítame, de de dedo, uno dos tres", "es-MX", "PD-123"),
        ("Pe, te, no, permíteme, de de dedo, uno dos tres", "es-MX", "PD-123"),
        ("Pe, te, no, aguárdame, de de dedo, uno dos tres", "es-MX", "PD-123"),
        ("P, T, no, hold on, D as in dog, one two three", "en-US", "PD-123"),
    ],
)
def test_a_hold_after_a_no_still_takes_back_one_letter(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate
