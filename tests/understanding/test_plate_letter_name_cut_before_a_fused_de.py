"""Plate letters as the recogniser writes a name run into "de": the name cut short ("Énde nopal": ene,
"Elde Lupita": ele, "Emde Morelia": eme) or with a glide before "de" ("Eneide Nuevo León", "Eseide
Sonora") is its letter when the word after it starts like that letter; "por ende" (therefore) and a run-in
word that names another letter are no letter. "Se"/"te" before a verb ("se corta", "se cayó", "te traigo
las placas") is the caller's talk, not "ce de corta"; with one of the words callers spell with ("se casa")
it still spells its letter."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char, extract_plate

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Énde nopal.", "N"),
        ("Ende Navojoa.", "N"),
        ("Elde Lupita.", "L"),
        ("Emde Morelia.", "M"),
        ("Efde Francia.", "F"),
        ("Eneide Nuevo León.", "N"),
        ("Eseide Sonora.", "S"),
        ("Emeide mamá.", "M"),
    ],
)
def test_a_name_cut_or_glided_before_a_fused_de_is_its_letter(text: str, expected: str) -> None:
    assert extract_char(text, "es-MX") == expected


def test_the_cut_name_in_a_whole_plate() -> None:
    assert extract_plate("Ge de gato, ka de kilo, ende nopal, veintidós cero seis.", "es-MX") == "GKN-2206"


@pytest.mark.parametrize(
    "text",
    [
        "Por ende nosotros.",  # "por ende": therefore
        "Ende Toluca.",  # the word starts like no N: nothing says which letter it was
        "Elde.",  # no word to agree with
    ],
)
def test_trap_a_run_in_de_without_an_agreeing_word_is_no_letter(text: str) -> None:
    assert extract_char(text, "es-MX") is None


def test_the_cut_name_goes_on_the_plate_being_dictated() -> None:
    acc = plate_fed("es-MX", "Gel de gato.", "Ka de kilo.", "Énde nopal.")
    assert acc.so_far() == "G K N"


@pytest.mark.parametrize(
    "text",
    ["Se corta.", "Se cortó.", "Se oye cortado.", "Se congela.", "Se cayó.", "Te traigo las placas."],
)
def test_trap_se_or_te_before_a_verb_is_talk_not_a_letter(text: str) -> None:
    assert extract_char(text, "es-MX") is None


def test_a_bad_line_remark_leaves_the_letters_already_taken() -> None:
    # "se corta" is the caller saying the line cuts out, not "ce de corta" replacing the K
    acc = plate_fed("es-MX", "Letra ka.", "¿Bueno?", "Se corta.", "Letra e.", "Letra zeta.")
    assert acc.so_far() == "K E Z"


@pytest.mark.parametrize(("text", "expected"), [("Se casa.", "C"), ("Se de casa.", "C"), ("Te tomate.", "T")])
def test_se_or_te_with_a_word_callers_spell_with_still_spells(text: str, expected: str) -> None:
    assert extract_char(text, "es-MX") == expected


def test_english_is_unchanged_by_the_spanish_run_in_names() -> None:
    assert extract_plate("N as in Nancy, K, G, two two zero six", "en-US") == "NKG-2206"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuede queso.", "Q"),  # "cu de queso": the vowel of "de" heard twice
        ("Cuede Querétaro.", "Q"),
        ("Peede Puebla.", "P"),
    ],
)
def test_a_name_with_an_echoed_e_before_a_fused_de_is_its_letter(text: str, expected: str) -> None:
    assert extract_char(text, "es-MX") == expected


def test_the_echoed_name_in_a_whole_plate() -> None:
    assert extract_plate("Cuede queso, ese de sapo, a, noventa y uno veinte.", "es-MX") == "QSA-9120"


@pytest.mark.parametrize("text", ["Puede ser.", "Cuede.", "Cuede Toluca."])
def test_trap_an_echoed_run_in_de_without_an_agreeing_word_is_no_letter(text: str) -> None:
    assert extract_char(text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sede Celaya.", "C"),
        ("Sede cereza.", "C"),
        ("sede Sonora", "S"),
        ("Sede zapato.", "Z"),
    ],
)
def test_se_run_into_de_spells_the_letter_its_word_starts_with(text: str, expected: str) -> None:
    # "ce de Celaya" written "sede Celaya": the weak name "se" is C or S by its word, as when said apart;
    # it is not the start of "zeta", which would turn the word's C into a Z
    assert extract_char(text, "es-MX") == expected


def test_se_run_into_de_in_a_plate_dictated_by_turns() -> None:
    acc = plate_fed("es-MX", "A de Apatzingán.", "Ere de rancho.", "Sede Celaya.", "Setenta y nueve, cero uno.")
    assert acc.value == "ARC-7901"


@pytest.mark.parametrize("text", ["Dedodo.", "Dededo.", "Dedurango.", "Dedomingo."])
def test_d_run_into_its_word_as_one_word_is_d(text: str) -> None:
    # "de de Durango": the name of D and the "de" of the spelling sound the same and are heard once
    assert extract_char(text, "es-MX") == "D"


def test_d_run_into_its_word_in_a_plate_dictated_by_turns() -> None:
    acc = plate_fed("es-MX", "Ache de Hidalgo.", "U.", "Dedodo.", "Dos mil", "cuarenta.")
    assert acc.value == "HUD-2040"


@pytest.mark.parametrize("turns", [["Dedos."], ["Dedal."], ["Estoy dedicado a esto."], ["Dedicado."], ["Dedicada."],
                                   ["Deducible."], ["Deduzco."], ["Dedique."], ["Dedujo."], ["Dedillo."]])
def test_trap_words_that_start_with_ded_are_no_d(turns: list[str]) -> None:
    assert plate_fed("es-MX", "Ache de Hidalgo.", *turns).so_far() == "H"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aldeáguila.", "A"),  # "a de águila" with the "a" run into "de" as the word "al"
        ("Al de águila.", "A"),
        ("Al de Acapulco.", "A"),
        ("Alde Aguascalientes.", "A"),
        ("Oldeoaxaca.", "O"),
        ("Ul de uva.", "U"),
        ("Ildeiguana.", "I"),
    ],
)
def test_a_vowel_run_into_its_de_as_al_is_that_vowel(text: str, expected: str) -> None:
    assert extract_char(text, "es-MX") == expected


@pytest.mark.parametrize("text", ["Al de la caja.", "Aldeano.", "Al de Toluca.", "Aldea."])
def test_trap_al_before_a_word_that_does_not_start_with_a_is_no_letter(text: str) -> None:
    assert extract_char(text, "es-MX") is None


def test_the_vowel_run_into_its_de_goes_on_the_plate_being_dictated() -> None:
    acc = plate_fed("es-MX", "Tedetoro.", "Aldeáguila.", "Letra ele.", "Novecientos. Noventa.")
    assert acc.value == "TAL-990"
