
import pytest

from daisy_engine.understanding import (
    extract,
    new_accumulator,
    validate_value,
)


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


@pytest.mark.parametrize("text", ["it's 87", "it’s 87", "It's 87.", "it's eighty-seven", "uh it's 87"])
def test_its_87(text):
    assert extract("integer", text, "en-US") == "87"
    acc = new_accumulator("integer", "en-US", {"min": 1, "max": 100})
    assert acc.feed(text).value == "87"


@pytest.mark.parametrize(
    ("options", "turn"),
    [({"min": 1, "max": 6}, "siete"), ({"max": 999999}, "un millón"), ({"min": 10, "max": 60}, "siete"),
     ({"min": 1, "max": 5}, "nine"), ({"pattern": r"\d{3}"}, "cuatro mil")],
)
def test_integer_that_cannot_become_valid_is_nothing(options, turn):
    locale = "en-US" if turn == "nine" else "es-MX"
    acc = new_accumulator("integer", locale, options)
    result = acc.feed(turn)
    assert (result.status, result.value, result.so_far) == ("nothing", None, "")


def test_integer_that_can_still_become_valid_stays_partial():
    acc = new_accumulator("integer", "es-MX", {"min": 10, "max": 60})
    assert acc.feed("cinco").status == "partial"  # 50-59 are still possible
    assert acc.feed("dos").value == "52"
    acc = new_accumulator("integer", "es-MX", {"min": 1, "max": 6})
    assert acc.feed("tres").value == "3"
    assert acc.feed("siete").status == "nothing" and acc.value == "3"  # the valid value is kept
    assert new_accumulator("integer", "es-MX", {"max": 999999}).feed("cien mil").value == "100000"
    assert new_accumulator("integer", "es-MX").feed("un millón").value == "1000000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ciento veinte tres", "123"),
        ("trescientos cuarenta seis", "346"),
        ("noventa ocho", "98"),
        ("el setenta uno", "71"),
        ("veinte cinco", "25"),
        ("cuarenta y cinco", "45"),  # the grammatical form is unchanged
        ("cuatro cinco", "45"),  # digit dictation is unchanged
    ],
)
def test_a_compound_without_its_y_is_one_number(text, expected):
    assert extract("integer", text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("doscientos y pico", "es-MX"), ("quinientos y tantos", "es-MX"), ("mil y cacho", "es-MX"),
        ("two hundred something", "en-US"), ("three hundred odd", "en-US"), ("fortyish", "en-US"),
    ],
)
def test_a_number_with_an_unknown_remainder_is_not_a_number(text, locale):
    assert extract("integer", text, locale) is None


@pytest.mark.parametrize(("text", "expected"), [("unos doscientos", "200"), ("como el 45", "45")])
def test_an_estimate_without_a_remainder_still_counts(text, expected):
    assert extract("integer", text, "es-MX") == expected


@pytest.mark.parametrize("text", ["it's the red one", "that one", "the other one", "which one?", "no one knows"])
def test_the_english_pronoun_one_is_not_a_number(text):
    assert extract("integer", text, "en-US") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("number one", "1"), ("it's one", "1"), ("the number one", "1"), ("unit one twenty", "120"),
     ("truck one oh one", "101"), ("the one two three", "123")],
)
def test_one_as_a_number_is_unchanged(text, expected):
    assert extract("integer", text, "en-US") == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [("doble cero siete", "es-MX", "007"), ("zero zero nine", "en-US", "009"), ("cero cuarenta y dos", "es-MX", "042")],
)
def test_leading_zeros_as_said_with_the_unit_number_options(text, locale, expected):
    assert extract("integer", text, locale, {"leading_zeros": True}) == expected


def test_an_article_before_digits_does_not_change_numbers():
    assert extract("integer", "un millón doscientos mil", "es-MX") == "1200000"
    assert extract("integer", "treinta y un", "es-MX") == "31"
    assert extract("integer", "un ocho", "es-MX") == "8"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "oh" for zero, as many times as it is said
        ("five oh oh", "500"),
        ("it's one oh oh", "100"),
        ("twelve oh oh", "1200"),
        ("three oh oh seven", "3007"),
        # "for" between two number words is the recogniser's "four"
        ("two for fifty", "2450"),
        ("number two for two", "242"),
        # traps: "for" beside one number only stays a word
        ("it's for 42", "42"),
        ("42 for the tractor", "42"),
    ],
)
def test_digits_the_recogniser_wrote_as_words(text: str, expected: str) -> None:
    assert extract("integer", text, "en-US") == expected
