"""A "no" at the summary that names the value that is wrong goes to that value at once.

"No, the trailer number is wrong" at "Is all of that correct?" already says which detail: Daisy asks for the
trailer number again, not "Which detail is wrong?" (the caller would only say it again, and a caller who thinks
he said it hears a loop). So for a "no" in other words ("El número de la caja está mal") and a bare name after
the no ("No, la hora"). A plain "no", or a "no" that names nothing, asks which detail as always.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_SUMMARY = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí", "ana arroba gmail punto com", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "a b c one two three four", "yes", "one thousand",
              "yes", "x y z nine eight seven six", "yes", "at five", "yes", "ana at gmail dot com", "yes"],
}
WHICH = {"es-MX": "Qué dato está mal", "en-US": "Which detail is wrong"}


@pytest.mark.parametrize(("locale", "turn", "slot"), [
    ("es-MX", "No, el correo está mal", "email"), ("es-MX", "No, la hora", "eta"),
    ("es-MX", "El número de la caja está mal", "trailer_number"), ("es-MX", "No, el nombre.", "full_name"),
    ("es-MX", "No, las placas del tractor", "tractor_plate"),
    ("en-US", "No, the trailer number is wrong", "trailer_number"), ("en-US", "Nope, the time.", "eta"),
    ("en-US", "The tractor plates are wrong", "tractor_plate"), ("en-US", "No, my name", "full_name"),
])
async def test_a_no_naming_the_wrong_value_asks_for_that_value(
        daisy: CompiledFlow, locale: str, turn: str, slot: str) -> None:
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    assert conv.step.name == "summary"
    reply = said(await conv.user_turn(turn))
    assert WHICH[locale] not in reply
    assert conv.step.slot == slot and conv.step.kind == "ask"


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "no"), ("es-MX", "No."), ("en-US", "no"),
                                              ("en-US", "Nope.")])
async def test_a_plain_no_asks_which_value(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    assert WHICH[locale] in said(await conv.user_turn(turn))
    assert conv.step.name == "which_field"


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "No email."), ("en-US", "no, email"), ("en-US", "sorry, no email"), ("en-US", "I don't have an email"),
    ("es-MX", "No tengo correo"), ("es-MX", "no, el correo"),
])
async def test_the_email_named_at_which_detail_is_wrong_is_asked_again(daisy: CompiledFlow, locale: str,
                                                                       turn: str) -> None:
    # "Which detail is wrong?" - "No email": the e-mail is the wrong detail, never "Sorry, I didn't get that" (the
    # words of an e-mail one has none of put nothing off at a question that skips nothing)
    conv = await call(daisy, locale, [*TO_SUMMARY[locale], "no"])
    assert conv.step.name == "which_field"
    await conv.user_turn(turn)
    assert conv.step.slot == "email" and conv.step.kind == "ask"


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "no, the name is fine"), ("en-US", "No, the name is correct."), ("en-US", "no, my name is right"),
    ("en-US", "no, the name is fine but the time is wrong"),
    ("es-MX", "no, el nombre está bien"), ("es-MX", "No, el nombre es correcto"),
])
async def test_a_value_said_to_be_right_at_the_summary_is_kept(daisy: CompiledFlow, locale: str, turn: str) -> None:
    # "No, the name is fine": the name is the one value known to be right - never cleared and asked again
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    await conv.user_turn(turn)
    assert conv.step.slot != "full_name"
    assert conv.state.slots.get("full_name") is not None
