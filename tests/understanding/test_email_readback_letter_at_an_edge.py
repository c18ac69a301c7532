"""A letter said to begin or end an address read back whole ("con hache al principio", "empieza con hache",
"starts with an h", "termina con zeta"): it goes there - in place of a letter there that sounds like it, or
in front of (after) what was heard when the recogniser dropped it ("Omero" for Homero) - and the address is
read back again. The same letter said again beside the note ("Hache de hotel") is the note, not a second
correction; a turn that says anything else, or an address that already begins so, is left alone."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.types.base import describes

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("omero.garza@gmail.com", "Con hache al principio. Hache de hotel.", "es-MX", "homero.garza@gmail.com"),
        ("ugo.paz@hotmail.com", "no, empieza con hache", "es-MX", "hugo.paz@hotmail.com"),
        ("ugo.paz@hotmail.com", "sí, pero lleva una hache al inicio", "es-MX", "hugo.paz@hotmail.com"),
        ("jilda.mora@yahoo.com", "va con la letra ge al principio, ge de gato", "es-MX", "gilda.mora@yahoo.com"),
        ("luis.ordas@gmail.com", "termina con zeta", "es-MX", "luis.ordaz@gmail.com"),
        ("enry.ford@aol.com", "it starts with an h, h as in hotel", "en-US", "henry.ford@aol.com"),
        ("enry.ford@aol.com", "no, with an h at the beginning", "en-US", "henry.ford@aol.com"),
    ],
)
def test_a_letter_said_at_an_edge_goes_there(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale"),
    [
        # the address begins so already: nothing to change (the caller answered an older read-back)
        ("homero.garza@gmail.com", "con hache al principio", "es-MX"),
        # a word, not a letter, is a different correction; more said than the note: not this one
        ("omero.garza@gmail.com", "con hache al principio y es hotmail", "es-MX"),
        ("omero.garza@gmail.com", "empieza con hache y termina con a", "es-MX"),
        ("ana.lopez@gmail.com", "sí, correcto", "es-MX"),
        ("enry.ford@aol.com", "starts with an h and ends with a y", "en-US"),
    ],
)
def test_other_turns_leave_the_address(address: str, correction: str, locale: str) -> None:
    assert corrected(address, correction, locale) is None


@pytest.mark.parametrize(
    ("address", "note", "locale", "already"),
    [
        ("homero.garza@gmail.com", "con hache al principio", "es-MX", True),
        ("omero.garza@gmail.com", "con hache al principio", "es-MX", False),
        ("luis.ordaz@gmail.com", "termina con zeta", "es-MX", True),
        ("henry.ford@aol.com", "it starts with an h", "en-US", True),
    ],
)
def test_the_note_is_read_against_the_address(address: str, note: str, locale: str, already: bool) -> None:
    state = new_accumulator("email", locale)
    state.feed(address)
    assert describes(state, note) is already
