"""Digits said on their own at a plate's question that are the value of another of the call's slots (option
`other_values`: the tractor's number "Uno cero nueve." said again) are held; a number said later with no room
after them is the plate's own and takes their place. With room, or with no such other value, it is more of the
plate, or nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.plate import PlateAccumulator

_PATTERN = r"[A-Z]{2,3}-\d{2,4}"


def _plate(others: tuple[str, ...], *turns: str) -> PlateAccumulator:
    acc = PlateAccumulator("plate", "es-MX", {"pattern": _PATTERN, "other_values": others})
    for turn in turns:
        acc.feed(turn)
    return acc


@pytest.mark.parametrize(
    ("others", "turns", "value"),
    [
        (("109",), ["Uno cero nueve.", "Ve de Veracruz.", "Be de burro.", "Te de Tijuana.", "Quinientos sesenta."],
         "VBT-560"),
        (("4512",), ["Cuatro cinco uno dos.", "A.", "Be.", "Ce.", "Seiscientos treinta."], "ABC-630"),
        (("88", "Ana Ruiz"), ["Ochenta y ocho.", "Ka, ele, eme.", "Novecientos doce."], "KLM-912"),
    ],
)
def test_the_plate_number_takes_the_place_of_another_slots_number(
        others: tuple[str, ...], turns: list[str], value: str) -> None:
    assert _plate(others, *turns).value == value


@pytest.mark.parametrize(
    ("others", "turns", "value"),
    [
        ((), ["Uno cero nueve.", "Ve de Veracruz.", "Be de burro.", "Te de Tijuana.", "Quinientos sesenta."],
         "VBT-109"),  # no other value known: the digits held stand
        (("109",), ["Ve be te.", "Ciento nueve."], "VBT-109"),  # said after the letters: the plate's
    ],
)
def test_digits_not_said_apart_or_with_room_stand(others: tuple[str, ...], turns: list[str], value: str) -> None:
    assert _plate(others, *turns).value == value
