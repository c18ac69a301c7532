"""A number ruled out in one breath ("no es el setenta y tres", "not seventy three") with no other number is no
number at all (the caller says what it is not); after a pause the "no" answers what came before and the number
stands ("No, es el 58"). Ruled out and followed, after a pause, by another number run on to it ("not seventy
three, thirty seven"), the one after the pause is the number. But asked for the number with nothing said yet,
a Spanish "No es el setenta y tres" rules out a number nobody said: it is "No, es el 73" with the recogniser's
comma lost, and the number is taken (English "not 73" has no such reading)."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import extract
from daisy_engine.understanding.types.integer import IntegerAccumulator

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("no es el setenta y tres", "es-MX"),
        ("No es la cuarenta.", "es-MX"),
        ("not seventy three", "en-US"),
        ("It's not the forty.", "en-US"),
    ],
)
def test_a_number_only_ruled_out_is_no_number(said: str, locale: str) -> None:
    assert extract("integer", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("No, es el 58.", "es-MX", "58"),
        ("not seventy three, thirty seven", "en-US", "37"),
        ("No es el ochenta, dieciocho.", "es-MX", "18"),
        ("no es el setenta y tres, es el treinta y siete", "es-MX", "37"),
        ("El trece es el otro.", "es-MX", "13"),  # given to another thing, with no other number: still it
    ],
)
def test_the_number_beside_the_one_ruled_out_stands(said: str, locale: str, number: str) -> None:
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("said", "locale", "number"),
    [
        ("No, es el uno, cero, nueve", "es-MX", "109"),
        ("No, es el siete, siete.", "es-MX", "77"),
        ("No, es el cinco, cinco, ocho", "es-MX", "558"),
        ("No. Es el dos, cuatro, uno.", "es-MX", "241"),
        ("No, es el doce, treinta y cuatro", "es-MX", "1234"),
        ("No, it's one, zero, nine.", "en-US", "109"),
        ("No. It's the seven, seven.", "en-US", "77"),
    ],
)
def test_digits_dictated_after_a_no_and_a_pause_are_the_whole_number(said: str, locale: str, number: str) -> None:
    # the "no" answers what was read back; the pause after the first digit is the dictation's, no number ruled out
    assert extract("integer", said, locale) == number


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("No es el setenta y tres", "73"),
        ("no es la cuatrocientos doce.", "412"),
        ("Pues no, era el noventa y uno", "91"),
        ("No son mil doscientos", "1200"),
    ],
)
def test_ruled_out_with_nothing_said_yet_is_the_answer_with_its_pause_lost(said: str, number: str) -> None:
    acc = IntegerAccumulator("integer", "es-MX", {})
    acc.feed(said)
    assert acc.complete and acc.value == number


def test_not_a_number_in_english_with_nothing_said_yet_is_still_none() -> None:
    acc = IntegerAccumulator("integer", "en-US", {})
    acc.feed("not seventy three")
    assert not acc.complete


async def test_the_trailer_number_said_after_no_es_is_read_back() -> None:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "No es el setenta y tres"]:
        await conv.user_turn(turn)
    assert conv.pending == "73"


@pytest.mark.parametrize("said", ["No es el setenta y tres", "no es el 73.", "No fue el setenta y tres",
                                  "pues no es el setenta y tres"])
async def test_the_number_just_turned_down_ruled_out_again_is_not_read_back_again(said: str) -> None:
    # "Tractor número 73. ¿Correcto?" - "No." - asked again, "No es el setenta y tres" repeats the no: the
    # number turned down is not taken as said (read back again, the call goes round)
    conv = Conversation(compile_flow(load_flow(DAISY)), locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "setenta y tres", "no", said]:
        await conv.user_turn(turn)
    assert conv.pending is None


def test_a_number_read_back_ruled_out_is_no_number_but_another_is_taken() -> None:
    acc = IntegerAccumulator("integer", "es-MX", {"read_back": "73"})
    acc.feed("No es el setenta y tres")
    assert not acc.complete
    other = IntegerAccumulator("integer", "es-MX", {"read_back": "73"})
    other.feed("No es el cuarenta y dos")
    assert other.complete and other.value == "42"


async def test_a_new_number_after_a_no_is_still_read_back() -> None:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "setenta y tres", "no", "setenta y ocho"]:
        await conv.user_turn(turn)
    assert conv.pending == "78"


@pytest.mark.parametrize("said", ["No son las tres todavía", "no son las doce aún", "No eran las cinco."])
def test_the_hour_said_not_yet_is_no_number(said: str) -> None:
    # "no son las tres" tells the time ("las" and a number), it is no "No, son las 3" with the pause lost
    acc = IntegerAccumulator("integer", "es-MX", {})
    acc.feed(said)
    assert not acc.complete
