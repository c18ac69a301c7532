"""A note at an address's read-back that a letter begins or ends a part ("lleva hache al principio", "con
zeta al final", "starts with an h") may come with that part said as it is written, or as it was heard:
"No, heri lleva hache al principio" at eri.lozano, "Homero empieza con hache" at jomero.garza, "garza
lleva zeta al final" at omero.garsa. The letter goes at that edge of that part - in place of a letter
sounding like it, or in front of (after) what was heard. A part the address does not have ("pedro lleva
hache") is no such note, and a part already so written changes nothing.

The part may be a word the recogniser ran into the next one ("No, Araceli termina con i latina" at
aracelydominguez: the first name heard as "aracely"), and the letter made clear with a word after it ("i latina",
"be grande"): the one place in the address where that word was heard with a letter like it at the edge."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("eri.lozano@outlook.com", "No, heri lleva hache al principio. Hache de hotel.", "es-MX",
         "heri.lozano@outlook.com"),
        ("eri.lozano@outlook.com", "Eri lleva hache al principio.", "es-MX", "heri.lozano@outlook.com"),
        ("eri.lozano@outlook.com", "Es heri, con hache al principio.", "es-MX", "heri.lozano@outlook.com"),
        ("jomero.garza@gmail.com", "Homero empieza con hache.", "es-MX", "homero.garza@gmail.com"),
        ("omero.garsa@gmail.com", "Garza lleva zeta al final.", "es-MX", "omero.garza@gmail.com"),
        ("luis.ortis@gmail.com", "No, ortiz lleva zeta al final.", "es-MX", "luis.ortiz@gmail.com"),
        ("ector.ruiz@gmail.com", "Hector, with an h at the beginning.", "en-US", "hector.ruiz@gmail.com"),
        ("omar.ward@gmail.com", "No, homar starts with an h.", "en-US", "homar.ward@gmail.com"),
        ("aracelydominguez@gmail.com", "No, Araceli termina con i latina.", "es-MX", "aracelidominguez@gmail.com"),
        ("aracelydominguez@gmail.com", "Araceli lleva i latina al final.", "es-MX", "aracelidominguez@gmail.com"),
        ("luisortisgarza@hotmail.com", "No ortiz termina con zeta.", "es-MX", "luisortizgarza@hotmail.com"),
        ("nancysalgadoruiz@gmail.com", "Nanci acaba con i latina.", "es-MX", "nancisalgadoruiz@gmail.com"),
        ("jvaldesmoreno@yahoo.com", "Valdez ends with a z.", "en-US", "jvaldezmoreno@yahoo.com"),
    ],
)
def test_the_letter_goes_at_the_edge_of_the_part_named(address: str, correction: str, locale: str,
                                                       expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale"),
    [
        ("eri.lozano@outlook.com", "No, pedro lleva hache al principio.", "es-MX"),
        ("omar.ward@gmail.com", "No, frank starts with an h.", "en-US"),
        # the word heard twice with a letter like the noted one at its end: where is not clear
        ("danysdanyl@gmail.com", "Dani termina con i latina.", "es-MX"),
    ],
)
def test_a_part_the_address_lacks_is_no_such_note(address: str, correction: str, locale: str) -> None:
    assert corrected(address, correction, locale) in (None, address)


@pytest.mark.parametrize(
    ("address", "said", "locale"),
    [
        ("heri.lozano@outlook.com", "No, heri lleva hache al principio.", "es-MX"),
        ("homero.garza@gmail.com", "Garza lleva zeta al final.", "es-MX"),
        ("hector.ruiz@gmail.com", "Hector, with an h at the beginning.", "en-US"),
    ],
)
def test_a_part_already_so_written_is_described(address: str, said: str, locale: str) -> None:
    state = new_accumulator("email", locale)
    state.feed(address)
    assert state.describes(said) is True
