"""A Daisy call driven to one of its questions, or to the read-back of a wrong answer to it, as the tests of a value
heard in a call drive it: what the agent holds for the read-back (`Conversation.pending`) after the caller's turn."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"

# Each question of Daisy's registration in order, with an answer that gets it confirmed in each language.
_ANSWERS = {
    "es-MX": {"consent": "sí", "yes": "sí", "full_name": "Ana López", "tractor_number": "cuatro cinco dos",
              "tractor_plate": "equis ye ca, uno dos tres cuatro", "trailer_number": "cuatro cinco dos",
              "trailer_plate": "equis ye ca, uno dos tres cuatro", "eta": "a las cinco de la tarde"},
    "en-US": {"consent": "yes", "yes": "yes", "full_name": "Ana Lopez", "tractor_number": "four five two",
              "tractor_plate": "X Y K, one two three four", "trailer_number": "four five two",
              "trailer_plate": "X Y K, one two three four", "eta": "five pm"},
}
_ORDER = ("full_name", "tractor_number", "tractor_plate", "trailer_number", "trailer_plate", "eta", "email")


def at_noon() -> datetime:
    return datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


async def at_question(slot: str, locale: str) -> Conversation:
    """A call at the question for `slot`, every question before it answered and confirmed."""
    answers = _ANSWERS[locale]
    conv = Conversation(compile_flow(load_flow(DAISY)), locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn(answers["consent"])
    for before in _ORDER[: _ORDER.index(slot)]:
        await conv.user_turn(answers[before])
        await conv.user_turn(answers["yes"])
    assert conv.step.slot == slot
    return conv


async def heard_at_question(slot: str, locale: str, turn: str) -> object:
    """What the agent reads back after `turn` said at the question for `slot`."""
    conv = await at_question(slot, locale)
    await conv.user_turn(turn)
    return conv.pending


async def heard_at_read_back(slot: str, locale: str, wrong: str, turn: str) -> object:
    """What the agent reads back after `turn` said at the read-back of the `wrong` answer to `slot`."""
    conv = await at_question(slot, locale)
    await conv.user_turn(wrong)
    assert conv.pending is not None
    await conv.user_turn(turn)
    return conv.pending
