"""Nothing lost: a value the caller gave whole, heard but not yet confirmed when the call ends (the line drops,
the caller hangs up, the call moves to a callback, all at its read-back), is kept in the record as unconfirmed -
apart from the confirmed values, never one of them. A value still being dictated is not kept (a prefix of a
plate may happen to be valid). The next call of the same record reads it back for confirmation instead of asking
for it from scratch: a yes confirms it, a no asks for it again as usual."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.tools import ToolRegistry, mocked
from daisy_engine.store import NewRecord, Record, RecordUpdate, Store

PHONE = "+5215550177"
DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
RUN = "import typer; from daisy_engine.cli.run_cmd import run_command; typer.run(run_command)"


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("LIVEKIT_URL", "DAISY_RECORDS")}


def call(flow: CompiledFlow, store: Store, locale: str = "es-MX") -> Conversation:
    tools = ToolRegistry(flow.flow, overrides={name: mocked({"ok": True}) for name, spec in flow.flow.tools.items()
                                               if spec.builtin in ("email", "http")})
    return Conversation(flow, locale=locale, context={"phone": PHONE}, store=store, tools=tools, clock=at_noon)


async def dropped(flow: CompiledFlow, store: Store, locale: str, turns: list[str]) -> tuple[Conversation, Record]:
    """A call of `turns`, then the line drops; the record as the store keeps it."""
    conv = call(flow, store, locale)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    await conv.hangup()
    record = await store.get(conv.record_id or 0)
    assert record is not None
    return conv, record


NAME_ES = ["sí", "Ana López Ruiz", "sí"]
NAME_EN = ["yes", "John Smith", "yes"]


# Turns that stop at the read-back of a value heard whole: (locale, turns, slot, value heard)
AT_READ_BACK = [
    ("es-MX", [*NAME_ES, "Treinta y dos"], "tractor_number", "32"),
    ("es-MX", [*NAME_ES, "es el cuatro cincuenta y dos"], "tractor_number", "452"),
    ("en-US", [*NAME_EN, "four five two"], "tractor_number", "452"),
    ("es-MX", ["sí", "Pedro Ramírez"], "full_name", "Pedro Ramírez"),
    ("en-US", ["yes", "my name is John Smith"], "full_name", "John Smith"),
    ("es-MX", [*NAME_ES, "cuatro cincuenta y dos", "sí", "A de árbol, B de burro, C de casa, uno dos tres, es todo"],
     "tractor_plate", "ABC-123"),
]


@pytest.mark.parametrize(("locale", "turns", "slot", "value"), AT_READ_BACK)
async def test_a_call_dropped_at_a_read_back_keeps_the_value_unconfirmed(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], slot: str, value: str) -> None:
    conv, record = await dropped(daisy, store, locale, turns)
    assert conv.step.kind == "confirm" or conv.ended
    assert record.unconfirmed == {slot: value}
    assert slot not in record.slots  # never mixed with the confirmed values
    assert record.status == "partial"


async def test_the_unconfirmed_value_is_the_correction_said_at_the_read_back(daisy: CompiledFlow, store: Store) -> None:
    _, record = await dropped(daisy, store, "en-US", ["yes", "John Smith", "no, it's John Smyth"])
    assert record.unconfirmed == {"full_name": "John Smyth"} and record.slots == {}


@pytest.mark.parametrize(("locale", "turns"), [
    ("es-MX", ["sí", "Ana López Ruiz", "no"]),
    ("en-US", ["yes", "John Smith", "no"]),
    ("es-MX", [*NAME_ES, "Treinta y dos", "no"]),
])
async def test_a_value_turned_down_at_its_read_back_is_not_kept(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str]) -> None:
    _, record = await dropped(daisy, store, locale, turns)
    assert record.unconfirmed == {}


@pytest.mark.parametrize(("locale", "turns", "pieces"), [
    ("es-MX", [*NAME_ES, "cuatro cincuenta y dos", "sí", "A de árbol, B de burro"], "A B"),
    ("en-US", [*NAME_EN, "four five two", "yes", "A B C 1 2 3"], "A B C 1 2 3"),
    ("es-MX", [*NAME_ES, "cuatro cincuenta y dos", "sí", "A de árbol", "B de burro", "C de casa, uno"], "A B C 1"),
])
async def test_a_call_dropped_during_a_dictation_keeps_no_partial_value(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], pieces: str) -> None:
    """Even "A B C 1 2 3", a valid plate, is not kept: the caller was still dictating, and a prefix of the plate
    may happen to be valid. What was heard is in the event log."""
    _, record = await dropped(daisy, store, locale, turns)
    assert record.unconfirmed == {} and "tractor_plate" not in record.slots
    assert any(event.get("so_far") == pieces for event in record.events if event.get("kind") == "heard")


async def test_a_call_moved_to_a_callback_at_a_read_back_keeps_the_value(daisy: CompiledFlow, store: Store) -> None:
    _, record = await dropped(daisy, store, "en-US", [*NAME_EN, "four five two", "call me back in ten minutes"])
    assert record.status == "rescheduled" and record.unconfirmed == {"tractor_number": "452"}


@pytest.mark.parametrize(("locale", "turns", "kept"), [
    ("es-MX", ["sí", "soy Pedro Ramírez, llego como a las tres de la tarde"],
     {"full_name": "Pedro Ramírez", "eta": "15:00"}),
    ("es-MX", ["sí", "soy Pedro Ramírez, llego como a las tres de la tarde", "sí"], {"eta": "15:00"}),
])
async def test_a_value_said_whole_at_another_question_is_kept_too(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], kept: dict[str, str]) -> None:
    """Kept for its own question, it is heard as much as the one read back; the callback reads it back there."""
    _, record = await dropped(daisy, store, locale, turns)
    assert record.unconfirmed == kept

    again = call(daisy, store, locale)
    await again.start()
    for turn in ("sí", *(["sí"] if "full_name" in kept else []), "cuatro cincuenta y dos", "sí",
                 "A de árbol, B de burro, C de casa, uno dos tres, es todo", "sí"):
        await again.user_turn(turn)
    assert said(await again.user_turn("No traigo caja.")) == "Llegada a las 3 de la tarde. ¿Correcto?"
    assert "correo" in said(await again.user_turn("sí")) and again.slots["eta"] == "15:00"


async def test_a_value_said_again_in_the_callback_is_read_back_instead_of_the_earlier_one(
        daisy: CompiledFlow, store: Store) -> None:
    record = await store.create(NewRecord(flow="daisy", phone=PHONE, locale="es-MX", slots={"full_name": "Ana López"}))
    await store.update(record.id, RecordUpdate(unconfirmed={"eta": "15:00"}))
    again = call(daisy, store)
    await again.start()
    for turn in ("sí", "el cuatro cincuenta y dos, y llego como a las cinco de la tarde", "sí",
                 "A de árbol, B de burro, C de casa, uno dos tres, es todo", "sí"):
        await again.user_turn(turn)
    assert said(await again.user_turn("No traigo caja.")) == "Llegada a las 5 de la tarde. ¿Correcto?"


async def test_a_confirmed_value_leaves_nothing_unconfirmed(daisy: CompiledFlow, store: Store) -> None:
    _, record = await dropped(daisy, store, "es-MX", [*NAME_ES, "Treinta y dos", "sí"])
    assert record.slots["tractor_number"] == "32" and record.unconfirmed == {}


async def test_a_callback_reads_the_unconfirmed_value_back_and_a_yes_confirms_it(
        daisy: CompiledFlow, store: Store) -> None:
    first, _ = await dropped(daisy, store, "es-MX", [*NAME_ES, "Treinta y dos"])

    again = call(daisy, store)
    assert "Seguimos donde nos quedamos" in said(await again.start()) and again.resumed
    assert again.record_id == first.record_id
    assert said(await again.user_turn("sí")) == "Tractor número 32. ¿Correcto?"  # read back, not asked anew
    assert "placas del tractor" in said(await again.user_turn("sí"))
    await again.hangup()
    record = await store.get(again.record_id or 0)
    assert record is not None and record.slots["tractor_number"] == "32" and record.unconfirmed == {}


@pytest.mark.parametrize(("locale", "turns", "readback", "no", "asked", "new", "confirmed"), [
    ("es-MX", [*NAME_ES, "Treinta y dos"], "Tractor número 32. ¿Correcto?", "no",
     "¿Cuál es el número económico de su tractor?", "treinta y tres", "33"),
    ("en-US", [*NAME_EN, "four five two"], "Tractor number 452. Correct?", "no",
     "What's your tractor's unit number?", "four five three", "453"),
    ("en-US", ["yes", "John Smith"], "I have John Smith. Is that right?", "no, that's wrong",
     "full name", "John Smyth", "John Smyth"),
])
async def test_a_callback_asks_again_when_the_unconfirmed_value_is_turned_down(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], readback: str, no: str, asked: str,
        new: str, confirmed: str) -> None:
    await dropped(daisy, store, locale, turns)
    again = call(daisy, store, locale)
    await again.start()
    assert said(await again.user_turn("sí" if locale == "es-MX" else "yes")) == readback
    assert asked in said(await again.user_turn(no))
    await again.user_turn(new)
    await again.user_turn("sí" if locale == "es-MX" else "yes")
    await again.hangup()
    record = await store.get(again.record_id or 0)
    assert record is not None and confirmed in record.slots.values() and record.unconfirmed == {}


async def test_a_callback_dropped_again_at_the_read_back_keeps_it_still(daisy: CompiledFlow, store: Store) -> None:
    await dropped(daisy, store, "es-MX", [*NAME_ES, "Treinta y dos"])
    _, record = await dropped(daisy, store, "es-MX", ["sí"])
    assert record.unconfirmed == {"tractor_number": "32"} and "tractor_number" not in record.slots


async def test_a_record_with_only_an_unconfirmed_value_is_resumed(daisy: CompiledFlow, store: Store) -> None:
    await dropped(daisy, store, "en-US", ["yes", "my name is John Smith"])
    again = call(daisy, store, "en-US")
    assert "pick up where we left off" in said(await again.start()) and again.resumed
    assert said(await again.user_turn("yes")) == "I have John Smith. Is that right?"


async def test_a_value_confirmed_after_the_record_held_it_unconfirmed_is_read_as_confirmed(store: Store) -> None:
    """A call killed after the caller confirmed the value (its record not saved again since)."""
    record = await store.create(NewRecord(flow="daisy", phone=PHONE))
    await store.update(record.id, RecordUpdate(unconfirmed={"tractor_number": "32", "eta": "17:30"}))
    await store.save_slot(record.id, "tractor_number", "32")
    kept = await store.get(record.id)
    assert kept is not None and kept.slots == {"tractor_number": "32"} and kept.unconfirmed == {"eta": "17:30"}


async def test_a_value_confirmed_then_cleared_is_not_read_as_unconfirmed_again(store: Store) -> None:
    """A value confirmed, then cleared to be asked again (the summary's "no, the e-mail is wrong"), in a call
    killed before its record was saved again: the value the caller turned down is neither confirmed nor
    awaiting confirmation (the callback asks for it, it does not read the rejected one back)."""
    record = await store.create(NewRecord(flow="daisy", phone=PHONE))
    await store.update(record.id, RecordUpdate(unconfirmed={"email": "ana@gmail.com", "eta": "17:30"}))
    await store.save_slot(record.id, "email", "ana@gmail.com")
    await store.save_slot(record.id, "email", None)
    kept = await store.get(record.id)
    assert kept is not None and kept.slots == {} and kept.unconfirmed == {"eta": "17:30"}


# A Daisy call to its summary, the summary's "no" and the field to fix: (locale, turns, slot cleared)
_TO_SUMMARY = {
    "es-MX": ["sí", "Ana López Ruiz", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco de la tarde", "sí",
              "ana arroba gmail punto com", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes", "one thousand", "yes",
              "XYZ 987", "yes", "at five in the afternoon", "yes", "ana at gmail dot com", "yes"],
}
REOPENED = [
    ("es-MX", ["no", "el correo"], "email"),
    ("es-MX", ["no, está mal", "el correo electrónico"], "email"),
    ("en-US", ["no", "the email"], "email"),
    ("en-US", ["no, that's wrong", "my e-mail address"], "email"),
]


@pytest.mark.parametrize(("locale", "fix", "slot"), REOPENED)
async def test_a_call_killed_after_a_confirmed_value_was_reopened_keeps_no_rejected_value(
        daisy: CompiledFlow, store: Store, locale: str, fix: list[str], slot: str) -> None:
    conv, record = await cut_off(daisy, store, locale, [*_TO_SUMMARY[locale], *fix])
    assert conv.step.slot == slot and slot not in conv.slots  # asked again
    assert slot not in record.slots and slot not in record.unconfirmed


def _desk(flow: CompiledFlow, store: Store) -> Conversation:
    tools = ToolRegistry(flow.flow, overrides={"notify": mocked({"ok": True})})
    return Conversation(flow, store=store, tools=tools, clock=at_noon, context={"phone": PHONE})


async def test_any_flow_and_slot_type_keeps_and_reads_back_the_unconfirmed_value(
        desk: CompiledFlow, store: Store) -> None:
    """The desk flow's own slot types (a Python function each): the same keeping and reading back."""
    first = _desk(desk, store)
    await first.start()
    for turn in ("sí", "AB12", "sí", "rojo"):
        await first.user_turn(turn)
    await first.hangup()
    record = await store.get(first.record_id or 0)
    assert record is not None and record.slots == {"code": "AB12"} and record.unconfirmed == {"color": "red"}

    again = _desk(desk, store)
    await again.start()
    assert said(await again.user_turn("sí")) == "Color red, ¿correcto?"
    assert said(await again.user_turn("sí")) == "¿Qué talla?"
    assert again.slots == {"code": "AB12", "color": "red"}


async def test_the_unconfirmed_value_is_not_logged_at_info(
        daisy: CompiledFlow, store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="daisy_engine")
    await dropped(daisy, store, "en-US", ["yes", "my name is John Smith"])
    again = call(daisy, store, "en-US")
    await again.start()
    await again.user_turn("yes")
    logged: list[Any] = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert logged and not any("Smith" in line for line in logged)


TO_TRAILER_ES = [*NAME_ES, "cuatro cincuenta y dos", "sí", "A de árbol, B de burro, C de casa, uno dos tres, es todo",
                 "sí", "cuarenta"]
TO_TRAILER_EN = [*NAME_EN, "four five two", "yes", "ABC 123", "yes", "forty"]


@pytest.mark.parametrize(("locale", "turns", "answer", "next_question"), [
    ("es-MX", TO_TRAILER_ES, "no traigo caja", "¿A qué hora calcula llegar?"),
    ("es-MX", TO_TRAILER_ES, "Ahorita voy sin caja.", "¿A qué hora calcula llegar?"),
    ("es-MX", TO_TRAILER_ES, "ya no traigo esa caja, no traigo caja", "¿A qué hora calcula llegar?"),
    ("en-US", TO_TRAILER_EN, "I don't have a trailer", "What time do you expect to arrive?"),
    ("en-US", TO_TRAILER_EN, "no trailer today, I'm running without a trailer", "What time do you expect to arrive?"),
])
async def test_the_callbacks_read_back_takes_no_trailer_as_its_question_would(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], answer: str, next_question: str) -> None:
    """The read-back of the earlier call's value stands for the question, never asked in this call: "no traigo
    caja" to it settles the trailer (its plates too), as it does when the question is asked - not "Disculpe.
    ¿Cuál es el número de la caja?", nor the read-back again."""
    await dropped(daisy, store, locale, turns)
    again = call(daisy, store, locale)
    await again.start()
    assert "40" in said(await again.user_turn("sí" if locale == "es-MX" else "yes"))
    assert said(await again.user_turn(answer)).endswith(next_question)
    await again.hangup()
    record = await store.get(again.record_id or 0)
    assert record is not None and record.absent == ["trailer_number", "trailer_plate"] and record.unconfirmed == {}


@pytest.mark.parametrize(("locale", "answer", "next_question"), [
    ("es-MX", "ahorita no lo tengo a la mano", "placas del tractor"),
    ("es-MX", "híjole, no me acuerdo", "placas del tractor"),
    ("en-US", "I don't remember", "tractor's plates"),
    ("en-US", "I don't have it on me right now", "tractor's plates"),
])
async def test_the_callbacks_read_back_puts_off_a_value_not_at_hand_as_its_question_would(
        daisy: CompiledFlow, store: Store, locale: str, answer: str, next_question: str) -> None:
    await dropped(daisy, store, locale, [*NAME_ES, "Treinta y dos"] if locale == "es-MX" else [*NAME_EN, "thirty two"])
    again = call(daisy, store, locale)
    await again.start()
    assert "32" in said(await again.user_turn("sí" if locale == "es-MX" else "yes"))
    assert next_question in said(await again.user_turn(answer))
    assert "tractor_number" not in again.slots


async def test_no_trailer_at_a_read_back_of_this_calls_value_is_heard_as_before(
        daisy: CompiledFlow, store: Store) -> None:
    """Only the read-back standing for a question not asked takes its answers; a value the caller has just said
    and denies ("no traigo caja" right after "cuarenta") is asked for again, as before."""
    conv = call(daisy, store)
    await conv.start()
    for turn in TO_TRAILER_ES:
        await conv.user_turn(turn)
    assert "¿Cuál es el número de la caja?" in said(await conv.user_turn("no traigo caja"))


TO_PLATE_ES = [*NAME_ES, "Treinta y dos", "sí"]


@pytest.mark.parametrize(("locale", "turns", "plate", "fix", "readback", "confirmed"), [
    ("es-MX", TO_PLATE_ES, "P M H 3318", "No, la segunda es ene de Nayarit, no eme.",
     "Placas del tractor: P de perro, N de nube, H de hotel, 3, 3, 1, 8. ¿Es correcto?", "PNH-3318"),
    ("es-MX", TO_PLATE_ES, "VWX 127", "Ciento veintidós.",
     "Placas del tractor: V de vaca, W de Washington, X de xilófono, 1, 2, 2. ¿Es correcto?", "VWX-122"),
    ("es-MX", TO_PLATE_ES, "ABC 123", "no, la última es cuatro",
     "Placas del tractor: A de árbol, B de burro, C de casa, 1, 2, 4. ¿Es correcto?", "ABC-124"),
])
async def test_the_callbacks_read_back_takes_a_correction_of_part_of_the_value(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], plate: str, fix: str, readback: str,
        confirmed: str) -> None:
    """The earlier call's value, read back on the callback, is corrected in part as a value said in this call is:
    not "Vamos despacio: dígame las placas..." from scratch, nor "Llevo 1 2 2" and then an empty read-back
    ("Placas del tractor: . ¿Es correcto?")."""
    await dropped(daisy, store, locale, [*turns, plate])
    again = call(daisy, store, locale)
    await again.start()
    await again.user_turn("sí")
    assert said(await again.user_turn(fix)) == readback
    assert "caja" in said(await again.user_turn("sí")) and again.slots["tractor_plate"] == confirmed


@pytest.mark.parametrize(("locale", "turns", "fix", "readback", "confirmed"), [
    ("es-MX", [*TO_TRAILER_ES, "sí", "XYZ 987", "sí", "a las tres de la tarde", "sí", "ana arroba gmail punto com"],
     "no, es hotmail", "Su correo es ana arroba hotmail punto com. ¿Es correcto?", "ana@hotmail.com"),
    ("en-US", [*TO_TRAILER_EN, "yes", "XYZ 987", "yes", "at three in the afternoon", "yes", "john at gmail dot com"],
     "no, it's hotmail", "Your e-mail is john at hotmail dot com. Is that right?", "john@hotmail.com"),
])
async def test_the_callbacks_read_back_of_an_email_takes_a_correction_of_its_domain(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], fix: str, readback: str,
        confirmed: str) -> None:
    await dropped(daisy, store, locale, turns)
    again = call(daisy, store, locale)
    await again.start()
    await again.user_turn("sí" if locale == "es-MX" else "yes")
    assert said(await again.user_turn(fix)) == readback
    await again.user_turn("sí" if locale == "es-MX" else "yes")
    assert again.slots["email"] == confirmed


async def test_the_callbacks_read_back_of_a_time_reads_it_as_the_first_call_did(
        daisy: CompiledFlow, store: Store) -> None:
    """Built again from "15:00", the time is still read back as said the first time, not on the 24-hour dial."""
    await dropped(daisy, store, "es-MX", [*TO_TRAILER_ES, "sí", "XYZ 987", "sí", "a las tres de la tarde"])
    again = call(daisy, store)
    await again.start()
    assert said(await again.user_turn("sí")) == "Llegada a las 3 de la tarde. ¿Correcto?"
    assert said(await again.user_turn("no, a las cuatro")) == "Llegada a las 4 de la tarde. ¿Correcto?"


@pytest.mark.parametrize(("locale", "answer", "after"), [
    ("es-MX", "No, ahorita voy sin caja, nada más el tractor.", "¿Cuál es el número económico de su tractor?"),
    # (read back again after a remark that changes nothing of it: said shorter, `asked_before`)
    ("en-US", "I don't have a trailer", "Is the tractor number 32, yes or no?"),
])
async def test_no_trailer_at_the_callbacks_read_back_of_another_value_does_not_put_that_one_off(
        daisy: CompiledFlow, store: Store, locale: str, answer: str, after: str) -> None:
    """The trailer missing says nothing of the tractor's number read back: it is not skipped over it."""
    await dropped(daisy, store, locale, [*NAME_ES, "Treinta y dos"] if locale == "es-MX" else [*NAME_EN, "thirty two"])
    again = call(daisy, store, locale)
    await again.start()
    await again.user_turn("sí" if locale == "es-MX" else "yes")
    reply = said(await again.user_turn(answer))
    assert after in reply and "lo vemos al final" not in reply and "at the end" not in reply


async def cut_off(flow: CompiledFlow, store: Store, locale: str, turns: list[str]) -> tuple[Conversation, Record]:
    """A call of `turns` whose process dies then (kill -9, a power cut): no hang-up, no save at the end; the record
    as the store keeps it."""
    conv = call(flow, store, locale)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    record = await store.get(conv.record_id or 0)
    assert record is not None and not conv.ended
    return conv, record


@pytest.mark.parametrize(("locale", "turns", "slot", "value"), AT_READ_BACK)
async def test_a_value_heard_is_in_the_store_before_the_read_back_is_said(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], slot: str, value: str) -> None:
    conv, record = await cut_off(daisy, store, locale, turns)
    assert conv.step.kind == "confirm"
    assert record.unconfirmed == {slot: value} and slot not in record.slots


async def test_a_value_confirmed_or_turned_down_leaves_the_store_at_once(daisy: CompiledFlow, store: Store) -> None:
    _, confirmed = await cut_off(daisy, store, "es-MX", [*NAME_ES, "Treinta y dos", "sí"])
    assert confirmed.slots["tractor_number"] == "32" and confirmed.unconfirmed == {}
    _, turned_down = await cut_off(daisy, store, "en-US", ["yes", "John Smith", "no"])
    assert turned_down.unconfirmed == {} and "full_name" not in turned_down.slots


async def test_a_value_said_whole_at_another_question_is_in_the_store_at_once(
        daisy: CompiledFlow, store: Store) -> None:
    _, record = await cut_off(daisy, store, "es-MX", ["sí", "soy Pedro Ramírez y llego a las tres de la tarde"])
    assert record.unconfirmed.get("eta") == "15:00"


def test_a_call_killed_at_a_read_back_leaves_the_value_heard_in_the_record(tmp_path: Path) -> None:
    """The console call's process killed with SIGKILL right after the agent read the value back: the record in
    the SQLite file holds it as unconfirmed (the next call of the caller reads it back)."""
    db = tmp_path / "r.db"
    child = subprocess.Popen([sys.executable, "-c", RUN, str(DAISY), "--records", str(db), "--phone", PHONE,
                              "--locale", "en-US"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env())
    assert child.stdin is not None and child.stdout is not None
    child.stdout.readline()  # the greeting
    for answer in ("yes", "my name is John Smith"):
        child.stdin.write(answer + "\n")
        child.stdin.flush()
        line = child.stdout.readline()  # the agent answers only after the store has what it heard
    assert "John Smith" in line
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    heard, status = sqlite3.connect(db).execute("SELECT unconfirmed, status FROM records").fetchone()
    assert json.loads(heard) == {"full_name": "John Smith"} and status == "partial"
