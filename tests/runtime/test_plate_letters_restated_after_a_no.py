"""At a plate's read-back, a "no" that names a character the plate does not have and then says the letters
again ("No, no lleva ninguna pe. Es ka, erre, te.") answers another read-back than ours (the caller
misheard it, or remembers a wrong one): when the letters said are the ones read back, the value is read
back again unchanged - never dropped for a dictation begun anew. The verb before the letters ("es",
"son", "it's") is no letter. Letters said that differ from the value's still put it right, and a sentence
about letters ("es efe, es ese") is no group of them.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("ka erre te cuatrocientos diez", "No, no lleva ninguna pe. Es ka, erre, te.", "es-MX"),
        ("ka erre te cuatrocientos diez", "No, no va ninguna pe. Son ka, erre, te.", "es-MX"),
        ("ka erre te cuatrocientos diez", "No hay ninguna pe. Ka, erre, te.", "es-MX"),
        ("k r t four ten", "No, there's no P. It's K, R, T.", "en-US"),
    ],
)
def test_letters_restated_as_they_are_read_the_plate_back_unchanged(said: str, reply: str, locale: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", "KRT-410")


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("No. Es ka, erre, eme.", "KRM-410"),  # another letter said in the group: the value changes
        ("No, la de en medio no es erre, es ese. Ka, ese, te.", "KST-410"),
        ("La última no es te, es ese. Es ka, erre, ese.", "KRS-410"),
    ],
)
def test_letters_that_differ_still_correct_the_plate(reply: str, value: str) -> None:
    heard = answer("plate", "ka erre te cuatrocientos diez", reply)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        # the letters said again with one the value lost: a yes that restores it is no confirmation
        ("ge ele dos dos seis tres", "Sí, ge, hache, ele.", "es-MX", "GHL-2263"),
        ("ge ele dos dos seis tres", "No, es ge, hache, ele.", "es-MX", "GHL-2263"),
        ("ka te cuatro cero nueve", "Sí, ka, erre, te.", "es-MX", "KRT-409"),
        ("ese te uno cuatro nueve", "Sí, uno, cuatro, cuatro, nueve.", "es-MX", "ST-1449"),
        ("g l two two six three", "Yes, G, H, L.", "en-US", "GHL-2263"),
    ],
)
def test_a_group_said_again_with_a_lost_character_restores_it(said: str, reply: str, locale: str, value: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    "reply",
    [
        "Sí, ge, ele.",  # the letters it has
        "Sí, dos, dos, seis.",  # a part of the digits said again
        "Sí, ele, dos, dos, seis, tres.",
    ],
)
def test_a_yes_with_part_of_the_value_said_again_confirms(reply: str) -> None:
    heard = answer("plate", "ge ele dos dos seis tres", reply)
    assert heard.event == "yes"
