"""A turn that is the value just confirmed said again ("uno dos tres cuatro" at the trailer number after tractor plates
XYK-1234, "four five two" at the plates after tractor 452) is asked again without counting an attempt - and the
question now says why ("Eso coincide con las placas del tractor, que ya tengo; si es igual, repítamelo."), so a
caller whose trailer number really is the plate's digits is not left repeating it to a bare question. Said once
more, it is that question's answer."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_THE_TRAILER = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "equis ye ca, uno dos tres cuatro", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "X Y K, one two three four", "yes"],
}
WHY = {"es-MX": "Eso coincide con las placas del tractor", "en-US": "That matches the tractor's plates"}


@pytest.mark.parametrize(("locale", "again"), [
    ("es-MX", "uno dos tres cuatro"), ("es-MX", "mil doscientos treinta y cuatro"),
    ("en-US", "one two three four"), ("en-US", "twelve thirty four"),
])
async def test_the_plates_digits_at_the_trailer_number_are_asked_again_saying_why_then_taken(
        daisy: CompiledFlow, locale: str, again: str) -> None:
    conv = await call(daisy, locale, TO_THE_TRAILER[locale])
    assert conv.step.slot == "trailer_number"
    reply = said(await conv.user_turn(again))
    assert WHY[locale] in reply and conv.step.slot == "trailer_number" and conv.attempts() == 0
    await conv.user_turn(again)
    assert conv.pending == "1234"


@pytest.mark.parametrize(("locale", "turns", "again", "why"), [
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"], "cuatro cinco dos", "el número del tractor"),
    ("en-US", ["yes", "Ana Lopez", "yes", "four five two", "yes"], "four five two", "the tractor's number"),
])
async def test_the_number_said_again_at_the_plates_names_the_number(daisy: CompiledFlow, locale: str,
                                                                    turns: list[str], again: str, why: str) -> None:
    conv = await call(daisy, locale, turns)
    reply = said(await conv.user_turn(again))
    assert why in reply and conv.step.slot == "tractor_plate"


async def test_a_question_asked_again_for_another_reason_says_no_why(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_THE_TRAILER["es-MX"])
    reply = said(await conv.user_turn("espérame tantito"))
    assert "coincide" not in reply and conv.step.slot == "trailer_number"


@pytest.mark.parametrize(("locale", "again", "held"), [
    ("es-MX", "ponle a las cinco de la tarde", "La hora de llegada ya la tengo."),
    ("en-US", "put five pm", "I already have your arrival time."),
])
async def test_the_arrival_time_said_again_at_the_email_is_only_said_to_be_held(
        daisy: CompiledFlow, locale: str, again: str, held: str) -> None:
    # no address can be the same as a time: never "if it's the same, say it again"
    turns = {"es-MX": [*TO_THE_TRAILER["es-MX"], "cuatro cinco tres", "sí", "equis ye ca, uno dos tres cinco", "sí",
                       "a las cinco de la tarde", "sí"],
             "en-US": [*TO_THE_TRAILER["en-US"], "four five three", "yes", "X Y K, one two three five", "yes",
                       "five pm", "yes"]}[locale]
    conv = await call(daisy, locale, turns)
    assert conv.step.slot == "email"
    reply = said(await conv.user_turn(again))
    assert held in reply and "coincide" not in reply and "matches" not in reply and conv.step.slot == "email"
