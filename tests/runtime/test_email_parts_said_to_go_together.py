"""At an address's read-back, two parts said to go together with no symbol between them.

"Sin punto, va todo junto la hache con el méndez", "la hache y el méndez van juntos", "no dot, Mike and
Jones together": the symbol between the two parts named goes, and the address is read back again. Said of an
address that already has them together (the caller answered an older read-back with a dot in it), it is
kept as it is - never "hconelmendez". With no parts named, "sin punto" / "no dot, all one word" takes out
the one such symbol the address has. A symbol said to be there ("con un punto entre ana y lópez") still
goes in.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer

from daisy_engine.understanding import types as slot_types


@pytest.mark.parametrize(
    ("said", "reply", "locale", "expected"),
    [
        ("hache punto mendez guion bajo fletes arroba outlook punto com",
         "Sin punto, va todo junto la hache con el méndez.", "es-MX", "hmendez_fletes@outlook.com"),
        ("hache punto mendez guion bajo fletes arroba outlook punto com", "La hache y el méndez van juntos.",
         "es-MX", "hmendez_fletes@outlook.com"),
        ("rosa guion diaz punto carga arroba gmail punto com", "No lleva guion, rosa y diaz van pegados.", "es-MX",
         "rosadiaz.carga@gmail.com"),
        ("ana punto lopez arroba gmail punto com", "Sin punto.", "es-MX", "analopez@gmail.com"),
        ("mike dot jones at gmail dot com", "No dot, Mike and Jones together.", "en-US", "mikejones@gmail.com"),
        ("mike dot jones at gmail dot com", "No dot, all one word.", "en-US", "mikejones@gmail.com"),
    ],
)
def test_the_symbol_between_goes(said: str, reply: str, locale: str, expected: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", expected)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("hache mendez guion bajo fletes arroba outlook punto com",
         "Sin punto, va todo junto la hache con el méndez.", "es-MX"),
        ("hache mendez guion bajo fletes arroba outlook punto com", "La hache y el méndez van juntos.", "es-MX"),
        ("mike jones at gmail dot com", "No dot, Mike and Jones together.", "en-US"),
    ],
)
def test_already_together_the_address_is_kept(said: str, reply: str, locale: str) -> None:
    # a yes (the value as read back) or the same value read back again, never one edited with "con"
    heard = answer("email", said, reply, locale)
    email = slot_types.get("email")
    assert email is not None
    pending = slot_types.feed(email.start(locale, {}), said).state.value
    assert (heard.event, heard.value) in (("yes", None), ("corrected", pending))


def test_trap_a_symbol_said_to_be_there_still_goes_in() -> None:
    heard = answer("email", "ana lopez arroba gmail punto com", "Con un punto entre ana y lopez.", "es-MX")
    assert (heard.event, heard.value) == ("corrected", "ana.lopez@gmail.com")
