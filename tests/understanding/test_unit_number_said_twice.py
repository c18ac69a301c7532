"""A unit number said again in the same turn is one number: the same value repeated (in digits or in
words, or only its end), a round number said again with more ("seiscientos, seiscientos cuatro"). A count
of vehicles ("tengo tres camiones") is not a unit number. Numbers dictated in chunks, and a number taken
back for another one, stay as they were."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.integers import extract_integer
from daisy_engine.understanding.types.integer import IntegerAccumulator


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es la 57, la cincuenta y siete.", "es-MX", "57"),
        ("El tractor es el sesenta y uno, el tractor sesenta y uno.", "es-MX", "61"),
        ("Es el mil trescientos doce, el doce.", "es-MX", "1312"),  # only its end said again
        ("Unidad veintinueve, veintinueve.", "es-MX", "29"),
        ("It's truck 302, three oh two.", "en-US", "302"),
        ("Trailer thirty-five, thirty-five.", "en-US", "35"),
    ],
)
def test_a_number_said_again_is_the_number_once(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("El número es el trescientos, trescientos dieciocho.", "es-MX", "318"),
        ("Mil, mil doscientos cinco.", "es-MX", "1205"),
        ("Es el cuatrocientos, el cuatrocientos veinte.", "es-MX", "420"),
        ("Nine hundred, nine hundred twelve.", "en-US", "912"),
    ],
)
def test_a_round_number_said_again_with_more_is_the_longer_number(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ahorita traigo tres camiones en ruta.", "es-MX"),
        ("Jalo dos remolques hoy.", "es-MX"),
        ("I'm hauling two trailers today.", "en-US"),
    ],
)
def test_a_count_of_vehicles_is_not_a_unit_number(text: str, locale: str) -> None:
    assert extract_integer(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Sesenta, sesenta.", "es-MX", "6060"),  # a bare number dictated in pairs
        ("Es el quince quince.", "es-MX", "1515"),  # pairs said without a pause
        ("Cinco, cinco tres.", "es-MX", "553"),  # single digits are dictation
        ("Twenty, twenty-one.", "en-US", "2021"),  # not a round hundred: two chunks
        ("Doscientos, doscientos... no, trescientos uno.", "es-MX", "301"),
        ("Es la setenta y dos, no, la caja setenta y cinco.", "es-MX", "75"),  # a correction, not a repeat
        ("It's trailer eighty, no, trailer eighty-one.", "en-US", "81"),
        ("La caja diecisiete.", "es-MX", "17"),  # one unit, named in the singular
    ],
)
def test_chunks_and_corrections_are_not_repeats(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


def test_the_slot_holds_a_number_said_twice_once() -> None:
    acc = IntegerAccumulator("integer", "es-MX", {"leading_zeros": True, "min": 0, "max": 999999})
    result = acc.feed("Es el 64, el sesenta y cuatro.")
    assert (result.status, result.value) == ("complete", "64")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("No, no, trescientos cuarenta. Trescientos cuarenta.", "es-MX", "340"),
        ("Setenta y cinco. Setenta y cinco.", "es-MX", "75"),
        ("Two fifty. Two fifty.", "en-US", "250"),
        ("Ocho cinco. Dos.", "es-MX", "852"),  # different digits across a period: one number dictated
    ],
)
def test_a_number_said_again_after_the_end_of_a_sentence_is_the_number_once(
    text: str, locale: str, expected: str
) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Cuatrocientos cuarenta y cuatro. Te faltó un cuatro.", "es-MX", "444"),
        ("Le comiste un siete, es el setecientos setenta y siete.", "es-MX", "777"),
        ("Three thirty-three, you missed a three.", "en-US", "333"),
        ("No, el segundo número es cinco. Ocho, cinco, dos, dos.", "es-MX", "8522"),
        ("The first digit is a four. Four one one.", "en-US", "411"),
    ],
)
def test_a_digit_a_remark_is_about_is_not_more_of_the_number(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # the part that was misheard said first ("dieciséis" read back), then the whole number digit by digit
        ("No, diecisiete, dos uno siete.", "es-MX", "217"),
        ("No, el cuarenta y cinco, el uno cuatro cinco.", "es-MX", "145"),
        ("Es el noventa y ocho. Tres, nueve, ocho.", "es-MX", "398"),
        ("No, seventeen, two one seven.", "en-US", "217"),
        # or said whole, or in chunks
        ("No, es diecisiete. Doscientos diecisiete.", "es-MX", "217"),
        ("No, el doce, el ciento doce.", "es-MX", "112"),
        ("No, seventeen. Two seventeen.", "en-US", "217"),
    ],
)
def test_the_end_of_a_number_then_the_whole_is_the_whole(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veinte, veinte.", "2020"),  # a number in pairs
        ("Doce, tres cuatro.", "1234"),  # the digits spelled do not end with the number said
        ("Quince, dos uno.", "1521"),
        ("Cinco, dos uno cinco.", "5215"),  # one digit said as a word is a chunk of a dictation
        ("Treinta y uno, cuarenta.", "3140"),
        ("Cuarenta y cinco, dieciocho.", "4518"),
    ],
)
def test_numbers_dictated_in_chunks_stay_one_after_the_other(text: str, expected: str) -> None:
    assert extract_integer(text, "es-MX") == expected


def test_trap_an_english_number_in_chunks_stays_one_after_the_other() -> None:
    assert extract_integer("Twenty, twenty-five.", "en-US") == "2025"
