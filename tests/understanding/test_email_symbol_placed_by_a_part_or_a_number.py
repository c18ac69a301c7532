"""A symbol the caller places at the read-back of an address: by a number said whole ("con guion antes del
setenta y cinco", "with a dash before the twelve"), or by saying the part again with the symbol in it after
a remark that only says the address has one ("no, lleva guion en medio, rosa guion ibarra", "it's got a dot,
kim dot lee"). Where the address already has the symbol there, the words say it as it is (an older read-back
was heard) and change nothing; a remark alone ("lleva guion") still leaves the place to be said."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.types.base import edit


def _after(address: str, correction: str, locale: str) -> str | None:
    """The address said as `address`, after `correction` at its read-back; None when nothing changes."""
    state = new_accumulator("email", locale)
    state.feed(address)
    assert state.complete
    changed = edit(state, correction)
    return changed.value if changed is not None and changed.value != state.value else None


def _describes(address: str, said: str, locale: str) -> bool | None:
    state = new_accumulator("email", locale)
    state.feed(address)
    assert state.complete
    return state.describes(said)


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("rosales cuarenta y dos arroba hotmail punto com", "Con guion antes del cuarenta y dos.", "es-MX",
         "rosales-42@hotmail.com"),
        ("rosales cuarenta y dos arroba hotmail punto com", "lleva punto antes del cuarenta y dos", "es-MX",
         "rosales.42@hotmail.com"),
        ("tavo noventa y uno arroba gmail punto com", "No, va guion bajo antes del noventa y uno", "es-MX",
         "tavo_91@gmail.com"),
        ("tavo noventa y uno arroba gmail punto com", "con guion después de tavo", "es-MX", "tavo-91@gmail.com"),
        ("kline twelve at gmail dot com", "with a dash before the twelve", "en-US", "kline-12@gmail.com"),
        ("kline twelve at gmail dot com", "there's a dot before the 12", "en-US", "kline.12@gmail.com"),
        ("kline twenty one at gmail dot com", "it has an underscore before the twenty-one", "en-US",
         "kline_21@gmail.com"),
    ],
)
def test_the_symbol_goes_where_the_number_is(address: str, correction: str, locale: str, expected: str) -> None:
    assert _after(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("rosa ibarra diez arroba gmail punto com", "No, lleva guion en medio, rosa guion ibarra.", "es-MX",
         "rosa-ibarra10@gmail.com"),
        ("rosa ibarra diez arroba gmail punto com", "No, con punto, rosa punto ibarra.", "es-MX",
         "rosa.ibarra10@gmail.com"),
        ("rosa ibarra diez arroba gmail punto com", "Le falta el guion bajo, rosa guion bajo ibarra", "es-MX",
         "rosa_ibarra10@gmail.com"),
        ("kim lee at aol dot com", "No, it's got a dot, kim dot lee.", "en-US", "kim.lee@aol.com"),
        ("kim lee at aol dot com", "It has a dash in the middle, kim dash lee", "en-US", "kim-lee@aol.com"),
    ],
)
def test_the_part_said_again_with_its_symbol_places_it(address: str, correction: str, locale: str,
                                                        expected: str) -> None:
    assert _after(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "said", "locale"),
    [
        ("rosales guion cuarenta y dos arroba hotmail punto com", "Con guion antes del cuarenta y dos.", "es-MX"),
        ("rosa guion ibarra diez arroba gmail punto com", "No, lleva guion en medio, rosa guion ibarra.", "es-MX"),
        ("rosa guion ibarra diez arroba gmail punto com", "No, es rosa guion ibarra.", "es-MX"),
        ("kline dash twelve at gmail dot com", "with a dash before the twelve", "en-US"),
        ("kim dot lee seven at aol dot com", "No, it's got a dot, kim dot lee.", "en-US"),
    ],
)
def test_already_so_it_is_said_as_it_is(address: str, said: str, locale: str) -> None:
    assert _describes(address, said, locale) is True
    assert _after(address, said, locale) is None


@pytest.mark.parametrize(
    ("address", "said", "locale"),
    [
        ("rosales guion cuarenta y dos arroba hotmail punto com", "Con guion antes del rosales.", "es-MX"),
        ("kline twelve at gmail dot com", "with a dash before the twelve", "en-US"),
    ],
)
def test_elsewhere_it_is_no_description(address: str, said: str, locale: str) -> None:
    assert _describes(address, said, locale) is False


@pytest.mark.parametrize(
    ("address", "said", "locale"),
    [
        ("rosa ibarra diez arroba gmail punto com", "No, lleva guion.", "es-MX"),
        ("rosa ibarra diez arroba gmail punto com", "lleva guion, pero no sé dónde", "es-MX"),
        ("kim lee at aol dot com", "it has a dash", "en-US"),
    ],
)
def test_a_remark_alone_places_nothing(address: str, said: str, locale: str) -> None:
    state = new_accumulator("email", locale)
    state.feed(address)
    before = state.value
    changed = edit(state, said)
    assert changed is None or changed.value == before
