"""Small talk in more shapes: the agent's voice praised ("tienes voz de locutora de radio", "qué bonita voz tiene",
"you have a nice radio voice") and the weather there said bare ("aquí está cayendo un granizo bien feo", "snowing
sideways up here"): off the subject. What must stay an answer: the same remark beside an answer (a time, a late
arrival, a yes), and the voice of something else."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, detect_intent


@pytest.mark.parametrize(("text", "locale"), [
    ("Tienes voz de locutora de radio, ¿eh?", "es-MX"),
    ("Qué bonita voz tiene, señorita.", "es-MX"),
    ("Me gusta su voz.", "es-MX"),
    ("Aquí en Saltillo está cayendo un granizo bien feo.", "es-MX"),
    ("Está cayendo una nieve que no se ve nada.", "es-MX"),
    ("You have a nice radio voice.", "en-US"),
    ("You got a radio voice, anybody ever tell you that?", "en-US"),
    ("Snowing sideways up here on Donner Pass.", "en-US"),
    ("Still pouring out here.", "en-US"),
])
def test_the_remark_alone_is_off_the_subject(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(("text", "locale"), [
    ("Está cayendo nieve, llego como a las ocho.", "es-MX"),
    ("Aquí está cayendo un granizo, voy a llegar tarde.", "es-MX"),
    ("La voz de la grabación dice otra cosa.", "es-MX"),
    ("It's snowing, I'll be there at five.", "en-US"),
    ("Raining hard, running late though.", "en-US"),
    ("It's pouring hard, probably around seven thirty.", "en-US"),
])
def test_the_remark_beside_an_answer_stays_an_answer(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "off_topic"


@pytest.mark.parametrize(("text", "locale"), [("Sí, aquí está lloviendo.", "es-MX"), ("Yes, it's raining.", "en-US")])
def test_a_yes_with_the_weather_is_a_yes(text: str, locale: str) -> None:
    assert detect_intent(text, locale) is None
    assert classify_yes_no(text, locale).answer == "yes"
