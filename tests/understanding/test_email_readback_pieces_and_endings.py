"""Corrections of an e-mail read back whole that put in more than one character, lengthen the domain's
ending, or say again what the address already has.

- A piece put after or before a part: a number said whole ("después de ibarra va el cuarenta y dos",
  "after lopez comes seventy one"), digits one by one, letters spelled, or a word of the address.
- The domain's ending said fuller than it was read ("punto com punto mx" at ".com") or a country ending
  said missing ("le falta el punto mx", "it's missing the dot mx at the end"): the domain gets it, never
  the part before the "@".
- "Son dos ochos" at an address with "88" in it describes it as it is (read back again, unchanged);
  at one with a single 8 it doubles it.
- The letters of the address said fuller after a "no" ("No, es ce, anaya. Ce, a, ene, a, ye, a." at
  "cana23"): those letters are replaced, the digits kept; the part said and then spelled is said once.
An ending said in place of the domain's ("no es punto com, es punto net", "it ends in dot org") replaces
it. Traps: an ending said with other parts of an address is no such fix; an everyday word after "va"
("después de ibarra va bien") puts nothing in.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator

from .email_helpers import corrected


def _describes(address: str, correction: str, locale: str = "es-MX") -> bool | None:
    state = new_accumulator("email", locale)
    state.feed(address)
    return state.describes(correction)


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("lupeibarra@gmail.com", "Después de ibarra va el cuarenta y dos.", "es-MX", "lupeibarra42@gmail.com"),
        ("lupeibarra@gmail.com", "Le faltó el número. Después de ibarra va cuatro dos.", "es-MX",
         "lupeibarra42@gmail.com"),
        ("lupeibarra@gmail.com", "va el noventa antes de ibarra", "es-MX", "lupe90ibarra@gmail.com"),
        ("lupeibarra@gmail.com", "después de lupe va ka, a", "es-MX", "lupekaibarra@gmail.com"),
        ("lupeibarra@gmail.com", "después de lupe va sandoval", "es-MX", "lupesandovalibarra@gmail.com"),
        ("tomlopez@aol.com", "after lopez comes seventy one", "en-US", "tomlopez71@aol.com"),
    ],
)
def test_a_piece_of_several_characters_put_by_a_part(address: str, correction: str, locale: str,
                                                    expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("rsolis@fletesdelnorte.com", "Solo le falta el mx al final, punto com punto mx.", "es-MX",
         "rsolis@fletesdelnorte.com.mx"),
        ("rsolis@fletesdelnorte.com", "le falta el punto mx", "es-MX", "rsolis@fletesdelnorte.com.mx"),
        ("rsolis@fletesdelnorte.com", "es punto com punto mx", "es-MX", "rsolis@fletesdelnorte.com.mx"),
        ("rsolis@prodigy.net", "termina en punto net punto mx", "es-MX", "rsolis@prodigy.net.mx"),
        ("dana@acme.com", "it's missing the dot mx at the end", "en-US", "dana@acme.com.mx"),
        ("dana@acme.com", "dot com dot mx", "en-US", "dana@acme.com.mx"),
    ],
)
def test_the_domain_ending_said_fuller_goes_on_the_domain(address: str, correction: str, locale: str,
                                                          expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("rsolis@fletesdelnorte.com", "no es punto com, es punto net", "es-MX", "rsolis@fletesdelnorte.net"),
        ("rsolis@fletesdelnorte.com", "es punto net, no punto com", "es-MX", "rsolis@fletesdelnorte.net"),
        ("rsolis@fletesdelnorte.com", "No, es punto net.", "es-MX", "rsolis@fletesdelnorte.net"),
        ("dana@acme.com", "it's dot org, not dot com", "en-US", "dana@acme.org"),
        ("dana@acme.com", "it ends in dot org", "en-US", "dana@acme.org"),
    ],
)
def test_an_ending_said_in_place_of_the_domains_replaces_it(address: str, correction: str, locale: str,
                                                            expected: str) -> None:
    assert corrected(address, correction, locale) == expected


def test_trap_an_ending_amid_other_words_of_the_address_is_no_ending_fix() -> None:
    assert corrected("rsolis@fletesdelnorte.com", "es rsolis arroba fletes punto net") \
        != "rsolis@fletesdelnorte.net"


def test_trap_an_ending_the_address_has_changes_nothing() -> None:
    assert corrected("rsolis@fletesdelnorte.com.mx", "le falta el punto mx") in (None, "rsolis@fletesdelnorte.com.mx")


def test_trap_an_everyday_word_after_va_puts_nothing_in() -> None:
    assert corrected("lupeibarra@gmail.com", "después de ibarra va bien") is None


@pytest.mark.parametrize(
    ("address", "correction", "locale"),
    [
        ("luisa_88@outlook.com", "No, son dos ochos.", "es-MX"),
        ("luisa_88@outlook.com", "lleva doble ocho", "es-MX"),
        ("luisa_88@outlook.com", "there are two eights", "en-US"),
        ("luisa_8@outlook.com", "no va doble ocho, nada más uno", "es-MX"),
    ],
)
def test_a_doubled_character_the_address_already_has_as_said_describes_it(address: str, correction: str,
                                                                          locale: str) -> None:
    assert _describes(address, correction, locale) is True


def test_two_of_a_character_the_address_has_once_doubles_it() -> None:
    assert _describes("luisa_8@outlook.com", "No, son dos ochos.") is False
    assert corrected("luisa_8@outlook.com", "No, son dos ochos.") == "luisa_88@outlook.com"


def test_one_of_a_character_the_address_has_twice_takes_one_away() -> None:
    assert corrected("luisa_88@outlook.com", "no va doble ocho, nada más uno") == "luisa_8@outlook.com"


@pytest.mark.parametrize(
    ("address", "correction", "expected"),
    [
        ("bort12@gmail.com", "No, es be, ortega. Be, o, ere, te, e, ge, a.", "bortega12@gmail.com"),
        ("mari_7@yahoo.com", "no, maribel", "maribel_7@yahoo.com"),
    ],
)
def test_the_letters_said_fuller_replace_those_of_the_address(address: str, correction: str,
                                                              expected: str) -> None:
    assert corrected(address, f"{correction}") == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale"),
    [
        ("ruth-mora@gmail.com", "Con guion en medio.", "es-MX"),
        ("ruth-mora@gmail.com", "Sí, pero con guion en medio.", "es-MX"),
        ("ruth_mora@gmail.com", "lleva guion bajo", "es-MX"),
        ("ruth.mora@aol.com", "with a dot in the middle", "en-US"),
    ],
)
def test_a_symbol_said_to_be_there_where_it_is_describes_the_address(address: str, correction: str,
                                                                     locale: str) -> None:
    assert _describes(address, correction, locale) is True


def test_trap_a_symbol_said_to_be_there_where_it_is_not_describes_another_address() -> None:
    assert _describes("ruthmora@gmail.com", "Con guion en medio.") is False


@pytest.mark.parametrize("said", ["ruth guion en medio mora arroba gmail punto com",
                                  "ruth guion de en medio mora arroba gmail punto com"])
def test_guion_en_medio_is_the_hyphen(said: str) -> None:
    state = new_accumulator("email", "es-MX")
    state.feed(said)
    assert state.value == "ruth-mora@gmail.com"
