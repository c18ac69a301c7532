import pytest

from daisy_engine.understanding import extract, validate_value


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
