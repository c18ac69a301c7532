"""A caller who goes back to a value already confirmed, at another value's read-back or question ("Sí. Oye,
el número del tractor era otro, es el 815"), has the "sí" confirm the value read back AND the earlier value
corrected and read back; the call then goes on where it was. A statement that repeats the confirmed value,
or that is about the value read back, changes nothing else. Scripted callers drive Daisy turn by turn."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE_READBACK_ES = ["sí", "Marcos Ibarra", "sí", "ochocientos cincuenta y uno", "sí",
                        "pe ce doble u nueve cero cero cuatro"]
TO_PLATE_READBACK_EN = ["yes", "Mark Ibarra", "yes", "851", "yes", "p c w 9 0 0 4"]


async def test_yes_and_a_correction_of_an_earlier_value_at_a_read_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_PLATE_READBACK_ES)
    assert conv.step.name == "registration.tractor_plate.confirm"
    reply = said(await conv.user_turn(
        "Sí. Oye, el número del tractor era otro, me equivoqué. Es el ochocientos quince."))
    # the plates are confirmed, and the tractor number is read back with the new value
    assert conv.slots["tractor_plate"] == "PCW-9004"
    assert "Tractor número 815." in reply
    reply = said(await conv.user_turn("sí"))
    assert conv.slots["tractor_number"] == "815"
    # then the call goes on with the next value still to ask
    assert "¿Cuál es el número de la caja?" in reply


async def test_english_yes_and_a_correction_of_an_earlier_value(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", TO_PLATE_READBACK_EN)
    reply = said(await conv.user_turn("Yes. Oh, and the tractor number was wrong, it's 815."))
    assert conv.slots["tractor_plate"] == "PCW-9004"
    assert "Tractor number 815." in reply
    await conv.user_turn("yes")
    assert conv.slots["tractor_number"] == "815"


async def test_a_correction_of_an_earlier_value_without_a_yes_keeps_the_value_read_back(daisy: CompiledFlow) -> None:
    """"Oh wait, the tractor number was wrong" at the plates' read-back: the number first, then the plates
    are read back again (neither confirmed by a yes nobody said, nor lost)."""
    conv = await call(daisy, "en-US", TO_PLATE_READBACK_EN)
    reply = said(await conv.user_turn("Oh wait, the tractor number was wrong, it's 815."))
    assert "Tractor number 815." in reply and "tractor_plate" not in conv.slots
    reply = said(await conv.user_turn("yes"))
    assert conv.slots["tractor_number"] == "815"
    assert "Tractor plates: Papa, Charlie, Whiskey, 9, 0, 0, 4." in reply
    await conv.user_turn("yes")
    assert conv.slots["tractor_plate"] == "PCW-9004"


async def test_going_back_at_a_question_reads_the_earlier_value_back_then_asks_again(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_PLATE_READBACK_ES, "sí"])
    assert conv.step.name == "registration.trailer_number.ask"
    reply = said(await conv.user_turn("Oiga, el número del tractor era otro, es el ochocientos quince."))
    assert "Tractor número 815." in reply and conv.attempts() == 0
    reply = said(await conv.user_turn("sí"))
    assert conv.slots["tractor_number"] == "815" and "¿Cuál es el número de la caja?" in reply


async def test_no_to_the_corrected_value_keeps_the_confirmed_one(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_PLATE_READBACK_ES, "sí"])
    await conv.user_turn("Oiga, el número del tractor era otro, es el ochocientos quince.")
    await conv.user_turn("no")
    assert conv.slots["tractor_number"] == "851"
    assert not conv.ended


async def test_restating_the_confirmed_value_changes_nothing(daisy: CompiledFlow) -> None:
    """Trap: "el tractor es el 851" at the plate read-back, 851 already confirmed: a plain yes."""
    conv = await call(daisy, "es-MX", TO_PLATE_READBACK_ES)
    reply = said(await conv.user_turn("Sí, y el número del tractor es el ochocientos cincuenta y uno."))
    assert conv.slots["tractor_plate"] == "PCW-9004" and conv.slots["tractor_number"] == "851"
    assert "¿Cuál es el número de la caja?" in reply


async def test_a_number_for_the_plates_at_their_read_back_is_no_going_back(daisy: CompiledFlow) -> None:
    """Trap: "los números son 9005" at the plate read-back is about the plates, not the tractor number."""
    conv = await call(daisy, "es-MX", TO_PLATE_READBACK_ES)
    await conv.user_turn("No, los números son nueve cero cero cinco.")
    assert conv.slots["tractor_number"] == "851"
    assert conv.step.slot == "tractor_plate"


async def test_a_fix_of_one_character_of_an_earlier_plate_is_applied_and_read_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "ge ele e dos dos seis", "sí", "sí",
                                       "a las ocho de la noche"])
    assert conv.step.name == "registration.eta.confirm"
    reply = said(await conv.user_turn("Sí. Oye, la placa de la caja, el último es ocho, no seis. Dos, dos, ocho."))
    assert conv.slots["eta"] == "20:00"
    assert "Placas de la caja: G de gato, L de luna, E de elefante, 2, 2, 8." in reply
    await conv.user_turn("sí")
    assert conv.slots["trailer_plate"] == "GLE-228" and conv.slots["tractor_plate"] == "ABC-1234"


TO_EMAIL_READBACK = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
              "sí", "x y z nueve ocho siete seis", "sí", "a las cinco de la tarde", "sí", "ana arroba gmail punto com"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes",
              "at five pm", "yes", "ann at gmail dot com"],
}


async def _another_value_named_at_the_email_read_back(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL_READBACK[locale])
    pending = conv.pending
    assert conv.step.name == "registration.email.confirm"
    reply = said(await conv.user_turn(turn))
    # the e-mail is neither denied nor spelled from the words: its read-back is asked again, the value kept
    assert conv.step.name == "registration.email.confirm" and conv.pending == pending, reply
    assert "letra por letra" not in reply and "spell" not in reply and conv.attempts() == 0
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots["email"] == pending


async def test_another_value_named_at_a_read_back_is_no_dictation(daisy: CompiledFlow) -> None:
    for locale, turn in (("es-MX", "sí, espera, no, el nombre"), ("es-MX", "no, el nombre está mal"),
                         ("es-MX", "Espérame, no, la hora de llegada"), ("en-US", "yes, wait, no, the name"),
                         ("en-US", "no, the arrival time is wrong")):
        await _another_value_named_at_the_email_read_back(daisy, locale, turn)


@pytest.mark.parametrize(("locale", "turns", "turn"), [
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos"], "no, la caja"),
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos"], "no, esa es la de la caja"),
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos"], "no, ese es el número de la caja"),
    ("en-US", ["yes", "Ann Lopez", "yes", "452"], "no, that's the trailer"),
])
async def test_a_later_value_named_at_a_read_back_is_a_no_to_this_one(daisy: CompiledFlow, locale: str,
                                                                      turns: list[str], turn: str) -> None:
    # a value not asked yet ("no, la caja" at the tractor's number): what was read back is the trailer's - this
    # question is asked again, never the same read-back repeated
    conv = await call(daisy, locale, turns)
    assert conv.step.kind == "confirm"
    confirm = conv.step.name
    reply = said(await conv.user_turn(turn))
    assert conv.step.name != confirm and conv.step.kind != "confirm", reply
