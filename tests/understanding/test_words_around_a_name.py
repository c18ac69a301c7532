"""Words a caller says around a name that are not part of it, and names whose words look like them.

After a name a caller often says where they are from or where they are ("Fausto Carrillo Beltrán, de
Navojoa", "…, vengo de Monterrey", "…, aquí en Hermosillo"), who they work for or what they do; before it,
a greeting. Written the way a recogniser writes it, the place is capitalised like a surname, so only its
shape tells it apart: after a pause, a "de <place>" clause follows a name already complete (a given name and
both surnames) or names a state or a city; a surname of its own ("de la Cruz", "del Río", "de León") is said
in the same breath and stays. A name spelled out or annotated ("Yáñez, con ye griega y eñe", "Ju-ven-ti-no")
is the name; words of agreement ("Ándele, así") and a plate's letter said with its word ("Equis de
Xochimilco") are never one.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where the caller is from, after a pause and a complete name
        ("Ramiro Esquivel Tapia, de Zitácuaro.", "Ramiro Esquivel Tapia"),
        ("Soy Leticia Arce Bernal, de Mexicali, Baja California.", "Leticia Arce Bernal"),
        # after a shorter name, when the clause names a state or a trucking city
        ("Genaro Olmos, de Sinaloa.", "Genaro Olmos"),
        ("Aquí Julio Manrique, de Nuevo León.", "Julio Manrique"),
        ("Rosendo Paz, de Torreón", "Rosendo Paz"),
        # where the caller is or comes from, said with a verb or "desde"
        ("Eusebio Cantú, vengo saliendo de Saltillo.", "Eusebio Cantú"),
        ("Me llamo Ofelia Serna, ando por Querétaro", "Ofelia Serna"),
        ("Habla Tadeo Luján, desde Nogales.", "Tadeo Luján"),
        ("Lázaro Frías Ortiz, estoy en la caseta de Sayula", "Lázaro Frías Ortiz"),
        # the company or the role
        ("Nicanor Vela, de Autotransportes del Bajío", "Nicanor Vela"),
        ("Cipriano Mejía, el operador de la cuarenta", "Cipriano Mejía"),
        ("Irma Toscano, para servirle", "Irma Toscano"),
    ],
)
def test_where_the_caller_is_from_is_not_part_of_the_name(text: str, name: str) -> None:
    assert extract("name", text, "es-MX") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dwayne Porter, out of El Paso", "Dwayne Porter"),
        ("this is Lonnie Briggs, coming from Tulsa", "Lonnie Briggs"),
        ("Lonnie Briggs, I'm in Amarillo right now", "Lonnie Briggs"),
        ("Wade Tillman, based in Reno", "Wade Tillman"),
    ],
)
def test_where_an_english_speaking_caller_is_from_is_not_part_of_the_name(text: str, name: str) -> None:
    assert extract("name", text, "en-US") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that starts with "de" / "del", said in one breath or after a pause, stays
        ("Ernesto Salas de León", "Ernesto Salas de León"),
        ("Ernesto Salas, de León", "Ernesto Salas de León"),
        ("Luz María de la Cruz", "Luz María de la Cruz"),
        ("Porfirio Gómez, de la Garza", "Porfirio Gómez de la Garza"),
        ("Abigail del Río", "Abigail del Río"),
        ("José de Jesús Ramírez", "José de Jesús Ramírez"),
        ("Rosa Flores", "Rosa Flores"),
        ("soy Paz Hidalgo", "Paz Hidalgo"),
        # a name that only sounds like a place said with a verb before it is still the name
        ("Pedro, soy Pedro Saltillo", "Pedro Saltillo"),
    ],
)
def test_surnames_that_look_like_places_or_phrases_stay(text: str, name: str) -> None:
    assert extract("name", text, "es-MX") == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Yáñez, con ye griega y eñe.", "es-MX", "Yáñez"),
        ("Anselmo Carrillo, con doble ele", "es-MX", "Anselmo Carrillo"),
        ("Ibarra con be grande", "es-MX", "Ibarra"),
        ("Méndez, con acento en la e y zeta al final", "es-MX", "Méndez"),
        ("Rosa Flores con efe", "es-MX", "Rosa Flores"),
        ("No, Juventino. Ju-ven-ti-no.", "es-MX", "Juventino"),
        ("Cle-men-te Ávila", "es-MX", "Clemente Ávila"),
        ("Kathryn, with a K and a Y", "en-US", "Kathryn"),
        # a hyphenated name joins whole words: not syllables
        ("Jean-Paul Orozco", "es-MX", "Jean-Paul Orozco"),
        ("Sofía Pérez-Gómez", "es-MX", "Sofía Pérez-Gómez"),
    ],
)
def test_a_name_spelled_or_annotated_is_the_name(text: str, locale: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize("text", ["Ándele, así.", "Ándale.", "Órale, ese.", "Eso.", "Ese es.", "Esas son.",
                                  "Así están."])
def test_words_of_agreement_are_never_a_name(text: str) -> None:
    assert extract("name", text, "es-MX") is None


@pytest.mark.parametrize("text", ["Equis de Xochimilco.", "Pe de Puebla.", "Jota de Jalisco, ka de kilo."])
def test_a_plate_letter_said_with_its_word_is_not_a_name(text: str) -> None:
    assert extract("name", text, "es-MX") is None
