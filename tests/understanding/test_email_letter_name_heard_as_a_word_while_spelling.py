"""An address spelled one character a turn, where the recogniser wrote a letter's name as a word: "Él." for
ele, "Es." for ese, "¿Uno uva?" for "u de uva" (its "de" lost, the "u" heard as "uno"), "Oh." / "Why." in
English. Amid the spelling they are the letters; said where the caller is not spelling they are words."""

from __future__ import annotations

import pytest

from .email_helpers import dictated
from .plate_helpers import plate_fed


@pytest.mark.parametrize(("turns", "so_far"), [
    (["Efe minúscula.", "Él.", "U de uva."], "flu"),
    (["Ere.", "Es.", "Te."], "rst"),
    (["Eme.", "¿Uno uva?", "Ene."], "mun"),
    (["Pe.", "Oh oso.", "Ele."], "pol"),
])
def test_a_letter_name_heard_as_a_word_amid_a_spelling(turns: list[str], so_far: str) -> None:
    assert dictated(turns)[1] == so_far


def test_an_address_spelled_with_them_to_its_end() -> None:
    turns = ["Efe minúscula.", "Él.", "¿Uno uva?", "Ge de gato.", "O.", "Punto.", "Be de burro.", "Número siete.",
             "Arroba gmail punto com."]
    assert dictated(turns)[0] == "flugo.b7@gmail.com"


def test_the_same_in_english() -> None:
    assert dictated(["J.", "Oh.", "Are.", "Why."], "en-US")[1] == "jory"


@pytest.mark.parametrize(("turns", "so_far"), [
    (["juan", "El."], "juan"),  # a word said before: "él" is no letter there
    (["El."], ""),
    (["Uno, dos, tres."], "123"),  # digits, no "u de uva"
    (["Letra T.", "Número ocho.", "Letra ese.", "Y letra?"], "t8s"),  # "and the letter?": asks for the next
    (["Letra T.", "Número ocho.", "Letra ese.", "Y."], "t8s"),  # "and..." (the letter is "ye", "i griega")
])
def test_the_words_stay_words_where_no_letter_is_spelled(turns: list[str], so_far: str) -> None:
    assert dictated(turns)[1].replace(" ", "") == so_far


@pytest.mark.parametrize(("said", "first"), [("Efe, eje.", "F"), ("Ele eje", "L"), ("Ene, era.", "N")])
def test_a_letter_name_before_a_short_word_like_it_stays_its_letter(said: str, first: str) -> None:
    # "uno uva" is "u de uva"; "efe, eje" is F and a word, never E: "efe" names a letter of its own
    assert plate_fed("es-MX", said).so_far()[:1] == first


# A letter name that is also a short word ("ve", "be", "te", "ese"), said alone between digits said alone: the
# caller spells one character a turn, so it is the letter ("4v0", never "4ve0"); the recogniser's own spelling kept.
@pytest.mark.parametrize(("turns", "so_far"), [
    (["Número siete", "Ve", "Número dos"], "7v2"),
    (["Número cinco.", "Be.", "Cero.", "Te."], "5b0t"),
    (["Nueve", "Te", "Letra ka"], "9tk"),
    (["Ese.", "Número ocho.", "Ve."], "s8v"),
])
def test_a_letter_name_beside_a_digit_said_alone_is_the_letter(turns: list[str], so_far: str) -> None:
    assert dictated(turns)[1].replace(" ", "") == so_far


@pytest.mark.parametrize(("turns", "so_far"), [
    (["Ventas de 2"], "ventasde2"),  # "de" beside a number is the word
    (["juan", "y 3"], "juan3"),
])
def test_a_short_word_beside_a_number_stays_a_word(turns: list[str], so_far: str) -> None:
    assert dictated(turns)[1].replace(" ", "") == so_far


# Only the Spanish letter names that are short words ("ve", "be", "te", "ese") are letters beside a lone digit: an
# English word there is the word of the address ("sales4you", "back2see"), and so is a Spanish "en"/"el"
@pytest.mark.parametrize(("locale", "said", "address"), [
    ("en-US", "sales 4 you at gmail dot com", "sales4you@gmail.com"),
    ("en-US", "back 2 see at gmail dot com", "back2see@gmail.com"),
    ("en-US", "john 2 are at yahoo dot com", "john2are@yahoo.com"),
    ("en-US", "pizza 4 you at hotmail dot com", "pizza4you@hotmail.com"),
    ("es-MX", "jose en 5 arroba gmail punto com", "joseen5@gmail.com"),
])
def test_another_word_beside_a_digit_stays_a_word(locale: str, said: str, address: str) -> None:
    assert dictated([said], locale)[0] == address
