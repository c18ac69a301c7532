"""Not hearing said of the caller's own side, with no pronoun for the agent ("no oigo nada", "no alcanzo a
oír, pasa un camión"): the caller asks for it again."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.evaluation import _SCORED_INTENTS
from daisy_engine.understanding.intents import detect_intent


@pytest.mark.parametrize("said", [
    "Perdón, pasa un camión y no oigo nada.",
    "No alcanzo a oír, está el motor prendido.",
    "¿Qué? Aquí hay mucho ruido, no oigo bien.",
    "No escucho bien, espéreme tantito... ¿qué me dijo?",
])
def test_it_is_a_repeat(said: str) -> None:
    match = detect_intent(said, "es-MX", enabled=_SCORED_INTENTS)
    assert match is not None and match.name == "repeat"
