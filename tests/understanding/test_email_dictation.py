"""E-mail addresses spelled with words, over several turns, with chatter in between.

"letra t minúscula", "número cuatro", a sentence-final period that is not a dot, "guion bajo", mangled
"X de <word>"; fillers never become part of the address; an address has a maximum length; polite words
before a corrected address are not part of it.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator


def _dictate(turns: list[str], locale: str = "es-MX") -> tuple[str | None, str]:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value, email.so_far()


def test_letters_and_numbers_said_with_their_names_and_periods_between_them() -> None:
    value, _ = _dictate(
        [
            "letra r minúscula. Número siete. letra b minúscula",
            "Número cero.",
            "Letra ese minúscula.",
            "Letra k minúscula.",
            "arroba gmail punto com",
        ]
    )
    assert value == "r7b0sk@gmail.com"


def test_mangled_letters_and_a_lost_letter_before_de_in_an_address() -> None:
    value, _ = _dictate(
        [
            "de tomate,",
            "Número cinco",
            "Bebe vaca?",
            "Número uno.",
            "Ese de sapo?",
            "Hije de gato.",
            "arroba hotmail punto com",
        ]
    )
    assert value == "t5v1sg@hotmail.com"


def test_an_underscore_and_a_dot_said_as_words() -> None:
    value, _ = _dictate(["luisa guion bajo mora", "punto dos mil", "arroba yahoo punto com punto mx"])
    assert value == "luisa_mora.2000@yahoo.com.mx"


def test_a_character_taken_back_inside_the_turn() -> None:
    value, _ = _dictate(["Número cuatro, no, letra T.", "Número nueve", "arroba gmail punto com"])
    assert value == "t9@gmail.com"


@pytest.mark.parametrize("chatter", ["ajá", "órale", "espere", "sí, correcto", "hello?", "yes, correct", "ok", "mande"])
def test_chatter_adds_nothing_to_the_address(chatter: str) -> None:
    email = new_accumulator("email", "es-MX")
    email.feed("ana punto gil")
    before = email.so_far()
    assert email.feed(chatter).status == "nothing"
    assert email.so_far() == before


def test_the_address_never_grows_past_its_maximum_length() -> None:
    email = new_accumulator("email", "es-MX")
    for _ in range(300):
        email.feed("abcdefghij")
    local = email.so_far().replace(" ", "")
    assert 0 < len(local) <= 64
    email.feed("arroba gmail punto com")
    assert email.value is not None and len(email.value) <= 254


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("no, perdón, ana arroba gmail punto com", "es-MX", "ana@gmail.com"),
        ("perdone, es luis arroba hotmail punto com", "es-MX", "luis@hotmail.com"),
        ("no, sorry, it's bob at gmail dot com", "en-US", "bob@gmail.com"),
        ("oops, I mean carla at yahoo dot com", "en-US", "carla@yahoo.com"),
    ],
)
def test_polite_words_before_a_corrected_address_are_not_part_of_it(text: str, locale: str, expected: str) -> None:
    assert extract("email", text, locale) == expected


def test_talk_around_the_word_arroba_is_not_an_address() -> None:
    email = new_accumulator("email", "es-MX")
    for turn in ("te repito", "t", "ocho", "v"):
        email.feed(turn)
    assert email.feed("la parte antes de la arroba está bien, solo falta lo demás").status == "nothing"
    assert email.feed("y lo que sigue después es arroba gmail punto com").value == "t8v@gmail.com"


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        # a swap of a character the dictation does not hold: the caller answers an address heard otherwise
        (["Sandra.", "Y en vez de la be es ve chica.", "Arroba gmail punto com."], "es-MX", "sandra@gmail.com"),
        (["Toño.", "Cámbiale la ese por zeta.", "Punto lara arroba yahoo punto com."], "es-MX",
         "tono.lara@yahoo.com"),
        (["kevin", "instead of the b it's a v", "at gmail dot com"], "en-US", "kevin@gmail.com"),
        # one it holds is swapped, as ever
        (["Ivarra.", "En vez de la ve chica es be grande.", "Arroba gmail punto com."], "es-MX", "ibarra@gmail.com"),
    ],
)
def test_a_character_swap_amid_dictation_is_never_letters_of_the_address(
        turns: list[str], locale: str, expected: str) -> None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    assert email.value == expected
