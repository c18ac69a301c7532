"""A caller handing themselves over: "You got Dwayne Holloway here, with Keystone", "aquí tiene a Ramiro
Salas, de Transportes Lupita". The words before the name are its lead-in and the company after it ("with
Keystone", even with no word like "trucking") no part of it. The same words before no name ("you got the
wrong number", "¿tienes a alguien más?") give no name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("You got Dwayne Holloway here, with Keystone.", "en-US", "Dwayne Holloway"),
        ("You've got Marla Quinn here, from Redline.", "en-US", "Marla Quinn"),
        ("Yeah, you got Tom Becker.", "en-US", "Tom Becker"),
        ("Aquí tiene a Ramiro Salas, de Transportes Lupita.", "es-MX", "Ramiro Salas"),
        ("Tiene a Griselda Ochoa, con Fletes del Norte.", "es-MX", "Griselda Ochoa"),
    ],
)
def test_the_name_handed_over_is_taken(said: str, locale: str, expected: str) -> None:
    assert extract("name", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("You got the wrong number.", "en-US"),
        ("You have my number already.", "en-US"),
        ("¿Tienes a alguien más?", "es-MX"),
    ],
)
def test_trap_the_same_words_before_no_name(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None
