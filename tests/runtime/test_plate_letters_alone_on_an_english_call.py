"""Letters dictated one to a turn on an English call, after a number said first or a spelling word alone, are all
kept and read back: "Y." is the letter Y, never the Spanish "¿Y?" (go on) that repeats the question and loses
it; "X." - "Like Yankee." is X Y (the word of a letter that sounds unlike the X is the next one, its name lost),
where "P." - "Like Tango." puts the P right (P and T rhyme); "X as in x-ray." is an X."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

# an English caller up to the trailer's plates (tractor plates, trailer number given and confirmed)
TO_TRAILER_PLATE = ["yes", "John Smith", "yes", "four five two", "yes", "A B C one two three four", "yes",
                    "ten twenty", "yes"]


@pytest.mark.parametrize(
    ("turns", "so_far", "read_back"),
    [
        (["Trailer two hundred.", "X.", "Y.", "Z."], "X Y Z 2 0 0", "X-ray, Yankee, Zulu, 2, 0, 0"),
        (["X.", "Y.", "Z.", "two hundred"], "X Y Z 2 0 0", "X-ray, Yankee, Zulu, 2, 0, 0"),
        (["Five fifty.", "A.", "Y?", "K."], "A Y K 5 5 0", "Alpha, Yankee, Kilo, 5, 5, 0"),
        (["X", "like Yankee", "Z", "one two three"], "X Y Z 1 2 3", "X-ray, Yankee, Zulu, 1, 2, 3"),
        (["W", "as in Boston", "one two three"], "W B 1 2 3", "Whiskey, Bravo, 1, 2, 3"),
        (["X as in x-ray.", "Y as in Yankee.", "Z.", "one two three"], "X Y Z 1 2 3",
         "X-ray, Yankee, Zulu, 1, 2, 3"),
        (["P", "like Tango", "R", "one two three"], "T R 1 2 3", "Tango, Romeo, 1, 2, 3"),
        # a Mexican driver's English: his "i" heard as E, "ge" heard as jay - the word puts it right
        (["E", "like India", "B", "C", "one two three"], "I B C 1 2 3", "India, Bravo, Charlie, 1, 2, 3"),
        (["A B", "E", "like India", "one two three"], "A B I 1 2 3", "Alpha, Bravo, India, 1, 2, 3"),
        (["J", "as in George", "K", "one two three"], "G K 1 2 3", "Golf, Kilo, 1, 2, 3"),
    ],
)
async def test_letters_alone_are_kept_at_the_question_and_read_back(daisy: CompiledFlow, turns: list[str],
                                                                    so_far: str, read_back: str) -> None:
    conv = await call(daisy, "en-US", TO_TRAILER_PLATE + turns)
    assert conv.step.name == "registration.trailer_plate.ask"
    assert conv.state.so_far() == so_far
    out = said(await conv.user_turn("that's it"))
    assert conv.step.name == "registration.trailer_plate.confirm", out
    assert read_back in out


TO_TRAILER_PLATE_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí"]


@pytest.mark.parametrize(
    ("locale", "turns", "read_back"),
    [
        ("es-MX", ["Doscientos", "X Y Z", "dos"], "X de xilófono, Y de yate, Z de zapato, 2, 0, 2."),
        ("en-US", ["Trailer two hundred.", "X.", "Y.", "Z.", "two."], "X-ray, Yankee, Zulu, 2, 0, 2."),
    ],
)
async def test_a_round_number_said_first_is_filled_after_the_letters(daisy: CompiledFlow, locale: str,
                                                                    turns: list[str], read_back: str) -> None:
    before = TO_TRAILER_PLATE if locale == "en-US" else TO_TRAILER_PLATE_ES
    conv = await call(daisy, locale, before + turns[:-1])
    out = said(await conv.user_turn(turns[-1]))
    if conv.step.name != "registration.trailer_plate.confirm":  # not read back yet: the caller closes it
        out = said(await conv.user_turn("that's it" if locale == "en-US" else "es todo"))
    assert conv.step.name == "registration.trailer_plate.confirm", out
    assert read_back in out


async def test_two_digits_said_one_by_one_go_on_at_the_read_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "Dos dos"])
    assert "Tractor número 228." in said(await conv.user_turn("ocho"))
