"""What the intent layer hears in a turn that may also answer the question asked.

- An activity placed at a time to come ("en una hora y media estoy descargando", "mañana a las seis ando cargando
  en Toluca") says nothing of being busy now: no callback. Busy now ("ahorita estoy descargando") still is one.
- Told the question asks for a time (`OpenQuestion(clock=True)`), a time that suits the caller better ("mañana
  mejor, como a las siete", "tomorrow's better, around eight") is the answer; a callback asked for in so many
  words ("llámame mañana a las siete", "ahorita no puedo, a las cinco") is still a callback there, and the same
  words at a question for anything else are still a callback.
- `asked_outright` tells an intent asked for in so many words from one only hinted at.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import HINTS, INTENTS, OpenQuestion, asked_outright, detect_intent

AT_A_TIME = OpenQuestion(listen="slot", slot_type="time", clock=True)
AT_A_NAME = OpenQuestion(listen="slot", slot_type="name")


@pytest.mark.parametrize(("text", "locale"), [
    ("Ya casi, en una hora y media estoy descargando.", "es-MX"),
    ("Mañana a las seis ando cargando en Toluca.", "es-MX"),
    ("Mañana en la tarde estoy cargando en Monterrey.", "es-MX"),
    ("En unas dos horas ando descargando en el patio.", "es-MX"),
    ("In an hour and a half I'm unloading.", "en-US"),
    ("Tomorrow at six I'm loading in Laredo.", "en-US"),
])
def test_an_activity_placed_at_a_time_to_come_asks_no_callback(text: str, locale: str) -> None:
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(("text", "locale"), [
    ("Ahorita estoy descargando.", "es-MX"),
    ("Estoy descargando, llámame en una hora.", "es-MX"),
    ("Ando manejando.", "es-MX"),
    ("Can you call me a little later? I'm getting weighed.", "en-US"),
    ("I'm driving right now, call me at six.", "en-US"),
    # what he is doing now, then what he will be doing: busy now ("voy manejando")
    ("Voy manejando, en media hora estoy llegando a la caseta.", "es-MX"),
    ("I'm driving, in an hour I'm unloading.", "en-US"),
])
def test_busy_now_is_still_a_callback(text: str, locale: str) -> None:
    # (a flow that handles the `busy` hint hears a bare activity as that: test_busy_hint.py)
    match = detect_intent(text, locale, enabled=[name for name in INTENTS if name not in HINTS])
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    ("Mañana mejor, como a las siete.", "es-MX"),
    ("Mejor mañana a las ocho, ahorita ando en carretera.", "es-MX"),
    ("Tomorrow's better, around eight.", "en-US"),
    ("Tomorrow morning works better for me, around nine.", "en-US"),
])
def test_at_a_time_question_a_time_that_suits_better_is_the_answer(text: str, locale: str) -> None:
    assert detect_intent(text, locale, question=AT_A_TIME) is None


@pytest.mark.parametrize(("text", "locale"), [
    ("Llámame mañana a las siete.", "es-MX"),
    ("Márcame en una hora.", "es-MX"),
    ("Ahorita no puedo, a las cinco.", "es-MX"),
    ("Estoy ocupado, mejor mañana me marcas.", "es-MX"),
    ("Call me tomorrow at seven.", "en-US"),
    ("Can't talk right now, try me around five.", "en-US"),
])
def test_at_a_time_question_a_callback_asked_outright_is_still_one(text: str, locale: str) -> None:
    match = detect_intent(text, locale, question=AT_A_TIME)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    ("Tomorrow's better, around eight.", "en-US"),
    ("Mejor mañana a las ocho, ahorita ando en carretera.", "es-MX"),
])
def test_elsewhere_a_time_that_suits_better_is_still_a_callback(text: str, locale: str) -> None:
    for question in (None, AT_A_NAME):
        match = detect_intent(text, locale, question=question)
        assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(("name", "text", "locale", "outright"), [
    ("reschedule", "Llámame en una hora.", "es-MX", True),
    ("reschedule", "Ahorita no puedo.", "es-MX", True),
    ("reschedule", "En una hora me desocupo.", "es-MX", True),
    ("reschedule", "Voy manejando.", "es-MX", False),
    ("reschedule", "Mañana mejor.", "es-MX", False),
    ("reschedule", "Give me a call back in ten.", "en-US", True),
    ("reschedule", "Tomorrow's better.", "en-US", False),
    ("human", "Quiero hablar con una persona.", "es-MX", True),
    ("human", "¿Está el jefe?", "es-MX", False),
    ("human", "Let me talk to your supervisor.", "en-US", True),
    ("human", "Is the boss there?", "en-US", False),
    ("end_call", "No me vuelvas a llamar.", "es-MX", True),
    ("end_call", "Gracias, hasta luego.", "es-MX", True),
    ("end_call", "Sí, gracias, bendiciones.", "es-MX", False),
    ("end_call", "Yes, thanks, God bless.", "en-US", False),
    ("end_call", "Bye, I have to go.", "en-US", True),
    ("complaint", "Ya te lo dije tres veces.", "es-MX", False),
    ("repeat", "No te oigo.", "es-MX", False),
])
def test_an_intent_asked_outright_or_only_hinted(name: str, text: str, locale: str, outright: bool) -> None:
    assert asked_outright(name, text, locale) is outright
