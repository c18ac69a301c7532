"""A person asked for by given name or as any live human the caller could get on the line is a person asked for;
being singled out for the worst ("why does this load board keep giving me the worst lanes?") is a complaint; a
card's balance asked is the caller's own money, no intent (as a deposit asked)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Quiero que me atienda Lupita, la de las rutas, ¿está ella?", "es-MX"),
        ("Quiero hablar con Lupita.", "es-MX"),
        ("¿Está Lupita?", "es-MX"),
        ("Quiero que me hable Lupita cuando pueda.", "es-MX"),
        ("I want to talk to Maria.", "en-US"),
        ("Is Maria from dispatch there?", "en-US"),
        ("I'd like to talk with Mike from dispatch.", "en-US"),
        ("Any live human over at the office I could get on the line?", "en-US"),
        ("Any human at dispatch I can talk to?", "en-US"),
    ],
)
def test_person_asked_for_by_name_or_as_any_human(text: str, locale: str) -> None:
    assert intent(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Está la luz?", "es-MX"),
        ("Lupita no está, salió.", "es-MX"),
        ("Está Rosa conmigo, ella maneja.", "es-MX"),
        ("Quiero que me atienda rápido.", "es-MX"),
        # a place that is also a given name (Ciudad Victoria, Guadalupe), asked about
        ("Sí, dígame. ¿Está Victoria cerca de la bodega?", "es-MX"),
        ("¿Está Victoria muy lejos de aquí?", "es-MX"),
        ("¿Está Guadalupe abierta todavía?", "es-MX"),
        ("¿Está Guadalupe en la ruta?", "es-MX"),
        ("There's a guy at the yard I could get on the line.", "en-US"),
    ],
)
def test_a_name_said_without_asking_for_the_person(text: str, locale: str) -> None:
    assert intent(text, locale) != "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Por qué siempre me mandan las cargas más lejos a mí?", "es-MX"),
        ("¿Por qué siempre a mí me toca lo peor?", "es-MX"),
        ("Nomás a mí me dan las rutas más feas.", "es-MX"),
        ("Why does this load board keep giving me the worst lanes?", "en-US"),
        ("Why do I always get the worst loads?", "en-US"),
        ("You guys keep giving me the crappiest freight.", "en-US"),
        ("Why is it always me?", "en-US"),
    ],
)
def test_singled_out_for_the_worst_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Siempre me mandan a Monterrey, ya me la sé.", "es-MX"),
        # only wondering why, no one singled out for the worst
        ("¿Por qué siempre me dan la misma caja? Es la 5.", "es-MX"),
        ("¿Por qué siempre me ponen en el andén tres?", "es-MX"),
        ("¿Por qué siempre me toca la caja 5?", "es-MX"),
        ("They always send me to Dallas, that's fine.", "en-US"),
    ],
)
def test_always_sent_somewhere_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Me pasas el saldo de la tarjeta de gasolina?", "es-MX"),
        ("¿Cuánto saldo tengo en la tarjeta de diésel?", "es-MX"),
        ("What's the balance on my fuel card?", "en-US"),
        ("Can you check the balance left on my Comdata card?", "en-US"),
    ],
)
def test_a_cards_balance_asked_is_no_intent(text: str, locale: str) -> None:
    assert intent(text, locale) is None


def test_the_price_of_fuel_asked_is_still_off_topic() -> None:
    assert intent("¿Cuánto cuesta la gasolina allá?", "es-MX") == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sorry, I always get bad reception around here.", "en-US"),
        ("It keeps getting bad signal, can you repeat?", "en-US"),
        ("I always get lousy coverage on this stretch, say that again?", "en-US"),
    ],
)
def test_a_bad_line_always_had_is_trouble_hearing_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"
