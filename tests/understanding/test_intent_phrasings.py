"""Intents said in other words: a real person, ways to end, small talk, complaints; and the turns that
only sound like one ("transfer money", "perdón, me llamo ...")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I need a live person", "en-US"),
        ("can I speak with your manager", "en-US"),
        ("put me through to dispatch", "en-US"),
        ("I want to talk to somebody", "en-US"),
        ("can I talk to customer service", "en-US"),
        ("¿me pasa con un asesor?", "es-MX"),
        ("quiero hablar con el despachador", "es-MX"),
        ("pásame a tu supervisor", "es-MX"),
        ("quiero hablar con alguien de verdad", "es-MX"),
        ("¿No hay un licenciado o alguien de la oficina con quien hablar?", "es-MX"),
    ],
)
def test_a_real_person_asked_for_in_other_words(text: str, locale: str) -> None:
    assert name_of(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I want to transfer money", "en-US"),
        ("I'd like to transfer funds to my account", "en-US"),
        ("transfiere el dinero a mi cuenta", "es-MX"),
        ("the dispatcher told me to call", "en-US"),
        ("ya hablé con el despachador", "es-MX"),
    ],
)
def test_money_transfers_and_news_about_people_are_not_requests_for_one(text: str, locale: str) -> None:
    assert name_of(text, locale) != "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("take me off your list", "en-US"),
        ("remove my number", "en-US"),
        ("please don't call this number anymore", "en-US"),
        ("leave me alone", "en-US"),
        ("I need to go", "en-US"),
        ("ya no me llames, por favor", "es-MX"),
        ("no me vuelvan a marcar", "es-MX"),
        ("bórrame de su lista", "es-MX"),
        ("no quiero que me llamen", "es-MX"),
        ("déjeme en paz", "es-MX"),
    ],
)
def test_dont_call_me_again_and_other_ways_to_end(text: str, locale: str) -> None:
    assert name_of(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("how are you doing today?", "en-US"),
        ("how's your day going?", "en-US"),
        ("are you a bot?", "en-US"),
        ("am I talking to a real person?", "en-US"),
        ("is this an automated call?", "en-US"),
        ("¿cómo estás?", "es-MX"),
        ("¿eres inteligencia artificial?", "es-MX"),
        ("¿Eres robot o eres persona?", "es-MX"),
        ("¿Cuántos años tienes, Daisy?", "es-MX"),
        ("¿qué tal tu día?", "es-MX"),
    ],
)
def test_small_talk_and_questions_about_the_agent_are_off_topic(text: str, locale: str) -> None:
    assert name_of(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("hola, ¿cómo está? sí, dígame", "es-MX"), ("hello, how are you? yes, go ahead", "en-US")],
)
def test_a_greeting_with_an_answer_is_the_answer(text: str, locale: str) -> None:
    assert name_of(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya te lo dije tres veces, ¿qué no entiendes?", "es-MX"),
        ("Es la cuarta vez que me marcan hoy", "es-MX"),
        ("me dejaron tirado y nadie me contestó", "es-MX"),
        ("this is taking forever, man", "en-US"),
        ("you guys still owe me for the last load", "en-US"),
        ("¿Por qué te tardas tanto?", "es-MX"),  # a real caller
        ("Eres pito, pendejo.", "es-MX"),  # a real caller
        ("you're so slow", "en-US"),
    ],
)
def test_complaints_about_repetition_time_and_grievances(text: str, locale: str) -> None:
    assert name_of(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("no, perdón, me llamo Ana María Gómez", "es-MX"),
        ("perdón, me llamo Ana María Gómez", "es-MX"),
        ("sorry, it's Bob Lee", "en-US"),
    ],
)
def test_a_polite_correction_is_not_a_request_to_repeat(text: str, locale: str) -> None:
    assert name_of(text, locale) is None


@pytest.mark.parametrize("text", ["¿Qué tal el zapato?", "¿Cómo que eres tigre?", "¿Eres tigre?", "Ave águila."])
def test_letters_dictated_with_a_word_are_not_small_talk(text: str) -> None:
    # real recogniser output for "Z de zapato", "T de tigre", "A de águila" during plate dictation
    assert name_of(text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("ando comiendo, luego me hablas", "es-MX", "reschedule"),
        ("estoy cenando, mejor mañana me marcas", "es-MX", "reschedule"),
        ("¿Puede ser más tarde?", "es-MX", "reschedule"),
        ("can it wait till tomorrow", "en-US", "reschedule"),
        ("no quiero dar mis datos", "es-MX", "end_call"),
        ("I don't want to give out my information", "en-US", "end_call"),
        ("you sound like a robot", "en-US", "off_topic"),
        ("who am I speaking with", "en-US", "off_topic"),
        ("put me on with a person please", "en-US", "human"),
        ("get me a supervisor", "en-US", "human"),
        ("sorry I didn't catch the last part", "en-US", "repeat"),
        ("ya le di ese dato", "es-MX", "complaint"),
        ("already gave you that", "en-US", "complaint"),
    ],
)
def test_more_ways_to_say_each_intent(text: str, locale: str, intent: str) -> None:
    assert name_of(text, locale) == intent
