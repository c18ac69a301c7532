"""A piece of an e-mail's domain said again at the read-back as the address already has it.

"Le falta el guion. Fletes guion medio garza." at "jl.trevino@fletes-garza.com.mx": the caller heard
an older read-back (or repeats the piece to be sure); the address stays and is read back again, never
taken as the start of a new address ("lefaltael..."). Traps: the piece said with another symbol, or a
part before the "@" said with another symbol, is no such thing.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale", "address"),
    [
        ("jl punto trevino arroba fletes guion garza punto com punto mx",
         "Le falta el guion. Fletes guion medio garza.", "es-MX", "jl.trevino@fletes-garza.com.mx"),
        ("jl punto trevino arroba fletes guion garza punto com punto mx", "Es fletes guion garza.", "es-MX",
         "jl.trevino@fletes-garza.com.mx"),
        ("ruth arroba grupo punto tlr punto com", "No, arroba grupo punto tlr.", "es-MX", "ruth@grupo.tlr.com"),
        ("ann.lee@acme-freight.com", "It's missing the dash. Acme dash freight.", "en-US",
         "ann.lee@acme-freight.com"),
    ],
)
def test_the_address_stays_and_is_read_back_again(said: str, reply: str, locale: str, address: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", address)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("jl punto trevino arroba fletes guion garza punto com punto mx", "No, fletes guion bajo garza.", "es-MX"),
        ("ann.lee@acme-freight.com", "No, acme underscore freight.", "en-US"),
    ],
)
def test_the_piece_with_another_symbol_is_not_the_address_as_it_is(said: str, reply: str, locale: str) -> None:
    assert answer("email", said, reply, locale).event != "yes"
    assert answer("email", said, reply, locale).value is None


def test_a_part_before_the_at_said_with_another_symbol_changes_it() -> None:
    heard = answer("email", "jl punto trevino arroba fletes guion garza punto com punto mx", "No, jl guion trevino.")
    assert (heard.event, heard.value) == ("corrected", "jl-trevino@fletes-garza.com.mx")
