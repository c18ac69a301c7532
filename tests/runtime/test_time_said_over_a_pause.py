"""An arrival time cut by a pause is read back at once; the caller's next turn may be its rest, and then the two
turns are one time, read back again: the minutes after an hour said alone ("Dieciocho" ... "diez." is 18:10) or
the part of the day after a time said without one ("Cuatro y cuarto." ... "De la tarde." is 16:15). A "no, ..."
or another hour is a correction as always, and so is a number at the read-back of an hour said as a finished
sentence ("Dieciocho.")."""

from __future__ import annotations

from datetime import datetime

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_ETA = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes"],
}
YES = {"es-MX": "sí", "en-US": "yes"}


async def at_eta(daisy: CompiledFlow, locale: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=lambda: datetime(2030, 1, 8, 12, 30))
    await conv.start()
    for turn in TO_ETA[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "eta"
    return conv


@pytest.mark.parametrize(
    ("locale", "first", "rest", "expected"),
    [
        ("es-MX", "Dieciocho", "diez.", "18:10"),
        ("es-MX", "A las diecisiete", "cuarenta y cinco.", "17:45"),
        ("es-MX", "Como a las seis", "y media.", "18:30"),
        ("es-MX", "Cuatro y cuarto.", "De la tarde.", "16:15"),
        ("es-MX", "Ocho y diez", "de la noche.", "20:10"),
        ("es-MX", "A las seis en punto.", "De la tarde.", "18:00"),
        ("en-US", "Around four", "thirty.", "16:30"),
        ("en-US", "Seven fifteen.", "In the evening.", "19:15"),
    ],
)
async def test_the_rest_of_a_time_said_after_a_pause_makes_one_time(
        daisy: CompiledFlow, locale: str, first: str, rest: str, expected: str) -> None:
    conv = await at_eta(daisy, locale)
    await conv.user_turn(first)
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn(rest)
    assert conv.step.name == "registration.eta.confirm"  # read back again, the whole time
    await conv.user_turn(YES[locale])
    assert conv.slots["eta"] == expected


@pytest.mark.parametrize(
    ("locale", "first", "fix", "expected"),
    [
        ("es-MX", "Dieciocho.", "diez.", "22:00"),  # said whole: the bare number is another hour
        ("es-MX", "Dieciocho", "No, a las diez.", "22:00"),
        ("es-MX", "A las cinco", "cinco", "17:00"),  # the hour said again, no minutes
        ("en-US", "Six", "No, seven.", "19:00"),
    ],
)
async def test_a_correction_or_the_hour_again_is_no_rest_of_the_time(
        daisy: CompiledFlow, locale: str, first: str, fix: str, expected: str) -> None:
    conv = await at_eta(daisy, locale)
    await conv.user_turn(first)
    await conv.user_turn(fix)
    if conv.step.name == "registration.eta.confirm":
        await conv.user_turn(YES[locale])
    assert conv.slots["eta"] == expected


async def test_a_part_of_the_day_after_the_time_is_read_back_in_it(daisy: CompiledFlow) -> None:
    conv = await at_eta(daisy, "es-MX")
    await conv.user_turn("Cuatro y cuarto.")
    assert "4:15 de la tarde" in said(await conv.user_turn("De la tarde."))
