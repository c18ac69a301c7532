"""The caller says he will call himself ("luego te busco yo", "I'll give you a shout"): one list of it
(`callback_cues.CALLER_CALLS`) serves the flow's `caller_calls` and the callback cues alike, so every way one
of them hears it the other hears too; a call asked of the agent or made to someone else is none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import caller_calls_back
from daisy_engine.understanding.callback_cues import caller_calls_back as calls_back_at_a_time
from daisy_engine.understanding.normalize import fold, words


@pytest.mark.parametrize(("text", "locale"), [
    ("No puedo ahorita, luego te busco yo.", "es-MX"),
    ("En diez minutos te llamo yo.", "es-MX"),
    ("Cuando salga de la báscula te devuelvo yo la llamada.", "es-MX"),
    ("Al rato le echo un grito.", "es-MX"),
    ("Ahorita no, luego te vuelvo a marcar.", "es-MX"),
    ("Ima call you back in an hour.", "en-US"),
    ("I could give you a shout in twenty minutes.", "en-US"),
    ("Lemme call you back in ten.", "en-US"),
])
def test_the_caller_calling_himself_is_heard_as_his_own_call(text: str, locale: str) -> None:
    lang = locale[:2]
    assert caller_calls_back(text, locale), text
    # with a time said, the callback cues hear the same call of the caller's own
    assert calls_back_at_a_time(words(fold(text)), lang), text  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "locale"), [
    ("Márcame en diez minutos.", "es-MX"),
    ("Le marco al despachador y ya.", "es-MX"),
    ("Luego le hablo a mi esposa.", "es-MX"),
    ("Call me back in an hour.", "en-US"),
])
def test_a_call_asked_of_the_agent_or_made_to_someone_else_is_not_the_callers_own(text: str, locale: str) -> None:
    assert not caller_calls_back(text, locale), text
