"""An answer to another question of the same collect is kept for its own value, in any flow.

The words each slot is called by come from the flow (its name, description and ask prompt), so a flow
nobody here wrote gets the same: at the dock question, "the seal is 4471" is the seal number and "I'll be
there at 3 pm" the pickup time, each read back when its turn comes; neither becomes the dock number.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from runtime_helpers import said, written_flow

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

FLOW = """\
version: 1
name: pickup
locales: [en-US]
initial: pickup
slots:
  dock:
    type: integer
    description: The loading dock the driver backs into.
    max: 99
  seal:
    type: integer
    description: The number on the trailer's seal.
    max: 999999
  pickup_time:
    type: time
    description: When the driver picks the load up.
states:
  pickup:
    collect: [dock, seal, pickup_time]
    on:
      - {on: done, to: bye}
      - {on: exhausted, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
"""
PROMPTS = {
    "ask_dock": "Which dock will you use?",
    "confirm_dock": "Dock {{ readback }}. Right?",
    "ask_seal": "What's the seal number?",
    "confirm_seal": "Seal {{ readback }}. Right?",
    "ask_pickup_time": "When will you pick up?",
    "confirm_pickup_time": "Pickup at {{ readback }}. Right?",
    "bye": "Bye.",
}


@pytest.fixture
def pickup(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "pickup", FLOW, {"en-US": PROMPTS})


def morning() -> datetime:
    return datetime(2030, 1, 7, 15, 0, tzinfo=UTC)


async def test_a_statement_naming_another_slot_is_kept_for_it(pickup: CompiledFlow) -> None:
    conv = Conversation(pickup, locale="en-US", store=MemoryStore(), clock=morning)
    await conv.start()
    reply = said(await conv.user_turn("the seal is 4471"))
    assert "Dock 4471" not in reply and "Which dock" in reply
    assert "Dock 12" in said(await conv.user_turn("dock twelve"))
    # the seal was given: read back at its turn instead of asked for
    assert "Seal 4471. Right?" in said(await conv.user_turn("yes"))
    await conv.user_turn("yes")
    assert conv.slots["dock"] == "12" and conv.slots["seal"] == "4471"


async def test_a_time_said_at_a_number_question_is_kept_for_the_time(pickup: CompiledFlow) -> None:
    conv = Conversation(pickup, locale="en-US", store=MemoryStore(), clock=morning)
    await conv.start()
    reply = said(await conv.user_turn("I'll be there at 3 pm"))
    assert "Dock 3" not in reply and "Which dock" in reply
    await conv.user_turn("dock 7")
    await conv.user_turn("yes")
    await conv.user_turn("seal 5582")
    reply = said(await conv.user_turn("yes"))
    assert "Pickup at 3" in reply and "When will you pick up" not in reply
    await conv.user_turn("yes")
    assert conv.slots["pickup_time"] == "15:00"


async def test_one_turn_with_two_statements_gives_each_slot_its_own(pickup: CompiledFlow) -> None:
    conv = Conversation(pickup, locale="en-US", store=MemoryStore(), clock=morning)
    await conv.start()
    reply = said(await conv.user_turn("the dock is 14 and the seal is 90210"))
    assert "Dock 14. Right?" in reply
    assert "Seal 90210. Right?" in said(await conv.user_turn("yes"))


async def test_a_projects_own_time_type_gets_the_time_said_early(tmp_path: Path) -> None:
    """Which slot is a time is the slot type's say (it reads the call's clock), not the name "time": a
    project's own time type, named `module:TYPE`, keeps a time said at another question the same way."""
    (tmp_path / "shift_types.py").write_text(
        "import dataclasses\n"
        "from daisy_engine.understanding import types\n"
        "TYPE = dataclasses.replace(types.get('time'), name='shift_time', order=95)\n",
        "utf-8",
    )
    folder = tmp_path / "prompts" / "pickup" / "en-US"
    folder.mkdir(parents=True)
    for name, text in PROMPTS.items():
        (folder / f"{name}.j2").write_text(text, "utf-8")
    path = tmp_path / "pickup.yaml"
    path.write_text(FLOW.replace("    type: time\n", '    type: "shift_types:TYPE"\n'), "utf-8")
    conv = Conversation(compile_flow(load_flow(path)), locale="en-US", store=MemoryStore(), clock=morning)
    await conv.start()
    reply = said(await conv.user_turn("I'll be there at 3 pm"))
    assert "Dock 3" not in reply and "Which dock" in reply
    await conv.user_turn("dock 7")
    await conv.user_turn("yes")
    await conv.user_turn("seal 5582")
    assert "Pickup at 3" in said(await conv.user_turn("yes"))


async def test_a_second_value_joined_without_its_verb_is_kept_for_its_slot(pickup: CompiledFlow) -> None:
    """ "dock 14 and the seal, 90210": after "and" the caller names the other thing and gives it without
    "is"; its digits are not added to the dock number."""
    conv = Conversation(pickup, locale="en-US", store=MemoryStore(), clock=morning)
    await conv.start()
    reply = said(await conv.user_turn("It's dock 14 and the seal, 90210."))
    assert "Dock 14. Right?" in reply
    assert "Seal 90210. Right?" in said(await conv.user_turn("yes"))


@pytest.mark.parametrize(
    ("locale", "turn", "heard"),
    [
        # a word both unit numbers are called by ("económico", "unit number"), then the one that says which
        ("es-MX", "ah, el económico del tractor está mal, es el 472", "Tractor número 472."),
        ("es-MX", "el número económico del tractor es el 472", "Tractor número 472."),
        ("es-MX", "oiga, el económico de mi tractor es el 472", "Tractor número 472."),
        ("en-US", "the unit number of the tractor is 472", "Tractor number 472."),
        # traps: the shared word alone is the number asked
        ("es-MX", "el económico es el 190", "Caja número 190."),
        ("es-MX", "el número económico de la caja es el 190", "Caja número 190."),
        ("en-US", "the unit number is 190", "Trailer number 190."),
    ],
)
async def test_a_word_both_numbers_share_leaves_the_choice_to_the_word_after_it(
        daisy: CompiledFlow, locale: str, turn: str, heard: str) -> None:
    opening = (["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí"]
               if locale == "es-MX"
               else ["yes", "Dale Parker", "yes", "four five two", "yes", "a b c one two three four", "yes"])
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for said_before in opening:
        await conv.user_turn(said_before)
    assert conv.step.name == "registration.trailer_number.ask"
    assert heard in said(await conv.user_turn(turn))


async def test_a_part_naming_the_tractors_plates_is_never_the_tractors_number(daisy: CompiledFlow) -> None:
    # "placa" names the plates asked and the tractor's; "tractor" the tractor's number and plates: the part
    # is about the tractor's plates only, never read as its number
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "mil doscientos",
                 "sí"]:
        await conv.user_turn(turn)
    assert conv.step.name == "registration.trailer_plate.ask"
    reply = said(await conv.user_turn("la placa del tractor está mal, es a b d uno dos tres cuatro"))
    assert "Tractor número" not in reply
    assert conv.slots["tractor_number"] == "452"

