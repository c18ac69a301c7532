"""News of the caller's trip told at a question ("se me ponchó una llanta", "tuve un accidente", "my truck broke
down", "they cut my pay again"): a person says she is sorry to hear it and asks again - at the e-mail and plate
questions it is never address or plate text, at a number question never a "didn't get that", at a read-back the
value stands for the yes that follows. Held up by the police now ("I got pulled over on the highway", "me pararon
los federales"), the caller is busy for the moment: the callback is offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
TO = {
    "es-MX": {
        "tractor_number": ["sí", "Ana López", "sí"],
        "tractor_plate": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
        "email": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "A B C uno dos tres", "/silence", "sí",
                  "siete siete", "sí", "X Y Z nueve nueve", "/silence", "sí", "a las tres de la tarde", "sí"],
    },
    "en-US": {
        "tractor_number": ["yes", "Ana Lopez", "yes"],
        "tractor_plate": ["yes", "Ana Lopez", "yes", "four five two", "yes"],
        "email": ["yes", "Ana Lopez", "yes", "four five two", "yes", "A B C one two three", "/silence", "yes",
                  "seven seven", "yes", "X Y Z nine nine", "/silence", "yes", "at three pm", "yes"],
    },
}
SORRY = {"es-MX": "lo siento", "en-US": "sorry to hear"}
NEWS = {
    "es-MX": ["mi camión se descompuso", "tuve un accidente", "se me ponchó una llanta",
              "se nos descompuso la troca y estamos esperando la grúa", "me chocaron en la carretera",
              "me bajaron el sueldo otra vez"],
    "en-US": ["my truck broke down", "I had an accident", "I got a flat tire", "they cut my pay again",
              "the reefer quit on me", "somebody rear ended me"],
}


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


async def at(daisy: CompiledFlow, locale: str, slot: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO[locale][slot]:
        await (conv.silence() if turn == "/silence" else conv.user_turn(turn))
    assert conv.step.name == f"registration.{slot}.ask"
    return conv


@pytest.mark.parametrize("slot", ["email", "tractor_plate", "tractor_number"])
@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_news_at_a_question_is_answered_as_news_and_the_question_asked_again(
        daisy: CompiledFlow, locale: str, slot: str) -> None:
    for turn in NEWS[locale]:
        conv = await at(daisy, locale, slot)
        reply = said(await conv.user_turn(turn))
        assert SORRY[locale] in reply.lower(), (turn, reply)
        assert conv.step.name == f"registration.{slot}.ask", turn
        assert "Llevo" not in reply and "so far" not in reply and "despacio" not in reply \
            and "slowly" not in reply, (turn, reply)


@pytest.mark.parametrize(("locale", "news", "address", "read"), [
    ("es-MX", "se me ponchó una llanta", "juan arroba gmail punto com", "juan arroba gmail punto com"),
    ("en-US", "my truck broke down on the interstate", "john at gmail dot com", "john at gmail dot com"),
])
async def test_the_address_after_the_news_is_taken_whole(daisy: CompiledFlow, locale: str, news: str, address: str,
                                                         read: str) -> None:
    conv = await at(daisy, locale, "email")
    await conv.user_turn(news)
    reply = said(await conv.user_turn(address))
    assert conv.step.name == "registration.email.confirm"
    assert read in reply


@pytest.mark.parametrize(("locale", "address", "news", "yes"), [
    ("es-MX", "juan arroba gmail punto com", "tuve un accidente", "sí"),
    ("en-US", "john at gmail dot com", "my truck broke down", "yes"),
])
async def test_news_at_the_read_back_keeps_the_value_for_the_yes(daisy: CompiledFlow, locale: str, address: str,
                                                                 news: str, yes: str) -> None:
    conv = await at(daisy, locale, "email")
    await conv.user_turn(address)
    reply = said(await conv.user_turn(news))
    assert SORRY[locale] in reply.lower()
    assert conv.step.name == "registration.email.confirm"
    await conv.user_turn(yes)
    assert conv.step.name == "summary"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "se me ponchó una llanta, es la cuatro cinco dos"),
    ("en-US", "my truck broke down, it's four five two"),
])
async def test_news_beside_the_answer_leaves_the_answer_to_be_read_back(daisy: CompiledFlow, locale: str,
                                                                         turn: str) -> None:
    conv = await at(daisy, locale, "tractor_number")
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.tractor_number.confirm"
    assert "452" in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "me pararon los federales"),
    ("es-MX", "nos detuvieron unos militares"),
    ("en-US", "I got pulled over on the highway"),
    ("en-US", "I just got pulled over"),
])
@pytest.mark.parametrize("slot", ["email", "tractor_plate"])
async def test_stopped_by_the_police_is_busy_and_the_callback_offered(daisy: CompiledFlow, locale: str, turn: str,
                                                                      slot: str) -> None:
    conv = await at(daisy, locale, slot)
    reply = said(await conv.user_turn(turn))
    assert ("llamo más tarde" if locale == "es-MX" else "call you back later") in reply, reply
    assert conv.step.name == f"registration.{slot}.ask"
