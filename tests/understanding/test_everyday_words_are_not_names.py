"""At the name question, a turn of everyday words is not a name however the recogniser capitalised it
("Saludo", "Hombres", "Bantering", "Y flota bien"), nor is a run of consonants ("RT"); real names still
pass, including given names that are also words, rare surnames and a one-word name the caller gives."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

NOT_NAMES = ["Saludo", "Hombres.", "Bantering", "RT.", "Y flota bien.", "Porque está bien.", "Siesta ahora",
             "Buenas tardes", "Otra vez", "Mundo", "Hello there", "Talking", "Los datos", "Nada", "Música.",
             "Hello World", "agregué.", "S de Sapo, A de Ángel, guión, uno, tres, siete, nueve."]
NAMES = [("soy Chuy", "Chuy"), ("Chuy.", "Chuy"), ("Rosa Flores", "Rosa Flores"), ("Luz", "Luz"),
         ("Cruz Campos", "Cruz Campos"), ("Ximena Tlatelpa Xochihua", "Ximena Tlatelpa Xochihua"),
         ("me llamo Anna Ng", "Anna Ng"), ("Jesús", "Jesús"), ("habla el Güero", "Güero"),
         ("mi nombre es Hope King", "Hope King")]


@pytest.mark.parametrize("said", NOT_NAMES)
@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
def test_everyday_words_are_not_taken_as_a_name(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None


@pytest.mark.parametrize(("said", "name"), NAMES)
def test_real_names_still_pass(said: str, name: str) -> None:
    assert extract("name", said, "es-MX") == name
