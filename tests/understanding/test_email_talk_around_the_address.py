"""Talk in the same turn as an address is not part of it. Sentences before it ("Ese no lo tengo aquí...
espérame. Es tapia ...", "¡Que sí, ya voy! Perdón. Es jota ce ...", "I don't have it in front of me... hold
on. It's ...") are dropped, and their words are no announcement that would cut the address after them.
Words said to someone else in the middle ("arroba... no, espérame, mijo... arroba outlook") are a pause.
"es" after a spoken dot is a piece of the address ("ramiro punto es parsa" is ramiro.esparsa), not "it is"
starting it again; after the "@" "punto es" is still the domain ending .es. A sentence with letters, a
name or a symbol is never taken for talk ("Ge. Punto. Ochoa ...").
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator
from daisy_engine.understanding.emails import email_tokens


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Ese no lo tengo aquí... espérame. Es tapia transportes arroba gmail punto com.", "es-MX",
         "tapiatransportes@gmail.com"),
        ("¡Que sí, ya voy! Perdón. Es jota ce olvera setenta y siete arroba gmail punto com.", "es-MX",
         "jcolvera77@gmail.com"),
        ("Ya le dije que no. Ana arroba gmail punto com.", "es-MX", "ana@gmail.com"),
        ("I don't have it in front of me... hold on. It's bob dot smith at gmail dot com.", "en-US",
         "bob.smith@gmail.com"),
        ("Yeah, I'm coming! Sorry. It's mike seventy at yahoo dot com.", "en-US", "mike70@yahoo.com"),
    ],
)
def test_talk_before_the_address_is_dropped(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Nicanor setenta y dos, arroba... no, espérame, mijo... arroba outlook punto com.", "es-MX",
         "nicanor72@outlook.com"),
        ("Rosa punto... espérate tantito... punto díaz arroba gmail punto com", "es-MX", "rosa.diaz@gmail.com"),
        ("Mike seventy at... no, hold on, honey... at yahoo dot com.", "en-US", "mike70@yahoo.com"),
    ],
)
def test_words_said_to_someone_else_inside_the_address(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Ramiro punto es parsa dos mil uno arroba yahoo punto com punto mx.", "ramiro.esparsa2001@yahoo.com.mx"),
        ("juan arroba empresa punto es", "juan@empresa.es"),
        ("Es marte punto es arroba gmail punto com", "marte.es@gmail.com"),
    ],
)
def test_es_after_a_dot_is_part_of_the_address(said: str, expected: str) -> None:
    assert extract("email", said, "es-MX") == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Ge. Punto. Ochoa arroba gmail punto com.", "g.ochoa@gmail.com"),
        ("Sí. Juan punto pérez arroba gmail punto com.", "juan.perez@gmail.com"),
        ("De de dado. A. Ele arroba gmail punto com.", "dal@gmail.com"),
    ],
)
def test_sentences_with_pieces_of_the_address_are_kept(said: str, expected: str) -> None:
    assert extract("email", said, "es-MX") == expected


def test_talk_before_a_new_address_in_dictation_still_takes_the_old_one_back() -> None:
    state = new_accumulator("email", "es-MX")
    state.feed("pedro punto ruiz")
    state.feed("No, perdón, me equivoqué. Ana arroba gmail punto com.")
    assert state.value == "ana@gmail.com"




@pytest.mark.parametrize("said", ["... 5 6", "¿? cinco seis", "¡! 7", "¿ 5", "... jota ka"])
def test_a_pause_or_a_question_mark_before_the_first_characters_is_no_talk(said: str) -> None:
    # Punctuation alone before the dictation (a pause, a line check) leaves the characters as they were said.
    bare = said.lstrip(".¿?¡! ")
    assert email_tokens(said, "es") == email_tokens(bare, "es") != []


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a word that is a filler elsewhere ("mira", "oye") joined to the address by a symbol is a part of it
        (["mira punto luna arroba gmail punto com"], "mira.luna@gmail.com"),
        (["luna punto mira", "arroba gmail punto com"], "luna.mira@gmail.com"),
        (["oye guion bajo ruiz arroba gmail punto com"], "oye_ruiz@gmail.com"),
        # traps: said before the address, or a hesitation before a symbol, it stays talk
        (["mira, es luna punto gomez arroba gmail punto com"], "luna.gomez@gmail.com"),
        (["luna arroba gmail, este, punto com"], "luna@gmail.com"),
    ],
)
def test_a_filler_word_joined_to_the_address_by_a_symbol_is_part_of_it(turns: list[str], expected: str) -> None:
    email = new_accumulator("email", "es-MX")
    for turn in turns:
        email.feed(turn)
    assert email.value == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # the dictation goes on after "Llevo juan": "mira," with a pause is the caller's "look", not a word
        (["juan", "mira, punto, perez arroba gmail punto com"], "juan.perez@gmail.com"),
        (["juan", "oiga, punto, perez arroba gmail punto com"], "juan.perez@gmail.com"),
        (["juan", "fíjate, guion bajo, perez arroba gmail punto com"], "juan_perez@gmail.com"),
        (["mira, punto luna arroba gmail punto com"], "luna@gmail.com"),
    ],
)
def test_a_filler_said_before_a_pause_stays_talk(turns: list[str], expected: str) -> None:
    email = new_accumulator("email", "es-MX")
    for turn in turns:
        email.feed(turn)
    assert email.value == expected
