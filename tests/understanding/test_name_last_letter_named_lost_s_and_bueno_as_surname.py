"""Names: the last letter's place named with a sounded vowel ("la última es con a") puts it in place of the last
letter, never after it (Anabeli -> Anabela, not Anabelia; the English silent e still goes after an i: Jodie); an S
said to begin a name that starts with a consonant the S is lost before ("Tefani" - "no, empieza con ese") is put
before it (Stefani, never Sefani); a filler that is a surname too ("bueno") right after a given name is the surname
("Me llamo Pedro Bueno")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name

from .call_helpers import heard_at_question, heard_at_read_back


@pytest.mark.parametrize(("locale", "said", "reply", "value"), [
    ("es-MX", "Anabeli", "no, la última es con a", "Anabela"),
    ("es-MX", "Anabeli", "no, la última letra es a", "Anabela"),
    ("es-MX", "Marisoli", "no, la última es con e", "Marisole"),
    ("en-US", "Anabeli", "no, the last letter is an a", "Anabela"),
    ("es-MX", "Luci", "no, la última es con a", "Lucia"),  # the lexicon knows Lucia, not Luca
    ("en-US", "Jodi", "no, the last letter is an e", "Jodie"),  # an English e after the i is never sounded
    # "termina con a" still says a vowel lost after the i (Yulia)
    ("es-MX", "Yuli", "no, termina con a", "Yulia"),
])
async def test_the_last_place_named_takes_the_vowel_there(locale: str, said: str, reply: str, value: str) -> None:
    assert await heard_at_read_back("full_name", locale, said, reply) == value


@pytest.mark.parametrize(("locale", "said", "reply", "value"), [
    ("es-MX", "Tefani", "no, empieza con ese", "Stefani"),
    ("en-US", "Tefani", "no, it starts with an s", "Stefani"),
    ("en-US", "Teven", "no, the first letter is an s", "Steven"),
    ("en-US", "Tacy", "no, it starts with an s", "Stacy"),
    ("es-MX", "Pencer", "no, empieza con ese", "Spencer"),
    # another consonant refused there is still the one heard wrong
    ("en-US", "Lacey", "no, it starts with a k", "Kacey"),
])
async def test_an_s_lost_before_a_consonant_goes_before_it(locale: str, said: str, reply: str, value: str) -> None:
    assert await heard_at_read_back("full_name", locale, said, reply) == value


@pytest.mark.parametrize(("locale", "said", "value"), [
    ("es-MX", "Me llamo Pedro Bueno", "Pedro Bueno"),
    ("es-MX", "Pedro Bueno López", "Pedro Bueno López"),
    ("es-MX", "Soy Ana Mira Torres", "Ana Mira Torres"),
    ("en-US", "My name is Pedro Bueno", "Pedro Bueno"),
    # after a pause, or before the name, "bueno" is the filler still
    ("es-MX", "Soy Pedro, bueno, Pedro López", "Pedro López"),
    ("es-MX", "Bueno, Pedro López", "Pedro López"),
    ("es-MX", "Pedro López, bueno", "Pedro López"),
])
def test_a_filler_that_is_a_surname_after_a_given_name(locale: str, said: str, value: str) -> None:
    assert extract_name(said, locale) == value


async def test_bueno_as_surname_read_back_in_a_call() -> None:
    assert await heard_at_question("full_name", "es-MX", "Me llamo Pedro Bueno") == "Pedro Bueno"


@pytest.mark.parametrize(("locale", "said", "reply", "value"), [
    # a C before e/i sounds as the S: it is the letter heard wrong, no S lost before it (never Scerena)
    ("en-US", "Cerena", "no, the first letter is an s", "Serena"),
    ("es-MX", "Cerena", "no, la primera letra es ese", "Serena"),
    ("es-MX", "Celene", "no, empieza con ese", "Selene"),
    ("en-US", "Cybil", "no, it starts with an s", "Sybil"),
])
async def test_an_s_for_a_soft_c_replaces_it(locale: str, said: str, reply: str, value: str) -> None:
    assert await heard_at_read_back("full_name", locale, said, reply) == value


@pytest.mark.parametrize(("said", "value"), [
    # the given name said again after "bueno"/"mira" (the recogniser writes no commas): the name begun again
    ("Juan bueno Juan Pérez", "Juan Pérez"),
    ("Mi nombre es José bueno José Luis Ramírez", "José Luis Ramírez"),
    ("Soy María bueno este María Guadalupe Torres", "María Guadalupe Torres"),
    ("Luis mira Luis Hernández", "Luis Hernández"),
])
def test_bueno_before_the_name_begun_again_is_a_filler(said: str, value: str) -> None:
    assert extract_name(said, "es-MX") == value


async def test_bueno_before_the_name_begun_again_in_a_call() -> None:
    assert await heard_at_question("full_name", "es-MX", "Ramiro bueno pues Ramiro Salas") == "Ramiro Salas"
