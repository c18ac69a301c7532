"""At a plate's read-back, "No, first one's a B" says what goes in a place of the plate, as "the first one is a
B" does: the article left out and the "is" run into the word before it ("last letter's an L"). Compared with
the plate read back like any other correction: a plate that has it already is read back again unchanged.

The ordinal is a place in the value read back, never a mention of another value: Daisy's name is described as
"the driver's first and last names", yet "first one's a B" at the plates must not be taken for a new name
(it once read back "I have First One'S Abb" and the caller's "yes" confirmed it).

So with a letter ruled out and the one meant said apart, after a pause ("No, no es i. Es ye."): the turn read
whole sets one against the other, though neither sentence alone says anything of the plate."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import answer

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO_PLATES = {"en-US": ["yes", "Dale Whitcomb", "yes", "five fifty one", "yes"],
             "es-MX": ["sí", "Efraín Cuevas Lara", "sí", "cincuenta y uno", "sí"]}


@pytest.mark.parametrize(
    ("said", "reply", "value"),
    [
        ("D T W 7 0 2 4", "No, first one's a B.", "BTW-7024"),
        ("D T W 7 0 2 4", "First letter's a B, B as in boy.", "BTW-7024"),
        ("B T W 7 0 2 5", "No, last one's a four.", "BTW-7024"),
        ("B T W 7 0 2 5", "Last digit's a 4.", "BTW-7024"),
        ("B T M 7 0 2 4", "Third one's a W.", "BTW-7024"),
    ],
)
def test_a_place_with_its_is_run_in_corrects_that_place(said: str, reply: str, value: str) -> None:
    heard = answer("plate", said, reply, "en-US")
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize("reply", ["No, first one's a B.", "No, first one's a B. B as in boy, not D."])
def test_a_place_already_so_reads_the_plate_back_again(reply: str) -> None:
    heard = answer("plate", "B T W 7 0 2 4", reply, "en-US")
    assert (heard.event, heard.value) == ("corrected", "BTW-7024")


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


@pytest.mark.parametrize(
    ("locale", "plate", "reply", "expected"),
    [
        ("en-US", "B T W 7 0 2 4", "No, first one's a B. B as in boy, not D.", "BTW-7024"),
        ("en-US", "D T W 7 0 2 4", "No, first one's a B.", "BTW-7024"),
        ("en-US", "B T W 7 0 2 5", "No, the last one is a four.", "BTW-7024"),
        ("en-US", "B T W 7 0 2 5", "Nope, last one's a four.", "BTW-7024"),
        ("es-MX", "de te doble u 7 0 2 4", "No, la primera es be de burro.", "BTW-7024"),
        ("es-MX", "be te doble u 7 0 2 5", "No, la última es cuatro.", "BTW-7024"),
    ],
)
async def test_a_place_in_the_plates_never_changes_the_name(daisy: CompiledFlow, locale: str, plate: str,
                                                            reply: str, expected: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO_PLATES[locale]:
        await conv.user_turn(turn)
    name = conv.slots["full_name"]
    await conv.user_turn(plate)
    assert conv.step.name.endswith("tractor_plate.confirm")
    await conv.user_turn(reply)
    assert conv.step.name.endswith("tractor_plate.confirm")
    assert conv.pending == expected
    await conv.user_turn("Yes ma'am." if locale == "en-US" else "Sí, señorita.")
    assert conv.slots["full_name"] == name
    assert conv.slots["tractor_plate"] == expected


@pytest.mark.parametrize(
    ("locale", "plate", "turns", "expected"),
    [
        # the contrast said apart after a pause, of a letter the plate already has (an older read-back was heard)
        ("es-MX", "eme de mamá, ye, ce de casa, mil doce", ["No, no es i. Es ye.", "Ye de yate.", "Sí."], "MYC-1012"),
        ("en-US", "M, Y, C, one zero one two", ["No, it's not an I. It's a Y.", "Y as in yellow.", "Yes."],
         "MYC-1012"),
        # and of one it has not: the letter is put right
        ("es-MX", "eme de mamá, i, ce de casa, mil doce", ["No, no es i. Es ye.", "Sí."], "MYC-1012"),
    ],
)
async def test_a_contrast_said_apart_at_the_plates_read_back(daisy: CompiledFlow, locale: str, plate: str,
                                                             turns: list[str], expected: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO_PLATES[locale]:
        await conv.user_turn(turn)
    await conv.user_turn(plate)
    await conv.user_turn(turns[0])
    assert conv.pending == expected  # read back again, never a dictation begun with "I Y"
    for turn in turns[1:]:
        await conv.user_turn(turn)
    assert conv.slots.get("tractor_plate") == expected


# A driver pulling two trailers: "the first one's X Y Z ..." at the trailer's plates question is the first
# trailer's whole plate, no place in a value: the run-in "is" of a place takes one character only.
@pytest.mark.parametrize("reply", ["The first one's X Y Z 9 8 7 6.", "First one's x y z 9 8 7 6",
                                   "Last one's X Y Z 9876."])
async def test_the_first_trailers_whole_plate_is_no_place_in_a_value(daisy: CompiledFlow, reply: str) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore())
    await conv.start()
    for turn in [*TO_PLATES["en-US"], "A B C 1 2 3 4", "yes", "twelve hundred", "yes", reply]:
        await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate" and conv.pending == "XYZ-9876"
