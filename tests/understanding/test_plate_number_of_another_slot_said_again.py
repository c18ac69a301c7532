"""Digits said on their own at a plate's question that are the value of another of the call's slots (option
`other_values`: the tractor's number "Uno cero nueve." said again) are held; a number said later with no room
after them is the plate's own and takes their place. With room, or with no such other value, it is more of the
plate, or nothing.

Such digits said before any letter ("Trailer five thirty." - "Z" - "R" - "T"), even with words naming what they
are, were no part of the plate: the letters said after them leave the plate's own number still to come (the
value goes on, it is not read back), and any number said next takes their place, room or not (ZRT-218, never
ZRT-5302)."""

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


@pytest.mark.parametrize(
    ("locale", "others", "turns", "value"),
    [
        ("en-US", ("530",), ["Trailer five thirty.", "Z as in zebra.", "R.", "T as in Tom.", "Two", "eighteen."],
         "ZRT-218"),
        ("en-US", ("530",), ["Five thirty.", "Z.", "R.", "T.", "Two eighteen."], "ZRT-218"),
        ("es-MX", ("740",), ["La caja setecientos cuarenta.", "Ka.", "Ele.", "Eme.", "Nueve.", "Uno dos."], "KLM-912"),
        ("es-MX", ("88",), ["Ochenta y ocho.", "A, be, ce.", "Cuatro, cinco."], "ABC-45"),
    ],
)
def test_a_number_after_letters_said_after_another_slots_digits_is_the_plates(
        locale: str, others: tuple[str, ...], turns: list[str], value: str) -> None:
    acc = PlateAccumulator("plate", locale, {"pattern": _PATTERN, "other_values": others})
    for turn in turns:
        acc.feed(turn)
    assert acc.value == value


@pytest.mark.parametrize(
    ("locale", "turns"),
    [
        ("en-US", ["Trailer five thirty.", "Z.", "R.", "T."]),
        ("es-MX", ["Setecientos cuarenta.", "Ka, ele, eme."]),
    ],
)
def test_letters_after_another_slots_digits_leave_the_plate_going_on(locale: str, turns: list[str]) -> None:
    acc = PlateAccumulator("plate", locale, {"pattern": _PATTERN, "other_values": ("530", "740")})
    for turn in turns:
        acc.feed(turn)
    assert acc.may_go_on()


def test_digits_of_no_other_slot_said_first_are_the_plates() -> None:
    # "cuatro ocho cinco" - "ene, eme, ese": the caller read his plate's digits first (NMS-485), whole
    acc = PlateAccumulator("plate", "es-MX", {"pattern": _PATTERN, "other_values": ("530",)})
    for turn in ["Cuatro ocho cinco.", "Ene, eme, ese."]:
        acc.feed(turn)
    assert acc.value == "NMS-485"
