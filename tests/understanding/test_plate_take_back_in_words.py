"""A take-back said in more words than one inside a dictation: "G, H... scratch that, G, K, N, three oh three
oh", "ge, ache... bórralo, ge, ka, ene", "never mind", "me equivoqué", "no le hagas caso". Like "no" or
"sorry", it takes back what this turn said before it (a run said again from its start replaces the run),
never the value collected in earlier turns; said at the start of a turn, it still drops the turn before."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Uh, G, H... scratch that, G, K, N, three oh three oh.", "en-US", "GKN-3030"),
        ("R, T... strike that, R, F, T, five five two.", "en-US", "RFT-552"),
        ("W, X... never mind, W, Y, Z, one two three.", "en-US", "WYZ-123"),
        ("B, C, D, four four... my bad, four five six.", "en-US", "BCD-456"),
        ("Ge, ache... bórralo, ge, ka, ene, tres cero tres cero.", "es-MX", "GKN-3030"),
        ("Ele, eme... borra eso, ele, ene, pe, siete siete uno.", "es-MX", "LNP-771"),
        ("Erre, te... olvídalo, erre, efe, te, dos uno dos.", "es-MX", "RFT-212"),
        ("Jota, ka, eme... me equivoqué, ene, cuatro cuatro ocho.", "es-MX", "JKN-448"),
        ("Ve, ere, equis... no le hagas caso, ve, ere, zeta, nueve nueve uno.", "es-MX", "VRZ-991"),
    ],
)
def test_a_take_back_in_words_replaces_what_the_turn_said_before_it(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    ("turns", "locale", "heard"),
    [
        (["Uh, G, H... scratch that, G, K, N, three oh three oh."], "en-US", "G K N 3 0 3 0"),
        (["Ge, ache... borra eso, ge, ka, ene, tres cero tres cero."], "es-MX", "G K N 3 0 3 0"),
        # said at the start of a turn, the take-back is about the turn before
        (["Ge, ka, ene.", "Borra eso, eme, tres cero tres cero."], "es-MX", "M 3 0 3 0"),
        (["G, K, N.", "Scratch that."], "en-US", ""),
    ],
)
def test_turn_by_turn_the_take_back_is_about_this_turn_when_it_said_pieces_first(
        turns: list[str], locale: str, heard: str) -> None:
    assert plate_fed(locale, *turns).so_far() == heard
