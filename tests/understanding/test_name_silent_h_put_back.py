"""The phone recogniser writes a Spanish given name as it sounds, without its silent h ("Eriberto",
"Ugo", "Éctor", "Ilda", "Umberto"). A given name that is none as heard, where the same with an h in front is
a common Spanish one, is written with it, in either language of the call, also as the second given name
("José Umberto"). A word that is a given name as heard ("Elena", "Omar", "Ernesto"), a surname, a name the
caller spells, and a name said with a note on its letters ("Eriberto, sin hache") are written as said."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types


def heard(text: str, locale: str = "es-MX") -> str | None:
    slot_type = slot_types.get("name")
    assert slot_type is not None
    return slot_type.extract(text, locale, {})


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Eriberto Lozano Tapia.", "es-MX", "Heriberto Lozano Tapia"),
        ("Soy Ugo Martínez Salas.", "es-MX", "Hugo Martínez Salas"),
        ("Éctor Ruiz.", "es-MX", "Héctor Ruiz"),
        ("Ilda Mora Castro", "es-MX", "Hilda Mora Castro"),
        ("José Umberto Garza Leal", "es-MX", "José Humberto Garza Leal"),
        ("My name is Oracio Benavides.", "en-US", "Horacio Benavides"),
    ],
)
def test_the_silent_h_is_put_back(text: str, locale: str, expected: str) -> None:
    assert heard(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Elena Ugalde Ruiz", "es-MX", "Elena Ugalde Ruiz"),
        ("Omar Ernández", "es-MX", "Omar Ernández"),  # surnames are not guessed at
        ("Ernesto Ibarra", "es-MX", "Ernesto Ibarra"),
        ("Ellen Ward", "en-US", "Ellen Ward"),
        ("Arry Potter", "en-US", "Arry Potter"),  # an English name keeps what the recogniser heard
    ],
)
def test_names_as_heard_stay(text: str, locale: str, expected: str) -> None:
    assert heard(text, locale) == expected


def test_a_spelled_name_is_written_as_spelled() -> None:
    assert heard("E, ere, i, be, e, ere, te, o.") == "Eriberto"


@pytest.mark.parametrize(
    ("reply", "locale", "value"),
    [
        ("No, Eriberto, sin hache.", "es-MX", "Eriberto Lozano Tapia"),
        ("No, Eriberto, no lleva hache.", "es-MX", "Eriberto Lozano Tapia"),
        ("No, Eriberto, without the h.", "en-US", "Eriberto Lozano Tapia"),
    ],
)
def test_the_caller_takes_the_h_away_at_the_read_back(reply: str, locale: str, value: str) -> None:
    slot_type = slot_types.get("name")
    assert slot_type is not None

    def fresh() -> slot_types.Accumulator:
        return slot_type.start(locale, {})

    state = slot_types.feed(fresh(), "Eriberto Lozano Tapia.").state
    assert state.value == "Heriberto Lozano Tapia"
    answer = hear_confirmation(reply, locale, state.value, state, fresh)
    assert (answer.event, answer.value) == ("corrected", value)


def test_the_name_said_again_as_heard_keeps_the_h() -> None:
    slot_type = slot_types.get("name")
    assert slot_type is not None

    def fresh() -> slot_types.Accumulator:
        return slot_type.start("es-MX", {})

    state = slot_types.feed(fresh(), "Eriberto Lozano Tapia.").state
    answer = hear_confirmation("Sí, Eriberto.", "es-MX", state.value, state, fresh)
    assert answer.event == "yes"
