"""A caller's turn is heard against the value asked once: at the first question after a value was confirmed, the
check for that value said again ("Cuatro doce." after tractor 412) hears the turn as this question's answer, and
that same hearing is the one the question takes - the turn is not heard twice (a turn's cost). What is remembered
of the turn's words goes when the turn has been heard. Scripted callers drive Daisy."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from runtime_helpers import call

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import conversation as conversation_module

NAME = {"es-MX": ["sí", "Griselda Montaño", "sí"], "en-US": ["yes", "Ann Lopez", "yes"]}


@pytest.mark.parametrize(("locale", "number", "turn", "plates"), [
    ("es-MX", "cuatrocientos doce", "hache, u, de, seiscientos veinte", "HUD-620"),
    ("es-MX", "cuatrocientos doce", "Cuatro doce.", ""),
    ("es-MX", "mil veinte", "ese ve jota", "S V J"),
    ("es-MX", "mil veinte", "no sé, déjame ver", ""),
    ("en-US", "412", "h u d 620", "HUD-620"),
    ("en-US", "1020", "Ten twenty, yes.", ""),
    ("en-US", "1020", "hold on let me look", ""),
])
async def test_a_turn_at_the_question_after_a_value_is_heard_once(
        daisy: CompiledFlow, locale: str, number: str, turn: str, plates: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], number, yes])
    assert conv.step.name == "registration.tractor_plate.ask"
    heard: Counter[tuple[int, str]] = Counter()
    kept: list[Any] = []  # each value heard stays alive, so no later one can reuse its id() within the turn
    hear_slot = conversation_module.hear_slot

    def counted(acc: Any, text: str) -> Any:
        kept.append(acc)
        heard[(id(acc), text)] += 1
        return hear_slot(acc, text)

    monkeypatch.setattr(conversation_module, "hear_slot", counted)
    await conv.user_turn(turn)
    assert heard and max(heard.values()) == 1  # the same words against the same value: once
    assert conv._hearings is None  # nothing of the turn's words kept once it was heard
    if plates:
        assert plates in (conv.state.pending or conv.state.so_far())
