"""On a call Daisy places: the callee speaks first; a voicemail greeting gets a short message and a
callback instead of a registration attempt."""

from __future__ import annotations

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import Action, EndCall, Say, ScheduleCallback
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.store import MemoryStore

OUTBOUND = {"direction": "outbound", "phone": "+5215512345678"}


def said(actions: list[Action]) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


async def test_after_the_callee_says_hello_daisy_greets(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", context=OUTBOUND, store=MemoryStore())
    out = await conv.answered("¿Bueno?")
    assert "Le habla" in said(out) and conv.step.name == "greeting"
    assert conv.attempts() == 0  # the hello is not a failed answer to the greeting
    await conv.user_turn("sí, dígame")
    assert conv.step.name == "registration.full_name.ask"


async def test_silence_after_answering_also_starts_the_greeting(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="en-US", context=OUTBOUND, store=MemoryStore())
    out = await conv.answered(None)
    assert "This is" in said(out) or "this is" in said(out)


async def test_a_voicemail_greeting_gets_a_message_and_a_callback(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale="es-MX", context=OUTBOUND, store=store)
    out = await conv.answered("El número que usted marcó no está disponible, deje su mensaje después del tono")
    assert "Le vuelvo a llamar" in said(out)
    assert any(isinstance(a, ScheduleCallback) for a in out)
    assert [a.outcome for a in out if isinstance(a, EndCall)] == ["rescheduled"]
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "rescheduled" and record.callback_at


async def test_voicemail_heard_after_the_greeting_is_still_a_voicemail(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="en-US", context=OUTBOUND, store=MemoryStore())
    await conv.answered(None)
    out = await conv.user_turn(
        "Hi, you've reached Mike. I can't take your call right now, leave a message after the beep"
    )
    assert "call you back" in said(out) and conv.outcome == "rescheduled"


async def test_voicemail_phrases_are_not_listened_for_on_inbound_calls(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215512345678"}, store=MemoryStore())
    await conv.start()
    out = await conv.user_turn("deje su mensaje después del tono")
    assert conv.outcome is None and "Le vuelvo a llamar" not in said(out)


async def test_voicemail_phrases_are_only_heard_while_greeting(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", context=OUTBOUND, store=MemoryStore())
    await conv.answered("¿Bueno?")
    await conv.user_turn("sí")
    await conv.user_turn("no está disponible")  # said while giving a name: not a voicemail
    assert conv.outcome is None and conv.step.name.startswith("registration.full_name")


async def test_the_console_plays_an_outbound_call_callee_first(daisy: CompiledFlow) -> None:
    import io

    from daisy_engine.transports.console import run_console

    conv = Conversation(daisy, locale="en-US", context=OUTBOUND, store=MemoryStore())
    stdout, stderr = io.StringIO(), io.StringIO()
    stdin = io.StringIO("Hi, you've reached Ana, please leave a message after the beep\n")
    await run_console(conv, stdin=stdin, stdout=stdout, stderr=stderr, interactive=False)
    assert "call you back" in stdout.getvalue() and conv.outcome == "rescheduled"
    assert "[call ended: rescheduled]" in stderr.getvalue()
