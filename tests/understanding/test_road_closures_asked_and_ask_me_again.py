"""Two intents in more words: the road and its closures asked about ("¿sabes si ya abrieron la autopista a
Saltillo?", "is the highway still closed?") are off-topic questions, and "ask me again" with nothing named
("trailer number or tractor number? ask me again", "¿caja o tracto? pregúntame otra vez") asks the question
again. Said without a question ("voy en la autopista, llego a las cinco") the road is no question, and "don't ask
me again" is no request to repeat."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Sabes si ya abrieron la autopista a Saltillo?", "es-MX"),
        ("¿Ya abrieron la carretera a Monterrey?", "es-MX"),
        ("¿Sabes si está cerrada la garita?", "es-MX"),
        ("Oye, ¿cómo está la carretera a Laredo?", "es-MX"),
        ("Do you know if they opened the interstate to Dallas yet?", "en-US"),
        ("Is the highway still closed?", "en-US"),
    ],
)
def test_a_road_closure_asked_about_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Wait, trailer number or tractor number? Ask me again.", "en-US"),
        ("Sorry, ask me one more time.", "en-US"),
        ("¿Caja o tracto? Pregúntame otra vez.", "es-MX"),
        ("A ver, vuélvemelo a preguntar.", "es-MX"),
    ],
)
def test_ask_me_again_asks_the_question_again(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Voy en la autopista, llego a las cinco.", "es-MX"),
        ("I'm on the highway, I'll be there at five.", "en-US"),
        ("Don't ask me again.", "en-US"),
    ],
)
def test_the_road_said_or_dont_ask_again_is_neither(text: str, locale: str) -> None:
    assert intent(text, locale) not in ("off_topic", "repeat")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Como a las cinco? La autopista está cerrada.", "es-MX"),
        ("Pues si la autopista está abierta, ¿como a las 3?", "es-MX"),
        ("Bueno, ¿sí? La carretera está cerrada.", "es-MX"),
        ("¿Qué? Ah, como a las cinco, el puente está cerrado.", "es-MX"),
        ("Around 5? The bridge is backed up.", "en-US"),
        ("How about 5, if the road is clear?", "en-US"),
    ],
)
def test_the_road_told_beside_a_question_or_as_a_condition_is_no_question(text: str, locale: str) -> None:
    assert intent(text, locale) != "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Pregúntame otra vez mañana.", "es-MX"),
        ("Ahorita no sé, pregúntame otra vez al rato.", "es-MX"),
        ("Pregúntame de nuevo en una hora.", "es-MX"),
        ("Vuélvemelo a preguntar más tarde.", "es-MX"),
        ("No idea, ask me again in an hour.", "en-US"),
        ("Ask me again tomorrow.", "en-US"),
        ("Ask me again later, I'm driving.", "en-US"),
    ],
)
def test_ask_me_again_later_is_no_request_to_repeat_now(text: str, locale: str) -> None:
    # asked again at a later time is the caller putting it off, not the question said again at once
    assert intent(text, locale) != "repeat"
