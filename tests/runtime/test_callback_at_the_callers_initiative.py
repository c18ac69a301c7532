"""The caller who says he will call himself is told Daisy waits for his call, with a callback kept in case.

"Ahorita lo busco y te marco", "yo te marco", "I'll call you back": the caller calls, not Daisy - so Daisy says she
waits for his call and, should they miss each other, that she calls in so many minutes (the callback stays set:
the registration is never left to the caller's memory). At the greeting such a turn is taken as said, not
answered with "¿Le parece si le llamo en 15 minutos?". A caller who asks to be called ("llámame más tarde") is
called back as always.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import ScheduleCallback

WAITS = {"es-MX": "quedo al pendiente de su llamada", "en-US": "I'll wait for your call"}
CALLS = {"es-MX": "le llamo yo en {}", "en-US": "I'll call you in {}"}


async def _last(daisy: CompiledFlow, locale: str, turns: list[str]) -> tuple[str, list]:
    conv = await call(daisy, locale, turns[:-1])
    out = await conv.user_turn(turns[-1])
    assert conv.state.ended
    return said(out), out


@pytest.mark.parametrize(("locale", "turns", "minutes"), [
    ("es-MX", ["sí", "Juan Pérez", "sí", "ahorita lo busco y te marco"], 15),
    ("es-MX", ["sí", "yo te marco en media hora"], 30),
    ("es-MX", ["sí, y te marco"], 15),
    ("es-MX", ["ahorita no puedo, luego te marco"], 15),
    ("es-MX", ["voy a hablar con mi despachador y te marco"], 15),
    ("en-US", ["let me talk to my dispatcher and I'll call you back"], 15),
    ("en-US", ["yes", "let me find it and I'll call you back"], 15),
    ("en-US", ["I'll call you back"], 15),
])
async def test_the_callers_own_callback_is_waited_for_and_kept_in_case(
        daisy: CompiledFlow, locale: str, turns: list[str], minutes: int) -> None:
    reply, out = await _last(daisy, locale, turns)
    assert WAITS[locale] in reply and CALLS[locale].format(minutes) in reply
    assert any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turns"), [
    ("es-MX", ["sí", "Juan Pérez", "sí", "márcame en una hora"]), ("en-US", ["yes", "call me back in an hour"]),
])
async def test_a_callback_asked_for_is_no_wait_for_the_caller(daisy: CompiledFlow, locale: str,
                                                              turns: list[str]) -> None:
    reply, _ = await _last(daisy, locale, turns)
    assert WAITS[locale] not in reply and "60" in reply


@pytest.mark.parametrize(("locale", "turns", "when"), [
    ("es-MX", ["sí", "te marco mañana"], "le llamo yo entonces"),
    ("es-MX", ["sí", "Juan Pérez", "sí", "yo te marco en tres horas"], "le llamo yo en unas 3 horas"),
    ("es-MX", ["sí", "yo le regreso la llamada el lunes"], "le llamo yo entonces"),
    ("en-US", ["yes", "I'll call you tomorrow"], "I'll call you then"),
    ("en-US", ["I can call you back in two hours"], "I'll call you in about 2 hours"),
    # "te llamo", "le llamo" with when, even at the greeting: the caller calls ("¿cómo le llamo?" only names)
    ("es-MX", ["te llamo el lunes"], "le llamo yo entonces"),
    ("es-MX", ["no puedo ahorita, le llamo mañana temprano"], "le llamo yo entonces"),
    ("es-MX", ["sí", "Juan Pérez", "sí", "les llamo el fin de semana"], "le llamo yo entonces"),
    ("en-US", ["I'll call you Monday"], "I'll call you then"),
    ("en-US", ["yes", "Ana Lopez", "yes", "I'll call you back in an hour and a half"],
     "I'll call you in about 2 hours"),
])
async def test_the_callers_own_callback_far_off_is_said_in_hours_or_as_he_said(
        daisy: CompiledFlow, locale: str, turns: list[str], when: str) -> None:
    # "te marco mañana": the wait is told as the agent's own callbacks are ("en unas 3 horas", "entonces"), never
    # "le llamo yo en 1200 minutos"
    reply, _ = await _last(daisy, locale, turns)
    assert WAITS[locale] in reply and when in reply
    assert "00 min" not in reply and not any(f"{n} min" in reply for n in range(90, 10000))


@pytest.mark.parametrize(("locale", "turns", "minutes"), [
    ("es-MX", ["déjame le hablo a mi jefe y me marcas en diez"], 10),
    ("es-MX", ["sí", "le marco a mi despachador y me hablas en media hora"], 30),
    ("es-MX", ["ahorita le hablo a mi esposa, márcame en veinte"], 20),
    ("es-MX", ["sí", "Juan Pérez", "sí", "le hablo al despachador y luego me llamas"], 15),
    ("en-US", ["yes", "I'll call you back, or just call me in ten"], 10),
])
async def test_a_call_to_someone_else_with_a_callback_asked_is_no_wait_for_the_caller(
        daisy: CompiledFlow, locale: str, turns: list[str], minutes: int) -> None:
    # "le hablo a mi jefe y me marcas en diez": the caller calls his boss and asks Daisy to call - she calls, she
    # does not wait for a call he never promised
    reply, out = await _last(daisy, locale, turns)
    assert WAITS[locale] not in reply and str(minutes) in reply
    assert any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turns", "minutes"), [
    ("en-US", ["yes", "Ana Lopez", "yes", "I'll call dispatch and call you back"], 15),
    ("en-US", ["yes", "I need to ask my wife and I'll call you back in twenty minutes"], 20),
    ("en-US", ["I have to find the papers then call you back"], 15),
])
async def test_the_callers_errand_then_his_own_call_with_one_subject_is_waited_for(
        daisy: CompiledFlow, locale: str, turns: list[str], minutes: int) -> None:
    # "I'll call dispatch and call you back": the caller calls back - never booked as Daisy's call alone
    reply, out = await _last(daisy, locale, turns)
    assert WAITS[locale] in reply and CALLS[locale].format(minutes) in reply
    assert any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turns", "minutes"), [
    ("es-MX", ["sí", "Ana López", "sí", "no hay nadie, ¿puede marcar en una hora?"], 60),
    ("es-MX", ["sí", "Ana López", "sí", "aquí no está nadie, ¿podría llamar en media hora?"], 30),
    ("es-MX", ["sí", "Ana López", "sí", "que me llame mi despachador… no, llámame tú en una hora"], 60),
    ("es-MX", ["mejor que me llame el despachador... no, mejor márcame tú en media hora"], 30),
    ("en-US", ["yes", "Ana Lopez", "yes", "have my dispatcher call me... no, you call me in an hour"], 60),
])
async def test_a_callback_asked_after_nobody_there_or_another_request_taken_back_keeps_its_time(
        daisy: CompiledFlow, locale: str, turns: list[str], minutes: int) -> None:
    reply, out = await _last(daisy, locale, turns)
    assert WAITS[locale] not in reply and str(minutes) in reply, reply
    assert any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turns"), [
    ("en-US", ["yes", "let me check with my boss and get back to you"]),
    ("en-US", ["yes", "Ann Lopez", "yes", "let me ask dispatch and I'll get back to you"]),
    ("en-US", ["I gotta talk to my driver manager and get right back to you"]),
    ("es-MX", ["sí", "déjame preguntarle a mi jefe y te aviso"]),
    ("es-MX", ["sí", "Ana López", "sí", "deja checo con el despachador y ahorita le aviso"]),
])
async def test_an_errand_then_getting_back_in_touch_is_the_callers_own_call(daisy: CompiledFlow, locale: str,
                                                                            turns: list[str]) -> None:
    # he will be in touch once he has asked: Daisy waits for it, and calls in case he does not - no "didn't catch that"
    reply, out = await _last(daisy, locale, turns)
    assert WAITS[locale] in reply and CALLS[locale].format(15) in reply, reply
    assert any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turns", "minutes"), [
    ("es-MX", ["sí", "que me llame mi jefe, no, mejor yo le marco"], 15),
    ("es-MX", ["sí", "Ana López", "sí", "que te marque mi despachador... no, yo te marco en media hora"], 30),
    ("es-MX", ["mejor que te llame mi esposa, no, mejor yo te hablo al rato"], 15),
    ("en-US", ["yes", "have my boss call you, no, actually I'll call you back"], 15),
    ("en-US", ["yes", "Ana Lopez", "yes", "my dispatcher will call you... no, I'll call you back in an hour"], 60),
])
async def test_someone_elses_call_taken_back_for_the_callers_own_is_waited_for(
        daisy: CompiledFlow, locale: str, turns: list[str], minutes: int) -> None:
    # the call said last is the one meant: the caller's own, so Daisy waits for it (and calls in case he does not)
    reply, out = await _last(daisy, locale, turns)
    assert WAITS[locale] in reply and CALLS[locale].format(minutes) in reply, reply
    assert any(isinstance(action, ScheduleCallback) for action in out)


@pytest.mark.parametrize(("locale", "turns", "booked"), [
    ("es-MX", ["sí", "márcame mañana, no, bye"], "mañana"),
    ("es-MX", ["sí", "Ana López", "sí", "llámame en una hora, no, adiós"], "60"),
    ("es-MX", ["márcame en media hora... no, ya me voy, bye"], "30"),
    ("en-US", ["yes", "call me tomorrow, no, bye"], "tomorrow"),
    ("en-US", ["yes", "Ana Lopez", "yes", "call me back in an hour, no? bye"], "60"),
])
async def test_a_callback_then_a_tag_no_and_a_goodbye_is_booked(daisy: CompiledFlow, locale: str, turns: list[str],
                                                               booked: str) -> None:
    # a lone "no" between a callback and a goodbye is the tag "¿no?" with its marks lost: the callback stands
    reply, out = await _last(daisy, locale, turns)
    assert booked in reply and any(isinstance(action, ScheduleCallback) for action in out), reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "márcame mañana, no, mejor adiós"),
    ("es-MX", "llámame en una hora... no, no, bye"),
    ("es-MX", "márcame mañana, no, ya no me llames, adiós"),
    ("en-US", "call me tomorrow, no, actually bye"),
])
async def test_a_callback_taken_back_for_a_goodbye_books_nothing(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    out = await conv.user_turn(turn)
    assert conv.state.ended and not any(isinstance(action, ScheduleCallback) for action in out), said(out)


@pytest.mark.parametrize("turn", ["nadie puede llamar en la noche", "¿quién más puede llamar?"])
async def test_trap_nobody_as_the_subject_of_the_call_asks_no_callback(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    await conv.user_turn(turn)
    assert not conv.state.ended


TO_TRAILER_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí"]
TO_TRAILER_EN = ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes"]
TO_ETA_ES = [*TO_TRAILER_ES, "mil", "sí", "x y z novecientos ochenta y siete", "sí"]
TO_ETA_EN = [*TO_TRAILER_EN, "one thousand", "yes", "XYZ 987", "yes"]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "márcame mañana. No, ya no, adiós"),
    ("es-MX", "llámame en una hora... no, olvídalo, bye"),
    ("es-MX", "márcame al rato, no, ya no es necesario, bye"),
    ("en-US", "call me tomorrow. No. Never mind, bye"),
    ("en-US", "call me back in an hour, no, forget it, bye"),
    ("es-MX", "márcame mañana, no, gracias, bye"),
    ("es-MX", "llámame en una hora, no, muchas gracias, adiós"),
    ("en-US", "call me tomorrow, no, thanks, bye"),
    ("en-US", "call me back later, no, thank you, bye"),
])
async def test_a_callback_taken_back_in_words_after_the_no_books_nothing(daisy: CompiledFlow, locale: str,
                                                                        turn: str) -> None:
    # more than the goodbye after the "no" ("ya no", "olvídalo", "never mind"): the callback is taken back
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes"])
    out = await conv.user_turn(turn)
    assert conv.state.ended and not any(isinstance(action, ScheduleCallback) for action in out), said(out)


@pytest.mark.parametrize("turn", ["voy a llegar a las cinco y le aviso", "voy a estar ahí a las cinco y te aviso",
                                  "voy a llegar como a las cinco y ya le confirmo"])
async def test_an_arrival_time_then_i_let_you_know_is_the_arrival_time(daisy: CompiledFlow, turn: str) -> None:
    # arriving is no errand to call back after: the time is the answer, read back - no callback, the call goes on
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    assert conv.step.slot == "eta"
    out = await conv.user_turn(turn)
    assert conv.step.name == "registration.eta.confirm" and not conv.state.ended, said(out)
    assert not any(isinstance(action, ScheduleCallback) for action in out)
