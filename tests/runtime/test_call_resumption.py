"""Calling a number again: which records are resumed, with what locale and callback time."""

from __future__ import annotations

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import NewRecord, RecordUpdate, Store

PHONE = "+15559"


def call(flow: CompiledFlow, store: Store, locale: str = "en-US", phone: str = PHONE) -> Conversation:
    return Conversation(flow, locale=locale, context={"phone": phone}, store=store, clock=at_noon)


async def test_a_refusal_is_not_resumed_nor_overwritten(daisy: CompiledFlow, store: Store) -> None:
    first = call(daisy, store)
    await first.start()
    await first.user_turn("you have the wrong person")
    assert first.outcome == "refused"

    again = call(daisy, store)
    greeting = said(await again.start())
    assert "pick up where we left off" not in greeting and not again.resumed
    assert again.record_id != first.record_id
    await again.user_turn("yes")
    await again.hangup()
    kept = await store.get(first.record_id or 0)
    assert kept is not None and kept.status == "refused"


@pytest.mark.parametrize("status", ["complete", "refused", "transferred"])
async def test_a_settled_record_gets_a_new_record_next_call(daisy: CompiledFlow, store: Store, status: str) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, status=status, slots={"full_name": "Ana López"}))
    conv = call(daisy, store)
    await conv.start()
    assert conv.record_id != old.id and conv.slots == {} and not conv.resumed
    assert await store.find_resumable("daisy", phone=PHONE, caller_id=None) is not None  # the new one


async def test_a_failed_verification_does_not_lock_the_patient_out(clinic: CompiledFlow, store: Store) -> None:
    phone = "+525512345678"
    first = call(clinic, store, locale="es-MX", phone=phone)
    await first.start()
    await first.user_turn("mil novecientos noventa")
    assert first.outcome == "refused"

    again = call(clinic, store, locale="es-MX", phone=phone)
    await again.start()
    assert again.slots == {} and again.step.name.startswith("verify.")
    await again.user_turn("mil novecientos ochenta y siete")
    assert again.step.name == "appointment" and again.slots == {"birth_year": "1987"}
    refused = await store.get(first.record_id or 0)
    assert refused is not None and refused.status == "refused" and refused.slots == {"birth_year": "1990"}


async def test_resumed_only_when_something_was_confirmed(daisy: CompiledFlow, store: Store) -> None:
    empty = await store.create(NewRecord(flow="daisy", phone=PHONE))
    conv = call(daisy, store)
    greeting = said(await conv.start())
    assert conv.record_id == empty.id and not conv.resumed
    assert "pick up where we left off" not in greeting
    await conv.hangup()  # a call still going holds its record: the next one resumes it once it is over

    await store.save_slot(empty.id, "full_name", "Ana López")
    again = call(daisy, store)
    assert "pick up where we left off" in said(await again.start()) and again.resumed


async def test_a_resumed_record_takes_the_new_calls_locale(daisy: CompiledFlow, store: Store) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, locale="es-MX", slots={"full_name": "Ana"}))
    conv = call(daisy, store, locale="en-US")
    await conv.start()
    record = await store.get(old.id)
    assert conv.record_id == old.id and record is not None and record.locale == "en-US"
    await conv.hangup()
    record = await store.get(old.id)
    assert record is not None and record.locale == "en-US"


async def test_a_resumed_callback_that_ends_without_a_new_one_clears_callback_at(
    daisy: CompiledFlow, store: Store
) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, slots={"full_name": "Ana"}))
    await store.update(old.id, RecordUpdate(status="rescheduled", callback_at="2030-01-01T11:45:00+00:00"))
    conv = call(daisy, store)
    await conv.start()
    await conv.user_turn("yes")
    await conv.hangup()
    record = await store.get(old.id)
    assert record is not None and (record.status, record.callback_at) == ("partial", None)
    rows = {r.id: r.callback_at for r in await store.list_records(status="rescheduled")}
    assert old.id not in rows


async def test_a_resumed_callback_that_schedules_another_keeps_the_new_time(daisy: CompiledFlow, store: Store) -> None:
    old = await store.create(NewRecord(flow="daisy", phone=PHONE, slots={"full_name": "Ana"}))
    await store.update(old.id, RecordUpdate(status="rescheduled", callback_at="2030-01-01T11:45:00+00:00"))
    conv = call(daisy, store)
    await conv.start()
    await conv.user_turn("call me back in 20 minutes")
    record = await store.get(old.id)
    assert record is not None and record.status == "rescheduled"
    assert record.callback_at == "2030-01-01T12:20:00+00:00"
