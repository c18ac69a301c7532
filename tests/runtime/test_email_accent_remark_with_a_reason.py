"""At an address's read-back, "no eñe" said with the reason for it ("Sin la eñe, con ene normal, el correo no
acepta la eñe", "e-mails don't take accents"): the address is written without ñ or accents already, so it is
kept and read back again - the "ene" the recogniser folded the "eñe" into is never taken out of it. A letter
ene said missing ("no lleva ene") still changes the address."""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale", "kept"),
    [
        ("teo guion bajo castañeda arroba gmail punto com",
         "Sin la eñe, con ene normal, el correo no acepta la eñe.", "es-MX", "teo_castaneda@gmail.com"),
        ("teo guion bajo castañeda arroba gmail punto com", "Sin eñe, los correos no llevan eñe.", "es-MX",
         "teo_castaneda@gmail.com"),
        ("rosa nuñez arroba hotmail punto com", "No le pongas tilde, porque el sistema no la agarra.", "es-MX",
         "rosanunez@hotmail.com"),
        ("jose pena at gmail dot com", "No accent, e-mails don't take accents.", "en-US", "josepena@gmail.com"),
        ("jose pena at gmail dot com", "There's no accent, the system doesn't take it.", "en-US",
         "josepena@gmail.com"),
        ("ana punto muñoz arroba gmail punto com", "Sí, nomás que sin la eñe, porque no se puede.", "es-MX",
         "ana.munoz@gmail.com"),
    ],
)
def test_the_address_is_kept_and_read_again(said: str, reply: str, locale: str, kept: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", kept)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        # opened with a yes and a "but", the remark said around it: the address already is so, the yes stands
        ("balta punto quiñones setenta y seis arroba outlook punto com",
         "Sí, pero sin la eñe, es ene normal, no se puede con eñe.", "es-MX"),
        ("ann.nunez@gmail.com", "Yes, but no tilde, it's a plain n.", "en-US"),
    ],
)
def test_a_yes_with_the_remark_confirms_the_address_as_it_is(said: str, reply: str, locale: str) -> None:
    assert answer("email", said, reply, locale).event == "yes"


def test_trap_a_letter_ene_said_missing_still_changes_it() -> None:
    heard = answer("email", "pe munoz arroba gmail punto com", "No lleva ene.", "es-MX")
    assert heard.value == "pmuoz@gmail.com"
    heard = answer("email", "ana punto muñoz arroba gmail punto com", "Sí, pero sin la ene.", "es-MX")
    assert heard.value == "ana.muoz@gmail.com"


@pytest.mark.parametrize(
    ("reply", "locale"),
    [
        ("No, nomás una ene normal.", "es-MX"),
        ("No, solo una ene, ene normal.", "es-MX"),
        ("No, nada más una ene, sin eñe.", "es-MX"),
        ("No, just one n, a plain n.", "en-US"),
    ],
)
def test_a_count_said_beside_the_remark_takes_the_doubled_letter_to_one(reply: str, locale: str) -> None:
    heard = answer("email", "annapenna@gmail.com", reply, locale)
    assert (heard.event, heard.value) == ("corrected", "annapena@gmail.com")
