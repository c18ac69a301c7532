
import pytest

from daisy_engine.understanding import (
    extract,
    validate_value,
)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("mi nombre es juan pérez", "es-MX", "Juan Pérez"),
        ("josé pérez", "es-MX", "José Pérez"),
        ("soy roberto gomez", "es-MX", "Roberto Gomez"),
        ("este, pues, me llamo Jesús Martínez", "es-MX", "Jesús Martínez"),
        ("le habla el operador Pedro Sánchez", "es-MX", "Pedro Sánchez"),
        ("JUAN CARLOS RUIZ", "es-MX", "Juan Carlos Ruiz"),
        ("mi nombre es José de la Cruz", "es-MX", "José de la Cruz"),
        ("mi nombre es Raúl y mi apellido es Medina", "es-MX", "Raúl Medina"),
        ("eh, Ramón Díaz, para servirle", "es-MX", "Ramón Díaz"),
        ("soy Juan, perdón, Juan Carlos", "es-MX", "Juan Carlos"),
        ("my name is John Smith", "en-US", "John Smith"),
        ("this is mike johnson", "en-US", "Mike Johnson"),
        ("uh, James O'Brien", "en-US", "James O'Brien"),
        ("my name is Mary-Ann Jones", "en-US", "Mary-Ann Jones"),
    ],
)
def test_names_are_title_cased_with_accents(text, locale, expected):
    assert extract("name", text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [("123", "es-MX"), ("no sé", "es-MX"), ("", "es-MX"), ("¿quién habla?", "es-MX"), ("estoy manejando", "es-MX"),
     ("sí", "es-MX"), ("mmm", "es-MX"), ("what?", "en-US"), ("hold on", "en-US"), ("juan 23", "es-MX")],
)
def test_non_names_are_rejected(text, locale):
    assert extract("name", text, locale) is None


def test_llm_name_proposals_are_renormalised():
    assert validate_value("name", "josé PÉREZ", "es-MX") == "José Pérez"
    assert validate_value("name", "José Pérez", "es-MX") == "José Pérez"
    assert validate_value("name", 7, "es-MX") is None


@pytest.mark.parametrize(
    "text", ["espéreme tantito", "pásele", "a ver", "permítame tantito", "dígame", "fíjese", "óigame",
             "aguánteme tantito", "espere", "mande"],
)
def test_hold_requests_and_fillers_are_not_names(text):
    assert extract("name", text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("soy el Chuy", "Chuy"), ("habla la Lupe Hernández", "Lupe Hernández"), ("el Chuy", "Chuy"),
     # look-alikes: names that end like an imperative, or start like one, stay names
     ("Jaime Delgado", "Jaime Delgado"), ("Daniela", "Daniela"), ("Marcelo Gómez", "Marcelo Gómez"),
     ("Gonzalo", "Gonzalo"), ("Pascual Meza", "Pascual Meza"), ("me llamo Dámaso", "Dámaso"),
     ("espéreme tantito, me llamo Jesús Ramírez", "Jesús Ramírez")],
)
def test_colloquial_names(text, name):
    assert extract("name", text, "es-MX") == name
    assert validate_value("name", name, "es-MX") == name


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a title said with its article after the lead-in
        ("aquí le habla la señora maría lópez", "es-MX", "María López"),
        ("habla el licenciado jorge ramos", "es-MX", "Jorge Ramos"),
        ("soy el ingeniero tomás ugalde", "es-MX", "Tomás Ugalde"),
        # "you are talking to ..." lead-ins
        ("está usted hablando con pedro", "es-MX", "Pedro"),
        ("habla con rosa elena vargas", "es-MX", "Rosa Elena Vargas"),
        ("you are speaking with ana lee", "en-US", "Ana Lee"),
        ("you're talking to bill turner", "en-US", "Bill Turner"),
    ],
)
def test_conversational_and_titled_lead_ins(text, locale, expected):
    assert extract("name", text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("la neta me dicen el flaco pero mi nombre es jorge ruiz", "es-MX", "Jorge Ruiz"),
        ("todos me conocen como el chino, me llamo ernesto paz", "es-MX", "Ernesto Paz"),
        ("everybody calls me bubba but my name is tom hanks", "en-US", "Tom Hanks"),
    ],
)
def test_a_lead_in_in_the_middle_of_the_turn_marks_the_name(text, locale, expected):
    assert extract("name", text, locale) == expected


@pytest.mark.parametrize(("text", "locale"), [("no me llamo juan", "es-MX"), ("my name is not john", "en-US")])
def test_a_negated_lead_in_is_not_a_name(text, locale):
    assert extract("name", text, locale) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("juan, juan carlos pérez", "Juan Carlos Pérez"),
        ("me llamo rosa, rosa maría durán", "Rosa María Durán"),
        ("josé luis, josé luis cantú", "José Luis Cantú"),
        ("pedro pedro", "Pedro"),
    ],
)
def test_a_restarted_name_keeps_the_complete_attempt(text, expected):
    assert extract("name", text, "es-MX") == expected
    assert validate_value("name", expected, "es-MX") == expected


def test_a_repeated_surname_is_not_a_restart():
    assert extract("name", "josé ortiz ortiz", "es-MX") == "José Ortiz Ortiz"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("me puede poner como toño ledesma", "es-MX", "Toño Ledesma"),
        ("anóteme como chuy robles", "es-MX", "Chuy Robles"),
        ("está a nombre de graciela núñez", "es-MX", "Graciela Núñez"),
        ("yeah this is maria gonzalez returning your call", "en-US", "Maria Gonzalez"),
        ("hi, kevin walsh calling you back", "en-US", "Kevin Walsh"),
        ("soy ramiro ochoa, regresando su llamada", "es-MX", "Ramiro Ochoa"),
    ],
)
def test_write_me_down_as_and_call_back_wrappers(text, locale, expected):
    assert extract("name", text, locale) == expected
