"""At an address's read-back, one symbol said and another ruled out ("es guion bajo, no guion medio").

When the address read back already has the symbol said and not the one ruled out, the caller heard it
otherwise (or answers an older read-back): nothing changes and it is read back again. When it has the one
ruled out, that one is swapped for the one said.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer

from daisy_engine.understanding import types as slot_types


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("rsalas guion bajo fletes arroba yahoo punto com punto mx", "Es guion bajo, no guion medio.", "es-MX"),
        ("rsalas guion bajo fletes arroba yahoo punto com punto mx", "Es con guion bajo, no con guion", "es-MX"),
        ("rsalas guion bajo fletes arroba yahoo punto com punto mx", "No es guion, es guion bajo.", "es-MX"),
        ("marta punto ruiz arroba gmail punto com", "Lleva punto, no guion bajo.", "es-MX"),
        ("tony underscore reyes at gmail dot com", "It's an underscore, not a dash.", "en-US"),
        ("tony dash reyes at gmail dot com", "No, that's a dash, not a dot", "en-US"),
    ],
)
def test_the_symbol_already_there_keeps_the_address(said: str, reply: str, locale: str) -> None:
    email = slot_types.get("email")
    assert email is not None
    pending = slot_types.feed(email.start(locale, {}), said).state.value
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", pending)  # read back again, unchanged


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("rsalas guion fletes arroba yahoo punto com punto mx", "Es guion bajo, no guion medio.", "es-MX",
         "rsalas_fletes@yahoo.com.mx"),
        ("tony dash reyes at gmail dot com", "It's an underscore, not a dash.", "en-US", "tony_reyes@gmail.com"),
        ("marta guion bajo ruiz arroba gmail punto com", "Es punto, no guion bajo", "es-MX", "marta.ruiz@gmail.com"),
    ],
)
def test_the_symbol_ruled_out_is_swapped(said: str, reply: str, locale: str, value: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)
