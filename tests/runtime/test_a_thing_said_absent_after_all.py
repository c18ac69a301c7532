"""A thing the driver said was not there ("no traigo caja") turns out to be there after all: its number given
later in the call, or "Sin caja" corrected at the summary (on this call or on the callback that resumed it).
Then it is no longer settled: every value of it is asked for and kept, and the record does not say absent
what it holds. And only a thing can be absent: "no traigo el número de la caja" is a number not at hand
(missing, asked again), never a trailer with no number."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import at_noon, said, written_flow

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore, Store

TO_TRAILER = {
    "es-MX": ["sí", "Ana López Ruiz", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes"],
}
ETA_AND_EMAIL = {
    "es-MX": ["a las cinco de la tarde", "sí", "ana arroba gmail punto com", "sí"],
    "en-US": ["at five in the afternoon", "yes", "ana at gmail dot com", "yes"],
}
NO_TRAILER = {"es-MX": "No traigo caja, voy nomás con el tractor.", "en-US": "I'm not pulling a trailer today."}
WHICH = {"es-MX": "el número de la caja", "en-US": "the trailer number"}
YES = {"es-MX": "sí", "en-US": "yes"}
NO = {"es-MX": "no", "en-US": "no"}


async def _turns(conv: Conversation, turns: list[str]) -> str:
    last = ""
    for turn in turns:
        last = said(await conv.user_turn(turn))
    return last


async def _give_the_trailer(conv: Conversation, locale: str) -> str:
    """At the trailer number question: its number and plates, confirmed; what Daisy says next."""
    assert conv.step.slot == "trailer_number", conv.step.name
    await _turns(conv, ["seis seis seis" if locale == "es-MX" else "six six six", YES[locale]])
    assert conv.step.slot == "trailer_plate", conv.step.name  # its plates are asked too, not passed by
    reply = await _turns(conv, ["x y z cuatro cinco seis" if locale == "es-MX" else "XYZ 456"])
    if conv.step.name.endswith(".ask") or conv.step.name.endswith(".spell"):  # dictated: "Llevo X Y Z 4 5 6"
        reply = await _turns(conv, [YES[locale]])
    assert conv.step.name == "registration.trailer_plate.confirm", reply
    return await _turns(conv, [YES[locale]])


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_no_trailer_corrected_at_the_summary_asks_for_the_trailer_and_keeps_it(
        daisy: CompiledFlow, store: Store, locale: str) -> None:
    conv = Conversation(daisy, locale=locale, context={"phone": "+5215550401"}, store=store, clock=at_noon)
    await conv.start()
    summary = await _turns(conv, [*TO_TRAILER[locale], NO_TRAILER[locale], *ETA_AND_EMAIL[locale]])
    assert conv.step.name == "summary" and ("Sin caja" in summary or "No trailer" in summary)
    await _turns(conv, [NO[locale], WHICH[locale]])
    summary = await _give_the_trailer(conv, locale)
    assert conv.step.name == "summary"
    assert "666" in summary and "Sin caja" not in summary and "No trailer" not in summary
    goodbye = await _turns(conv, [YES[locale]])
    assert conv.ended and conv.outcome == "complete"
    assert "Lo que nos faltó" not in goodbye and "what's missing" not in goodbye
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "complete" and record.absent == []
    assert record.slots["trailer_number"] == "666" and record.slots["trailer_plate"] == "XYZ-456"


async def test_a_trailer_number_given_after_no_trailer_brings_its_plates_back(
        daisy: CompiledFlow, store: Store) -> None:
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215550402"}, store=store, clock=at_noon)
    await conv.start()
    await _turns(conv, [*TO_TRAILER["es-MX"], "No traigo caja."])
    assert conv.step.slot == "eta"
    assert "Caja número 555" in await _turns(conv, ["oiga, perdón, sí traigo caja, el número de la caja es el 555"])
    asked = await _turns(conv, ["sí"])
    assert conv.step.slot == "trailer_plate" and "placas de la caja" in asked  # not settled with "no caja"
    await _turns(conv, ["No las tengo a la mano."])  # now only not at hand: missing
    await _turns(conv, [*ETA_AND_EMAIL["es-MX"]])
    for _ in range(3):  # asked once more at the end, still not at hand
        if conv.step.slot != "trailer_plate":
            break
        await _turns(conv, ["No, no las tengo a la mano."])
    assert conv.step.name == "summary"
    goodbye = await _turns(conv, ["sí"])
    assert conv.ended and conv.outcome == "partial" and "Lo que nos faltó" in goodbye
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "partial" and record.absent == []
    assert record.slots["trailer_number"] == "555" and "trailer_plate" not in record.slots


async def test_a_callback_driver_who_now_has_a_trailer_gives_it_at_the_summary(
        daisy: CompiledFlow, store: Store) -> None:
    phone = "+5215550403"
    first = Conversation(daisy, locale="es-MX", context={"phone": phone}, store=store, clock=at_noon)
    await first.start()
    await _turns(first, [*TO_TRAILER["es-MX"], "No traigo caja."])
    await first.hangup()

    again = Conversation(daisy, locale="es-MX", context={"phone": phone}, store=store, clock=at_noon)
    await again.start()
    assert again.resumed
    summary = await _turns(again, ["sí", *ETA_AND_EMAIL["es-MX"]])
    assert "Sin caja" in summary  # what the record says, read back: the driver can correct it
    await _turns(again, ["no", "el número de la caja"])
    await _give_the_trailer(again, "es-MX")
    await _turns(again, ["sí"])
    assert again.ended and again.outcome == "complete"
    record = await store.get(first.record_id or 0)
    assert record is not None and record.status == "complete" and record.absent == []
    assert record.slots["trailer_number"] == "666"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No traigo el número de la caja."),
    ("es-MX", "No tengo el número, luego se lo paso."),
    ("es-MX", "No tengo número de caja todavía."),
])
async def test_a_number_not_at_hand_is_missing_not_a_thing_the_driver_has_none_of(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, context={"phone": "+5215550404"}, store=store, clock=at_noon)
    await conv.start()
    await _turns(conv, TO_TRAILER[locale])
    asked = await _turns(conv, [turn])
    assert conv.step.slot == "trailer_plate" and "placas de la caja" in asked  # the trailer is there
    await conv.hangup()
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "partial" and record.absent == []


@pytest.mark.parametrize(("locale", "turn", "summary_says", "never_said"), [
    ("es-MX", "No tengo correo.", "Sin correo.", "No pude enviarle el correo"),
    ("es-MX", "No uso correo, la verdad.", "Sin correo.", "No pude enviarle el correo"),
    ("en-US", "I don't have email.", "No e-mail.", "I couldn't send the e-mail"),
    ("es-MX", "No manejo correo.", "Sin correo.", "No pude enviarle el correo"),
    ("es-MX", "No cuento con correo.", "Sin correo.", "No pude enviarle el correo"),
    ("en-US", "I don't do email.", "No e-mail.", "I couldn't send the e-mail"),
])
async def test_a_driver_with_no_email_hears_none_read_back_and_no_failed_sending(
        daisy: CompiledFlow, store: Store, locale: str, turn: str, summary_says: str, never_said: str) -> None:
    conv = Conversation(daisy, locale=locale, context={"phone": "+5215550405"}, store=store, clock=at_noon)
    await conv.start()
    await _turns(conv, [*TO_TRAILER[locale], "seis seis seis" if locale == "es-MX" else "six six six", YES[locale],
                        "x y z cuatro cinco seis" if locale == "es-MX" else "XYZ 456"])
    while conv.step.slot == "trailer_plate":
        await _turns(conv, [YES[locale]])
    summary = await _turns(conv, [*ETA_AND_EMAIL[locale][:2], turn])
    assert conv.step.name == "summary" and summary_says in summary
    goodbye = await _turns(conv, [YES[locale]])
    assert conv.ended and conv.outcome == "complete"
    assert never_said not in goodbye and "Lo que nos faltó" not in goodbye and "what's missing" not in goodbye
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "complete" and record.absent == ["email"]


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Yo no uso eso."), ("es-MX", "No manejo esas cosas."),
                                              ("en-US", "Nah, I don't use that.")])
async def test_an_email_the_driver_does_not_use_is_not_asked_letter_by_letter(
        daisy: CompiledFlow, store: Store, locale: str, turn: str) -> None:
    # "eso" is what was asked for: the e-mail is left (for later), never dictated as "yonousoeso"
    conv = Conversation(daisy, locale=locale, context={"phone": "+5215550406"}, store=store, clock=at_noon)
    await conv.start()
    await _turns(conv, [*TO_TRAILER[locale], "seis seis seis" if locale == "es-MX" else "six six six", YES[locale],
                        "x y z cuatro cinco seis" if locale == "es-MX" else "XYZ 456"])
    while conv.step.slot == "trailer_plate":
        await _turns(conv, [YES[locale]])
    await _turns(conv, [*ETA_AND_EMAIL[locale][:2], turn])
    assert conv.step.name == "summary" and "email" not in conv.slots


YARD = """\
version: 1
name: yard
locales: [es-MX]
initial: check_in
slots:
  unit:
    type: integer
    description: El número del tractor.
  box:
    type: integer
    description: El número de la caja.
  box_seal:
    type: integer
    description: El sello de la caja.
  note:
    type: text
    description: Algo más para el patio.
    required: false
states:
  check_in:
    collect:
      - {slot: unit, on_exhausted: skip}
      - {slot: box, on_exhausted: skip}
      - {slot: box_seal, on_exhausted: skip}
    on:
      - {on: done, to: bye}
      - {on: exhausted, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: null}]
    final: true
"""
YARD_PROMPTS = {
    "ask_unit": "¿Número del tractor?", "confirm_unit": "Tractor {{ readback }}. ¿Correcto?",
    "ask_box": "¿Número de la caja?", "confirm_box": "Caja {{ readback }}. ¿Correcto?",
    "ask_box_seal": "¿Sello de la caja?", "confirm_box_seal": "Sello {{ readback }}. ¿Correcto?",
    "ask_note": "¿Algo más?", "confirm_note": "{{ readback }}. ¿Correcto?",
    "bye": "{% if 'box' in absent %}Sin caja.{% endif %} Gracias.",
}


@pytest.mark.parametrize(("turn", "status", "absent"), [
    ("No traigo caja.", "complete", ["box", "box_seal"]),
    ("No traigo el número de la caja.", "partial", []),
])
async def test_in_any_flow_only_a_thing_said_absent_settles_its_values(
        tmp_path: Path, turn: str, status: str, absent: list[str]) -> None:
    yard = written_flow(tmp_path, "yard", YARD, {"es-MX": YARD_PROMPTS})
    store = MemoryStore()
    conv = Conversation(yard, locale="es-MX", context={"phone": "+5215550406"}, store=store, clock=at_noon)
    await conv.start()
    await _turns(conv, ["cuatro cinco dos", "sí", turn])
    for _ in range(4):  # whatever is still asked is not at hand either
        if conv.ended:
            break
        await _turns(conv, ["No lo tengo a la mano."])
    assert conv.ended and conv.outcome == status
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == status and record.absent == absent
