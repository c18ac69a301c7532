"""A name said with a note on a letter it has not ("Eriberto, sin hache", "Ana Ruiz, without an h") is the
name as said, the note no surname ("Sinhache"); two initials alike are two initials ("J. J. Pérez"), where a
given name said twice is said once ("Juan Juan Pérez"). In an English call a given name written without the h
in another language ("Umberto Eco") is taken as said; in a Spanish one the silent h is put back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import types as slot_types


def heard(text: str, locale: str = "es-MX") -> str | None:
    slot_type = slot_types.get("name")
    assert slot_type is not None
    return slot_type.extract(text, locale, {})


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Eriberto, sin hache", "es-MX", "Eriberto"),
        ("Eriberto Lozano, sin hache.", "es-MX", "Eriberto Lozano"),
        ("Ugo Salas sin h", "es-MX", "Ugo Salas"),
        ("Ana Ruiz, without an h", "en-US", "Ana Ruiz"),
    ],
)
def test_a_note_on_a_letter_the_name_has_not_is_no_part_of_it(text: str, locale: str, name: str) -> None:
    assert heard(text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("J. J. Pérez", "es-MX", "J J Pérez"),
        ("J. J. Abrams", "en-US", "J J Abrams"),
        ("Juan Juan Pérez", "es-MX", "Juan Pérez"),
    ],
)
def test_two_initials_alike_are_kept(text: str, locale: str, name: str) -> None:
    assert heard(text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Umberto Eco", "en-US", "Umberto Eco"),
        ("My name is Ugo Foscolo.", "en-US", "Ugo Foscolo"),
        ("Umberto Eco", "es-MX", "Humberto Eco"),
        ("My name is Oracio Benavides.", "en-US", "Horacio Benavides"),  # no name anywhere as heard
    ],
)
def test_a_name_written_so_elsewhere_keeps_its_spelling_in_english(text: str, locale: str, name: str) -> None:
    assert heard(text, locale) == name
