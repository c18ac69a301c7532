"""Complaints with no word of complaining: not a coin paid ("ni un peso me han pagado", "they ain't paid me a dime"),
money short by a sum said ("el anticipo me llegó con 800 pesos menos", "my advance came in eight hundred short"),
called again and again for the same thing ("Cada rato me marcan para lo mismo", "y'all call me for the same thing
every day"), a broken thing nobody is fixing ("nobody's fixing it", "nadie lo está arreglando"). Traps: a sum that
came ("me llegó con 800 pesos"), money the caller carries ("ni un peso traigo"). In a call the complaint is logged
and the question asked again (at a read-back, the read-back)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(("text", "locale"), [
    ("Llevo un mes reclamando las maniobras y ni un peso me han pagado.", "es-MX"),
    ("Nada me han depositado de la estadía.", "es-MX"),
    ("A month chasing lumper pay and they ain't paid me a dime.", "en-US"),
    ("Oigan, el anticipo me llegó con 800 pesos menos, ¿eh?", "es-MX"),
    ("Me depositaron quinientos pesos menos.", "es-MX"),
    ("My advance came in eight hundred short.", "en-US"),
    ("Cada rato me marcan para lo mismo, ¿qué no guardan lo que les digo?", "es-MX"),
    ("Me llaman a cada rato, ya.", "es-MX"),
    ("Y'all call me for the same thing every day.", "en-US"),
    ("Yeah it's me, and the reefer you gave me keeps shutting off, nobody's fixing it.", "en-US"),
    ("El refri se apaga y nadie lo está arreglando.", "es-MX"),
])
def test_a_grievance_without_a_complaint_word(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("Me llegó con 800 pesos.", "es-MX"),
    ("Ni un peso traigo, voy a cargar diésel con la tarjeta.", "es-MX"),
    ("Nobody's home at the shipper yet, I'm early.", "en-US"),
])
def test_money_or_people_told_of_is_no_grievance(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("Oigan, el anticipo me llegó con 800 pesos menos, ¿eh?", "es-MX"),
    ("Cada rato me marcan para lo mismo, ¿qué no guardan lo que les digo?", "es-MX"),
])
async def test_the_complaint_is_logged_and_the_call_goes_on(text: str, locale: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    assert not conv.ended and [a for a in actions if type(a).__name__ == "CallTool"]
    await conv.user_turn("cuatro cinco dos")
    assert conv.pending == "452"
