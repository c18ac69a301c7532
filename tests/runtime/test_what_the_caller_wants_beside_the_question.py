"""What Daisy does when the caller says what he wants instead of (or beside) the answer, as a person taking the call
would: a time promised later is asked for roughly; data offered now at the greeting is the go-ahead, data promised
later is "not now"; a plate dictated before its question is kept for it; a value said with a goodbye is kept and the
call ends; a load hung ("ya colgamos la lona") or a hang-up denied goes on with the call; money to be moved and how
long the call takes are answered; the greeting asked for is given; a callback asked outside the calling hours says
when it will really ring."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.store import MemoryStore

YES = {"es-MX": "sí", "en-US": "yes"}
TO = {
    "es-MX": {"full_name": ["sí"], "tractor_number": ["sí", "Ana López", "sí"],
              "eta": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés",
                      "sí", "mil", "sí", "x y z novecientos ochenta y siete", "sí"]},
    "en-US": {"full_name": ["yes"], "tractor_number": ["yes", "Ana Lopez", "yes"],
              "eta": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes",
                      "one thousand", "yes", "XYZ 987", "yes"]},
}


async def at(daisy: CompiledFlow, locale: str, slot: str) -> Conversation:
    conv = await call(daisy, locale, TO[locale][slot])
    assert conv.step.name == f"registration.{slot}.ask"
    return conv


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "yo me comunico contigo para darte la hora"),
    ("es-MX", "luego te confirmo la hora"),
    ("es-MX", "ahorita no sé, al ratito te la digo"),
    ("en-US", "I'll get back to you on the time"),
])
async def test_a_time_promised_later_is_asked_for_roughly(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await at(daisy, locale, "eta")
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.eta.ask" and conv.attempts() == 0
    assert ("más o menos" in reply) if locale == "es-MX" else ("about what time" in reply)


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "quiero hablar con el jefe de patio, pero primero te doy mis datos"),
    ("es-MX", "sí, pero primero te doy mis datos"),
    ("es-MX", "te doy mis datos"),
    ("en-US", "I want to talk to dispatch, but first let me give you my info"),
])
async def test_data_offered_now_at_the_greeting_goes_ahead(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [turn])
    assert conv.step.name == "registration.full_name.ask"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "al rato te doy mis datos"),
    ("es-MX", "luego te los paso"),
    ("en-US", "I'll get back to you on that"),
])
async def test_later_at_the_greeting_is_not_now(daisy: CompiledFlow, locale: str, turn: str) -> None:
    """Data promised later: not now - the callback is offered (no "I didn't hear you", no person). The caller
    calling back himself after an errand takes the callback as said (test_callback_at_the_callers_initiative)."""
    conv = await call(daisy, locale, [turn])
    assert conv.step.name == "offer_callback"


async def test_a_plate_dictated_at_the_greeting_goes_ahead_and_is_read_back_at_its_question(
        daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["S de Sapo, A de Ángel, guión, uno, tres, siete, nueve."])
    assert conv.step.name == "registration.full_name.ask"
    for turn in ("Juan Pérez", "sí", "cuatro cinco dos"):
        await conv.user_turn(turn)
    reply = said(await conv.user_turn("sí"))
    assert conv.step.name == "registration.tractor_plate.confirm" and conv.pending == "SA-1379"
    assert "S de sapo" in reply


@pytest.mark.parametrize("turn", ["cinco", "dos"])
async def test_a_bare_number_at_the_greeting_is_no_go_ahead(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", [turn])
    assert conv.step.name == "greeting"


@pytest.mark.parametrize(("locale", "slot", "turn", "value"), [
    ("es-MX", "full_name", "Juan Pérez, adiós", "Juan Pérez"),
    ("es-MX", "full_name", "Me llamo Juan Pérez. Ya me tengo que ir, bye", "Juan Pérez"),
    ("en-US", "full_name", "John Smith. Bye.", "John Smith"),
    # a "talk to you later" said last is a goodbye in so many words, as "ahí nos vemos" is
    ("es-MX", "full_name", "Juan Pérez, ahí nos hablamos", "Juan Pérez"),
    ("es-MX", "full_name", "Soy Marta Ruiz, ahí nos estamos hablando.", "Marta Ruiz"),
    ("es-MX", "tractor_number", "la 452, ahí nos hablamos", "452"),
    ("es-MX", "tractor_number", "Es la 318. Hasta pronto", "318"),
    ("en-US", "full_name", "John Smith, talk to you later", "John Smith"),
    ("en-US", "tractor_number", "it's 412, gotta go, bye", "412"),
    ("en-US", "tractor_number", "It's 907, catch you later.", "907"),
])
async def test_a_value_said_with_a_goodbye_is_kept_and_the_call_ends(daisy: CompiledFlow, locale: str, slot: str,
                                                                     turn: str, value: str) -> None:
    """Kept as heard but not confirmed (it was never read back): the callback reads it back."""
    conv = await at(daisy, locale, slot)
    await conv.user_turn(turn)
    assert conv.ended and slot not in conv.slots and conv.unconfirmed.get(slot) == value


async def test_the_callback_reads_back_a_value_said_with_a_goodbye(daisy: CompiledFlow) -> None:
    store = MemoryStore()
    first = Conversation(daisy, locale="es-MX", store=store, context={"phone": "+5215550001111"})
    await first.start()
    for turn in ("sí", "Juan Pérez, adiós"):
        await first.user_turn(turn)
    assert first.ended
    again = Conversation(daisy, locale="es-MX", store=store, context={"phone": "+5215550001111"})
    await again.start()
    reply = said(await again.user_turn("sí"))
    assert again.step.name == "registration.full_name.confirm" and "Juan Pérez" in reply


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "adiós"), ("es-MX", "gracias, hasta luego"), ("en-US", "bye"),
                                             ("es-MX", "ahí nos hablamos"), ("en-US", "talk to you later")])
async def test_a_plain_goodbye_still_ends_the_call_with_nothing_taken(daisy: CompiledFlow, locale: str,
                                                                      turn: str) -> None:
    conv = await at(daisy, locale, "full_name")
    await conv.user_turn(turn)
    assert conv.ended and "full_name" not in conv.slots and not conv.unconfirmed


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No te voy a colgar"),
    ("es-MX", "no me cuelgues, ahorita te digo"),
    ("en-US", "don't hang up, I'm getting it"),
])
async def test_staying_on_the_line_is_a_wait(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await at(daisy, locale, "full_name")
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.step.name == "registration.full_name.ask" and conv.attempts() == 0
    assert "entendí" not in reply and "catch" not in reply


@pytest.mark.parametrize("turn", ["Ya colgamos la lona", "voy a colgar la caja y te digo"])
async def test_a_load_hung_goes_on_with_the_call(daisy: CompiledFlow, turn: str) -> None:
    conv = await at(daisy, "es-MX", "eta")
    await conv.user_turn(turn)
    assert not conv.ended and conv.step.name == "registration.eta.ask"


async def test_a_denied_hang_up_at_a_read_back_keeps_the_value_asked(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Juan Pérez"])
    assert conv.step.name == "registration.full_name.confirm"
    await conv.user_turn("no te voy a colgar")
    assert conv.step.name == "registration.full_name.confirm" and conv.pending == "Juan Pérez"


@pytest.mark.parametrize(("locale", "turn", "words"), [
    ("es-MX", "¿me puedes transferir lo del diésel a mi tarjeta?", "oficina"),
    ("es-MX", "¿me pueden depositar el anticipo por transferencia?", "oficina"),
    ("en-US", "can you wire the advance to my account?", "office"),
])
async def test_money_to_be_moved_is_answered_not_taken_for_an_answer(daisy: CompiledFlow, locale: str, turn: str,
                                                                     words: str) -> None:
    conv = await call(daisy, locale, [YES[locale], "Ana López" if locale == "es-MX" else "Ana Lopez", YES[locale]])
    assert conv.step.name == "registration.tractor_number.ask"
    reply = said(await conv.user_turn(turn))
    assert words in reply and conv.step.name == "registration.tractor_number.ask" and conv.attempts() == 0


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿va a tardar mucho?"), ("es-MX", "¿es rápido?"), ("en-US", "how long?"), ("en-US", "is it quick?"),
])
async def test_how_long_at_the_greeting_is_answered_and_no_complaint_logged(daisy: CompiledFlow, locale: str,
                                                                            turn: str) -> None:
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store)
    await conv.start()
    reply = said(await conv.user_turn(turn))
    assert ("par de minutos" in reply) if locale == "es-MX" else ("couple of minutes" in reply)
    record = await store.get(conv.record_id or 0)
    assert record is not None and not record.complaints


@pytest.mark.parametrize(("locale", "turn", "words"), [
    ("es-MX", "¿Y el saludo?", "Le habla Daisy"),
    ("es-MX", "¿Por qué no pronunciaste el saludo?", "Le habla Daisy"),
    ("es-MX", "Otra vez a pedir los datos, ¿no?", "unos datos"),
    ("es-MX", "¿Por qué no hablas de ti?", "Le habla Daisy"),
    ("en-US", "tell me about yourself", "This is Daisy"),
    ("en-US", "you didn't even say hello", "This is Daisy"),
])
async def test_the_greeting_asked_for_is_given(daisy: CompiledFlow, locale: str, turn: str, words: str) -> None:
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert words in reply and conv.step.name == "greeting"


def evening() -> datetime:
    """18:00 UTC: noon in Mexico City, where Daisy's calling hours are 08:00-21:00."""
    return datetime(2030, 1, 1, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(("locale", "turn", "words"), [
    ("es-MX", "llámame a las diez y media de la noche", "A esa hora no hacemos llamadas; le llamo mañana a las 8"),
    ("es-MX", "márcame mañana a las seis de la mañana", "A esa hora no hacemos llamadas; le llamo mañana a las 8"),
    ("en-US", "call me back at 10:30 pm", "We don't place calls at that hour, so I'll call you back tomorrow at 8"),
])
async def test_a_callback_asked_outside_the_calling_hours_says_when_it_rings(daisy: CompiledFlow, locale: str,
                                                                             turn: str, words: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=evening)
    await conv.start()
    actions = await conv.user_turn(turn)
    assert words in said(actions) and conv.ended
    assert any(isinstance(a, ScheduleCallback) for a in actions)


@pytest.mark.parametrize(("locale", "turn", "words"), [
    ("es-MX", "llámame en diez minutos", "le llamo en 10 minutos"),
    ("es-MX", "Te cuelgo y me marcas en un minuto", "le llamo en 1 minuto"),
    ("en-US", "call me back at 3 pm", "at 3 PM, as you said"),  # the hour as the caller gave it
])
async def test_a_callback_inside_the_calling_hours_keeps_its_time(daisy: CompiledFlow, locale: str, turn: str,
                                                                  words: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=evening)
    await conv.start()
    reply = said(await conv.user_turn(turn))
    assert words in reply and "no hacemos" not in reply and "that hour" not in reply


@pytest.mark.parametrize(("locale", "turn", "words", "goodbye"), [
    ("es-MX", "al rato te lo mando", "lo que falta se lo pedimos en la próxima llamada",
     "Sin su correo no le puedo mandar la confirmación"),
    ("en-US", "I'll get back to you on the email", "we'll ask for what's missing on the next call",
     "Without your e-mail I can't send the confirmation"),
])
async def test_the_last_value_put_off_is_promised_for_the_next_call(daisy: CompiledFlow, locale: str, turn: str,
                                                                    words: str, goodbye: str) -> None:
    """The e-mail is the last question: put off, there is no "end of the call" left to ask it at - the summary says
    it is asked for on the next call, and the goodbye does not claim an e-mail failed to go out."""
    conv = await call(daisy, locale, [*TO[locale]["eta"], "a las cinco" if locale == "es-MX" else "at five pm",
                                      YES[locale]])
    assert conv.step.name == "registration.email.ask"
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "summary" and words in reply
    assert goodbye in said(await conv.user_turn(YES[locale]))


async def test_no_e_mail_at_all_promises_nothing(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO["es-MX"]["eta"], "a las cinco", "sí"])
    reply = said(await conv.user_turn("no tengo correo"))
    assert conv.step.name == "summary" and "próxima llamada" not in reply and "Sin correo" in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "envíame la confirmación a mi cuenta de gmail"),
    ("es-MX", "mándame el correo a mi cuenta de hotmail"),
    ("en-US", "send it to my gmail account"),
    ("en-US", "send the confirmation to my account"),
])
async def test_an_e_mail_sent_to_the_callers_account_is_no_money_request(daisy: CompiledFlow, locale: str,
                                                                         turn: str) -> None:
    """At the e-mail question, "send it to my Gmail account" is about the e-mail: no "I can't handle payments"."""
    conv = await call(daisy, locale, [*TO[locale]["eta"], "a las cinco" if locale == "es-MX" else "at five pm",
                                      YES[locale]])
    assert conv.step.name == "registration.email.ask"
    reply = said(await conv.user_turn(turn))
    assert "depósitos" not in reply and "payments" not in reply


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "un segundo"), ("es-MX", "un minuto"),
                                              ("en-US", "one second"), ("en-US", "give me a minute")])
async def test_a_hold_at_the_arrival_read_back_keeps_the_time(daisy: CompiledFlow, locale: str, turn: str) -> None:
    """"Un segundo" at "Llegada a las 5 de la tarde, ¿correcto?" asks to wait - never an arrival a minute from now."""
    conv = await call(daisy, locale, [*TO[locale]["eta"], "a las cinco" if locale == "es-MX" else "at five pm"])
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn(turn)
    assert conv.pending == "17:00"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "te doy los datos cuando llegue"),
    ("es-MX", "te paso los datos en la noche"),
    ("es-MX", "le doy mis datos después de descargar"),
    ("en-US", "let me give you my info when I get there"),
])
async def test_data_offered_for_later_at_the_greeting_is_no_go_ahead(daisy: CompiledFlow, locale: str,
                                                                     turn: str) -> None:
    """"Te doy los datos cuando llegue" at "¿Tiene un par de minutos?": not now - the name is not asked."""
    conv = await call(daisy, locale, [turn])
    assert conv.step.name != "registration.full_name.ask"


@pytest.mark.parametrize(("locale", "turn", "words"), [
    ("es-MX", "márcame el lunes a las 6 de la mañana", "le llamo el lunes a las 8"),
    ("es-MX", "llámame el viernes a las diez de la noche", "le llamo el sábado a las 8"),
    ("en-US", "call me monday at 6 am", "I'll call you back on Monday at 8"),
])
async def test_a_callback_moved_later_in_the_week_names_its_day(daisy: CompiledFlow, locale: str, turn: str,
                                                                words: str) -> None:
    """A day named with an hour outside the calling hours: the callback rings that day at the first allowed hour -
    said as that day, never "as soon as I can"."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=evening)
    await conv.start()
    reply = said(await conv.user_turn(turn))
    assert words in reply and "en cuanto se pueda" not in reply and "as soon as" not in reply


@pytest.mark.parametrize(("locale", "slot", "turn", "value"), [
    ("es-MX", "full_name", "Soy Juan Pérez y te marco", "Juan Pérez"),
    ("es-MX", "full_name", "Juan Pérez, márcame en una hora", "Juan Pérez"),
    ("es-MX", "full_name", "Me llamo Ana Soto pero llámame más tarde", "Ana Soto"),
    ("es-MX", "tractor_number", "cuatro cinco dos, márcame en diez minutos", "452"),
    ("en-US", "full_name", "John Smith, call me back in an hour", "John Smith"),
])
async def test_a_value_said_with_a_callback_is_kept_and_the_callback_set(
        daisy: CompiledFlow, locale: str, slot: str, turn: str, value: str) -> None:
    """The name is not lost to the callback: kept unconfirmed, for the callback to read back."""
    conv = await at(daisy, locale, slot)
    reply = said(await conv.user_turn(turn))
    assert conv.ended and conv.unconfirmed.get(slot) == value
    assert "15" in reply or "60" in reply or "10" in reply  # the callback, as asked


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "márcame en diez minutos"), ("es-MX", "llámame más tarde"),
                                              ("en-US", "call me back in ten minutes")])
async def test_a_callback_alone_keeps_no_value(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await at(daisy, locale, "tractor_number")
    await conv.user_turn(turn)
    assert conv.ended and not conv.unconfirmed
