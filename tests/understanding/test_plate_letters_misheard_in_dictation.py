"""Letters a person hears in a plate dictation the recogniser wrote badly: a letter name cut short before
"de" ("en de Nicaragua"), "letra" with only the word of the spelling kept ("letra dedo"), the word of the
spelling said alone ("Uva."), "y latina" for "i latina"; and what must stay as it is (real letter
sequences, "de" and spelling words inside talk, fillers)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char, extract_plate
from daisy_engine.understanding.types.plate import PlateAccumulator


def _fed(*turns: str, locale: str = "es-MX") -> PlateAccumulator:
    acc = PlateAccumulator("plate", locale, {})
    for turn in turns:
        acc.feed(turn)
    return acc


@pytest.mark.parametrize(("said", "letter"), [
    ("En de Nicaragua.", "N"),   # ene
    ("en de Nayarit", "N"),
    ("Ef de Francia", "F"),     # efe
    ("Er de Roma.", "R"),       # erre
    ("Hay de Acapulco.", "A"),  # a, with a silent h and a glide
    ("He de elefante", "E"),
])
def test_a_letter_name_cut_short_before_de_is_the_letter_its_word_spells(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX") == letter


def test_a_cut_name_whose_word_spells_another_letter_is_not_read_as_that_name() -> None:
    # "en" could start "ene", but "de Toluca" spells a T: the caller's letter is not N
    assert extract_char("En de Toluca", "es-MX") != "N"


def test_en_de_in_talk_is_a_preposition() -> None:
    assert extract_char("Lo dejé en de la caja", "es-MX") is None
    assert extract_char("Hay de todo", "es-MX") is None
    assert _fed("Las tengo en de la guantera.").so_far() == ""


def test_letra_with_only_the_spelling_word_kept_is_that_words_letter() -> None:
    # "letra de, de dedo" run together by the recogniser
    assert extract_char("Letra dedo", "es-MX") == "D"
    assert _fed("Letra u", "Letra a", "Letra dedo", "Tres cuatro siete.").value == "UAD-347"


def test_a_spelling_word_said_alone_is_its_letter() -> None:
    assert _fed("Uva.").so_far() == "U"
    assert _fed("Uva.", "Gede Guanajuato.", "E.", "Novecientos tres.").value == "UGE-903"


def test_a_spelling_word_among_letters_is_a_letter() -> None:
    assert extract_plate("Uva, ge, e, novecientos tres", "es-MX") == "UGE-903"


def test_a_spelling_word_inside_talk_is_not_a_letter() -> None:
    # where the plates are from, a place after "X de <word>", a noun in a sentence
    assert extract_plate("Son placas de Jalisco: jota, ese, ce, dos cero dos tres.", "es-MX") == "JSC-2023"
    assert extract_plate("Ese de Sinaloa, ene de Nuevo León, ele de Laredo, ocho cinco dos.", "es-MX") \
        == "SNL-852"
    assert _fed("Ahorita estoy en casa.").so_far() == ""


@pytest.mark.parametrize("said", [
    "Es de Sonora la placa.", "La placa es de Texas.", "es de Jalisco la caja", "Mi placa es de Chihuahua.",
    "Las placas, es de Sinaloa la placa.",
])
def test_es_de_a_place_beside_the_plate_says_where_it_is_from_no_letter(said: str) -> None:
    # "es" the verb, not "ese" heard short: the plate's state, nothing of the plate dictated
    assert _fed(said).so_far() == ""


@pytest.mark.parametrize(("said", "plate"), [
    ("Es de Sonora la placa, ese de sapo, a, be, uno dos tres.", "SAB-123"),
    ("La placa es de sapo, a, be, uno dos tres.", "SAB-123"),  # a letter follows: "ese de sapo" heard short
    ("Es de sapo, a, be, uno dos tres.", "SAB-123"),
])
def test_es_de_a_word_that_opens_a_dictation_is_still_its_letter(said: str, plate: str) -> None:
    assert extract_plate(said, "es-MX") == plate


@pytest.mark.parametrize(("said", "so_far"), [
    ("La placa es de... ese de Sonora.", "S"),  # the caller says the letter's name: the S, whatever follows
    ("La placa es de ese de Sinaloa.", "S"),
    ("La placa es de sapo.", "S"),  # "sapo", "casa", "burro" spell letters; no plate is from them
    ("Es de casa la placa.", "C"),
])
def test_es_de_a_letter_name_or_a_spelling_noun_beside_the_plate_is_still_its_letter(said: str, so_far: str) -> None:
    assert _fed(said).so_far().replace(" ", "") == so_far


def test_a_common_word_said_alone_is_not_a_letter() -> None:
    assert _fed("Carretera.").so_far() == ""
    assert extract_char("Bueno.", "es-MX") is None


@pytest.mark.parametrize("said", ["Y latina.", "I latina", "i latina", "Ilatina."])
def test_i_latina_is_i_however_the_i_is_written(said: str) -> None:
    assert extract_char(said, "es-MX") == "I"


@pytest.mark.parametrize("said", ["Y griega", "I griega.", "ye"])
def test_i_griega_is_y(said: str) -> None:
    assert extract_char(said, "es-MX") == "Y"


def test_a_filler_at_the_start_of_a_plate_is_not_letters() -> None:
    assert _fed("Ok, este...").so_far() == ""
    assert _fed("Ok, este...", "Letra ka.", "Letra erre.", "A de árbol.", "Novecientos siete.").value \
        == "KRA-907"


@pytest.mark.parametrize("said", ["Ay.", "Uy.", "Oki.", "Sip.", "Ok, ok."])
def test_an_interjection_alone_is_not_letters(said: str) -> None:
    assert _fed(said).so_far() == ""


def test_este_after_letters_is_still_a_filler() -> None:
    assert _fed("Ka, erre, este...", "a de árbol, novecientos siete").value == "KRA-907"


def test_real_letter_sequences_stay_as_said() -> None:
    assert extract_plate("ele, e, ene, cuatro cinco seis", "es-MX") == "LEN-456"
    assert extract_plate("de, e, ele, ciento veinte", "es-MX") == "DEL-120"


def test_de_in_talk_is_not_the_letter_d() -> None:
    assert _fed("No me acuerdo de la placa.").so_far() == ""
