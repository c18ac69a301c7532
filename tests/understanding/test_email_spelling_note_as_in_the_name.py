"""At an address's read-back, a note on a letter whose word is one the call already has, said by what it is
("Con zeta, como el apellido.", "Es con zeta, igual que mi apellido", "With a z, like my last name."): the one word
of the caller's name (the call's other values) written with that letter, heard in the address with a letter
that sounds like it, is written as in the name. Nothing changes when the call has no such word, or when more
than one piece of the address could be meant."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.types.base import edit


def _after(address: str, said: str, name: str | None, locale: str = "es-MX") -> str | None:
    state = new_accumulator("email", locale, {"other_values": (name,)} if name else None)
    state.feed(address)
    assert state.value == address
    changed = edit(state, said)
    return changed.value if changed is not None else None


@pytest.mark.parametrize(
    ("address", "said", "name", "locale", "expected"),
    [
        ("oscarledesma71@outlook.com", "Con zeta, como el apellido.", "Óscar Ledezma Prieto", "es-MX",
         "oscarledezma71@outlook.com"),
        ("oscarledesma71@outlook.com", "Es con zeta, igual que mi apellido", "Óscar Ledezma Prieto", "es-MX",
         "oscarledezma71@outlook.com"),
        ("silviavazquez@gmail.com", "Con be grande, como mi apellido.", "Silvia Bázquez", "es-MX",
         "silviabazquez@gmail.com"),
        ("sergio.soza@hotmail.com", "No, va con ese, como en el apellido", "Sergio Sosa Sánchez", "es-MX",
         "sergio.sosa@hotmail.com"),
        ("marialopes5@gmail.com", "With a z, like my last name.", "Maria Lopez", "en-US", "marialopez5@gmail.com"),
        ("kathy.smith@yahoo.com", "It's with a c, same as my first name.", "Cathy Smith", "en-US",
         "cathy.smith@yahoo.com"),
    ],
)
def test_a_note_on_a_word_of_the_name_writes_it_as_in_the_name(
        address: str, said: str, name: str, locale: str, expected: str) -> None:
    assert _after(address, said, name, locale) == expected


def test_trap_without_the_name_the_note_changes_nothing() -> None:
    assert _after("oscarledesma71@outlook.com", "Con zeta, como el apellido.", None) in (None,
                                                                                     "oscarledesma71@outlook.com")


def test_trap_a_letter_no_word_of_the_name_is_written_with_changes_nothing() -> None:
    assert _after("oscarledesma71@outlook.com", "Con equis, como el apellido.", "Óscar Ledezma Prieto") in (
        None, "oscarledesma71@outlook.com")


def test_trap_two_words_of_the_name_that_could_be_meant_change_nothing() -> None:
    # "luz" and "lozano" both fit the note: which piece is meant is not said
    assert _after("luslosano@gmail.com", "Con zeta, como mi nombre.", "Luz Lozano") in (None, "luslosano@gmail.com")
