"""Intents said in more shapes: the question asked for again, or the caller's mind elsewhere said alone ("¿otra vez
la pregunta? me distraje", "sorry, I got distracted": repeat); which of the company's offices they are ("¿ustedes son
los de Querétaro o los de San Luis?", "are you guys the Dallas office or the Tulsa one?": off_topic); charged out of
the caller's own pocket ("otra vez me cobraron la caseta de mi bolsa": complaint, after a yes too); thanks closed with
a wish of well ("órale, gracias, jefa, que esté bien", "thanks ma'am, be well": end_call). A yes whose "but" only
says the caller has to go ("sí, correcto, pero ya me tengo que ir") is still a yes."""

from __future__ import annotations

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import classify_yes_no, detect_intent

from .call_helpers import DAISY, at_noon, at_question


def _intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Este... ¿otra vez la pregunta? Me distraje.", "es-MX", "repeat"),
        ("¿La pregunta otra vez, joven?", "es-MX", "repeat"),
        ("Perdón, me distraje.", "es-MX", "repeat"),
        ("Uh... the question again? I got distracted.", "en-US", "repeat"),
        ("Sorry, I got distracted.", "en-US", "repeat"),
        ("¿Ustedes son los de Querétaro o los de San Luis?", "es-MX", "off_topic"),
        ("¿Son ustedes los de Monterrey?", "es-MX", "off_topic"),
        ("Are you guys the Dallas office or the Tulsa one?", "en-US", "off_topic"),
        ("Are y'all the Laredo branch?", "en-US", "off_topic"),
        ("Sí soy yo, y oye, otra vez me cobraron la caseta de mi bolsa.", "es-MX", "complaint"),
        ("Me descontaron el diésel de mi bolsa.", "es-MX", "complaint"),
        ("They charged me for the toll out of my own pocket again.", "en-US", "complaint"),
        ("Órale, gracias, jefa, que esté bien.", "es-MX", "end_call"),
        ("Sale, gracias joven, que estén bien.", "es-MX", "end_call"),
        ("Alright, thanks ma'am, be well.", "en-US", "end_call"),
    ],
)
def test_the_intent_is_heard(said: str, locale: str, expected: str) -> None:
    assert _intent(said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        # a story of the road, how a toll was paid, a wish about something else
        ("Me distraje y me pasé la salida.", "es-MX"),
        ("I got distracted and missed my exit.", "en-US"),
        ("Me cobraron la caseta con mi tarjeta.", "es-MX"),
        ("Nomás quiero que esté bien.", "es-MX"),
    ],
)
def test_trap_the_same_words_about_something_else_are_no_intent(said: str, locale: str) -> None:
    assert _intent(said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Sí, sí, correcto, pero ya me tengo que ir, eh.", "es-MX", "yes"),
        ("Sí, correcto, pero ya me voy.", "es-MX", "yes"),
        ("Yes, that's right, but I gotta go.", "en-US", "yes"),
        ("Yeah, but I really need to go now.", "en-US", "yes"),
        # a "but" that says more than leaving still holds the yes back
        ("Sí, pero ya me tengo que ir, la ce está mal.", "es-MX", None),
        ("Yes but I gotta go to the dock and the plate is wrong.", "en-US", None),
    ],
)
def test_a_yes_whose_but_only_says_the_caller_has_to_go(said: str, locale: str, expected: str | None) -> None:
    assert classify_yes_no(said, locale).answer == expected


@pytest.mark.parametrize(
    ("said", "locale", "step"),
    [
        ("Este... ¿otra vez la pregunta? Me distraje.", "es-MX", "registration.tractor_number.ask"),
        ("Uh... the question again? I got distracted.", "en-US", "registration.tractor_number.ask"),
        ("¿Ustedes son los de Querétaro o los de San Luis?", "es-MX", "registration.tractor_number.ask"),
        ("Are you guys the Dallas office or the Tulsa one?", "en-US", "registration.tractor_number.ask"),
        ("Órale, gracias, jefa, que esté bien.", "es-MX", "caller_ends"),
    ],
)
async def test_at_a_question_the_intent_is_handled(said: str, locale: str, step: str) -> None:
    conv = await at_question("tractor_number", locale)
    outs = await conv.user_turn(said)
    assert conv.step.name == step
    if step.endswith(".ask"):
        # asked again (after the answer about the company, for off_topic)
        assert any("tractor" in getattr(o, "text", "") for o in outs)


async def test_a_complaint_after_the_yes_to_who_it_is_is_logged_and_the_call_goes_on() -> None:
    conv = Conversation(compile_flow(load_flow(DAISY)), locale="es-MX", store=MemoryStore(), clock=at_noon)
    await conv.start()
    outs = await conv.user_turn("Sí soy yo, y oye, otra vez me cobraron la caseta de mi bolsa.")
    assert any(getattr(o, "name", "") == "log_complaint" for o in outs)
    assert conv.step.name == "registration.full_name.ask"
