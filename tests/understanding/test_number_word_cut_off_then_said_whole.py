"""A number word cut off and said whole ("tres ciento... trescientos dieciocho": the recogniser writes the cut
"trescientos" as two words; "three hund... three hundred eighteen"), and an amount's round figure said again
with more ("como ochocientos, ¿bueno?, ochocientos veinte", "about eight hundred, hello?, eight hundred
twenty": the line check between them is no word of either): the caller starting over, one number. Numbers
dictated in chunks stay chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding.amounts import extract_amount
from daisy_engine.understanding.integers import extract_integer
from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ka, ye griega, equis, tres ciento... trescientos dieciocho.", "es-MX", "KYX-318"),
        ("A, be, ce, cuatro cien... cuatrocientos doce.", "es-MX", "ABC-412"),
        ("A be ce, seis cien, seiscientos uno.", "es-MX", "ABC-601"),
        ("A B C, three hund... three hundred eighteen.", "en-US", "ABC-318"),
        ("ABC, four thou... four thousand twelve.", "en-US", "ABC-4012"),
        ("A be ce, tres tres tres.", "es-MX", "ABC-333"),
    ],
)
def test_a_plate_number_cut_off_and_said_whole_is_said_once(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


def test_a_unit_number_cut_off_and_said_whole_is_said_once() -> None:
    assert extract_integer("La tres ciento... trescientos dieciocho.", "es-MX") == "318"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Como ochocientos, ¿bueno?, ochocientos veinte.", "es-MX", "820"),
        ("Ochocientos, ochocientos veinte.", "es-MX", "820"),
        ("Mil, mil doscientos pesos.", "es-MX", "1200"),
        ("Ocho ciento... ochocientos veinte.", "es-MX", "820"),
        ("Like eight hundred... eight hundred twenty.", "en-US", "820"),
        ("Seven hundred, seven hundred five dollars.", "en-US", "705"),
        ("Doce cincuenta.", "es-MX", "12.50"),
        ("Three eighty-five.", "en-US", "385"),
        ("About eight hundred, hello?, eight hundred twenty", "en-US", "820"),
        ("Around nine hundred... hello? Nine hundred fifty dollars.", "en-US", "950"),
        ("Like two thousand, hallo?, two thousand five hundred", "en-US", "2500"),
    ],
)
def test_an_amount_said_round_then_with_more_is_the_second(text: str, locale: str, expected: str) -> None:
    assert extract_amount(text, locale) == expected


async def test_the_amount_after_a_line_check_is_read_back(tmp_path: Path) -> None:
    (tmp_path / "prompts" / "advance" / "en-US").mkdir(parents=True)
    for name, text in {"ask_advance": "How much?", "confirm_advance": "{{ advance }}, right?", "bye": "Bye."}.items():
        (tmp_path / "prompts" / "advance" / "en-US" / f"{name}.j2").write_text(text, "utf-8")
    (tmp_path / "advance.yaml").write_text("""\
version: 1
name: advance
locales: [en-US]
defaults: {policy: {on_exhausted: bye}}
slots:
  advance: {type: amount}
states:
  ask:
    collect: [advance]
    on: [{on: done, to: bye}]
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
""", "utf-8")
    conv = Conversation(compile_flow(load_flow(tmp_path / "advance.yaml")), locale="en-US", store=MemoryStore())
    await conv.start()
    await conv.user_turn("About eight hundred, hello?, eight hundred twenty")
    assert conv.pending == "820"
