"""What a caller's words at a name's read-back do to the name read back.

A part that sounds like one of the name's parts replaces it, by letters or by its Spanish sound ("Yáñez"
for "Llanes"); a Spanish name read back without its second surname is completed by a lone surname that
sounds like none of its parts; a part said again as it is, spelled or annotated, keeps the whole name and
has it read back again after a "no" — never cut down to that part.
"""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import Heard, hear_confirmation
from daisy_engine.understanding import types as slot_types


def answer(said: str, reply: str, locale: str = "es-MX") -> Heard:
    slot_type = slot_types.get("name")
    assert slot_type is not None

    def fresh() -> slot_types.Accumulator:
        return slot_type.start(locale, {})

    value = slot_types.feed(fresh(), said).state
    assert value.complete, said
    return hear_confirmation(reply, locale, value.value, value, fresh)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        # a part that sounds alike, written otherwise
        ("Wilfrido Llanes", "Yáñez, con ye griega y eñe.", "es-MX", "corrected", "Wilfrido Yáñez"),
        ("Abundio Beltrán Zepeda", "no, Veltrán con ve chica", "es-MX", "corrected", "Abundio Veltrán Zepeda"),
        # the surname the name lacked, after a "no" or on its own
        ("Anacleto Ruelas", "No, Mercado.", "es-MX", "corrected", "Anacleto Ruelas Mercado"),
        ("Anacleto Ruelas", "Mercado.", "es-MX", "corrected", "Anacleto Ruelas Mercado"),
        # a part said again as it is: the name read back again, whole
        ("Juventino Sandoval Orozco", "No, Juventino. Ju-ven-ti-no.", "es-MX", "corrected",
         "Juventino Sandoval Orozco"),
        ("Wilfrido Yáñez", "Yáñez, con ye griega y eñe.", "es-MX", "corrected", "Wilfrido Yáñez"),
        ("Dwayne Porter", "no, Dwayne", "en-US", "corrected", "Dwayne Porter"),
        # a yes with a part of it stays a yes
        ("Juventino Sandoval Orozco", "Sí, Juventino.", "es-MX", "yes", None),
        # a whole other name replaces it
        ("Anacleto Ruelas", "No, Bonifacio Mercado Lugo.", "es-MX", "corrected", "Bonifacio Mercado Lugo"),
        # an English name is complete with one surname: a lone other word is not appended to it
        ("Dwayne Porter", "no, Marcus", "en-US", "corrected", "Marcus"),
    ],
)
def test_name_fixed_at_its_read_back(said: str, reply: str, locale: str, event: str, value: str | None) -> None:
    heard = answer(said, reply, locale)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize("reply", ["Ándele, así.", "Eso.", "Ese es."])
def test_words_of_agreement_never_become_the_name(reply: str) -> None:
    heard = answer("Fausto Carrillo Beltrán", reply)
    assert heard.event in ("yes", "no_match")
