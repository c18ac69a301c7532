"""How callers and recognisers write an address said in one turn, beyond "x punto y arroba z punto com".

The domain's dot written into one word ("hotmailpuntocom", "gmailcom"); a letter said with its case ("ese
minúscula", "capital b"), which makes its name a letter even alone; letters joined by hyphens ("t-o-m-m-y")
are a spelling and an English number with a hyphen ("fifty-two") one number, neither a dash; "email's"
and "todo en minúsculas" introduce the address; "eme de mamá" run together ("emede mamá"), "de de dado"
after another letter, "i griega"; a letter's name alone between symbols of an address otherwise spelled
("punto, te, arroba") is the letter; a word followed by its own spelling, or said again to spell it, is
said once; an address described ("my first name at gmail") is no address.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("luisa ochenta arroba hotmailpuntocom", "es-MX", "luisa80@hotmail.com"),
        ("pepe punto lara arroba yahoopuntocom punto mx", "es-MX", "pepe.lara@yahoo.com.mx"),
        ("ramon doce arroba gmailcom", "es-MX", "ramon12@gmail.com"),
        ("dana at hotmaildotcom", "en-US", "dana@hotmail.com"),
        ("kevin seven at yahoocom", "en-US", "kevin7@yahoo.com"),
    ],
)
def test_a_domain_written_as_one_word_is_split_at_its_dot(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ese minúscula, a, ele, a, arroba gmail punto com", "es-MX", "sala@gmail.com"),
        ("Ese minúscula punto ruiz arroba gmail punto com", "es-MX", "s.ruiz@gmail.com"),
        ("de minúscula guion bajo mora arroba hotmail punto com", "es-MX", "d_mora@hotmail.com"),
        ("te mayúscula guion bajo ruiz arroba gmail punto com", "es-MX", "t_ruiz@gmail.com"),
        ("capital b, o, b at gmail dot com", "en-US", "bob@gmail.com"),
    ],
)
def test_a_letter_said_with_its_case_is_a_letter(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("It's t-o-m-m-y at gmail dot com.", "en-US", "tommy@gmail.com"),
        ("r-o-s-a at yahoo dot com", "en-US", "rosa@yahoo.com"),
        ("jake fifty-two at outlook dot com", "en-US", "jake52@outlook.com"),
        ("mary-ann at aol dot com", "en-US", "mary-ann@aol.com"),
    ],
)
def test_hyphens_of_a_spelling_or_a_number_are_no_dashes(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Email's pat dot kim at gmail dot com.", "en-US", "pat.kim@gmail.com"),
        ("My address's joe nine at aol dot com", "en-US", "joe9@aol.com"),
        ("El correo, todo en minúsculas, es rita punto vega arroba gmail punto com", "es-MX",
         "rita.vega@gmail.com"),
        ("Todo en minúsculas: beto doce arroba yahoo punto com", "es-MX", "beto12@yahoo.com"),
        ("all in lowercase, sam dot lee at gmail dot com", "en-US", "sam.lee@gmail.com"),
    ],
)
def test_words_introducing_the_address_are_not_part_of_it(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erede ratón, o, ese, a, arroba gmail punto com.", "rosa@gmail.com"),
        ("Pede pato, a, ce, o, arroba yahoo punto com.", "paco@yahoo.com"),
        ("Ene, a, de de dedo, i, a, arroba hotmail punto com.", "nadia@hotmail.com"),
        ("Equis, i griega, zeta, arroba gmail punto com", "xyz@gmail.com"),
        ("Ge, a, ele, i latina, arroba gmail punto com", "gali@gmail.com"),
    ],
)
def test_spelled_letters_run_together_or_in_two_words(text: str, expected: str) -> None:
    assert extract_email(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ele, u, i, ese, punto, ese, arroba gmail punto com", "es-MX", "luis.s@gmail.com"),
        ("Eme, a, ere, a, guion bajo, de, arroba yahoo punto com", "es-MX", "mara_d@yahoo.com"),
        ("be, e, ene, punto, jay, at gmail dot com", "en-US", "ben.j@gmail.com"),
    ],
)
def test_a_letter_name_alone_in_a_spelled_address_is_the_letter(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


def test_a_letter_name_in_a_said_address_stays_a_word() -> None:
    assert extract_email("juan punto ese arroba gmail punto com", "es-MX") == "juan.ese@gmail.com"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("pablo punto jlm, jota ele eme, arroba gmail punto com", "es-MX", "pablo.jlm@gmail.com"),
        ("ana punto ruiz, ruiz con zeta, arroba hotmail punto com", "es-MX", "ana.ruiz@hotmail.com"),
        ("tom underscore bkr, bee kay ar, at gmail dot com", "en-US", "tom_bkr@gmail.com"),
    ],
)
def test_a_word_said_again_to_spell_it_is_said_once(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("It's my last name and then at yahoo.", "en-US"),
        ("Use my name at gmail dot com", "en-US"),
        ("Es mi nombre y luego arroba gmail punto com", "es-MX"),
    ],
)
def test_an_address_described_is_no_address(text: str, locale: str) -> None:
    assert extract_email(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("oscar punto en medio iturbide arroba gmail punto com", "es-MX", "oscar.iturbide@gmail.com"),
        ("oscar con punto en medio iturbide arroba gmail punto com", "es-MX", "oscar.iturbide@gmail.com"),
        ("ana con guion bajo ruiz arroba hotmail punto com", "es-MX", "ana_ruiz@hotmail.com"),
        ("ana with a dash ruiz at gmail dot com", "en-US", "ana-ruiz@gmail.com"),
    ],
)
def test_a_symbol_said_with_where_it_goes_is_only_the_symbol(text: str, locale: str, expected: str) -> None:
    # "punto en medio", "con punto", "with a dash": the words around the symbol are no part of the address
    assert extract_email(text, locale) == expected
