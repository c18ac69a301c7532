"""A caller who takes back a character inside one turn ("te de... no, de de dedo"): the character said
after the take-back replaces the last one of its kind; talk that only contains "no" changes nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Erre de Roma, te de... no, de de dedo, eme, cuatro cuatro uno.", "es-MX", "RDM-441"),
        ("Ge de gato, hache, ene, quinientos treinta... no, perdón, quinientos trece.", "es-MX", "GHN-513"),
        ("a, be, no, ve de vaca, ce, 123", "es-MX", "AVC-123"),
        ("Jota, ka, ele, ciento veinte, digo, ciento doce.", "es-MX", "JKL-112"),
        ("B, no, D as in dog, X, 1 2 3", "en-US", "DX-123"),
        ("M, N, P, four five six, sorry, four five seven.", "en-US", "MNP-457"),
    ],
)
def test_a_take_back_replaces_the_last_character_of_its_kind(text: str, locale: str, plate: str) -> None:
    assert extract_plate(text, locale) == plate


@pytest.mark.parametrize(
    "text",
    [
        "Eme de mamá, ene de Nayarit, y los números no se ven, están tapados de lodo.",
        "No me acuerdo de la placa.",
    ],
)
def test_no_in_talk_is_not_a_take_back(text: str) -> None:
    assert extract_plate(text, "es-MX") is None
