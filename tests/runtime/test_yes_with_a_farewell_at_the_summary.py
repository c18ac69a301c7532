"""At the summary ("¿todo está correcto?"), a yes followed by thanks, a blessing or a farewell ("sí, gracias,
adiós", "yes thanks, God bless") is the yes said by one who takes leave: the record is saved complete and the
call ends with the flow's own goodbye - never ended at once with the answer lost and the record left partial.
A farewell with no yes still ends the call there."""

from __future__ import annotations

import pytest
from runtime_helpers import call

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.actions import CallTool

TO_SUMMARY = {
    "es-MX": ["sí", "Rosa Medina", "sí", "setecientos diez", "sí", "k l m cuatro cinco seis siete", "sí", "treinta",
              "sí", "r s t uno dos tres cuatro", "sí", "a las nueve de la noche", "sí",
              "rosa punto medina arroba gmail punto com", "sí"],
    "en-US": ["yes", "Rose Medina", "yes", "710", "yes", "k l m 4 5 6 7", "yes", "30", "yes", "r s t 1 2 3 4", "yes",
              "nine pm", "yes", "rose dot medina at gmail dot com", "yes"],
}


def tools(actions: list) -> list[str]:
    return [a.name for a in actions if isinstance(a, CallTool)]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "sí, gracias, adiós"), ("es-MX", "sí, gracias, bendiciones, jefa"),
    ("es-MX", "sí, todo bien, hasta luego"), ("es-MX", "Sí, correcto. Que le vaya bien."),
    ("en-US", "yes thanks, God bless"), ("en-US", "yeah that's right, bye"),
    ("en-US", "yes, thank you, have a good one"),
])
async def test_yes_with_a_farewell_at_the_summary_saves_the_record_complete(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    assert conv.step.name == "summary"
    actions = await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "complete" and "save_record" in tools(actions)


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "adiós"), ("en-US", "bye")])
async def test_a_farewell_without_a_yes_at_the_summary_still_ends_the_call(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    actions = await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "partial" and "save_record" not in tools(actions)


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "sí, le marco a las cinco"), ("es-MX", "sí, todo bien, yo te marco mañana"),
    ("es-MX", "Sí, correcto, cualquier cosa le hablo"), ("en-US", "yes, I'll call you tomorrow"),
    ("en-US", "yeah that's right, I'll call you back if anything"),
])
async def test_yes_with_a_call_of_the_callers_own_at_the_summary_saves_the_record_complete(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    """The caller will call himself: a remark of one who is done, no callback booked over a complete record."""
    conv = await call(daisy, locale, TO_SUMMARY[locale])
    actions = await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "complete" and "save_record" in tools(actions)
