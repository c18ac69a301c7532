"""A caller who corrects a number in the same turn ("cincuenta y cinco, no, no, cincuenta y ocho",
"no es setenta y tres, es setenta y ocho", "fifty-five, no wait, fifty-eight"): a listener writes down
the last number stated, not both glued together. A "no" that is an answer, a tag question or part of
"no sé" changes nothing, and numbers dictated in chunks stay chunks."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.integers import extract_integer
from daisy_engine.understanding.types.integer import IntegerAccumulator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es el sesenta y dos, no, no, sesenta y nueve.", "69"),
        ("Treinta y uno, no, treinta y cuatro.", "34"),
        ("El cuatrocientos diez no, el cuatrocientos doce.", "412"),
        ("Ochenta y siete, no, espérame, ochenta y uno.", "81"),
        ("El dos uno cinco, no, dos uno seis.", "216"),
        ("Ciento catorce... perdón, ciento cuarenta.", "140"),
    ],
)
def test_a_number_taken_back_with_no_is_replaced_es(text: str, expected: str) -> None:
    assert extract_integer(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No es el sesenta y uno, es el sesenta y siete.", "67"),
        ("Ay, no, espera, no es noventa y cuatro, es noventa y seis.", "96"),
        ("Es el trescientos veinte, no es el trescientos dos.", "320"),
        ("No era el quince, era el dieciséis.", "16"),
    ],
)
def test_a_number_ruled_out_with_no_es_is_not_written_down_es(text: str, expected: str) -> None:
    assert extract_integer(text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty-two, no wait, sixty-nine.", "69"),
        ("It's forty one, no, forty four.", "44"),
        ("It's not thirty-three, it's thirty-eight.", "38"),
        ("Two seventeen, not two seventy.", "217"),
        ("Nope, it isn't eighty, it's eighteen.", "18"),
    ],
)
def test_a_number_taken_back_or_ruled_out_is_replaced_en(text: str, expected: str) -> None:
    assert extract_integer(text, "en-US") == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("No, es el sesenta y nueve.", "es-MX", "69"),  # "no" answering the read-back, then the number
        ("No. Treinta y cuatro.", "es-MX", "34"),
        ("Es el cuarenta y dos, ¿no?", "es-MX", "42"),  # a tag question
        ("No sé, creo que el doce.", "es-MX", "12"),
        ("Noventa, noventa.", "es-MX", "9090"),  # dictated in chunks
        ("Doce, treinta y cuatro.", "es-MX", "1234"),
        ("No, it's twenty-one.", "en-US", "21"),
        ("Seven seven, seven seven.", "en-US", "7777"),
    ],
)
def test_a_no_that_takes_nothing_back_changes_nothing(text: str, locale: str, expected: str) -> None:
    assert extract_integer(text, locale) == expected


def test_the_corrected_number_is_what_the_slot_holds() -> None:
    acc = IntegerAccumulator("integer", "es-MX", {"min": 1, "max": 9999})
    result = acc.feed("Es el setenta y cinco, no, no, setenta y ocho.")
    assert (result.status, result.value) == ("complete", "78")
