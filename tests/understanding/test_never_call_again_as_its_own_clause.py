"""No more calls asked for with no pronoun or in a clause of its own ("No vuelvan a llamar, se los encargo mucho",
"ya no vuelvas a marcar", "don't call again", "just don't call back"). Traps: a "no" to the question and then a
callback ("No, vuelvan a llamar más tarde", "No. Call back later"), a limit on when ("no vuelvan a llamar en la
noche", "don't call back until after five"), another number."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(("text", "locale"), [
    ("No vuelvan a llamar, se los encargo mucho.", "es-MX"),
    ("Ya no vuelvan a llamar.", "es-MX"),
    ("Y no vuelvas a marcar, por favor.", "es-MX"),
    ("Pues no me vuelva a buscar, gracias.", "es-MX"),
    ("Don't call again.", "en-US"),
    ("Just don't call back, thanks.", "en-US"),
    ("Never call here again.", "en-US"),
])
def test_no_more_calls(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("No, vuelvan a llamar más tarde.", "es-MX"),
    ("No, vuelva a llamar en una hora.", "es-MX"),
    ("No vuelvan a llamar en la noche.", "es-MX"),
    ("No. Call back later.", "en-US"),
    ("Don't call back until after five.", "en-US"),
    ("I don't call back, they call me.", "en-US"),
])
def test_a_no_then_a_callback_or_a_limit_is_no_end(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "end_call"
