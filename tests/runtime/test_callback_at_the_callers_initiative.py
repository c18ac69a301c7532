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
