"""The per-call check's idea of a callback the caller asked for: the class, both languages, not one sentence."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.normalize import fold

from .call_checks import _ASKS_FOR_CALLBACK


@pytest.mark.parametrize("turn", [
    "Ahorita no, estoy cargando diésel.", "Márcame en diez minutos.", "Voy manejando, eh.", "Estoy ocupado.",
    "Más tarde, por favor.", "Ahora no puedo.", "Luego me llamas.", "Al rato, joven.",
    "Not now, I'm driving.", "Call me back in ten.", "I'm busy.", "Later.", "I'm loading right now.",
])
def test_a_busy_caller_or_one_who_says_not_now_asks_for_the_callback(turn: str) -> None:
    assert _ASKS_FOR_CALLBACK.search(fold(turn))


@pytest.mark.parametrize("turn", [
    "Efraín Lugo Carmona.", "Sí, correcto.", "Es la 3 0 5 2.", "A las seis y media.", "Yes, that's right.",
    "Two one eight.",
])
def test_an_answer_to_the_question_asks_for_no_callback(turn: str) -> None:
    assert not _ASKS_FOR_CALLBACK.search(fold(turn))
