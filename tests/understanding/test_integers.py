import pytest

from daisy_engine.understanding import extract, validate_value


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("mil doscientos treinta y cuatro", "es-MX", "1234"),
        ("ciento cincuenta y cinco", "es-MX", "155"),
        ("dos mil veinticinco", "es-MX", "2025"),
        ("cuatro dos", "es-MX", "42"),
        ("doble cinco", "es-MX", "55"),
        ("el 12 34", "es-MX", "1234"),
        ("treintaidós", "es-MX", "32"),
        ("cuarentaicinco", "es-MX", "45"),
        ("veinte y cinco", "es-MX", "25"),
        ("mi tractor es el 5 mil 200", "es-MX", "5200"),
        ("un millón doscientos mil", "es-MX", "1200000"),
        ("es el 56, no perdón, el 65", "es-MX", "65"),
        ("forty two", "en-US", "42"),
        ("four two", "en-US", "42"),
        ("three oh seven", "en-US", "307"),
        ("twenty twenty five", "en-US", "2025"),
        ("a hundred and five", "en-US", "105"),
    ],
)
def test_spoken_numbers_become_digit_strings(text, locale, expected):
    assert extract("integer", text, locale) == expected


@pytest.mark.parametrize("text", ["no sé", "es una caja grande", "ahorita no lo tengo", "", "   ", "¿qué?"])
def test_no_number_means_none(text):
    assert extract("integer", text, "es-MX") is None


def test_leading_zeros_are_dropped_unless_the_slot_keeps_them():
    assert extract("integer", "cero cuarenta y dos", "es-MX") == "42"
    assert extract("integer", "cero cuarenta y dos", "es-MX", {"leading_zeros": True}) == "042"
    assert extract("integer", "oh four", "en-US") == "4"
    assert extract("integer", "oh four", "en-US", {"leading_zeros": True}) == "04"
    assert extract("integer", "cero", "es-MX") == "0"


def test_min_max_and_pattern_reject_out_of_range_numbers():
    assert extract("integer", "doce", "es-MX", {"min": 100}) is None
    assert extract("integer", "mil", "es-MX", {"max": 999}) is None
    assert extract("integer", "ciento doce", "es-MX", {"min": 100, "max": 999}) == "112"
    assert extract("integer", "doce", "es-MX", {"pattern": r"\d{4}"}) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(42, "42"), ("42", "42"), ("cuarenta y dos", "42"), (42.0, "42"), (-1, None), (4.5, None), (True, None)],
)
def test_llm_proposals_are_renormalised(value, expected):
    assert validate_value("integer", value, "es-MX") == expected
