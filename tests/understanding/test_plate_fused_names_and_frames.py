"""Plate dictation as the recogniser writes it: a vowel letter name run together with "de" ("Ode oso",
"Ade árbol", "Ude uva") is its letter when the word after it agrees; a correction said twice ("... no,
be de burro, be de burro") is one letter; the verb of a frame ("letters are", "las letras son") is no
letter. A letter said twice with its word and no correction is a double letter, as before."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_plate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ade árbol, erre de rancho, te de toro, cuatro cinco seis.", "ART-456"),
        ("Ede elefante, ele de luna, dos dos ocho.", "EL-228"),
        ("Gede gato, Ude uva, Ese sapo, nueve cero uno.", "GUS-901"),
        ("Eme de mamá, Ide iglesia, ka, trescientos diez.", "MIK-310"),
    ],
)
def test_a_vowel_run_together_with_de_is_its_letter_when_the_word_agrees(text: str, expected: str) -> None:
    assert extract_plate(text, "es-MX") == expected


def test_a_run_together_vowel_without_an_agreeing_word_is_no_letter() -> None:
    # "ode" alone: nothing says which letter it was, so it adds none
    assert extract_plate("Ode, ka de kilo, ele de luna, eme, uno dos tres.", "es-MX") == "KLM-123"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ese de sapo... no, ce de casa, ce de casa. Ele, eme, cuatro cuatro uno.", "es-MX", "CLM-441"),
        ("Ge de gato, perdón, jota de Jalisco, jota de Jalisco, ka, dos uno dos.", "es-MX", "JK-212"),
        ("M as in Mary, no, N as in Nancy, N as in Nancy, P, seven one seven.", "en-US", "NP-717"),
    ],
)
def test_a_correction_said_twice_is_one_letter(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ele de luna, ele de luna, te, cinco cinco cero.", "es-MX", "LLT-550"),  # a double letter
        ("Ere, ere, ese, uno dos tres.", "es-MX", "RRS-123"),
    ],
)
def test_a_letter_said_twice_without_a_correction_is_a_double_letter(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("The letters are K M, numbers two two one.", "en-US", "KM-221"),
        ("Letters are T R W, numbers are four oh four.", "en-US", "TRW-404"),
        ("Las letras son jota, ka, los números son siete siete cero.", "es-MX", "JK-770"),
        ("Las letras son a, te, ele, los números son seis uno uno.", "es-MX", "ATL-611"),
    ],
)
def test_the_verb_of_a_frame_is_not_a_letter(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected


def test_a_dictated_r_in_english_stays_a_letter() -> None:
    assert extract_plate("A, R, E, one two three.", "en-US") == "ARE-123"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("No, empieza con la ge. Ge, ele, te, dos cero dos.", "es-MX", "GLT-202"),
        ("Comienza con eme, eme, a, ene, cuatro cuatro cuatro.", "es-MX", "MAN-444"),
        ("It starts with a P. P, Q, R, nine one nine.", "en-US", "PQR-919"),
        ("Empieza con la ge, luego ele, te, dos cero dos.", "es-MX", "GLT-202"),  # said once: kept
    ],
)
def test_the_first_letter_announced_then_dictated_is_said_once(text: str, locale: str, expected: str) -> None:
    assert extract_plate(text, locale) == expected
