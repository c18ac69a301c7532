
import pytest

from daisy_engine.understanding import (
    extract,
    validate_value,
)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("juan punto perez arroba gmail punto com", "es-MX", "juan.perez@gmail.com"),
        ("maria guion bajo lopez arroba hotmail punto com", "es-MX", "maria_lopez@hotmail.com"),
        ("transportes guion medio garcia arroba outlook punto com", "es-MX", "transportes-garcia@outlook.com"),
        ("jota u a ene arroba yahoo punto com punto mx", "es-MX", "juan@yahoo.com.mx"),
        ("pedro ochenta y cinco aroba gmail punto com", "es-MX", "pedro85@gmail.com"),
        ("mi correo electrónico es pepe arroba g mail punto com", "es-MX", "pepe@gmail.com"),
        ("lupita arroba jotmail punto com", "es-MX", "lupita@hotmail.com"),
        ("sergio arroba gmail punto con", "es-MX", "sergio@gmail.com"),
        ("martha con hache arroba gmail punto com", "es-MX", "martha@gmail.com"),
        ("javier arroba gmail", "es-MX", "javier@gmail.com"),
        ("john dot smith at gmail dot com", "en-US", "john.smith@gmail.com"),
        ("it's j o h n at hotmail dot com", "en-US", "john@hotmail.com"),
        ("jay at gmail dot com", "en-US", "jay@gmail.com"),
        ("Juan.Perez@Gmail.com", "en-US", "juan.perez@gmail.com"),
    ],
)
def test_dictated_addresses(text, locale, expected):
    assert extract("email", text, locale) == expected


@pytest.mark.parametrize(
    "text", ["no tengo correo", "juan arroba", "arroba gmail punto com", "juan arroba hotmail", "juan..x@gmail.com"]
)
def test_incomplete_or_invalid_addresses_are_rejected(text):
    assert extract("email", text, "es-MX") is None


def test_llm_email_proposals_are_renormalised():
    assert validate_value("email", "Juan.Perez@Gmail.com", "es-MX") == "juan.perez@gmail.com"
    assert validate_value("email", "juan@", "es-MX") is None


def test_period_is_a_dot_in_english_emails():
    assert extract("email", "john period smith at gmail dot com", "en-US") == "john.smith@gmail.com"
    assert extract("email", "john period smith at gmail period com", "en-US") == "john.smith@gmail.com"
    assert extract("email", "juan punto perez arroba gmail punto com", "es-MX") == "juan.perez@gmail.com"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("el correo es de gmail, es memo cero siete arroba gmail punto com", "es-MX", "memo07@gmail.com"),
        ("es un hotmail, es rosy ochenta arroba hotmail punto com", "es-MX", "rosy80@hotmail.com"),
        ("it's t. miller at gmail dot com", "en-US", "tmiller@gmail.com"),
        ("j. r. smith at yahoo dot com", "en-US", "jrsmith@yahoo.com"),
        ("j.smith@yahoo.com", "en-US", "j.smith@yahoo.com"),  # a typed dot stays
        ("t punto miller arroba gmail punto com", "es-MX", "t.miller@gmail.com"),  # a spoken dot stays
    ],
)
def test_email_preambles_and_initials(text, locale, expected):
    assert extract("email", text, locale) == expected
