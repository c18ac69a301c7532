"""Which value was asked, with the ones it could be offered ("¿cuál número me pediste, el de la caja o el del
tractor?", "which number you want, the tractor or the box?"), and "¿mande?" with what is wanted asked after it
("¿Mande? ¿Qué cosa ocupas?") ask the question again. "¿Qué cosa ocupas?" alone may be the go-ahead, and the value
recalled aloud after "¿cuál me pediste?" answers. In a call the question (or the read-back) is said again."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(("text", "locale"), [
    ("Ay, perdón, ¿cuál número me pediste, el de la caja o el del tractor?", "es-MX"),
    ("¿Qué dato me pediste, la placa o el número?", "es-MX"),
    ("Wait, which number you want, the tractor or the box?", "en-US"),
    ("Which number did you ask for, the trailer or the unit?", "en-US"),
    ("What number do you want, my cell or the office?", "en-US"),
    ("¿Mande? ¿Qué cosa ocupas?", "es-MX"),
    ("¿Perdón? ¿Qué necesitas?", "es-MX"),
    ("¿Mande? ¿Qué me pide?", "es-MX"),
])
def test_which_value_asked_is_a_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Qué cosa ocupas?", "es-MX"),
    ("¿Cuál me pediste? El de la caja es 4512.", "es-MX"),
])
def test_what_is_wanted_alone_or_the_value_recalled_is_no_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "repeat"


@pytest.mark.parametrize(("text", "locale", "asked"), [
    ("Ay, perdón, ¿cuál número me pediste, el de la caja o el del tractor?", "es-MX", "número económico"),
    ("¿Mande? ¿Qué cosa ocupas?", "es-MX", "número económico"),
    ("Wait, which number you want, the tractor or the box?", "en-US", "unit number"),
])
async def test_the_question_is_asked_again_in_a_call(text: str, locale: str, asked: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    said = " ".join(getattr(a, "text", "") for a in actions if type(a).__name__ == "Say")
    assert not conv.ended and asked in said and conv.pending is None
    assert "entendí" not in said and "didn't get" not in said
