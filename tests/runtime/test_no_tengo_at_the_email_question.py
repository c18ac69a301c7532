"""At Daisy's e-mail question, "no lo tengo" (the address itself, with its pronoun: not at hand, "Correo
pendiente", asked again on the next call) is not "no tengo" (nothing to have: an e-mail is a value a driver may
lack, `SlotType.may_lack`, so there is none, "Sin correo"), as a listener hears the two; naming the thing ("No
tengo correo", "I don't have an e-mail") says there is none too."""

from __future__ import annotations

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "A B C one twenty-three", "yes", "one thousand",
              "yes", "X Y Z nine eighty-seven", "yes", "at five pm", "yes"],
}


async def _at_email(daisy: CompiledFlow, locale: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "email", conv.step.name
    return conv


@pytest.mark.parametrize(
    ("locale", "turn", "pending"),
    [
        ("es-MX", "No lo tengo.", "Correo pendiente"),
        ("es-MX", "Ahorita no lo tengo a la mano", "Correo pendiente"),
        ("en-US", "I don't have it on me.", "E-mail still to come"),
    ],
)
async def test_no_tengo_leaves_the_email_for_later(daisy: CompiledFlow, locale: str, turn: str, pending: str) -> None:
    conv = await _at_email(daisy, locale)
    summary = said(await conv.user_turn(turn))
    assert conv.step.name == "summary" and pending in summary
    assert "email" not in conv.state.absent


@pytest.mark.parametrize(
    ("locale", "turn", "none"),
    [
        ("es-MX", "No tengo.", "Sin correo"),
        ("es-MX", "No, no tengo.", "Sin correo"),
        ("es-MX", "No tengo correo.", "Sin correo"),
        ("es-MX", "No uso correo", "Sin correo"),
        ("en-US", "I don't have an email.", "No e-mail"),
    ],
)
async def test_naming_the_email_says_there_is_none(daisy: CompiledFlow, locale: str, turn: str, none: str) -> None:
    conv = await _at_email(daisy, locale)
    summary = said(await conv.user_turn(turn))
    assert conv.step.name == "summary" and none in summary
    assert "email" in conv.state.absent


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "luego se lo mando"),
    ("es-MX", "Al rato te lo paso."),
    ("es-MX", "ahorita no, después se lo doy"),
    ("en-US", "I'll send it to you later"),
    ("en-US", "I'll give it to you tomorrow."),
    ("en-US", "I can email it over later on"),
])
async def test_the_email_promised_later_is_left_for_later_not_spelled(daisy: CompiledFlow, locale: str,
                                                                      turn: str) -> None:
    # as "no lo tengo a la mano": the address will come later - never its words read as a dictation to spell
    conv = await _at_email(daisy, locale)
    summary = said(await conv.user_turn(turn))
    assert conv.step.name == "summary" and ("Correo pendiente" in summary or "E-mail still to come" in summary), summary
    assert "email" not in conv.state.absent

