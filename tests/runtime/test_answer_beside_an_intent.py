"""An answer to the question asked, said in the same turn as an intent, in Daisy and in a flow nobody here wrote.

An intent that would only ask the question again (a complaint, a bad line, a remark off the subject) or that only
hints at moving the call (an activity, a time that suits better, a question whether a boss is there) gives way to
an answer said apart from it: "Ya te lo dije como tres veces, a las cinco" is the arrival time, "¿Está el jefe?
Soy Juan Pérez" the name. An intent asked for in so many words still wins: "llámame mañana a las siete" is a
callback, "no me vuelvas a llamar" ends the call, "quiero hablar con una persona" asks for one. At a read-back,
thanks and a blessing after a yes are politeness; a farewell after it ends the call.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from runtime_helpers import call, said, written_flow

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import EndCall, ScheduleCallback
from daisy_engine.store import MemoryStore

TO_NAME_ES = ["sí"]
TO_NAME_EN = ["yes"]
TO_NUMBER_ES = ["sí", "Ana López", "sí"]
TO_NUMBER_EN = ["yes", "Ann Lopez", "yes"]
TO_ETA_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
             "sí", "x y z nueve ocho siete seis", "sí"]
TO_ETA_EN = ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes"]


def scheduled(actions: list) -> list[ScheduleCallback]:
    return [a for a in actions if isinstance(a, ScheduleCallback)]


# -- at the arrival-time question ----------------------------------------------------------------------------

@pytest.mark.parametrize(("turn", "time"), [
    ("Ya te lo dije como tres veces, a las cinco.", "17:00"),
    ("Ya te dije, a las cinco de la tarde.", "17:00"),
    ("Se te cortó la voz. A las cinco.", "17:00"),
    ("No te escucho bien... como a las cinco de la tarde.", "17:00"),
    ("¿Bueno? ¿Bueno? Llego como a las cinco.", "17:00"),
    ("Mañana mejor, como a las siete.", "07:00"),
    ("Mañana a las seis ando cargando en Toluca.", "06:00"),
])
async def test_spanish_an_arrival_said_beside_an_intent_is_the_arrival(daisy: CompiledFlow, turn: str,
                                                                      time: str) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    assert conv.step.name == "registration.eta.ask"
    actions = await conv.user_turn(turn)
    assert not conv.ended and not scheduled(actions)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time


@pytest.mark.parametrize(("locale", "turn", "time"), [
    ("es-MX", "El guardia de la caseta me trató bien gacho. Llego como a las cinco.", "17:00"),
    ("en-US", "Your guard at the gate was real rude to me, I want to file a complaint. Around five pm.", "17:00"),
])
async def test_a_complaint_beside_the_answer_is_still_noted(daisy: CompiledFlow, locale: str, turn: str,
                                                            time: str) -> None:
    """The complaint's own response (its line, its log for a supervisor) stays; only its asking the question again
    gives way to the answer, which is read back."""
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=lambda: datetime(2030, 1, 1, 12, 0, tzinfo=UTC))
    await conv.start()
    for answer in TO_ETA_ES if locale == "es-MX" else TO_ETA_EN:
        await conv.user_turn(answer)
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time
    assert reply.index("5") > max(reply.find("queja"), reply.find("complaint"), 0)
    record = await store.get(conv.record_id or 0)
    assert record is not None and len(record.complaints) == 1


@pytest.mark.parametrize(("turn", "time"), [
    ("I told you like three times already, five pm.", "17:00"),
    ("Sorry, you cut out. Around five in the afternoon.", "17:00"),
    ("I can't hear you very well... five pm.", "17:00"),
    ("Tomorrow's better, around eight in the morning.", "08:00"),
    ("Tomorrow at six I'm loading in Toluca.", "06:00"),
])
async def test_english_an_arrival_said_beside_an_intent_is_the_arrival(daisy: CompiledFlow, turn: str,
                                                                      time: str) -> None:
    conv = await call(daisy, "en-US", TO_ETA_EN)
    actions = await conv.user_turn(turn)
    assert not conv.ended and not scheduled(actions)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == time


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Ya casi, en una hora y media estoy descargando."),
    ("en-US", "Almost there, in an hour and a half I'm unloading."),
])
async def test_an_activity_placed_at_a_time_to_come_is_the_arrival(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    actions = await conv.user_turn(turn)
    assert not conv.ended and not scheduled(actions)
    # the call's clock is 06:00 in Mexico City: an hour and a half from then
    assert conv.step.name == "registration.eta.confirm" and conv.pending == "07:30"


@pytest.mark.parametrize(("locale", "turn", "minutes"), [
    ("es-MX", "Llámame mañana a las siete.", None),
    ("es-MX", "Estoy manejando, llámame en una hora.", 60),
    ("es-MX", "Ahorita no puedo, a las cinco.", None),
    ("es-MX", "Estoy descargando, como en una hora me desocupo.", 60),
    ("es-MX", "Ahorita estoy descargando, no puedo hablar.", None),
    ("en-US", "Call me tomorrow at seven.", None),
    ("en-US", "I'm driving, call me back in an hour.", 60),
    ("en-US", "Can't talk right now, call me around five.", None),
])
async def test_a_callback_asked_for_in_so_many_words_is_still_a_callback(daisy: CompiledFlow, locale: str,
                                                                         turn: str, minutes: int | None) -> None:
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    actions = await conv.user_turn(turn)
    assert conv.ended and scheduled(actions) and "eta" not in conv.slots
    if minutes is not None:
        assert scheduled(actions)[0].minutes == minutes


@pytest.mark.parametrize(("locale", "turn", "minutes"), [
    ("es-MX", "En 10 minutos te regreso la llamada.", 10),
    ("es-MX", "En una hora te marco.", 60),
    ("en-US", "In ten minutes I'll call you back.", 10),
])
async def test_a_call_back_the_caller_promises_at_a_time_is_a_callback(daisy: CompiledFlow, locale: str, turn: str,
                                                                      minutes: int) -> None:
    """At the arrival question, the time the caller will call back at is no arrival time."""
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    actions = await conv.user_turn(turn)
    assert conv.ended and scheduled(actions) and scheduled(actions)[0].minutes == minutes
    assert "eta" not in conv.slots


async def test_a_time_beside_an_activity_at_the_email_question_is_a_callback(daisy: CompiledFlow) -> None:
    """ "Voy manejando. En media hora." at the e-mail question: a callback in half an hour, no address begun."""
    conv = await call(daisy, "es-MX", [*TO_ETA_ES, "a las cinco", "sí"])
    assert conv.step.name == "registration.email.ask"
    actions = await conv.user_turn("Voy manejando. En media hora.")
    assert conv.ended and scheduled(actions) and scheduled(actions)[0].minutes == 30


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Eres pito, pendejo."),
    ("es-MX", "No, castañeda va con ene normal, el correo no agarra la eñe."),
])
async def test_free_words_beside_an_intent_start_no_email_address(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    """At the e-mail question, words beside a hinted callback, an insult or a remark are not the start of an
    address: nothing is taken down as one."""
    conv = await call(daisy, locale, [*TO_ETA_ES, "a las cinco", "sí"])
    assert conv.step.name == "registration.email.ask"
    reply = said(await conv.user_turn(turn))
    assert "Llevo" not in reply and conv.pending is None and "email" not in conv.slots


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No me vuelvas a llamar."),
    ("es-MX", "No me vuelvas a llamar, a las cinco."),
    ("en-US", "Don't call me again, five pm."),
])
async def test_do_not_call_still_ends_the_call(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    actions = await conv.user_turn(turn)
    assert conv.ended and any(isinstance(a, EndCall) for a in actions) and not scheduled(actions)
    assert "eta" not in conv.slots


# -- at the name and number questions --------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "turn", "name"), [
    ("es-MX", "¿Está el jefe? Soy Juan Pérez.", "Juan Pérez"),
    ("es-MX", "Soy Juan Pérez, ¿está el supervisor?", "Juan Pérez"),
    ("es-MX", "No te oigo bien... Juan Pérez.", "Juan Pérez"),
    ("en-US", "Is the boss there? This is John Smith.", "John Smith"),
    ("en-US", "Sorry, you cut out. John Smith.", "John Smith"),
])
async def test_a_name_said_beside_an_intent_is_the_name(daisy: CompiledFlow, locale: str, turn: str,
                                                       name: str) -> None:
    conv = await call(daisy, locale, TO_NAME_ES if locale == "es-MX" else TO_NAME_EN)
    assert conv.step.name == "registration.full_name.ask"
    await conv.user_turn(turn)
    assert conv.step.name == "registration.full_name.confirm" and conv.pending == name


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Quiero hablar con una persona."),
    ("es-MX", "¿Está el jefe?"),
    ("en-US", "I want to talk to a real person."),
])
async def test_a_person_asked_for_without_a_value_is_still_a_person(daisy: CompiledFlow, locale: str,
                                                                   turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME_ES if locale == "es-MX" else TO_NAME_EN)
    await conv.user_turn(turn)
    assert conv.step.slot != "full_name" and conv.pending is None


@pytest.mark.parametrize(("locale", "turn", "number"), [
    ("es-MX", "No te oigo bien... es la 4512.", "4512"),
    ("es-MX", "Ya te lo dije, cuatro cinco dos.", "452"),
    ("en-US", "You're breaking up. It's 4512.", "4512"),
])
async def test_a_number_said_beside_a_bad_line_or_a_grievance_is_the_number(daisy: CompiledFlow, locale: str,
                                                                           turn: str, number: str) -> None:
    conv = await call(daisy, locale, TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN)
    await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_number.confirm" and conv.pending == number


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "Tomorrow's better, around eight."),  # the time of the callback hinted at
    ("en-US", "Maybe later, around five."),
    ("es-MX", "¿Está el despachador? Llego a las cinco."),  # a boss asked for, and the arrival to come
])
async def test_another_questions_value_beside_a_hinted_intent_is_no_answer_here(daisy: CompiledFlow, locale: str,
                                                                               turn: str) -> None:
    """At the unit-number question, a time beside a hinted callback or person answers this question nothing:
    the request is heard, and no arrival time is kept from it."""
    conv = await call(daisy, locale, TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN)
    actions = await conv.user_turn(turn)
    assert conv.ended and scheduled(actions)
    assert "eta" not in conv.slots and "tractor_number" not in conv.slots


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Me tienen aquí esperando, ya llevo tres horas."),
    ("es-MX", "Se te cortó la voz. Son dos horas de espera."),
    ("en-US", "They kept me waiting, three hours now."),
])
async def test_a_span_of_time_beside_a_grievance_or_a_bad_line_is_no_unit_number(daisy: CompiledFlow, locale: str,
                                                                                 turn: str) -> None:
    """How long the caller waited is part of what he tells, not a unit number 3 nor an arrival in three hours."""
    conv = await call(daisy, locale, TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN)
    await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_number.ask" and conv.pending is None
    for answer in (TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)[3:]:
        await conv.user_turn(answer)
    # the arrival is asked: nothing was kept for it
    assert conv.step.name == "registration.eta.ask" and conv.slots["tractor_number"] == "452"


async def test_a_word_cut_short_beside_a_bad_line_is_no_name(daisy: CompiledFlow) -> None:
    """ "Quin... ¿bueno? Se está cortando": the name trailed off as the line broke; it is asked again."""
    conv = await call(daisy, "es-MX", TO_NAME_ES)
    await conv.user_turn("Quin... ¿bueno? Se está cortando.")
    assert conv.step.name == "registration.full_name.ask" and conv.pending is None


async def test_plate_characters_beside_a_bad_line_are_taken_down(daisy: CompiledFlow) -> None:
    """ "Sorry, you cut out. 617" at the plates: the characters dictated after the bad line are the start of the
    plates; the words of the bad line are none of them. (The tractor number just confirmed, 452, said so would be
    that number said again: see test_value_said_again_at_the_next_question.)"""
    conv = await call(daisy, "en-US", [*TO_NUMBER_EN, "452", "yes"])
    assert conv.step.name == "registration.tractor_plate.ask"
    reply = said(await conv.user_turn("Sorry, you cut out. 617"))
    assert conv.pending is None and "Charlie" not in reply and "6 1 7" in reply


async def test_someone_looking_for_the_caller_beside_the_arrival_is_no_callback(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    actions = await conv.user_turn("Me busca el supervisor, llego a las cinco.")
    assert not conv.ended and not scheduled(actions)
    assert conv.step.name == "registration.eta.confirm" and conv.pending == "17:00"


async def test_a_bad_line_alone_asks_the_question_again(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_NUMBER_ES)
    await conv.user_turn("No te oigo bien.")
    assert conv.step.name == "registration.tractor_number.ask" and conv.attempts() == 0


# -- at a read-back ---------------------------------------------------------------------------------------------

async def test_a_new_value_beside_a_bad_line_at_a_read_back_is_read_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_NUMBER_ES, "cuatro cinco dos"])
    assert conv.step.name == "registration.tractor_number.confirm"
    reply = said(await conv.user_turn("No te oigo bien... es la 4512."))
    assert conv.step.name == "registration.tractor_number.confirm" and conv.pending == "4512"
    assert "4512" in reply and "tractor_number" not in conv.slots


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "No, no te oigo."), ("en-US", "No, I can't hear you.")])
async def test_a_no_with_a_bad_line_at_a_read_back_confirms_nothing(daisy: CompiledFlow, locale: str,
                                                                   turn: str) -> None:
    conv = await call(daisy, locale, [*(TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN), "452"])
    await conv.user_turn(turn)
    assert not conv.ended and "tractor_number" not in conv.slots


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, gracias, bendiciones."),
    ("es-MX", "Sí, muchas gracias, que Dios te bendiga."),
    ("es-MX", "Sí, correcto, gracias, bendiciones."),
    ("en-US", "Yes, thanks, God bless."),
    ("en-US", "Yeah, thank you so much, God bless you."),
])
async def test_thanks_and_a_blessing_after_a_yes_confirm_and_the_call_goes_on(daisy: CompiledFlow, locale: str,
                                                                             turn: str) -> None:
    conv = await call(daisy, locale, [*(TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN), "452"])
    await conv.user_turn(turn)
    assert not conv.ended and conv.slots["tractor_number"] == "452"
    assert conv.step.name == "registration.tractor_plate.ask"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Me tienen esperando tres horas, pero sí, correcto."),
    ("es-MX", "ya llevo dos horas en la báscula y nadie me atiende, pero sí, así es"),
    ("en-US", "My settlement is short again, but yes, that's right."),
    ("en-US", "they kept me waiting three hours, but yeah, correct"),
])
async def test_a_complaint_before_the_yes_is_noted_and_the_yes_confirms(daisy: CompiledFlow, locale: str,
                                                                       turn: str) -> None:
    conv = await call(daisy, locale, [*(TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN), "452"])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.slots.get("tractor_number") == "452", reply
    assert conv.step.name == "registration.tractor_plate.ask"
    assert "queja" in reply or "complaint" in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, gracias, cuídese."),
    ("es-MX", "Sí, correcto, que le vaya bien."),
    ("es-MX", "Sí, gracias, que tenga buen día, jefa."),
    ("es-MX", "sale, gracias, que le vaya bien"),
    ("es-MX", "Ándale pues, muchas gracias, maneje con cuidado."),
    ("en-US", "Yes, that's right, take care."),
    ("en-US", "Yeah, thanks, drive safe."),
    ("en-US", "Yes, have a good one."),
    ("en-US", "okay thanks, have a good one"),
    ("en-US", "Alright, thank you, have a great day."),
])
async def test_a_yes_with_thanks_and_a_wish_of_well_confirms_and_the_call_goes_on(daisy: CompiledFlow, locale: str,
                                                                                   turn: str) -> None:
    """"Sale, gracias, que le vaya bien", "okay thanks, have a good one" at a read-back in the middle of the
    registration: a yes said politely - the value is confirmed and the next question asked, never the call ended
    with the rest of the registration lost (a caller who does leave hangs up; what he confirmed is kept)."""
    conv = await call(daisy, locale, [*(TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN), "452"])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and conv.slots["tractor_number"] == "452", reply
    assert conv.step.name == "registration.tractor_plate.ask", reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, gracias, que le vaya bien."),
    ("es-MX", "sí señorita, gracias, que tenga buen día"),
    ("en-US", "yeah thank you, take care"),
    ("en-US", "okay thanks, have a good day"),
])
async def test_thanks_and_a_wish_at_the_first_read_back_keep_the_registration_going(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    """At the name read-back, the first of the call, a yes with thanks and a wish confirms the name and the
    registration goes on to the tractor: nothing but one value saved would be a call lost over a courtesy."""
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes",
                                      "Juan Pérez" if locale == "es-MX" else "John Smith"])
    reply = said(await conv.user_turn(turn))
    assert not conv.ended, reply
    assert conv.step.name == "registration.tractor_number.ask", reply
    assert conv.slots["full_name"] in ("Juan Pérez", "John Smith")


@pytest.mark.parametrize(("locale", "prefix", "turn", "read_back"), [
    ("es-MX", TO_ETA_ES, "a las cinco, cuídese", "Llegada a las 5 de la tarde"),
    ("es-MX", TO_ETA_ES, "Como a las cinco de la tarde. Que le vaya bien.", "Llegada a las 5 de la tarde"),
    ("es-MX", TO_NAME_ES, "Juan Pérez, cuídese mucho", "Anoto Juan Pérez"),
    ("es-MX", TO_NAME_ES, "Sí, me llamo Juan Pérez. Que tenga bonito día.", "Anoto Juan Pérez"),
    ("en-US", TO_ETA_EN, "at five pm, take care", "Arriving at 5 PM"),
    ("en-US", TO_NAME_EN, "John Smith, drive safe", "John Smith"),
])
async def test_a_wish_of_well_after_an_answer_is_no_end(daisy: CompiledFlow, locale: str, prefix: list[str],
                                                        turn: str, read_back: str) -> None:
    conv = await call(daisy, locale, prefix)
    reply = said(await conv.user_turn(turn))
    assert not conv.ended and read_back in reply, reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Juan Pérez, adiós, cuídese"), ("es-MX", "No me vuelvas a llamar, cuídese"),
    ("en-US", "John Smith, bye, take care"),
])
async def test_a_wish_of_well_after_a_leave_of_its_own_still_ends(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME_ES if locale == "es-MX" else TO_NAME_EN)
    await conv.user_turn(turn)
    assert conv.ended


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Cuídese."), ("es-MX", "Gracias, que le vaya bien."),
                                              ("en-US", "Take care."), ("en-US", "Thanks, have a good one.")])
async def test_a_wish_of_well_alone_mid_registration_takes_leave(daisy: CompiledFlow, locale: str,
                                                                 turn: str) -> None:
    """Said alone (or after thanks alone) nothing else is said: the caller closes the call, which ends with what
    was confirmed saved."""
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    await conv.user_turn(turn)
    assert conv.ended and conv.slots["tractor_number"] == "452"


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "Alright, take care."), ("en-US", "alright, have a good one"), ("en-US", "Aight, take care"),
    ("en-US", "okie dokie, drive safe"), ("es-MX", "Sale, cuídese."), ("es-MX", "ándale, cuídate"),
])
async def test_an_okay_and_a_wish_of_well_at_the_name_takes_leave_and_is_no_name(daisy: CompiledFlow, locale: str,
                                                                                 turn: str) -> None:
    """"Alright, take care" at the name is the caller's goodbye: the call ends, never "I have Alright"."""
    conv = await call(daisy, locale, TO_NAME_ES if locale == "es-MX" else TO_NAME_EN)
    reply = said(await conv.user_turn(turn))
    assert conv.ended and "full_name" not in conv.slots and "Alright" not in reply and "Aight" not in reply, reply


@pytest.mark.parametrize(("locale", "turn"), [("en-US", "alright"), ("en-US", "Alright."), ("en-US", "aight")])
async def test_an_okay_alone_at_the_name_is_no_name(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_NAME_EN)
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.full_name.ask" and "Alright" not in reply, reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, gracias, hasta luego."),
    ("es-MX", "Sí, gracias, ya me tengo que ir."),
    ("en-US", "Yes, thanks, bye, I have to go."),
])
async def test_a_yes_with_a_farewell_confirms_and_ends_the_call(daisy: CompiledFlow, locale: str,
                                                               turn: str) -> None:
    conv = await call(daisy, locale, [*(TO_NUMBER_ES if locale == "es-MX" else TO_NUMBER_EN), "452"])
    await conv.user_turn(turn)
    assert conv.ended and conv.slots["tractor_number"] == "452"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "sí, que esté bien"),
    ("es-MX", "Sí, claro. Bendiciones, jefa."),
    ("es-MX", "sí, gracias, que Dios la bendiga"),
    ("en-US", "yes, God bless"),
    ("en-US", "Yeah sure, thanks, take care."),
])
async def test_a_yes_with_a_courtesy_at_the_greeting_starts_the_registration(daisy: CompiledFlow, locale: str,
                                                                             turn: str) -> None:
    # the caller has the time; the wish is politeness, as at a read-back - no goodbye said outright
    conv = await call(daisy, locale, [turn])
    assert not conv.ended and conv.step.name == "registration.full_name.ask"


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "sí, adiós"), ("es-MX", "que esté bien"),
                                              ("en-US", "yeah, bye")])
async def test_a_goodbye_or_a_wish_alone_at_the_greeting_still_ends(daisy: CompiledFlow, locale: str,
                                                                    turn: str) -> None:
    conv = await call(daisy, locale, [turn])
    assert conv.ended


# -- a flow nobody here wrote -------------------------------------------------------------------------------------

FLOW = """\
version: 1
name: yard
locales: [es-MX, en-US]
initial: gate
slots:
  door:
    type: integer
    description: The door the driver backs into.
    max: 99
  gate_time:
    type: time
    description: When the driver reaches the gate.
intents:
  repeat: {then: return}
  complaint: {then: return, say: sorry}
  reschedule: {to: later}
  human: {to: person}
  end_call: {to: bye}
states:
  gate:
    collect: [door, gate_time]
    on:
      - {on: done, to: bye}
      - {on: exhausted, to: bye}
  later:
    say: later
    on_enter: [{reschedule: 30}, {end_call: rescheduled}]
    final: true
  person:
    say: person
    on_enter: [{end_call: transferred}]
    final: true
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
"""
PROMPTS = {
    "es-MX": {"ask_door": "¿Qué puerta le tocó?", "confirm_door": "Puerta {{ readback }}. ¿Sí?",
              "ask_gate_time": "¿A qué hora llega a la caseta?", "confirm_gate_time": "A las {{ readback }}. ¿Sí?",
              "sorry": "Lo siento.", "later": "Le llamo luego.", "person": "Le paso.", "bye": "Adiós."},
    "en-US": {"ask_door": "Which door?", "confirm_door": "Door {{ readback }}. Right?",
              "ask_gate_time": "When do you reach the gate?", "confirm_gate_time": "At {{ readback }}. Right?",
              "sorry": "Sorry.", "later": "I'll call later.", "person": "Putting you through.", "bye": "Bye."},
}


@pytest.fixture
def yard(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "yard", FLOW, PROMPTS)


def noon() -> datetime:
    return datetime(2030, 1, 7, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(("locale", "door", "turn", "time"), [
    ("es-MX", "la doce", "Ya te lo dije como tres veces, a las cinco de la tarde.", "17:00"),
    ("es-MX", "la doce", "Mañana mejor, como a las siete de la mañana.", "07:00"),
    ("en-US", "twelve", "You cut out. Five pm.", "17:00"),
    ("en-US", "twelve", "Tomorrow's better, around seven in the morning.", "07:00"),
])
async def test_any_flows_time_question_takes_the_time_said_beside_an_intent(yard: CompiledFlow, locale: str,
                                                                           door: str, turn: str, time: str) -> None:
    conv = Conversation(yard, locale=locale, store=MemoryStore(), clock=noon)
    await conv.start()
    await conv.user_turn(door)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.step.slot == "gate_time"
    await conv.user_turn(turn)
    assert not conv.ended and conv.step.kind == "confirm" and conv.pending == time


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Ya te dije, no te oigo, la doce."),
    ("en-US", "I told you already, door twelve."),
])
async def test_any_flows_number_question_takes_the_number_said_beside_an_intent(yard: CompiledFlow, locale: str,
                                                                               turn: str) -> None:
    conv = Conversation(yard, locale=locale, store=MemoryStore(), clock=noon)
    await conv.start()
    await conv.user_turn(turn)
    assert conv.step.kind == "confirm" and conv.pending == "12"


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Llámame mañana a las siete."),
                                              ("en-US", "Call me tomorrow at seven.")])
async def test_any_flows_callback_asked_outright_still_moves_the_call(yard: CompiledFlow, locale: str,
                                                                     turn: str) -> None:
    conv = Conversation(yard, locale=locale, store=MemoryStore(), clock=noon)
    await conv.start()
    await conv.user_turn("la doce" if locale == "es-MX" else "twelve")
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    actions = await conv.user_turn(turn)
    assert conv.ended and scheduled(actions) and "gate_time" not in conv.slots


@pytest.mark.parametrize(("locale", "turns", "last", "slot", "value", "minutes"), [
    ("es-MX", ["sí", "Me llamo Nicanor Pineda."], "Sí, pero llámame en diez minutos, ¿sí?", "full_name",
     "Nicanor Pineda", 10),
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos"], "Sí, pero márcame en media hora que voy manejando.",
     "tractor_number", "452", 30),
    ("en-US", ["yes", "Ann Lopez", "yes", "452"], "Yes, but call me back in an hour.", "tractor_number", "452", 60),
    ("en-US", ["yes", "Dwayne Mercer"], "Yeah, but can you call me back in twenty minutes?", "full_name",
     "Dwayne Mercer", 20),
])
async def test_a_yes_but_call_me_later_at_a_read_back_keeps_the_value_and_calls_back(
        daisy: CompiledFlow, locale: str, turns: list[str], last: str, slot: str, value: str, minutes: int) -> None:
    """ "Sí, pero llámame en diez minutos" at the read-back: the yes confirms the value read back, the "but" only
    asks for the callback - the value is stored, the call is put off as asked."""
    conv = await call(daisy, locale, turns)
    out = await conv.user_turn(last)
    assert conv.slots.get(slot) == value
    callbacks = [a for a in out if isinstance(a, ScheduleCallback)]
    assert callbacks and callbacks[0].minutes == minutes, said(out)


@pytest.mark.parametrize(("locale", "turns", "last", "slot"), [
    ("es-MX", ["sí", "Nicanor Pineda", "sí", "cuatro cinco dos"],
     "Sí, pero es cuatro cinco tres, llámame en diez minutos.", "tractor_number"),
    ("es-MX", ["sí", "Nicanor Pineda", "sí", "cuatro cinco dos"], "Sí, pero llámame luego que es cuatro cinco tres.",
     "tractor_number"),
    ("es-MX", ["sí", "Nicanor Pineda"], "Sí, pero es Nicolás, llámame en diez minutos.", "full_name"),
    ("es-MX", ["sí", "Nicanor Pineda"], "Sí, pero con doble ene, y márcame en una hora.", "full_name"),
    ("en-US", ["yes", "Dwayne Mercer", "yes", "452"], "Yes, but call me back in an hour, it's 453.", "tractor_number"),
    ("en-US", ["yes", "Dwayne Mercer"], "Yes, but it's Mercier, call me back in an hour.", "full_name"),
])
async def test_a_yes_but_that_also_puts_the_value_right_stores_no_value_read_back(
        daisy: CompiledFlow, locale: str, turns: list[str], last: str, slot: str) -> None:
    """ "Sí, pero es cuatro cinco tres, llámame en diez minutos" at 452: the "but" corrects the value as well as
    asking for the callback - the value read back is not stored (a stored value is skipped on the callback, so
    the wrong one would stand); the callback is still booked."""
    conv = await call(daisy, locale, turns)
    out = await conv.user_turn(last)
    assert slot not in conv.slots or conv.slots[slot] is None, conv.slots
    assert any(isinstance(a, ScheduleCallback) for a in out), said(out)
