"""The ending of an address put right at its read-back.

- A country ending said alone ("punto mx", "dot mx") at an address ending ".com" goes on from it (".com.mx"),
  as callers add it; one said in place of the ".com" is said so ("no, es punto mx", "no es punto com, es
  punto mx").
- "Sin el mx", "sin mx", "sin el punto com" leave that ending out of the domain ("yahoo.com.mx" without its
  ".com" is "yahoo.mx"); said of an ending the address does not have, or with "nomás punto com" at a ".com"
  address, the address is so already.
- "No es punto eme, es punto ene": a letter after a symbol set against another after the same symbol is that
  letter swapped, never an ending added (".n")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "said", "locale", "expected"),
    [
        ("fidel_arreola77@yahoo.com", "punto mx.", "es-MX", "fidel_arreola77@yahoo.com.mx"),
        ("ruth@prodigy.net", "Punto mx.", "es-MX", "ruth@prodigy.net.mx"),
        ("sam@yahoo.com", "dot mx", "en-US", "sam@yahoo.com.mx"),
        ("fidel@yahoo.com", "No, es punto mx.", "es-MX", "fidel@yahoo.mx"),
        ("fidel@yahoo.com", "No es punto com, es punto mx.", "es-MX", "fidel@yahoo.mx"),
    ],
)
def test_a_country_ending_said_alone_goes_on_from_com(address: str, said: str, locale: str, expected: str) -> None:
    assert corrected(address, said, locale) == expected


@pytest.mark.parametrize(
    ("address", "said", "expected"),
    [
        ("beto@yahoo.com.mx", "Sin el mx.", "beto@yahoo.com"),
        ("beto@yahoo.com.mx", "sin mx", "beto@yahoo.com"),
        ("beto@yahoo.com.mx", "No, sin el punto com.", "beto@yahoo.mx"),
        ("beto@yahoo.com.mx", "Nomás punto com.", "beto@yahoo.com"),
    ],
)
def test_an_ending_left_out_is_dropped(address: str, said: str, expected: str) -> None:
    assert corrected(address, said) == expected


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("beto@yahoo.com", "Sí, pero sin el mx."),
        ("beto@yahoo.com", "Nomás punto com."),
    ],
)
def test_an_ending_the_address_has_not_describes_it_as_it_is(address: str, said: str) -> None:
    email = new_accumulator("email", "es-MX")
    email.feed(address)
    assert email.describes(said) is True


@pytest.mark.parametrize(
    ("address", "said", "expected"),
    [
        ("rosa.m@gmail.com", "No es punto eme, es punto ene.", "rosa.n@gmail.com"),
        ("rosa.m@gmail.com", "No, es punto ene, no punto eme.", "rosa.n@gmail.com"),
        ("leo-b@gmail.com", "no es guion be, es guion ve", "leo-v@gmail.com"),
        ("rosa.m@gmail.com", "No es punto com, es punto net.", "rosa.m@gmail.net"),
    ],
)
def test_a_letter_after_the_same_symbol_is_swapped(address: str, said: str, expected: str) -> None:
    assert corrected(address, said) == expected
