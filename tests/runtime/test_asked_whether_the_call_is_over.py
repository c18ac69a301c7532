"""Asked whether the call is over ("¿Ya?", "¿ya terminamos?", "Is that it?", "are we done?"): a question, answered
where the call is, never a failed answer, nor the goodbye the same words say when they are not asked."""

from __future__ import annotations

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY_EN_TO_SUMMARY = (
    "yes, go ahead", "John Smith", "yes", "four five two", "yes", "a b c one two three four", "yes",
    "twelve hundred", "yes", "x y z nine eight seven six", "yes", "at two thirty in the afternoon", "yes",
    "john dot smith at gmail dot com", "yes",
)
TO_SUMMARY = {"es-MX": DAISY_ES_TO_SUMMARY, "en-US": DAISY_EN_TO_SUMMARY}
YES = {"es-MX": "sí", "en-US": "yes"}


async def at_the_summary(daisy: CompiledFlow, locale: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO_SUMMARY[locale]:
        await conv.user_turn(turn)
    assert conv.step.name == "summary"
    return conv


@pytest.mark.parametrize(("locale", "asked", "answer"), [
    ("es-MX", "¿Ya?", "es lo último"),
    ("es-MX", "¿Ya está?", "es lo último"),
    ("es-MX", "Oiga, ¿ya terminamos?", "es lo último"),
    ("es-MX", "¿Eso es todo, joven?", "es lo último"),
    ("es-MX", "¿Ya me puedo ir?", "es lo último"),
    ("en-US", "Is that it?", "last step"),
    ("en-US", "are we done", "last step"),
    ("en-US", "So is that all?", "last step"),
    ("en-US", "We're done?", "last step"),
])
async def test_asked_at_the_summary_it_is_answered_and_the_yes_no_asked_again_uncounted(
    daisy: CompiledFlow, locale: str, asked: str, answer: str
) -> None:
    conv = await at_the_summary(daisy, locale)
    for _ in range(4):  # more times than the summary has attempts: none is counted
        reply = said(await conv.user_turn(asked))
        assert answer in reply
        assert conv.step.name == "summary" and not conv.ended
        assert conv.attempts() == 0
    # the values are not read out again after a question: the yes/no alone
    assert "452" not in reply and ("¿Todo está correcto?" in reply or "Is all of that correct?" in reply)
    await conv.user_turn(YES[locale])
    assert conv.ended and conv.outcome == "complete"


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, ¿ya terminamos?"), ("es-MX", "Sale, ¿eso es todo?"), ("en-US", "Okay, is that all?"),
    ("en-US", "Yes. Are we done?"),
])
async def test_a_yes_before_the_question_confirms_and_the_goodbye_answers_it(daisy: CompiledFlow, locale: str,
                                                                            turn: str) -> None:
    """The yes said apart confirms the summary (as beside any remark there); the goodbye that follows ("su registro
    quedó guardado") is the answer to whether that was all."""
    conv = await at_the_summary(daisy, locale)
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "complete"


@pytest.mark.parametrize(("locale", "asked"), [
    ("es-MX", "¿ya terminamos?"),
    ("es-MX", "¿Ya terminamos, joven?"),
    ("es-MX", "¿Ya colgamos?"),
    ("en-US", "are we done?"),
    ("en-US", "We're done?"),
    ("en-US", "can I hang up now?"),
])
async def test_a_goodbye_phrase_asked_at_the_greeting_is_no_goodbye(daisy: CompiledFlow, locale: str,
                                                                    asked: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    reply = said(await conv.user_turn(asked))
    assert not conv.ended and conv.step.name == "greeting"
    assert "minut" in reply  # "Todavía no; son un par de minutos", "Not yet; it only takes a couple of minutes"
    await conv.user_turn(YES[locale])
    assert conv.step.name.startswith("registration")


@pytest.mark.parametrize(("locale", "said_so"), [
    ("es-MX", "ya terminamos"), ("es-MX", "Ya terminamos, gracias, adiós."), ("en-US", "we're done"),
    ("en-US", "I'm done, bye"),
])
async def test_the_same_words_said_not_asked_still_end_the_call(daisy: CompiledFlow, locale: str,
                                                                said_so: str) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    await conv.user_turn(said_so)
    assert conv.ended


@pytest.mark.parametrize(("locale", "turns", "question"), [
    # mid-registration: answered, and the question asked again - no attempt spent on it
    ("es-MX", ["sí", "Juan Pérez", "sí", "¿ya terminamos?"], "tractor"),
    ("en-US", ["yes", "John Smith", "yes", "are we done?"], "tractor"),
])
async def test_asked_mid_registration_it_is_answered_and_the_question_asked_again(
    daisy: CompiledFlow, locale: str, turns: list[str], question: str
) -> None:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in turns:
        reply = said(await conv.user_turn(turn))
    assert question in reply.lower() and conv.attempts() == 0 and not conv.ended
