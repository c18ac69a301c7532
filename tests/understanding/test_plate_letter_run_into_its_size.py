""""Vegrande de burro", "bechica", "ve-chica": the recogniser ran a B or V name into the size that tells
them apart ("be grande" is the B, "ve chica" the V). The letter is the sized one, as if said apart, in a
plate, in its corrections and in an e-mail; a word that only looks so ("Balta", "Vega") stays a word. So is the
name said twice before its size and run together ("Bebe grande." = "be, be grande"): one letter, made clear at
once; "bebe" with no size after it is a word."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract
from daisy_engine.understanding.plates import plate_pieces
from daisy_engine.understanding.types.plate import PlateAccumulator


@pytest.mark.parametrize(
    ("said", "letter"),
    [
        ("Vegrande de burro.", "B"),
        ("Begrande.", "B"),
        ("Vegrande.", "B"),  # the size says which: a big one is the B however the name was heard
        ("Belarga.", "B"),
        ("Vechica de Veracruz.", "V"),
        ("Bechica.", "V"),
        ("Vechiquita.", "V"),
        ("Uvechica.", "V"),
        ("Ve-grande de burro.", "B"),
        ("Vecorta.", "V"),
        ("Bebe grande.", "B"),
        ("Bebegrande.", "B"),
        ("Veve chica.", "V"),
        ("Bebe, larga.", "B"),
    ],
)
def test_a_name_run_into_its_size_is_the_sized_letter(said: str, letter: str) -> None:
    pieces = [p for p in plate_pieces(said, "es").pieces if p.kind != "dash"]
    assert [(p.chars, p.sized) for p in pieces] == [(letter, True)]


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        (["Ene de Nayarit.", "Ve chica de Veracruz.", "Vegrande de burro.", "Doscientos veinticinco."], "NVB-225"),
        (["Begrande, ere, te.", "Cuatro cinco uno."], "BRT-451"),
        (["Ele.", "Vechica.", "Eme, trescientos diez."], "LVM-310"),
        (["Equis.", "Ene.", "Ene de Nayarit.", "Bebe grande.", "Trescientos treinta y cinco."], "XNB-335"),
        (["Ka.", "Veve chica.", "Ele.", "Cuatro cinco uno."], "KVL-451"),
    ],
)
def test_a_plate_dictated_with_the_run_together_size(turns: list[str], plate: str) -> None:
    acc = PlateAccumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{3,4}"})
    for turn in turns:
        acc.feed(turn)
    assert acc.value == plate


def test_a_letter_put_right_with_the_run_together_size() -> None:
    acc = PlateAccumulator("plate", "es-MX", {})
    acc.feed("Ene ve ele cuatro cuatro nueve")
    assert acc.value == "NVL-449"
    assert acc.edit("No, es begrande.")
    assert acc.value == "NBL-449"


def test_an_address_spelled_with_the_run_together_size() -> None:
    assert extract("email", "Begrande, a, ele, te, a, arroba gmail punto com.", "es-MX") == "balta@gmail.com"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Balta.", None),  # a name, no "be alta"
        ("Vega.", None),
        ("Bebe.", None),  # a word, with no size after it
        ("Ve de vaca.", "V"),  # a spelling word stays the letter's own
    ],
)
def test_trap_words_that_only_look_run_together(said: str, expected: str | None) -> None:
    pieces = [p for p in plate_pieces(said, "es").pieces if p.kind != "dash" and p.strong]
    assert (pieces[0].chars if pieces else None) == expected
