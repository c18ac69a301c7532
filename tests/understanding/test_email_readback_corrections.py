"""Corrections of an e-mail address read back whole, applied to it (and read back again).

A symbol put between two parts ("con un punto entre ana y lopez") or put in place of another ("es guion
bajo, no guion medio"); a character put after or before another ("después del siete va una equis"); a
doubled letter taken to one ("no va doble ele, nada más una") or one letter doubled ("lleva doble erre");
a number said as wrong and then right ("cuarenta no, catorce") or only the right one to an address with
one number ("no, catorce, uno cuatro"); a part said again, with other symbols
("no, ana punto lopez") or one word spelled otherwise ("no, gonzalez con zeta"). A turn that holds no such
correction, or asks for a symbol where it already is ("falta el guion bajo después de la u" when it is
there), leaves the address as it was.
"""

from __future__ import annotations

import pytest

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("analopez@gmail.com", "con un punto entre ana y lopez", "es-MX", "ana.lopez@gmail.com"),
        ("rosadiaz@yahoo.com", "lleva guion bajo entre rosa y diaz", "es-MX", "rosa_diaz@yahoo.com"),
        ("mikejones@aol.com", "with an underscore between mike and jones", "en-US", "mike_jones@aol.com"),
        ("pedro80@gmail.com", "un punto entre pedro y ochenta", "es-MX", "pedro.80@gmail.com"),
    ],
)
def test_a_symbol_put_between_two_parts(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("luis-mora@gmail.com", "es guion bajo, no guion medio", "es-MX", "luis_mora@gmail.com"),
        ("luis.mora@gmail.com", "no es punto, es guion bajo", "es-MX", "luis_mora@gmail.com"),
        ("kim-lee@aol.com", "not a dash, an underscore", "en-US", "kim_lee@aol.com"),
        ("kim_lee@aol.com", "it's a dot", "en-US", "kim.lee@aol.com"),
    ],
)
def test_a_symbol_changed_for_another(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("ramo7@gmail.com", "después del siete va una equis", "es-MX", "ramo7x@gmail.com"),
        ("ramo7@gmail.com", "me faltó la ka, antes de la o", "es-MX", "ramko7@gmail.com"),
        ("juanperez@gmail.com", "después de juan va un punto", "es-MX", "juan.perez@gmail.com"),
        ("tina4@aol.com", "after the four there's a b", "en-US", "tina4b@aol.com"),
    ],
)
def test_a_character_put_after_or_before_another(address: str, correction: str, locale: str,
                                                 expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("gallo9@gmail.com", "no va doble ele, nada más una", "es-MX", "galo9@gmail.com"),
        ("anna@gmail.com", "solo va una ene", "es-MX", "ana@gmail.com"),
        ("jeff@aol.com", "not double f, just one", "en-US", "jef@aol.com"),
        ("lillo@gmail.com", "doble ele, nada más una", "es-MX", "lilo@gmail.com"),
        ("paris@gmail.com", "lleva doble erre", "es-MX", "parris@gmail.com"),
    ],
)
def test_a_doubled_letter(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("lalo40@gmail.com", "cuarenta no, catorce", "es-MX", "lalo14@gmail.com"),
        ("lalo40@gmail.com", "no es cuarenta, es catorce, uno cuatro", "es-MX", "lalo14@gmail.com"),
        ("max90@aol.com", "not ninety, nineteen", "en-US", "max19@aol.com"),
        ("lalo40@gmail.com", "es el catorce, no el cuarenta", "es-MX", "lalo14@gmail.com"),
        ("max90@aol.com", "it's nineteen, not ninety", "en-US", "max19@aol.com"),
        ("lalo40@gmail.com", "no, catorce, uno cuatro", "es-MX", "lalo14@gmail.com"),
        ("max90@aol.com", "no, nineteen", "en-US", "max19@aol.com"),
    ],
)
def test_a_number_said_as_wrong_then_right(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("analopez@gmail.com", "no, ana punto lopez", "es-MX", "ana.lopez@gmail.com"),
        ("maria.gonzales@gmail.com", "no, gonzalez con zeta", "es-MX", "maria.gonzalez@gmail.com"),
        ("jon.smyth@aol.com", "no, smith", "en-US", "jon.smith@aol.com"),
    ],
)
def test_a_part_said_again(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        # a part heard cut short or garbled, its name said again: that part, the rest kept
        ("amando.ruiz40@gmail.com", "No, es Armando.", "es-MX", "armando.ruiz40@gmail.com"),
        ("gudalpe.soto@hotmail.com", "no, guadalupe. Ge, u, a, de, a, ele, u, pe, e.", "es-MX",
         "guadalupe.soto@hotmail.com"),
        ("fernado_7@yahoo.com", "no, fernando", "es-MX", "fernando_7@yahoo.com"),
        ("kath.brown@aol.com", "no, it's katherine", "en-US", "katherine.brown@aol.com"),
    ],
)
def test_a_garbled_part_said_again_by_name(address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction"),
    [
        ("amando.ruiz40@gmail.com", "no, es Hortensia"),  # another name: a new address, not this one mended
        ("ana.ruiz@gmail.com", "no, es Rosa"),
    ],
)
def test_trap_a_name_like_no_part_is_no_mend(address: str, correction: str) -> None:
    assert corrected(address, correction) is None


@pytest.mark.parametrize(
    ("address", "correction", "locale"),
    [
        ("analopez@gmail.com", "sí, está bien", "es-MX"),
        ("lalo40@gmail.com", "cuarenta, sí", "es-MX"),
        ("lalo40@gmail.com", "no, cuatrocientos", "es-MX"),
        ("lalo40@gmail.com", "no, catorce, uno cinco", "es-MX"),
        ("luis_mora@gmail.com", "sí, con guion bajo", "es-MX"),
        ("mike@aol.com", "yes that's right", "en-US"),
        ("ezu_m9@gmail.com", "falta el guion bajo después de la u", "es-MX"),
        ("jo.king@gmail.com", "there's a dot after the o", "en-US"),
    ],
)
def test_a_turn_without_a_correction_leaves_the_address(address: str, correction: str, locale: str) -> None:
    assert corrected(address, correction, locale) is None


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("juan@gmail.com", "sí, nomás cámbiale gmail por hotmail", "es-MX", "juan@hotmail.com"),
        ("juan.perez@gmail.com", "cámbiele el gmail por yahoo", "es-MX", "juan.perez@yahoo.com"),
        ("juan@hotmail.com", "Es arroba yahoo, no hotmail.", "es-MX", "juan@yahoo.com"),
        ("juan@gmail.com", "es hotmail, no gmail", "es-MX", "juan@hotmail.com"),
        ("juan@gmail.com", "no es gmail, es hotmail", "es-MX", "juan@hotmail.com"),
        ("juan@gmail.com", "hotmail en vez de gmail", "es-MX", "juan@hotmail.com"),
        ("juan@gmail.com", "no, es hotmail", "es-MX", "juan@hotmail.com"),
        ("juan@gmail.com", "no, es jotmail", "es-MX", "juan@hotmail.com"),  # as the recogniser writes it
        ("kim@gmail.com", "change gmail to yahoo", "en-US", "kim@yahoo.com"),
        ("kim@gmail.com", "it's yahoo, not gmail", "en-US", "kim@yahoo.com"),
        ("kim@gmail.com", "no, outlook", "en-US", "kim@outlook.com"),
    ],
)
def test_a_provider_put_in_place_of_the_one_read_back(address: str, correction: str, locale: str,
                                                      expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale"),
    [
        ("juan@gmail.com", "es yahoo, no outlook", "es-MX"),  # rules out a provider the address lacks
        ("juan@gmail.com", "sí, gmail", "es-MX"),  # the provider it has: nothing to change
        ("juan@fletesgarza.com", "no, es hotmail", "es-MX"),  # a company domain is not a provider's
        ("kim@gmail.com", "change the k to a c", "en-US"),  # a letter, not the provider
    ],
)
def test_trap_a_provider_change_that_does_not_fit_the_address_leaves_its_domain(address: str, correction: str,
                                                                               locale: str) -> None:
    value = corrected(address, correction, locale)
    assert value is None or value.split("@")[1] == address.split("@")[1]


@pytest.mark.parametrize(
    ("address", "correction", "expected"),
    [
        # a word of the address said with the letter it is written with: a correction of its spelling
        ("juan.espinosa@gmail.com", "Espinosa con zeta", "juan.espinoza@gmail.com"),
        ("luis.vasques@gmail.com", "Vasques con zeta al final", "luis.vasquez@gmail.com"),
        # traps: written so already, or where the letter goes is unclear: nothing changes
        ("juan.espinoza@gmail.com", "Espinosa con zeta", None),
        ("ana.sosa@gmail.com", "Sosa con zeta", None),
    ],
)
def test_a_word_said_with_the_letter_it_is_written_with(address: str, correction: str,
                                                       expected: str | None) -> None:
    assert corrected(address, correction) == expected
