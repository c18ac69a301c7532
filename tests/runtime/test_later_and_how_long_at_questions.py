""""Later" and "how long?" said at Daisy's questions, decided by what the driver means (docs/daisy.md, "What covers
what"):

- a bare "luego", "al rato", "después", "later" at a question for a value or at its read-back (a yes before it
  at most) asks for no callback in so many words (at the e-mail it may be "I'll give it later"): the callback
  is offered once ("seré breve; si no puede ahora, dígame y le llamo más tarde") and the question asked
  again; "later" said again is taken at its word, a callback. "Llámame luego" is a callback at once, and so
  is "later" with thanks or a farewell word around it ("gracias, luego", "later, man": the caller takes leave).
- "sí, luego" at a read-back confirms the value and offers the callback the same way (no callback scheduled).
- at the question whether the driver has a minute, "luego" is still a "not now" that offers the callback.
- "¿cuánto se tarda?" is answered ("son un par de minutos") and the greeting asked again in short, not said
  whole twice.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import ScheduleCallback

TO_PLATE = {"es-MX": ["sí", "Rosa Medina", "sí", "setecientos diez", "sí"],
            "en-US": ["yes", "Rose Medina", "yes", "710", "yes"]}
TO_EMAIL = {"es-MX": [*TO_PLATE["es-MX"], "k l m cuatro cinco seis siete", "sí", "treinta", "sí",
                      "r s t uno dos tres cuatro", "sí", "a las nueve de la noche", "sí"],
            "en-US": [*TO_PLATE["en-US"], "k l m 4 5 6 7", "yes", "30", "yes", "r s t 1 2 3 4", "yes", "nine pm",
                      "yes"]}
OFFER = {"es-MX": "le llamo más tarde", "en-US": "call you back later"}


def scheduled(actions: list) -> bool:
    return any(isinstance(a, ScheduleCallback) for a in actions)


@pytest.mark.parametrize(("locale", "later", "to"), [
    ("es-MX", "luego", "plate"), ("es-MX", "al rato", "plate"), ("es-MX", "después", "plate"),
    ("es-MX", "después", "email"), ("es-MX", "al ratito", "email"),
    ("en-US", "later", "plate"), ("en-US", "later on", "email"),
])
async def test_bare_later_at_a_value_question_offers_the_callback_once(daisy: CompiledFlow, locale: str,
                                                                      later: str, to: str) -> None:
    conv = await call(daisy, locale, (TO_PLATE if to == "plate" else TO_EMAIL)[locale])
    asked = conv.step.name
    actions = await conv.user_turn(later)
    assert not conv.ended and not scheduled(actions)
    assert conv.step.name == asked and OFFER[locale] in said(actions)
    actions = await conv.user_turn(later)
    assert conv.ended and scheduled(actions)


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "llámame luego"), ("es-MX", "ahorita no puedo, márcame al rato"), ("en-US", "call me back later"),
    # thanks or a farewell word around "later": the caller takes leave
    ("es-MX", "gracias, luego"), ("es-MX", "no, al rato"), ("en-US", "thanks, later"), ("en-US", "later, man"),
    # the agent addressed as "jefa" or "amiga" as much as "jefe" or "amigo"
    ("es-MX", "luego, jefe"), ("es-MX", "luego, jefa"), ("es-MX", "al rato, amiga"), ("en-US", "later, ma'am"),
])
async def test_later_asked_outright_is_a_callback_at_once(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    actions = await conv.user_turn(turn)
    assert conv.ended and scheduled(actions)


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "sí, luego"), ("es-MX", "sí, al rato"), ("en-US", "yes, later"), ("en-US", "yeah, later"),
])
async def test_yes_and_later_at_a_read_back_confirms_and_offers(daisy: CompiledFlow, locale: str,
                                                                turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes", "Rosa Medina"])
    assert conv.step.name == "registration.full_name.confirm"
    actions = await conv.user_turn(turn)
    assert not conv.ended and not scheduled(actions)
    assert conv.slots["full_name"] == "Rosa Medina"
    assert conv.step.name == "registration.tractor_number.ask" and OFFER[locale] in said(actions)


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "luego"), ("es-MX", "al rato"), ("en-US", "later")])
async def test_later_at_the_greeting_is_not_now(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [turn])
    assert not conv.ended and conv.step.name == "offer_callback"


@pytest.mark.parametrize(("locale", "turn", "answer"), [
    ("es-MX", "¿cuánto se tarda?", "un par de minutos"),
    ("es-MX", "¿y cuánto tiempo es?", "un par de minutos"),
    ("en-US", "how long does it take?", "couple of minutes"),
    ("en-US", "how long is this gonna take?", "couple of minutes"),
])
async def test_how_long_is_answered_and_the_greeting_not_said_twice(daisy: CompiledFlow, locale: str, turn: str,
                                                                    answer: str) -> None:
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "greeting" and answer in reply
    assert "Daisy" not in reply
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.step.name == "registration.full_name.ask"


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "¿cómo estás?"), ("en-US", "how are you doing?")])
async def test_small_talk_at_the_greeting_asks_again_in_short(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "greeting" and reply.count("Daisy") == 1 and reply.endswith("?")


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿cuánto se tarda en llegar la caja?"), ("es-MX", "¿cuánto tiempo se tardan en descargar?"),
    ("es-MX", "¿cuánto tiempo se va a tardar la descarga?"), ("es-MX", "¿cuánto se tardan para que me atiendan?"),
    ("en-US", "how long does it take to unload?"), ("en-US", "how long will it take for the check to clear?"),
    # "¿cuánto es?" with no "tiempo" is how much, as of money
    ("es-MX", "¿cuánto es?"), ("es-MX", "¿cuánto es de la multa?"), ("es-MX", "¿cuánto es lo del diésel?"),
])
async def test_how_long_of_something_else_gets_no_couple_of_minutes(daisy: CompiledFlow, locale: str,
                                                                   turn: str) -> None:
    # how long the unloading or the trailer takes is not the call's length, nor is a price: no minutes promised
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "greeting" and not conv.ended
    assert "par de minutos nada" not in reply and "Just a couple of minutes" not in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿cuánto se tarda en hacer esto?"), ("es-MX", "¿cuánto dura la llamada?"),
    ("es-MX", "¿cuánto tiempo es, señorita?"), ("en-US", "how long will it take to register?"),
])
async def test_how_long_of_the_call_in_other_words_is_answered(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "greeting" and ("un par de minutos" in reply or "couple of minutes" in reply)


@pytest.mark.parametrize(("locale", "busy", "turn", "minutes"), [
    ("es-MX", "voy manejando", "¿cuánto se tarda?", "par de minutos"),
    ("en-US", "I'm driving", "how long will this take?", "couple of minutes"),
])
async def test_how_long_after_busy_at_the_greeting_says_the_minutes_once(daisy: CompiledFlow, locale: str, busy: str,
                                                                         turn: str, minutes: str) -> None:
    conv = await call(daisy, locale, [busy])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "busy_at_greeting" and reply.count(minutes) == 1 and reply.endswith("?")


@pytest.mark.parametrize(("locale", "before", "turn", "question"), [
    ("en-US", ["yes", "Ann Lopez", "yes"], "how long will this take?", "unit number"),
    ("en-US", ["yes"], "How long is this going to take?", "full name"),
    ("en-US", ["yes", "Ann Lopez", "yes"], "how long does this take", "unit number"),
    ("es-MX", ["sí", "Ana López", "sí"], "¿cuánto va a tardar esto?", "número económico"),
    ("es-MX", ["sí"], "oiga, ¿y cuánto dura esto?", "nombre completo"),
])
async def test_how_long_mid_registration_is_answered_in_both_languages(daisy: CompiledFlow, locale: str,
                                                                       before: list[str], turn: str,
                                                                       question: str) -> None:
    """Asked of the call once the registration is under way, it is answered and the question comes back - no
    complaint logged for a supervisor."""
    conv = await call(daisy, locale, before)
    reply = said(await conv.user_turn(turn))
    assert ("par de minutos" in reply or "couple of minutes" in reply) and question in reply, reply
    assert "queja" not in reply and "complaint" not in reply, reply
