"""At an e-mail read-back, "No, yesi se escribe" at "jessie.olvera90@...": the caller says one part of the
address as it should be - a word sounding like the part read ("jessie" said "yesi", "bega" said "vega"), with
"se escribe" and the letters after it or cut off before them. That part becomes it; the rest of the address
stands (never an address begun anew from "yesiseescribe")."""

from __future__ import annotations

import pytest

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "said", "locale", "expected"),
    [
        ("jessie.olvera90@outlook.com", "No, yesi se escribe", "es-MX", "yesi.olvera90@outlook.com"),
        ("jessie.olvera90@outlook.com", "No, yesi se escribe ye, e, ese, i.", "es-MX", "yesi.olvera90@outlook.com"),
        ("jessie.olvera90@outlook.com", "No, yesi.", "es-MX", "yesi.olvera90@outlook.com"),
        ("jenny_ruiz@gmail.com", "No, yeni se escribe ye, e, ene, i", "es-MX", "yeni_ruiz@gmail.com"),
        ("luis.bega@gmail.com", "No, vega.", "es-MX", "luis.vega@gmail.com"),
        ("jessie.olvera90@outlook.com", "no, yesi is spelled y e s i", "en-US", "yesi.olvera90@outlook.com"),
    ],
)
def test_a_part_said_as_it_should_be_replaces_the_part_like_it(
        address: str, said: str, locale: str, expected: str) -> None:
    assert corrected(address, said, locale) == expected


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("yesi.olvera90@outlook.com", "No, yesi se escribe"),  # so already
        ("jessie.olvera90@outlook.com", "No, ruiz se escribe"),  # no part like it: nothing to replace
    ],
)
def test_a_part_the_address_has_or_has_nothing_like_changes_nothing(address: str, said: str) -> None:
    assert corrected(address, said) is None


@pytest.mark.parametrize(
    ("address", "said", "locale", "expected"),
    [
        ("jessie.olbera90@gmail.com", "No, it's jessy", "en-US", "jessy.olbera90@gmail.com"),
        ("jessie.olbera90@gmail.com", "No, es jessy.", "es-MX", "jessy.olbera90@gmail.com"),
        ("terry_ruiz@gmail.com", "No, es terri.", "es-MX", "terri_ruiz@gmail.com"),
    ],
)
def test_a_part_with_a_doubled_letter_said_otherwise_is_replaced_whole(
        address: str, said: str, locale: str, expected: str) -> None:
    # never a piece of it replaced and its tail left over ("jessyie")
    assert corrected(address, said, locale) == expected
