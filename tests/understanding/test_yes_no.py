import pytest

from daisy_engine.understanding import YesNo, classify_yes_no, extract, validate_value


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("sí", "es-MX", "yes"), ("si", "es-MX", "yes"), ("que sí", "es-MX", "yes"), ("correcto", "es-MX", "yes"),
        ("así es", "es-MX", "yes"), ("ajá", "es-MX", "yes"), ("claro", "es-MX", "yes"), ("está bien", "es-MX", "yes"),
        ("no, está mal", "es-MX", "no"), ("no es correcto", "es-MX", "no"), ("nel", "es-MX", "no"),
        ("no sé", "es-MX", None), ("¿cómo?", "es-MX", None), ("mande", "es-MX", None),
        ("yes", "en-US", "yes"), ("yep", "en-US", "yes"), ("yeah", "en-US", "yes"), ("that's right", "en-US", "yes"),
        ("correct", "en-US", "yes"), ("nope", "en-US", "no"), ("wrong", "en-US", "no"),
        ("that's not right", "en-US", "no"), ("I'm not sure", "en-US", None),
    ],
)
def test_confirmations_and_denials(text, locale, expected):
    assert extract("yes_no", text, locale) == expected


def test_a_no_followed_by_a_new_value_keeps_the_value_text():
    assert classify_yes_no("no, es cincuenta y seis", "es-MX") == YesNo("no", "es cincuenta y seis")
    assert classify_yes_no("No, la última es 7.", "es-MX") == YesNo("no", "la última es 7")
    assert classify_yes_no("no it's 56", "en-US") == YesNo("no", "it's 56")
    assert classify_yes_no("sí", "es-MX") == YesNo("yes", "")


def test_a_self_corrected_answer_counts_as_corrected():
    assert classify_yes_no("no, perdón, sí", "es-MX").answer == "yes"


def test_no_answer_keeps_the_whole_text_as_rest():
    assert classify_yes_no("a las cinco", "es-MX") == YesNo(None, "a las cinco")


def test_llm_yes_no_proposals():
    assert validate_value("yes_no", True, "es-MX") == "yes"
    assert validate_value("yes_no", "NO", "es-MX") == "no"
    assert validate_value("yes_no", "claro que sí", "es-MX") == "yes"
