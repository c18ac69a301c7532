"""A surname the recogniser cut in two after a short everyday word it happens to start with ("Rubén al
cántara", "Marcela con treras", "Ana es pinoza"): a listener hears one surname. Real particles stay
apart ("José de la Cruz"), and a short word before an everyday word is a phrase, not a surname."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rubén al cántara.", "Rubén Alcántara"),
        ("Soy Ignacio al varez.", "Ignacio Alvarez"),
        ("Marcela con treras", "Marcela Contreras"),
        ("Me llamo Ana es pinoza.", "Ana Espinoza"),
        ("Pedro mal donado Ruiz", "Pedro Maldonado Ruiz"),
        ("Aquí habla Sergio es cobedo.", "Sergio Escobedo"),
    ],
)
def test_a_surname_cut_after_a_short_word_is_one_surname(text: str, expected: str) -> None:
    assert extract_name(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José de la cruz", "José de la Cruz"),  # particles are their own words
        ("Luis del valle", "Luis del Valle"),
        ("Rubén Alcántara", "Rubén Alcántara"),  # said whole, it stays whole
        ("Juan, para servirle", "Juan"),
        ("Ana con hache", "Ana"),  # a spelling note, not "Conhache"
    ],
)
def test_particles_and_phrases_after_a_name_are_not_glued(text: str, expected: str) -> None:
    assert extract_name(text, "es-MX") == expected


@pytest.mark.parametrize("text", ["Rubén al teléfono", "Ey.", "Ey, sí.", "Órale."])
def test_an_everyday_phrase_or_interjection_is_no_name(text: str) -> None:
    assert extract_name(text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Óscar Le desma Prieto.", "Óscar Ledesma Prieto"),
        ("Rubén Al cántara", "Rubén Alcántara"),
        ("Soy Ignacio Con treras.", "Ignacio Contreras"),
        ("Me llamo Juana Es pinoza Ruiz", "Juana Espinoza Ruiz"),
    ],
)
def test_a_surname_cut_after_a_capitalised_short_word_is_one_surname(text: str, expected: str) -> None:
    # the recogniser gave the first piece the capital of the name it began to write
    assert extract_name(text, "es-MX") == expected


@pytest.mark.parametrize(("text", "glued"), [
    ("Luis Ya mero", "Yamero"),
    ("Carlos Va bien", "Vabien"),
    ("Rubén Al teléfono", "Alteléfono"),
    ("José De la Cruz", "Dela"),
])
def test_trap_a_capitalised_short_word_before_a_word_of_its_own_is_not_glued(text: str, glued: str) -> None:
    assert glued not in (extract_name(text, "es-MX") or "").split()


@pytest.mark.parametrize("text", [
    "Soy Juan Pérez. Le encargo mucho",
    "Juan Pérez. Le comento",
    "Soy Juan Pérez, Le aviso",
    "Marco Ruiz. Me reporto",
    "Juan Pérez. Te encargo",
    "Soy Ana López. Un abrazo",
    "Pedro Gómez. Le informo",
])
def test_trap_a_capitalised_short_word_that_opens_a_sentence_after_the_name_is_no_piece_of_it(text: str) -> None:
    # after a mark the capital is the recogniser's for a new sentence ("Le encargo": I leave it to you),
    # not the capital of a surname it began to write: the name stays as said
    expected = text.split(".")[0].split(",")[0].removeprefix("Soy ")
    assert extract_name(text, "es-MX") == expected


def test_an_english_preposition_before_a_desk_stays_apart() -> None:
    assert extract_name("This is Mike from dispatch", "en-US") == "Mike"



@pytest.mark.parametrize(("text", "glued"), [
    ("Luis ya mero", "Yamero"),  # "ya mero": a word of its own, never the start of a surname
    ("Hugo al cien", "Alcien"),  # a number is no piece of a surname
    ("Carlos va bien", "Vabien"),
])
def test_a_short_word_that_stands_alone_is_not_glued(text: str, glued: str) -> None:
    assert glued not in (extract_name(text, "es-MX") or "").split()
