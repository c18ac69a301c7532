"""A letter said alone, then alone again in the caller's next turn ("Letra jota." - "Jota.", "Ene." - "Me
traen."): a double letter, or the same letter said again to make it clear - callers echo a letter they hear
read back, and a garbled "letra" makes them say it once more. While the plate has room both stay (the
read-back shows two); when the next letter has no room after them (the plate takes three letters), a
listener takes them as one letter and writes the new one after it, never dropping the new letter. A bare
name that is a word as well ("te") said alone right after the same letter heard through a garbled "letra"
("le trate") is that letter said again. Letters said as two ("otra ka", "doble ka"), or with another
letter between them, stay two."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_char
from daisy_engine.understanding.types.plate import PlateAccumulator

from .plate_helpers import DAISY_PLATE, plate_fed


def _heard(locale: str, *turns: str) -> PlateAccumulator:
    """The plate after `turns`, each heard as the dictation question hears it (`hear_char`)."""
    acc = PlateAccumulator("plate", locale, DAISY_PLATE)
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return acc


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Be de burro.", "Letra jota.", "Jota.", "A.", "Dos cero cinco siete."], "BJA-2057"),
        ("es-MX", ["Pe.", "Ka.", "Ka.", "Ele de León.", "Treinta y uno."], "PKL-31"),
        ("es-MX", ["Ese.", "Ese.", "Erre.", "Erre.", "Doble u.", "Cuatro cuatro."], "SRW-44"),
        ("es-MX", ["Letra te.", "Ene.", "Ene.", "Equis.", "Noventa."], "TNX-90"),
        ("es-MX", ["Le trate.", "Te.", "Ene.", "Ene.", "Doble u.", "Cuarenta y cuatro."], "TNW-44"),
        ("en-US", ["Bee.", "Jay.", "Jay.", "A.", "Two zero five seven."], "BJA-2057"),
        ("en-US", ["Letter tee.", "En.", "En.", "Double you.", "Four four."], "TNW-44"),
    ],
)
def test_a_letter_with_no_room_after_a_letter_said_again_follows_it(
        locale: str, turns: list[str], plate: str) -> None:
    assert _heard(locale, *turns).value == plate
    assert plate_fed(locale, *turns).value == plate


def test_the_new_letter_is_read_back_in_its_place() -> None:
    acc = _heard("es-MX", "Be.", "Jota.", "Jota.")
    assert acc.so_far() == "B J J"  # room for both: a double letter while it may be one
    after = hear_char(acc, "A.", "es-MX")
    assert after.accumulator is not None and after.accumulator.so_far() == "B J A"
    assert after.accumulator.no_room() == ""


def test_the_bare_word_name_after_a_garbled_letra_is_the_same_letter() -> None:
    assert _heard("es-MX", "Le trate.", "Te").so_far() == "T"
    assert _heard("es-MX", "Le trate.", "Te", "Ene.").so_far() == "T N"


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Ene.", "Ka.", "Ka.", "Uno dos tres."], "NKK-123"),  # room for both: a double letter
        ("es-MX", ["Jota.", "Jota.", "A.", "Setecientos cinco."], "JJA-705"),
        ("es-MX", ["Ene.", "Ka.", "Otra ka.", "Be.", "Uno dos tres."], "NKK-123"),  # said as two
        ("es-MX", ["Ene.", "Ka.", "Doble ka.", "Uno dos tres."], "NKK-123"),
        ("es-MX", ["Ka.", "Ele.", "Eme.", "Eme.", "Ele.", "Uno dos tres."], "KLM-123"),  # no letter after
        ("es-MX", ["A.", "Be.", "Ce.", "De.", "Uno dos tres."], "ABC-123"),  # no letter said again
        ("es-MX", ["Te.", "Te.", "Uno dos tres."], "TT-123"),
        ("en-US", ["En.", "Kay.", "Kay.", "One two three."], "NKK-123"),
        ("en-US", ["En.", "Kay.", "Another kay.", "Bee.", "One two three."], "NKK-123"),
    ],
)
def test_trap_letters_said_again_with_room_or_as_two_stay(locale: str, turns: list[str], plate: str) -> None:
    assert _heard(locale, *turns).value == plate
    assert plate_fed(locale, *turns).value == plate


@pytest.mark.parametrize(
    ("locale", "turns"),
    [
        ("es-MX", ["Erre.", "Ka.", "Luego ka.", "Te."]),
        ("es-MX", ["Erre.", "Ka.", "Después ka.", "Te."]),
        ("es-MX", ["Erre.", "Ka.", "Sigue ka.", "Te."]),
        ("es-MX", ["Erre.", "Ka.", "La siguiente ka.", "Te."]),
        ("es-MX", ["Erre.", "Ka.", "La tercera ka.", "Te."]),
        ("en-US", ["R.", "K.", "And K.", "T."]),
        ("en-US", ["R.", "K.", "Then K.", "T."]),
        ("en-US", ["R.", "K.", "Next K.", "T."]),
        ("en-US", ["R.", "K.", "The next one is K.", "T."]),
        ("en-US", ["R.", "K.", "K too.", "T."]),
    ],
)
def test_trap_the_same_letter_given_as_the_next_one_is_a_second_letter(locale: str, turns: list[str]) -> None:
    # "luego ka", "and K": the caller says the K is the plate's next letter, not the last one said again; a
    # letter with no room after it changes nothing
    assert _heard(locale, *turns).so_far() == "R K K"
    assert _heard(locale, *turns[:-1], "Uno dos tres." if locale == "es-MX" else "One two three.").value \
        == "RKK-123"
