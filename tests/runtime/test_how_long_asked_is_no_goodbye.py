"""A caller who asks how long the call takes ("¿cuánto nos vamos a tardar en esto?") is asking, not leaving: the
words only sound like a goodbye of the list ("ya nos vamos"). The call goes on, at any question; a goodbye said
outright still ends it."""

from __future__ import annotations

import pytest
from runtime_helpers import said

from daisy_engine import understanding
from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_ARRIVAL = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí"]


@pytest.mark.parametrize("turn", [
    "oiga y cuanto nos vamos a tardar en esto",
    "¿Cuánto nos vamos a tardar en esto?",
    "Oiga, ¿y cuánto nos vamos a tardar?",
    "¿Y cuánto nos vamos a tardar con esto, señorita?",
])
def test_how_long_asked_is_no_goodbye(turn: str) -> None:
    found = understanding.detect_intent(turn, "es-MX")
    assert found is None or found.name != "end_call"


@pytest.mark.parametrize("turn", ["oiga y cuanto nos vamos a tardar en esto", "¿Cuánto nos vamos a tardar en esto?"])
async def test_how_long_asked_at_the_arrival_question_keeps_the_call(daisy: CompiledFlow, turn: str) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for text in TO_ARRIVAL:
        await conv.user_turn(text)
    assert conv.step.slot == "eta"
    reply = said(await conv.user_turn(turn))
    assert not conv.step.final and conv.step.slot == "eta", reply
    assert "5" in said(await conv.user_turn("a las cinco de la tarde"))  # the time is taken and read back


@pytest.mark.parametrize("turn", ["ya nos vamos, gracias", "ya me voy, bye"])
def test_a_goodbye_said_outright_still_ends(turn: str) -> None:
    found = understanding.detect_intent(turn, "es-MX")
    assert found is not None and found.name == "end_call"
