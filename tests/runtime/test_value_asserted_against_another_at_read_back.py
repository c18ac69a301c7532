"""At a read-back, "X, no Y" asserts X and rules Y out: "Son ciento noventa, no ciento nueve", "Es 4512, no
4521", "It's Salas, not Zalas". The value becomes X (read back again even when it is the value just read),
never Y. "X, no, Y" with a pause after the "no", or "X, no, perdón, Y", is the caller taking X back: Y. A
correction that reads both halves ("es ele, no erre": the R becomes an L) still applies.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale", "value"),
    [
        ("integer", "cuatro cinco uno dos", "Es 4512, no 4521.", "es-MX", "4512"),
        ("integer", "cuatro cinco uno dos", "Es el cuatro mil quinientos veintiuno, no el cuatro mil quinientos doce",
         "es-MX", "4521"),
        ("integer", "four five one two", "It's 4521, not 4512", "en-US", "4521"),
        ("integer", "four five one two", "Forty-five twelve, not forty-five twenty-one.", "en-US", "4512"),
        ("plate", "be ele a ciento noventa", "Son ciento noventa, no ciento nueve.", "es-MX", "BLA-190"),
        ("plate", "be ele a ciento noventa", "Es ciento nueve, no ciento noventa", "es-MX", "BLA-109"),
        ("plate", "be erre a ciento noventa", "Es ele, no erre.", "es-MX", "BLA-190"),
        ("name", "Rigoberto Salas", "Es Salas, no Zalas.", "es-MX", "Rigoberto Salas"),
        ("name", "Rigoberto Salas", "Es Zalas, no Salas", "es-MX", "Rigoberto Zalas"),
    ],
)
def test_the_value_asserted_is_taken_never_the_one_ruled_out(type_name: str, said: str, reply: str, locale: str,
                                                              value: str) -> None:
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("Es el 4512, no, perdón, el 4521", "4521"),  # taken back: the second one
        ("Es 4512... no, no, 4521", "4521"),
        ("No, es 4521, no 4512", "4521"),  # the "no" opens the turn, the rest asserts and rules out
    ],
)
def test_a_number_taken_back_is_replaced(reply: str, value: str) -> None:
    heard = answer("integer", "cuatro cinco uno dos", reply)
    assert (heard.event, heard.value) == ("corrected", value)


def test_a_question_tag_after_another_value_is_that_value() -> None:
    # "¿no?" asks; nothing is ruled out: the value said is the caller's
    heard = answer("integer", "cuatro cinco uno dos", "Es 4521, ¿no?")
    assert (heard.event, heard.value) == ("corrected", "4521")


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("Juan Pérez", "Gracias, no hay problema.", "es-MX"),
        ("Juan Pérez", "Listo, no hay bronca.", "es-MX"),
        ("John Smith", "Great, not bad.", "en-US"),
    ],
)
def test_an_acknowledgement_before_a_no_is_no_value_asserted(said: str, reply: str, locale: str) -> None:
    # "Gracias, no hay problema" asserts no name: the name read back is never thrown away for "Gracias"
    heard = answer("name", said, reply, locale)
    assert heard.event not in ("no", "corrected")


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale", "value"),
    [
        # one word set against another with no comma written: still the first one, never the one ruled out
        ("email", "juan punto perez arroba yahoo punto com", "gmail no hotmail", "es-MX", "juan.perez@gmail.com"),
        ("email", "juan punto perez arroba gmail punto com", "Gmail no Hotmail.", "es-MX", "juan.perez@gmail.com"),
        ("email", "juan punto perez arroba hotmail punto com", "es gmail no hotmail", "es-MX",
         "juan.perez@gmail.com"),
        ("email", "john dot smith at yahoo dot com", "gmail not hotmail", "en-US", "john.smith@gmail.com"),
        ("name", "Rigoberto Salas", "Zalas no Salas", "es-MX", "Rigoberto Zalas"),
    ],
)
def test_one_word_set_against_another_without_a_comma_is_the_first(type_name: str, said: str, reply: str,
                                                                   locale: str, value: str) -> None:
    heard = answer(type_name, said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("reply", "event"),
    [
        ("55 no 58", "corrected"),  # a number's own extractor reads it: said in one breath, taken back (58)
        ("Bueno no gracias", "no"),  # an acknowledgement, no value asserted
    ],
)
def test_a_bare_no_between_words_that_assert_nothing_is_no_contrast(reply: str, event: str) -> None:
    heard = answer("integer", "cincuenta y cinco", reply, "es-MX")
    assert heard.event == event
    if event == "corrected":
        assert heard.value == "58"
