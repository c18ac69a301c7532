"""At the offer of a callback in so many minutes, a delay said alone is the callback the caller wants.

"¿Le parece si le llamo en 15 minutos?" - "Treinta": the caller takes the callback and names its delay, as a
listener hears it - the callback is set for 30 minutes, not the offer asked again. So for a number with the words
around a delay ("mejor en cuarenta", "make it thirty") and a duration said alone ("media hora", "an hour"). A bare
number anywhere else is no callback (at the tractor question it is the tractor number).
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import OpenQuestion, detect_intent

BUSY = {"es-MX": "ahorita no puedo, llámame más tarde", "en-US": "I'm busy, call me later"}
OFFER = {"es-MX": "le llamo en 15 minutos", "en-US": "call you back in 15 minutes"}
CALLBACK = {"es-MX": "le llamo en {} minutos", "en-US": "call you back in {} minutes"}


@pytest.mark.parametrize(("locale", "delay", "minutes"), [
    ("es-MX", "Treinta", 30), ("es-MX", "treinta.", 30), ("es-MX", "Mejor en cuarenta", 40),
    ("es-MX", "No, como en veinte", 20), ("es-MX", "media hora", 30), ("es-MX", "Una hora.", 60),
    ("es-MX", "45", 45),
    ("en-US", "Thirty", 30), ("en-US", "Thirty minutes.", 30), ("en-US", "Make it forty", 40),
    ("en-US", "an hour", 60), ("en-US", "Half an hour.", 30),
])
async def test_a_delay_said_alone_at_the_offer_is_the_callback_then(
        daisy: CompiledFlow, locale: str, delay: str, minutes: int) -> None:
    conv = await call(daisy, locale, [])
    assert OFFER[locale] in said(await conv.user_turn(BUSY[locale]))
    reply = said(await conv.user_turn(delay))
    assert CALLBACK[locale].format(minutes) in reply
    assert conv.state.ended


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "sí"), ("en-US", "sure")])
async def test_a_yes_at_the_offer_takes_the_delay_offered(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [BUSY[locale]])
    assert CALLBACK[locale].format(15) in said(await conv.user_turn(turn))


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "dos"), ("es-MX", "mil"), ("en-US", "two")])
async def test_a_number_no_delay_is_not_taken_as_one(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [BUSY[locale]])
    await conv.user_turn(turn)
    assert not conv.state.ended


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Treinta"), ("es-MX", "media hora"), ("en-US", "Thirty")])
def test_a_delay_alone_is_no_callback_where_none_is_offered(locale: str, turn: str) -> None:
    assert detect_intent(turn, locale, question=OpenQuestion(listen="yes_no")) is None
    offered = detect_intent(turn, locale, question=OpenQuestion(listen="yes_no", offers_callback=True))
    assert offered is not None and offered.name == "reschedule"
