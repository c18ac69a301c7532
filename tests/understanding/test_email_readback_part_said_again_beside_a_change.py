"""At the read-back, a correction that says what to change and also says the part before the "@" again as
it should be ("Sin la ene, nomás arturo punto benítez", "Con punto en medio, óscar punto iturbide", "no,
with an underscore, ana underscore ruiz"): that part is taken as said, which leaves nothing to guess
(which of two n's goes, where the dot goes).

Traps: a plain yes with the part said again as read changes nothing; a clause saying a piece only, or
another address, is not taken for the whole part.
"""

from __future__ import annotations

import pytest

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("arturon.benitez@outlook.com", "Sin la ene, nomás arturo punto benítez.", "es-MX",
         "arturo.benitez@outlook.com"),
        ("oscariturbide@gmail.com", "Con punto en medio, óscar punto iturbide.", "es-MX",
         "oscar.iturbide@gmail.com"),
        ("mariann.salas@gmail.com", "No, sin la otra ene. Solo mariana punto salas.", "es-MX",
         "mariana.salas@gmail.com"),
        ("anaruiz@yahoo.com", "no, with an underscore, just ana underscore ruiz", "en-US", "ana_ruiz@yahoo.com"),
    ],
)
def test_the_part_said_again_beside_a_change_is_taken(address: str, correction: str, locale: str,
                                                      expected: str) -> None:
    assert corrected(address, correction, locale) == expected


def test_trap_a_piece_said_beside_a_change_is_not_the_whole_part() -> None:
    # "sin la ene, arturo": only a piece said again; the change alone applies as before
    assert corrected("arturon.benitez@outlook.com", "Sin la ene, arturo.") != "arturo@outlook.com"


def test_trap_another_address_beside_a_change_is_not_taken_for_this_one() -> None:
    assert corrected("arturo.benitez@outlook.com", "Sin la ene, pedro punto gomez.") != "pedro.gomez@outlook.com"


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("arturon.benitez@outlook.com", "Nomás arturo punto benítez.", "es-MX", "arturo.benitez@outlook.com"),
        ("karlan.mejia@gmail.com", "No, es karla punto mejía.", "es-MX", "karla.mejia@gmail.com"),
        ("tomc.reyes@yahoo.com", "no, just tom dot reyes", "en-US", "tom.reyes@yahoo.com"),
    ],
)
def test_the_whole_part_said_again_alone_replaces_a_near_reading(address: str, correction: str, locale: str,
                                                                expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        # the "n" the recogniser glued to "arturo", not the one inside "benitez"
        ("arturon.benitez@outlook.com", "Sin la ene.", "es-MX", "arturo.benitez@outlook.com"),
        ("arturon.benitez@outlook.com", "Sí, pero va sin la ene.", "es-MX", "arturo.benitez@outlook.com"),
        ("eduardo.perezs@gmail.com", "Sin la ese.", "es-MX", "eduardo.perez@gmail.com"),
        ("mike.smithn@gmail.com", "without the n", "en-US", "mike.smith@gmail.com"),
    ],
)
def test_a_letter_said_extra_goes_where_it_stands_alone_at_a_part_s_edge(address: str, correction: str,
                                                                          locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


def test_trap_a_letter_found_once_or_placed_by_its_neighbour_goes_from_there() -> None:
    assert corrected("r7bv2sd@gmail.com", "solo que no va la b de burro") == "r7v2sd@gmail.com"
    assert corrected("amadore.nieto@gmail.com", "sin la e después de amador") == "amador.nieto@gmail.com"


def test_a_symbol_said_missing_with_no_place_is_no_confirmation() -> None:
    # "Con punto en medio." at an address run together: it cannot be placed, so the address is not taken
    # as it was read (it is read back again); the part said next places it
    from daisy_engine.runtime.listening import hear_confirmation
    from daisy_engine.understanding import new_accumulator

    email = new_accumulator("email", "es-MX")
    email.feed("oscariturbide@gmail.com")
    heard = hear_confirmation("Con punto en medio.", "es-MX", email.value, email,
                              lambda: new_accumulator("email", "es-MX"))
    assert heard.event != "yes"
    assert corrected("oscariturbide@gmail.com", "Óscar punto iturbide.") == "oscar.iturbide@gmail.com"


def test_trap_a_symbol_said_amid_a_dictation_is_the_symbol() -> None:
    from .email_helpers import dictated

    value, _ = dictated(["Juan.", "Con guion bajo.", "Pérez.", "arroba gmail punto com"])
    assert value == "juan_perez@gmail.com"
