"""E-mails: how to write the ñ, said inside the address ("treviño, con eñe pero ponle ene"), is no part of it; letters
said again from their start after a "no" ("ese, ele, ere... no, ese, ele, a") replace the whole run, and a letter
name taken back with a bare "no" goes; a word spelled and then said twice, or confirmed with "pues" and said again
("ese, i, ele, ve, a... silva pues, silva setenta") is the word once - alone and in a call, at the question and at
a read-back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email

from .call_helpers import heard_at_question, heard_at_read_back

CASES = [
    ("Es marisa, guion bajo, treviño, con eñe pero ponle ene, arroba gmail punto com.", "es-MX",
     "marisa_trevino@gmail.com"),
    ("nuño punto rios, lleva eñe, escríbela con ene, arroba hotmail punto com", "es-MX", "nuno.rios@hotmail.com"),
    ("pena, with an ñ but just put n, at yahoo dot com", "en-US", "pena@yahoo.com"),
    ("Es ese, ele, ere... no, ese, ele, a, pegado, setenta y tres, en g mail punto com.", "es-MX", "sla73@gmail.com"),
    ("jota, eme, ere... no, perdón, jota, eme, a, arroba gmail punto com", "es-MX", "jma@gmail.com"),
    ("J, M, R... no, J, M, A at gmail dot com", "en-US", "jma@gmail.com"),
    ("ese, ele, ere, no, a, arroba gmail punto com", "es-MX", "sla@gmail.com"),
    ("Ese, i, ele, ve, a... silva pues, silva setenta, aroba gmail punto con.", "es-MX", "silva70@gmail.com"),
    ("Ce, a, ere, ele, o... carlo, carlo noventa arroba yahoo punto com", "es-MX", "carlo90@yahoo.com"),
    ("ramos o sea, ramos treinta arroba gmail punto com", "es-MX", "ramos30@gmail.com"),
]


@pytest.mark.parametrize(("text", "locale", "expected"), CASES)
def test_the_address_is_read(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(("case", "wrong"), [
    (CASES[0], "marisa arroba gmail punto com"),
    (CASES[3], "sla arroba gmail punto com"),
    (CASES[7], "silva arroba gmail punto com"),
])
async def test_the_address_is_read_back_in_a_call(case: tuple[str, str, str], wrong: str) -> None:
    text, locale, expected = case
    assert await heard_at_question("email", locale, text) == expected
    assert await heard_at_read_back("email", locale, wrong, f"No, {text[0].lower()}{text[1:]}") == expected
