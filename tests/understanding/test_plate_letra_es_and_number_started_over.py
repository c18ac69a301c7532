"""Two things a driver says while dictating a plate piece by piece.

"Letra es." is "letra ese" with the recogniser's short "es": when nothing that could be the letter of a
frame follows ("la letra es be"), the "es" is the letter S, as "letter are" is R. A sentence about a letter
("la primera letra es...", "the letters are...") stays a frame.

"Setecientos, setecientos cinco": a round number said and then said again with more is the caller
starting the number over, one number (705), in a plate as in a unit number. Chunks of a dictation
("setenta, setenta y uno", "cuatro, cuatro dos") stay chunks."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.integers import extract_integer
from daisy_engine.understanding.plates import extract_char

from .plate_helpers import plate_fed


@pytest.mark.parametrize(("said", "letter"), [
    ("Letra es.", "S"),
    ("letra es", "S"),
    ("Letra es en minúscula.", "S"),
    ("Letra es, de Sonora.", "S"),
    ("Sí, letra es.", "S"),
])
def test_letra_es_alone_is_the_letter_s(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX") == letter


@pytest.mark.parametrize(("said", "letter"), [
    ("La letra es be.", "B"),  # the frame names B
    ("la letra es la ene", "N"),
    ("Letra es, de dedo.", "D"),  # the word spells D: "la letra es de, de dedo"
    ("the letter is b", "B"),
    ("letra es la ce", "C"),
])
def test_a_frame_still_names_the_letter_after_it(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX" if "letter" not in said else "en-US") == letter


@pytest.mark.parametrize(("said", "locale"), [
    ("La primera letra es", "es-MX"),  # the caller stopped before the letter
    ("la letra es", "es-MX"),
    ("Las letras son", "es-MX"),
    ("The letters are", "en-US"),
    ("the last letter is", "en-US"),
    ("Letra es...", "es-MX"),  # written as trailing off: the letter is still to come
    ("Letra es, este…", "es-MX"),
    ("Letter are...", "en-US"),
])
def test_a_sentence_cut_before_its_letter_names_none(said: str, locale: str) -> None:
    assert extract_char(said, locale) is None


def test_letra_said_before_each_letter_keeps_the_s_between_them() -> None:
    assert plate_fed("es-MX", "Letra te, letra es, letra ge, cuatro cuatro uno.").value == "TSG-441"


def test_letra_before_each_letter_and_a_frame_with_its_article() -> None:
    # "letra es la ce" names C, also after "letra be"
    assert plate_fed("es-MX", "Letra be, letra es la ce, uno dos tres.").value == "BC-123"


def test_letra_es_trailing_off_waits_for_the_letter_in_the_next_turn() -> None:
    assert plate_fed("es-MX", "A, be.", "Letra es...", "Ce de casa.", "Uno, dos, tres.").value == "ABC-123"


def test_a_plate_dictated_letter_by_letter_with_letra_es() -> None:
    acc = plate_fed("es-MX", "Letra ka.", "Letra es.", "Eme de mamá.", "Ocho, uno, dos.")
    assert acc.value == "KSM-812"


@pytest.mark.parametrize(("turns", "plate"), [
    (("Ere.", "A.", "Letra te.", "Cuatrocientos, cuatrocientos doce."), "RAT-412"),
    (("Be de burro, ka, ele", "Novecientos... novecientos treinta."), "BKL-930"),
    (("Ge, jota, eme, doscientos, doscientos ocho",), "GJM-208"),
])
def test_a_plate_number_started_over_is_one_number(turns: tuple[str, ...], plate: str) -> None:
    assert plate_fed("es-MX", *turns).value == plate


def test_an_english_plate_number_started_over() -> None:
    assert plate_fed("en-US", "K, L, M, seven hundred, seven hundred five").value == "KLM-705"


@pytest.mark.parametrize(("turns", "plate"), [
    (("Ere, a, te, setenta, setenta y uno.",), "RAT-7071"),  # chunks of a dictation, not a restart
    (("Ere, a, te, cuatro, cuatro dos.",), "RAT-442"),
    (("Ere, a, te, cien, ciento uno.",), None),  # another number: 100101 fits no plate
])
def test_chunks_of_a_dictated_number_stay_chunks(turns: tuple[str, ...], plate: str | None) -> None:
    assert plate_fed("es-MX", *turns).value == plate


def test_the_unit_number_still_hears_a_number_started_over() -> None:
    assert extract_integer("Seiscientos, seiscientos cuatro.", "es-MX") == "604"
    assert extract_integer("Setenta, setenta y uno.", "es-MX") == "7071"
