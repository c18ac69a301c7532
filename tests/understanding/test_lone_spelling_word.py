"""A word people spell with ("I de iguana", "Z de zapato") said on its own while a plate is dictated one
character at a time: the recogniser lost the "X de", and the word stands for its first letter, as
"bravo" does in English. Any other lone word is not a letter (it may be noise on the line)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract_char, new_accumulator
from daisy_engine.understanding.plates import SPELLING_NOUNS

PLATE = {"pattern": r"[A-Z]{2,3}-\d{3,4}"}


@pytest.mark.parametrize(("said", "letter"), [
    ("Iguana.", "I"),
    ("¿Zapato?", "Z"),
    ("gato", "G"),
    ("Mamá.", "M"),
    ("Árbol", "A"),
    ("Francia", "F"),
])
def test_a_spelling_word_alone_is_its_letter(said: str, letter: str) -> None:
    assert extract_char(said, "es-MX") == letter


@pytest.mark.parametrize("said", ["global", "Medea", "Hola", "mi casa", "la iguana verde", "Achebe"])
def test_other_lone_words_and_phrases_are_not_a_letter(said: str) -> None:
    assert extract_char(said, "es-MX") is None


def test_every_spelling_word_stands_for_its_own_first_letter() -> None:
    for word in SPELLING_NOUNS["es"]:
        assert extract_char(word, "es-MX") == word[0].upper(), word


def test_a_plate_dictated_with_a_lone_spelling_word() -> None:
    from daisy_engine.runtime.listening import hear_char

    acc = new_accumulator("plate", "es-MX", PLATE)
    for said in ("Efe de Francia.", "Ge de gato.", "Iguana.", "Ciento treinta y dos."):
        heard = hear_char(acc, said, "es-MX")
        assert heard.accumulator is not None, said
        acc = heard.accumulator
    assert heard.event == "filled" and heard.value == "FGI-132"
