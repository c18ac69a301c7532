"""A note on how a word ends or begins said after a "no" to it ("no, termina con e" at "Anabeli", "no, it ends with an
e" at "Lacey") refuses the vowel read back at that edge: the note's vowel takes its place (Anabele, Lacee), it is
never put after it (Anabelie, Laceye). A consonant there was heard right, and the letter goes after it as without
the "no" ("Anabel" - "no, termina con i": Anabeli), unless only that makes a known given name ("Mari" - "no,
termina con o": Mario). "Last letter's a y" / "la última letra es i" is such a note; a turn that is only a note
names nobody ("sí, termina en erre" is no name "Termina Enerre"); "al final" said of a word of the name is no part
of it ("Juan Pérez al final" is no "Juan Pérez Alfinal")."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.names import extract_name

from .call_helpers import at_question


def _heard(type_name: str, locale: str, said: str, reply: str) -> tuple[str, object]:
    slot_type = slot_types.get(type_name)
    assert slot_type is not None

    def fresh() -> slot_types.Accumulator:
        return slot_type.start(locale, {})

    acc = slot_types.feed(fresh(), said).state
    heard = hear_confirmation(reply, locale, acc.value, acc, fresh)
    return heard.event, heard.value


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("Anabeli", "no, termina con e", "es-MX", "Anabele"),
        ("Anabeli", "No. Termina en e.", "es-MX", "Anabele"),
        ("Dania", "no, acaba con o", "es-MX", "Danio"),
        ("Lacey", "no, it ends with an e", "en-US", "Lacee"),
        ("Kayla", "Nope, it ends with an i", "en-US", "Kayli"),
        ("Elena", "no, empieza con a", "es-MX", "Alena"),
        # a consonant there was heard right: the letter goes after it
        ("Anabel", "No, termina con i latina.", "es-MX", "Anabeli"),
        # only the letter not heard makes a name the lexicon knows
        ("Mari", "no, termina con o", "es-MX", "Mario"),
        # the place named as a letter's
        ("Lacie", "No, the last letter is an a", "en-US", "Lacia"),
        ("Anabeli", "no, la última letra es e", "es-MX", "Anabele"),
        ("Anabeli Soto", "no, Anabeli termina con e", "es-MX", "Anabele Soto"),
        ("Lacey Smith", "No, Lacey ends with an e", "en-US", "Lacee Smith"),
        ("anabeli arroba gmail punto com", "no, termina con e", "es-MX", "anabele@gmail.com"),
        ("lacey at gmail dot com", "no, it ends with an e", "en-US", "lacee@gmail.com"),
    ],
)
def test_a_note_after_a_no_replaces_the_vowel_refused(said: str, reply: str, locale: str, value: str) -> None:
    type_name = "email" if "@" in value else "name"
    assert _heard(type_name, locale, said, reply) == ("corrected", value)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("Lacey", "No, last letter's a y", "en-US"),
        ("Anabeli", "no, la última es i", "es-MX"),
        ("Marco", "no, termina con o", "es-MX"),
    ],
)
def test_a_note_naming_the_letter_read_back_keeps_the_name(said: str, reply: str, locale: str) -> None:
    # the name is not let go: it is read back again as it is ("That matches what I have")
    assert _heard("name", locale, said, reply) == ("corrected", said)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("sí, termina en erre", "es-MX"),
        ("termina con zeta", "es-MX"),
        ("no, la última letra es i", "es-MX"),
        ("yes, it ends with an r", "en-US"),
        ("No, last letter's a y", "en-US"),
    ],
)
def test_a_turn_that_is_only_a_note_names_nobody(text: str, locale: str) -> None:
    assert extract_name(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Juan Pérez al final", "es-MX", "Juan Pérez"),
        ("Ana López, López al último", "es-MX", "Ana López"),
        ("Mike Carter, Carter at the end", "en-US", "Mike Carter"),
    ],
)
def test_where_a_word_of_the_name_goes_is_no_part_of_it(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(
    ("locale", "said", "reply", "pending"),
    [
        ("es-MX", "Anabeli Soto", "no, Anabeli termina con e", "Anabele Soto"),
        ("en-US", "Lacey Smith", "No, Lacey ends with an e", "Lacee Smith"),
        # a vowel said apart from a last i goes after it
        ("es-MX", "Yuli Soto", "no, Yuli termina con a", "Yulia Soto"),
        ("en-US", "Jodi Smith", "No, Jodi ends with an e", "Jodie Smith"),
    ],
)
async def test_in_a_call_the_name_read_back_is_put_right(locale: str, said: str, reply: str, pending: str) -> None:
    conv = await at_question("full_name", locale)
    await conv.user_turn(said)
    assert conv.pending == said
    await conv.user_turn(reply)
    assert conv.pending == pending


@pytest.mark.parametrize(
    ("locale", "said", "reply"),
    [("es-MX", "Ana López", "sí, termina en erre"), ("en-US", "Ana Lopez", "yes, it ends with an r")],
)
async def test_in_a_call_a_note_at_a_whole_name_is_no_new_name(locale: str, said: str, reply: str) -> None:
    # the note names no part of a two-part name: the name is kept as read back, never "Termina Enerre"
    conv = await at_question("full_name", locale)
    await conv.user_turn(said)
    await conv.user_turn(reply)
    assert conv.pending in (None, said)
    assert "Termina" not in str(conv.pending) and "Ends" not in str(conv.pending)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        # a vowel said apart from a last i is the one a bad line loses (-ía, -ío), the English e is not sounded
        # (-ie): it goes after the i, never in its place (Yula, Tono, Sopha, Sophe, Jode)
        ("Yuli", "no, termina con a", "es-MX", "Yulia"),
        ("Dani", "No. Termina en a.", "es-MX", "Dania"),
        ("Toni", "no, termina con o", "es-MX", "Tonio"),
        ("Eli", "no, acaba con o", "es-MX", "Elio"),
        ("Sophi", "no, it ends with an a", "en-US", "Sophia"),
        ("Olivi", "Nope, it ends with an a", "en-US", "Olivia"),
        ("Sophi", "no, it ends with an e", "en-US", "Sophie"),
        ("Jodi", "no, the last letter is an e", "en-US", "Jodie"),
        ("Natali", "nah, it ends in e", "en-US", "Natalie"),
        ("Jodi Smith", "No, Jodi ends with an e", "en-US", "Jodie Smith"),
        ("yuli arroba gmail punto com", "no, termina con a", "es-MX", "yulia@gmail.com"),
        ("jodi at gmail dot com", "no, it ends with an e", "en-US", "jodie@gmail.com"),
        # without the "no" too: there is no doubt where it goes
        ("Sophi", "it ends with an e", "en-US", "Sophie"),
        ("Yuli", "termina con a", "es-MX", "Yulia"),
        # a Spanish e after an i was misheard (-e, never -ie)
        ("Guadalupi", "no, termina con e", "es-MX", "Guadalupe"),
        # the i heard wrong when only that makes a name the lexicon knows
        ("Rosi", "no, termina con a", "es-MX", "Rosa"),
    ],
)
def test_a_vowel_said_apart_from_a_last_i_goes_after_it(said: str, reply: str, locale: str, value: str) -> None:
    type_name = "email" if "@" in value else "name"
    assert _heard(type_name, locale, said, reply) == ("corrected", value)


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Sofi termina con a", "es-MX", "Sofia"),
        ("Natali, termina con a", "es-MX", "Natalia"),
        ("Sergi termina con o", "es-MX", "Sergio"),
        ("Jodi ends with an e", "en-US", "Jodie"),
        ("Sophi, it ends with an a", "en-US", "Sophia"),
    ],
)
def test_a_name_said_with_the_vowel_after_its_i_is_taken(text: str, locale: str, name: str) -> None:
    # no doubt where the vowel goes: the name is heard, never asked for again
    assert extract_name(text, locale) == name
