"""At the summary, "no" followed by everything said to be right ("no, todo bien", "no, está todo correcto", "no,
everything's fine") or a value named right and none wrong ("no, las placas están bien", "no, the name is fine") is
"no (problem), all good": the registration is saved, not read again nor a value asked for. A value named wrong
still goes to its fix."""

from __future__ import annotations

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, call

from daisy_engine.compiler import CompiledFlow

TO_SUMMARY_EN = ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes",
                 "at five pm", "yes", "ann at gmail dot com", "yes"]


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "no, todo bien"), ("es-MX", "No, está todo correcto."), ("es-MX", "no, todo perfecto, gracias"),
    ("es-MX", "no, las placas están bien"), ("es-MX", "no, el nombre está correcto"),
    ("es-MX", "no las placas están bien"),
    ("en-US", "no, everything's fine"), ("en-US", "nope, all good"), ("en-US", "no, the plates are fine"),
])
async def test_no_and_all_good_at_the_summary_saves(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, list(DAISY_ES_TO_SUMMARY) if locale == "es-MX" else TO_SUMMARY_EN)
    assert conv.step.name == "summary"
    await conv.user_turn(turn)
    assert conv.ended and conv.step.name != "summary" and "field_to_fix" not in conv.slots, turn


@pytest.mark.parametrize(("locale", "turn", "asked"), [
    ("es-MX", "no, la hora está mal", "eta"), ("es-MX", "no, el nombre está bien, la hora no", None),
("en-US", "no, the time is wrong", "eta"),
])
async def test_a_value_named_wrong_at_the_summary_is_still_fixed(daisy: CompiledFlow, locale: str, turn: str,
                                                                 asked: str | None) -> None:
    conv = await call(daisy, locale, list(DAISY_ES_TO_SUMMARY) if locale == "es-MX" else TO_SUMMARY_EN)
    await conv.user_turn(turn)
    assert not conv.ended
    if asked is not None:
        assert conv.step.slot == asked
    else:
        assert conv.step.name in ("which_field", "registration.eta.ask")


@pytest.mark.parametrize("turn", ["no todo está bien", "No todo esta correcto.", "no todo bien",
                                  "no todo está perfecto"])
async def test_not_everything_is_right_said_straight_on_at_the_summary_saves_nothing(
        daisy: CompiledFlow, turn: str) -> None:
    """"No todo está bien" with no pause after its "no" says not everything is right (recognisers drop the comma of
    "no, todo bien", so only its pause tells them apart): the summary is not saved."""
    conv = await call(daisy, "es-MX", list(DAISY_ES_TO_SUMMARY))
    await conv.user_turn(turn)
    assert not conv.ended and conv.step.name != "saving", turn
