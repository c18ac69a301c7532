"""At the summary, two values (or more) named wrong in one breath ("no, el número de la caja y la hora", "the trailer
plates and the e-mail") are fixed one after the other: the first is asked, and once it is confirmed the next is asked
straight away (the summary is not read in between, the caller already said what comes next); then the summary. Named
as alike as each other ("el nombre y el correo"), the first said goes first - never "no le entendí"."""

from __future__ import annotations

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, call, said

from daisy_engine.compiler import CompiledFlow

TO_SUMMARY_EN = ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes",
                 "at five pm", "yes", "ann at gmail dot com", "yes"]
ANSWERS = {"trailer_number": ("cuarenta", "40"), "eta": ("a las diez de la noche", "22:00"),
           "full_name": ("Rosa María Medina", "Rosa María Medina"), "email": ("rosa arroba gmail punto com",
                                                                             "rosa@gmail.com"),
           "trailer_plate": ("x y z uno dos tres cuatro", "XYZ-1234"), "tractor_number": ("setecientos", "700")}
ANSWERS_EN = {"trailer_plate": ("k l m 5 5 5 5", "KLM-5555"), "email": ("bob at gmail dot com", "bob@gmail.com"),
              "tractor_number": ("700", "700"), "eta": ("ten pm", "22:00")}


@pytest.mark.parametrize(("locale", "turns", "fixed"), [
    ("es-MX", ["no, el número de la caja y la hora"], ["trailer_number", "eta"]),
    ("es-MX", ["no", "el número de la caja y la hora"], ["trailer_number", "eta"]),
    ("es-MX", ["no, el nombre y el correo"], ["full_name", "email"]),
    ("es-MX", ["no, están mal las placas de la caja, el número del tractor y la hora"],
     ["trailer_plate", "tractor_number", "eta"]),
    ("en-US", ["no", "the trailer plates and the e-mail"], ["trailer_plate", "email"]),
    ("en-US", ["no, the tractor number and the time"], ["tractor_number", "eta"]),
])
async def test_every_value_named_wrong_at_the_summary_is_fixed_in_turn(daisy: CompiledFlow, locale: str,
                                                                       turns: list[str], fixed: list[str]) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    answers = ANSWERS if locale == "es-MX" else ANSWERS_EN
    conv = await call(daisy, locale, list(DAISY_ES_TO_SUMMARY) if locale == "es-MX" else TO_SUMMARY_EN)
    assert conv.step.name == "summary"
    for turn in turns:
        await conv.user_turn(turn)
    for slot in fixed:
        assert conv.step.name == f"registration.{slot}.ask", (slot, conv.step.name)
        await conv.user_turn(answers[slot][0])
        reply = said(await conv.user_turn(yes))
        assert conv.slots[slot] == answers[slot][1], slot
    assert conv.step.name == "summary" and not conv.ended, reply
    await conv.user_turn(yes)
    assert conv.ended and conv.outcome == "complete"
