"""A value the driver has none of ("no traigo caja": no trailer, so no trailer number nor plates) is
settled, not missing: the record says so, the call is complete when everything else is confirmed, the
goodbye does not promise to ask for it next time, and a callback for something else does not ask for it
again. A value only not at hand ("no la tengo a la mano") stays missing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import NewRecord, RecordUpdate, SQLiteStore, Store

TO_TRAILER = {
    "es-MX": ["sí", "Ana López Ruiz", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes"],
}
AFTER_TRAILER = {
    "es-MX": ["a las cinco de la tarde", "sí", "ana arroba gmail punto com", "sí", "sí"],
    "en-US": ["at five in the afternoon", "yes", "ana at gmail dot com", "yes", "yes"],
}
MISSING_PROMISE = {"es-MX": "Lo que nos faltó", "en-US": "what's missing"}


async def _call(daisy: CompiledFlow, store: Store, locale: str, trailer_turn: str, phone: str = "+5215550001") -> tuple[
        Conversation, str]:
    conv = Conversation(daisy, locale=locale, context={"phone": phone}, store=store, clock=at_noon)
    await conv.start()
    for turn in TO_TRAILER[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "trailer_number"
    last = said(await conv.user_turn(trailer_turn))
    for turn in AFTER_TRAILER[locale]:
        last = said(await conv.user_turn(turn))
    return conv, last


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No traigo caja, voy nomás con el tractor."),
    ("es-MX", "Voy en vacío, sin caja."),
    ("es-MX", "No ando jalando caja, nomás el tractor."),
    ("es-MX", "Ahorita no traigo caja."),
    ("es-MX", "La caja no la traigo, voy en vacío."),
    # "ahorita" / "right now" with "no tengo" / "don't have" say when the trip is made without it, not out of reach
    ("es-MX", "Ahorita no tengo caja enganchada."),
    ("es-MX", "No tengo remolque ahorita."),
    ("es-MX", "Ahorita no tengo caja, voy suelto."),
    ("es-MX", "Ahorita no tengo la caja enganchada."),  # "la" caja, but said not hooked: none on this trip
    ("en-US", "I'm not pulling a trailer today."),
    ("en-US", "Not hauling a trailer this run."),
    ("en-US", "I don't have a trailer right now."),
    ("en-US", "Right now I don't have a trailer hooked up."),
])
async def test_a_call_without_a_trailer_is_complete_and_the_record_says_there_is_none(
        daisy: CompiledFlow, store: Store, locale: str, turn: str) -> None:
    conv, goodbye = await _call(daisy, store, locale, turn)
    assert conv.ended and conv.outcome == "complete"
    assert MISSING_PROMISE[locale] not in goodbye
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "complete"
    assert record.absent == ["trailer_number", "trailer_plate"]
    assert "trailer_number" not in record.slots and record.slots["email"] == "ana@gmail.com"


async def test_trap_a_trailer_number_not_at_hand_stays_missing(daisy: CompiledFlow, store: Store) -> None:
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215550002"}, store=store, clock=at_noon)
    await conv.start()
    for turn in [*TO_TRAILER["es-MX"], "No me lo sé, no lo tengo a la mano.", "Tampoco, no me acuerdo.",
                 *AFTER_TRAILER["es-MX"][:-1]]:
        await conv.user_turn(turn)
    last = ""
    for _ in range(4):  # asked once more at the end: still not at hand
        if conv.ended or conv.step.slot not in ("trailer_number", "trailer_plate"):
            break
        last = said(await conv.user_turn("No, no lo tengo a la mano."))
    if not conv.ended:
        last = said(await conv.user_turn("sí"))  # the summary
    assert conv.ended and conv.outcome == "partial"
    assert MISSING_PROMISE["es-MX"] in last
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "partial" and record.absent == []


async def test_a_callback_does_not_ask_again_for_what_the_driver_has_none_of(daisy: CompiledFlow, store: Store) -> None:
    phone = "+5215550003"
    first = Conversation(daisy, locale="es-MX", context={"phone": phone}, store=store, clock=at_noon)
    await first.start()
    for turn in [*TO_TRAILER["es-MX"], "No traigo caja."]:
        await first.user_turn(turn)
    await first.hangup()  # before the arrival time: the record is partial, the trailer settled
    record = await store.get(first.record_id or 0)
    assert record is not None and record.status == "partial"
    assert record.absent == ["trailer_number", "trailer_plate"]

    again = Conversation(daisy, locale="es-MX", context={"phone": phone}, store=store, clock=at_noon)
    await again.start()
    assert again.resumed and again.record_id == first.record_id
    await again.user_turn("sí")
    assert again.step.slot == "eta"  # not the trailer number again
    for turn in AFTER_TRAILER["es-MX"]:
        await again.user_turn(turn)
    assert again.outcome == "complete"
    settled = await store.get(first.record_id or 0)
    assert settled is not None and settled.status == "complete"
    assert settled.absent == ["trailer_number", "trailer_plate"]


async def test_a_records_file_written_before_absent_values_were_kept_still_reads_and_takes_them(
        tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    writer = SQLiteStore(path)
    await writer.create(NewRecord(flow="daisy", phone="+1", slots={"full_name": "Ana"}))
    await writer.close()
    with sqlite3.connect(path) as db:  # the file as an earlier release wrote it: no `absent` column
        db.execute("ALTER TABLE records DROP COLUMN absent")

    reader = SQLiteStore(path, read_only=True)
    old = await reader.get(1)
    await reader.close()
    assert old is not None and old.slots == {"full_name": "Ana"} and old.absent == []

    store = SQLiteStore(path)  # opened for writing: the column is added
    record = await store.create(NewRecord(flow="daisy", phone="+2"))
    await store.update(record.id, RecordUpdate(absent=["trailer_number"]))
    again = await store.get(record.id)
    await store.close()
    assert again is not None and again.absent == ["trailer_number"]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No traigo caja, voy nomás con el tractor."),
    ("en-US", "I'm not pulling a trailer today."),
])
async def test_no_trailer_is_in_the_store_at_once_though_the_call_dies_before_its_end(
        daisy: CompiledFlow, store: Store, locale: str, turn: str) -> None:
    conv = Conversation(daisy, locale=locale, context={"phone": "+5215550002"}, store=store, clock=at_noon)
    await conv.start()
    for said_turn in [*TO_TRAILER[locale], turn]:
        await conv.user_turn(said_turn)
    record = await store.get(conv.record_id or 0)  # no hang-up, no save at the end: the process died here
    assert record is not None and not conv.ended
    assert record.absent == ["trailer_number", "trailer_plate"]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Ahorita no tengo el número de la caja a la mano."),
    ("es-MX", "No tengo las placas ahorita."),
    ("en-US", "I don't have the trailer number on me right now."),
    # the thing's word before its value's ("trailer number", "trailer info"): the value named, not the thing
    ("en-US", "I don't have a trailer number right now."),
    ("en-US", "I don't have any trailer info right now."),
    ("en-US", "Right now I don't have trailer plates."),
])
async def test_trap_a_trailer_value_not_at_hand_right_now_is_not_no_trailer(
        daisy: CompiledFlow, store: Store, locale: str, turn: str) -> None:
    """"Ahorita" with a value (the number, the plates) or "a la mano" still says out of reach: missing, not settled."""
    conv, _ = await _call(daisy, store, locale, turn, phone="+5215550003")
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.absent == []
