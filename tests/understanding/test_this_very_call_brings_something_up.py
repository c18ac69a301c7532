"""This very call, said as why the caller brings something up ("ya que me hablas, me descontaron las casetas otra
vez", "since you're calling, they docked my tolls again"): no callback to come - what follows is what he asks (a
complaint here). Traps: "ya que llegue me hablas" (once I arrive, call me) and a callback asked after it."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, soy yo. Y ya que me hablas, me descontaron las casetas otra vez.", "es-MX"),
        ("Ahora que me llamas, no me han pagado la estadía.", "es-MX"),
        ("Aprovechando que me marcas, no me han depositado los viáticos.", "es-MX"),
        ("Yeah it's me. And since you're calling, they docked my tolls again.", "en-US"),
        ("Now that you've got me, they shorted my lumper money.", "en-US"),
        ("Since you called, my check came up short again.", "en-US"),
    ],
)
def test_what_is_brought_up_on_this_call_is_heard_not_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint", (text, match)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya que llegue me hablas.", "es-MX"),
        ("Ya que me hablas, mejor háblame mañana.", "es-MX"),
        ("Call me back since I'm driving.", "en-US"),
    ],
)
def test_a_callback_asked_for_still_is_one(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule", (text, match)
