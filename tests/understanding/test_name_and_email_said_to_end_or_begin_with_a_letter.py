"""A note on how a name or an address ends or begins ("termina con i latina", "empieza con hache", "it ends with an
i") writes the letter there: in place of a letter that sounds like it ("Nancy" -> Nanci, "aracely" -> araceli),
else put after (before) what was heard ("anabel" -> anabeli: a single L is no I heard wrong - only a doubled "ll"
sounds like a Y). Never a word of the name ("Anabel Termina"), never letters of the address ("anabelterminaconi"),
never "anabei". After a whole name ("Anabel López, termina con i") which part it means is not clear: the note is
cut, the name stays."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.emails import spelled_with
from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Anabel termina con i latina", "es-MX", "Anabeli"),
        ("Anabel, termina con i latina.", "es-MX", "Anabeli"),
        ("Nancy termina con i latina", "es-MX", "Nanci"),
        ("No, Nanci termina con i latina", "es-MX", "Nanci"),
        ("Ortís termina con zeta", "es-MX", "Ortíz"),
        ("Rosabel acaba en i", "es-MX", "Rosabeli"),
        ("Anabel ends with an i", "en-US", "Anabeli"),
        # after a whole name, the note is cut and the name stays
        ("Anabel López, termina con i latina", "es-MX", "Anabel López"),
    ],
)
def test_a_note_on_how_a_name_ends_writes_it_so(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(
    ("word", "letter", "edge", "written"),
    [
        ("anabel", "i", "end", "anabeli"),
        ("aracely", "i", "end", "araceli"),
        ("nancy", "i", "end", "nanci"),
        ("ordas", "z", "end", "ordaz"),
        ("omero", "h", "start", "homero"),
    ],
)
def test_a_single_l_is_no_i_heard_wrong(word: str, letter: str, edge: str, written: str) -> None:
    assert spelled_with(word, letter, edge) == written


def _email_fed(locale: str, *turns: str) -> slot_types.Accumulator:
    email = slot_types.get("email")
    assert email is not None
    acc = email.start(locale, {})
    for turn in turns:
        acc = slot_types.feed(acc, turn).state
    return acc


@pytest.mark.parametrize(
    ("turns", "locale", "so_far"),
    [
        (("anabel", "termina con i latina"), "es-MX", "anabeli"),
        (("aracely", "termina con i latina"), "es-MX", "araceli"),
        (("omero", "con hache al principio"), "es-MX", "homero"),
        (("anabel", "it ends with an i"), "en-US", "anabeli"),
    ],
)
def test_a_note_amid_an_address_dictation_writes_the_part_said_so(turns: tuple[str, ...], locale: str,
                                                                  so_far: str) -> None:
    assert _email_fed(locale, *turns).so_far() == so_far


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("anabel arroba gmail punto com", "termina con i latina", "es-MX", "anabeli@gmail.com"),
        ("anabel at gmail dot com", "it ends with an i", "en-US", "anabeli@gmail.com"),
        ("Anabel", "termina con i latina", "es-MX", "Anabeli"),
        ("Anabel", "No, termina con i latina.", "es-MX", "Anabeli"),
        ("Anabel López", "Anabel termina con i latina", "es-MX", "Anabeli López"),
        ("Nancy López", "No, Nanci termina con i latina", "es-MX", "Nanci López"),
    ],
)
def test_a_note_at_the_read_back_writes_the_value_so(said: str, reply: str, locale: str, value: str) -> None:
    type_name = "email" if "@" in value else "name"
    slot_type = slot_types.get(type_name)
    assert slot_type is not None

    def fresh() -> slot_types.Accumulator:
        return slot_type.start(locale, {})

    acc = slot_types.feed(fresh(), said).state
    heard = hear_confirmation(reply, locale, acc.value, acc, fresh)
    assert (heard.event, heard.value) == ("corrected", value)
