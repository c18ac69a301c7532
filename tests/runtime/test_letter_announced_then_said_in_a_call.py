"""In a call, a plate's dictation that stops on "y la" ("and the") and goes on with the letter alone ("Y.") keeps
that letter - never the Spanish "¿Y?" (say that again) dropping it; a "¿Y?" asked, or a "Y." with nothing
announcing it, still asks again, the letters kept."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes"]}


@pytest.mark.parametrize(
    ("locale", "turns", "out"),
    [
        ("es-MX", ["A B", "y la", "Y."], "Llevo A B Y."),
        ("es-MX", ["A B", "y la letra", "ye"], "Llevo A B Y."),
        ("en-US", ["A", "and the", "B."], "I have A B so far."),
        ("es-MX", ["A B", "y la", "¿Y?"], "Llevo A B."),
        ("es-MX", ["A B", "Y."], "Llevo A B."),
    ],
)
async def test_a_letter_announced_then_said_alone(daisy: CompiledFlow, locale: str, turns: list[str],
                                                  out: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    for turn in turns:
        last = said(await conv.user_turn(turn))
    assert out in last
    assert conv.step.name.startswith("registration.tractor_plate")
