"""Letters the recogniser mangled, read as a person on the phone would hear them.

"X de <word>" and "letra X" arrive fused or misheard ("Hije de gato", "¿Qué de tigre?", "Le traje",
"Se ve casa"): the word of the convention carries the letter, and the digits around it are kept. Made-up
utterances of the same shapes as the real calls', plus everyday phrases that must stay words.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract_char, new_accumulator


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("Es de Francia.", "F"),  # "efe de Francia"
        ("Hije de gato.", "G"),  # "ge de gato"
        ("Jote de jamón", "J"),
        ("¿Qué de tigre?", "T"),  # "te de tigre"
        ("¿Qué de tomate?", "T"),
        ("Hacha de hotel", "H"),
        ("De dededo.", "D"),  # "de de dedo"
        ("¿De dedito?", "D"),
        ("Ave águila.", "A"),  # "a de águila" with "de" heard as "ve"
        ("Se ve casa?", "C"),
        ("Se ve gato.", "G"),
        ("Bebe vaca.", "V"),
        ("Bebe burro?", "B"),
        ("Ire yate", "Y"),  # "ye de yate"
        ("El elefante", "E"),
        ("¿De trabajo?", "T"),  # the letter before "de" went unheard
        ("de tigre,", "T"),
        ("Le traje", "G"),  # "letra ge"
        ("Ni traeme?", "M"),  # "letra eme"
        ("Le traene.", "N"),
        ("¿Le traes en minúscula?", "S"),
        ("Le tracé", "C"),
        ("Litra eme.", "M"),
    ],
)
def test_a_mangled_spelling_gives_the_letter_a_person_hears(text: str, letter: str) -> None:
    assert extract_char(text, "es-MX") == letter


@pytest.mark.parametrize(
    "text",
    [
        "De hecho está mal como lo dijiste.",
        "de nuevo",
        "me mandaron",
        "Me trae aquí.",
        "Las placas del tractor",
        "No me acuerdo.",
        "Mi placer.",
    ],
)
def test_everyday_phrases_are_not_letters(text: str) -> None:
    assert extract_char(text, "es-MX") is None


def test_a_mangled_letter_keeps_the_digits_dictated_with_it() -> None:
    plate = new_accumulator("plate", "es-MX")
    plate.feed("Hije de gato")
    plate.feed("Es de Francia")
    result = plate.feed("Ciento treinta y dos")
    assert result.value == "GF-132"


def test_a_plate_dictated_in_mangled_pieces_builds_over_turns() -> None:
    plate = new_accumulator("plate", "es-MX")
    for turn in ("Ave águila.", "De dededo.", "Bebe burro?"):
        plate.feed(turn)
    assert plate.so_far() == "A D B"
    assert plate.feed("Ciento cincuenta y cinco.").value == "ADB-155"


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("Te detorreón.", "T"),  # "te de Torreón" with the "de" run into the word
        ("¿Pe depuebla?", "P"),
        ("Ere deroma.", "R"),
        ("Eme demonterrey", "M"),
        ("Jota dejalisco", "J"),
        ("Be devaca.", "V"),  # the word still tells B from V
        ("U deuva.", "U"),  # a three-letter word that starts with the very letter named
    ],
)
def test_a_de_run_into_its_word_still_spells_the_letter(text: str, letter: str) -> None:
    assert extract_char(text, "es-MX") == letter


@pytest.mark.parametrize("text", ["Te debo una.", "Te decía que no.", "te detallo todo lo que pasó aquí"])
def test_a_verb_after_te_that_starts_with_de_is_no_spelling(text: str) -> None:
    assert extract_char(text, "es-MX") is None


def test_a_weak_letter_with_its_de_run_in_is_kept_in_the_plate() -> None:
    plate = new_accumulator("plate", "es-MX")
    for turn in ("Ese de Sonora.", "Te detorreón.", "Ve de vaca."):
        plate.feed(turn)
    assert plate.so_far() == "S T V"
    assert plate.feed("Ocho ocho uno.").value == "STV-881"


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        # Mexican Spanish says z, s and soft c alike: the recogniser writes the Z word as it hears it, while
        # the name "zeta" (or "seta") is heard plainly
        ("Seta de sapato.", "Z"),
        ("Zeta de sorro", "Z"),
        ("Seta de Sacatecas", "Z"),
        ("zetade sorro", "Z"),
        # names of S and C with their own words stay as they are
        ("Ese de sapo.", "S"),
        ("Ese de Sonora", "S"),
        ("Ce de cereza", "C"),
        ("Ce de casa", "C"),
    ],
)
def test_zeta_named_with_a_word_the_recogniser_wrote_with_s_is_z(text: str, letter: str) -> None:
    assert extract_char(text, "es-MX") == letter


@pytest.mark.parametrize("text", ["Le tracha.", "Le trache", "letrache", "Me tracha."])
def test_letra_hache_run_together_is_h(text: str) -> None:
    assert extract_char(text, "es-MX") == "H"


def test_letra_hache_run_together_keeps_its_place_in_the_plate() -> None:
    plate = new_accumulator("plate", "es-MX")
    for turn in ("Letra ge.", "Le tracha.", "Letra ele."):
        plate.feed(turn)
    assert plate.so_far() == "G H L"
    assert plate.feed("Veintidós cuarenta.").value == "GHL-2240"
