""""Punto ene" while an address is dictated piece by piece ("Rosa tapia." - "Punto ene." - "Arroba gmail punto
com."): a dot and a letter, two characters of the address - never the letter alone with its dot lost
(rosatapian). The letter said alone is still one letter, and a plate, which has no dots, still reads the
letter of "punto ene"."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_char
from daisy_engine.understanding import extract_char
from daisy_engine.understanding.types.email import EmailAccumulator
from daisy_engine.understanding.types.plate import PlateAccumulator

from .plate_helpers import DAISY_PLATE


def _address(locale: str, *turns: str) -> EmailAccumulator:
    acc = EmailAccumulator("email", locale, {})
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return acc


@pytest.mark.parametrize(
    ("locale", "turns", "address"),
    [
        ("es-MX", ["Rosa tapia", "punto ene", "arroba gmail punto com."], "rosatapia.n@gmail.com"),
        ("es-MX", ["Luis", "punto a", "arroba hotmail punto com"], "luis.a@hotmail.com"),
        ("es-MX", ["Marco", "punto, ere", "arroba yahoo punto com"], "marco.r@yahoo.com"),
        ("en-US", ["Dana", "dot K.", "at gmail dot com"], "dana.k@gmail.com"),
    ],
)
def test_a_dot_and_a_letter_said_together_are_both_kept(locale: str, turns: list[str], address: str) -> None:
    assert _address(locale, *turns).value == address


def test_a_letter_said_alone_is_one_letter() -> None:
    assert _address("es-MX", "Marta", "ene", "arroba gmail punto com").value == "martan@gmail.com"
    assert extract_char("ene", "es-MX") == "N"


def test_trap_a_plate_reads_the_letter_after_a_dot_word() -> None:
    acc = PlateAccumulator("plate", "es-MX", DAISY_PLATE)
    for turn in ("Ene.", "Punto ere.", "Ese.", "Uno dos tres."):
        heard = hear_char(acc, turn, "es-MX")
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    assert acc.so_far().replace(" ", "").startswith("NRS")
