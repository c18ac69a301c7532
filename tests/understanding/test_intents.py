import pytest

from daisy_engine.understanding import INTENTS, IntentMatch, detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "name", "minutes"),
    [
        ("¿me lo puede repetir?", "es-MX", "repeat", None),
        ("mande?", "es-MX", "repeat", None),
        ("¿eres un robot?", "es-MX", "off_topic", None),
        ("llámame en diez minutos", "es-MX", "reschedule", 10),
        ("márcame en media hora", "es-MX", "reschedule", 30),
        ("háblame en una hora", "es-MX", "reschedule", 60),
        ("ahorita no puedo, llámame en una hora y media", "es-MX", "reschedule", 90),
        ("estoy manejando, luego te llamo", "es-MX", "reschedule", None),
        ("ya no quiero seguir, adiós", "es-MX", "end_call", None),
        ("quiero hablar con una persona", "es-MX", "human", None),
        ("quiero poner una queja", "es-MX", "complaint", None),
        ("call me back in an hour", "en-US", "reschedule", 60),
        ("in 15 minutes, call me back", "en-US", "reschedule", 15),
        ("can you repeat that", "en-US", "repeat", None),
        ("let me talk to a real person", "en-US", "human", None),
    ],
)
def test_built_in_intents(text, locale, name, minutes):
    match = detect_intent(text, locale)
    assert match is not None and (match.name, match.minutes) == (name, minutes)
    assert match.name in INTENTS


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("a b c uno dos tres", "es-MX"), ("sí", "es-MX"), ("no, es cincuenta y seis", "es-MX"),
        ("a las dos y media", "es-MX"), ("juan punto perez arroba gmail punto com", "es-MX"),
        ("mi nombre es Juan Pérez", "es-MX"), ("soy el operador Ramón Díaz", "es-MX"),
        ("llego en dos horas", "es-MX"), ("letra eme de mamá", "es-MX"), ("otra vez la be", "es-MX"),
        ("five thirty pm", "en-US"), ("I'll be there in two hours", "en-US"), ("no it's fifty six", "en-US"),
    ],
)
def test_slot_answers_never_trigger_an_intent(text, locale):
    assert detect_intent(text, locale) is None


def test_asr_misspellings_still_match():
    match = detect_intent("yamame en dies minutos", "es-MX")
    assert match is not None and match.name == "reschedule" and match.score < 1


def test_enabled_restricts_the_intents():
    assert detect_intent("adiós", "es-MX", enabled={"repeat"}) is None
    assert detect_intent("adiós", "es-MX", enabled={"end_call"}) == IntentMatch("end_call", 1.0)


def test_flow_phrases_extend_built_ins_and_define_new_intents():
    extra = {"end_call": {"es-MX": ["ya estuvo"]}, "ask_pay": {"es": ["cuánto pagan por viaje"], "en-US": ["pay"]}}
    assert detect_intent("ya estuvo", "es-MX") is None
    assert detect_intent("bueno ya estuvo", "es-MX", extra_phrases=extra).name == "end_call"
    assert detect_intent("oiga y cuanto pagan por viaje", "es-MX", extra_phrases=extra).name == "ask_pay"
    assert detect_intent("adiós", "es-MX", extra_phrases=extra).name == "end_call"


def test_malformed_flow_phrases_do_not_raise():
    assert detect_intent("adiós", "es-MX", extra_phrases={"x": "not a mapping"}).name == "end_call"  # type: ignore[dict-item]
    assert detect_intent("adiós", "es-MX", extra_phrases={"x": {"es": "a string"}}).name == "end_call"
