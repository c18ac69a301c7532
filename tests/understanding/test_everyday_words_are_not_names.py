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


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        # acknowledgements at the name question: no name, whatever their capitals
        ("Sounds good, no problem.", "en-US"),
        ("Cool, no worries.", "en-US"),
        ("Okey dokey.", "en-US"),
        ("Cool beans.", "en-US"),
        ("Fair enough.", "en-US"),
        ("Gotcha.", "en-US"),
        ("Awesome.", "en-US"),
        ("Perfecto.", "es-MX"),
        ("Sale, perfecto.", "es-MX"),
        ("No hay problema.", "es-MX"),
    ],
)
def test_an_acknowledgement_is_not_a_name(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "name"),
    [
        # said after the name, an acknowledgement is no surname
        ("This is Bart, sounds good.", "en-US", "Bart"),
        ("Bart, cool.", "en-US", "Bart"),
        ("Juan Pérez, perfecto.", "es-MX", "Juan Pérez"),
        # the traps: a clause with a real name part stays, and a given name that is also a word
        ("Juan, Pérez López.", "es-MX", "Juan Pérez López"),
        ("Roger Smith.", "en-US", "Roger Smith"),
        ("Simón Reyes.", "es-MX", "Simón Reyes"),
    ],
)
def test_an_acknowledgement_after_the_name_is_left_out(said: str, locale: str, name: str) -> None:
    assert extract("name", said, locale) == name


@pytest.mark.parametrize("said", ["Full.", "Es full.", "Sencillo.", "Rabón.", "Tortón", "Plataforma.", "Reefer.",
                                  "Flatbed.", "Tanker"])
@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
def test_a_kind_of_truck_or_trailer_is_no_name(said: str, locale: str) -> None:
    # "Es que traigo dos cajas." - "Full." at the trailer number: the rig, never a name read back ("Anoto Full")
    assert extract("name", said, locale) is None
