"""Two plate letters a listener hears plainly: a consonant named whole before a word that opens with the sound of
its name ("ele de elefante", "ese de escuela", "L as in elephant", "R as in Arthur") is that consonant, never the
word's vowel (the caller picked the word for its sound; a mangled lead, "El elefante", "De dededo", is still the
word's letter, as the real calls read it back); and "le traa" among misheard "letra"s is "letra a", the "a" of
"tra" and the letter said as one (before a letter named, "le traa eme", it is only "letra" drawn out). At the
question and at the read-back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate

from .call_helpers import heard_at_question, heard_at_read_back

CASES = [
    ("Ele de elefante, eme de mamá, ene de Nicolás, cuatro cinco siete.", "es-MX", "LMN-457"),
    ("Ese de escuela, eme, ene, cuatro cinco siete.", "es-MX", "SMN-457"),
    ("Erre de Ernesto, te, be, dos dos uno.", "es-MX", "RTB-221"),
    ("Efe de Efraín, equis de Excélsior, jota, ocho ocho uno.", "es-MX", "FXJ-881"),
    ("L as in elephant, M, N, four five seven.", "en-US", "LMN-457"),
    ("R as in Arthur, S as in Esther, T, one one two.", "en-US", "RST-112"),
    ("Letra efe, le traa, le trae ese... nueve cero uno dos.", "es-MX", "FAS-9012"),
    ("Le traa, le trae be, le trae ce, uno dos tres.", "es-MX", "ABC-123"),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CASES)
def test_the_letter_a_listener_hears_is_kept(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("E de elefante, eme, ene, cuatro cinco siete.", "es-MX", "EMN-457"),
    ("El elefante, eme, ene, cuatro cinco siete.", "es-MX", "EMN-457"),
    ("De de dedo, eme, ene, cuatro cinco siete.", "es-MX", "DMN-457"),
    ("Le traa eme, letra ene, letra o, uno dos tres.", "es-MX", "MNO-123"),
])
def test_the_word_still_spells_after_a_mangled_lead_and_a_drawn_out_letra_names_nothing(
        text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("Ele de elefante, eme de mamá, ene de Nicolás, cuatro cinco siete ocho.", "es-MX", "LMN-4578"),
    ("L as in elephant, M, N, four five seven eight.", "en-US", "LMN-4578"),
    CASES[6],
])
async def test_the_plate_is_read_back_so_in_a_call(text: str, locale: str, expected: str) -> None:
    # (four digits: after three the call waits for the caller to go on)
    wrong = "equis ye ca, uno dos tres cuatro" if locale == "es-MX" else "X Y K, one two three four"
    assert await heard_at_question("tractor_plate", locale, text) == expected
    assert await heard_at_read_back("tractor_plate", locale, wrong, f"No, {text[0].lower()}{text[1:]}") == expected
