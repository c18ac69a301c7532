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
