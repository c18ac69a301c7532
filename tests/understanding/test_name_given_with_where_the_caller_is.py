"""A name said with where the caller is ("you got Wendell Pruitt on the line", "aquí tiene a Rosa Ibarra en la
línea", "Eliseo Cantú al aparato"): the place is no part of the name. Someone else on the line, or the
caller busy on the phone, gives no name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(("said", "locale", "name"), [
    ("Yep, you got Lonnie Faircloth on the line.", "en-US", "Lonnie Faircloth"),
    ("This is Trina Beasley on this end.", "en-US", "Trina Beasley"),
    ("Marcus Oyelaran here on the line.", "en-US", "Marcus Oyelaran"),
    ("Aquí tiene a Rosa Ibarra en la línea.", "es-MX", "Rosa Ibarra"),
    ("Eliseo Cantú al aparato.", "es-MX", "Eliseo Cantú"),
    ("Habla Eliseo Cantú, aquí en la línea.", "es-MX", "Eliseo Cantú"),
    ("Sí, Fermín Alanís en la línea.", "es-MX", "Fermín Alanís"),
])
def test_the_name_without_the_place(said: str, locale: str, name: str) -> None:
    assert extract("name", said, locale) == name


@pytest.mark.parametrize(("said", "locale"), [
    ("Hang on, I got my dispatcher on the other line.", "en-US"),
    ("Sorry, I was on the phone.", "en-US"),
    ("Espéreme, tengo a mi señora en la línea.", "es-MX"),
    ("Sigo aquí en la línea.", "es-MX"),
])
def test_someone_else_or_the_caller_busy_gives_none(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None
