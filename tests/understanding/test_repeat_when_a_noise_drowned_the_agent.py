"""A noise on the caller's side drowned what the agent said ("con el ruido del tráiler no te oí", "the horn
drowned you out"): the question is asked again. A noise told as news of the road, or "no" and "oí" in another
sense, asks nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Perdón, se me atravesó el claxon de un camión.", "es-MX"),
        ("Con el ruido del tráiler no te oí, ¿qué dijiste?", "es-MX"),
        ("Por tanto ruido no le escuché, jefa.", "es-MX"),
        ("El tren no me dejó oír, ándale.", "es-MX"),
        ("Está pitando la grúa, no oí.", "es-MX"),
        ("Ah caray, el motor, pero no oí nada.", "es-MX"),
        ("Sorry, the reefer kicked on and I missed most of that.", "en-US"),
        ("A truck just went by, missed all of it.", "en-US"),
        ("The jake brake drowned you out.", "en-US"),
        ("Couldn't catch a word over the compressor.", "en-US"),
    ],
)
def test_a_noise_drowning_the_agent_asks_again(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Se me atravesó un camión en la caseta y casi le pego.", "es-MX"),
        ("No, oí que ya está lista la carga.", "es-MX"),
        ("Ayer no oí el teléfono, andaba dormido.", "es-MX"),
        ("No. Hoy no llego, hasta mañana.", "es-MX"),
        ("I missed all my appointments last week because of the storm.", "en-US"),
        ("The engine noise is fine now, it was the fan belt.", "en-US"),
    ],
)
def test_noise_told_as_news_or_other_words_ask_nothing(text: str, locale: str) -> None:
    assert intent(text, locale) != "repeat"
