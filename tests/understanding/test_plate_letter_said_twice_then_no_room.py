""""Ene." - "Ka, ka." - "Be.": a bare letter said twice in one turn may be a double letter or the letter said
twice to make it clear. When the next letter has no room after the pair (the plate takes three letters),
a listener takes the pair as one letter and writes the new one after it (NKB), and reads the plate back
for the caller to hear; the new letter is never dropped without a word. A pair said as two ("otra ka",
"doble ka") is two letters, and a letter with no room then still changes nothing. (The letter said alone
again in a turn of its own is the same case as the pair: see test_plate_letter_said_alone_again.py.)"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.plate import PlateAccumulator


def _plate(locale: str, turns: list[str]) -> PlateAccumulator:
    acc = PlateAccumulator("plate", locale, {})
    for turn in turns:
        acc.feed(turn)
    return acc


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Ene.", "Ka, ka.", "Be.", "Uno dos tres."], "NKB-123"),
        ("es-MX", ["Ene, ka, ka.", "Be, uno dos tres."], "NKB-123"),
        ("es-MX", ["Erre, erre.", "Ese.", "Equis, cuatro cinco seis."], "RSX-456"),
        ("es-MX", ["Ka, ka.", "Be.", "Ele.", "Setecientos."], "KBL-700"),
        ("en-US", ["En.", "Kay, kay.", "Bee.", "One two three."], "NKB-123"),
    ],
)
def test_the_pair_was_one_letter_said_twice(locale: str, turns: list[str], plate: str) -> None:
    assert _plate(locale, turns).value == plate


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        (["Ene.", "Ka, ka.", "Uno dos tres."], "NKK-123"),  # room for both: a double letter
        (["Ka, ka, ele, cuatro cinco seis."], "KKL-456"),
        (["Ene.", "Ka, otra ka.", "Be.", "Uno dos tres."], "NKK-123"),  # said as two
        (["Ene.", "Doble ka.", "Be.", "Uno dos tres."], "NKK-123"),
        (["Ka.", "Ele.", "Eme.", "Ese.", "Uno dos tres."], "KLM-123"),  # no letter said again: no pair
        (["A.", "Be.", "Ce.", "De.", "Uno dos tres."], "ABC-123"),  # no pair: what is held stays
    ],
)
def test_trap_two_letters_said_as_two_stay(turns: list[str], plate: str) -> None:
    assert _plate("es-MX", turns).value == plate
