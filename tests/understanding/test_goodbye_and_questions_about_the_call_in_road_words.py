"""The road's farewell "ahí te ves" ends the call ("Ya estuvo, no tengo nada que darte, ahí te ves."); where the
agent said she calls from, asked back ("Hold up, where'd you say you're calling from?", "¿de dónde dijiste que
hablas?"), and what she is, in the road's words ("You one of them AI voices or what?", "¿Es voz de computadora?"),
are questions about the call: a person says who she is and goes on. Traps: "te ves cansado", an AI dashcam."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


def _heard(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match is not None else None


@pytest.mark.parametrize("text", ["Ya estuvo, no tengo nada que darte, ahí te ves.", "Sale, ahí te ves, compa."])
def test_ahi_te_ves_takes_leave(text: str) -> None:
    assert _heard(text, "es-MX") == "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("Hold up, where'd you say you're calling from?", "en-US"),
    ("Where did you say you were calling from?", "en-US"),
    ("¿De dónde dijiste que hablas?", "es-MX"),
    ("You one of them AI voices or what?", "en-US"),
    ("You one of them robots?", "en-US"),
    ("¿Es voz de computadora?", "es-MX"),
])
def test_a_question_about_the_call(text: str, locale: str) -> None:
    assert _heard(text, locale) == "off_topic"


@pytest.mark.parametrize(("text", "locale"), [
    ("Te ves cansado en la foto.", "es-MX"),
    ("I got the AI dashcam installed last week.", "en-US"),
])
def test_words_of_the_road_alone_are_neither(text: str, locale: str) -> None:
    assert _heard(text, locale) not in ("end_call", "off_topic")


@pytest.mark.parametrize(("text", "locale"), [
    ("Hold up, where'd you say you're calling from?", "en-US"),
    ("You one of them AI voices or what?", "en-US"),
])
async def test_the_agent_says_who_she_is_and_goes_on(text: str, locale: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    said = " ".join(getattr(a, "text", "") for a in actions if type(a).__name__ == "Say")
    assert not conv.ended and "Daisy" in said and "unit number" in said


async def test_ahi_te_ves_ends_the_call_at_a_read_back() -> None:
    conv = await at_question("tractor_number", "es-MX")
    await conv.user_turn("cuatro cinco dos")
    await conv.user_turn("Ya estuvo, no tengo nada que darte, ahí te ves.")
    assert conv.ended
