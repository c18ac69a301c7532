"""What Daisy hears at an e-mail read-back when the caller puts a piece in, lengthens the domain's ending,
says again what the address has, or points at it.

A correction that puts in a number ("después de ibarra va el cuarenta y dos") is no yes for its "va":
the corrected address is read back. "No, son dos ochos. Ocho, ocho." at an address with "88" reads the
same address back again (the caller heard another read-back). "Ese mero", "sí, ese" confirm it.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale", "expected"),
    [
        ("lupeibarra arroba gmail punto com", "Después de ibarra va el cuarenta y dos.", "es-MX",
         "lupeibarra42@gmail.com"),
        ("lupeibarra arroba gmail punto com", "Le falta el número. Después de ibarra va cuarenta y dos.", "es-MX",
         "lupeibarra42@gmail.com"),
        ("rsolis arroba fletesdelnorte punto com", "Nomás le falta el mx al final, punto com punto mx.", "es-MX",
         "rsolis@fletesdelnorte.com.mx"),
        ("tomlopez at aol dot com", "after lopez comes seventy one", "en-US", "tomlopez71@aol.com"),
    ],
)
def test_a_piece_put_in_at_the_read_back_is_a_correction_read_back(said: str, reply: str, locale: str,
                                                                   expected: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", expected)


def test_two_of_a_digit_the_address_has_twice_reads_it_back_again() -> None:
    heard = answer("email", "luisa guion bajo ocho ocho arroba outlook punto com", "No, son dos ochos. Ocho, ocho.")
    assert (heard.event, heard.value) == ("corrected", "luisa_88@outlook.com")


@pytest.mark.parametrize("reply", ["Ese mero.", "Sí, ese.", "Sí, esa es."])
def test_pointing_at_the_address_read_back_confirms_it(reply: str) -> None:
    assert answer("email", "luisa guion bajo ocho ocho arroba outlook punto com", reply).event == "yes"
