"""A name cut off before its end ("Efraín Olvera" of "Efraín Olvera Paredes") is picked up by the caller
from the last part heard: "Olvera Paredes", at the read-back or after turning it down. That is the rest
of the name, never a whole other name; a full name read back, or an answer that repeats a part the name
already has, is not continued."""

from __future__ import annotations

import pytest
from runtime_helpers import answer

from daisy_engine.runtime.listening import fix_of
from daisy_engine.understanding import types as slot_types


@pytest.mark.parametrize(
    ("said", "reply", "locale", "name"),
    [
        ("Leopoldo Ferrer", "Ferrer Quiroga.", "es-MX", "Leopoldo Ferrer Quiroga"),
        ("Leopoldo Ferrer", "No, Ferrer Quiroga, con los dos apellidos.", "es-MX", "Leopoldo Ferrer Quiroga"),
        ("Leopoldo Ferrer", "Sí, Ferrer Quiroga.", "es-MX", "Leopoldo Ferrer Quiroga"),
        ("José Luis", "Luis Arredondo Cano.", "es-MX", "José Luis Arredondo Cano"),
        ("Mary Ann", "Ann Whitfield.", "en-US", "Mary Ann Whitfield"),
    ],
)
def test_name_picked_up_from_its_last_part(said: str, reply: str, locale: str, name: str) -> None:
    heard = answer("name", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", name)


def test_name_picked_up_after_it_was_turned_down() -> None:
    slot_type = slot_types.get("name")
    assert slot_type is not None
    denied = slot_types.feed(slot_type.start("es-MX", {}), "Efraín Olvera.").state
    heard = fix_of(denied, "Olvera Paredes.")
    assert heard is not None and heard.value == "Efraín Olvera Paredes"


@pytest.mark.parametrize(
    ("said", "reply", "not_name"),
    [
        # a full name (a given name and both surnames) is not continued
        ("Juan Pérez López", "López Garza.", "Juan Pérez López Garza"),
        # the answer repeats a part the name has: another order of it, not its rest
        ("Ángel Luis", "Luis Ángel Pérez.", "Ángel Luis Ángel Pérez"),
    ],
)
def test_name_not_continued(said: str, reply: str, not_name: str) -> None:
    heard = answer("name", said, reply)
    assert heard.value != not_name
