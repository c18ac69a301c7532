"""A callback delay said without its unit, the way drivers ask for a few minutes: "mejor en diez, que voy entrando
a la caseta", "dame quince, ando metiendo la caja", "give me twenty, I'm backing into the dock" - minutes, asked
with what keeps the caller busy right now (or, for "dame diez" / "give me twenty", as the whole turn). Traps: an
arrival ("dame veinte y llego"), money or things asked for ("dame diez pesos"), "mejor en diez" alone (at the
arrival question it may be the time)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Mejor en diez, que voy entrando a la caseta.", "es-MX", 10),
        ("Mejor en quince, estoy metiendo la caja al andén.", "es-MX", 15),
        ("Mejor en veinte minutos, ando cargando diésel.", "es-MX", 20),
        ("Dame quince, que ando metiendo la caja.", "es-MX", 15),
        ("Dame veinte, ahorita no puedo.", "es-MX", 20),
        ("Dame diez.", "es-MX", 10),
        ("Give me twenty, I'm backing into the dock.", "en-US", 20),
        ("Gimme fifteen, I'm fueling up.", "en-US", 15),
        ("Give me thirty, I'm on the scale.", "en-US", 30),
        ("Better in ten, I'm backing in.", "en-US", 10),
        ("Give me 20.", "en-US", 20),
    ],
)
def test_a_delay_without_its_unit_is_a_callback_in_that_many_minutes(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule", text
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Dame 20 y llego, voy entrando.", "es-MX"),
        ("Mejor en diez llego, voy entrando a la caseta.", "es-MX"),
        ("Dame diez pesos, ando en la caseta.", "es-MX"),
        ("Mejor en diez.", "es-MX"),
        ("Give me twenty bucks, I'm broke.", "en-US"),
        ("Give me twenty more, then I'll be there.", "en-US"),
        ("Better in ten.", "en-US"),
    ],
)
def test_an_arrival_money_or_a_bare_preference_is_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule", text
