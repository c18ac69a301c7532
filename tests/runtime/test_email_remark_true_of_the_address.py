"""At an address's read-back, remarks that are already true of the address read back.

The caller heard an older or garbled read-back, or says what the address is like: "no lleva eñe, es con
ene normal" (an address is written without ñ or accents), "le falta el punto mx al final" at an address
ending ".com.mx", "no, es guion bajo, el de abajo" at an address whose one separator is an underscore. The
address is kept and read back again, never edited into something else. The same words at an address they
are not true of still change it.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer

from daisy_engine.understanding import types as slot_types


def _value(said: str, locale: str) -> str:
    email = slot_types.get("email")
    assert email is not None
    return slot_types.feed(email.start(locale, {}), said).state.value


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("pe muñoz arroba fletes muñoz punto com", "No lleva eñe, es con ene normal.", "es-MX"),
        ("pe muñoz arroba fletes muñoz punto com", "Sin eñe. Las dos.", "es-MX"),
        ("pe muñoz arroba gmail punto com", "No lleva tilde la ene.", "es-MX"),
        ("jose pena at gmail dot com", "There's no accent on it.", "en-US"),
        ("marta punto ruiz arroba fletesruiz punto com punto mx", "Le falta el punto mx al final.", "es-MX"),
        ("marta punto ruiz arroba fletesruiz punto com punto mx", "Falta punto com punto mx al final", "es-MX"),
        ("kim dot lee at acme dot co dot uk", "It's missing the dot uk at the end.", "en-US"),
        # the ending said missing without where: an ending goes at the end
        ("noe punto barajas arroba yahoo punto com punto mx", "Sí, pero falta el punto mx.", "es-MX"),
        ("noe punto barajas arroba yahoo punto com punto mx", "Le faltó el punto mx", "es-MX"),
        ("kim dot lee at acme dot co dot uk", "Yeah but it's missing the dot uk.", "en-US"),
        ("dmora guion bajo carga arroba yahoo punto com", "No, es guion bajo, el de abajo.", "es-MX"),
        ("dmora guion bajo carga arroba yahoo punto com", "Es guion bajo.", "es-MX"),
        ("kim underscore lee at gmail dot com", "No, it's an underscore.", "en-US"),
    ],
)
def test_the_address_is_kept_and_read_again(said: str, reply: str, locale: str) -> None:
    pending = _value(said, locale)
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", pending)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        # the same remarks where they are not yet true
        ("marta punto ruiz arroba fletesruiz punto com", "Le falta el punto mx al final.", "es-MX",
         "marta.ruiz@fletesruiz.com.mx"),
        ("dmora guion carga arroba yahoo punto com", "Es guion bajo, no guion medio.", "es-MX",
         "dmora_carga@yahoo.com"),
        ("noe punto barajas arroba yahoo punto com", "Sí, pero falta el punto mx.", "es-MX",
         "noe.barajas@yahoo.com.mx"),
    ],
)
def test_a_remark_not_yet_true_still_changes_it(said: str, reply: str, locale: str, value: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


def test_an_ene_said_missing_is_a_letter_not_a_tilde() -> None:
    said = "pe munoz arroba gmail punto com"
    heard = answer("email", said, "No lleva ene.", "es-MX")
    assert heard.value != _value(said, "es-MX")


def test_a_symbol_swap_placed_where_it_already_is_keeps_the_address() -> None:
    # the second sentence says where: between "zúñiga" and "transp", where the dash already is
    said = "hache punto zúñiga guion transp arroba outlook punto com"
    heard = answer("email", said, "Es guion, no punto. Guion medio, entre zúñiga y transp.", "es-MX")
    assert (heard.event, heard.value) == ("corrected", "h.zuniga-transp@outlook.com")
    heard = answer("email", "kay dot lee dash ortiz at gmail dot com",
                   "It's a dash, not a dot. A dash between lee and ortiz.", "en-US")
    assert (heard.event, heard.value) == ("corrected", "kay.lee-ortiz@gmail.com")


def test_a_symbol_swap_placed_where_it_is_not_changes_it() -> None:
    said = "hache punto zúñiga guion transp arroba outlook punto com"
    heard = answer("email", said, "Es guion, no punto.", "es-MX")
    assert (heard.event, heard.value) == ("corrected", "h-zuniga-transp@outlook.com")


@pytest.mark.parametrize(
    ("said", "more", "locale", "value"),
    [
        ("noe punto barajas arroba yahoo punto com", "punto mx", "es-MX", "noe.barajas@yahoo.com.mx"),
        ("ana arroba prodigy punto net", "y punto mx.", "es-MX", "ana@prodigy.net.mx"),
        ("kim dot lee at acme dot com", "dot mx.", "en-US", "kim.lee@acme.com.mx"),
    ],
)
def test_an_ending_said_after_a_pause_at_the_read_back_goes_on_with_the_address(
        said: str, more: str, locale: str, value: str) -> None:
    # the caller had not finished: the address read back at ".com" takes the ending said next, never a new one
    email = slot_types.get("email")
    assert email is not None
    assert slot_types.feed(email.start(locale, {}), said).state.goes_on(more)
    heard = answer("email", said, more, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(("said", "again"), [("ana arroba gmail punto com", "punto com"),
                                            ("kim at gmail dot com", "dot com.")])
def test_the_ending_said_again_goes_on_with_nothing(said: str, again: str) -> None:
    email = slot_types.get("email")
    assert email is not None
    held = slot_types.feed(email.start("es-MX", {}), said).state
    assert not held.goes_on(again)
