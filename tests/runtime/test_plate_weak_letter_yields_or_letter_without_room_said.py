"""A letter heard only through a garbled "letra" ("Le trasé." as C) is held less firmly than one said clearly:
when a clear letter later has no room after the letters held, it takes the weak one's place (N C X + "Be larga."
is N X B). A clear letter with no room and no weak one to yield is never dropped silently: the question says
it has no room (`no_room`), and what was held stays."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import new_accumulator

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}
DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"


def _fed(*turns: str, locale: str = "es-MX") -> object:
    plate = new_accumulator("plate", locale, PLATE)
    for turn in turns:
        plate.feed(turn)
    return plate


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (("Letra ge.", "Le traca.", "¿Me escucha?", "Letra eme.", "Letra efe.", "Cuatrocientos uno."), "GMF-401"),
        (("Letra ge.", "Le trade.", "Letra eme.", "Letra efe.", "Cuatrocientos uno."), "GMF-401"),
    ],
)
def test_a_clear_letter_without_room_takes_the_place_of_the_garbled_one(turns: tuple[str, ...], value: str) -> None:
    assert _fed(*turns).value == value  # type: ignore[attr-defined]


def test_the_garbled_letter_stays_while_there_is_room() -> None:
    assert _fed("Letra ge.", "Le traca.", "Letra eme.", "Cuatrocientos uno.").value == "GKM-401"  # type: ignore


def test_clear_letters_are_never_replaced_and_the_one_without_room_is_named() -> None:
    plate = _fed("Letra ge.", "Letra ka.", "Letra eme.", "Efe de Florida.")
    assert plate.so_far() == "G K M"  # type: ignore[attr-defined]
    assert plate.no_room() == "F"  # type: ignore[attr-defined]


def test_the_last_letter_said_again_is_no_letter_without_room() -> None:
    plate = _fed("Ce de Celaya.", "De.", "Ve de Villa.", "Ve.")
    assert plate.so_far() == "C D V"  # type: ignore[attr-defined]
    assert plate.no_room() == ""  # type: ignore[attr-defined]


def test_no_room_is_only_the_last_turns() -> None:
    plate = _fed("Letra ge.", "Letra ka.", "Letra eme.", "Efe de Florida.", "Cuatrocientos uno.")
    assert plate.no_room() == ""  # type: ignore[attr-defined]
    assert plate.value == "GKM-401"  # type: ignore[attr-defined]


async def _call(locale: str, turns: list[str]) -> list[str]:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale=locale, store=MemoryStore())
    await conv.start()
    return [said(await conv.user_turn(turn)) for turn in turns]


@pytest.mark.parametrize(
    ("locale", "turns", "notice"),
    [
        ("es-MX", ["sí", "Luis Pérez", "sí", "42", "sí", "ge", "ka", "eme", "Efe de Florida."], "La F ya no cabe"),
        ("en-US", ["yes", "Luis Perez", "yes", "42", "yes", "G", "K", "M", "F as in Frank"], "no room for F"),
    ],
)
def test_daisy_says_a_letter_has_no_room_and_keeps_what_she_has(locale: str, turns: list[str], notice: str) -> None:
    replies = asyncio.run(_call(locale, turns))
    assert notice in replies[-1]
    assert "G K M" in replies[-1]
    assert notice not in replies[-2]


@pytest.mark.parametrize(
    ("locale", "turns", "after"),
    [
        ("es-MX", ["sí", "Luis Pérez", "sí", "42", "sí", "ge ka eme", "Efe de Florida."], "espere"),
        ("es-MX", ["sí", "Luis Pérez", "sí", "42", "sí", "ge ka eme", "de"], "mmm"),
        ("es-MX", ["sí", "Luis Pérez", "sí", "42", "sí", "ge ka eme", "equis"], "sí"),
        ("es-MX", ["sí", "Luis Pérez", "sí", "42", "sí", "ge ka eme", "equis"], "este..."),
        ("en-US", ["yes", "Luis Perez", "yes", "42", "yes", "G K M", "F as in Frank"], "hold on"),
        ("en-US", ["yes", "Luis Perez", "yes", "42", "yes", "G K M", "D"], "yes"),
    ],
)
def test_the_notice_is_not_said_again_for_a_turn_naming_no_letter(locale: str, turns: list[str], after: str) -> None:
    replies = asyncio.run(_call(locale, [*turns, after]))
    assert "G K M" in replies[-1]
    assert "no cabe" not in replies[-1] and "no room" not in replies[-1]


@pytest.mark.parametrize(
    ("locale", "said_after"),
    [
        ("en-US", "Why?"), ("en-US", "you"), ("en-US", "are"), ("en-US", "I"), ("en-US", "be"),
        ("es-MX", "Sí, ese."), ("es-MX", "No, ese."), ("es-MX", "de"), ("es-MX", "te"), ("es-MX", "e"),
    ],
)
def test_a_word_that_may_be_no_letter_at_all_is_no_letter_without_room(locale: str, said_after: str) -> None:
    plate = _fed("G K M" if locale == "en-US" else "ge ka eme", said_after, locale=locale)
    assert plate.so_far() == "G K M"  # type: ignore[attr-defined]
    assert plate.no_room() == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("locale", "said_after", "letter"),
    [("es-MX", "De de dedo.", "D"), ("es-MX", "Be larga.", "B"), ("es-MX", "equis", "X"), ("en-US", "D", "D"),
     ("en-US", "D as in David", "D")],
)
def test_a_clear_letter_without_room_is_still_named(locale: str, said_after: str, letter: str) -> None:
    held = "G K M" if locale == "en-US" else "ge ka eme"
    assert _fed(held, said_after, locale=locale).no_room() == letter  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("turns", "held"),
    [
        (("Letra ene.", "Le trasé.", "Letra equis.", "Equis."), "N C X"),
        (("Letra ene.", "Le trasé.", "Letra equis.", "Letra equis."), "N C X"),
        (("Letra a.", "Le trabe.", "Letra ce.", "Ce."), "A B C"),
    ],
)
def test_the_last_letter_said_again_never_takes_the_garbled_ones_place(turns: tuple[str, ...], held: str) -> None:
    plate = _fed(*turns)
    assert plate.so_far() == held  # type: ignore[attr-defined]
    assert plate.no_room() == ""  # type: ignore[attr-defined]
