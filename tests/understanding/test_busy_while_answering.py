"""A caller who says he is driving or busy while he goes on with the call ("sí, rápido que voy
manejando", "I'm on the road, make it quick", "cuarenta y dos, voy manejando") asks for no callback: the
busy words say why he wants it quick. Said alone it is the `busy` hint (test_busy_hint.py); with a no, with
a "but", with a delay or with a callback asked for in so many words, being busy still moves the call."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # urging the agent on
        ("Sí, ándale rápido que ando manejando.", "es-MX"),
        ("Apúrele, señorita, que vengo manejando.", "es-MX"),
        ("Estoy en carretera, pero dígame qué necesita.", "es-MX"),
        ("Ando bien ocupado, de volada por favor.", "es-MX"),
        ("Voy en la autopista, sígale.", "es-MX"),
        ("Estoy descargando, ¿qué más ocupas?", "es-MX"),
        ("I'm driving, so make it fast.", "en-US"),
        ("We're loading right now, but go ahead.", "en-US"),
        ("I'm behind the wheel, but I can talk.", "en-US"),
        ("Busy day, I'm at the dock, shoot.", "en-US"),
        # a yes, then the busy words
        ("Sí, ando manejando.", "es-MX"),
        ("Claro, estoy en la carretera.", "es-MX"),
        ("Yeah, I'm driving.", "en-US"),
        # an answer, then the busy words
        ("Cuarenta y dos, vengo manejando.", "es-MX"),
        ("Ochocientos quince, estoy cargando.", "es-MX"),
        ("Five twelve, I'm on the highway.", "en-US"),
    ],
)
def test_busy_words_while_going_on_ask_no_callback(text: str, locale: str) -> None:
    assert intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # busy with a no or a "but": not now (said alone it is the `busy` hint: test_busy_hint.py)
        ("No, ando en carretera.", "es-MX"),
        ("Sí, pero ahorita voy manejando.", "es-MX"),
        ("No, I'm driving.", "en-US"),
        ("Yes, but I'm behind the wheel.", "en-US"),
        # a callback asked for in so many words beside the urging or the yes
        ("Sí, pero rápido no puedo, voy manejando, márcame en una hora.", "es-MX"),
        ("Sí, ahorita no puedo hablar, voy manejando.", "es-MX"),
        ("I'm driving, go ahead and call me back tonight.", "en-US"),
        ("Yeah, I'm driving, can't talk right now.", "en-US"),
        # a delay is when to call, not an answer
        ("Vengo manejando, en veinte minutos.", "es-MX"),
        ("I'm driving, in thirty minutes.", "en-US"),
    ],
)
def test_busy_words_that_put_the_call_off_still_move_it(text: str, locale: str) -> None:
    assert intent(text, locale) == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, órale, rápido que ando manejando.", "es-MX"),
        ("Correcto, apúrale que voy en carretera.", "es-MX"),
        ("Yes, quick, I'm driving.", "en-US"),
    ],
)
def test_a_yes_with_urging_confirms(text: str, locale: str) -> None:
    assert intent(text, locale) is None
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("claro que no, voy manejando", "es-MX"),
        ("sí, no puedo, voy manejando", "es-MX"),
        ("no sé si puedo, voy manejando", "es-MX"),
        ("ahorita voy manejando, dele más tarde", "es-MX"),
        ("I'm busy, shoot me a text later", "en-US"),
        ("ok, I can't, I'm driving", "en-US"),
    ],
)
def test_a_busy_caller_who_also_declines_or_names_a_later_moment_is_called_back(text: str, locale: str) -> None:
    # yes or urging words inside a refusal ("claro que no", "si puedo" in "no sé si puedo") keep no one on the line
    found = detect_intent(text, locale)
    assert found is not None and found.name == "reschedule"
