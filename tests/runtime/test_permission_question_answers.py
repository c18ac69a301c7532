"""The question whether the driver has a minute ("¿Tiene un par de minutos?", and Daisy's "¿Lo hacemos ahorita?" after
a busy hint): a go-ahead in other words ("dale", "sí, pero rápido", "what do you need?") starts the registration;
"later" with no time ("luego", "gracias, luego", "we're good, later") is a "not now", and the offer of a callback
asks when ("we're good, later" too, a goodbye later in the call); with a time said the callback is made for then,
and so when the caller names when in other words ("después de la descarga", "once I park"); how long it takes,
asked, is answered as a question (the call explained, the question again), never logged as a complaint. Later in the
call, "thanks, later" asks for the callback rather than ending the call; a yes before it at a read-back confirms the
value."""

from __future__ import annotations

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import Action, ScheduleCallback
from daisy_engine.store import MemoryStore

NAME_QUESTION = {"es-MX": "nombre completo", "en-US": "full name"}
OFFER = {"es-MX": "le llamo en", "en-US": "call you back in"}
BUSY = {"es-MX": "Voy manejando, eh.", "en-US": "I'm driving."}


async def call(daisy: CompiledFlow, locale: str, turns: list[str], store: MemoryStore | None = None) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=store or MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in turns:
        await conv.user_turn(turn)
    return conv


def callback_minutes(actions: list[Action]) -> float | None:
    return next((a.minutes for a in actions if isinstance(a, ScheduleCallback)), None)


async def complaints(conv: Conversation, store: MemoryStore) -> list:
    record = await store.get(conv.record_id or 0)
    return record.complaints if record is not None else []


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Dale."),
    ("es-MX", "Órale, dale pues."),
    ("es-MX", "Sí, pero rápido."),
    ("es-MX", "Sí, pero rapidito que voy manejando."),
    ("es-MX", "A ver, ¿qué necesitas?"),
    ("es-MX", "¿Qué se le ofrece?"),
    ("en-US", "What do you need?"),
    ("en-US", "Okay, what do you need?"),
    ("en-US", "Sure, but make it quick."),
    ("en-US", "Yeah but quick, I'm at the pump."),
])
async def test_a_go_ahead_in_other_words_starts_the_registration(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.step.slot == "full_name"
    assert NAME_QUESTION[locale] in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Luego."),
    ("es-MX", "Gracias, luego."),
    ("es-MX", "Al rato, joven."),
    ("es-MX", "Ahorita no, más tarde."),
    ("es-MX", "Llámame más tarde."),
    ("es-MX", "Dale, luego."),  # "dale" as "okay" before "later": no go-ahead
    ("es-MX", "Dale pues, al rato."),
    ("en-US", "Later."),
    ("en-US", "Thanks, later."),
    ("en-US", "We're good, later."),
    ("en-US", "Okay, we're good here, later."),
    ("en-US", "Not now."),
    ("en-US", "Maybe later."),
])
async def test_later_with_no_time_is_asked_when(daisy: CompiledFlow, locale: str, turn: str) -> None:
    for first in ([], [BUSY[locale]]):  # the greeting's question, and "¿lo hacemos ahorita?" after a busy hint
        conv = await call(daisy, locale, first)
        reply = said(await conv.user_turn(turn))
        assert not conv.ended and conv.step.name == "offer_callback", (first, reply)
        assert OFFER[locale] in reply
        actions = await conv.user_turn("mejor en una hora" if locale == "es-MX" else "in an hour")
        assert conv.ended and conv.outcome == "rescheduled" and callback_minutes(actions) == 60, said(actions)


@pytest.mark.parametrize(("locale", "turn", "minutes"), [
    ("es-MX", "Luego, en media hora.", 30),
    ("es-MX", "Márcame en cuarenta minutos.", 40),
    ("en-US", "Later, in twenty minutes.", 20),
])
async def test_later_with_a_time_is_the_callback_then(daisy: CompiledFlow, locale: str, turn: str,
                                                       minutes: int) -> None:
    conv = await call(daisy, locale, [])
    actions = await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled" and callback_minutes(actions) == minutes


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿Cuánto se tarda?"),
    ("es-MX", "¿Y cuánto tiempo es?"),
    ("en-US", "How long will it take?"),
    ("en-US", "How long is this going to take?"),
])
async def test_how_long_asked_at_the_greeting_is_a_question(daisy: CompiledFlow, locale: str, turn: str) -> None:
    store = MemoryStore()
    conv = await call(daisy, locale, [], store)
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.step.name == "greeting"
    assert ("minutos" if locale == "es-MX" else "minutes") in reply  # the question again says how long
    assert not await complaints(conv, store)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.step.slot == "full_name"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿Cuánto más va a durar esto?"),
    ("en-US", "How much longer is this gonna take?"),
])
async def test_how_much_longer_is_still_a_complaint(daisy: CompiledFlow, locale: str, turn: str) -> None:
    store = MemoryStore()
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"], store)
    await conv.user_turn(turn)
    assert not conv.ended and await complaints(conv, store)


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Gracias, luego."),
    ("en-US", "Thanks, later."),
    ("en-US", "Later, man."),
])
async def test_later_in_the_registration_is_a_callback_not_the_end(daisy: CompiledFlow, locale: str,
                                                                    turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled"


@pytest.mark.parametrize(("locale", "name", "turn"), [
    ("es-MX", "Juan Pérez López", "Sí, gracias, luego."),  # (a bare "sí, luego" offers the callback first)
    ("en-US", "Travis Oakley", "Yep, thanks, later."),
])
async def test_a_yes_before_later_confirms_the_value_first(daisy: CompiledFlow, locale: str, name: str,
                                                           turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes", name])
    assert conv.pending == name
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled" and conv.slots["full_name"] == name


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "Thanks, catch you later."),
    ("en-US", "Alright, we're all set here, see ya."),
    ("en-US", "We're good here, later."),  # all set: the goodbye of one who is done
    ("es-MX", "Hasta luego."),
])
async def test_a_farewell_in_so_many_words_still_ends_the_call(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "partial"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Después de la descarga ya te atiendo con calma."),
    ("es-MX", "Márcame cuando esté desocupado."),
    ("en-US", "Call me once I park."),
])
async def test_a_callback_for_a_moment_named_is_made_without_asking(daisy: CompiledFlow, locale: str,
                                                                     turn: str) -> None:
    conv = await call(daisy, locale, [])
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "rescheduled"


UP_TO_THE_ARRIVAL = {
    "es-MX": ["sí", "Juan Pérez López", "sí", "452", "sí", "ABC 123", "sí", "190", "sí", "XYZ 98", "sí"],
    "en-US": ["yes", "John Smith", "yes", "452", "yes", "ABC 123", "yes", "190", "yes", "XYZ 98", "yes"],
}
UP_TO_THE_SUMMARY = {
    "es-MX": UP_TO_THE_ARRIVAL["es-MX"] + ["a las cinco", "sí", "juan arroba gmail punto com", "sí"],
    "en-US": UP_TO_THE_ARRIVAL["en-US"] + ["at five pm", "yes", "john at gmail dot com", "yes"],
}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Al rato."),
    ("es-MX", "En un rato."),
    ("es-MX", "Más tarde."),
    ("en-US", "Later on."),
])
async def test_later_at_the_arrival_question_is_when_he_arrives_not_a_callback(daisy: CompiledFlow, locale: str,
                                                                              turn: str) -> None:
    conv = await call(daisy, locale, UP_TO_THE_ARRIVAL[locale])
    assert conv.step.slot == "eta"
    actions = await conv.user_turn(turn)
    assert not conv.ended and conv.step.slot == "eta" and callback_minutes(actions) is None
    # the hour is asked, and the call goes on with it
    await conv.user_turn("como a las cinco" if locale == "es-MX" else "around five")
    assert not conv.ended and conv.pending is not None


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, luego."),
    ("es-MX", "Sí, gracias, luego."),
    ("en-US", "Yeah, thanks, later."),
])
async def test_a_yes_then_later_at_the_summary_finishes_the_registration(daisy: CompiledFlow, locale: str,
                                                                        turn: str) -> None:
    conv = await call(daisy, locale, UP_TO_THE_SUMMARY[locale])
    assert conv.step.name == "summary"
    actions = await conv.user_turn(turn)
    assert conv.ended and conv.outcome != "rescheduled" and callback_minutes(actions) is None


@pytest.mark.parametrize("turn", ["What do you need?", "Okay, what do you need?", "What do you need from me?"])
async def test_what_do_you_need_at_a_question_for_a_value_asks_it_again(daisy: CompiledFlow, turn: str) -> None:
    # the go-ahead at "do you have a couple of minutes?", the question again at "what are the tractor's plates?" -
    # no failed attempt (which would move to spelling the plates one by one)
    conv = await call(daisy, "en-US", ["yes", "John Smith", "yes", "452", "yes"])
    assert conv.step.slot == "tractor_plate"
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.tractor_plate.ask" and "sorry" not in reply.lower()
    assert "plates" in reply
    await conv.user_turn("ABC 123")
    assert conv.pending == "ABC-123"


async def test_what_do_you_need_then_the_answer_takes_the_answer(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", ["yes"])
    await conv.user_turn("What do you need? My name? It's John Smith.")
    assert conv.pending == "John Smith"
