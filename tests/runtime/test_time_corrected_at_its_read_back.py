"""At the read-back of an arrival time, a correction that does not say which half of the day ("sí, como a
las cinco y cuarto" at 5 de la tarde) keeps the half of the day read back, also when the call's clock has
passed that hour (a late call, a replayed recording) and also after a bare "no". Scripted callers drive
Daisy on a fixed local clock."""

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


async def at_eta(daisy: CompiledFlow, locale: str, hour: int, minute: int) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=lambda: datetime(2030, 1, 8, hour, minute))
    await conv.start()
    for turn in TO_ETA[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "eta"
    return conv


@pytest.mark.parametrize(
    ("locale", "first", "fix", "expected"),
    [
        ("es-MX", "a las cinco de la tarde", "Sí, como a las cinco y cuarto.", "17:15"),
        ("es-MX", "a las cinco de la tarde", "No, cinco y veinte.", "17:20"),
        ("en-US", "five pm", "Yeah, more like five fifteen.", "17:15"),
    ],
)
async def test_a_correction_keeps_the_afternoon_read_back(daisy: CompiledFlow, locale: str, first: str, fix: str,
                                                          expected: str) -> None:
    conv = await at_eta(daisy, locale, 18, 10)  # 17:15 has passed on the call's clock
    await conv.user_turn(first)
    await conv.user_turn(fix)
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots["eta"] == expected


async def test_after_a_bare_no_the_new_minutes_keep_the_half_of_the_day(daisy: CompiledFlow) -> None:
    conv = await at_eta(daisy, "es-MX", 18, 10)
    await conv.user_turn("a las cinco de la tarde")
    await conv.user_turn("No.")
    reply = said(await conv.user_turn("cinco y cuarto"))
    assert "de la tarde" in reply and "madrugada" not in reply
    await conv.user_turn("sí")
    assert conv.slots["eta"] == "17:15"


async def test_a_correction_to_the_other_half_said_as_such_is_taken(daisy: CompiledFlow) -> None:
    conv = await at_eta(daisy, "es-MX", 9, 0)
    await conv.user_turn("a las cinco")  # the next 5 o'clock: 17:00
    await conv.user_turn("No, a las cinco y media de la mañana.")
    await conv.user_turn("sí")
    assert conv.slots["eta"] == "05:30"


async def test_a_correction_to_an_hour_still_to_come_in_the_afternoon(daisy: CompiledFlow) -> None:
    conv = await at_eta(daisy, "es-MX", 10, 0)
    await conv.user_turn("a las once")
    # 06:00 is nearer 11:00 on the dial, but it has passed; the caller means this afternoon
    await conv.user_turn("No, a las seis.")
    await conv.user_turn("sí")
    assert conv.slots["eta"] == "18:00"


# The half of the day corrected on its own: the caller keeps the hour read back and says only which half
# ("no, de la noche" at "7 de la mañana"). A listener moves the hour to that half and reads it back; the
# call does not ask for the time all over again.
@pytest.mark.parametrize(
    ("locale", "first", "fix", "heard", "expected"),
    [
        ("es-MX", "a las siete", "No, de la noche.", "7 de la noche", "19:00"),
        ("es-MX", "a las siete", "de la noche", "7 de la noche", "19:00"),
        # "es de noche" is no letter N spelled ahead for the e-mail ("<letra> de noche")
        ("es-MX", "a las siete de la mañana", "No, es de noche.", "7 de la noche", "19:00"),
        ("es-MX", "a las siete", "Es de noche.", "7 de la noche", "19:00"),
        ("es-MX", "como a las ocho y media", "No, en la noche, ya tarde.", "8:30 de la noche", "20:30"),
        ("es-MX", "a las cinco de la mañana", "No, es en la tarde.", "5 de la tarde", "17:00"),
        ("es-MX", "a las seis de la tarde", "no, de la mañana", "6 de la mañana", "06:00"),
        ("en-US", "at seven", "No, in the evening.", "7 PM", "19:00"),
        ("en-US", "around eight thirty", "nope, p.m.", "8:30 PM", "20:30"),
        ("en-US", "at six pm", "No, six in the morning... I mean, a.m.", "6 AM", "06:00"),
    ],
)
async def test_the_half_of_the_day_corrected_alone_moves_the_hour_read_back(
        daisy: CompiledFlow, locale: str, first: str, fix: str, heard: str, expected: str) -> None:
    conv = await at_eta(daisy, locale, 6, 10)  # early: a bare hour is read back in the morning
    await conv.user_turn(first)
    reply = said(await conv.user_turn(fix))
    assert heard in reply
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots["eta"] == expected


@pytest.mark.parametrize(
    ("locale", "first", "answer"),
    [
        ("es-MX", "a las siete de la noche", "sí, de la noche"),
        ("es-MX", "a las cinco de la tarde", "Sí, en la tarde."),
        ("en-US", "at 7 pm", "yes, in the evening"),
    ],
)
async def test_a_yes_with_the_half_already_read_back_confirms(daisy: CompiledFlow, locale: str, first: str,
                                                              answer: str) -> None:
    conv = await at_eta(daisy, locale, 6, 10)
    await conv.user_turn(first)
    await conv.user_turn(answer)
    assert conv.step.slot == "email"
    assert conv.slots["eta"] in ("19:00", "17:00")


@pytest.mark.parametrize(
    ("said_as", "heard"),
    [
        ("a las siete de la noche", "7 de la noche"),
        ("siete de la tarde", "7 de la tarde"),
        ("como a las seis y media de la noche", "6:30 de la noche"),
        ("a las ocho de la tarde", "8 de la tarde"),
        ("a las siete", "7 de la tarde"),  # nothing said: the usual word for the hour
        ("a las nueve de la noche", "9 de la noche"),
    ],
)
async def test_the_evening_is_read_back_in_the_callers_word(daisy: CompiledFlow, said_as: str, heard: str) -> None:
    conv = await at_eta(daisy, "es-MX", 15, 0)
    reply = said(await conv.user_turn(said_as))
    assert f"Llegada a las {heard}." in reply
