"""At a plate's read-back, a character the caller says is missing, named by its place ("falta la primera,
la ele", "le faltó el último número, el cero", "the first letter is missing, it's L"), goes in at that
place. When the value read back already has it there, the caller answered another read-back: the value is
read back again, unchanged; so too when the missing one is named with no place ("no, te faltó la ese", "you
missed the S") and the plate has it. A character said to BE at a place ("la primera es la ele") still replaces it.
"""

from __future__ import annotations

import logging

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale", "plate"),
    [
        ("eme ge tres tres ocho cero", "No, falta la primera, la ele.", "es-MX", "LMG-3380"),
        ("eme ge tres tres ocho cero", "Le falta la primera letra, que es la ele.", "es-MX", "LMG-3380"),
        ("eme ge tres tres ocho cero", "Te faltó la primera letra: ele.", "es-MX", "LMG-3380"),
        ("eme ge tres tres ocho cero", "Falta una al principio, la ele.", "es-MX", "LMG-3380"),
        ("efe te ese uno dos tres", "No, se te olvidó el último número, el siete.", "es-MX", "FTS-1237"),
        ("ele eme ge tres tres ocho", "No dijo el último, el cero.", "es-MX", "LMG-3380"),
        ("M G 3 3 8 0", "No, you're missing the first one, L.", "en-US", "LMG-3380"),
        ("M G 3 3 8 0", "The first letter is missing, it's L.", "en-US", "LMG-3380"),
        ("M G 3 3 8 0", "There's one missing at the start, L.", "en-US", "LMG-3380"),
        ("F T S 1 2 3", "You left out the last number, seven.", "en-US", "FTS-1237"),
    ],
)
def test_the_missing_character_goes_in_at_its_place(said: str, reply: str, locale: str, plate: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", plate)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("ele eme ge tres tres ocho cero", "No, falta la primera, la ele.", "es-MX"),
        ("ele eme ge tres tres ocho cero", "Se te olvidó el último número, el cero.", "es-MX"),
        ("L M G 3 3 8 0", "No, the first letter is missing, it's L.", "en-US"),
    ],
)
def test_a_character_already_at_that_place_reads_the_plate_back_again(said: str, reply: str, locale: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", "LMG-3380")


@pytest.mark.parametrize(
    ("said", "reply", "locale", "plate"),
    [
        # the character said to be at the place replaces the one there
        ("eme ge tres tres ocho cero", "No, la primera es la ele.", "es-MX", "LG-3380"),
        ("M G 3 3 8 0", "No, the first letter is B.", "en-US", "BG-3380"),
    ],
)
def test_a_character_said_to_be_at_a_place_still_replaces_it(said: str, reply: str, locale: str, plate: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", plate)


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        # nothing named after the place: no character to put in
        ("eme ge tres tres ocho cero", "No, falta la primera."),
        # "fue la primera vez": no missing character at all
        ("eme ge tres tres ocho cero", "Fue la primera vez."),
    ],
)
def test_no_character_named_changes_nothing(said: str, reply: str) -> None:
    heard = answer("plate", said, reply)
    assert heard.value != "LMG-3380"


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "value"),
    [
        ("email", "perez arroba gmail punto com", "Le falta la primera parte, juan.", "perez@gmail.com"),
        ("plate", "a be ce uno dos tres", "Falta una al principio, la parte de atrás.", "ABC-123"),
    ],
)
def test_a_word_named_at_the_place_is_heard_without_a_failure(
        type_name: str, said: str, reply: str, value: str, caplog: pytest.LogCaptureFixture) -> None:
    # a whole word where one character was to be named: no character to put in, and no rule fails on it
    with caplog.at_level(logging.ERROR):
        heard = answer(type_name, said, reply)
    assert heard.value in (None, value)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("ge doble u ese tres uno siete", "No, te faltó la ese.", "es-MX"),
        ("ge doble u ese tres uno siete", "Le falta la ese.", "es-MX"),
        ("ge doble u ese tres uno siete", "Se te olvidó la ge.", "es-MX"),
        ("ge doble u ese tres uno siete", "Te comiste la doble u.", "es-MX"),
        ("G W S 3 1 7", "No, you missed the S.", "en-US"),
        ("G W S 3 1 7", "You left out the letter W.", "en-US"),
    ],
)
def test_a_character_said_missing_with_no_place_that_the_plate_has_reads_it_back_again(
        said: str, reply: str, locale: str) -> None:
    # the caller answers another read-back than ours: "te" is "you", never the letter T, and nothing changes
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", "GWS-317")


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("ge doble u tres uno siete", "No, te faltó la ese.", "es-MX"),
        ("G W 3 1 7", "No, you missed the S.", "en-US"),
    ],
)
def test_trap_a_character_said_missing_that_the_plate_lacks_is_no_yes(said: str, reply: str, locale: str) -> None:
    assert answer("plate", said, reply, locale).event == "no"
