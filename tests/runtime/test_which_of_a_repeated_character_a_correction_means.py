"""A correction of a character the value holds more than once may say which of them it means ("la segunda a es
una e", "the last a is an e", "el primer uno es siete"): that one is replaced, at an address's read-back and at a
plate's, never the first (or last) one the turn does not name. A place the value does not have ("la tercera a" at
anna@) changes nothing."""

from __future__ import annotations

import pytest
from runtime_helpers import TO_EMAIL, call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ann Lee", "yes", "four five two", "yes"]}


@pytest.mark.parametrize(
    ("reply", "read_back"),
    [
        ("la segunda a es una e", "anne arroba gmail punto com"),
        ("no, la última a es e", "anne arroba gmail punto com"),
        ("sí, pero la primera a es una e", "enna arroba gmail punto com"),
        ("no, la primera ene es una eme", "amna arroba gmail punto com"),
        ("the last a is an e", "anne at gmail dot com"),
        ("no, la segunda ene es una eme", "anma arroba gmail punto com"),
    ],
)
async def test_the_one_named_of_a_repeated_letter_of_the_address_is_replaced(daisy: CompiledFlow, reply: str,
                                                                           read_back: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "anna arroba gmail punto com"])
    assert conv.step.name == "registration.email.confirm"
    assert read_back in said(await conv.user_turn(reply))
    assert conv.step.name == "registration.email.confirm"


async def test_a_place_the_address_lacks_changes_nothing(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "anna arroba gmail punto com"])
    out = said(await conv.user_turn("la tercera a es una e"))
    assert "anna arroba gmail punto com" in out
    assert conv.pending == "anna@gmail.com"


async def test_a_repeated_letter_not_said_which_is_the_first_read_back_for_the_caller_to_say(
        daisy: CompiledFlow) -> None:
    # which one is meant is not said: the first, heard from the address's start, is read back so the caller
    # hears the choice and may say which (the choice kept as it was; see the report of r26values)
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "anna arroba gmail punto com"])
    assert "enna at gmail dot com" in said(await conv.user_turn("the a is an e"))
    assert conv.step.name == "registration.email.confirm"


@pytest.mark.parametrize(
    ("locale", "dictated", "reply", "read_back"),
    [
        ("es-MX", "a b c ciento quince", "la segunda uno es siete", "1, 7, 5"),
        ("es-MX", "a b c ciento quince", "no, el primer uno es siete", "7, 1, 5"),
        ("es-MX", "a a c ciento veintitrés", "la primera a es una de", "D de dedo, A de árbol"),
        ("en-US", "a b c one one five four", "the second one is a seven", "1, 7, 5, 4"),
        ("en-US", "a b c one one five four", "no, the first one is a seven", "7, 1, 5, 4"),
    ],
)
async def test_the_one_named_of_a_repeated_plate_character_is_replaced(daisy: CompiledFlow, locale: str,
                                                                      dictated: str, reply: str,
                                                                      read_back: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale], dictated])
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert read_back in said(await conv.user_turn(reply))
    assert conv.step.name == "registration.tractor_plate.confirm"
