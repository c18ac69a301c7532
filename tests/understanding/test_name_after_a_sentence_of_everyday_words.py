"""A caller often places the call in a sentence of its own before saying the name ("Ah, la llamada del
registro. Soy ..."). Such a sentence of everyday words is no part of the name, even though the word after
its full stop is capitalised like a surname; a sentence that holds a word a name could have stays."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("said", "locale", "name"),
    [
        ("Ah, el registro. Apolinar Guzmán Ríos.", "es-MX", "Apolinar Guzmán Ríos"),
        ("Oh, la llegada. Brenda Solís Navarro.", "es-MX", "Brenda Solís Navarro"),
        ("Sí, claro, con gusto. Teodoro Lara.", "es-MX", "Teodoro Lara"),
        ("Ah, los datos. Bueno. Rigoberto Mena Aguilar.", "es-MX", "Rigoberto Mena Aguilar"),
        ("Oh, the registration. Dwight Palmer.", "en-US", "Dwight Palmer"),
    ],
)
def test_sentence_before_the_name_is_left_out(said: str, locale: str, name: str) -> None:
    assert extract_name(said, locale) == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        # a sentence of its own that is a part of the name, or the name said again
        ("Efrén. Cisneros Bravo.", "Efrén Cisneros Bravo"),
        ("Rosa. Rosa Elvira Paz.", "Rosa Elvira Paz"),
    ],
)
def test_sentence_that_may_be_part_of_the_name_stays(said: str, name: str) -> None:
    assert extract_name(said, "es-MX") == name


def test_sentence_of_everyday_words_alone_is_no_name() -> None:
    assert extract_name("Ah, el registro. Claro.", "es-MX") is None
