"""Three callbacks a listener hears: a whole delay taken back and said again with no figure in it ("en hora y
cuarto... no, en hora y media mejor" = 90, "in an hour, no, in half an hour" = 30); the call sent for with the
Mexican "mandar llamar" ("Mándame llamar en una hora", "me mandas marcar al rato"); and a callback asked for a time
by a caller who is leaving ("Gotta go. Try me. In sixty minutes. Okay?", "Ya me voy. Márcame en una hora"): leaving
is why, the callback is what is asked - no goodbye. A goodbye with no time asked ("Gotta go, bye, call me
sometime"), or someone else who sends for the caller ("mi jefe me manda llamar"), is none."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.understanding import detect_intent

from .call_helpers import at_question

CASES = [
    ("Mándame llamar en hora y cuarto... no, en hora y media mejor.", "es-MX", 90),
    ("Llámame en una hora, no, mejor en hora y media.", "es-MX", 90),
    ("Márcame en media hora, no, en hora y cuarto.", "es-MX", 75),
    ("Call me in an hour, no, in half an hour.", "en-US", 30),
    ("Call me in half an hour... actually, in an hour and a half.", "en-US", 90),
    ("Mándame llamar en una hora.", "es-MX", 60),
    ("Mándeme hablar en veinte minutos, por favor.", "es-MX", 20),
    ("Me mandas marcar al rato, ando cargando.", "es-MX", None),
    ("Gotta go. Try me. In sixty minutes. Okay?", "en-US", 60),
    ("Gotta go. Hit me back in sixty minutes.", "en-US", 60),
    ("Ya me voy. Márcame. En una hora. ¿Sale?", "es-MX", 60),
    ("Me tengo que ir, háblame en una hora.", "es-MX", 60),
    ("¿Me mandas a marcar en una hora?", "es-MX", 60),
]


@pytest.mark.parametrize(("text", "locale", "minutes"), CASES)
def test_the_callback_is_asked_for_that_delay(text: str, locale: str, minutes: int | None) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(("text", "locale", "intent"), [
    ("Gotta go, bye, call me sometime.", "en-US", "end_call"),
    ("Ya quedamos, ahí nos hablamos.", "es-MX", "end_call"),
    ("Bueno, bye, gracias.", "es-MX", "end_call"),
    ("Mi jefe me manda llamar a la oficina.", "es-MX", None),
    ("Me mandan a hablar con usted.", "es-MX", None),
    ("¿Por qué me mandan a hablar con ustedes?", "es-MX", None),
    ("Mi jefe me manda a marcar aquí.", "es-MX", None),
    ("Del patio me mandan a llamar a cada rato.", "es-MX", None),
])
def test_a_goodbye_or_a_call_sent_for_by_another_is_no_callback(text: str, locale: str, intent: str | None) -> None:
    match = detect_intent(text, locale)
    assert (match.name if match is not None else None) == intent


@pytest.mark.parametrize(("text", "locale", "minutes"), [CASES[0], CASES[3], CASES[8], CASES[10]])
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_the_callback_is_made_for_that_delay_in_a_call(text: str, locale: str, minutes: int,
                                                            at_read_back: bool) -> None:
    conv = await at_question("full_name", locale)
    if at_read_back:
        await conv.user_turn("Ana Pérez")
    actions = await conv.user_turn(text)
    asked = [a.minutes for a in actions if isinstance(a, ScheduleCallback)]
    assert conv.ended and asked == [minutes]


@pytest.mark.parametrize("text", ["Me mandan a hablar con usted.", "¿Por qué me mandan a hablar con ustedes?"])
async def test_who_sent_the_caller_never_ends_the_call_for_a_callback(text: str) -> None:
    conv = await at_question("full_name", "es-MX")
    actions = await conv.user_turn(text)
    assert not conv.ended and not [a for a in actions if isinstance(a, ScheduleCallback)]
