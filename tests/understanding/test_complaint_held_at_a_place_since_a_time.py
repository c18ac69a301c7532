"""Held at a place since a time with nobody taking the load ("me tienen aquí en el cedis desde las seis y no me
bajan la carga", "they got me here since six and won't unload me"): a complaint, the place named on the way.
Traps: an appointment ("me tienen que descargar"), where the caller was at a time."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me tienen aquí en el cedis desde las seis y no me bajan la carga, está de la fregada.", "es-MX"),
        ("Nos tienen afuera de la planta desde las cinco y nadie nos atiende.", "es-MX"),
        ("Me tienen en el patio desde ayer y no me asignan.", "es-MX"),
        ("Me tienen aquí desde las seis y no me descargan.", "es-MX"),
        ("They got me here since six and won't unload me.", "en-US"),
        ("They've had us out here since 5 a.m., nobody's taking us.", "en-US"),
    ],
)
def test_held_at_a_place_since_a_time_is_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint", (text, match)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me tienen que descargar desde las seis.", "es-MX"),
        ("They had me there at six.", "en-US"),
    ],
)
def test_an_appointment_or_where_the_caller_was_is_none(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint", (text, match)
