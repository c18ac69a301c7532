"""A name cut off before its end ("Efraín Olvera" of "Efraín Olvera Paredes") is picked up by the caller
from the last part heard: "Olvera Paredes", at the read-back or after turning it down. That is the rest
of the name, never a whole other name; a full name read back, or an answer that repeats a part the name
already has, is not continued."""

from __future__ import annotations

from typing import Any

import pytest
from runtime_helpers import answer, call, said

from daisy_engine.runtime.listening import fix_of
from daisy_engine.understanding import types as slot_types


@pytest.mark.parametrize(
    ("said", "reply", "locale", "name"),
    [
        ("Leopoldo Ferrer", "Ferrer Quiroga.", "es-MX", "Leopoldo Ferrer Quiroga"),
        ("Leopoldo Ferrer", "No, Ferrer Quiroga, con los dos apellidos.", "es-MX", "Leopoldo Ferrer Quiroga"),
        ("Leopoldo Ferrer", "Sí, Ferrer Quiroga.", "es-MX", "Leopoldo Ferrer Quiroga"),
        ("José Luis", "Luis Arredondo Cano.", "es-MX", "José Luis Arredondo Cano"),
        ("Mary Ann", "Ann Whitfield.", "en-US", "Mary Ann Whitfield"),
    ],
)
def test_name_picked_up_from_its_last_part(said: str, reply: str, locale: str, name: str) -> None:
    heard = answer("name", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", name)


@pytest.mark.parametrize(
    ("said", "reply", "name"),
    [
        # two given names and one surname read back: the second surname is still to come
        ("Rosa Elena Cárdenas", "Sí, Cárdenas Villalobos.", "Rosa Elena Cárdenas Villalobos"),
        ("Rosa Elena Cárdenas", "Villalobos.", "Rosa Elena Cárdenas Villalobos"),
        ("Rosa Elena Cárdenas", "Sí, me falta el Villalobos.", "Rosa Elena Cárdenas Villalobos"),
        ("Rosa Elena Cárdenas", "Le faltó el segundo apellido, Villalobos.", "Rosa Elena Cárdenas Villalobos"),
        ("José Luis Ramírez", "Sí, mi segundo apellido es Soto.", "José Luis Ramírez Soto"),
        ("Juan Carlos Méndez", "No, Méndez Ochoa.", "Juan Carlos Méndez Ochoa"),
    ],
)
def test_a_name_with_two_given_names_and_one_surname_takes_the_second(said: str, reply: str, name: str) -> None:
    heard = answer("name", said, reply)
    assert (heard.event, heard.value) == ("corrected", name)


@pytest.mark.parametrize(
    ("said", "reply"),
    [("Rosa Elena Cárdenas", "Sí, Cárdenas."), ("Rosa Elena Cárdenas", "Sí."), ("Juan Pérez López", "Sí, López.")],
)
def test_a_part_said_again_is_a_yes(said: str, reply: str) -> None:
    assert answer("name", said, reply).event == "yes"


@pytest.mark.parametrize("said", ["Rosa Elena Cárdenas", "José Luis Pérez", "Pedro Quintero"])
@pytest.mark.parametrize("reply", ["Simón.", "Afirmativo.", "Efectivamente."])
def test_a_yes_said_in_one_word_is_no_surname(said: str, reply: str) -> None:
    # "Simón" is the slang yes before it is a name: the name read back is right, not "... Simón"
    assert answer("name", said, reply).event == "yes"


def test_name_picked_up_after_it_was_turned_down() -> None:
    slot_type = slot_types.get("name")
    assert slot_type is not None
    denied = slot_types.feed(slot_type.start("es-MX", {}), "Efraín Olvera.").state
    heard = fix_of(denied, "Olvera Paredes.")
    assert heard is not None and heard.value == "Efraín Olvera Paredes"


@pytest.mark.parametrize(
    ("said", "reply", "not_name"),
    [
        # a full name (a given name and both surnames) is not continued
        ("Juan Pérez López", "López Garza.", "Juan Pérez López Garza"),
        ("Ana María Pérez López", "López Garza.", "Ana María Pérez López Garza"),
        # the answer repeats a part the name has: another order of it, not its rest
        ("Ángel Luis", "Luis Ángel Pérez.", "Ángel Luis Ángel Pérez"),
    ],
)
def test_name_not_continued(said: str, reply: str, not_name: str) -> None:
    heard = answer("name", said, reply)
    assert heard.value != not_name


async def _afterthought_call(daisy: Any, locale: str, opening: list[str], turn: str) -> tuple[str, Any]:
    conv = await call(daisy, locale, opening)
    return said(await conv.user_turn(turn)), conv


@pytest.mark.parametrize(
    ("locale", "opening", "turn", "number_said", "name_said", "name"),
    [
        ("es-MX", ["sí", "Juan Pérez", "sí"], "Ruiz. Es ochenta.", "Tractor número 80.",
         "Anoto Juan Pérez Ruiz.", "Juan Pérez Ruiz"),
        ("es-MX", ["sí", "Leopoldo Ferrer", "sí"], "Quiroga. El tractor es el ciento doce.", "Tractor número 112.",
         "Anoto Leopoldo Ferrer Quiroga.", "Leopoldo Ferrer Quiroga"),
        ("es-MX", ["sí", "María López", "sí"], "Domínguez. Es el ochenta.", "Tractor número 80.",
         "Anoto María López Domínguez.", "María López Domínguez"),
    ],
)
async def test_a_surname_added_after_the_name_was_confirmed_then_the_answer(
        daisy: Any, locale: str, opening: list[str], turn: str, number_said: str, name_said: str, name: str) -> None:
    """A part of the name said right after it was confirmed, before the next answer: both are kept, each read
    back (the number first, then the name again)."""
    reply, conv = await _afterthought_call(daisy, locale, opening, turn)
    assert number_said in reply
    reply = said(await conv.user_turn("sí" if locale == "es-MX" else "yes"))
    assert name_said in reply
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots["full_name"] == name
    assert conv.slots["tractor_number"] in ("80", "112")


async def test_a_lone_word_or_a_question_is_no_afterthought(daisy: Any) -> None:
    # "¿Qué siguen?" after the plates were confirmed: nothing of the plates changes
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí"])
    await conv.user_turn("¿Qué siguen? Es el ochenta y dos.")
    assert conv.slots["tractor_plate"] == "ABC-1234"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "name"),
    [
        # a given name no lexicon knows, read back alone: the surnames said at its read-back go after it
        ("Ubaldino", "Quezada Ortiz.", "es-MX", "Ubaldino Quezada Ortiz"),
        ("Ubaldino", "Sí, Quezada Ortiz.", "es-MX", "Ubaldino Quezada Ortiz"),
        ("Anacleto", "Gómez.", "es-MX", "Anacleto Gómez"),
        ("Dwane", "Whitaker.", "en-US", "Dwane Whitaker"),
    ],
)
def test_a_one_word_name_takes_the_surnames_said_at_its_read_back(said: str, reply: str, locale: str,
                                                                  name: str) -> None:
    heard = answer("name", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", name)


@pytest.mark.parametrize(
    ("said", "reply", "name"),
    [
        ("Ubaldino", "No, Ubaldo Quezada.", "Ubaldo Quezada"),  # a whole name said again replaces it
        ("Ubaldino", "Juan Quezada.", "Juan Quezada"),  # a name that opens with a given name is another name
        ("Ubaldino", "No, Ubaldo.", "Ubaldo"),  # the one part put right
    ],
)
def test_a_one_word_name_is_replaced_by_another_name(said: str, reply: str, name: str) -> None:
    heard = answer("name", said, reply)
    assert heard.value == name


@pytest.mark.parametrize(
    ("said", "reply", "locale", "name"),
    [
        # the name said again with its lead ("Es ...", "Soy ...", "It's ..."): it replaces the one read back
        ("Ubaldino", "Es Yoel.", "es-MX", "Yoel"),
        ("Chuy", "No, es Yoel Soto.", "es-MX", "Yoel Soto"),
        ("Tavo", "Me llamo Yoel.", "es-MX", "Yoel"),
        ("Dwane", "It's Kade.", "en-US", "Kade"),
        ("Dwane", "My name is Kade Smith.", "en-US", "Kade Smith"),
    ],
)
def test_a_one_word_name_said_again_with_its_lead_is_replaced(said: str, reply: str, locale: str,
                                                              name: str) -> None:
    heard = answer("name", said, reply, locale)
    assert heard.value == name, heard


@pytest.mark.parametrize(
    ("said", "reply", "locale", "name"),
    [
        # the recogniser wrote the name as cut by a pause (no full stop) and its last part short: the rest of that
        # word comes in lower case at the read-back
        ("Leonel Cas", "tañeda.", "es-MX", "Leonel Castañeda"),
        ("Rosa Gonzá", "lez", "es-MX", "Rosa González"),
        ("Mario Her", "nández.", "es-MX", "Mario Hernández"),
        ("Jake Mac", "kenzie.", "en-US", "Jake Mackenzie"),
        ("Dana Ful", "ler", "en-US", "Dana Fuller"),
    ],
)
def test_a_word_of_the_name_cut_by_a_pause_is_finished_at_its_read_back(
        said: str, reply: str, locale: str, name: str) -> None:
    heard = answer("name", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", name)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("Leonel Cas.", "tañeda.", "es-MX"),  # said as a finished sentence: no word was cut
        ("Pedro Ruiz", "sí.", "es-MX"),  # an answer in lower case is an answer
        ("Pedro Ruiz", "correcto", "es-MX"),
        ("Jake Mac", "yep.", "en-US"),
        ("Pedro Quintero", "salas.", "es-MX"),  # a whole part is no word cut off
        ("Ana Ruiz", "garcía.", "es-MX"),  # the next surname, written in lower case
        ("Luis Paz", "ortega", "es-MX"),
        ("Mary Lee", "johnson.", "en-US"),
        # a short whole surname (Mayan ones are common in Mexico), then the second one in lower case
        ("Pedro Tun", "chan.", "es-MX"),
        ("José May", "canul.", "es-MX"),
        ("Carlos Uc", "poot.", "es-MX"),
        ("Luis Ek", "dzul.", "es-MX"),
        ("Juan Roa", "soto.", "es-MX"),
        ("Felipe Ruy", "sánchez.", "es-MX"),
        ("John Ray", "smith.", "en-US"),
        ("Tom Orr", "brown.", "en-US"),
        # a part the list does not know, then a common whole surname
        ("Raúl Tzi", "pérez.", "es-MX"),
        ("Ana Bo", "ruiz", "es-MX"),
        ("Kim Vu", "johnson.", "en-US"),
        ("José Canché", "tun.", "es-MX"),  # a short surname said second, after one ending on a stressed vowel
        ("Rafael Aké", "canché.", "es-MX"),
    ],
)
def test_a_finished_name_or_an_answer_is_not_joined_to_the_last_part(said: str, reply: str, locale: str) -> None:
    glued = said.rstrip(".").split()[-1] + reply.strip(".")
    assert glued.lower() not in str(answer("name", said, reply, locale).value or "").lower()


@pytest.mark.parametrize(
    ("said", "reply", "locale", "name"),
    [
        # two given names and no surname read back (the pause came before the surnames): the surnames said at the
        # read-back go after them, never in place of them
        ("Juan Carlos", "Treviño Salas.", "es-MX", "Juan Carlos Treviño Salas"),
        ("María José", "Bermúdez.", "es-MX", "María José Bermúdez"),
        ("José Luis", "Sí, Ochoa Garza.", "es-MX", "José Luis Ochoa Garza"),
        ("Mary Ann", "Whitfield.", "en-US", "Mary Ann Whitfield"),
    ],
)
def test_two_given_names_take_the_surnames_said_at_their_read_back(said: str, reply: str, locale: str,
                                                                   name: str) -> None:
    heard = answer("name", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", name)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("Juan Carlos", "No, Juan Pablo.", "es-MX"),  # another given name: the name said anew
        ("Juan Carlos", "Sí.", "es-MX"),
        ("Juan Pérez", "Treviño Salas.", "es-MX"),  # a surname read back: another name, not its rest
    ],
)
def test_two_given_names_keep_no_other_name_as_surnames(said: str, reply: str, locale: str) -> None:
    heard = answer("name", said, reply, locale)
    assert heard.value is None or not str(heard.value).startswith(said + " ")
