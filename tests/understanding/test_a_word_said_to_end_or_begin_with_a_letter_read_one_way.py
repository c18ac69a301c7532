"""A name and an address take the same notes on how a word ends or begins, read one way (`emails.edge_note_in`):
with a verb ("termina con", "acaba en", "empieza con", "ends with", "ends in", "starts with") the letter is the very
last (first) one; with where it goes ("con hache al principio", "lleva zeta al final", "with a k at the end") it is
at or toward that edge. "Smith" - "ends with a y" is Smithy: the letter the word ends with, not an inner i
respelled (Smyth is "Smith with a y")."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.emails import edge_note_in, spelled_with
from daisy_engine.understanding.names import extract_name
from daisy_engine.understanding.normalize import fold

WORDINGS = [
    # (said after the word, locale, word, written)
    ("termina con i latina", "es-MX", "anabel", "anabeli"),
    ("acaba en i", "es-MX", "nancy", "nanci"),
    ("y termina con zeta", "es-MX", "ortis", "ortiz"),
    ("empieza con hache", "es-MX", "omar", "homar"),
    ("comienza con hache de hotel", "es-MX", "omar", "homar"),
    ("con hache al principio", "es-MX", "omar", "homar"),
    ("lleva zeta al final", "es-MX", "ordas", "ordaz"),
    ("ends with an i", "en-US", "anabel", "anabeli"),
    ("ends in an i", "en-US", "nancy", "nanci"),
    ("it ends with an e", "en-US", "carolin", "caroline"),
    ("starts with an h", "en-US", "omar", "homar"),
    ("with an h at the beginning", "en-US", "omar", "homar"),
]


@pytest.mark.parametrize(("note", "locale", "word", "written"), WORDINGS)
def test_a_name_and_an_address_read_the_same_note_alike(note: str, locale: str, word: str, written: str) -> None:
    assert edge_note_in(fold(note), "es" if locale == "es-MX" else "en") is not None
    assert fold(extract_name(f"{word.capitalize()}, {note}", locale) or "") == written
    email = slot_types.get("email")
    assert email is not None
    acc = email.start(locale, {})
    acc = slot_types.feed(acc, word).state
    assert slot_types.feed(acc, note).state.so_far() == written


@pytest.mark.parametrize(
    ("word", "letter", "written"),
    [
        ("smith", "y", "smithy"),
        ("carolin", "e", "caroline"),
        ("lisbet", "h", "lisbeth"),
        ("gonzales", "z", "gonzalez"),
        ("anabel", "i", "anabeli"),
        ("ruiz", "z", "ruiz"),
    ],
)
def test_said_to_end_with_a_letter_it_is_the_last_one(word: str, letter: str, written: str) -> None:
    assert spelled_with(word, letter, "end", exact=True) == written


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Smith, ends with a y", "en-US", "Smithy"),
        ("Lisbet acaba en hache", "es-MX", "Lisbeth"),
        ("Omar, con hache al principio", "es-MX", "Homar"),
        ("Ortis con zeta al final", "es-MX", "Ortiz"),
        ("Nancy, that ends with an i", "en-US", "Nanci"),
        # toward the end is in the word's second half: never the first letter of a short word
        ("Jon, with an h at the end", "en-US", "Jonh"),
        # a note that names no letter is no note
        ("Pedro Salas, de Monterrey al final", "es-MX", "Pedro Salas"),
        # after a whole name which part it means is not clear: cut, the name stays
        ("Omar Ruiz, con hache al principio", "es-MX", "Omar Ruiz"),
    ],
)
def test_a_name_with_a_note_on_its_edge(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("Omar", "no, empieza con hache", "es-MX", "Homar"),
        ("Omar", "lleva hache al principio, hache de hotel", "es-MX", "Homar"),
        ("Smith", "it ends with a y", "en-US", "Smithy"),
        ("Carolin", "no, it ends in an e", "en-US", "Caroline"),
        ("omar arroba gmail punto com", "acaba en hache", "es-MX", "omarh@gmail.com"),
        ("omar arroba gmail punto com", "empieza con hache", "es-MX", "homar@gmail.com"),
        ("carolin at gmail dot com", "it ends in an e", "en-US", "caroline@gmail.com"),
    ],
)
def test_a_note_at_the_read_back_is_read_alike(said: str, reply: str, locale: str, value: str) -> None:
    slot_type = slot_types.get("email" if "@" in value else "name")
    assert slot_type is not None

    def fresh() -> slot_types.Accumulator:
        return slot_type.start(locale, {})

    acc = slot_types.feed(fresh(), said).state
    heard = hear_confirmation(reply, locale, acc.value, acc, fresh)
    assert (heard.event, heard.value) == ("corrected", value)
